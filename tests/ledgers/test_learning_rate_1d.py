"""The 1-D learning-rate lesson's ledger checks: each fate's numbers, read back from the words,
against the iterates the "xₖ per step" chart draws (trace "ε = …") and the curve f the panels
draw (its first trace spans the axis). Issue 31, case 6: "stopped" is `readings.stopped` on
the drawn path, never "near"."""

from __future__ import annotations

import math
import re

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import landscapes
import landscapes.grid
from tests import ledger as reader
from tests.ledgers.paths import close
from tests.lessons import open_page
from ui import readings

PAGE = "learning-rate-1d"
NEAR = 0.01  # "close to": within 1 % of the axis


# ---- what is drawn ---------------------------------------------------------------------------
def iterates(view, label: str) -> np.ndarray:
    """The drawn x₀, x₁, … of the run labelled `label` ("ε = 0.9")."""
    traces = reader.traces(view.chart("iterates"))
    label = label.strip().removeprefix("- ")  # an item of a list under the panels
    # "ε = 10 as drawn": the run's drawn path after a rounding caveat (lr1d.fate.as_drawn)
    label = label.removesuffix(" as drawn").removesuffix(" 画出的路径")
    if label not in traces:
        raise AssertionError(f"no drawn iterates for {label!r} among {list(traces)}")
    return reader.xy(traces[label])[1]


def curve(view) -> tuple[np.ndarray, np.ndarray]:
    """The drawn curve f over the axis (the first panel's "f")."""
    for trace in view.chart("curves")["data"]:
        if trace.get("name") == "f":
            return reader.xy(reader.traces({"data": [trace]})["f"])
    raise AssertionError("no curve drawn")


def axis(view) -> tuple[float, float]:
    xs, _ = curve(view)
    return float(xs[0]), float(xs[-1])


def the_curve(view):
    """The curve the view runs on: its menu's value, or the typed formula's."""
    name = view.widget("fn").value
    if name == "typed":
        return landscapes.from_expression(view.widget("fx").value, dim=1)
    return landscapes.get(name)


def derivatives(view, x: float) -> tuple[float, float, float]:
    """f′(x) and f″(x) of the drawn curve (a quartic through the 9 drawn points nearest x), and
    the largest |f′| drawn: the scale of the drawing's resolution, and of "0". Off the drawn
    axis (a sentence that says the run left it), the curve's formula at the drawn spacing."""
    xs, fs = curve(view)
    # a typed curve is blank (not finite) where it is not defined, as log x left of 0
    scale = float(np.nanmax(np.abs(np.gradient(fs, xs))))
    xs, fs = xs[np.isfinite(fs)], fs[np.isfinite(fs)]
    if not xs[0] <= x <= xs[-1]:
        # in float64: in float32 f near x = −304.7 is good to 3·10⁻⁵, and a quartic through
        # it at the drawn spacing (0.027) gave f″ = 0.015 where it is 0.0024
        d = float(xs[1] - xs[0])
        xs = np.linspace(x - 4 * d, x + 4 * d, 9)
        loss = the_curve(view).loss
        with jax.enable_x64(True):
            fs = np.asarray(jax.vmap(lambda v: loss(jnp.asarray([v])))(jnp.asarray(xs)))
    near = np.argsort(np.abs(xs - x))[:9]
    coef = np.polyfit(xs[near] - x, fs[near], 4)
    return float(coef[-2]), float(2 * coef[-3]), scale


def same(printed: str, value: float, digits: int) -> bool:
    """The printed number is `value` to `digits` significant digits ("1.8×10²" or "180")."""
    # "1.9×10⁻⁶" reads as 1.9 · 10⁻⁶, a hair off the float 1.9e-06
    want = float(f"{value:.{digits}g}")
    return math.isclose(reader.number(printed), want, rel_tol=1e-9) and "e" not in printed


def shown(printed: str, value: float) -> bool:
    """A printed coordinate is the drawn `value` rounded to 3 significant digits, or to the
    more decimals printed (where a sentence compares it with another: `ui.claims.compared`)."""
    if "×10" in printed or value == 0 or not math.isfinite(value):
        return same(printed, value, 3)
    decimals = len(printed.strip().partition(".")[2])
    own = max(0, 2 - math.floor(math.log10(abs(value))))  # 3 significant digits
    return abs(reader.number(printed) - round(value, max(decimals, own))) <= 1e-9 * (1 + abs(value))


def _unit(printed: str, value: float) -> float:
    """A unit of a printed number's last place, its dropped trailing zeros counted ("2.5"
    printed for 2.50, to 3 significant digits as `shown` checks, is good to 0.01)."""
    if printed.strip() == "0":
        return 0.0  # a marked point at 0, printed exactly
    unit = 2 * resolution(printed)
    if value and "×10" not in printed:
        unit = min(unit, 10.0 ** (math.floor(math.log10(abs(value))) - 2))
    return unit


def ends_read(said, key_a: str, key_b: str, a: float, b: float | None = None, dist=None) -> None:
    """The shared rule of compared numbers (`ui.claims.compared`): two values of a sentence
    that differ (drawn `a` and `b`, or `a` and the printed `key_b` at the printed distance
    `dist`) print differently, to a last place at most their difference, so the printed
    ends' difference reads as the difference (at most twice it) (a printed distance with them included) — unless
    the difference is below 6 significant digits (the drawn iterates' float32), where they
    print alike; "stops at x = -22, 0.022 from x = -21.99" read as beyond it."""
    pa, pb = said.number(key_a), said.number(key_b)
    unit = max(_unit(said[key_a], pa), _unit(said[key_b], pb))  # a unit of the last place
    gap = abs(a - b) if b is not None else said.number(dist)
    floor = 10.0 ** (math.floor(math.log10(max(abs(a), abs(pb), 1e-30))) - 5)  # 6 significant
    if gap <= 2 * floor:
        return
    slack = resolution(said[dist]) if dist is not None else 0.0
    assert unit <= (gap + slack) * (1 + 2e-3), (said[key_a], said[key_b], gap)
    assert pa != pb, (said[key_a], said[key_b], gap)
    if b is not None:
        assert np.sign(pa - pb) == np.sign(a - b), (said[key_a], said[key_b], a, b)
    else:
        assert np.sign(pa - pb) == np.sign(a - pb) or abs(a - pb) < resolution(said[key_b])
    if dist is not None:  # the printed distance agrees with the printed ends
        assert abs(abs(pa - pb) - said.number(dist)) <= unit + slack, (said[key_a], said[dist])


def agrees(printed: float, value: float, scale: float) -> bool:
    """A printed derivative (2 significant digits) against the drawn curve's."""
    return abs(printed - value) <= 0.06 * abs(value) + 2e-3 * scale


def check_kind(view, c: float, kind: str) -> None:
    """The drawn curve has that kind of point at c."""
    g, h, scale = derivatives(view, c)
    assert abs(g) <= 1e-2 * scale, f"the drawn slope at x = {c} is {g:.3g}, not 0"
    if "flat" in kind or "平坦" in kind:
        assert abs(h) <= 2e-2 * scale, f"f″ = {h:.3g} at x = {c}, not flat"
    elif "minimum" in kind or "极小" in kind:
        assert h > 0 or _around(view, c) > 0, f"f″ = {h:.3g} at x = {c}: not a minimum"
    elif "maximum" in kind or "极大" in kind:
        assert h < 0 or _around(view, c) < 0, f"f″ = {h:.3g} at x = {c}: not a maximum"


def _around(view, c: float) -> float:
    """Where f″ = 0 (x⁴ at 0): +1 when the drawn curve is higher on both sides of c (1 % of
    the axis away), −1 when lower on both, 0 otherwise."""
    xs, fs = curve(view)
    r = 0.01 * float(xs[-1] - xs[0])
    left, mid, right = np.interp([c - r, c, c + r], xs, fs)
    return 1.0 if min(left, right) > mid else (-1.0 if max(left, right) < mid else 0.0)


def tolerance(view) -> float:
    lo, hi = axis(view)
    return readings.stop_tolerance(((lo, hi),))


def _stopped_reading(view, said, x: np.ndarray) -> None:
    assert int(said.number("window")) == readings.STOP_WINDOW
    tol = tolerance(view)
    assert same(said["tol"], tol, 2), (said["tol"], tol)
    assert readings.stopped(x, readings.STOP_WINDOW, tol), (
        f"the last drawn steps {np.abs(np.diff(x[-6:]))} are not all shorter than {tol:.2g}"
    )
    assert shown(said["x"], float(x[-1])), (said["x"], x[-1])
    if "last" in said.fields:  # the last drawn step's length, under the tolerance
        assert same(said["last"], abs(float(x[-1] - x[-2])), 2), (said["last"], x[-2:])
    lo, hi = axis(view)
    left = readings.left_box(x, ((lo, hi),))
    rest = said.text[said.end :].split("\n", 1)[0]
    off = reader.said([rest], "lr1d.fate.off_axis", view.lang)
    assert (left is None) == (not off), "off the drawn axis, unsaid (or said, on it)"


def _not_stopped(view, x: np.ndarray) -> None:
    assert not readings.stopped(x, readings.STOP_WINDOW, tolerance(view)), "it stopped"


# ---- the checks --------------------------------------------------------------------------------
def check_moving(view, said):
    x = iterates(view, said["lr"])
    assert int(said.number("steps")) == len(x) - 1
    assert shown(said["x0"], float(x[0])) and shown(said["x"], float(x[-1])), (said["x0"], x)
    ends_read(said, "x0", "x", float(x[0]), float(x[-1]))
    _not_stopped(view, x)
    assert same(said["last"], abs(float(x[-1] - x[-2])), 2), (said["last"], x[-2:])
    lo, hi = axis(view)
    left = readings.left_box(x, ((lo, hi),))
    rest = said.text[said.end :].split("\n", 1)[0]
    off = reader.said([rest], "lr1d.fate.off_axis", view.lang)
    assert (left is None) == (not off), "off the drawn axis, unsaid (or said, on it)"
    if left is not None:
        return  # f′ there is the formula's: the panels draw no curve out there
    g, _, scale = derivatives(view, float(x[-1]))
    assert agrees(said.number("g"), g, scale), (said["g"], g)


def _opening(view, said, keys) -> reader.Said:
    """The sentence on the same line that names the run `said` continues ("It …")."""
    line_start = said.text.rfind("\n", 0, said.start) + 1
    line = said.text[line_start : said.end]
    for key in keys:
        found = [
            s
            for s in reader.said([line], key, view.lang)
            if s.start < said.start - line_start or s.start == 0
        ]
        if found:
            return found[-1]
    raise AssertionError(f"no run named before “{said.text[said.start : said.end]}”")


def resolution(printed: str) -> float:
    """Half a unit of a printed number's last digit: "-3.14" → 0.005, "1.2×10⁻⁷" → 5e-09."""
    s = printed.strip().replace("\u2212", "-")
    mantissa, _, power = s.partition("×10")
    decimals = len(mantissa.partition(".")[2])
    exponent = int(power.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-"))) if power else 0
    return 0.5 * 10.0 ** (-decimals + exponent)


def distance_reads(said, c_key: str, dist_key: str, x: float) -> None:
    """ "{dist} from x = {c}": the printed distance is |x − c| for a c that prints as shown."""
    c, dist = said.number(c_key), said.number(dist_key)
    slack = resolution(said[c_key]) + resolution(said[dist_key])
    assert abs(dist - abs(c - x)) <= slack, (said[dist_key], said[c_key], x)


FATES = (
    "lr1d.fate.moving",
    "lr1d.fate.moving_one",
    "lr1d.fate.stopped_near",
    "lr1d.fate.stopped_on",
    "lr1d.fate.stopped",
    "lr1d.fate.crawls",
    "lr1d.fate.oscillates_shrinking",
    "lr1d.fate.oscillates_growing",
    "lr1d.fate.oscillates_steady",
    "lr1d.fate.oscillates_irregular",
)


def _label_before(view, said) -> str:
    """The run ("ε = 10") the sentence before `said` on its line names."""
    try:
        return _opening(view, said, FATES)["lr"].strip().removeprefix("- ")  # a list item
    except AssertionError:
        return _diverged_label(view, said)


def _run_before(view, said) -> np.ndarray:
    """The drawn iterates of the run the sentence before `said` on its line names."""
    return iterates(view, _label_before(view, said))


def check_off_axis(view, said):
    x = _run_before(view, said)
    lo, hi = axis(view)
    assert readings.left_box(x, ((lo, hi),)) == int(said.number("left"))


def check_towards(view, said):
    opening = _opening(view, said, ("lr1d.fate.moving", "lr1d.fate.moving_one"))
    x = iterates(view, opening["lr"])
    c = said.number("c")
    assert np.sign(c - x[-1]) == np.sign(x[-1] - x[-2]), "the last drawn step points away"
    g, _h, _scale = derivatives(view, float(x[-1]))
    ascent = bool(view.widget("ascent").value)
    going = np.sign(g) if ascent else -np.sign(g)
    assert np.sign(c - x[-1]) == going, f"f′ = {g:.3g} there: the next step goes away from {c}"
    distance_reads(said, "c", "dist", float(x[-1]))
    check_kind(view, c, said["kind"])
    both = reader.Said(  # where it is (the opening's x) and where it heads, one sentence
        said.key, said.fields | {"x": opening["x"]}, said.text, said.start, said.end
    )
    ends_read(both, "x", "c", float(x[-1]), dist="dist")


def exact_point(loss, c0: float, kind: str, reach: float = 0.01) -> float:
    """The critical point within `reach` of the printed `c0`, in float64 by bisection (not the
    page's Newton): on f″ for a flat point (where f″ changes sign: x + sin x's −97π), on f′
    for a minimum or maximum."""
    with jax.enable_x64(True):
        grad = jax.grad(lambda v: loss(jnp.reshape(v, (1,))))
        fn = jax.grad(grad) if ("flat" in kind or "平坦" in kind) else grad

        def at(v: float) -> float:
            return float(fn(jnp.asarray(v, dtype=jnp.float64)))

        a, b = c0 - reach, c0 + reach
        fa = at(a)
        assert fa * at(b) < 0, (c0, kind)
        for _ in range(80):
            m = 0.5 * (a + b)
            if at(m) * fa > 0:
                a, fa = m, at(m)
            else:
                b = m
    return 0.5 * (a + b)


def check_stopped_near(view, said):
    x = iterates(view, said["lr"])
    _stopped_reading(view, said, x)
    lo, hi = axis(view)
    if "c" not in said.fields:  # stopped_on: the point prints as x, at the distance named
        from optimizers.analysis import critical_near

        ls = the_curve(view)
        marked = [float(m[0]) for m in (*ls.minima, *ls.saddles, *ls.maxima)]
        near = [m for m in marked if abs(m - float(x[-1])) <= NEAR * (hi - lo)]
        if near:
            c = min(near, key=lambda m: abs(m - float(x[-1])))
        else:
            scale = derivatives(view, float(x[-1]))[2]
            found = critical_near(ls.loss, float(x[-1]), NEAR * (hi - lo), 1e-2 * scale)
            assert found is not None, x[-1]
            c = found[1]
        d = abs(float(x[-1]) - c)
        assert abs(said.number("dist") - d) <= 1e-6 * (hi - lo), (said["dist"], x[-1], c)
        assert said.number("dist") <= resolution(said["x"]), "the digits shown tell them apart"
        assert shown(said["x"], c), (said["x"], c)
        check_kind(view, c, said["kind"])
        return
    c = said.number("c")
    assert readings.close_to((x[-1],), (c,), NEAR * (hi - lo)), (x[-1], c)
    # the distance to the exact point, to its 2 digits (0.0024 was said of −304.73178, which
    # is 0.0027 from −97π: the point was found in float32)
    reach = max(0.01, 2 * resolution(said["c"]))
    exact = abs(float(x[-1]) - exact_point(the_curve(view).loss, c, said["kind"], reach))
    # (below 1e-9 of the axis, as x² at 1.6×10⁻³⁸ from 0, the bisection's own error decides)
    to_2 = float(f"{exact:.2g}")
    assert said.number("dist") == pytest.approx(to_2, rel=1e-6, abs=1e-9 * (hi - lo)), (
        said["dist"],
        x[-1],
        exact,
    )
    distance_reads(said, "c", "dist", float(x[-1]))
    ends_read(said, "x", "c", float(x[-1]), dist="dist")
    check_kind(view, c, said["kind"])
    g, h, scale = derivatives(view, float(x[-1]))
    assert agrees(said.number("g"), g, scale), (said["g"], g)
    assert agrees(said.number("h"), h, scale), (said["h"], h)


def check_stopped(view, said):
    x = iterates(view, said["lr"])
    _stopped_reading(view, said, x)
    g, _, scale = derivatives(view, float(x[-1]))
    assert abs(g) <= 1e-2 * scale and agrees(said.number("g"), g, scale), (said["g"], g)


def check_crawls(view, said):
    x = iterates(view, said["lr"])
    _stopped_reading(view, said, x)
    g, _, scale = derivatives(view, float(x[-1]))
    assert abs(said.number("g")) >= 1e-3 and agrees(said.number("g"), g, scale), (said["g"], g)


def check_oscillates(view, said):
    x = iterates(view, said["lr"])
    dx = np.diff(x)
    assert int(said.number("steps")) == len(dx)
    signs = np.sign(dx[np.abs(dx) > 1e-9])
    # "k of its n steps after the first reverse direction"
    assert int(said.number("flips")) == int(np.sum(signs[1:] != signs[:-1]))
    assert int(said.number("turns")) == signs.size - 1
    swings = np.abs(dx[dx != 0])
    m = min(4, len(swings) - 1)
    rate = float((swings[-1] / swings[-1 - m]) ** (1 / m))
    key = said.key
    if key.endswith("irregular"):  # swings from low to high, and not "became unstable"
        assert readings.became_unstable(x, min_growth=1.0) is None
        assert same(said["low"], float(swings.min()), 2), (said["low"], swings.min())
        assert same(said["high"], float(swings.max()), 3), (said["high"], swings.max())
    else:
        assert same(said["rate"], rate, 3) or f"{rate:.2f}" == said["rate"], (said["rate"], rate)
    if key.endswith("shrinking"):
        assert rate < 1 - 0.01
        _not_stopped(view, x)
    elif key.endswith("growing"):  # "growing swings": the drawn steps became unstable
        assert rate > 1 + 0.01
        assert readings.became_unstable(x, min_growth=1.0) is not None
    elif key.endswith("steady"):
        assert abs(rate - 1) <= 0.01
    assert same(said["x"], float(x[-1]), 3)
    assert same(said["last"], abs(float(dx[-1])), 2)


def check_climbed(view, said):
    """ "ε = 1 kept climbing: no drawn step lowered f (a → b)": the run's drawn f(x_t) never
    falls, from a to b, on gradient ascent; no red box names it as diverged."""
    assert view.widget("ascent").value
    name = said["lr"].strip().removeprefix("- ")
    f = drawn_f(view, name)
    assert readings.climbed_uphill(f), f"a drawn step of {name} lowered f: {np.diff(f).min()}"
    assert close(said["first"], float(f[0])), (said["first"], f[0])
    assert close(said["last"], float(f[-1])), (said["last"], f[-1])
    assert not any(name + " " in e.value for e in view.at.error), [e.value for e in view.at.error]


def check_climb_factor(view, said):
    """ "Every step multiplies |x| by r": every drawn |x_{k+1}| / |x_k| of the run named before
    it prints as r (x² climbed: 1 + 2ε)."""
    x = np.abs(iterates(view, _opening(view, said, ("lr1d.fate.climbed",))["lr"]))
    ratios = x[1:] / x[:-1]
    assert len(ratios) >= 2
    assert all(f"{r:.2f}" == said["rate"] for r in ratios), (said["rate"], ratios)


def _iters(view) -> int:
    return int(view.widget("iters").value)


def check_diverged(view, said):
    x = iterates(view, said["lr"])
    step = int(said.number("step"))
    assert len(x) == step < _iters(view) + 1, (len(x), step)


def check_alert(view, said):
    """The alert above the panels ("ε = 10 diverged at step 2"), or the same words after
    "It" in a run's fate (a run whose steps did not grow first)."""
    name = said["name"].strip()
    x = iterates(view, name) if name.startswith("ε") else _diverged_run(view, said)
    step = int(said.number("step"))
    assert len(x) == step < _iters(view) + 1, (len(x), step)


def check_typed_blurb(view, said):
    w = float(view.widget("fx_w").value)
    assert (said.number("lo"), said.number("hi"), said.number("w")) == (-w, w, w), said.fields
    if not reader.said([said.text[said.end :]], "lr1d.typed_wider", view.lang):
        a, b = axis(view)
        assert math.isclose(a, -w, abs_tol=1e-6) and math.isclose(b, w, abs_tol=1e-6), (a, b)


def check_typed_wider(view, said):
    a, b = axis(view)
    assert same(said["a"], a, 3) and same(said["b"], b, 3), (said["a"], said["b"], a, b)
    w = float(view.widget("fx_w").value)
    assert a < -w or b > w, (a, b, w)


def _f64(view, x: float) -> tuple[float, float]:
    """f(x) and f′(x) of the view's curve in float64."""
    loss = the_curve(view).loss
    with jax.enable_x64(True):
        point = jnp.asarray([x], dtype=jnp.float64)
        return float(loss(point)), float(jax.grad(loss)(point)[0])


def check_undefined(view, said):
    label = said["lr"].strip().removeprefix("- ")
    x = iterates(view, label)
    step = int(said.number("step"))
    assert len(x) == step and int(said.number("last")) == step - 1, (len(x), step)
    lr = float(label.removeprefix("ε = "))
    sign = 1.0 if view.widget("ascent").value else -1.0
    nxt = float(x[-1]) + sign * lr * _f64(view, float(x[-1]))[1]
    assert shown(said["x"], nxt), (said["x"], nxt)
    assert not math.isfinite(_f64(view, nxt)[0]), f"f({nxt:.4g}) is finite"
    alerts = " · ".join(e.value for e in view.at.error).split(" · ")
    named = [a for p in alerts for a in reader.said([p], "playground.diverged", view.lang)]
    assert any(a["name"] == label and int(a.number("step")) == step for a in named), alerts


def check_start_undefined(view, said):
    label = said["lr"].strip().removeprefix("- ")
    x = iterates(view, label)
    assert len(x) == 1 and shown(said["x"], float(x[0])), (x, said["x"])
    assert not math.isfinite(_f64(view, float(x[0]))[0]), f"f({x[0]:.4g}) is finite"


def _diverged_run(view, said) -> np.ndarray:
    return iterates(view, _diverged_label(view, said))


def _diverged_label(view, said) -> str:
    for key, field in (
        ("lr1d.fate.diverged", "lr"),
        ("lr1d.fate.escapes", "lr"),
        ("playground.downhill", "name"),
        ("lr1d.fate.climbed", "lr"),
        ("lr1d.fate.downhill", "lr"),
    ):
        try:
            opening = _opening(view, said, (key,))
        except AssertionError:
            continue
        return opening[field].strip().removeprefix("- ")
    raise AssertionError("no diverged run named before it")


def drawn_f(view, label: str) -> np.ndarray:
    """The f(x_t) the panel of run `label` draws at its iterates."""
    for trace in view.chart("curves")["data"]:
        if trace.get("name") == label and trace.get("mode") == "lines+markers":
            return reader.xy(reader.traces({"data": [trace]})[label])[1]
    raise AssertionError(f"no drawn run {label!r} on the panels")


def check_downhill(view, said):
    """ "ε = 10: kept going downhill, no drawn step raising the loss (a → b)": the run's drawn
    f(x_t) never rises, from a to b; its steps do not keep growing (no instability said)."""
    name = said["lr"].strip().removeprefix("- ")  # an item of the list under the panels
    f = drawn_f(view, name)
    assert readings.slid_downhill(f), f"a drawn step of {name} raised f: {np.diff(f).max()}"
    assert close(said["first"], float(f[0])), (said["first"], f[0])
    assert close(said["last"], float(f[-1])), (said["last"], f[-1])


def check_unstable(view, said):
    x = _diverged_run(view, said)
    onset = readings.became_unstable(x)
    assert onset is not None, "the drawn steps do not grow"
    assert int(said.number("step")) == onset.step
    assert said["growth"] == f"{onset.growth:.2f}"
    lengths = readings.step_lengths(x)
    k = onset.step
    assert np.all(lengths[k:] > lengths[k - 1])
    # 3 significant digits, or the whole number from 1000 on ("1919", ui.claims._length)
    assert close(said["first"], float(lengths[k - 1])), (said["first"], lengths[k - 1])
    assert close(said["last"], float(lengths[-1])), (said["last"], lengths[-1])


def check_escapes(view, said):
    x = iterates(view, said["lr"])
    assert len(x) < _iters(view) + 1, "drawn to the last iteration: it did not pass the bound"
    _not_stopped(view, x)


# f′ of the registered curves in closed form: the float64 rerun the rounding clause is held to
DERIVATIVE = {
    "x_plus_sin": lambda x: 1.0 + np.cos(x),
    "sin_minus_square": lambda x: 25.0 * np.cos(x) - 2.0 * x,
    "parabola": lambda x: 2.0 * x,
}


def rerun64(view, x0: float, lr: float, steps: int) -> np.ndarray:
    """x ← x ∓ ε f′(x) in float64 from the drawn x₀, until |x| passes the far bound."""
    name = view.widget("fn").value
    if name in DERIVATIVE:
        grad = DERIVATIVE[name]
    else:  # a typed curve: its own formula's derivative, in float64
        import jax

        loss = the_curve(view).loss

        def grad(x):
            with jax.enable_x64(True):
                return float(jax.grad(loss)(np.array([x], dtype=np.float64))[0])

    sign = 1.0 if bool(view.widget("ascent").value) else -1.0
    xs = [float(x0)]
    for _ in range(steps):
        xs.append(xs[-1] + sign * lr * float(grad(xs[-1])))
        if not (np.isfinite(xs[-1]) and abs(xs[-1]) <= far_bound(view)):
            break
    return np.asarray(xs)


def check_rounding(view, said):
    """ "From step k on its drawn path is set by rounding": the drawn iterates and the same
    steps in float64 are more than 1 % of the axis apart at step k (or one passed the far bound
    there and the other not), and within it at every step before."""
    label = said["lr"] if "lr" in said.fields else _label_before(view, said)
    x = iterates(view, label)
    label = label.removeprefix("- ")
    lr = next(  # the slider's value, not its 6-digit label: a chaotic run tells them apart
        v for v in (float(view.widget(f"lr{i}").value) for i in (1, 2, 3)) if f"ε = {v:g}" == label
    )
    exact = rerun64(view, float(x[0]), lr, _iters(view))
    lo, hi = axis(view)
    assert same(said["tol"], 0.01 * (hi - lo), 2), (said["tol"], hi - lo)
    m = min(len(x), len(exact))
    apart = np.flatnonzero(np.abs(exact[:m] - x[:m]) > 0.01 * (hi - lo))
    k = int(apart[0]) if apart.size else (m if len(exact) != len(x) else None)
    assert k == int(said.number("parted")), (k, said["parted"])
    if said.key == "lr1d.fate.rounding_first":  # said of a run that stays within the far bound
        assert len(x) == _iters(view) + 1 and np.all(np.abs(x) <= far_bound(view)), len(x)
        assert "far bound" not in said.text[said.start : said.end]
        assert "远界" not in said.text[said.start : said.end]
    else:
        assert said.number("bound") == far_bound(view)
    ascent = bool(view.widget("ascent").value)
    assert said["sign"] == ("+" if ascent else "−")


AS_DRAWN = {"en": " as drawn", "zh": " 画出的路径"}


def check_as_drawn(view, said):
    """ "ε = 10 as drawn: …": the run's drawn iterates, after the rounding caveat that opens
    its line (which names the same run), and never past the far bound."""
    line_start = said.text.rfind("\n", 0, said.start) + 1
    (first,) = reader.said(
        [said.text[line_start : said.start]], "lr1d.fate.rounding_first", view.lang
    )
    assert first["lr"].removeprefix("- ") == said["lr"].strip().removeprefix("- "), (
        first["lr"],
        said["lr"],
    )
    x = iterates(view, said["lr"])
    assert len(x) == _iters(view) + 1 and np.all(np.abs(x) <= far_bound(view))


def far_bound(view) -> float:
    """100 times the farthest end of the curve's domain (the start slider's range)."""
    start = view.widget("start")
    return 100 * max(abs(float(start.min)), abs(float(start.max)))


def check_left(view, said):
    x = _diverged_run(view, said)
    lo, hi = axis(view)
    assert readings.left_box(x, ((lo, hi),)) == int(said.number("left"))
    assert int(said.number("step")) == len(x)
    assert said.number("bound") == far_bound(view)
    assert "|x|" in said.text[said.start : said.end] and "θ" not in said.text


def check_left_at_end(view, said):
    x = _diverged_run(view, said)
    lo, hi = axis(view)
    assert readings.left_box(x, ((lo, hi),)) is None
    assert int(said.number("step")) == len(x)
    assert said.number("bound") == far_bound(view)


def check_table(view, said):
    k = int(said.number("k"))
    table = view.at.table[0].value
    for _, row in table.iterrows():
        x = iterates(view, f"ε = {row.iloc[0]}")  # the ε column holds the run's rate
        assert k < len(x) and row.iloc[1] == pytest.approx(round(float(x[k]), 4), abs=1e-4)


def check_table_none(view, said):
    k = int(said.number("k"))
    assert k == int(view.widget("k").value) and int(said.number("k1")) == k + 1
    drawn = {name: reader.xy(tr)[1] for name, tr in reader.traces(view.chart("iterates")).items()}
    assert drawn and all(len(x) <= k + 1 for x in drawn.values()), {
        name: len(x) for name, x in drawn.items()
    }
    assert not view.at.table, "a table is shown as well"


def view_no_step_k(lang):
    """A typed e^{3x} from 1 with ε = 10, 9, 8.5: x₁ = 1 − 3e³ε < −509 is past the far bound 500 for
    each, so every run diverges at step 1 and none draws the step from iterate 0 to 1."""
    return open_page(PAGE, lang, fn="typed", fx="exp(3*x)", start="1", lr1="10", lr2="9", lr3="8.5")


# ---- views a link alone does not reach ---------------------------------------------------------
def view_stopped_unmarked(lang):
    """A typed (x − 5.2)⁴ from 4.7 with ε = 0.5: u = x − 5.2 goes u ← u − 2u³ (1/u² grows by
    about 4 a step), so after 100 steps u ≈ −0.05: steps 2|u|³ ≈ 2.5·10⁻⁴ are shorter than
    the tolerance 10⁻³ and |f′| = 4|u|³ < 10⁻³, near a minimum the page does not mark: 5.2 is
    outside the typed curve's domain [−5, 5], where its critical points are searched (inside
    it, x⁴'s flat minimum is marked since a fresh read)."""
    return open_page(PAGE, lang, fn="typed", fx="(x-5.2)**4", start="4.7", iters="100", lr1="0.5")


def view_growing(lang):
    return open_page(PAGE, lang, fn="parabola", start="2.5", iters="5", lr1="1.05")


def view_left_at_end(lang):
    """A typed e^{3x} from 1 with ε = 10: x₁ = 1 − 10·3e³ ≈ −601 is past the far bound 500 in
    one step, so every drawn point (x₀ alone) is on the axis."""
    return open_page(PAGE, lang, fn="typed", fx="exp(3*x)", start="1", lr1="10")


# ---- issue 31, case 6, pinned on the drawn data ------------------------------------------------
def fates(at) -> dict[str, str]:
    items = [ln[2:] for m in at.markdown for ln in m.value.splitlines() if ln.startswith("- ε")]
    return {item.split(":", 1)[0]: item for item in items}


def test_note_004_eps_1_is_still_moving_on_the_drawn_path():
    """ "ε = 1 … at x = −3.07, at a flat inflection point": the drawn run has not stopped (its
    last drawn steps are longer than 0.01 % of the axis) and the page says it is moving."""
    at = open_page(PAGE)
    view = reader.View(at, PAGE)
    x = iterates(view, "ε = 1")
    assert len(x) == 31 and f"{x[-1]:.3g}" == "-3.07"
    assert not readings.stopped(x, readings.STOP_WINDOW, tolerance(view))
    said = fates(at)["ε = 1"]
    assert "still moving" in said and "stopped" not in said
    assert not reader.check_view(view)


def test_parabola_eps_0_9_still_oscillates_on_the_drawn_path():
    """ "ε = 0.9 … stops at x = 0.0288": x ← −0.8x, so the drawn steps at step 20 are still
    0.065 long; the page says it oscillates and is still moving."""
    at = open_page(PAGE, fn="parabola", start="2.5", iters="20", lr1="0.1", lr2="0.9", lr3="1.1")
    view = reader.View(at, PAGE)
    x = iterates(view, "ε = 0.9")
    np.testing.assert_allclose(x, 2.5 * (-0.8) ** np.arange(21), rtol=1e-5)
    assert not readings.stopped(x, readings.STOP_WINDOW, tolerance(view))
    said = fates(at)["ε = 0.9"]
    assert said.startswith("ε = 0.9: oscillates") and "still moving" in said
    assert "stop" not in said.replace("still", "")
    assert not reader.check_view(view)


def _local_minima(name: str) -> int:
    """Local minima of the registered curve `name` over its domain: sign changes of f′ from
    − to + on a fine grid (f′ by autodiff, not from the formula the Why panel states)."""
    import jax
    import jax.numpy as jnp

    from landscapes import get

    ls = get(name)
    ((lo, hi),) = ls.domain
    xs = jnp.linspace(lo, hi, 20001)
    d = np.asarray(jax.vmap(jax.grad(lambda x: ls.loss(jnp.reshape(x, (1,)))))(xs))
    return int(np.sum((d[:-1] < 0) & (d[1:] > 0)))


def test_the_why_panel_gives_x_plus_sin_no_valleys():
    """The Why panel said "on a curve with many valleys, like x + sin x …": f′ = 1 + cos x ≥ 0,
    x + sin x has none (its flat points ±π are inflection points, as its blurb says); the
    page's 25 sin x − x² has three. The panel names each curve with what it has."""
    from ui.i18n import t

    assert _local_minima("x_plus_sin") == 0 and _local_minima("sin_minus_square") == 3
    for lang, none, several in (
        ("zh", "一个谷也没有", "有几个谷"),
        ("en", "no valley", "several valleys"),
    ):
        why = t("lr1d.why", lang)
        clause = why[why.index("x + sin x") - 40 : why.index("x + sin x") + 40]
        assert none in clause, clause
        assert "很多谷" not in why and "many valleys" not in why
        clause = why[: why.index("25 sin x − x²")]
        assert several in clause[-30:], clause


def test_x_plus_sin_eps_10_slides_downhill_not_unstable():
    """Lecturer's read: "ε = 10: diverges at step 65. It became unstable from step 5 …
    ×1.08 per step (step length 0.0349 → 3.18)". On x + sin x a step −ε(1 + cos x) is never
    positive nor longer than 2ε: the drawn steps jump up and down (0.035 … 19.9, 0.1 … 3.18)
    as the run slides left over the flat points, and f never rises. The page says it kept
    going downhill and where it left the picture, with |x| (the lesson's variable), not |θ|."""
    for lang in ("en", "zh"):
        at = open_page(PAGE, lang, lr1="10", iters="100")
        view = reader.View(at, PAGE)
        x = iterates(view, "ε = 10")
        lengths = readings.step_lengths(x)
        assert np.all(np.diff(x) <= 0) and lengths.max() <= 20 + 1e-3
        assert not np.all(np.diff(lengths[-10:]) > 0)  # the drawn steps do not keep growing
        assert readings.became_unstable(x) is None
        assert readings.slid_downhill(drawn_f(view, "ε = 10"))
        said = next(
            ln for m in at.markdown for ln in m.value.splitlines() if ln.startswith("- ε = 10")
        )
        assert ("kept going downhill" if lang == "en" else "一路下坡") in said, said
        assert "unstable" not in said and "不稳定" not in said and "θ" not in said
        assert "|x| = 600" in said
        assert not reader.check_view(view)


def _exact_x_plus_sin(x0: str, lr: str, steps: int, digits: int = 80) -> list[float]:
    """x ← x − ε(1 + cos x) in `digits`-digit decimal arithmetic: the maths, not a float."""
    from decimal import Decimal, localcontext

    with localcontext() as ctx:
        ctx.prec = digits + 20
        tiny = Decimal(10) ** -(digits + 10)

        def arctan_inv(n: int) -> Decimal:
            x = Decimal(1) / n
            total, term, k = x, x, 1
            while abs(term / k) > tiny:
                term *= -x * x
                k += 2
                total += term / k
            return total

        pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))

        def cos(x: Decimal) -> Decimal:
            x = x % (2 * pi)
            total, term, i = Decimal(1), Decimal(1), 0
            while abs(term) > tiny:
                i += 2
                term = -term * x * x / (i * (i - 1))
                total += term
            return total

        x, xs = Decimal(x0), []
        for _ in range(steps + 1):
            xs.append(float(x))
            x = x - Decimal(lr) * (1 + cos(x))
        return xs


def test_x_plus_sin_eps_10_names_no_divergence_step_rounding_sets():
    """Fresh read: a red box "ε = 10 diverged at step 65" beside "ε = 10 kept going
    downhill…". A slide down a curve with no minimum is no divergence (the lesson's is a
    growing oscillation), and step 65 is float32's: the same steps pass |x| = 600 never in
    float64 (x₁₀₀ = −499.5, beside the flat point −159π) and at step 89 in exact arithmetic.
    No red box now; the sentence says it slid, where it left the picture, and from which step
    rounding sets its path (the drawn float32 path is more than 0.1 from float64's from step
    10, and from the exact one from about there too), and claims no far-bound step."""
    exact = np.asarray(_exact_x_plus_sin("2.5", "10", 100))
    assert int(np.flatnonzero(np.abs(exact) > 600)[0]) == 89
    for lang in ("en", "zh"):
        at = open_page(PAGE, lang, lr1="10", iters="100")
        assert not at.error, [e.value for e in at.error]
        view = reader.View(at, PAGE, lang)
        x = iterates(view, "ε = 10")
        assert len(x) == 65  # float32 passed ±600 at step 65: the drawn path ends at 64
        (said,) = view.said("lr1d.fate.rounding")
        k = int(said.number("parted"))
        assert k == 10
        assert np.all(np.abs(x[:k] - exact[:k]) <= 0.1) and abs(x[k] - exact[k]) > 0.1
        line = next(ln for m in at.markdown for ln in m.value.splitlines() if "ε = 10" in ln)
        assert "65" not in line and "diverge" not in line and "发散" not in line, line
        assert not reader.check_view(view)


def test_x_plus_sin_from_the_domain_edge_is_drawn_and_named_as_from_the_default_start():
    """Lecturer's read at start −6: "ε = 1: stopped at x = −9.41 … a critical point: f′ =
    0.00018, f″ = 0.019", while all three runs leave the drawn x range (−6 … 4) at step 1.
    The panels' axis now follows the runs (to −9.8), and ε = 1 is named, as at the default
    start, as 0.019 from the flat inflection point −3π (f″ = 0 there)."""
    for lang in ("en", "zh"):
        at = open_page(PAGE, lang, iters="100", start="-6")
        view = reader.View(at, PAGE)
        lo, hi = axis(view)
        for label in ("ε = 1", "ε = 0.1", "ε = 0.01"):
            x = iterates(view, label)
            assert readings.left_box(x, ((lo, hi),)) is None, (label, x.min(), lo)
        x = iterates(view, "ε = 1")
        assert abs(x[-1] + 3 * np.pi) < 0.02
        g, h, scale = derivatives(view, -3 * np.pi)
        assert abs(g) < 1e-2 * scale and abs(h) < 2e-2 * scale  # flat, on the drawn curve
        said = next(
            ln for m in at.markdown for ln in m.value.splitlines() if ln.startswith("- ε = 1")
        )
        assert "-9.42" in said and ("flat inflection point" in said or "平坦的拐点" in said), said
        assert not reader.check_view(view)


def test_sentences_print_powers_of_ten_not_e_notation():
    """Lecturer's read: "最后一步 1.8e+02". On 25 sin x − x² from 3 with ε = 0.5 the run is at
    x = 195 after 5 steps, its last step about 100 long and f′ = −360 there: the sentence
    prints 1×10² and −3.6×10² (the ledger reader reads them back), never "1e+02"."""
    import re

    for lang in ("en", "zh"):
        at = open_page(PAGE, lang, fn="sin_minus_square", start="3", iters="5", lr1="0.5")
        view = reader.View(at, PAGE, lang)
        said = next(
            ln for m in at.markdown for ln in m.value.splitlines() if ln.startswith("- ε = 0.5")
        )
        assert not re.search(r"\de[+-]\d", said), said
        assert "×10²" in said, said
        assert not reader.check_view(view)


# ---- a fresh lecturer's read (1024×768, 中文, projector): each pinned on the drawn data ----------
def _fate_lines(view) -> dict[str, str]:
    items = [
        ln[2:] for m in view.at.markdown for ln in m.value.splitlines() if ln.startswith("- ε")
    ]
    return {re.split("[:：]", item, maxsplit=1)[0]: item for item in items}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_parabola_note_holds_for_gradient_ascent(lang):
    """x² with gradient ascent: x ← (1 + 2ε)x, so every ε > 0 climbs away from 0 (the drawn ε =
    0.01 run too). The note said only "a learning rate above 1 diverges from every start but
    0", beside ε = 0.1 leaving the picture: true of descent alone. It now names both rules."""
    view = reader.View(open_page(PAGE, lang, fn="parabola", ascent="true"), PAGE, lang)
    for lr in ("1", "0.1", "0.01"):
        x = np.abs(iterates(view, f"ε = {lr}"))
        np.testing.assert_allclose(x[1:] / x[:-1], 1 + 2 * float(lr), rtol=1e-4)
    note = next(i.value for i in view.at.info if "2ε)x" in i.value)
    assert "(1 + 2ε)x" in note and "(1 − 2ε)x" in note, note
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_climbing_x_squared_is_no_divergence(lang):
    """Gradient ascent on x² from 2.5: each step multiplies |x| by 1 + 2ε (×3 at ε = 1, ×1.2 at
    0.1) and raises f: it climbs a slope with no top. The page put those runs in the red
    "diverged at step 5 / 27" box and called them unstable; now no red box, and each fate says
    it kept climbing, f from 6.25 up, |x| ×3.00 / ×1.20 per step, and where it left the picture."""
    view = reader.View(open_page(PAGE, lang, fn="parabola", ascent="true"), PAGE, lang)
    assert not view.at.error, [e.value for e in view.at.error]
    said = {s["lr"].removeprefix("- "): s for s in view.said("lr1d.fate.climbed")}
    assert set(said) == {"ε = 1", "ε = 0.1"}, said
    factors = [s["rate"] for s in view.said("lr1d.fate.climb_factor")]
    assert factors == ["3.00", "1.20"], factors
    for label in said:
        assert readings.climbed_uphill(drawn_f(view, label))
        assert readings.became_unstable(iterates(view, label)) is not None  # steps grow, yet
    assert not view.said("playground.unstable") and not view.said("lr1d.fate.diverged")
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_irregular_jumps_are_not_growing_swings(lang):
    """25 sin x − x² climbed with ε = 1 from 2.5: the drawn swings go 30.7, 33.9, 12.4, 13.4,
    0.3, 6.1, …, 68.8, 61.3, 27.3, …: irregular, not a steady growth (`became_unstable` does
    not hold on them). The page said "oscillates with growing swings (×1.03 per step),
    reversing 22 times in 30 steps"; now "jumps about irregularly, swings from 0.27 to 185",
    and "22 of its 29 steps after the first reverse direction"."""
    view = reader.View(open_page(PAGE, lang, fn="sin_minus_square", ascent="true"), PAGE, lang)
    x = iterates(view, "ε = 1")
    swings = np.abs(np.diff(x))
    assert readings.became_unstable(x, min_growth=1.0) is None
    (said,) = [s for s in view.said("lr1d.fate.oscillates_irregular") if "ε = 1" in s["lr"]]
    assert said["low"] == f"{swings.min():.2g}" and said["high"] == f"{swings.max():.3g}"
    assert (said["flips"], said["turns"]) == ("22", "29")
    assert not view.said("lr1d.fate.oscillates_growing")
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("fn", ["parabola", "x_plus_sin", "sin_minus_square"])
@pytest.mark.parametrize("ascent", ["false", "true"])
def test_no_red_box_for_a_run_that_slid_or_climbed(lang, fn, ascent):
    """Every registered curve, descent and ascent, ε = 10, 1, 0.1: the red box names a run only
    if its drawn f neither kept falling (slid downhill: 25 sin x − x² at ε = 1, 'diverged at
    step 5' beside 'kept going downhill, −5.47 → −985498') nor kept rising (climbed: x²
    ascent)."""
    view = reader.View(
        open_page(PAGE, lang, fn=fn, ascent=ascent, lr1="10", lr2="1", lr3="0.1"), PAGE, lang
    )
    shown = " ".join(e.value for e in view.at.error)
    for lr in ("10", "1", "0.1"):
        label = f"ε = {lr}"
        f = drawn_f(view, label)
        if readings.climbed_uphill(f) if ascent == "true" else readings.slid_downhill(f):
            assert f"{label} " not in shown + " ", (label, shown)
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_divergence_is_said_once(lang):
    """x² at ε = 10: x ← −19x passes |x| = 300 at step 2. The fate said "diverges at step 2.
    It diverged at step 2." (one drawn step: no onset to read, so the Playground's fallback
    repeated it); now once."""
    view = reader.View(open_page(PAGE, lang, fn="parabola", lr1="10"), PAGE, lang)
    line = _fate_lines(view)["ε = 10"]
    word = "发散" if lang == "zh" else "diverge"
    assert line.count(word) == 1, line
    assert len(iterates(view, "ε = 10")) == 2
    assert not reader.check_view(view)


def test_every_item_of_the_runs_list_is_its_label_then_a_colon():
    """Fresh read (中文, projector): "ε = 10 一路下坡：…" was the one item of the list under the
    panels without a colon after its label ("ε = 0.1：30 步…"). Every item now opens with
    "ε = …：" (中文) or "ε = …:" (English), the downhill one as well."""
    for lang, colon in (("en", ": "), ("zh", "：")):
        at = open_page(PAGE, lang, lr1="10", iters="100")
        items = [ln for m in at.markdown for ln in m.value.splitlines() if ln.startswith("- ε = ")]
        assert len(items) == 3, items
        for item in items:
            label, _, rest = item.partition(colon)
            assert re.fullmatch(r"- ε = [\d.e+-]+", label) and rest, item
        assert any(("kept going downhill" if lang == "en" else "一路下坡") in i for i in items)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_stop_and_a_first_step_print_the_digits_their_comparison_needs(lang):
    """x + sin x from 2.5, ε = 3: the drawn x₃₀ = −21.9683 stops 0.023 short of −7π =
    −21.9911; the page said "stopped at x = -22 …, 0.022 from x = -21.99", read as beyond
    it. One step at ε = 0.01 takes 2.5 to the drawn 2.498; the page said "from x = 2.5 to
    x = 2.5". Now "-21.97" and "-21.99"; "2.500" and "2.498" (`ui.claims.compared`)."""
    view = reader.View(open_page(PAGE, lang=lang, lr1="3"), PAGE, lang)
    (stop,) = view.said("lr1d.fate.stopped_near")
    assert (stop["x"], stop["c"]) == ("-21.97", "-21.99"), stop.fields
    assert not reader.check_view(view)
    view = reader.View(open_page(PAGE, lang=lang, iters="1"), PAGE, lang)
    moving = {s["lr"].removeprefix("- "): s for s in view.said("lr1d.fate.moving_one")}
    assert (moving["ε = 0.01"]["x0"], moving["ε = 0.01"]["x"]) == ("2.500", "2.498")
    assert not reader.check_view(view)


def _sweep():
    """The lesson's curves, each from both ends of its start slider and its default start, at
    both ends of the iterations slider, the rates at both ends of theirs and the default."""
    for name in landscapes.names(dim=1):
        (lo, hi), start = landscapes.get(name).domain[0], landscapes.get(name).start[0]
        for x0 in (lo, hi, start):
            for iters in (1, 100):
                yield name, f"{x0:g}", str(iters)


@pytest.mark.parametrize(("curve", "start", "iters"), list(_sweep()))
def test_compared_numbers_read_as_the_drawn_runs_over_the_lessons_controls(curve, start, iters):
    """Every sentence's printed coordinates against the drawn iterates (the ledger checks
    `shown` and `ends_read`), at ε = 10⁻⁵, 10 (the rate slider's ends) and 3."""
    from optimizers.specs import LR

    query = dict(fn=curve, start=start, iters=iters, lr1=f"{LR.low:g}", lr2=f"{LR.high:g}", lr3="3")
    view = reader.View(open_page(PAGE, lang="en", **query), PAGE, "en")
    assert not reader.check_view(view)


def test_a_run_past_a_minimum_is_not_said_to_head_for_the_maximum_beyond():
    """A fresh read: 25 sin x − x² after 1 step at ε = 0.1 is at 6.07, past the minimum 5.14;
    its last step went right, towards the maximum 7.24, but f′ = +12 there sends the next step
    back left: "heading for x = 7.24, a maximum" is no longer said."""
    from tests.lessons import open_page

    for lang in ("en", "zh"):
        view = reader.View(
            open_page("learning-rate-1d", lang, fn="sin_minus_square", iters="1"),
            "learning-rate-1d",
            lang,
        )
        assert not any(s["c"] == "7.24" for s in view.said("lr1d.fate.towards")), lang
        assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_run_that_leaves_where_f_is_defined_is_said_to_and_not_rounding(lang):
    """log x from 2: float64 runs x = 2, 1.5, 0.833, −0.367 at ε = 1 (crosses 0 at step 22 at
    ε = 0.1): log is not defined there and the run stops. The page said "from step 3 on, its
    drawn path is set by rounding", with no red box; from −3 (log undefined at the start) all
    three rates "pass the far bound, rounding from step 1"."""
    view = reader.View(open_page(PAGE, lang, fn="typed", fx="log(x)", start="2"), PAGE, lang)
    found = {s["lr"].strip().removeprefix("- "): s for s in view.said("lr1d.fate.undefined")}
    assert sorted(found) == ["ε = 0.1", "ε = 1"], list(found)
    assert (found["ε = 1"]["step"], found["ε = 1"]["x"]) == ("3", "-0.367")
    assert found["ε = 0.1"]["step"] == "22"
    assert not view.said("lr1d.fate.rounding") and not view.said("lr1d.fate.escapes")
    assert view.at.error, "no diverged notice"
    assert not reader.check_view(view)
    view = reader.View(open_page(PAGE, lang, fn="typed", fx="log(x)", start="-3"), PAGE, lang)
    assert len(view.said("lr1d.fate.start_undefined")) == 3
    assert not view.said("lr1d.fate.rounding") and not view.said("lr1d.fate.escapes")
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_typed_curve_names_its_interval_in_numbers(lang):
    """ "The curve you typed, drawn on [−w, w]": w was named nowhere on the page."""
    for extra, wider in (({}, False), ({"fx_w": "3"}, True), ({"fx": "x^2", "start": "4.5", "lr1": "1.05", "iters": "10"}, True)):  # fmt: skip
        view = reader.View(open_page(PAGE, lang, fn="typed", **extra), PAGE, lang)
        (said,) = view.said("lr1d.typed_blurb")
        w = float(view.widget("fx_w").value)
        assert (said.number("lo"), said.number("hi")) == (-w, w)
        assert bool(view.said("lr1d.typed_wider")) == wider
        assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_stopped_runs_derivatives_are_named_at_its_end_with_its_last_step(lang):
    """`iters=100`: "ε = 1: stopped at x = -3.12 (…), 0.02 from x = -3.14, a flat inflection
    point (f″ = 0), not a minimum; there f′ = 0.0002, f″ = 0.02": "there" read as −3.14, where
    f″ = 0, while the values are the end point's; and the drawn run still moves 0.0002 a step.
    The sentence now names the end ("at its end x = -3.12, f′ = … and f″ = …") and the last
    drawn step beside the stop tolerance it is under."""
    view = reader.View(open_page(PAGE, lang, iters="100"), PAGE, lang)
    (said,) = view.said("lr1d.fate.stopped_near")
    x = iterates(view, said["lr"])
    assert said["x"] == "-3.12" and said["c"] == "-3.14"
    assert same(said["last"], abs(float(x[-1] - x[-2])), 2) and said.number("last") > 0
    assert said.number("last") < said.number("tol")
    words = said.text[said.start : said.end]
    assert {"en": "at its end x = -3.12, f′", "zh": "在它的终点 x = -3.12 处 f′"}[lang] in words
    assert "there f′" not in words and "此处 f′" not in words
    assert not reader.check_view(view)


def predictions(view) -> dict[str, float]:
    """Each run's hollow marker (the Taylor prediction at step k), by the run's label: the
    first point of the dashed prediction-to-truth trace on the run's panel."""
    data = view.chart("curves")["data"]
    axes = {t["name"]: t.get("yaxis", "y") for t in data if t.get("mode") == "lines+markers"
            and str(t.get("name", "")).startswith("ε = ")}  # fmt: skip
    out = {}
    for trace in data:
        if trace.get("line", {}).get("dash") == "dash" and trace.get("mode") == "lines+markers":
            y = reader.xy(reader.traces({"data": [trace]})[trace["name"]])[1]
            for label, ref in axes.items():
                if ref == trace.get("yaxis", "y"):
                    out[label] = float(y[0])
    return out


def y_ranges(view) -> list[tuple[float, float]]:
    layout = view.chart("curves")["layout"]
    return [tuple(layout[a]["range"]) for a in layout if a.startswith("yaxis")]


def check_prediction_off(view, said):
    """ "ε: the prediction (hollow) at f = p is off the chart (its y axis runs from a to b)":
    that run's hollow marker at p, outside every panel's drawn y range, which is [a, b]."""
    label = said["lr"].strip()
    p = predictions(view)[label]
    assert same(said["f"], p, 3), (said["f"], p)
    for lo, hi in y_ranges(view):
        assert same(said["lo"], lo, 3) and same(said["hi"], hi, 3), (said["lo"], said["hi"], lo)
        assert not lo <= p <= hi, (p, lo, hi)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_prediction_is_on_the_chart_or_said_off_it(lang):
    """The "x²: three fates" preset (iters 20, ε = 0.1, 0.9, 1.1): the caption promises "the
    further the prediction (hollow) from the truth (filled)", but two hollow markers were at
    f = −16.25 and −21.25 under a y axis from −7.1: off the chart in 2 of 3 panels. Every
    hollow marker is now inside the drawn y range, or its run's caption says it is off it."""
    query = dict(fn="parabola", iters="20", lr1="0.1", lr2="0.9", lr3="1.1")
    view = reader.View(open_page(PAGE, lang, **query), PAGE, lang)
    found = predictions(view)
    assert len(found) == 3 and min(found.values()) < -16, found
    for lo, hi in y_ranges(view):
        assert all(lo <= p <= hi for p in found.values()), (found, lo, hi)
    assert not view.said("lr1d.prediction_off")
    assert not reader.check_view(view)
    view = reader.View(open_page(PAGE, lang, fn="parabola", lr1="3", k="0"), PAGE, lang)
    off = {s["lr"].strip() for s in view.said("lr1d.prediction_off", lr=r"ε = [\d.e+-]+")}
    for label, p in predictions(view).items():
        inside = all(lo <= p <= hi for lo, hi in y_ranges(view))
        assert inside != (label in off), (label, p, off)
    assert off and not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_fates_read_as_sentences(lang):
    """A fresh read's small faults: under ascent a flat inflection point was "not a minimum";
    one step "1 step take it"; "ε = 1 kept going downhill:" without the colon after "ε = 1"
    every other bullet has; "29 steps after the first reverse direction"; a stop 7×10⁻⁶
    from x = 1.45 printed "x = 1.45 …, 7×10⁻⁶ from x = 1.45"."""
    maximum = {"en": "not a maximum", "zh": "不是极大值"}[lang]
    minimum = {"en": "not a minimum", "zh": "不是极小值"}[lang]

    def fates(**query) -> tuple[reader.View, str]:
        view = reader.View(open_page(PAGE, lang, **query), PAGE, lang)
        return view, " ".join(t for t in view.texts if "ε = " in t)

    view, text = fates(ascent="true")
    assert maximum in text and minimum not in text
    assert not reader.check_view(view)
    view, text = fates(iters="1")
    assert len(view.said("lr1d.fate.moving_one")) == 3 and "step take it" not in text
    assert not reader.check_view(view)
    view, text = fates(fn="sin_minus_square")
    assert view.said("lr1d.fate.downhill") and "ε = 1 kept" not in text
    assert not reader.check_view(view)
    view, text = fates(fn="sin_minus_square", ascent="true")
    assert "reverse direction" not in text
    assert not reader.check_view(view)
    preset = dict(iters="40", lr1="0.01", lr2="0.05", lr3="0.08")
    view, text = fates(fn="sin_minus_square", ascent="true", start="3", **preset)
    assert len(view.said("lr1d.fate.stopped_on")) == 2 and not view.said("lr1d.fate.stopped_near")
    assert not reader.check_view(view)


def check_table_missing(view, said):
    """ "ε has no row in the table: its drawn iterates end at step m, before step k + 1": the
    iterates chart draws that run to step m ≤ k, and the table has no row for it."""
    label = said["lr"].strip()
    x = iterates(view, label)
    k1 = int(said.number("k1"))
    assert int(said.number("last")) == len(x) - 1 < k1, (said["last"], len(x), k1)
    assert int(view.widget("k").value) + 1 == k1
    for table in view.at.table:
        assert label.removeprefix("ε = ") not in [str(v) for v in table.value["ε"]], table.value


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_run_left_out_of_the_step_table_says_why(lang):
    """`fn=parabola&lr1=2&k=4`: the ε = 2 row vanished from the step-k table with no word why
    (its drawn iterates end at step 4: it passes the far bound at step 5)."""
    view = reader.View(open_page(PAGE, lang, fn="parabola", lr1="2", k="4"), PAGE, lang)
    (said,) = view.said("lr1d.table_missing", lr=r"ε = [\d.e+-]+")
    assert said["lr"].strip() == "ε = 2" and int(said.number("last")) == 4
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_rounded_stop_says_rounding_first_and_measures_to_the_exact_flat_point(lang):
    """Second reader, x + sin x from −6, 100 steps, ε = 10, 2, 1e-5: "ε = 10: stopped at
    x = -304.732 …, 0.0024 from x = -304.734, a flat inflection point" (the drawn end −304.73178
    is 0.0027 from −97π; ε = 2's 0.014 is 0.015 from −13π): the flat point was found in
    float32. And the stop opened the line as a result, the rounding caveat after it, with "the
    step at which it passes the far bound |x| = 600" of a run that never passes it (float64
    ends at −537.21). Now the caveat opens the line, the stop is said "as drawn", to the
    exact flat point, and no far-bound step is mentioned."""
    query = dict(fn="x_plus_sin", start="-6", iters="100", k="29", lr1="10", lr2="2", lr3="1e-05")
    view = reader.View(open_page(PAGE, lang, **query), PAGE, lang)
    assert not view.at.exception, [e.value for e in view.at.exception]
    for label, k in (("ε = 10", 97), ("ε = 2", 13)):
        x = iterates(view, label)
        assert len(x) == 101 and np.all(np.abs(x) < 600)
        line = next(
            ln
            for m in view.at.markdown
            for ln in m.value.splitlines()
            if ln.startswith(f"- {label}{':' if lang == 'en' else '：'}")
        )
        (first,) = reader.said([line], "lr1d.fate.rounding_first", lang)
        assert first.start <= 2 and first["lr"].removeprefix("- ") == label, line
        (stop,) = reader.said([line], "lr1d.fate.stopped_near", lang)
        assert stop.start > first.end - 1 and stop["lr"].strip() == label + AS_DRAWN[lang]
        exact = abs(float(x[-1]) + k * np.pi)
        assert f"{stop.number('dist'):.2g}" == f"{exact:.2g}", (stop["dist"], x[-1], exact)
        assert "600" not in line, line
    assert stop.number("dist") == 0.015
    assert not reader.check_view(view)
