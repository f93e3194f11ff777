"""Cliffs: the throw and the clipped step, against hand-worked bounds (note 000)."""

import numpy as np
import pytest

import landscapes
import optimizers
from tests.lessons import chart, lines, no_exceptions, open_page

PAGE = "cliffs"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_page_runs_in_both_languages(lang):
    at = open_page(PAGE, lang)
    no_exceptions(at)
    assert len(at.get("plotly_chart")) == 3  # contour, gradient norm, step length
    at.radio(key="cliff_view").set_value("3d").run()
    no_exceptions(at)
    assert any(e.proto.id.endswith("-cliff_3d") for e in at.get("plotly_chart"))


def test_the_wall_throws_sgd_and_clipping_caps_every_step():
    at = open_page(PAGE)
    no_exceptions(at)
    # the engine's own run from the page's start
    free = optimizers.run(
        "sgd",
        landscapes.get("cliff").loss,
        (-0.3, 0.8),
        40,
        lr=0.2,
        bound=landscapes.get("cliff").far_bound,
    )
    k = int(np.argmax(free.step_lengths))
    assert free.step_lengths[k] > 10.0 and free.points[k + 1, 0] > 10.0
    # where the drawn path ended: its last drawn point on the contour, still beyond its axes
    fig = chart(at, "cliff_contour")
    (px, py), n = lines(fig, "lines+markers")["SGD (no clipping)"], len(free.points) - 1
    box = [fig["layout"][a]["range"] for a in ("xaxis", "yaxis")]
    np.testing.assert_allclose(np.stack([px, py], 1), free.points, rtol=1e-5, atol=1e-6)
    assert not all(lo <= v <= hi for v, (lo, hi) in zip((px[-1], py[-1]), box, strict=True))
    assert at.warning[0].value == (
        f"Without clipping, step {k + 1} hits the cliff: the gradient is "
        f"{np.linalg.norm(free.raw_grads[k]):.1f} long and the step travels "
        f"{free.step_lengths[k]:.1f}. It lands at ({free.points[k + 1, 0]:.2f}, "
        f"{free.points[k + 1, 1]:.2f}), outside the picture (beyond the drawn x and y ranges). "
        f"Its last point (step {n}), ({px[-1]:.2f}, {py[-1] + 0.0:.2f}), is still outside the "
        "picture."
    )
    steps = lines(chart(at, "cliff_step"))
    np.testing.assert_allclose(steps["SGD (no clipping)"][1], free.step_lengths, rtol=1e-5)
    clipped = steps["SGD, clipped at c = 1"][1]
    assert clipped.max() <= 0.2 * 1.0 + 1e-6  # ‖Δθ‖ = ε‖g‖ ≤ ε·c
    grads = lines(chart(at, "cliff_grad"))
    assert grads["SGD (no clipping)"][1].max() > 50.0
    contour = lines(chart(at, "cliff_contour"), "lines+markers")
    # over the wall without being thrown: it ends between the wall (x = 0) and the minimum (x = 2)
    assert 0.0 < contour["SGD, clipped at c = 1"][0][-1] < 2.0


def test_clipping_off_shows_one_run():
    at = open_page(PAGE, clipping="false")
    no_exceptions(at)
    assert set(lines(chart(at, "cliff_step"))) == {"SGD (no clipping)"}


def test_a_higher_threshold_lets_longer_steps_through():
    at = open_page(PAGE, c="5")
    no_exceptions(at)
    clipped = lines(chart(at, "cliff_step"))["SGD, clipped at c = 5"][1]
    assert 0.2 < clipped.max() <= 0.2 * 5 + 1e-6


def test_nothing_the_settings_change_sits_above_the_contour():
    """At ε = 10 (the slider's top) SGD diverges: its alert comes under the contour, which
    stays where it is at every ε (above it, the alert pushed the contour 69 px down), and the
    colour bar lies under the plot, its width given to the 16 × 6 domain drawn to scale (whose
    height that width sets: 405×152 px at 1024×768 with the projector on beside the bar)."""
    at = open_page(PAGE, cliff_lr="10")
    no_exceptions(at)
    order = [
        "contour"
        if node.type == "plotly_chart" and node.proto.id.endswith("-cliff_contour")
        else "diverged"
        if node.type == "error" and "diverged at step" in node.value
        else None
        for node in at.main
    ]
    assert [o for o in order if o] == ["contour", "diverged"]
    bar = next(
        tr["marker"]["colorbar"]
        for tr in chart(at, "cliff_contour")["data"]
        if tr.get("marker", {}).get("colorbar")
    )
    assert bar["orientation"] == "h"


def test_the_3d_view_has_few_enough_z_ticks_to_read():
    """The 3-D cliff's z axis asks for at most 3 ticks: with Plotly's 5 the labels "8 6 4 2"
    ran into each other and into the x tick "−5" on the long thin box (1024×768 projector)."""
    at = open_page(PAGE, "zh", cliff_view="3d")
    no_exceptions(at)
    scene = chart(at, "cliff_3d")["layout"]["scene"]
    assert scene["zaxis"]["nticks"] <= 3
    lo, hi = scene["zaxis"]["range"]
    assert hi > lo  # the surface's heights, clipped: "5" the one label Plotly draws over 0…9
