"""The gradient's geometry (notes 004 and 001): directional derivatives against the gradient's
closed form, the linear model's trust radius against 2τ‖∇L‖ / λ_max on quadratics, the step
against a hand-worked one, and every sentence against the numbers it states."""

import math
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import landscapes
from optimizers import taylor
from pages.gradient_geometry import claims
from pages.gradient_geometry import figures as taylor_figures
from tests.lessons import chart, no_exceptions, open_page

BOWL = landscapes.get("bowl")  # x²/10 + y², H = diag(0.2, 2)


def test_directional_derivative_is_largest_along_the_gradient_on_the_bowl():
    geom = taylor.geometry(BOWL.loss, (-7.0, 2.0), 8.0, 0.1)
    g = np.array([2 * -7.0 / 10, 2 * 2.0])  # (−1.4, 4) by hand
    np.testing.assert_allclose(geom.gradient, g, rtol=1e-6)
    expected = math.degrees(math.atan2(4.0, -1.4))  # 109.29°
    assert abs(geom.steepest_angle - expected) <= 1.0
    assert geom.directional.max() == pytest.approx(np.linalg.norm(g), rel=1e-4)
    assert geom.directional.min() == pytest.approx(-np.linalg.norm(g), rel=1e-4)
    for angle in geom.tangent_angles:  # along the contour: zero, up to the 1° sampling
        nearest = geom.directional[round(angle) % 360]
        assert abs(nearest) <= np.linalg.norm(g) * math.sin(math.radians(0.5)) + 1e-5
    # every sample is ∇L·u (forward-mode along u against the formula it illustrates)
    a = np.radians(geom.angles)
    np.testing.assert_allclose(geom.directional, g[0] * np.cos(a) + g[1] * np.sin(a), atol=1e-5)


@pytest.mark.parametrize(
    ("formula", "point", "hessian"),
    [
        ("x^2/10 + y^2", (-7.0, 2.0), [[0.2, 0.0], [0.0, 2.0]]),
        ("x^2 + x*y + 2*y^2", (1.0, 1.0), [[2.0, 1.0], [1.0, 4.0]]),
        ("3*x^2 - y^2", (0.5, -1.0), [[6.0, 0.0], [0.0, -2.0]]),
    ],
)
@pytest.mark.parametrize("tau", [0.05, 0.2, 0.5])
def test_trust_radius_matches_the_quadratic_closed_form(formula, point, hessian, tau):
    loss = landscapes.from_expression(formula).loss
    geom = taylor.geometry(loss, point, 10.0, 0.01)
    top = float(np.max(np.abs(np.linalg.eigvalsh(np.array(hessian)))))
    expected = 2 * tau * geom.gradient_norm / top  # |½ r² uᵀHu| ≤ τ r ‖g‖ for every u
    radius = geom.trust_radius(tau)
    # the radii are sampled 1.7 % apart, and the error, linear in r on a quadratic, is
    # interpolated between the two samples around τ: the closed form itself, not the sample
    # below it (the bowl at (−7, 2) with τ = 0.2 printed 0.843 for 2·0.2·4.238/2 = 0.848)
    # (within 0.2 %: the worst direction is taken over 72 directions 5° apart)
    assert radius == pytest.approx(expected, rel=2e-3)


def test_a_step_as_worked_by_hand():
    geom = taylor.geometry(BOWL.loss, (-7.0, 2.0), 8.0, 0.1)
    # θ − ε∇L = (−7 + 0.14, 2 − 0.4) = (−6.86, 1.6); L = 6.86²/10 + 1.6² = 7.26596; L(θ) = 8.9
    np.testing.assert_allclose(geom.step.landing, [-6.86, 1.6], rtol=1e-6)
    assert geom.step.actual == pytest.approx(7.26596 - 8.9, rel=1e-5)
    assert geom.step.predicted == pytest.approx(-0.1 * (1.4**2 + 4**2), rel=1e-6)
    assert geom.step.length == pytest.approx(0.1 * math.hypot(1.4, 4), rel=1e-6)


def test_at_a_minimum_there_is_no_direction_and_no_radius():
    ls = landscapes.get("himmelblau")
    geom = taylor.geometry(ls.loss, (3.0, 2.0), 6.0, 0.01)
    assert geom.critical and geom.trust_radius(0.2) is None
    assert "≈ 0" in claims.gradient_geometry(geom, 0.2, "en")[0]


def _numbers(text: str) -> list[float]:
    return [float(x.replace("−", "-")) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?", text)]


@settings(max_examples=120, deadline=None)
@given(
    name=st.sampled_from(landscapes.names(dim=2)),
    fx=st.floats(0.05, 0.95),
    fy=st.floats(0.05, 0.95),
    lr=st.sampled_from([1e-4, 1e-3, 0.01, 0.03, 0.1, 0.3, 1.0]),
    tau=st.sampled_from([0.01, 0.05, 0.1, 0.2, 0.5, 1.0]),
)
def test_every_sentence_holds_against_its_numbers(name, fx, fy, lr, tau):
    ls = landscapes.get(name)
    (xlo, xhi), (ylo, yhi) = ls.domain
    point = (xlo + fx * (xhi - xlo), ylo + fy * (yhi - ylo))
    geom = taylor.geometry(ls.loss, point, 0.5 * max(xhi - xlo, yhi - ylo), lr)
    sentences = claims.gradient_geometry(geom, tau, "en")
    if geom.critical:
        assert len(sentences) == 1
        return
    directions, reach, step = sentences
    top, angle = _numbers(directions)[:2]
    assert top == pytest.approx(float(geom.directional.max()), rel=5e-3)
    assert geom.directional[int(angle) % 360] == geom.directional.max()
    radius = geom.trust_radius(tau)
    if radius == 0:  # broken at the smallest radius checked: smaller than it, and no circle
        assert "no circle" in reach and "smaller than" in reach
        assert _numbers(reach)[0] == pytest.approx(float(geom.radii[0]), rel=5e-3)
    else:
        assert _numbers(reach)[0] == pytest.approx(radius, rel=5e-3)
    # the radius is what it says: the worst error is within τ out to it, beyond τ just after
    inside = geom.radii <= radius
    assert np.all(geom.worst_error[inside] <= tau)
    if not geom.reaches_end(tau):
        assert not geom.worst_error[inside.sum()] <= tau
    s = geom.step
    stated = _numbers(step)
    assert stated[1] == pytest.approx(s.length, rel=5e-3)
    assert ("inside the radius" in step) == (radius > 0 and s.length <= radius)
    assert ("rises" in step) == (0 < radius < s.length and s.actual > 0)
    if "rises" not in step:
        actual = re.search(r"changes by (\S+) \(", step).group(1)
        assert float(actual) == pytest.approx(s.actual, rel=5e-3, abs=1e-9)
    if s.length <= radius:  # inside: the model's error is within τ of its prediction
        assert abs(s.actual - s.predicted) <= (tau * 1.05 + 0.02) * abs(s.predicted) + 1e-6
    # the step is drawn in the colour the caption gives to what the sentence says: green
    # inside, grey "not measured", red otherwise (it was red with no circle and a step shorter
    # than the smallest radius checked, where the sentence says it was not measured)
    colour = taylor_figures.step_colour(geom, radius)
    if "inside the radius" in step:
        assert colour == taylor_figures.INSIDE
    elif "was not measured" in step:
        assert colour == taylor_figures.UNMEASURED
    else:
        assert colour == taylor_figures.OUTSIDE


def test_the_lesson_opens_on_the_bowl_with_its_sentences():
    at = open_page("gradient-geometry")
    no_exceptions(at)
    text = " ".join(m.value for m in at.markdown)
    assert "largest, 4.24, at 109°" in text
    assert "inside the radius 0.848" in text  # 2τ‖g‖/λ_max = 0.2 · 4.238 = 0.848
    polar = chart(at, "g_polar")
    curve = next(tr for tr in polar["data"] if tr.get("line", {}).get("width") == 4)
    from ui.figures import decode

    assert decode(curve["r"]).max() == pytest.approx(math.hypot(1.4, 4), rel=1e-4)
    contour = chart(at, "g_contour")
    (x0, x1), (y0, y1) = contour["layout"]["xaxis"]["range"], contour["layout"]["yaxis"]["range"]
    assert x0 <= -7.0 <= x1 and y0 <= 2.0 <= y1 and x1 - x0 < 4  # zoomed onto θ


def test_a_large_step_leaves_the_radius_and_3d_draws_the_tangent_plane():
    at = open_page("gradient-geometry", g_lr="1", g_view="3d")
    no_exceptions(at)
    text = " ".join(m.value for m in at.markdown)
    assert "outside the radius" in text
    surface = chart(at, "g_surface")
    planes = [tr for tr in surface["data"] if tr["type"] == "surface"]
    assert len(planes) == 2  # the landscape and the tangent plane


def test_choosing_a_surface_and_a_minimum_says_there_is_no_direction():
    at = open_page("gradient-geometry")
    at.selectbox(key="landscape").set_value("himmelblau").run()
    start = landscapes.get("himmelblau").start  # a new surface starts from its own start
    assert (at.slider(key="gx").value, at.slider(key="gy").value) == pytest.approx(start)
    at.slider(key="gx").set_value(3.0)
    at.slider(key="gy").set_value(2.0).run()
    no_exceptions(at)
    assert "∇L ≈ 0" in " ".join(m.value for m in at.markdown)


# ---- the controls beside the figure, read in Chromium --------------------------------------
CONTROLS_JS = """
() => {
  const box = (sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const b = el.getBoundingClientRect();
    return {top: b.top, bottom: b.bottom, left: b.left, right: b.right};
  };
  const label = document.querySelector('.st-key-g_tau [data-testid="stWidgetLabel"] p');
  const lh = label ? parseFloat(getComputedStyle(label).lineHeight) : NaN;
  return {
    H: window.innerHeight, W: window.innerWidth,
    lr: box('.st-key-g_lr [data-testid="stSlider"]'),
    figure: box('.st-key-g_contour .main-svg'),
    tau_lines: label ? Math.round(label.getBoundingClientRect().height / lh) : null,
  };
}
"""


@pytest.mark.browser
def test_eps_is_on_screen_with_the_figure_and_taus_label_is_one_line():
    """Fresh read at 1024×768, 中文, projector on: every control sat under the figure, below the
    fold (the chart out of sight while a slider moved), and "允许的线性近似误差 τ" wrapped to three
    lines. ε now sits beside the figure, both wholly on screen as the page opens, and τ's label
    ("允许误差 τ" / "tolerance τ", in a column of two sliders beside the figure) is one line;
    at 1280×720 in English too."""
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM_ARGS, chromium_path, served_app
    from tests.layout import load, settle

    views = ((1024, 768, "lang=zh&proj=1"), (1024, 768, "lang=en&proj=1"), (1280, 720, "lang=en"))
    with served_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            for width, height, query in views:
                page = browser.new_page(viewport={"width": width, "height": height})
                assert load(page, f"{url}/gradient-geometry?{query}"), query
                settle(page)
                m = page.evaluate(CONTROLS_JS)
                for name in ("lr", "figure"):
                    b = m[name]
                    assert b is not None, (query, name)
                    assert b["top"] >= 0 and b["bottom"] <= m["H"], (width, query, name, b)
                assert m["tau_lines"] == 1, (width, query, m["tau_lines"])
                page.close()
        finally:
            browser.close()


@pytest.mark.parametrize(
    "point", [(7.0, 0.0), (-7.0, 0.0), (0.0, 2.0), (0.0, -2.0), (-7.0, 2.0), (5.0, -1.5)]
)
def test_the_arrow_labels_sit_beyond_their_heads_on_opposite_sides_of_theta(point):
    """Each of the two arrows from θ (∇L and the step −ε∇L, opposite ways) has its label beyond
    its head, where it points: the label's box lies past the line through the head across the
    arrow, so the two labels are on opposite sides of θ. Both used to sit beside their heads
    (∇L's on the left, the step's on the right): with ∇L pointing right, at (7, 0) on the bowl,
    "∇L 方向" lay over "−ε∇L" (中文, 1024×768, projector)."""
    geom = taylor.geometry(BOWL.loss, point, 8.0, 0.1)
    _, arrows = taylor_figures.contour_overlay(geom, 0.5, width=4.0, labels=LABELS)
    assert len(arrows) == 2
    for arrow in arrows:
        _, label = arrow.annotations()
        dx, dy = arrow.x1 - arrow.x0, arrow.y1 - arrow.y0
        sx = {"left": 1, "right": -1, "center": 0}[label["xanchor"]]
        sy = {"bottom": 1, "top": -1, "middle": 0}[label.get("yanchor", "middle")]
        assert (sx, sy) != (0, 0)
        # the box grows away from the head only where the arrow points, and is shifted there
        assert sx * dx >= 0 and sy * dy >= 0, (label, dx, dy)
        assert label.get("xshift", 0) * dx >= 0 and label.get("yshift", 0) * dy >= 0
        # an edge's middle at the head only where the arrow runs within 22.5° of that axis
        if sx == 0:
            assert abs(dx) <= 0.4143 * abs(dy)
        if sy == 0:
            assert abs(dy) <= 0.4143 * abs(dx)


LABELS = {
    k: k for k in ("trust", "tangent", "point", "gradient", "step", "landing", "descent", "zero")
}


def test_a_kink_is_told_from_curvature_and_rounding():
    """`Geometry.kink`: |x| + y² at (0, 1) has one (its linear model is off by 89 % of s‖∇L‖ at
    every radius from 0.005 to 0.5); no registered surface has one at its centre, a corner,
    next to a critical point or at (3, 2) (a smooth L's error falls ×0.1 a decade, float32
    rounding's rises as the radius shrinks)."""

    def at(ls, point):
        (xlo, xhi), (ylo, yhi) = ls.domain
        return taylor.geometry(ls.loss, point, 0.5 * max(xhi - xlo, yhi - ylo), 0.1)

    typed = landscapes.from_expression("abs(x) + y^2", dim=2, half_width=5.0)
    first, far, least = at(typed, (0.0, 1.0)).kink()
    assert (first, far) == pytest.approx((0.005, 0.5), rel=0.02)
    assert least == pytest.approx(2 / 5**0.5, abs=0.01)  # (|u_x| − u_x)/‖(1, 2)‖ at u = −x
    assert at(typed, (0.5, 1.0)).kink() is None
    for name in landscapes.names(dim=2):
        ls = landscapes.get(name)
        corner = (ls.domain[0][1], ls.domain[1][0])
        for point in [(0.0, 0.0), corner, (0.01, -0.01), (3.0, 2.0)]:
            assert at(ls, point).kink() is None, (name, point)
