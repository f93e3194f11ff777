"""Second-order steps: the plotted runs against hand-worked Newton and AdaGrad steps, and
every sentence read back from the data its figure draws (note 001 【结论1】, note 003)."""

import math
import re

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import landscapes
import optimizers
from pages.second_order import claims
from tests.lessons import chart, lines, no_exceptions, open_page
from ui import readings, room_store
from ui.claims import NEAR

PAGE = "second-order"
NEWTON, SFN = "Newton g/h", "Saddle-free Newton"


# AdaGrad's stand-in for f″ at its last drawn step t (the chart's step axis, from 0)
STANDIN = (
    r"At t = (\d+), its last drawn step, AdaGrad divides by \(δ \+ √Σg²\)/ε = (\S+), where the "
    r"true f″ at its x = (\S+) is (\S+) \(the f″ line is drawn at Newton's x\)\."
)


def bullets(at) -> list[str]:
    return [line[2:] for m in at.markdown for line in m.value.splitlines() if line.startswith("- ")]


def sentence(at, pattern: str) -> re.Match:
    found = [re.search(pattern, s) for s in bullets(at)]
    found = [m for m in found if m]
    assert len(found) == 1, (pattern, bullets(at))
    return found[0]


def panel(fig: dict, axis: str = "x") -> dict:
    """The named lines of one panel ("x": the curve or loss per step, "x2": the other)."""
    return lines({"data": [tr for tr in fig["data"] if tr.get("xaxis", "x") == axis]})


def same(text: str, value: float) -> bool:
    """The sentence's number (3 significant digits) is the drawn value."""
    return text == f"{value:.3g}"


# ---- the page ------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("view", ["1d", "2d", "cost"])
def test_every_view_runs_in_both_languages(lang, view):
    at = open_page(PAGE, lang, so_view=view)
    no_exceptions(at)
    assert at.title[0].value == {"en": "Second-order steps", "zh": "二阶方法"}[lang]
    assert at.get("plotly_chart"), "the view's figure"
    assert len(bullets(at)) >= 2


# ---- 1-D: g/h and AdaGrad's stand-in -------------------------------------------------------
def f_prime(x):
    return 1.0 + math.cos(x)


def test_newton_on_x_plus_sin_climbs_to_the_flat_point_halving_the_distance():
    at = open_page(PAGE)  # the default view: x + sin x from 2.5
    no_exceptions(at)
    x, f = panel(chart(at, "so_1d"))[NEWTON]
    # by hand: x ← x − f′/f″ = x − (1 + cos x)/(−sin x)
    hand = [2.5]
    for _ in range(8):
        hand.append(hand[-1] + f_prime(hand[-1]) / math.sin(hand[-1]))
    np.testing.assert_allclose(x, hand, rtol=1e-4, atol=1e-4)
    # near π, 1 + cos x ≈ u²/2 and −sin x ≈ u: each step halves the distance to π
    gaps = math.pi - np.asarray(x[:4])
    np.testing.assert_allclose(gaps[1:] / gaps[:-1], 0.5, atol=0.06)
    assert np.all(np.diff(f[:6]) > 0), "every Newton step went uphill (until f is flat in float32)"
    first = sentence(
        at, r"Step 1: at x₀ = (\S+), g = (\S+) and h = f″\(x₀\) = (\S+), .* points uphill: f rises"
    )
    assert same(first[1], 2.5) and same(first[3], -math.sin(2.5))
    assert same(first[2], f_prime(2.5))


def test_newtons_start_is_a_wide_ring_around_adagrads():
    at = open_page(PAGE)
    no_exceptions(at)
    traces = [tr for tr in chart(at, "so_1d")["data"] if tr.get("xaxis", "x") == "x"]
    newton = next(tr for tr in traces if tr.get("name") == NEWTON)
    adagrad = next(tr for tr in traces if str(tr.get("name")).startswith("AdaGrad"))
    assert newton["marker"]["symbol"][0] == "circle-open"
    assert newton["marker"]["size"][0] > adagrad["marker"]["size"] + 8


@pytest.mark.parametrize("steps", [None, "1"])
def test_the_divisor_panel_keeps_its_title_off_the_curve_and_its_markers_whole(steps):
    """At 1024×768 with the projector (中文) the right panel's y title "h：f″(xₜ) 或 √Σg²/ε"
    spanned x = 374–399 px, 21 px into the curve panel (170–395): the gap between them was
    0.1 of the 500 px both panels share there, 50 px, for ~72 px of tick labels and title. And
    with the step axis starting at 0, the step-0 markers were cut in half at its edge."""
    at = open_page(PAGE, "zh", proj="1", **({"so_n1": steps} if steps else {}))
    no_exceptions(at)
    fig = chart(at, "so_1d")
    layout = fig["layout"]
    gap = layout["xaxis2"]["domain"][0] - layout["xaxis"]["domain"][1]
    assert gap * 500 >= 80, gap  # tick labels (~45 px), title (~25 px) and their standoffs
    # each panel still ≥ 200 px of those 500
    for axis in ("xaxis", "xaxis2"):
        lo, hi = layout[axis]["domain"]
        assert (hi - lo) * 500 >= 200, (axis, lo, hi)
    # every drawn marker of the right panel, radius and all, inside its step range
    low, high = layout["xaxis2"]["range"]
    radius = max(tr["marker"]["size"] for tr in fig["data"] if tr.get("xaxis") == "x2") / 2
    margin = radius / 200 * (high - low)  # in steps, on a panel of 200 px
    xs = np.concatenate([np.asarray(x) for x, _y in panel(fig, "x2").values()])
    assert xs.size and low <= xs.min() - margin and xs.max() + margin <= high, (low, high)


def test_adagrad_is_hand_worked_and_its_stand_in_is_drawn():
    at = open_page(PAGE, so_lr="0.5")
    no_exceptions(at)
    fig = chart(at, "so_1d")
    x, _ = panel(fig)["AdaGrad (ε = 0.5)"]
    hand, r, standin = [2.5], 0.0, []
    for _ in range(8):
        g = f_prime(hand[-1])
        r += g * g
        standin.append((1e-7 + math.sqrt(r)) / 0.5)
        hand.append(hand[-1] - 0.5 * g / (1e-7 + math.sqrt(r)))
    np.testing.assert_allclose(x, hand, rtol=1e-4, atol=1e-5)
    drawn = panel(fig, "x2")["AdaGrad (ε = 0.5)"][1]
    np.testing.assert_allclose(drawn, standin, rtol=1e-4)
    m = sentence(at, STANDIN)
    # t as the chart's step axis numbers it (0 …): the 8th update is drawn at t = 7
    assert int(m[1]) == len(drawn) - 1 and same(m[2], drawn[-1])
    assert same(m[3], hand[len(drawn) - 1])
    assert same(m[4], -math.sin(hand[len(drawn) - 1]))


def test_newton_lands_on_the_parabolas_minimum_in_one_step():
    at = open_page(PAGE, so_curve="parabola", so_x0="2.5")
    no_exceptions(at)
    x, _ = panel(chart(at, "so_1d"))[NEWTON]
    assert x[0] == pytest.approx(2.5) and np.all(np.abs(x[1:]) < 1e-6)
    m = sentence(at, r"^Newton g/h: exactly on x = (\S+) from step (\d+) on \(distance 0\)")
    assert float(m[1]) == 0.0 and int(m[2]) == 1
    assert np.all(x[1:] == 0.0)  # "exactly": distance 0 in the drawn path


def test_where_h_is_zero_newton_does_not_move_and_says_so():
    at = open_page(PAGE, so_x0="0")  # x + sin x at 0: f″ = −sin 0 = 0
    no_exceptions(at)
    x, _ = panel(chart(at, "so_1d"))[NEWTON]
    assert np.all(x == 0.0)
    m = sentence(at, r"h = f″\(x₀\) = (\S+): g/h is undefined")
    assert float(m[1]) == 0.0


def check_1d_sentences(at, curve_name: str) -> None:
    """Every 1-D sentence against the drawn paths."""
    curve = landscapes.get(curve_name)
    ((lo, hi),) = curve.domain
    radius = NEAR * (hi - lo)
    fig = chart(at, "so_1d")
    drawn, divisors = panel(fig), panel(fig, "x2")
    second = jax.grad(jax.grad(lambda x: curve.loss(jnp.reshape(x, (1,)))))
    standins = 0
    for s in bullets(at):
        m = re.match(STANDIN, s)
        if m:
            name = next(n for n in divisors if n.startswith("AdaGrad"))
            h = divisors[name][1]
            x = drawn[name][0]
            assert int(m[1]) == len(h) - 1 and same(m[2], h[-1])
            assert same(m[3], x[len(h) - 1])
            assert float(m[4]) == pytest.approx(
                float(second(jnp.float32(x[len(h) - 1]))), rel=6e-3, abs=1e-3
            )
            standins += 1
            continue
        if s.startswith("Step 1:"):
            x, f = drawn[NEWTON]
            m = re.search(r"moves? by (\S+)|step −g/h = (\S+)", s)
            step = float((m[1] or m[2]).rstrip(","))
            assert step == pytest.approx(x[1] - x[0], rel=2e-3, abs=1e-6)
            # "points uphill/downhill": the step's sign against the slope g at x₀ (read
            # off the sentence, checked by hand below); "rises/lands higher" or "falls/lands
            # lower": the drawn f
            g0 = float(re.search(r"g = (\S+?),? and", s)[1])
            assert g0 == pytest.approx(
                float(jax.grad(lambda v: curve.loss(jnp.reshape(v, (1,))))(jnp.float32(x[0]))),
                rel=6e-3,
                abs=1e-3,
            )
            if "points uphill" in s:
                assert g0 * (x[1] - x[0]) > 0
            elif "points downhill" in s:
                assert g0 * (x[1] - x[0]) < 0
            else:
                assert x[1] == x[0]
            if "f rises" in s or "lands higher" in s:
                assert f[1] > f[0]
            if "f falls" in s or "lands lower" in s:
                assert f[1] < f[0]
            continue
        m = re.match(r"(.+?): within (\S+) of x = (\S+) from step (\d+) on, .*last x = (\S+),", s)
        if m:
            x = drawn[m[1]][0]
            marked = [c[0] for c in (*curve.minima, *curve.saddles, *curve.maxima)]
            point = min(marked, key=lambda c: abs(c - float(m[3])))
            tol = float(m[2])
            # the tightest closeness that holds is stated: 0.001, else 1 % of the axis
            assert same(m[3], point) and (tol == 0.001 or tol == pytest.approx(radius))
            assert float(m[5]) == pytest.approx(x[-1], abs=1e-4)
            k = int(m[4])
            assert all(readings.close_to([v], [point], tol) for v in x[k:])
            assert k == 0 or not readings.close_to([x[k - 1]], [point], tol)
            assert np.any(x[k:] != point), "not exactly on it: that sentence says so"
            if tol != 0.001:
                assert not readings.close_to([x[-1]], [point], 0.001)
            continue
        m = re.match(
            r"(.+?): exactly on x = (\S+) from step (\d+) on \(distance 0\), .*last x = (\S+),", s
        )
        if m:
            x = drawn[m[1]][0]
            marked = [c[0] for c in (*curve.minima, *curve.saddles, *curve.maxima)]
            point = min(marked, key=lambda c: abs(c - float(m[2])))
            assert same(m[2], point) and float(m[4]) == pytest.approx(x[-1], abs=1e-4)
            k = int(m[3])
            assert np.all(x[k:] == point) and (k == 0 or x[k - 1] != point)
            continue
        m = re.match(r"(.+?): after (\d+) steps at x = (\S+), f = (\S+), on no critical", s)
        if m:
            x, f = drawn[m[1]]
            assert int(m[2]) == len(x) - 1 and same(m[3], x[-1]) and same(m[4], f[-1])
            marked = [c[0] for c in (*curve.minima, *curve.saddles, *curve.maxima)]
            assert all(abs(x[-1] - c) > radius for c in marked)
    assert standins == 1, "AdaGrad's stand-in for f″ is said whatever its fate"


@pytest.mark.parametrize(
    ("curve", "x0", "lr"),
    [
        ("x_plus_sin", "2.5", "1"),
        ("x_plus_sin", "-2", "0.1"),
        ("parabola", "-1.5", "2"),
        ("sin_minus_square", "1", "1"),  # f″ < 0 near the maximum: Newton climbs onto it
        ("sin_minus_square", "4", "0.5"),
        ("sin_minus_square", "3", "1"),  # points uphill (h < 0), jumps the hill, lands lower
    ],
)
def test_1d_sentences_read_back_from_the_drawn_paths(curve, x0, lr):
    at = open_page(PAGE, so_curve=curve, so_x0=x0, so_lr=lr)
    no_exceptions(at)
    check_1d_sentences(at, curve)


def test_newton_climbs_onto_the_maximum_of_25_sin_x_minus_x_squared():
    at = open_page(PAGE, so_curve="sin_minus_square", so_x0="1")
    no_exceptions(at)
    m = sentence(at, r"^Newton g/h: within \S+ of x = (\S+) from step (\d+) on, a maximum")
    assert same(m[1], 1.4541965749766173)


# ---- 2-D: Newton onto the saddle, saddle-free Newton and noise away from it ----------------
def paths_2d(at) -> dict:
    return lines(chart(at, "so_contour"), "lines+markers")


def test_newton_from_0_3_0_2_jumps_onto_the_two_neuron_saddle():
    at = open_page(PAGE, so_view="2d")
    no_exceptions(at)
    drawn = paths_2d(at)
    nx, ny = drawn["Newton (λ = 0)"]
    assert (nx[0], ny[0]) == pytest.approx((0.3, 0.2))
    # by hand, the first step: g = −2(1 − w₁w₂)(w₂, w₁), H = [[2w₂², 4w₁w₂ − 2], [·, 2w₁²]]
    w1, w2 = 0.3, 0.2
    g = -2 * (1 - w1 * w2) * np.array([w2, w1])
    h = np.array([[2 * w2**2, 4 * w1 * w2 - 2], [4 * w1 * w2 - 2, 2 * w1**2]])
    first = np.array([w1, w2]) - np.linalg.solve(h, g)
    assert (nx[1], ny[1]) == pytest.approx(tuple(first), abs=1e-4)
    assert np.hypot(nx[-1], ny[-1]) < 1e-4  # on the saddle, and stays
    m = sentence(
        at,
        r"^Newton \(λ = 0\): within 0.04 of the saddle point \(0, 0\) from step (\d+) on, loss (\S+)",
    )
    assert float(m[2]) == pytest.approx(1.0)
    sx, sy = drawn["Saddle-free Newton (λ = 0.5)"]
    assert sx[-1] * sy[-1] == pytest.approx(1.0, abs=0.02)  # on the valley of minima
    # gradient descent ends on the valley, not on the point (1, 1): said where, with its numbers
    gx, gy = drawn["Gradient descent (ε = 0.1)"]
    m = sentence(at, r"^Gradient descent \(ε = 0\.1\): within \S+ of the valley of minima w₁w₂ = 1 .*"
                 r"ending at \((\S+), (\S+)\)")  # fmt: skip
    assert (float(m[1]), float(m[2])) == pytest.approx((gx[-1], gy[-1]), abs=5e-4)
    assert gx[-1] * gy[-1] == pytest.approx(1.0, abs=1e-3) and (gx[-1], gy[-1]) != (1.0, 1.0)
    assert not any("the minimum (1, 1)" in b for b in bullets(at))


def test_each_2d_path_is_distinguishable_and_the_markers_are_explained():
    at = open_page(PAGE, so_view="2d")
    no_exceptions(at)
    fig = chart(at, "so_contour")
    paths = [tr for tr in fig["data"] if tr.get("mode") == "lines+markers"]
    styles = {(tr["marker"]["symbol"], tr["line"]["dash"]) for tr in paths}
    assert len(paths) == 4 and len(styles) == 4
    order = [tr["name"] for tr in paths]
    # the thin dashed saddle-free Newton is drawn over gradient descent's path, which it follows
    assert order.index("Saddle-free Newton (λ = 0.5)") > order.index("Gradient descent (ε = 0.1)")
    sfn = paths[order.index("Saddle-free Newton (λ = 0.5)")]
    gd = paths[order.index("Gradient descent (ε = 0.1)")]
    assert sfn["line"]["width"] < gd["line"]["width"] and sfn["line"]["dash"] != "solid"
    caption = " ".join(c.value for c in at.caption)
    for mark in ("○ start", "★ minimum", "× saddle", "dashed line: valley of minima"):
        assert mark in caption
    assert "Start (0.3, 0.2), within 0.5 of the saddle (0, 0)" in caption
    loss = lines(chart(at, "so_loss"))
    assert loss["Newton (λ = 0)"][1][-1] == pytest.approx(1.0, abs=1e-5)


def check_2d_sentences(at, surface: str) -> None:
    ls = landscapes.get(surface)
    (xlo, xhi), (ylo, yhi) = ls.domain
    width = max(xhi - xlo, yhi - ylo)
    drawn = paths_2d(at)
    losses = lines(chart(at, "so_loss"))
    checked = 0
    for s in bullets(at):
        m = re.match(
            r"(.+?): within (\S+) of the (minimum|saddle point) \((\S+), (\S+)\) from step (\d+) on",
            s,
        )
        if m:
            x, y = drawn[m[1]]
            points = np.column_stack([x, y])
            assert float(m[2]) == pytest.approx(NEAR * width)  # the tolerance is said
            target = (float(m[4]), float(m[5]))
            assert target in [tuple(p) for p in (*ls.minima, *ls.saddles)]
            k = int(m[6])
            assert all(readings.close_to(p, target, NEAR * width) for p in points[k:])
            assert k == 0 or not readings.close_to(points[k - 1], target, NEAR * width)
            checked += 1
            continue
        m = re.match(
            r"(.+?): within (\S+) of the valley of minima w₁w₂ = 1 from step (\d+) on, "
            r"ending at \((\S+), (\S+)\), "
            r"loss (\S+|≈ 0 \(at float32 precision: below (\S+)\))\.",
            s,
        )
        if m:  # every drawn point from step k on is near the dashed valley, and it ends where said
            x, y = drawn[m[1]]
            ending = losses[m[1]][1][-1]
            if m[7] is not None:  # "≈ 0": the drawn loss is at or below the float32 floor said
                assert abs(ending) <= float(m[7]), (s, ending)
            else:
                assert same(m[6], ending), (s, ending)
            points = np.column_stack([x, y])
            assert float(m[2]) == pytest.approx(NEAR * width)
            near = claims.to_curves(points, ls.minimum_curves) <= float(m[2])
            k = int(m[3])
            assert near[k:].all() and (k == 0 or not near[k - 1])
            assert (float(m[4]), float(m[5])) == pytest.approx((x[-1], y[-1]), abs=5e-4)
            assert float(m[4]) * float(m[5]) == pytest.approx(1.0, abs=float(m[2]) * 2)
            checked += 1
            continue
        m = re.match(
            r"(.+?): (?:left the plotted area|went out of the (?:picture|plotted area)) at step (\d+)",
            s,
        )
        if m:
            x, y = drawn[m[1]]
            k = int(m[2])
            # drawn up to the last finite point: step k is outside, or the run stops before it
            inside = readings.left_box(np.column_stack([x, y]), ls.domain)
            assert inside == k or (inside is None and len(x) <= k + 1)
            checked += 1
            continue
        m = re.match(r"(.+?): after (\d+) steps? at \((\S+), (\S+)\), loss (\S+)\.", s)
        if m:
            x, y = drawn[m[1]]
            assert int(m[2]) == len(x) - 1 and same(m[3], x[-1]) and same(m[4], y[-1])
            checked += 1
            continue
        m = re.match(r"Away from the saddle \(farther than (\S+)\): (.+)\.$", s)
        if m:
            radius = float(m[1])
            saddle = ls.saddles[0]
            for part in m[2].split("; "):
                name, _, rest = part.rpartition(" by step ")
                x, y = drawn[name] if name else drawn[part.rsplit(" not within ", 1)[0]]
                away = [not readings.close_to(p, saddle, radius) for p in np.column_stack([x, y])]
                if name:
                    assert away.index(True) == int(rest)
                else:
                    assert not any(away)
            checked += 1
    assert checked >= 4, bullets(at)


@pytest.mark.parametrize(
    ("surface", "query"),
    [
        ("two_neuron", {}),
        ("two_neuron", {"so_damping": "0.5", "so_sigma": "0.3"}),
        ("two_neuron", {"so_x": "0.5", "so_y": "-0.5", "so_sfn_damping": "0"}),  # stable line
        ("saddle", {}),
        ("saddle", {"so_x": "0.5", "so_y": "0.3"}),
        ("saddle", {"so_x": "-1", "so_y": "0.01", "so_sigma": "0"}),
        ("bowl", {"so_x": "-7", "so_y": "2"}),
    ],
)
def test_2d_sentences_read_back_from_the_drawn_paths(surface, query):
    at = open_page(PAGE, so_view="2d", so_surface=surface, **query)
    no_exceptions(at)
    check_2d_sentences(at, surface)


def test_on_the_saddle_saddle_free_newton_leaves_first_and_newton_never():
    at = open_page(PAGE, so_view="2d", so_surface="saddle")  # from (0.3, 0.1)
    no_exceptions(at)
    # no bottom: leaving is the lesson, said in the sentence, not a red "diverged" alert
    assert not at.error
    sfn = sentence(
        at,
        r"^Saddle-free Newton \(λ = 0\.5\): went out of the picture at step (\d+), "
        r"still going downhill: the surface has no bottom\.",
    )
    sx, sy = paths_2d(at)["Saddle-free Newton (λ = 0.5)"]
    k = int(sfn[1])
    assert readings.left_box(np.column_stack([sx, sy]), landscapes.get("saddle").domain) == k
    caption = " ".join(c.value for c in at.caption)
    assert "Start (0.3, 0.1), within 0.5 of the saddle (0, 0)" in caption
    assert (sx[0], sy[0]) == pytest.approx((0.3, 0.1))
    m = sentence(at, r"^Away from the saddle \(farther than 0\.5\): (.+)\.$")
    steps = dict(
        re.findall(r"(Gradient descent \(ε = [\d.]+\)|Saddle-free Newton) .*?by step (\d+)", m[1])
    )
    assert int(steps["Saddle-free Newton"]) < int(steps["Gradient descent (ε = 0.05)"])
    assert "Newton (λ = 0) not within 60 steps" in m[1]
    nx, ny = paths_2d(at)["Newton (λ = 0)"]
    assert np.all(np.hypot(nx[1:], ny[1:]) < 1e-6)  # x² − y²: one Newton step onto the saddle


def test_on_the_bowl_newton_takes_one_step_and_gradient_descent_about_kappa():
    at = open_page(PAGE, so_view="2d", so_surface="bowl", so_x="-7", so_y="2")
    no_exceptions(at)
    m = sentence(
        at,
        r"κ = \$\\mu_\{\\max\}\$/\$\\mu_\{\\min\}\$ = (\S+) \(μ: the eigenvalues of H\)\. .* Newton needs (\d+) step, "
        r"gradient descent with its best fixed step ε = (\S+) needs (\d+) steps",
    )
    assert float(m[1]) == pytest.approx(10.0) and float(m[3]) == pytest.approx(2 / 2.2, abs=1e-4)
    loss = lines(chart(at, "so_loss"))
    newton, gd = loss["Newton (λ = 0)"][1], loss[f"Gradient descent (ε = {m[3]})"][1]
    assert int(m[2]) == 1 and newton[1] <= 1e-6
    k = int(m[4])
    assert np.all(gd[k:] <= 1e-6) and gd[k - 1] > 1e-6
    # by hand: x ← (1 − ε/5)x, y ← (1 − 2ε)y from (−7, 2), ε = 2/2.2
    eps = 2 / 2.2
    steps = np.arange(len(gd))
    hand = (-7 * (1 - eps / 5) ** steps) ** 2 / 10 + (2 * (1 - 2 * eps) ** steps) ** 2
    assert int(np.argmax(hand <= 1e-6)) == k
    assert 10 <= k <= 60  # about κ = 10 times a few: the log of the loss to remove
    # whatever κ: Newton one step, gradient descent ever more, and the table's κ = 10 is the
    # count the engine's run just drew
    table = at.table[0].value
    rows = {row["κ"]: row for _, row in table.iterrows()}
    assert list(rows) == ["1", "10", "100", "1000"]
    assert all(row["Newton"] == "1" for row in rows.values())
    assert rows["10"]["gradient descent (best fixed ε)"] == str(k)
    gd_steps = [int(row["gradient descent (best fixed ε)"]) for row in rows.values()]
    assert gd_steps == sorted(gd_steps) and gd_steps[-1] > 300 * gd_steps[0]


def test_the_kappa_table_matches_the_engine_on_a_typed_quadratic():
    at = open_page(PAGE, so_view="2d", so_surface="bowl", so_x="-7", so_y="2")
    no_exceptions(at)
    rows = {row["κ"]: row for _, row in at.table[0].value.iterrows()}
    quad = landscapes.from_expression("x^2/100 + y^2", 2, 8.0)
    eps = 2 / (0.02 + 2)
    gd = optimizers.run("sgd", quad.loss, (-7.0, 2.0), 500, lr=eps)
    newton = optimizers.run("newton", quad.loss, (-7.0, 2.0), 2, lr=1.0, damping=0.0)
    steps = int(np.argmax(gd.losses <= 1e-6))
    # float32 against the exact count: the same step, or one off where the loss crosses 10⁻⁶
    assert abs(int(rows["100"]["gradient descent (best fixed ε)"]) - steps) <= 1
    assert newton.losses[1] <= 1e-6 and rows["100"]["Newton"] == "1"


def test_the_prediction_question_opens_a_room_on_newton_from_0_3_0_2():
    at = open_page(PAGE, so_view="2d", ask="where", about="newton")
    no_exceptions(at)
    code = at.query_params["code"]
    room = room_store.ROOMS.get(code[0] if isinstance(code, list) else code)
    assert room is not None
    assert room.setup.landscape == "two_neuron" and room.setup.start == (0.3, 0.2)
    assert room.setup.optimizers[-1] == "newton"
    assert any("Newton" in m.value for m in at.markdown)


# ---- the cost ------------------------------------------------------------------------------
def test_the_cost_table_and_the_measured_race():
    at = open_page(PAGE, so_view="cost")
    no_exceptions(at)
    table = at.table[0].value
    rows = {row.iloc[0]: row for _, row in table.iterrows()}
    assert rows["digits MLP"]["d"] == "1 754"  # (64+1)·16 + (16+1)·16·2 + (16+1)·10
    assert rows["digits MLP"]["Hessian (d² floats)"] == "12.3 MB"  # 4 · 1754² bytes
    assert rows["a 10⁹-parameter model"]["Hessian (d² floats)"] == "4 EB"
    assert rows["a 10⁶-parameter model"]["gradient (d floats)"] == "4 MB"
    assert rows["edge-of-stability network"]["d"] == "881"
    assert rows["network-landscape MLP"]["d"] == "1 425"
    fig = chart(at, "so_race")
    step_lines, time_lines = panel(fig, "x"), panel(fig, "x2")
    for s in bullets(at):
        m = re.match(r"(.+?): (\d+) steps in (\S+) s \((\S+) ms a step\), loss down to (\S+)\.", s)
        if m:
            steps, loss = step_lines[m[1]]
            seconds, _ = time_lines[m[1]]
            assert int(m[2]) == steps[-1] == len(loss) - 1
            assert same(m[3], seconds[-1]) and same(m[5], loss[-1])
    m = sentence(at, r"After the same (\S+) s: L-BFGS at loss (\S+), Adam at (\S+); (.+) is lower")
    # the same time is the shorter run's end; each line read at it (its last point not after)
    at_time = min(seconds[-1] for seconds, _ in time_lines.values())
    assert same(m[1], at_time)
    read = {
        name.split(" ")[0]: loss[np.searchsorted(seconds, at_time, "right") - 1]
        for name, (seconds, loss) in time_lines.items()
    }
    assert same(m[2], read["L-BFGS"]) and same(m[3], read["Adam"])
    assert m[4].startswith("L-BFGS" if read["L-BFGS"] < read["Adam"] else "Adam")
    assert "Adam (learning rate ε = 0.01)" in time_lines
    caption = " ".join(c.value for c in at.caption)
    assert "L-BFGS is a quasi-Newton method" in caption
    assert "the digits MLP (64 → 16 → 16 → 16 → 10, d = 1 754 parameters)" in caption


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_1d_note_writes_the_newton_step_with_one_sign(lang):
    """A fresh read: "the best step is f′/f″" then "the same step −f′/f″"; the step that
    lands on the quadratic's bottom is −f′/f″ both times."""
    from ui.i18n import CATALOG

    text = CATALOG["so.1d.note"][lang]
    signs = re.findall(r"(−\s*)?f′/f″", text)
    assert len(signs) == 2 and all(signs), text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_race_panels_hold_their_drawn_curves(lang):
    """Each race panel's log y range holds every drawn loss (L-BFGS and Adam start at 2.41:
    autoranged, the curves ran past the top, across its tick "1"), and its x
    range starts before the first drawn point, so the first drop is not drawn on the axis."""
    at = open_page(PAGE, lang, so_view="cost")
    no_exceptions(at)
    fig = chart(at, "so_race")
    for axis in ("", "2"):
        drawn = panel(fig, f"x{axis}").values()
        top = max(float(np.max(y)) for _, y in drawn)
        low = min(float(np.min(y[y > 0])) for _, y in drawn)
        assert top > 1.5  # both start above the tick "1" (at 2.41)
        lo, hi = fig["layout"][f"yaxis{axis}"]["range"]
        assert lo < math.log10(low) and hi > math.log10(top) + 0.1, (axis, lo, hi, low, top)
        x0 = min(float(x[0]) for x, _ in drawn)
        assert fig["layout"][f"xaxis{axis}"]["range"][0] < x0, axis
