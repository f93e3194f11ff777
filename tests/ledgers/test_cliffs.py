"""The cliffs lesson's ledger checks: the sentence's numbers, read back from the words, against
the step-length chart (`cliff_step`), the gradient-norm chart (`cliff_grad`, the gradient
step k uses drawn at step k) and the contour's drawn path (`cliff_contour`)."""

from __future__ import annotations

import numpy as np

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


def check_thrown(view, said):
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
