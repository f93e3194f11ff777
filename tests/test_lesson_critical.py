"""Critical points: the numbers shown equal closed forms and the engine (note 003)."""

import math

import numpy as np
import pytest

from tests.lessons import chart, lines, no_exceptions, open_page

PAGE = "pages/critical-points.py"


def facts(at) -> str:
    return " ".join(m.value for m in at.markdown)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_page_runs_in_both_languages(lang):
    at = open_page(PAGE, lang)
    no_exceptions(at)
    assert "saddle" in facts(at).lower() or "鞍点" in facts(at)


def test_two_neuron_saddle_hessian_and_escape():
    at = open_page(PAGE)
    no_exceptions(at)
    text = facts(at)
    assert "Saddle point" in text
    assert "λ₁ = -2.000" in text and "λ₂ = 2.000" in text
    latex = " ".join(x.value for x in at.get("latex"))
    assert r"0.000 & -2.000 \\ -2.000 & 0.000" in latex  # H at the origin
    fig = chart(at, "cp_contour")
    # eigenvector arrows from the probe: the negative-curvature one is ±(1, 1)/√2
    arrows = fig["layout"]["annotations"]
    red = next(a for a in arrows if a["arrowcolor"] == "#BB5566")
    direction = np.array([red["x"] - red["ax"], red["y"] - red["ay"]])
    direction /= np.linalg.norm(direction)
    assert abs(direction[0]) == pytest.approx(math.sqrt(0.5), abs=1e-3)
    assert direction[0] * direction[1] > 0
    paths = lines(fig, "lines+markers")
    # started on the stable line w₁ = −w₂: plain gradient descent stalls at the saddle …
    gd = paths["Gradient descent"]
    assert gd[0][0] == pytest.approx(-gd[1][0], abs=1e-6)
    assert np.hypot(gd[0][-1], gd[1][-1]) < 1e-3
    # … while a little noise escapes to a minimum on w₁w₂ = 1
    noisy = next(v for k, v in paths.items() if k.startswith("Gradient descent + noise"))
    assert noisy[0][-1] * noisy[1][-1] == pytest.approx(1.0, abs=0.05)
    loss = lines(chart(at, "cp_loss"))
    assert loss["Gradient descent"][1][-1] == pytest.approx(1.0, abs=1e-4)


@pytest.mark.parametrize(
    ("landscape", "px", "py", "kind"),
    [
        ("saddle", "0", "0", "Saddle point"),
        ("monkey_saddle", "0", "0", "Degenerate critical point"),
        ("two_neuron", "1", "1", "Degenerate critical point"),  # a minimum on a flat valley
        ("himmelblau", "3", "2", "Minimum"),
        ("himmelblau", "1", "1", "Not a critical point"),
        ("plateau", "0", "0", "Minimum"),
    ],
)
def test_probe_kinds(landscape, px, py, kind):
    at = open_page(PAGE, landscape=landscape, px=px, py=py)
    no_exceptions(at)
    assert kind in facts(at)


def test_switching_surface_moves_probe_start_and_step_size():
    at = open_page(PAGE)
    at.selectbox(key="landscape").set_value("himmelblau").run()
    no_exceptions(at)
    assert at.slider(key="px").value == pytest.approx(0.087, abs=1e-3)
    assert at.select_slider(key="gd_lr").value == 0.01
    assert "Saddle point" in facts(at)
    assert not at.error
