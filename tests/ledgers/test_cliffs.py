"""The cliffs lesson's ledger checks: the sentence's numbers, read back from the words, against
the step-length chart (`cliff_step`), the gradient-norm chart (`cliff_grad`, the gradient
step k uses drawn at step k) and the contour's drawn path (`cliff_contour`)."""

from __future__ import annotations

import re

import numpy as np
import pytest

import landscapes
from landscapes.surfaces import CLIFF_HEIGHT, CLIFF_SHARPNESS
from pages.cliffs.ledger import LENGTHS, RUN
from tests import ledger as reader
from tests.lessons import open_page
from ui import readings
from ui.claims import sig
from ui.i18n import t

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
    # "diverging": the drawn run has a part along that direction, and it grows (from y = 0
    # the y part stays 0 and the run converges: 0 × 4 is 0)
    assert abs(coord[k]) > abs(coord[k - 1]) > 0, coord[k - 1 : k + 1]


def _clipped(view) -> np.ndarray:
    names = list(reader.traces(view.chart("cliff_step")))
    assert len(names) == 2, f"no clipped run drawn: {names}"
    x, y = drawn_path(view, names[1])
    return np.stack([x, y], axis=1)


def _run(view, said) -> tuple[np.ndarray, np.ndarray, bool]:
    """The named run's drawn path, the ‖g‖ the gradient chart draws at each of its steps, and
    whether it is the clipped run (the second drawn; its name in the view's language)."""
    clipped = said["run"] == t("cliffs.run.clipped", view.lang)
    assert clipped or said["run"] == t("cliffs.run.free", view.lang), said["run"]
    names = list(reader.traces(view.chart("cliff_step")))
    name = names[1] if clipped else names[0]
    x, y = drawn_path(view, name)
    steps, norms = series(view, "cliff_grad", name)
    assert list(steps) == list(range(1, len(x))), "a drawn step without its gradient"
    return np.stack([x, y], axis=1), norms, clipped


TOL = readings.stop_tolerance(landscapes.get("cliff").domain)


def check_fate_stopped(view, said):
    """ "stopped at (x, y): each of its last 5 steps is shorter than 0.0016, and the gradient
    moving it is below 0.01": the drawn steps, and the drawn ‖g‖ of each of those steps."""
    drawn, norms, _ = _run(view, said)
    lr = float(view.widget("cliff_lr").value)
    w = int(said.number("window"))
    assert w == readings.STOP_WINDOW and said["tol"] == f"{TOL:.2g}"
    assert said.number("grad") == readings.STOP_GRADIENT
    assert readings.stopped(drawn, w, TOL)
    assert readings.stopped(
        drawn, w, readings.stop_tolerance(landscapes.get("cliff").domain, lr=lr)
    )
    # a step that did not move draws ‖g‖ = 0 as no value on the log axis: read as 0 there
    still = np.r_[np.all(np.diff(drawn, axis=0) == 0, axis=1)]
    norms = np.where(np.isnan(norms) & still[: len(norms)], 0.0, norms)
    assert np.all(norms[-w:] < said.number("grad")), norms[-w:]
    # the figure's precision, 2 decimals (it printed "7.37e-20" for a y drawn at 0.00)
    assert said["x"] == _at(drawn[-1, 0]) and said["y"] == _at(drawn[-1, 1]), said.text


def _at(v: float) -> str:
    return f"{round(float(v), 2) + 0.0:.2f}"


def check_fate_crawls(view, said):
    """ "crawls, it has not stopped: the gradient is still ‖g‖ = 1.52 long, but at ε = 10⁻⁵
    its last step is only ε‖g‖ = 1.5×10⁻⁵ (each of its last 5 steps shorter than 0.0016)":
    the drawn steps are short, the drawn ‖g‖ is not near zero, and the last drawn step is
    ε·‖g‖ (ε·c when the clipped run's ‖g‖ is above c)."""
    drawn, norms, clipped = _run(view, said)
    lr = float(view.widget("cliff_lr").value)
    c = float(view.widget("c").value)
    w = int(said.number("window"))
    assert w == readings.STOP_WINDOW and said["tol"] == f"{TOL:.2g}"
    assert readings.stopped(drawn, w, TOL), "a drawn step is not short"
    assert readings.crawling(drawn, w, landscapes.get("cliff").domain, lr)
    assert said["norm"] == sig(float(norms[-1]), 3) and norms[-1] >= readings.STOP_GRADIENT
    assert said.number("lr") == float(f"{lr:.3g}")
    cut = clipped and norms[-1] > c
    assert said["rule"] == ("ε·c" if cut else "ε‖g‖"), said["rule"]
    last = float(readings.step_lengths(drawn[-2:])[0])
    assert said["step"] == sig(last, 3), (said["step"], last)
    assert np.isclose(last, lr * (c if cut else norms[-1]), rtol=1e-2), (last, lr, norms[-1])


def check_fate_one(view, said):
    drawn, _, clipped = _run(view, said)
    names = list(reader.traces(view.chart("cliff_step")))
    steps, lengths = series(view, "cliff_step", names[1] if clipped else names[0])
    assert len(drawn) == 2 and list(steps) == [1]
    assert said["length"] == sig(float(lengths[0]), 3)


def _tail(view, said) -> tuple[np.ndarray, np.ndarray]:
    """The clipped run's last drawn points (its last ≤ 5 steps) and those steps' ‖g‖, with the
    lengths, the coordinate and its span the sentence prints."""
    drawn, norms, clipped = _run(view, said)
    w = int(said.number("window"))
    assert w == min(readings.STOP_WINDOW, len(drawn) - 1)
    tail = drawn[-(w + 1) :]
    lengths = readings.step_lengths(tail)
    text = said["lengths"]
    parts = re.split(r" (?:to|到) ", text.removesuffix(" = ε·c"))
    if len(parts) == 2:
        assert [sig(float(lengths.min()), 3), sig(float(lengths.max()), 3)] == parts
        assert parts[0] != parts[1]
    else:
        assert all(sig(float(v), 3) == parts[0] for v in lengths), (lengths, text)
    if text.endswith("= ε·c"):  # every one clipped: ‖g‖ above c, the step ε·c
        assert clipped, "ε·c said of the unclipped run"
        lr, c = float(view.widget("cliff_lr").value), float(view.widget("c").value)
        assert np.all(norms[-w:] > c) and np.allclose(lengths, lr * c, rtol=1e-4)
    axis = "xy".index(said["axis"])
    assert np.ptp(tail[:, axis]) >= np.ptp(tail[:, 1 - axis])
    assert said["lo"] == f"{tail[:, axis].min():.3g}" and said["hi"] == f"{tail[:, axis].max():.3g}"
    return tail, lengths


def check_fate_bounces(view, said):
    tail, _ = _tail(view, said)
    steps = np.diff(tail, axis=0)
    assert np.all(np.sum(steps[1:] * steps[:-1], axis=1) < 0), "a step does not reverse"


def check_fate_moving(view, said):
    tail, _ = _tail(view, said)
    assert said["tol"] == f"{TOL:.2g}"
    # where the tolerance comes from: 0.01 % of the picture's width, 16 (the contour's axes, or
    # the 3-D view's drawn surface: the same x and y extent)
    width = max(hi - lo for lo, hi in _picture(view))
    assert said.number("share") == readings.STOP_SHARE * 100 and said.number("width") == width
    assert said["tol"] == f"{said.number('share') / 100 * width:.2g}"
    assert not readings.stopped(tail, len(tail) - 1, TOL), "the drawn run stopped"


def _longest(view, said):
    name = _free(view)
    steps, lengths = series(view, "cliff_step", name)
    k = int(np.nanargmax(lengths))
    assert int(said.number("step")) == int(steps[k]), (said["step"], steps[k])
    assert said["length"] == sig(float(lengths[k]), 3) and lengths[k] > 1.0
    grad_steps, norms = series(view, "cliff_grad", name)
    at = np.flatnonzero(grad_steps == steps[k])
    assert at.size == 1, f"the gradient chart draws no step {int(steps[k])}"
    assert said["norm"] == sig(float(norms[at[0]]), 3), (said["norm"], norms[at[0]])


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


def _picture(view):
    """The picture's x and y ranges: the contour's axes, or the 3-D view's drawn surface."""
    if _has(view, "cliff_contour"):
        fig = view.chart("cliff_contour")
        return tuple(tuple(fig["layout"][a]["range"]) for a in ("xaxis", "yaxis"))
    fig = view.chart("cliff_3d")
    surface = next(tr for tr in fig["data"] if tr.get("type") == "surface")
    sx, sy = reader.xy(reader.traces({"data": [surface]})[surface.get("name")])
    return ((float(np.min(sx)), float(np.max(sx))), (float(np.min(sy)), float(np.max(sy))))


def check_thrown_after(view, said):
    """Where the thrown run's drawn path went after it left the picture: back inside at step
    `back` (the first drawn point after the landing inside the axes) with its last drawn
    point (step n) inside, or still outside there."""
    name = _free(view)
    steps, lengths = series(view, "cliff_step", name)
    k = int(steps[int(np.nanargmax(lengths))])  # the landing point's index
    x, y = drawn_path(view, name)
    box = _picture(view)
    inside = [readings.left_box(np.array([[a, b]]), box) is None for a, b in zip(x, y, strict=True)]
    n = int(said.number("n"))
    assert n == len(x) - 1 and not inside[k], (n, len(x), k)
    assert said["x"] == _at(x[-1]) and said["y"] == _at(y[-1]), (said.text, x[-1], y[-1])
    if said.key == "cliffs.thrown_back":
        assert inside[-1]
        assert int(said.number("back")) == next(j for j in range(k + 1, n + 1) if inside[j])
    else:
        assert not inside[-1]


def check_left(view, said):
    """When and where the named run is outside the picture's drawn ranges, read from its drawn
    path against the contour's axis ranges (or the 3-D surface's extent), and whether it came
    back: the first point outside, the first inside after it, how many are outside, the last."""
    path, _, _ = _run(view, said)
    box = _picture(view)
    assert [said.number(k) for k in ("x0", "x1", "y0", "y1")] == [*box[0], *box[1]], box
    inside = [readings.left_box(p[None], box) is None for p in path]
    first = inside.index(False)
    n = len(path) - 1
    assert int(said.number("step")) == first, (said.text, first)
    assert (said["x"], said["y"]) == (_at(path[first, 0]), _at(path[first, 1])), said.text
    later = [j for j in range(first + 1, n + 1) if inside[j]]
    assert int(said.number("n")) == n
    assert (said["lx"], said["ly"]) == (_at(path[-1, 0]), _at(path[-1, 1])), said.text
    if said.key == "cliffs.left.gone":
        assert not later
        return
    assert int(said.number("back")) == later[0], (said.text, later)
    assert int(said.number("out")) == inside.count(False)
    assert inside[-1] == (said.key == "cliffs.left.again_in")


def check_coincide_still(view, said):
    free, clipped = list(reader.traces(view.chart("cliff_step")))
    for name in (free, clipped):
        path = np.stack(drawn_path(view, name), 1)
        assert np.all(path == path[0]), path  # never moved
        assert int(said.number("m")) == len(path) - 1
        for key in ("cliff_grad", "cliff_step"):
            _, y = series(view, key, name)
            assert not np.any(np.isfinite(y) & (y > 0)), (key, y)  # nothing drawn
    assert said.number("c") == float(view.widget("c").value)


def check_coincide(view, said):
    free, clipped = list(reader.traces(view.chart("cliff_step")))
    a, b = np.stack(drawn_path(view, free), 1), np.stack(drawn_path(view, clipped), 1)
    assert a.shape == b.shape and np.allclose(a, b, rtol=1e-6, atol=1e-9)
    _, norms = series(view, "cliff_grad", clipped)
    c = float(view.widget("c").value)
    assert int(said.number("m")) == len(norms) == len(b) - 1
    # a step at ‖g‖ = 0 is not drawn on the log axis (NaN): the longest is over those drawn
    longest = float(np.nanmax(norms))
    assert said["gmax"] == sig(longest, 3) and longest <= c
    assert said.number("c") == c
    dashes = {
        tr.get("name"): tr.get("line", {}).get("dash")
        for tr in view.chart("cliff_contour")["data"]
        if tr.get("name") in (free, clipped) and len(tr.get("x") or ()) > 1
    }
    assert dashes.get(clipped) == "dash" and dashes.get(free) != "dash", dashes
    modes = {
        tr.get("name"): tr.get("mode")
        for tr in view.chart("cliff_contour")["data"]
        if tr.get("name") in (free, clipped) and len(tr.get("x") or ()) > 1
    }
    assert modes.get(clipped) == "lines", modes  # no markers hiding the unclipped run's


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
    view = reader.View(open_page(PAGE, cliff_lr="10", sy="1.5"), PAGE)
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
        view = reader.View(open_page(PAGE, lang, cliff_lr="10", sy="1.5"), PAGE, lang)
        assert not view.said("cliffs.thrown")
        (said,) = view.said("cliffs.bowl_diverged")
        assert said["step"] == "2" and said["factor"] == "9"
        x, y = series(view, "cliff_contour", _free(view))
        assert np.allclose(x[1:], 2.0, atol=1e-3) and abs(y[2] / y[1] + 9) < 1e-3
        (bounce,) = view.said("cliffs.fate.bounces", **RUN, **LENGTHS)
        assert bounce["lengths"] == "10 = ε·c" and (bounce["lo"], bounce["hi"]) == ("-8.37", "1.63")
        assert not view.said("cliffs.fate.stopped", **RUN)
        assert not reader.check_view(view)


def test_a_tiny_rate_crawls_it_does_not_stop():
    """Fresh read (中文, projector), ε = 10⁻⁵: "裁剪的运行停在 (-0.3, 1.5)：最后 5 步每步都短于
    0.0016" while the gradient chart draws ‖g‖ = 1.52 there: each step is ε·c = 10⁻⁵ (the
    clipped run, ‖g‖ > c = 1) or ε‖g‖ = 1.5×10⁻⁵ (the unclipped one, which had no sentence).
    Both runs now crawl, each with its drawn ‖g‖ and last step."""
    for lang in ("en", "zh"):
        view = reader.View(open_page(PAGE, lang, cliff_lr="1e-05", sy="1.5"), PAGE, lang)
        assert not view.said("cliffs.fate.stopped", **RUN)
        crawls = {s["run"]: s for s in view.said("cliffs.fate.crawls", **RUN)}
        free, clipped = t("cliffs.run.free", lang), t("cliffs.run.clipped", lang)
        assert set(crawls) == {free, clipped}
        assert crawls[free]["norm"] == "1.52" and crawls[free]["rule"] == "ε‖g‖"
        assert reader.number(crawls[free]["step"]) == pytest.approx(1.52e-5)
        assert crawls[clipped]["rule"] == "ε·c"
        assert reader.number(crawls[clipped]["step"]) == pytest.approx(1e-5)
        for said in crawls.values():
            _, norms, _ = _run(view, said)
            assert f"{norms[-1]:.3g}" == "1.52" and norms[-1] > 1.5
        assert not reader.check_view(view)


def test_one_step_and_equal_steps_are_said_without_a_range():
    """n = 1: "最后 1 步走了 0.2 到 0.2" (a range of one step); ε = 10: "最后 5 步走了 10 到 10" while
    the drawn clipped run bounces between y = 1.63 and −8.37, each step ε·c = 10 long."""
    for lang in ("en", "zh"):
        view = reader.View(open_page(PAGE, lang, n="1", sy="1.5"), PAGE, lang)
        ones = {s["run"]: s["length"] for s in view.said("cliffs.fate.one", **RUN)}
        free, clipped = t("cliffs.run.free", lang), t("cliffs.run.clipped", lang)
        assert ones == {free: "0.304", clipped: "0.2"}, ones
        assert not view.said("cliffs.fate.moving", **RUN, **LENGTHS)
        assert not reader.check_view(view)
        view = reader.View(open_page(PAGE, lang, cliff_lr="10", sy="1.5"), PAGE, lang)
        (bounce,) = view.said("cliffs.fate.bounces", **RUN, **LENGTHS)
        tail = _clipped(view)[-6:]
        assert np.allclose(tail[::2, 1], tail[0, 1]) and np.allclose(tail[1::2, 1], tail[1, 1])
        assert {f"{tail[0, 1]:.3g}", f"{tail[1, 1]:.3g}"} == {bounce["lo"], bounce["hi"]}
        assert bounce["lengths"] == "10 = ε·c" and bounce["axis"] == "y"
        assert not reader.check_view(view)


def test_a_long_first_step_off_the_cliff_that_shrinks_is_not_said_to_diverge():
    """ε = 1, n = 200: step 1 is 1.5 long (ε‖g‖ on the plateau, y ← (1 − 1)·y = 0), and the
    page said "the bowl diverging: |1 − ε·0.1| = 0.9 > 1". No such sentence now; both runs
    stop at the minimum (2, 0)."""
    for lang in ("en", "zh"):
        view = reader.View(open_page(PAGE, lang, cliff_lr="1", n="200"), PAGE, lang)
        assert not view.said("cliffs.bowl_diverged") and not view.said("cliffs.thrown")
        assert len(view.said("cliffs.fate.stopped", **RUN)) == 2
        assert not reader.check_view(view)


def view_phone(lang):
    """The default view as a phone's session reports its screen (`ui.screen.narrow`)."""
    at = open_page(PAGE, lang)
    at.session_state["tap-screen"] = {"narrow": True}
    return at.run()


def test_the_phone_contour_is_stretched_and_says_so():
    """Phone (390×844): the 16 × 6 domain drawn to scale was 294×110 px; y drawn 1.5× as tall
    made it 264×148, under 150. Now y is drawn 1.6× as tall as x (drawn scaleratio 1.6), which
    the x axis's title says ("1.6×" / "1.6 倍"), and the right margin is 24 px for the x axis's last tick "10"; a desktop view stays to
    scale under the plain title."""
    for lang, words in (("en", "y drawn 1.6× tall"), ("zh", "纵轴拉高 1.6 倍")):
        view = reader.View(view_phone(lang), PAGE, lang)
        layout = view.chart("cliff_contour")["layout"]
        assert layout["yaxis"]["scaleanchor"] == "x" and layout["yaxis"]["scaleratio"] == 1.6
        assert words in layout["xaxis"]["title"]["text"] and layout["margin"]["r"] == 24
        # one short line: "x (parameter 1); y drawn 1.6× tall" was cut at the phone's edge
        assert layout["xaxis"]["title"]["text"].startswith("x；" if lang == "zh" else "x; ")
        assert not reader.check_view(view)
    desk = reader.View(open_page(PAGE), PAGE)
    layout = desk.chart("cliff_contour")["layout"]
    assert layout["yaxis"]["scaleratio"] == 1 and "1.6" not in layout["xaxis"]["title"]["text"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_throw_out_of_the_picture_says_where_the_run_came_back_and_ended(lang):
    """Fresh read (n = 200): "It lands at (18.27, 0.31), outside the picture", yet the drawn
    unclipped run comes back into view and ends at (2.33, 0.00) near the minimum (2, 0); the
    clipped run "stopped at (1.96, 7.37e-20)". Now the throw says where it came back and ended,
    and coordinates print with the figure's 2 decimals; every step count reads true."""
    view = reader.View(open_page(PAGE, lang, n="200"), PAGE, lang)
    (back,) = view.said("cliffs.thrown_back")
    assert (back["x"], back["y"], back["n"]) == ("2.33", "0.00", "200")
    (stop,) = view.said("cliffs.fate.stopped", **RUN)
    assert (stop["x"], stop["y"]) == ("1.96", "0.00")
    assert not reader.check_view(view)
    for n in ("8", "9", "12", "20", "60"):
        view = reader.View(open_page(PAGE, lang, n=n), PAGE, lang)
        assert view.said("cliffs.thrown_back") or view.said("cliffs.thrown_gone"), n
        assert not reader.check_view(view), n


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_when_clipping_never_acts_the_runs_are_said_to_coincide_and_both_show(lang):
    """Fresh read (start (5, 0)): the largest gradient is 0.3 < c = 1, so clipping never acts,
    the two runs are identical and the green line hid the blue one, with one sentence. Now a
    sentence says they coincide and why (with ‖g‖ and c), and the clipped path is dashed."""
    view = reader.View(open_page(PAGE, lang, sx="5", sy="0"), PAGE, lang)
    (said,) = view.said("cliffs.coincide")
    assert said["gmax"] == "0.3" and said.number("c") == 1.0
    assert not reader.check_view(view)


def test_the_stopping_tolerance_says_where_it_comes_from():
    """Fresh read: "(stopping needs each shorter than 0.0016)" did not say where 0.0016 comes
    from; it is 0.01 % of the picture's width 16 (ui.readings.stop_tolerance), in both
    languages (check_fate_moving reads the width off the shown picture: the contour's axes or
    the 3-D view's drawn surface)."""
    for lang in ("en", "zh"):
        view = reader.View(open_page(PAGE, lang), PAGE, lang)
        (said,) = view.said("cliffs.fate.moving", **RUN, **LENGTHS)
        assert (said["tol"], said["share"], said["width"]) == ("0.0016", "0.01", "16")
        assert not reader.check_view(view)


def test_the_contour_legend_clears_the_top_tick():
    """Fresh read (1280 en): the contour's top y tick "3" was half hidden by the legend's box
    right above the plot (legend bottom at 1.01 of the plot's height). The legend now sits at
    1.06, and the drawn y axis's top is that tick."""
    fig = reader.View(open_page(PAGE, "en"), PAGE, "en").chart("cliff_contour")
    assert fig["layout"]["yaxis"]["range"][1] == 3
    legend = fig["layout"]["legend"]
    assert legend["yanchor"] == "bottom" and legend["y"] >= 1.05, legend


def _step_numbers(text: str) -> list[int]:
    """ "1–3, 7" / "1–3、7" → [1, 2, 3, 7]."""
    out = []
    for part in re.split(r"[,、]\s*", text.strip()):
        lo, _, hi = part.partition("–")
        out += list(range(int(lo), int(hi or lo) + 1))
    return out


def _clipped_drawn(view):
    """The clipped run's drawn points, the ‖g‖ its drawn steps used (gradient chart, step k at
    x = k) and its drawn step lengths, with the sliders' ε and c."""
    names = list(reader.traces(view.chart("cliff_step")))
    assert len(names) == 2, f"no clipped run drawn: {names}"
    x, y = drawn_path(view, names[1])
    steps, norms = series(view, "cliff_grad", names[1])
    lsteps, lengths = series(view, "cliff_step", names[1])
    assert list(steps) == list(lsteps) == list(range(1, len(x)))
    lr, c = float(view.widget("cliff_lr").value), float(view.widget("c").value)
    return np.stack([x, y], axis=1), norms, lengths, lr, c


WALL_BAND = 0.05  # "on the wall": |x| < 0.05, as the clipping sentences state it


def _on_wall(points, norms, k: int) -> bool:
    """Step k + 1 starts on the wall: its drawn start has |x| < 0.05, the band the sentences
    state (where the wall's slope, closed form, is above 2.66)."""
    return abs(float(points[k, 0])) < WALL_BAND


def _band_said(said) -> None:
    """The band a clipping sentence states is |x| < 0.05 (≥ 0.05 away), with the wall's slope
    at its edge by the closed form where it gives one."""
    assert said.number("band") == WALL_BAND, said.text
    if "slope" in said.fields:
        assert said["slope"] == f"{wall(WALL_BAND):.2g}", (said["slope"], wall(WALL_BAND))


def check_clip_wall(view, said):
    points, norms, lengths, lr, c = _clipped_drawn(view)
    cut = [k for k in range(len(norms)) if norms[k] > c and _on_wall(points, norms, k)]
    _band_said(said)
    n = int(said.number("n")) if "n" in said.fields else 1  # wall_one: "One step"
    assert n == len(cut) > 0, (said.text, cut)
    k = cut[0]
    assert int(said.number("step")) == k + 1
    assert said["x"] == sig(float(points[k, 0]) + 0.0, 2), (said["x"], points[k, 0])
    assert said["norm"] == sig(float(norms[k]), 3) and said.number("c") == c
    assert np.isclose(lengths[k], lr * c, rtol=1e-4), (lengths[k], lr * c)
    assert said["cap"] == sig(lr * c, 3) and said["free"] == sig(lr * float(norms[k]), 3)


def check_clip_away(view, said):
    points, norms, lengths, lr, c = _clipped_drawn(view)
    cut = [k for k in range(len(norms)) if norms[k] > c and not _on_wall(points, norms, k)]
    assert _step_numbers(said["steps"]) == [k + 1 for k in cut], (said["steps"], cut)
    assert said.number("c") == c
    _band_said(said)
    if "norm" in said.fields:  # one step: its ‖g‖
        assert len(cut) == 1 and said["norm"] == sig(float(norms[cut[0]]), 3), said.text
    else:
        assert int(said.number("n")) == len(cut) > 1, (said.text, cut)
        assert said["lo"] == sig(float(norms[cut].min()), 3)
        assert said["hi"] == sig(float(norms[cut].max()), 3)
    x0, x1 = (sig(float(v) + 0.0, 2) for v in (points[cut, 0].min(), points[cut, 0].max()))
    if "x" in said.fields:  # one x, where both ends print the same
        assert said["x"] == x0 == x1, (said["x"], x0, x1)
    else:  # a range whose ends print differently ("from 2 to 2" never)
        assert (said["x0"], said["x1"]) == (x0, x1) and x0 != x1, (said.text, x0, x1)
    assert np.allclose(lengths[cut], lr * c, rtol=1e-4), lengths[cut]


def _foot(view) -> list[int]:
    """The clipped run's steps (index) cut away from the band whose drawn start x gives a wall
    slope of at least half their drawn ‖g‖."""
    points, norms, _, _, c = _clipped_drawn(view)
    return [
        k
        for k in range(len(norms))
        if norms[k] > c
        and not _on_wall(points, norms, k)
        and wall(float(points[k, 0])) >= 0.5 * norms[k]
    ]


def check_clip_foot(view, said):
    steps = [int(m.group(1)) for m in re.finditer(r"(?:step |第 )(\d+)", said["items"])]
    assert steps == [k + 1 for k in _foot(view)], (said.text, _foot(view))


def check_clip_foot_item(view, said):
    points, norms, _, _, _ = _clipped_drawn(view)
    k = int(said.number("step")) - 1
    assert k in _foot(view), (said.text, _foot(view))
    assert said["x"] == sig(float(points[k, 0]) + 0.0, 2)
    assert said["wall"] == sig(wall(float(points[k, 0])), 2)
    assert said["norm"] == sig(float(norms[k]), 3)


def check_clip_crossed_free(view, said):
    points, norms, _, _, c = _clipped_drawn(view)
    k = int(said.number("step")) - 1
    x = points[:, 0]
    sides = x < 0
    assert sides[k] != sides[k + 1] and all(sides[: k + 1] == sides[0]), (k, x[: k + 2])
    assert said["x0"] == sig(float(x[k]) + 0.0, 2) and said["x1"] == sig(float(x[k + 1]) + 0.0, 2)
    assert norms[k] <= c and said["norm"] == sig(float(norms[k]), 3) and said.number("c") == c
    earlier = [j + 1 for j in range(k) if norms[j] > c]
    assert earlier and _step_numbers(said["steps"]) == earlier, (said["steps"], earlier)
    fx, fy = drawn_path(view, _free(view))
    assert not np.allclose([fx[k], fy[k]], points[k], atol=1e-6), "the runs start step k alike"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_default_start_shows_clipping_cap_the_step_at_the_wall(lang):
    """Fresh read (中文, projector, default start (−0.3, 1.5)): the Why? text said "on the
    plateau nothing changes, on a cliff the step has a cap", but the clipped run's ‖g‖ was
    1.52, 1.32, 1.13 (> c = 1) at steps 1–3 on the plateau, and it crossed the wall at step 7
    (x −0.065 → 0.096) on a step it did not cut (‖g‖ = 0.929), while the unclipped run met
    ‖g‖ = 91.4 there. Now the default start is (−0.3, 0.8): on the plateau the drawn ‖g‖ stays
    below c (no step cut), and at step 7 on the wall the drawn ‖g‖ is 91.4 for both runs, the
    clipped step drawn ε·c = 0.2 long and the unclipped one 18.3; a sentence says so."""
    view = reader.View(open_page(PAGE, lang), PAGE, lang)
    points, norms, lengths, _lr, c = _clipped_drawn(view)
    cut = [k + 1 for k in range(len(norms)) if norms[k] > c]
    assert cut == [7] and _on_wall(points, norms, 6), cut
    assert f"{norms[6]:.1f}" == "91.4" and np.isclose(lengths[6], 0.2, rtol=1e-4)
    _, free_lengths = series(view, "cliff_step", _free(view))
    assert f"{free_lengths[6]:.1f}" == "18.3"
    (said,) = view.said("cliffs.clip.wall_one")
    assert (said["step"], said["norm"], said["cap"], said["free"]) == ("7", "91.4", "0.2", "18.3")
    assert not view.said("cliffs.clip.away") and not view.said("cliffs.clip.crossed_free")
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_clipping_on_the_plateau_and_a_wall_crossed_unclipped_are_said(lang):
    """The old default (y = 1.5): clipping cut steps 1–3 on the plateau (drawn ‖g‖ 1.52 to
    1.13 > c = 1) and the clipped run crossed the wall at step 7 (x −0.065 → 0.096) with a
    drawn ‖g‖ of 0.929, uncut; the page said nothing of either. Now both are said."""
    view = reader.View(open_page(PAGE, lang, sy="1.5"), PAGE, lang)
    (away,) = view.said("cliffs.clip.away", steps=r"[\d–, 、]+?")
    assert _step_numbers(away["steps"]) == [1, 2, 3] and (away["lo"], away["hi"]) == (
        "1.13",
        "1.52",
    )
    (crossed,) = view.said("cliffs.clip.crossed_free", steps=r"[\d–, 、]+?")
    assert (crossed["step"], crossed["x0"], crossed["x1"], crossed["norm"]) == (
        "7",
        "-0.065",
        "0.096",
        "0.929",
    )
    assert not view.said("cliffs.clip.wall") and not view.said("cliffs.clip.wall_one")
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("query", [{"n": "1"}, {"sx": "10", "sy": "3"}])
def test_the_unclipped_run_is_said_too(lang, query):
    """Fresh read: at n = 1 and from (10, 3) only the clipped run had a sentence (one step;
    moving); the unclipped run, neither thrown nor diverged, had none. Now each run has one,
    checked against its own drawn path."""
    view = reader.View(open_page(PAGE, lang, **query), PAGE, lang)
    said = view.said("cliffs.fate.one", **RUN) + view.said("cliffs.fate.moving", **RUN, **LENGTHS)
    runs = {s["run"] for s in said}
    assert runs == {t("cliffs.run.free", lang), t("cliffs.run.clipped", lang)}, runs
    assert not reader.check_view(view)


LEFT = ("gone", "again_in", "again_out")


def _left_steps(view) -> dict[str, int]:
    """Each run named as leaving the picture (by its own sentence or the throw's): the step."""
    out = {}
    for key in LEFT:
        for said in view.said(f"cliffs.left.{key}", **RUN):
            clipped = said["run"] == t("cliffs.run.clipped", view.lang)
            out["clipped" if clipped else "free"] = int(said.number("step"))
    if view.said("cliffs.thrown_out") and "free" not in out:
        (thrown,) = view.said("cliffs.thrown")
        out["free"] = int(thrown.number("step"))
    return out


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_run_outside_the_drawn_ranges_is_said_to_leave_at_its_step(lang):
    """Fresh read at ε = 10 (zh, projector): the clipped run jumps between y = −7.2 and 2.8
    with y drawn on [−3, 3] and no sentence said it left the picture. Over ε's ends and the
    other controls' ends, every run with a drawn point outside the axis ranges is named as
    leaving at its first such step (the throw's sentence counts for the unclipped run when its
    landing is that point), and no run inside them is."""
    queries = [
        {"cliff_lr": "10"},
        {"cliff_lr": "10", "n": "200"},
        {"cliff_lr": "10", "n": "1"},
        {"cliff_lr": "10", "c": "0.1"},
        {"cliff_lr": "10", "c": "100"},
        {"cliff_lr": "10", "clipping": "false"},
        {"cliff_lr": "1e-05"},
        {"cliff_lr": "1e-05", "n": "200"},
        {},
        {"n": "200"},
        {"n": "1"},
        {"c": "0.1"},
        {"c": "100"},
        {"clipping": "false"},
        {"sx": "-8", "sy": "-3"},
        {"sx": "8", "sy": "3", "cliff_lr": "10"},
    ]
    left_any = 0
    for query in queries:
        view = reader.View(open_page(PAGE, lang, **query), PAGE, lang)
        box = _picture(view)
        names = list(reader.traces(view.chart("cliff_step")))
        expected = {}
        for role, name in zip(("free", "clipped"), names, strict=False):
            x, y = drawn_path(view, name)
            first = readings.left_box(np.stack([x, y], axis=1), box)
            if first is not None:
                expected[role] = first
        left_any += len(expected)
        assert _left_steps(view) == expected, (query, expected, view.texts)
        assert not reader.check_view(view), query
    assert left_any


def test_the_clipped_run_at_eps_10_is_said_to_leave_and_come_back_again_and_again():
    view = reader.View(open_page(PAGE, "zh", proj="1", cliff_lr="10"), PAGE, "zh")
    (said,) = view.said("cliffs.left.again_out", **RUN) or view.said("cliffs.left.again_in", **RUN)
    assert said["run"] == "裁剪的运行" and "离开画面" in said.text, said.text
    assert [said.number(k) for k in ("y0", "y1")] == [-3, 3]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_on_the_wall_is_one_stated_band_over_rate_and_threshold(lang):
    """ε = 2, c = 0.1: "One step was clipped on the wall: step 5, which starts at x = 0.073,
    where ‖g‖ = 0.487" (the wall's share of ‖g‖ decided it), while at ε = 0.2, c = 0.1 step 37
    from x = 0.077 with ‖g‖ = 0.459 was "away from the wall"; the run at ε = 2 never met a
    gradient above the plateau's at its start (0.832). Now "on the wall" is |x| < 0.05, said in
    the sentence, for every ε and c: each clipped step is in the list its drawn x puts it in."""
    view = reader.View(open_page(PAGE, lang, cliff_lr="2", c="0.1"), PAGE, lang)
    assert not view.said("cliffs.clip.wall") and not view.said("cliffs.clip.wall_one")
    (away,) = view.said("cliffs.clip.away", steps=r"[\d–, 、]+?")
    assert 5 in _step_numbers(away["steps"]), away.text
    view = reader.View(open_page(PAGE, lang, c="0.1"), PAGE, lang)
    (away,) = view.said("cliffs.clip.away", steps=r"[\d–, 、]+?")
    assert 37 in _step_numbers(away["steps"]), away.text
    on = 0
    for lr in ("0.05", "0.1", "0.2", "0.5", "1", "2", "10"):
        for c in ("0.1", "0.5", "1", "20"):
            view = reader.View(open_page(PAGE, lang, cliff_lr=lr, c=c), PAGE, lang)
            walls = view.said("cliffs.clip.wall") + view.said("cliffs.clip.wall_one")
            for said in walls:
                check_clip_wall(view, said)
            on += len(walls)
            assert not reader.check_view(view), (lr, c)
    assert on >= 5, on


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_start_with_no_gradient_says_the_charts_are_empty(lang):
    """Fresh read (sx = 2, sy = 0): "the longest gradient is ‖g‖ = 0" while both line charts
    were empty (every ‖g‖ and step 0: nothing on a log axis). It now says ‖g‖ = 0 at every step
    and that there is nothing to draw on a log axis."""
    view = reader.View(open_page(PAGE, lang, sx="2", sy="0"), PAGE, lang)
    assert not view.said("cliffs.coincide")
    (said,) = view.said("cliffs.coincide_still")
    check_coincide_still(view, said)
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_one_step_is_printed_with_one_precision(lang):
    """Fresh read: "its last step is only ε‖g‖ = 0.0016 (each of its last 5 steps shorter than
    0.0016)" read 0.0016 < 0.0016 (drawn 0.00159); at sx = 0.03 the clip sentence said
    "instead of ε‖g‖ = 3.65" and the throw "the step travels 3.7" for the same step. Both now
    print 3 significant digits."""
    query = dict(sx="-0.02", sy="0", cliff_lr="0.01", n="200")
    view = reader.View(open_page(PAGE, lang, **query), PAGE, lang)
    found = view.said("cliffs.fate.crawls", run=r"[^\n]+?")
    steps = {said["step"] for said in found}
    assert "0.00159" in steps, steps
    view = reader.View(open_page(PAGE, lang, sx="0.03", sy="0"), PAGE, lang)
    (thrown,) = view.said("cliffs.thrown")
    assert thrown["length"] == "3.65", thrown.text
    assert any("3.65" in text and "ε‖g‖" in text for text in view.texts)
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_gradient_charts_y_title_is_two_short_lines_on_every_screen(lang):
    """Fresh read (1280×720): the gradient chart's y title was cut at both ends ("|radient norm
    ‖g‖ before clippir", a 192 px tall plot); only the phone had it in two lines. Every screen
    now draws it in two lines, neither longer than the phone's."""
    view = reader.View(open_page(PAGE, lang), PAGE, lang)
    title = view.chart("cliff_grad")["layout"]["yaxis"]["title"]["text"]
    lines = title.split("<br>")
    assert len(lines) == 2 and max(len(line) for line in lines) <= 17, lines


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_step_clipped_just_off_the_band_is_at_the_walls_foot(lang):
    """Fresh read: "One step was clipped away from the wall (|x| ≥ 0.05): step 9, which starts
    at x = 0.06, where ‖g‖ = 1.18", while at x = 0.06 the wall's slope is 0.99 of that 1.18.
    The page now says it is still at the wall's foot, with the wall's share."""
    query = dict(sx="-0.02", sy="0", cliff_lr="0.01", n="200")
    view = reader.View(open_page(PAGE, lang, **query), PAGE, lang)
    (said,) = view.said("cliffs.clip.foot", items=r"[^\n]+?(?=\.(?:\s|$)|。)")
    check_clip_foot(view, said)
    assert "0.99" in said["items"] and "1.18" in said["items"], said.text
    assert not reader.check_view(view)


@pytest.mark.parametrize(("sx", "lr"), [("5", "5"), ("-6", "10")])
def test_a_run_on_the_bowls_axis_is_not_said_to_diverge(sx, lr):
    """Second fresh read: from (5, 0) at ε = 5 the box said "This is the bowl diverging: … along
    the curvature 1 each step multiplies by |1 − ε·1| = 4 > 1", while the drawn run stays on
    y = 0 (the curvature-1 direction never acts), x − 2 shrinks ×0.5 a step and the run stops
    at (2, 0). From (−6, 0) at ε = 10 one step lands on (2, 0). Neither is said to diverge."""
    view = reader.View(open_page(PAGE, sx=sx, sy="0", cliff_lr=lr), PAGE)
    assert not view.at.exception
    x, y = drawn_path(view, _free(view))
    assert np.all(y == 0) and abs(x[-1] - 2.0) < 1e-3
    assert not view.said("cliffs.bowl_diverged")
    assert not reader.check_view(view)
