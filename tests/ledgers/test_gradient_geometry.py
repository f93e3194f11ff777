"""The gradient-geometry lesson's ledger checks: each sentence's numbers, read back from the
words, against the polar chart of D_u L (`g_polar`) and the circle, point and step the contour
draws (`g_contour`)."""

from __future__ import annotations

import colorsys
import math
import re

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import landscapes
from tests import ledger as reader
from tests.lessons import open_page
from ui.figures import decode
from ui.i18n import CATALOG, t

PAGE = "gradient-geometry"
REL = 0.006  # a printed number (3 significant digits) against the drawn value


def polar(view, name: str) -> list[tuple[np.ndarray, np.ndarray]]:
    out = []
    for trace in view.chart("g_polar")["data"]:
        if trace.get("name") == name:
            out.append(
                (np.asarray(decode(trace["theta"]), float), np.asarray(decode(trace["r"]), float))
            )
    if not out:
        raise AssertionError(f"no {name!r} drawn on the polar chart")
    return out


def contour(view, key: str) -> tuple[np.ndarray, np.ndarray]:
    """The trace named by catalog `key` on the plane (`g_contour`) or the 3-D view."""
    name = t(key, view.lang)
    for chart in ("g_contour", "g_surface"):
        try:
            fig = view.chart(chart)
        except KeyError:
            continue
        for trace in fig["data"]:
            if str(trace.get("name", "")).startswith(name) or (
                key == "geometry.landing" and name in str(trace.get("name", ""))
            ):
                x = np.asarray(decode(trace["x"]), float)
                y = np.asarray(decode(trace["y"]), float)
                return x, y
    raise AssertionError(f"no {name!r} drawn")


def _names(view) -> list[str]:
    return [tr.get("name") for tr in view.chart("g_polar")["data"]]


def close(printed: float, value: float, rel: float = REL, abs_: float = 0.0) -> bool:
    return abs(printed - value) <= rel * abs(value) + abs_


def check_directions(view, said):
    names = _names(view)  # D_u L = 0, the curve, ∇L, −∇L, the two contour markers
    ((theta, r),) = polar(view, names[1])
    ((g_theta, g_r),) = polar(view, names[2])
    k = int(np.argmax(r))
    assert close(said.number("top"), r[k]) and said["angle"] == f"{theta[k]:.0f}"
    assert said["grad_angle"] == f"{g_theta[0]:.1f}" and close(said.number("norm"), g_r[0])
    assert abs((theta[k] - g_theta[0] + 180) % 360 - 180) <= 1.0
    # the contour's two directions: printed to 0.1° as the two drawn markers (at ±90° from the
    # drawn ∇L), and the drawn D_u L curve, read at each marker's angle, is 0 there (the
    # sentence says "it is 0"; it once printed the sample at the rounded angle, 0.021)
    markers = sorted(float(m[0][0]) for m in polar(view, names[4]))
    printed = sorted(said.number(k) for k in ("t1", "t2"))
    assert all(abs(p - m) <= 0.051 for p, m in zip(printed, markers, strict=True)), printed
    g = float(g_r[0])
    for m in markers:
        assert abs(abs((m - g_theta[0] + 180) % 360 - 180) - 90) <= 0.01
        at_marker = np.interp(m, theta, r, period=360)  # the drawn curve between its 1° samples
        assert abs(at_marker) <= 1e-3 * g, (m, at_marker)
    assert close(said.number("bottom"), float(r.min()))


def _one_sided_gap(loss, theta, h: float) -> float:
    """The largest |(L(θ + hu) − L(θ))/h + (L(θ − hu) − L(θ))/h| over 72 directions u: about
    h·|u·Hu| for a smooth L, a kink's jump in slope at any h."""
    angles = np.radians(np.arange(0, 180, 2.5))
    units = np.stack([np.cos(angles), np.sin(angles)], axis=1)
    at = np.asarray(theta, dtype=np.float32)

    def value(p) -> float:
        return float(loss(jnp.asarray(p, dtype=jnp.float32)))

    base = value(at)
    return max(abs(value(at + h * u) + value(at - h * u) - 2 * base) / h for u in units)


def check_kink(view, said):
    from tests.ledgers.paths import surface

    names = _names(view)
    ((g_theta, g_r),) = polar(view, names[2])
    assert said["grad_angle"] == f"{g_theta[0]:.1f}" and close(said.number("norm"), g_r[0])
    first = said.number("first")
    assert close(first, _smallest_radius(view), rel=0.01), said["first"]
    assert close(said.number("far"), 100 * first, rel=0.02), (said["far"], first)
    loss = surface(view).loss
    theta = (float(view.widget("gx").value), float(view.widget("gy").value))
    small, large = _one_sided_gap(loss, theta, first), _one_sided_gap(loss, theta, 100 * first)
    # a kink: the slopes' gap stays (a smooth L's falls 100× from the far radius to the near)
    assert small >= 0.05 * float(g_r[0]) and 0.5 <= small / large <= 2.0, (small, large)


def _circle(view) -> tuple[np.ndarray, float]:
    px, py = contour(view, "geometry.point")
    cx, cy = contour(view, "geometry.trust")
    d = np.hypot(cx - px[0], cy - py[0])
    return np.array([px[0], py[0]]), float(np.mean(d))


def _no_circle(view) -> None:
    try:
        contour(view, "geometry.trust")
    except AssertionError:
        return
    raise AssertionError("a circle is drawn")


def _smallest_radius(view) -> float:
    """The smallest radius checked: a thousandth of half the domain's wider side
    (`compute.geometry`), the domain of the surface drawn (a typed one's from its formula)."""
    from tests.ledgers.paths import surface

    (xlo, xhi), (ylo, yhi) = surface(view).domain
    return 0.5 * max(xhi - xlo, yhi - ylo) / 1000


def check_radius_none(view, said):
    _no_circle(view)
    assert close(said.number("first"), _smallest_radius(view), rel=0.01), said["first"]
    assert said["tau"] == f"{float(view.widget('g_tau').value):.0%}"


def _own_error(view, said) -> float:
    """The step's own error read from the words: |actual − predicted| / |predicted|, printed
    as the sentence prints it, and consistent with the printed share."""
    predicted, actual = said.number("predicted"), said.number("actual")
    error = abs(actual - predicted) / abs(predicted)
    assert abs(said.number("error") / 100 - error) <= 0.01 + 0.01 * error, (said["error"], error)
    share = actual / predicted
    assert abs(said.number("share") / 100 - share) <= 0.01 + 0.01 * abs(share)
    assert said["tau"] == f"{float(view.widget('g_tau').value):.0%}"
    return said.number("error") / 100


def _hsv(colour: str) -> tuple[float, float, float]:
    r, g, b = (int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, sat, v = colorsys.rgb_to_hsv(r, g, b)
    return 360 * h, sat, v


def _reads_as(colour: str) -> str:
    """A drawn colour as the caption names it: "red", "green" or "grey" (else "other")."""
    hue, sat, _ = _hsv(colour)
    if sat < 0.1:
        return "grey"
    if min(hue, 360 - hue) <= 15:
        return "red"
    if 90 <= hue <= 175:
        return "green"
    return "other"


def step_colours(view) -> list[str]:
    """Every colour the step is drawn in: on the plane its arrow (the annotation ending where
    'after the step' is marked) and that marker; in 3-D its dashed line and markers."""
    landing = t("geometry.landing", view.lang)
    try:
        fig = view.chart("g_contour")
    except KeyError:
        fig = view.chart("g_surface")
        return [
            c
            for tr in fig["data"]
            if landing in str(tr.get("name", "")) and tr.get("type") == "scatter3d"
            for c in (tr["line"]["color"], tr["marker"]["color"])
        ]
    (mark,) = [tr for tr in fig["data"] if tr.get("name") == landing]
    lx, ly = float(decode(mark["x"])[0]), float(decode(mark["y"])[0])
    px, py = (float(v[0]) for v in contour(view, "geometry.point"))

    def on_step(a) -> bool:
        """The step's arrow: its head at the landing, or, cut at the plot's edge (an open
        head), its tail at θ and its head on the segment from θ to the landing."""
        if abs(a["x"] - lx) <= 1e-5 * (1 + abs(lx)) and abs(a["y"] - ly) <= 1e-5 * (1 + abs(ly)):
            return True
        if not str(a.get("axref", "")).startswith("x"):
            return False
        tail = np.array([a["ax"] - px, a["ay"] - py])
        head = np.array([a["x"] - px, a["y"] - py])
        step = np.array([lx - px, ly - py])
        length = float(np.hypot(*step))
        if np.hypot(*tail) > 1e-5 * (1 + length) or length == 0:
            return False
        along = float(head @ step) / length**2
        across = abs(float(head[0] * step[1] - head[1] * step[0])) / length
        return 0 < along <= 1 + 1e-6 and across <= 1e-4 * (1 + length)

    arrows = [
        a["arrowcolor"]
        for a in fig["layout"].get("annotations", [])
        if a.get("showarrow") and on_step(a)
    ]
    assert len(arrows) == 1, arrows
    return [mark["marker"]["color"], *arrows]


# what the caption says each colour means, against what the sentence says of the step
STEP_COLOUR = {
    "inside": "green",
    "outside": "red",
    "outside_within": "red",
    "outside_up": "red",
    "beyond_smallest": "red",
    "below_smallest": "grey",
}


def check_step_colour(view, said) -> None:
    """The step is drawn in the colour the caption gives to what the sentence says of it."""
    want = STEP_COLOUR[said.key.removeprefix("geometry.step_")]
    drawn = step_colours(view)
    assert drawn and all(_reads_as(c) == want for c in drawn), (said.key, drawn)


def check_step_unmeasured(view, said):
    _no_circle(view)
    px, py = contour(view, "geometry.point")
    ax, ay = contour(view, "geometry.landing")
    length = float(np.hypot(ax[-1] - px[0], ay[-1] - py[0]))
    assert close(said.number("length"), length, rel=0.01), (said["length"], length)
    first = _smallest_radius(view)
    assert close(said.number("first"), first, rel=0.01), said["first"]
    assert (length >= first) == said.key.endswith("beyond_smallest"), (length, first)
    ((_, g_r),) = polar(view, _names(view)[2])
    assert close(said.number("predicted"), -length * float(g_r[0]), rel=0.02)
    _own_error(view, said)
    check_step_colour(view, said)


def check_radius(view, said):
    _, radius = _circle(view)
    assert close(said.number("radius"), radius, rel=0.01), (said["radius"], radius)
    assert said["tau"] == f"{float(view.widget('g_tau').value):.0%}"


def check_step(view, said):
    theta, radius = _circle(view)  # a radius of 0 is never said: no circle, radius unknown
    ax, ay = contour(view, "geometry.landing")  # the 3-D view: prediction, then after
    length = float(np.hypot(ax[-1] - theta[0], ay[-1] - theta[1]))
    assert close(said.number("length"), length, rel=0.01), (said["length"], length)
    assert close(said.number("radius"), radius, rel=0.01)
    assert (length <= radius) == said.key.endswith("inside"), (length, radius)
    ((_, g_r),) = polar(view, _names(view)[2])
    assert close(said.number("predicted"), -length * float(g_r[0]), rel=0.02)
    if "error" in said.fields:  # the step's own error, against τ as the words put it
        error = _own_error(view, said)
        tau = float(view.widget("g_tau").value)
        assert (error <= tau) == said.key.endswith("within"), (error, tau)
    elif "share" in said.fields:
        share = said.number("actual") / said.number("predicted")
        assert abs(said.number("share") / 100 - share) <= 0.01 + 0.01 * abs(share)
    if said.key.endswith("up"):
        assert said.number("actual") > 0
    _actual_is_float64(view, said, theta, (ax[-1], ay[-1]))
    check_step_colour(view, said)


def _change64(view, theta, landing) -> float | None:
    """L(landing) − L(θ) in float64 at the drawn θ and step end; None for a typed surface."""
    name = view.widget("landscape").value
    if name not in landscapes.names(dim=2):
        return None
    loss = landscapes.get(name).loss
    with jax.enable_x64(True):
        values = [float(loss(jnp.asarray(np.asarray(p, np.float64)))) for p in (theta, landing)]
    return values[1] - values[0]


def _actual_is_float64(view, said, theta, landing) -> None:
    """The printed change is L's, in float64, between the drawn θ and step end: the drawn end
    is float32, off the exact one by float32's spacing at θ, which moves L by up to
    ‖∇L‖ × that spacing (‖∇L‖ = predicted / length)."""
    change = _change64(view, theta, landing)
    if change is None:
        return
    grad = abs(said.number("predicted")) / max(said.number("length"), 1e-30)
    rounding = 2 * grad * float(np.spacing(np.float32(max(abs(v) for v in theta))))
    assert close(said.number("actual"), change, rel=REL, abs_=rounding), (said["actual"], change)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_plateau_step_change_is_read_in_float64(lang):
    """The plateau 1 − exp(−(x² + 2y²)/2) at (3, 2), ε = 0.5: the page said the loss changes by
    −4.77e-07, 92 % of the predicted −5.17e-07: float32's rounding of L = 0.999797 (spacing
    6e-8). By the closed form in float64 the change is e^(−q₀/2) − e^(−q₁/2) = −5.18e-07, 100 %."""
    view = reader.View(open_page(PAGE, lang, landscape="plateau"), PAGE, lang)
    x, y, lr = 3.0, 2.0, 0.5
    e = math.exp(-(x * x + 2 * y * y) / 2)
    g = (x * e, 2 * y * e)
    x1, y1 = x - lr * g[0], y - lr * g[1]
    change = e - math.exp(-(x1 * x1 + 2 * y1 * y1) / 2)
    predicted = -lr * (g[0] ** 2 + g[1] ** 2)
    (said,) = view.said("geometry.step_inside")
    assert said["actual"] == f"{change:.3g}" == "-5.18e-07", said.text
    assert said["predicted"] == f"{predicted:.3g}"
    assert said["share"] == f"{change / predicted:.0%}" == "100%"
    assert not reader.check_view(view)


def check_critical(view, said):
    ((_, r),) = polar(view, _names(view)[1])
    assert float(np.max(np.abs(r))) <= said.number("norm") * 1.06
    # "does not move" only where the gradient is 0; "barely moves" where it is not
    assert (said.number("norm") == 0) == (said.key == "geometry.critical"), said.text


def test_no_circle_is_not_a_circle_of_radius_zero():
    """Narrow valley, wide basin at its start: the linear model is off by more than τ already
    at the smallest radius checked, and no circle is drawn; the page said "Within r = 0 of θ
    the linear model is off by at most 20 %"."""
    from tests import ledger as reader
    from tests.lessons import open_page

    view = reader.View(open_page(PAGE, landscape="sharp_flat"), PAGE)
    assert not view.said("geometry.radius") and view.said("geometry.radius_none")
    assert not reader.check_view(view)


def test_the_default_view_states_the_exact_contour_angles_and_the_formulas_radius():
    """The bowl x²/10 + y² at θ = (−7, 2), τ = 20 %: ∇L = (−1.4, 4) at atan2(4, −1.4) =
    109.29°, so the contour runs along 199.29° and 19.29° where D_u L = ∇L·u is exactly 0 (the
    page said "199° and 19°: 0.021", the sample at the rounded angle); the radius is the
    formula's r_τ = 2τ‖∇L‖/λ_max = 2·0.2·4.2379/2 = 0.848 (the page said 0.843, the sampled
    radius below it), and the bound is τ·s‖∇L‖, the change predicted along the gradient."""
    from tests import ledger as reader
    from tests.lessons import open_page

    for lang in ("zh", "en"):
        view = reader.View(open_page(PAGE, lang=lang), PAGE, lang)
        text = " ".join(m.value for m in view.at.markdown)
        if lang == "zh":
            assert "沿等高线（199.3° 与 19.3°，与 ∇L 垂直）它为 0；" in text
            assert "半径 r = 0.848 之内" in text and "20% × s‖∇L‖" in text
        else:
            assert "Along the contour (199.3° and 19.3°, perpendicular to ∇L) it is 0;" in text
            assert "Within r = 0.848 of θ" in text and "20% × s‖∇L‖" in text
        assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_radius_below_the_smallest_checked_is_not_radius_zero(lang):
    """sharp_flat at its start: ‖∇L‖ = 0.0346 ≠ 0, so the linear model holds within some
    radius > 0 (≈ 2τ‖∇L‖/h ≈ 0.001 with curvature h ≈ 12), only one smaller than the smallest
    radius checked (a thousandth of half the domain's width: 0.004). The page said "no circle where it
    holds (radius 0)" and "the step 0.00173 is outside the radius 0": now "smaller than 0.004",
    and the step, shorter than 0.004, is not claimed to be outside it."""
    view = reader.View(open_page(PAGE, lang=lang, landscape="sharp_flat"), PAGE, lang)
    text = " ".join(view.texts)
    (none,) = view.said("geometry.radius_none")
    assert none["first"] == "0.004"
    (step,) = view.said("geometry.step_below_smallest")
    assert step["length"] == "0.00173" and step["first"] == "0.004"
    assert not re.search(r"(radius|半径) 0(?![.\d])", text), text
    assert not reader.check_view(view)
    view = reader.View(open_page(PAGE, lang=lang, landscape="sharp_flat", g_lr="1"), PAGE, lang)
    assert view.said("geometry.step_beyond_smallest") and not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("surface", ["himmelblau", "monkey_saddle"])
def test_a_step_outside_the_radius_states_its_own_error_against_tau(lang, surface):
    """Himmelblau at its start, ε = 0.01: the step 0.261 leaves the radius 0.249, yet the loss
    changes by −7.82 against the predicted −6.8, 115 %: its own error is 15 %, within τ = 20 %
    (the radius is a guarantee for every direction; one step can do better). The page said
    only "outside the radius within which the linear model holds to 20 %", read as a
    contradiction; now it names the step's own error and whether it is within τ."""
    view = reader.View(open_page(PAGE, lang=lang, landscape=surface), PAGE, lang)
    said = view.said("geometry.step_outside_within") + view.said("geometry.step_outside")
    assert len(said) == 1, [m for m in view.texts if "ε =" in m]
    assert said[0].key == "geometry.step_outside_within"
    if surface == "himmelblau":
        assert said[0]["error"] == "15%" and said[0]["share"] == "115%"
    else:  # 80 % of the prediction: 20 % at no digit, so 19.7 %, within τ = 20 %
        assert said[0]["error"] == "19.7%" and said[0]["share"] == "80%"
    assert not reader.check_view(view)


def _hue(colour: str) -> float:
    return _hsv(colour)[0]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_step_outside_the_circle_is_drawn_in_the_colour_the_caption_names(lang):
    """The caption says a step leaving the circle is red (红色); it was drawn #D55E00, which
    reads orange beside the orange contour dots (hue 26°). Red: hue within 15° of 0°."""
    assert "red outside" in CATALOG["geometry.caption_plane"]["en"]
    assert "越出为红色" in CATALOG["geometry.caption_plane"]["zh"]
    view = reader.View(open_page(PAGE, lang=lang, g_lr="0.3"), PAGE, lang)
    assert view.said("geometry.step_outside")
    landing = t("geometry.landing", lang) if "geometry.landing" in CATALOG else None
    fig = view.chart("g_contour")
    marks = [
        tr["marker"]["color"]
        for tr in fig["data"]
        if tr.get("mode") == "markers"
        and tr.get("marker", {}).get("size") == 14
        and (landing is None or tr.get("name") == landing)
    ]
    assert marks, [tr.get("name") for tr in fig["data"]]
    for colour in marks:
        hue = _hue(colour)
        assert min(hue, 360 - hue) <= 15, f"the step is drawn {colour} (hue {hue:.0f}°), not red"
    arrows = [a for a in fig["layout"].get("annotations", []) if a.get("arrowcolor") in marks]
    assert arrows, "no arrow drawn in the step's colour"


def test_the_steepest_why_says_the_descent_direction_runs_along_y():
    """∇L = (−1.4, 4) points uphill; what runs along the steep y direction rather than to the
    bowl's centre is the descent direction −∇L = (1.4, −4) (the why said "it", ∇L)."""
    for lang in ("en", "zh"):
        why = CATALOG["geometry.step.steepest.why"][lang]
        assert "∇L = (−1.4, 4)" in why and "−∇L = (1.4, −4)" in why, why


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("view_name", ["plane", "3d"])
def test_a_step_shorter_than_the_smallest_radius_is_drawn_grey_not_red(lang, view_name):
    """sharp_flat at its start: no circle (the radius is below the smallest checked, 0.004)
    and the step, 0.00173, is shorter than that; the sentence says whether it lies within the
    radius was not measured, yet the arrow was drawn red ("outside", `step_colour` took the
    radius 0 as a radius the step leaves). Now grey, as the caption says; and red once the
    step is longer than 0.004 (ε = 1), as the sentence says it is beyond the radius."""
    assert "grey" in CATALOG["geometry.caption_plane"]["en"]
    assert "灰色" in CATALOG["geometry.caption_plane"]["zh"]
    for lr, key, want in (("", "below_smallest", "grey"), ("1", "beyond_smallest", "red")):
        query = {"landscape": "sharp_flat", "g_view": view_name} | ({"g_lr": lr} if lr else {})
        view = reader.View(open_page(PAGE, lang=lang, **query), PAGE, lang)
        assert len(view.said(f"geometry.step_{key}")) == 1
        drawn = step_colours(view)
        assert drawn and {_reads_as(c) for c in drawn} == {want}, (key, drawn)
        assert not reader.check_view(view)


def _surface_marks(view) -> dict[str, dict]:
    """The 3-D view's traces by name, and its z axis's range."""
    fig = view.chart("g_surface")
    return {str(tr.get("name")): tr for tr in fig["data"]}, fig["layout"]["scene"]["zaxis"]["range"]


CORNER_SURFACES = ("bowl", "himmelblau")


@pytest.mark.parametrize("surface", CORNER_SURFACES)
@pytest.mark.parametrize("corner", [(0, 0), (0, 1), (1, 0), (1, 1)])
def test_the_3d_view_draws_theta_and_its_step_at_their_true_heights(surface, corner):
    """The bowl x²/10 + y² at its corner θ = (8, 4): L = 22.4, the sentence's step 0.816 with
    ΔL −6.66 predicted and −6.01 actual are right, yet the 3-D view cut the surface at its 95th
    percentile, 17.32, and drew θ there ("L = 17.32"), the z axis 0.0056–18.02, the trust circle
    above it and the tangent plane NaN above 17.25: a drop 17.32 → 15.74, not 6.66. Now at every
    corner of θ's sliders θ is drawn at L(θ), the step's end at L(θ − ε∇L) and the predicted
    end at L(θ) − ε‖∇L‖², each inside the z axis's range, and so is the drawn circle."""
    ls = landscapes.get(surface)
    theta = [ls.domain[i][side] for i, side in enumerate(corner)]
    lang = "zh" if corner == (1, 1) else "en"
    query = dict(landscape=surface, gx=f"{theta[0]:g}", gy=f"{theta[1]:g}", g_view="3d")
    view = reader.View(open_page(PAGE, lang=lang, **query), PAGE, lang)
    traces, (low, high) = _surface_marks(view)
    slack = 1e-6 * (high - low)  # float32 as drawn against the range's float64 ends
    low, high = low - slack, high + slack
    point = traces[t("geometry.point", lang)]
    (z,) = decode(point["z"])
    loss = float(ls.loss(np.asarray(theta, np.float32)))
    assert z == pytest.approx(loss, rel=1e-5), (z, loss)
    assert low <= z <= high, (z, low, high)
    (step,) = [tr for name, tr in traces.items() if t("geometry.landing", lang) in name]
    sx, sy, sz = (np.asarray(decode(step[k]), float) for k in ("x", "y", "z"))
    lr = float(view.widget("g_lr").value)
    grad = np.asarray(jax.grad(ls.loss)(jnp.asarray(theta, jnp.float32)), float)
    land = np.asarray(theta) - lr * grad
    assert sx[-1] == pytest.approx(land[0], abs=1e-4) and sy[-1] == pytest.approx(land[1], abs=1e-4)
    assert sz[-1] == pytest.approx(float(ls.loss(jnp.asarray(land, jnp.float32))), rel=1e-4)
    assert sz[0] == pytest.approx(loss - lr * float(grad @ grad), rel=1e-4, abs=1e-4)
    (xlo, xhi), (ylo, yhi) = ls.domain
    if xlo <= land[0] <= xhi and ylo <= land[1] <= yhi:
        assert low <= sz.min() and sz.max() <= high, (sz, low, high)
    circle = traces.get(t("geometry.trust", lang))
    if circle is not None:
        cz = np.asarray(decode(circle["z"]), float)
        cx, cy = (np.asarray(decode(circle[k]), float) for k in ("x", "y"))
        drawn = np.isfinite(cz)
        assert drawn.any() and np.all((low <= cz[drawn]) & (cz[drawn] <= high)), (cz, low, high)
        assert np.all((cx[drawn] >= xlo - 1e-4) & (cx[drawn] <= xhi + 1e-4))
        assert np.all((cy[drawn] >= ylo - 1e-4) & (cy[drawn] <= yhi + 1e-4))
    assert not reader.check_view(view)


def _inside_the_plot(fig: dict) -> None:
    """Every arrow's two ends and every label's anchor in the contour's axis ranges, and a
    label near an edge turned to the plot's inside (its text does not run over that edge)."""
    from ui.figures import EDGE_SHARE

    layout = fig["layout"]
    (xlo, xhi), (ylo, yhi) = layout["xaxis"]["range"], layout["yaxis"]["range"]
    notes = layout.get("annotations", [])
    assert len(notes) == 4, notes  # ∇L and the step, each with its label
    for note in notes:
        points = [(note["x"], note["y"])]
        if note.get("showarrow"):
            points.append((note["ax"], note["ay"]))
        for x, y in points:
            assert xlo <= x <= xhi and ylo <= y <= yhi, (note, (xlo, xhi), (ylo, yhi))
        if note.get("showarrow"):
            continue
        x, y = note["x"], note["y"]
        if x - xlo < EDGE_SHARE * (xhi - xlo):
            assert note["xanchor"] == "left", note
        if xhi - x < EDGE_SHARE * (xhi - xlo):
            assert note["xanchor"] == "right", note
        if y - ylo < EDGE_SHARE * (yhi - ylo):
            assert note["yanchor"] == "bottom", note
        if yhi - y < EDGE_SHARE * (yhi - ylo):
            assert note["yanchor"] == "top", note


@pytest.mark.parametrize("surface", landscapes.names(dim=2))
def test_every_arrow_and_label_is_drawn_inside_the_contour(surface):
    """ε = 10 on the bowl at (−7, 2): the step to (7, −38) was drawn across the −5 tick label
    and the x axis's title to the figure's bottom edge (axes x ∈ [−8, 8], y ∈ [−4, 4]), and
    "∇L 方向" sat above the plot beside the tick 4. Now the step is cut at the plot's edge
    (its head open: it goes on) and each label turned inside; the sentence keeps the step's
    whole length. At both ends of ε's slider, on every surface."""
    for lr, lang in (("10", "zh"), ("1e-05", "en")):
        query = dict(landscape=surface, g_lr=lr, proj="1")
        view = reader.View(open_page(PAGE, lang=lang, **query), PAGE, lang)
        assert view.widget("landscape").value == surface
        assert view.widget("g_lr").value == float(lr)
        assert not view.at.exception
        fig = view.chart("g_contour")
        _inside_the_plot(fig)
        if surface == "bowl" and lr == "10":
            (step,) = [
                a
                for a in fig["layout"]["annotations"]
                if a.get("showarrow") and a["arrowcolor"] != "#000000"
            ]
            # cut where the line from (−7, 2) to (7, −38) meets y = −4: x = −7 + 14·6/40
            assert (step["x"], step["y"]) == (pytest.approx(-4.9, abs=1e-6), -4.0)
            assert step["arrowhead"] == 4  # open: the step goes on past the edge
            (said,) = view.said("geometry.step_outside_up")  # the whole step: 42.4 long
            assert said.number("length") == pytest.approx(math.hypot(14, 40), abs=0.05)


@pytest.mark.parametrize(("gx", "gy"), [("8", "-4"), ("-8", "4")])
def test_the_gradient_arrow_is_drawn_at_the_sliders_corners(gx, gy):
    """Fresh read: at θ = (8, −4) on the bowl ∇L = (1.6, −8) points out of the picture; the
    black arrow was cut to nothing (from (8, −4) to (8, −4)) and "∇L direction" floated alone.
    It is now drawn behind θ, its head at θ: at least half its usual length, along ∇L."""
    view = reader.View(open_page(PAGE, gx=gx, gy=gy), PAGE)
    fig = view.chart("g_contour")
    _inside_the_plot(fig)
    (black,) = [
        a
        for a in fig["layout"]["annotations"]
        if a.get("showarrow") and a["arrowcolor"] == "#000000"
    ]
    theta = np.array([float(gx), float(gy)])
    drawn = np.array([black["x"] - black["ax"], black["y"] - black["ay"]])
    grad = np.array([theta[0] / 5, 2 * theta[1]])  # x²/10 + y²
    assert np.hypot(*drawn) > 0.5, drawn  # not cut to nothing
    cos = drawn @ grad / (np.hypot(*drawn) * np.hypot(*grad))
    assert cos == pytest.approx(1, abs=1e-4)  # along ∇L
    assert (black["x"], black["y"]) == pytest.approx(tuple(theta), abs=1e-6)  # its head at θ


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_kink_is_said_and_its_gradient_directions_are_not(lang):
    """Fresh read: typed |x| + y² at θ = (0, 1) said "D_u L is largest, 2.24, at 63°… Along the
    contour (153.4° and 333.4°) it is 0; along −∇L it is smallest, -2.24", while the one-sided
    rate |u_x| + 2u_y is 1.79 at 153.4° and −1.34 at its lowest. The page now says L has a kink
    there and the gradient's directions do not describe it; away from the kink, at (0.5, 1),
    the directions are said as before."""
    query = dict(landscape="typed", f="abs(x) + y^2")
    view = reader.View(open_page(PAGE, lang, gx="0", gy="1", **query), PAGE, lang)
    assert not view.at.exception
    assert len(view.said("geometry.kink")) == 1
    assert not view.said("geometry.directions")
    # the rate along the contour direction 153.4° is not 0, as the directions sentence said
    from tests.ledgers.paths import surface

    loss = surface(view).loss
    u = np.array([math.cos(math.radians(153.4)), math.sin(math.radians(153.4))])
    h = 1e-3
    at = jnp.asarray([0.0, 1.0])
    rate = (float(loss(at + h * jnp.asarray(u))) - float(loss(at))) / h
    assert rate == pytest.approx(abs(u[0]) + 2 * u[1], abs=0.01) and rate > 1.5
    assert not reader.check_view(view)
    smooth = reader.View(open_page(PAGE, lang, gx="0.5", gy="1", **query), PAGE, lang)
    assert smooth.said("geometry.directions") and not smooth.said("geometry.kink")
    assert not reader.check_view(smooth)


def test_a_zero_error_prints_without_a_sign():
    """|x| + y² from (0.05, 0): the step lands on (−0.05, 0), the change is 0, and the page
    printed "actual ΔL = 0 (-0% of the predicted)"."""
    from pages.gradient_geometry.claims import _percent

    assert _percent(-0.0, 0.2) == "0%" and _percent(-1e-12, 0.2) == "0%"
    assert _percent(-0.05, 0.2) == "-5%"
