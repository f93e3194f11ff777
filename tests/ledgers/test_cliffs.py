"""The cliffs lesson's ledger checks: the sentence's numbers, read back from the words, against
the step-length chart (`cliff_step`), the gradient-norm chart (`cliff_grad`, the gradient
step k uses drawn at step k) and the contour's drawn path (`cliff_contour`)."""

from __future__ import annotations

import numpy as np

import landscapes
from landscapes.surfaces import CLIFF_HEIGHT, CLIFF_SHARPNESS
from tests import ledger as reader
from tests.lessons import open_page
from ui import readings

PAGE = "cliffs"


def series(view, key: str, name: str) -> tuple[np.ndarray, np.ndarray]:
    traces = reader.traces(view.chart(key))
    if name not in traces:
        raise AssertionError(f"no {name!r} on {key} among {list(traces)}")
    return reader.xy(traces[name])


def _free(view) -> str:
    """The unclipped run's name: the first run drawn."""
    return next(iter(reader.traces(view.chart("cliff_step"))))


def drawn_path(view, name: str) -> tuple[np.ndarray, np.ndarray]:
    """The run's drawn (x, y) on whichever view is shown: the contour or the 3-D surface."""
    shown = {k for k in ("cliff_contour", "cliff_3d") if _has(view, k)}
    return series(view, "cliff_contour" if "cliff_contour" in shown else "cliff_3d", name)[:2]


def _has(view, key: str) -> bool:
    try:
        view.chart(key)
    except (KeyError, AssertionError):
        return False
    return True


def wall(x: float) -> float:
    """|∂/∂x| of the wall term H(1 − tanh kx)/2 at x, by its closed form Hk/2 · sech²(kx)."""
    return 0.5 * CLIFF_HEIGHT * CLIFF_SHARPNESS / np.cosh(min(abs(CLIFF_SHARPNESS * x), 300)) ** 2


def _step_start(view, said) -> tuple[np.ndarray, float]:
    """The drawn point step k started from (θ_{k−1} on the contour) and the drawn ‖g‖ it used."""
    name = _free(view)
    k = int(said.number("step"))
    x, y = drawn_path(view, name)
    grad_steps, norms = series(view, "cliff_grad", name)
    return np.array([x[k - 1], y[k - 1]]), float(norms[grad_steps == k][0])


def check_thrown(view, said):
    start, norm = _step_start(view, said)
    assert wall(start[0]) >= 0.5 * norm, f"step starts at {start}, off the cliff"
    _longest(view, said)


def check_bowl_diverged(view, said):
    """ "… step k is the longest … not on the cliff: it started at (x, y), where the wall's
    part of the gradient is only w. The bowl diverging: along the curvature h each step
    multiplies by |1 − ε·h| = f > 1": the drawn start, the wall term there by its closed
    form, ε the slider's, h one of the bowl's curvatures 0.1 and 1, and the drawn path's
    coordinate along it multiplied by 1 − εh at that step."""
    _longest(view, said)
    start, norm = _step_start(view, said)
    assert said["x"] == f"{start[0]:.3g}" and said["y"] == f"{start[1]:.3g}"
    w = wall(start[0])
    assert w < 0.5 * norm
    assert said["wall"] == (f"{w:.2g}" if w >= 1e-3 else "< 0.001"), (said["wall"], w)
    lr = float(view.widget("cliff_lr").value)
    assert said.number("lr") == float(f"{lr:.3g}")
    h = said.number("h")
    assert h in (0.1, 1.0)
    factor = abs(1 - lr * h)
    assert factor > 1 and said["factor"] == f"{factor:.3g}"
    k = int(said.number("step"))
    x, y = drawn_path(view, _free(view))
    coord = y if h == 1.0 else x - 2.0  # the bowl's axes through its centre (2, 0)
    assert abs(coord[k]) == np.float32(abs(coord[k - 1]) * factor) or np.isclose(
        abs(coord[k]), abs(coord[k - 1]) * factor, rtol=1e-3
    ), (coord[k - 1 : k + 1], factor)


def _clipped(view) -> np.ndarray:
    names = list(reader.traces(view.chart("cliff_step")))
    assert len(names) == 2, f"no clipped run drawn: {names}"
    x, y = drawn_path(view, names[1])
    return np.stack([x, y], axis=1)


def check_clipped_stopped(view, said):
    drawn = _clipped(view)
    tol = readings.stop_tolerance(landscapes.get("cliff").domain)
    assert said["tol"] == f"{tol:.2g}"
    assert readings.stopped(drawn, readings.STOP_WINDOW, tol)
    assert said["x"] == f"{drawn[-1, 0]:.3g}" and said["y"] == f"{drawn[-1, 1]:.3g}"


def check_clipped_moving(view, said):
    """ "The clipped run is not settling: its last 5 steps travel a to b (stopping needs each
    shorter than tol), its last points between y = c and d": read on the drawn clipped path."""
    drawn = _clipped(view)
    tol = readings.stop_tolerance(landscapes.get("cliff").domain)
    assert said["tol"] == f"{tol:.2g}"
    assert not readings.stopped(drawn, readings.STOP_WINDOW, tol), "the drawn run stopped"
    tail = drawn[-(readings.STOP_WINDOW + 1) :]
    lengths = readings.step_lengths(tail)
    assert int(said.number("window")) == len(lengths)
    assert said["short"] == f"{lengths.min():.3g}" and said["long"] == f"{lengths.max():.3g}"
    assert said["ylo"] == f"{tail[:, 1].min():.3g}" and said["yhi"] == f"{tail[:, 1].max():.3g}"


def _longest(view, said):
    name = _free(view)
    steps, lengths = series(view, "cliff_step", name)
    k = int(np.nanargmax(lengths))
    assert int(said.number("step")) == int(steps[k]), (said["step"], steps[k])
    assert said["length"] == f"{lengths[k]:.1f}" and lengths[k] > 1.0
    grad_steps, norms = series(view, "cliff_grad", name)
    at = np.flatnonzero(grad_steps == steps[k])
    assert at.size == 1, f"the gradient chart draws no step {int(steps[k])}"
    assert said["norm"] == f"{norms[at[0]]:.1f}", (said["norm"], norms[at[0]])


def check_thrown_out(view, said):
    name = _free(view)
    steps, lengths = series(view, "cliff_step", name)
    k = int(steps[int(np.nanargmax(lengths))])  # the step's number: it lands on point k
    try:  # the contour view: its axes' ranges
        fig = view.chart("cliff_contour")
        x, y = series(view, "cliff_contour", name)
        box = (tuple(fig["layout"]["xaxis"]["range"]), tuple(fig["layout"]["yaxis"]["range"]))
    except KeyError:  # the 3-D view: the drawn surface's x and y extent
        fig = view.chart("cliff_3d")
        x, y = series(view, "cliff_3d", name)
        surface = next(tr for tr in fig["data"] if tr.get("type") == "surface")
        sx, sy = reader.xy(reader.traces({"data": [surface]})[surface.get("name")])
        box = ((float(np.min(sx)), float(np.max(sx))), (float(np.min(sy)), float(np.max(sy))))
    assert said.number("x") == round(float(x[k]), 2) and said.number("y") == round(float(y[k]), 2)
    assert readings.left_box(np.array([[x[k], y[k]]]), box) == 0, (x[k], y[k], box)


def check_diverged(view, said):
    name = said["name"].strip()
    k = int(said.number("step"))
    x, _ = series(view, "cliff_contour", name)
    assert len(x) == k < int(view.widget("n").value) + 1, (len(x), k)
    for key in ("cliff_step", "cliff_grad"):
        steps, values = series(view, key, name)
        assert steps.size == 0 or (steps[-1] <= k - 1 and np.all(np.isfinite(values))), key


def test_the_gradient_a_thrown_step_used_is_drawn_at_that_step():
    """Default view: "step 7 hits the cliff: the gradient is 91.4 long". The gradient chart
    drew the gradient at θ_k at x = k, so at step 7 it showed 1.66 (θ₇'s, after the throw) and
    91.4 at step 6."""
    view = reader.View(open_page(PAGE), PAGE)
    said = view.said("cliffs.thrown")
    assert [s["step"] for s in said] == ["7"] and said[0]["norm"] == "91.4"
    steps, norms = series(view, "cliff_grad", _free(view))
    assert f"{norms[steps == 7][0]:.1f}" == "91.4"
    assert not reader.check_view(view)


def test_a_diverged_runs_charts_stop_where_its_path_does():
    """ε = 10: the unclipped run diverges at step 3; its charts drew 40 steps (NaN lengths,
    a frozen gradient) past the end of its path."""
    view = reader.View(open_page(PAGE, cliff_lr="10"), PAGE)
    x, _ = series(view, "cliff_contour", _free(view))
    steps, lengths = series(view, "cliff_step", _free(view))
    assert len(x) == 3 and list(steps) == [1, 2] and np.all(np.isfinite(lengths))
    assert not reader.check_view(view)


def test_the_throw_that_leaves_the_picture_says_so():
    """Default view: step 7 hits the cliff and travels 18.3, landing at x = 18.27, beyond the
    contour's x range (it ends at 10): the sentence says it left the picture."""
    import pytest

    for lang in ("en", "zh"):
        view = reader.View(open_page("cliffs", lang), "cliffs", lang)
        (said,) = view.said("cliffs.thrown")
        assert int(said.number("step")) == 7 and said["length"] == "18.3"
        (out,) = view.said("cliffs.thrown_out")
        assert out.number("x") == pytest.approx(18.27, abs=0.01)
        assert not reader.check_view(view)


def test_the_gradient_chart_says_it_draws_the_gradient_before_clipping():
    """The clipped run's gradient chart draws 91.38 at step 7, the length before clipping: its
    axis says so (else clipping looked as if it did nothing)."""
    for lang, words in (("en", "before clipping"), ("zh", "裁剪前")):
        view = reader.View(open_page("cliffs", lang), "cliffs", lang)
        title = view.chart("cliff_grad")["layout"]["yaxis"]["title"]
        assert words in (title.get("text", "") if isinstance(title, dict) else str(title))


def test_eps_10_diverges_in_the_bowl_not_on_the_cliff_and_the_clipped_run_does_not_settle():
    """Lecturer's read at ε = 10: "without clipping, step 2 hits the cliff: gradient 13.5, the
    step travels 135.0", while the drawn path (−0.3, 1.5) → (2, −13.5) → (2, 121.5) stays at
    x = 2, far from the wall at x = 0: y ← (1 − 10·1)y = −9y, the bowl diverging. And the
    clipped run bounces between y ≈ 1.6 and −8.4, every step 10 long: not settling."""
    for lang in ("en", "zh"):
        view = reader.View(open_page(PAGE, lang, cliff_lr="10"), PAGE, lang)
        assert not view.said("cliffs.thrown")
        (said,) = view.said("cliffs.bowl_diverged")
        assert said["step"] == "2" and said["factor"] == "9"
        x, y = series(view, "cliff_contour", _free(view))
        assert np.allclose(x[1:], 2.0, atol=1e-3) and abs(y[2] / y[1] + 9) < 1e-3
        (moving,) = view.said("cliffs.clipped_moving")
        assert moving["short"] == "10" and moving["long"] == "10"
        assert not view.said("cliffs.clipped_stopped")
        assert not reader.check_view(view)
