"""The step-by-step explainer: hand-worked momentum and Adam steps, and the Playground tab."""

from __future__ import annotations

import json

import numpy as np
import pytest

import landscapes
import optimizers
from tests.lessons import no_exceptions
from tests.test_classroom import app
from ui import explain

BOWL = landscapes.get("bowl").loss


def test_momentum_step_by_hand():
    traj = optimizers.run("momentum", BOWL, (-7.0, 2.0), 5, lr=0.1, momentum=0.5)
    s = explain.step(traj, 1)
    # step 0: g = (−1.4, 4), v₁ = −0.1 g = (0.14, −0.4), θ₁ = (−6.86, 1.6)
    # step 1: g = (−1.372, 3.2), v₂ = 0.5 v₁ − 0.1 g = (0.2072, −0.52), θ₂ = (−6.6528, 1.08)
    np.testing.assert_allclose(s.theta, [-6.86, 1.6], rtol=1e-6)
    np.testing.assert_allclose(s.grad, [-1.372, 3.2], rtol=1e-6)
    np.testing.assert_allclose(s.before["v"], [0.14, -0.4], rtol=1e-6)
    np.testing.assert_allclose(s.after["v"], [0.2072, -0.52], rtol=1e-5)
    np.testing.assert_allclose(s.next_theta, [-6.6528, 1.08], rtol=1e-6)
    heads = {role: head for role, _, head in explain.arrows("momentum", s)}
    np.testing.assert_allclose(heads[explain.GRADIENT], [-6.7228, 1.28], rtol=1e-6)
    np.testing.assert_allclose(heads[explain.MOMENTUM], [-6.79, 1.4], rtol=1e-6)
    np.testing.assert_allclose(heads[explain.UPDATE], [-6.6528, 1.08], rtol=1e-6)
    text = " ".join(explain.latex("momentum", s))
    assert r"0.5\,\left(0.14,\ -0.4\right) - 0.1\,\left(-1.372,\ 3.2\right)" in text
    assert r"= \left(0.2072,\ -0.52\right)" in text
    assert explain.state_rows(s) == [("v", "(0.14, -0.4)", "(0.2072, -0.52)")]


def test_adam_first_step_is_about_epsilon_per_coordinate():
    traj = optimizers.run("adam", BOWL, (-7.0, 2.0), 3, lr=0.1)
    s = explain.step(traj, 0)
    # t = 1: ŝ = g, r̂ = g ⊙ g, so Δθ = −ε g / (|g| + δ) ≈ −ε sign(g)
    np.testing.assert_allclose(s.update, [0.1, -0.1], rtol=1e-5)
    np.testing.assert_allclose(s.eff, 0.1 / np.abs([-1.4, 4.0]), rtol=1e-5)
    lines = explain.latex("adam", s)
    assert "t = 1" in lines
    assert r"\hat s = \frac{s}{1-\rho_1^{t}} = \left(-1.4,\ 4\right)" in " ".join(lines)
    assert [role for role, _, _ in explain.arrows("adam", s)] == [explain.GRADIENT, explain.UPDATE]


def test_the_step_stops_before_a_divergence():
    traj = optimizers.run("sgd", BOWL, (-7.0, 2.0), 20, lr=1.5)
    assert traj.diverged_at is not None
    last = explain.last_step(traj)
    assert last == traj.diverged_at - 2
    s = explain.step(traj, 10**6)
    assert s.k == last and np.all(np.isfinite(s.next_theta))


@pytest.mark.parametrize("name", optimizers.names())
def test_every_optimizer_has_an_explanation(name):
    traj = optimizers.run(name, BOWL, (-7.0, 2.0), 4)
    s = explain.step(traj, 2)
    lines = explain.latex(name, s)
    assert lines[0].startswith(r"\theta =") and len(lines) >= 3
    box = explain.zoom_box(s, explain.arrows(name, s), landscapes.get("bowl").domain)
    for (lo, hi), v in zip(box, s.theta, strict=True):
        assert lo <= v <= hi


def test_the_playground_tab_shows_the_chosen_step():
    at = app(
        opt=["momentum", "adam"], view="step", **{"momentum-lr": "0.1", "momentum-momentum": "0.5"}
    )
    at.selectbox(key="ex_opt").set_value("momentum").run()
    at.slider(key="ex_k").set_value(1).run()
    no_exceptions(at)
    latex = " ".join(el.value for el in at.get("latex"))
    assert r"= \left(0.2072,\ -0.52\right)" in latex
    spec = next(
        json.loads(e.proto.spec)
        for e in at.get("plotly_chart")
        if e.proto.id.endswith("explain_contour")
    )
    notes = spec["layout"]["annotations"]
    assert len(notes) == 6  # three arrows, three labels at their heads
    assert {n["text"] for n in notes if n["text"]} == {"αv", "Δθ", "−εg"}
    x_lo, x_hi = spec["layout"]["xaxis"]["range"]
    assert x_lo <= -6.86 <= x_hi and x_hi - x_lo < 16  # zoomed in on θ₁


@pytest.mark.parametrize(("name", "carry"), [("sgd", False), ("newton", False), ("momentum", True)])
def test_the_caption_names_the_grey_arrow_only_where_one_is_drawn(name, carry):
    # a lecturer's note: "grey arrow αv: the momentum part" was said for Newton and SGD
    at = app(opt=[name], view="step")
    at.slider(key="ex_k").set_value(1).run()
    no_exceptions(at)
    spec = next(
        json.loads(e.proto.spec)
        for e in at.get("plotly_chart")
        if e.proto.id.endswith("explain_contour")
    )
    drawn = "αv" in {n["text"] for n in spec["layout"]["annotations"]}
    caption = " ".join(c.value for c in at.caption)
    assert drawn == carry
    assert ("grey arrow αv" in caption) == drawn
    assert "coloured arrow Δθ" in caption


@pytest.mark.parametrize("name", ["newton", "saddle_free_newton", "lbfgs", "adam", "momentum"])
def test_the_substituted_rule_is_one_short_row_per_quantity(name):
    # a lecturer's note: at 1024×768 in projector type θ = …, g = …, H, μ(H), Δθ ran past the
    # column's right edge; each `a = b = c` is an aligned chain of rows, `,\quad` parts apart
    at = app(opt=[name], view="step")
    at.slider(key="ex_k").set_value(1).run()
    no_exceptions(at)
    latex = next(el.value for el in at.get("latex") if r"g &= \nabla L" in el.value)
    assert r"\begin{aligned}" in latex and r",\quad" not in latex
    assert len(explain._top_level_split(latex, " = ")) == 1  # every equals sign starts a row
    assert latex.count("&= ") >= 3
