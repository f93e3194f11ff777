"""The critical-points lesson's ledger checks: each sentence's numbers, read back from the
words, against the contour as drawn (the probe marker, the arrows from it, the runs' paths by
their legend names) and the gradient and Hessian the facts panel prints."""

from __future__ import annotations

import math

import numpy as np
import pytest

import optimizers
from tests import ledger as reader
from tests.ledgers import paths
from ui import readings

CHART = "cp_contour"
RED = "#BB5566"
GREY = "#555555"
CURVED = 1e-6
NUM = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"
RUN_NAME = r"[^\s.。:：;；()（）·](?:[^.。:：;；()（）\n]|(?<=\d)\.(?=\d))*?"


def _point(text: str) -> np.ndarray:
    return np.array([reader.number(v) for v in text.strip().strip("()").split(",")])


def derivatives(view: reader.View) -> tuple[np.ndarray, np.ndarray]:
    """The surface's gradient and Hessian at the drawn probe marker, in float64 (the page
    computes them in float32): the oracle the probe's sentence is read against."""
    import jax
    import jax.numpy as jnp

    ls = paths.surface(view)
    with jax.enable_x64(True):
        p = jnp.asarray(probe_marker(view), dtype=jnp.float64)
        grad = np.asarray(jax.grad(ls.loss)(p), dtype=np.float64)
        hess = np.asarray(jax.hessian(ls.loss)(p), dtype=np.float64)
    return grad, 0.5 * (hess + hess.T)


def zero_gradient(grad: np.ndarray, hess: np.ndarray) -> bool:
    """ "∇L ≈ 0" as the page defines it (optimizers.analyse): |∇L| at most 10⁻³ scaled by the
    size of the Hessian's entries, 1 + max|Hᵢⱼ| (float32 derivatives)."""
    return float(np.linalg.norm(grad)) <= 1e-3 * (1.0 + float(np.max(np.abs(hess))))


def probe_marker(view: reader.View) -> np.ndarray:
    fig = view.chart(CHART)
    for trace in fig["data"]:
        if trace.get("mode") == "markers" and trace.get("marker", {}).get("symbol") == "diamond":
            x, y = reader.xy(reader.traces({"data": [trace]})[trace.get("name")])
            return np.array([x[0], y[0]])
    raise AssertionError("no probe marker drawn")


def arrows(view: reader.View, colour: str | None = None) -> list[dict]:
    drawn = view.chart(CHART)["layout"].get("annotations", [])
    return [
        a for a in drawn if a.get("showarrow") and (colour is None or a["arrowcolor"] == colour)
    ]


def drawn_curves(view: reader.View) -> list[np.ndarray]:
    """The curves of minima as drawn: the contour's dashed lines (every point a minimum)."""
    out = []
    for trace in view.chart(CHART)["data"]:
        if trace.get("mode") == "lines" and trace.get("line", {}).get("dash") == "dash":
            x, y = reader.xy(reader.traces({"data": [trace]})[trace.get("name")])
            out.append(np.stack([x, y], axis=1))
    return out


def to_curve(point: np.ndarray, curve: np.ndarray) -> tuple[float, np.ndarray]:
    """The distance from `point` to the curve of minima the dashed line draws, and its nearest
    point there. A drawn curve whose every vertex has the same product x·y = c is the
    hyperbola x·y = c (the two-weight net's w₁w₂ = 1), measured on the hyperbola itself,
    beyond its drawn ends too: a dense search of its branch, then a bounded 1-D minimisation.
    Any other: the nearest point of the polyline's segments."""
    from scipy.optimize import minimize_scalar

    p = np.asarray(point, dtype=np.float64)
    products = curve[:, 0] * curve[:, 1]
    if np.all(curve[:, 0] != 0) and np.allclose(products, products[0], rtol=1e-5):
        c, sign = float(np.median(products)), float(np.sign(curve[0, 0]))

        def far(w: float) -> float:
            return float(np.hypot(w - p[0], c / w - p[1]))

        ws = sign * np.geomspace(1e-3, 1e3, 60001)
        i = int(np.argmin(np.hypot(ws - p[0], c / ws - p[1])))
        lo, hi = sorted((ws[max(i - 1, 0)], ws[min(i + 1, len(ws) - 1)]))
        w = float(
            minimize_scalar(far, bounds=(lo, hi), method="bounded", options={"xatol": 1e-12}).x
        )
        return far(w), np.array([w, c / w])
    a, b = curve[:-1], curve[1:]
    best = (math.inf, curve[0])
    for p0, p1 in zip(a, b, strict=True):
        ab = p1 - p0
        u = min(1.0, max(0.0, float((point - p0) @ ab) / float(ab @ ab)))
        q = p0 + u * ab
        d = float(np.linalg.norm(point - q))
        if d < best[0]:
            best = (d, q)
    return best


def _near(printed_value: str, value: float, scale: float) -> bool:
    """A number printed to 3 significant digits from float32 derivatives, against the float64
    oracle: within the printing and 10⁻⁴ of the Hessian's scale."""
    shown = reader.number(printed_value)
    return abs(shown - value) <= 5e-3 * abs(value) + 1e-4 * scale + 1e-6


def check_probe(view, said):
    at = _point(said["at"])
    np.testing.assert_allclose(at, probe_marker(view), atol=6e-4 + 5e-3 * np.abs(at).max())
    grad, hess = derivatives(view)
    lams = np.linalg.eigvalsh(hess)
    scale = 1.0 + float(np.max(np.abs(hess)))
    kind = said.key.rsplit(".", 1)[1]
    if kind == "not_critical":
        assert not zero_gradient(grad, hess), grad
        assert paths.close(said["norm"], float(np.linalg.norm(grad)), 2), said["norm"]
        np.testing.assert_allclose(_point(said["g"]), grad, atol=1e-4 * scale, rtol=6e-3)
    else:
        assert zero_gradient(grad, hess), f"∇L = {grad} is not ≈ 0 here"
    if kind == "flat":
        assert np.all(np.abs(lams) <= 1e-4 * scale), lams
        assert not arrows(view, RED) and all(a["arrowcolor"] == GREY for a in arrows(view))
        return
    l1, l2 = said.number("l1"), said.number("l2")
    assert _near(said["l1"], lams[0], scale) and _near(said["l2"], lams[1], scale), (l1, l2, lams)
    flat = 1e-4 * scale  # an eigenvalue this small counts as zero (optimizers.analyse)
    if kind == "saddle":
        assert lams[0] < -flat and lams[1] > flat
    elif kind == "minimum":
        assert lams[0] > flat
    elif kind == "maximum":
        assert lams[1] < -flat
    elif kind == "degenerate":
        assert min(abs(lams)) <= flat * 1.01, lams


def check_zero(view, said):
    """ "|∇L| = g, within (above) what this page counts as ≈ 0: 10⁻³ × (1 + the largest |Hᵢⱼ|,
    h) = b": at the drawn probe, in float64."""
    grad, hess = derivatives(view)
    norm, top = float(np.linalg.norm(grad)), float(np.max(np.abs(hess)))
    limit = 1e-3 * (1.0 + top)
    assert abs(said.number("norm") - norm) <= 6e-3 * norm + 2e-6, (said["norm"], norm)
    assert paths.close(said["h"], top, 2) and paths.close(said["limit"], limit, 2), said["limit"]
    # printed alike, 3 significant digits or more, trailing zeros kept (0.00100, not 0.001)
    for field in ("norm", "limit"):
        digits = said[field].split("e")[0].lstrip("-0.").replace(".", "")
        assert said.number(field) == 0 or len(digits) >= 3, (field, said[field])
    if said.key == "critical.probe.zero_yes":
        assert norm <= limit * 1.001 and said.number("norm") <= said.number("limit")
    else:
        assert norm >= limit * 0.999 and said.number("norm") > said.number("limit")


def check_probe_mark(view, said):
    """The marked point named is the surface's marked point of that kind nearest the drawn
    probe, at the distance named (0: on it)."""
    from ui.i18n import t

    ls = paths.surface(view)
    probe = probe_marker(view)
    marks = [(k, np.asarray(m, float)) for k in ("minimum", "saddle", "maximum")
             for m in getattr(ls, {"minimum": "minima", "saddle": "saddles", "maximum": "maxima"}[k])]  # fmt: skip
    kind, m = min(marks, key=lambda km: float(np.linalg.norm(km[1] - probe)))
    assert said["kind"] == t(f"critical.mark.{kind}", view.lang), (said["kind"], kind)
    np.testing.assert_allclose(_point(said["mark"]), m, rtol=6e-3, atol=6e-4)
    d = float(np.linalg.norm(m - probe))
    if said.key == "critical.probe.mark_on":
        assert d <= 1e-6, d
    else:
        (xlo, xhi), (ylo, yhi) = ls.domain
        assert d <= 0.05 * max(xhi - xlo, yhi - ylo) and paths.close(said["d"], d, 2), (
            said["d"],
            d,
        )


def _along(hess: np.ndarray, arrow: dict, lam: float) -> bool:
    """Whether the drawn arrow points along an eigenvector of `lam` (any direction of its
    eigenspace when it is repeated)."""
    way = np.array([arrow["x"] - arrow["ax"], arrow["y"] - arrow["ay"]])
    way /= np.linalg.norm(way)
    return np.linalg.norm(hess @ way - lam * way) <= 2e-3 * max(1.0, float(np.abs(hess).max()))


def _small_step(view, arrow: dict) -> float:
    """The loss change of a small step along a drawn arrow (`claims.SMALL_STEP` of its drawn
    length, from the probe marker), on the surface in float64: what "a small step along it
    lowers (raises) the loss" says."""
    import jax
    import jax.numpy as jnp

    from pages.critical_points.claims import SMALL_STEP

    ls = paths.surface(view)
    start = probe_marker(view)
    way = np.array([arrow["x"] - arrow["ax"], arrow["y"] - arrow["ay"]])
    with jax.enable_x64(True):
        here = float(ls.loss(jnp.asarray(start, jnp.float64)))
        there = float(ls.loss(jnp.asarray(start + SMALL_STEP * way, jnp.float64)))
    return there - here


def check_red(view, said):
    _grad, hess = derivatives(view)
    lams = np.linalg.eigvalsh(hess)
    scale = 1.0 + float(np.max(np.abs(hess)))
    lam = said.number("lam")
    assert lam < 0 and _near(said["lam"], lams[0], scale), (lam, lams)
    reds = arrows(view, RED)
    assert len(reds) == 1, f"{len(reds)} red arrows drawn: 'the red arrow' names one"
    assert np.allclose([reds[0]["ax"], reds[0]["ay"]], probe_marker(view), atol=1e-6)
    assert _along(hess, reds[0], lams[0]), "the red arrow is no eigenvector of λ"
    assert _small_step(view, reds[0]) < 0, "a small step along the red arrow raises the loss"


def check_red_both(view, said):
    _grad, hess = derivatives(view)
    lams = np.linalg.eigvalsh(hess)
    scale = 1.0 + float(np.max(np.abs(hess)))
    l1, l2 = said.number("l1"), said.number("l2")
    assert l1 < 0 and l2 < 0
    assert _near(said["l1"], lams[0], scale) and _near(said["l2"], lams[1], scale), lams
    reds = arrows(view, RED)
    assert len(reds) == 2 and len(arrows(view)) == 2, "not both arrows are red"
    for red in reds:
        assert any(_along(hess, red, lam) for lam in lams), red
        assert _small_step(view, red) < 0, "a small step along a red arrow raises the loss"


GREEN = "#117733"


def check_green(view, said):
    _grad, hess = derivatives(view)
    lams = np.linalg.eigvalsh(hess)
    scale = 1.0 + float(np.max(np.abs(hess)))
    lam = said.number("lam")
    assert lam > 0 and _near(said["lam"], lams[1], scale), (lam, lams)
    assert lams[0] <= CURVED * scale, "both eigenvalues are positive: two green arrows"
    if said.key == "critical.probe.green_stable":  # a saddle: the other one negative
        assert lams[0] < -CURVED * scale, lams
    greens = arrows(view, GREEN)
    assert len(greens) == 1, f"{len(greens)} green arrows drawn: 'the green arrow' names one"
    assert np.allclose([greens[0]["ax"], greens[0]["ay"]], probe_marker(view), atol=1e-6)
    assert _along(hess, greens[0], lams[1]), "the green arrow is no eigenvector of λ"
    assert _small_step(view, greens[0]) > 0, "a small step along the green arrow lowers the loss"


def check_green_both(view, said):
    _grad, hess = derivatives(view)
    lams = np.linalg.eigvalsh(hess)
    scale = 1.0 + float(np.max(np.abs(hess)))
    l1, l2 = said.number("l1"), said.number("l2")
    assert l1 > 0 and l2 > 0
    assert _near(said["l1"], lams[0], scale) and _near(said["l2"], lams[1], scale), lams
    greens = arrows(view, GREEN)
    assert len(greens) == 2 and len(arrows(view)) == 2, "not both arrows are green"
    for green in greens:
        assert any(_along(hess, green, lam) for lam in lams), green
        assert _small_step(view, green) > 0, "a small step along a green arrow lowers the loss"


def check_no_red(view, said):
    assert not arrows(view, RED), "a red arrow is drawn"
    _grad, hess = derivatives(view)
    assert np.linalg.eigvalsh(hess)[0] >= -1e-4 * (1.0 + float(np.max(np.abs(hess))))


def _saddle_run(view, said):
    drawn = paths.path(view, CHART, said["name"])
    ls = paths.surface(view)
    s = min(
        (np.asarray(c, float) for c in ls.saddles),
        key=lambda c: np.linalg.norm(c - _point(said["saddle"])),
    )
    (xlo, xhi), (ylo, yhi) = ls.domain
    width = max(xhi - xlo, yhi - ylo)
    return drawn, ls, s, width, np.linalg.norm(drawn - s, axis=1)


def check_escaped(view, said):
    """Came nearest at the step named; "left it from step out on": the step before is the last
    drawn point within r = 10 % of the width, every later one beyond r (a path that swings
    out and comes back has not left yet); the way from the saddle to the drawn end."""
    drawn, ls, s, width, dist = _saddle_run(view, said)
    r = 0.1 * width
    out = int(said.number("out"))
    if said.key.endswith("_on"):  # "started on the saddle"
        assert dist[0] == 0.0, f"the drawn start is {dist[0]:.2g} from the saddle"
    else:
        k = int(said.number("step"))
        assert int(np.argmin(dist)) == k, (int(np.argmin(dist)), k)
        assert paths.close(said["d"], dist[k], 2) and dist[k] <= 0.02 * width
    assert paths.close(said["r"], r, 2), (said["r"], r)
    assert dist[out - 1] <= r, f"step {out - 1} is {dist[out - 1]:.2g} away: it left earlier"
    assert np.all(dist[out:] > r), f"back within {r:.2g} after step {out}"
    if "angle" in said.fields:
        np.testing.assert_allclose(_point(said["end"]), drawn[-1], rtol=6e-3, atol=6e-3)
        there = optimizers.analyse(ls.loss, tuple(s))
        way = (drawn[-1] - s) / np.linalg.norm(drawn[-1] - s)
        angle = math.degrees(math.acos(min(1.0, abs(float(way @ there.eigenvectors[:, 0])))))
        assert abs(angle - said.number("angle")) <= 1.0, (angle, said["angle"])


def check_side(view, said):
    """ "(on the side the red arrow points to / opposite the red arrow)": the red arrow drawn
    from the saddle the run's sentence names, and the way from that saddle to the run's drawn
    end along it (+) or against it (−)."""
    keys = ("critical.run.escaped_along", "critical.run.escaped_along_on")
    first = paths.opening(view, said, keys)
    full = [
        s
        for key in keys
        for s in reader.said([said.text], key, view.lang, name=RUN_NAME, end=r"\([^()]*\)")
    ]
    (first,) = [s for s in full if s.start == first.start]
    drawn = paths.path(view, CHART, first["name"])
    saddle = _point(first["saddle"])
    reds = [
        a
        for a in arrows(view, RED)
        if np.linalg.norm(np.array([a["ax"], a["ay"]]) - saddle) <= 0.02 * 4 + 1e-3
    ]
    assert len(reds) == 1, f"{len(reds)} red arrows drawn from the saddle {saddle}"
    way = drawn[-1] - saddle
    arrow = np.array([reds[0]["x"] - reds[0]["ax"], reds[0]["y"] - reds[0]["ay"]])
    dot = float(way @ arrow)
    if said.key == "critical.run.side_with":
        assert dot > 0, "the run left against the red arrow"
    else:
        assert dot < 0, "the run left the way the red arrow points"


def check_bouncing(view, said):
    """ "It bounces between a and b: its last m drawn points alternate between them": the run
    named before it, its drawn points."""
    first = paths.opening(view, said, ("critical.run.moving",))
    drawn = paths.path(view, CHART, first["name"])
    tol = readings.stop_tolerance(paths.surface(view).domain)
    m = int(said.number("m"))
    assert m >= 5 and len(drawn) >= m
    a, b = _point(said["a"]), _point(said["b"])
    np.testing.assert_allclose(a, drawn[-1], rtol=6e-3, atol=1e-6)
    np.testing.assert_allclose(b, drawn[-2], rtol=6e-3, atol=1e-6)
    assert said["a"] != said["b"], "the two points it bounces between print alike"
    apart = np.linalg.norm(drawn[-1] - drawn[-2])
    assert apart > tol
    tail = drawn[-m:]
    jitter = np.linalg.norm(tail[2:] - tail[:-2], axis=1)
    assert np.all(jitter <= tol), tail
    # a real 2-cycle, far larger than any wobble of its points (not noise jitter)
    assert apart > 10 * jitter.max(), (apart, jitter.max())


def check_back(view, said):
    """Swung out beyond r at step o and came back to `back` at step b, before it left."""
    _drawn, _ls, _s, width, dist = _saddle_run(view, said)
    r = 0.1 * width
    assert paths.close(said["r"], r, 2), (said["r"], r)
    k = int(np.argmin(dist))
    o, b = int(said.number("o")), int(said.number("b"))
    out = int(np.nonzero(dist <= r)[0].max()) + 1  # it left from here on
    assert k < o < b < out, (k, o, b, out)
    assert np.all(dist[k:o] <= r) and dist[o] > r, "not the first step beyond r"
    assert paths.close(said["far"], dist[o], 2), (said["far"], dist[o])
    assert int(np.argmin(dist[o:out])) + o == b and paths.close(said["back"], dist[b], 2)
    assert dist[b] <= r, "it did not come back within r"


KIND_WORDS = ("saddle", "minimum", "maximum", "degenerate")


def check_stopped(view, said):
    from ui.i18n import t

    fields = {"name": RUN_NAME, "flat": NUM, "steep": NUM, "d": NUM}
    if any(
        s.start == said.start
        for s in reader.said([said.text], "critical.run.stopped_curve", view.lang, **fields)
    ):
        return  # the stop on a curve of minima: check_stopped_curve reads it
    drawn = paths.path(view, CHART, said["name"])
    ls = paths.surface(view)
    tol = readings.stop_tolerance(ls.domain)
    window = int(said.number("window"))
    assert window == readings.STOP_WINDOW and paths.close(said["tol"], tol, 2)
    assert readings.stopped(drawn, window, reader.number(said["tol"]) * 1.05)
    assert readings.stopped(drawn, window, tol)
    np.testing.assert_allclose(_point(said["at"]), drawn[-1], rtol=6e-3, atol=1e-6)
    kind = optimizers.analyse(ls.loss, tuple(drawn[-1])).kind
    # a stop on a drawn curve of minima is a minimum there, never "a degenerate critical
    # point" (nor a saddle): critical.run.stopped_curve says so
    (xlo, xhi), (ylo, yhi) = ls.domain
    on = min((to_curve(drawn[-1], c)[0] for c in drawn_curves(view)), default=math.inf)
    assert on > 0.005 * max(xhi - xlo, yhi - ylo), (
        f"stopped {on:.2g} from the drawn curve of minima, yet named {said['kind']!r}"
    )
    word = t(f"critical.at.{kind}", view.lang, norm="")
    head = word.split("{")[0].split("（")[0].split("(")[0].strip()
    assert said["kind"].startswith(head), (kind, said["kind"])


def check_creeping(view, said):
    """Short steps off a critical point: the last steps under the tolerance, ∇L not ≈ 0 at
    the drawn end (its |∇L| as named), and the last drawn step still moves (creeping) or is 0
    (stuck). Why they are short, against the surface's default ε: "shallow" ⇔ a step ε|∇L|
    there is under the tolerance at the default ε and at the ε set; "not shallow" (`_lr`) ⇔
    at the default ε it is not, and the ε set is smaller (its step ε|∇L| as named)."""
    drawn = paths.path(view, CHART, said["name"])
    ls = paths.surface(view)
    tol = readings.stop_tolerance(ls.domain)
    assert int(said.number("window")) == readings.STOP_WINDOW and paths.close(said["tol"], tol, 2)
    assert readings.stopped(drawn, readings.STOP_WINDOW, tol)
    np.testing.assert_allclose(_point(said["at"]), drawn[-1], rtol=6e-3, atol=1e-6)
    local = optimizers.analyse(ls.loss, tuple(drawn[-1]))
    assert local.kind == "not_critical", local.kind
    slope = float(np.linalg.norm(local.gradient))
    assert paths.close(said["norm"], slope, 2), said["norm"]
    last = float(np.linalg.norm(drawn[-1] - drawn[-2]))
    if said.key.startswith("critical.run.stuck"):
        assert last == 0, f"the last drawn step is {last}, not 0"
    else:
        assert last > 0, "the last drawn step is 0: it does not creep on"
    lr0, lr = float(ls.lr_hint[0]), float(view.widget("gd_lr").value)
    assert said.number("lr0") == lr0 and paths.close(said["s0"], lr0 * slope, 2), said["s0"]
    if "lr" in said.fields:  # the ε set and its step ε|∇L|
        assert paths.close(said["lr"], lr, 3)
        if "last" not in said.fields:  # creeping_lr quotes its own last drawn step instead
            assert paths.close(said["s"], lr * slope, 2)
    if "last" in said.fields:  # the run's own last drawn step (momentum's is ~10 × ε|∇L|)
        assert paths.close(said["last"], last, 2), (said["last"], last)
    if said.key.endswith("_lr"):  # not shallow: the default ε steps past the tolerance here
        assert lr0 * slope >= tol and lr < lr0, (lr0 * slope, tol, lr)
        assert lr * slope < tol, "at the ε set a step ε|∇L| is not short"
    else:  # shallow: short at the default ε and at the one set
        assert max(lr0, lr) * slope < tol, (lr0, lr, slope, tol)


def check_stopped_curve(view, said):
    """Stopped on the drawn curve of minima: at the distance named from it, ∇L ≈ 0 there, and
    the Hessian's eigenvalues are the two named, the one ≈ 0 along the curve's tangent and
    the other > 0 (a minimum whose Hessian is singular along the curve)."""
    drawn = paths.path(view, CHART, said["name"])
    ls = paths.surface(view)
    tol = readings.stop_tolerance(ls.domain)
    assert int(said.number("window")) == readings.STOP_WINDOW and paths.close(said["tol"], tol, 2)
    assert readings.stopped(drawn, readings.STOP_WINDOW, tol)
    end = drawn[-1]
    np.testing.assert_allclose(_point(said["at"]), end, rtol=6e-3, atol=1e-6)
    (xlo, xhi), (ylo, yhi) = ls.domain
    curves = drawn_curves(view)
    assert curves, "no curve of minima drawn"
    d, q = min((to_curve(end, c) for c in curves), key=lambda item: item[0])
    assert d <= 0.005 * max(xhi - xlo, yhi - ylo), d
    assert paths.close(said["d"], d, 2) or abs(said.number("d") - d) < 2e-4, (said["d"], d)
    import jax
    import jax.numpy as jnp

    with jax.enable_x64(True):
        p = jnp.asarray(end, dtype=jnp.float64)
        grad = np.asarray(jax.grad(ls.loss)(p))
        hess = np.asarray(jax.hessian(ls.loss)(p))
        on_curve = float(ls.loss(jnp.asarray(q, dtype=jnp.float64)))
    assert zero_gradient(grad, hess), grad
    assert on_curve <= 1e-4 + (ls.min_loss or 0.0), "the drawn curve is no curve of minima here"
    lams, vecs = np.linalg.eigh(0.5 * (hess + hess.T))
    k = int(np.argmin(np.abs(lams)))
    flat, steep = lams[k], lams[1 - k]
    scale = 1.0 + float(np.max(np.abs(hess)))
    assert abs(flat) <= 1e-2 * scale and steep > 0.1, lams
    assert _near(said["flat"], flat, scale) or abs(said.number("flat") - flat) < 1e-3, flat
    assert _near(said["steep"], steep, scale), (said["steep"], steep)
    seg = min(curves, key=lambda c: to_curve(end, c)[0])
    i = int(np.argmin(np.linalg.norm(seg - q, axis=1)))
    tangent = seg[min(i + 1, len(seg) - 1)] - seg[max(i - 1, 0)]
    tangent /= np.linalg.norm(tangent)
    assert abs(float(vecs[:, k] @ tangent)) > 0.99, "the ≈ 0 eigenvector is not along the curve"


def check_moving(view, said):
    drawn = paths.path(view, CHART, said["name"])
    ls = paths.surface(view)
    assert int(said.number("step")) == len(drawn) - 1
    np.testing.assert_allclose(_point(said["at"]), drawn[-1], rtol=6e-3, atol=1e-6)
    lengths = readings.step_lengths(drawn)
    assert paths.close(said["last"], lengths[-1], 2), (said["last"], lengths[-1])
    assert not readings.stopped(drawn, readings.STOP_WINDOW, readings.stop_tolerance(ls.domain))


CREEPING = (
    "critical.run.creeping",
    "critical.run.creeping_lr",
    "critical.run.stuck",
    "critical.run.stuck_lr",
)


def check_near(view, said):
    first = paths.opening(view, said, ("critical.run.moving", *CREEPING))
    drawn = paths.path(view, CHART, first["name"])
    ls = paths.surface(view)
    (xlo, xhi), (ylo, yhi) = ls.domain
    width = max(xhi - xlo, yhi - ylo)
    mark = _point(said["mark"])
    end = drawn[-1]
    d = float(np.linalg.norm(end - mark))
    assert readings.close_to(end, mark, 0.05 * width * 1.01), d
    assert paths.close(said["d"], d, 2) or abs(reader.number(said["d"]) - d) < 0.006, (said["d"], d)
    # the mark is the nearest marked point (a curve of minima counts at its nearest drawn
    # point, not only at a vertex): no nearer minimum, saddle or maximum is drawn
    points = [np.asarray(m, float) for m in (*ls.minima, *ls.saddles, *ls.maxima)]
    points += [to_curve(end, c)[1] for c in drawn_curves(view)]
    nearest = min(float(np.linalg.norm(end - m)) for m in points)
    assert reader.number(said["d"]) <= nearest * 1.06 + 6e-4, (
        f"named {said['d']} from {said['mark']}, but a marked minimum is {nearest:.2g} away"
    )
    if said.key == "critical.run.near_curve":
        assert min(to_curve(mark, c)[0] for c in drawn_curves(view)) < 6e-3 * max(
            1.0, float(np.abs(mark).max())
        ), f"{said['mark']} is not on a drawn curve of minima"
        return
    tol = 6e-3 * max(1.0, float(np.abs(mark).max()))
    assert any(np.linalg.norm(m - mark) < tol for m in points), mark


def check_unstable(view, said):
    paths.check_unstable(view, said, CHART)


def check_diverged(view, said):
    paths.check_diverged(view, said, CHART)


def check_downhill(view, said):
    paths.check_downhill(view, said, "cp_loss")


def check_left(view, said):
    paths.check_left(view, said, CHART)


def check_escaped_downhill(view, said):
    paths.check_escaped(view, said, CHART)


def check_escaped_saddle(view, said):
    paths.check_escaped_saddle(view, said, CHART)


def check_outside_end(view, said):
    """ "Left the picture at step j; at the last drawn step, k, it is outside it at (x, y),
    still within the far bound": the drawn path's first point outside the axes, its last."""
    drawn = paths.path(view, CHART, said["name"])
    box = paths.picture(view, CHART)
    j, k = int(said.number("left")), int(said.number("step"))
    assert readings.left_box(drawn, box) == j
    assert len(drawn) == k + 1 == int(view.widget("n").value) + 1
    assert not readings.inside_box(drawn[-1:], box)[0]
    np.testing.assert_allclose(_point(said["point"]), drawn[-1], rtol=6e-3, atol=1e-6)
    assert np.abs(drawn).max() <= paths.surface(view).far_bound == said.number("bound")


def check_outside_back(view, said):
    """ "Left the picture at step j; from step m to the last drawn step, k, it is back
    inside": point j the first outside the axes, m − 1 outside, every point from m inside."""
    drawn = paths.path(view, CHART, said["name"])
    box = paths.picture(view, CHART)
    inside = readings.inside_box(drawn, box)
    j, m, k = (int(said.number(f)) for f in ("left", "back", "step"))
    assert readings.left_box(drawn, box) == j
    assert not inside[m - 1] and inside[m:].all(), (m, inside.astype(int))
    assert len(drawn) == k + 1 == int(view.widget("n").value) + 1


def check_left_at_end(view, said):
    paths.check_left_at_end(view, said, CHART)


# ---- pinned views of issue 31 ------------------------------------------------------------------
def check_log_axis(view, said):
    assert view.chart("cp_loss")["layout"]["yaxis"].get("type") == "log", "not a log axis"


def check_log_gap(view, said):
    """ "R is exactly at the minimum loss at n drawn steps, the first at step k": R's loss line
    has no point at those n steps, the first k, while its contour path is finite there."""
    y = reader.xy(reader.traces(view.chart("cp_loss"))[said["run"].strip()])[1]
    p = paths.path(view, CHART, said["run"])[: len(y)]
    gone = np.isnan(y)
    assert np.all(np.isfinite(p[gone])), "a step without a point is a path off to infinity"
    k = int(said.number("step"))
    assert gone[k] and (k == 0 or not gone[:k].any()), (k, y[: k + 1])
    n = int(said.number("n")) if "n" in said.fields else 1
    assert n == int(gone.sum()), (n, y)


def test_monkey_saddle_probe_reads_true_of_what_is_drawn():
    """Issue 31, case 4: at the monkey saddle H = 0 (no red arrow, the probe 'flat'), and the
    runs slide off: x³ − 3xy² has no bottom, every drawn loss is below the one before, so
    each run "kept going downhill" (a lecturer read "became unstable from step 1"), and the
    loss chart, with no minimum to subtract, says so on its axis. Each sentence is held
    against the drawn contour and loss chart, in both languages."""
    from tests.lessons import open_page

    for lang in ("en", "zh"):
        at = open_page("critical-points", lang, landscape="monkey_saddle", px="0", py="0")
        view = reader.View(at, "critical-points", lang)
        seen: set[str] = set()
        assert not reader.check_view(view, seen)
        assert {"critical.probe.flat", "critical.probe.no_red", "playground.downhill",
                "playground.left"} <= seen  # fmt: skip
        assert "playground.unstable" not in seen
        assert not arrows(view, RED)
        assert [int(s.number("step")) for s in view.said("playground.left")] == [18, 12, 18]
        for name, trace in reader.traces(view.chart("cp_loss")).items():
            assert readings.slid_downhill(reader.xy(trace)[1]), name
        title = view.chart("cp_loss")["layout"]["yaxis"]["title"]["text"]
        assert (
            title == {"en": "loss (no minimum to subtract)", "zh": "损失（没有最小值可减）"}[lang]
        )


def test_a_nudged_start_stops_on_the_curve_of_minima_and_noise_ends_near_it():
    """The button "Start y + 0.01" on (1 − w₁w₂)² (start (−0.42, 0.43)): gradient descent
    stops at (0.999, 1), on the drawn curve w₁w₂ = 1 (a minimum, not "a degenerate critical
    point"); the noisy run ends about 0.002 from the curve (not 0.016 from its vertex
    (−1, −1)). Every sentence read back against the drawn contour, in both languages."""
    from tests.lessons import open_page

    for lang in ("en", "zh"):
        at = open_page("critical-points", lang=lang, sy="0.43")
        view = reader.View(at, "critical-points", lang)
        seen: set[str] = set()
        assert not reader.check_view(view, seen)
        assert {"critical.run.stopped_curve", "critical.run.near_curve"} <= seen, seen
        (stop,) = view.said("critical.run.stopped_curve", name=RUN_NAME)
        assert stop.number("d") < 1e-3 and stop["at"] == "(0.999, 1)"
        nears = view.said(
            "critical.run.near_curve", mark=r"\([^()]*\)", d=NUM
        )  # momentum's and the noisy run's ends
        assert len(nears) == 2 and all(n.number("d") < 0.005 for n in nears), nears


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_hessian_is_named_by_its_own_point_in_its_own_paragraph(lang):
    """After the probe's sentence ("Probe point (0, 0): … a saddle") the paragraph went on "One
    eigenvalue of H is ≈ 0 (2.1e-07), the other 4": that H is at gradient descent's end, not at
    the probe. The runs' sentences are paragraphs of their own, and that one names its point."""
    from tests import ledger as reader
    from tests.lessons import open_page

    view = reader.View(open_page("critical-points", lang, sy="0.43"), "critical-points", lang)
    (said,) = view.said("critical.run.stopped_curve")
    paragraph = said.text[: said.start].rsplit("\n\n", 1)
    assert len(paragraph) == 2, "the run's sentence shares the probe's paragraph"
    assert not reader.said([paragraph[1] + said.text[said.start :]], "critical.probe.saddle", lang)
    words = said.text[said.start : said.end]
    assert ("not the probe point" if lang == "en" else "不是检查点的") in words
    assert not reader.check_view(view)


# ---- a lecturer's fresh read (1024×768 中文 projector) -----------------------------------------
def _cp(lang: str, **query) -> reader.View:
    from tests.lessons import open_page

    return reader.View(
        open_page("critical-points", lang, proj="1", **query), "critical-points", lang
    )


def _hyperbola_distance(point) -> float:
    """The true distance from `point` to w₁w₂ = 1 (its own branch), by a dense search of the
    curve beyond the drawn box: independent of the page and of the drawn vertices."""
    w = np.sign(point[0]) * np.geomspace(1e-2, 1e2, 2_000_001)
    return float(np.min(np.hypot(w - point[0], 1 / w - point[1])))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_distance_to_the_curve_of_minima_is_the_true_one(lang):
    """`sx=2`: gradient descent stops at (2.02, 0.496), where w₁w₂ = 1 to 7 digits; the
    sentence said "0.017 from the curve", the distance to the drawn curve's last vertex (2, 0.5).
    `sy=-2`: the noisy run ends near (−0.5, −2.05); the nearest point of w₁w₂ = 1 is
    (−0.489, −2.044), 0.0027 away, where the sentence named the vertex (−0.5, −2) 0.045 away."""
    view = _cp(lang, sx="2")
    (said,) = view.said("critical.run.stopped_curve", name=RUN_NAME, d=NUM, flat=NUM, steep=NUM)
    end = paths.path(view, CHART, said["name"])[-1]
    true = _hyperbola_distance(end)
    assert true < 1e-4, true
    assert said.number("d") < 1e-3, said["d"]
    assert not reader.check_view(view)
    view = _cp(lang, sy="-2")
    near = view.said("critical.run.near_curve", mark=r"\([^()]*\)", d=r"[\d.e+-]+")
    assert near, "no run ends near the curve of minima"
    for s in near:
        mark = _point(s["mark"])
        assert abs(mark[0] * mark[1] - 1) < 0.01, mark  # on w₁w₂ = 1, not a vertex beside it
        first = paths.opening(view, s, ("critical.run.moving",))
        end = paths.path(view, CHART, first["name"])[-1]
        assert abs(s.number("d") - _hyperbola_distance(end)) < 6e-4, (s["d"], end)
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_momentum_leaves_the_saddle_where_it_really_leaves(lang):
    """`sy=0.43` (the "start w₂ + 0.01" button): momentum came within 0.03 of the saddle at
    step 3; the sentence said it "left it (well away by step 6), 82° off" its negative-curvature
    direction. At step 6, (0.36, −0.27), it had overshot along the stable line and was back
    within 0.23 at step 9; it leaves for good from step 11, towards the upper right, 9° off
    (from the saddle to its end). The sentence now says so, and says the overshoot."""
    view = _cp(lang, sy="0.43")
    momentum = {"en": "Momentum", "zh": "动量"}[lang]
    drawn = paths.path(view, CHART, momentum)
    dist = np.linalg.norm(drawn, axis=1)
    assert int(np.argmin(dist)) == 3 and dist[6] > 0.4 and dist[9] < 0.25
    (esc,) = [
        s
        for s in view.said("critical.run.escaped_along", name=RUN_NAME, end=r"\([^()]*\)")
        if s["name"] == momentum
    ]
    assert int(esc.number("out")) == int(np.nonzero(dist <= 0.4)[0].max()) + 1 == 11
    assert esc.number("angle") < 15, esc["angle"]
    (back,) = [s for s in view.said("critical.run.back", name=RUN_NAME) if s["name"] == momentum]
    assert (int(back.number("o")), int(back.number("b"))) == (6, 9)
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_noise_is_not_called_noise_and_has_its_own_colour(lang):
    """`sigma=0`: the legend and sentence read "gradient descent + noise σ=0". Its drawn path is
    gradient descent's; it is now named "σ = 0: no noise (same as gradient descent)". At the
    default σ the noisy run is drawn in a colour of its own, not gradient descent's blue."""
    view = _cp(lang, sigma="0")
    names = list(reader.traces(view.chart(CHART)))
    noise_word = {"en": "+ noise", "zh": "+ 噪声"}[lang]
    assert not any(noise_word in str(n) for n in names), names
    (same,) = [n for n in names if "σ = 0" in str(n)]
    gd = {"en": "Gradient descent", "zh": "梯度下降"}[lang]
    np.testing.assert_allclose(paths.path(view, CHART, same), paths.path(view, CHART, gd))
    assert not any(noise_word in text for text in view.texts)
    view = _cp(lang)
    lines = {
        tr.get("name"): tr["line"]["color"]
        for tr in view.chart(CHART)["data"]
        if tr.get("mode") == "lines+markers"
    }
    noisy = next(n for n in lines if noise_word in n)
    assert lines[noisy] != lines[gd], lines


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_both_arrows_are_said_and_neither_hides_the_start(lang):
    """Default view (probe at the saddle, start (−0.42, 0.42) on its stable line): the green
    arrow was explained nowhere, and it pointed at the start, 0.56 long against a start 0.59
    away. Now the sentence says what the green arrow is (the stable direction), and each arrow
    points away from the start (or, across it, from where the runs end), 1.0 long (25 % of the width)."""
    view = _cp(lang)
    assert view.said("critical.probe.green_stable", **{"lam": NUM})
    assert view.said("critical.probe.red", **{"lam": NUM})
    start = paths.path(view, CHART, {"en": "Gradient descent", "zh": "梯度下降"}[lang])[0]
    for a in arrows(view):
        tail, head = np.array([a["ax"], a["ay"]]), np.array([a["x"], a["y"]])
        assert np.linalg.norm(head - tail) >= 0.99
        assert float((head - tail) @ (start - tail)) <= 1e-9, "the arrow points at the start"
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_printed_eigenvectors_point_as_the_arrows_drawn(lang):
    """A fresh read: the arrows pointed along +(1, 1) and (1, −1) while the column printed
    v₁ = (−0.707, −0.707), v₂ = (−0.707, 0.707); each printed vᵢ is its drawn arrow's way."""
    import re

    view = _cp(lang)
    printed = {}
    for m in view.at.markdown:
        for found in re.finditer(r"v([₁₂]) = \((-?\d+\.\d+), (-?\d+\.\d+)\)", m.value):
            printed[found[1]] = np.array([float(found[2]), float(found[3])])
    assert set(printed) == {"₁", "₂"}, printed
    drawn = arrows(view)
    assert len(drawn) == 2
    for a in drawn:
        way = np.array([a["x"] - a["ax"], a["y"] - a["ay"]])
        way /= np.linalg.norm(way)
        # the printed vector with this arrow's line: the same way, not the opposite one
        match = max(printed.values(), key=lambda v: abs(float(v @ way)))
        assert float(match @ way) >= 0.999, (match, way)


def check_probe_at_min(view, said):
    """At the drawn probe the surface's L (float64) is the value named and within 10⁻⁶ × (1 +
    |min|) of the minimum value named, the surface's, and the probe lies on a drawn dashed
    curve of minima (within 0.5 % of the width)."""
    import jax
    import jax.numpy as jnp

    ls = paths.surface(view)
    assert ls.min_loss is not None and paths.close(said["min"], ls.min_loss, 3), said["min"]
    with jax.enable_x64(True):
        loss = float(ls.loss(jnp.asarray(probe_marker(view), dtype=jnp.float64)))
    assert abs(loss - ls.min_loss) <= 1e-6 * (1.0 + abs(ls.min_loss)), (loss, ls.min_loss)
    assert abs(said.number("loss") - loss) <= 1e-6 * (1.0 + abs(loss)) or paths.close(
        said["loss"], loss, 3
    ), (said["loss"], loss)
    (xlo, xhi), (ylo, yhi) = ls.domain
    on = min((to_curve(probe_marker(view), c)[0] for c in drawn_curves(view)), default=math.inf)
    assert on <= 0.005 * max(xhi - xlo, yhi - ylo), on


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_small_step_along_the_red_arrow_lowers_the_loss_off_a_critical_point(lang):
    """A fresh read on the plateau (probe (3, 2), where ∇L is not 0): "moving along it lowers
    the loss" while the drawn red arrow pointed up a slope of g·v = +0.001 (0.99978 at the
    probe, 0.99998 half-way). The arrow now points the way its sentence says."""
    view = _cp(lang, landscape="plateau")
    assert view.said("critical.probe.red", **{"lam": NUM})
    (red,) = arrows(view, RED)
    assert _small_step(view, red) < 0
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_kind_box_agrees_with_the_probe_sentence_on_the_curve_of_minima(lang):
    """A fresh read at (1, 1) on the two-neuron surface: the box said "degenerate … cannot
    decide" beside the sentence "the probe is a minimum, on the curve of minima" (L = 0, the
    surface's minimum). The box now names it a minimum too."""
    from ui.i18n import t

    view = _cp(lang, px="1", py="1")
    assert view.said("critical.probe.at_min_curve")
    shown = " ".join(m.value for m in view.at.markdown)
    assert t("kind.minimum", lang) in shown and t("kind.degenerate", lang) not in shown
    assert t("kind.degenerate.at_min", lang) in [c.value for c in view.at.caption]


# ---- a fresh reader's findings (FX1) ----------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_short_steps_are_blamed_on_the_small_learning_rate_where_the_slope_is_steep(lang):
    """`gd_lr=1e-05`: "the slope is so shallow that every step is that short" at |∇L| = 1.4
    (the plateau creeps at 0.0012): the steps, ε|∇L| = 1.4×10⁻⁵, are short because ε is small;
    at the surface's default ε = 0.1 a step there would be 0.14. Himmelblau at ε = 0.001: the
    run creeps 0.026 from the minimum (3, 2), and the sentence now says how far. The plateau
    at its default ε stays "shallow" (0.5 × 0.0012 under the tolerance 0.0012)."""
    view = _cp(lang, gd_lr="0.00001")
    lr_said = view.said("critical.run.creeping_lr", name=RUN_NAME)
    assert len(lr_said) == 3, [s.text[s.start : s.end] for s in lr_said]
    assert not view.said("critical.run.creeping", name=RUN_NAME)
    for s in lr_said:
        ls = paths.surface(view)
        end = paths.path(view, CHART, s["name"])[-1]
        slope = float(np.linalg.norm(optimizers.analyse(ls.loss, tuple(end)).gradient))
        assert slope > 1.0 and ls.lr_hint[0] * slope > 300 * readings.stop_tolerance(ls.domain)
    assert not reader.check_view(view)
    view = _cp(lang, landscape="himmelblau", gd_lr="0.001", n="300")
    creeping = view.said("critical.run.creeping_lr", name=RUN_NAME)
    assert creeping
    near = view.said("critical.run.near", mark=r"\([^()]*\)", d=NUM, kind=r"\w+")
    assert any(abs(s.number("d") - 0.026) < 0.002 for s in near), near
    assert not reader.check_view(view)
    view = _cp(lang, landscape="plateau")
    assert view.said("critical.run.creeping", name=RUN_NAME)
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_run_escaping_down_the_saddle_is_not_called_unstable_and_leaving_the_picture_is_said(
    lang,
):
    """`landscape=saddle&sy=0.01`: "Momentum became unstable from step 10 …" and a red box
    "Momentum diverged at step 38", while its drawn loss falls at every step from step 9
    (0.125 → −29316): x² − y² has no bottom along y. It now "is escaping downhill", and the red
    box is gone. Gradient descent and the noisy run leave the picture [−2, 2]² at steps 56 and
    59 while "still moving": now said. `landscape=plateau&gd_lr=10`: momentum at (−61.9, 32.9),
    outside [−6, 6]², left it at step 14: said."""
    view = _cp(lang, landscape="saddle", sy="0.01")
    momentum = {"en": "Momentum", "zh": "动量"}[lang]
    assert not [s for s in view.said("playground.unstable", name=RUN_NAME)]
    (esc,) = view.said("playground.escaped", name=RUN_NAME)
    assert esc["name"] == momentum and int(esc.number("step")) == 10
    losses = reader.xy(reader.traces(view.chart("cp_loss"))[momentum])[1]
    assert readings.slid_downhill(losses[9:]) and not readings.slid_downhill(losses)
    assert not view.at.error, [e.value for e in view.at.error]
    away = view.said("playground.outside_end", name=RUN_NAME)
    assert sorted(int(s.number("left")) for s in away) == [56, 59], away
    assert not reader.check_view(view)
    view = _cp(lang, landscape="plateau", gd_lr="10")
    (away,) = view.said("playground.outside_end", name=RUN_NAME)
    assert away["name"] == momentum and int(away.number("left")) == 14
    assert not reader.check_view(view)
    # the monkey saddle's runs "kept going downhill": no red box calls them failures
    view = _cp(lang, landscape="monkey_saddle", px="0", py="0")
    assert view.said("playground.downhill", name=RUN_NAME) and not view.at.error


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_side_a_run_left_the_saddle_on_is_said_against_the_drawn_red_arrow(lang):
    """`landscape=saddle`: "the way from the saddle to its end (−0.000967, −0.758) is 0° off its
    negative-curvature direction" while the red arrow is drawn from (0, 0) to (0, +1): the run
    left toward −y, 180° from the arrow as drawn. The angle is now to the line, and the
    sentence says the side, read against the drawn arrow."""
    view = _cp(lang, landscape="saddle")
    sides = view.said("critical.run.side_against")
    assert sides, "no run says it left opposite the red arrow"
    (red,) = arrows(view, RED)
    assert red["y"] > red["ay"]  # drawn pointing to +y
    (first,) = view.said("critical.run.escaped_along", name=RUN_NAME, end=r"\([^()]*\)")
    assert paths.path(view, CHART, first["name"])[-1][1] < 0  # the noisy run ends at −y
    assert not view.said("critical.run.side_with")
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_probe_says_what_counts_as_a_zero_gradient(lang):
    """Himmelblau's saddle tapped: |∇L| = 0.0198 read "∇L ≈ 0 … a saddle point"; the plateau's
    probe, |∇L| = 0.001, "is not zero: no critical point". Both now state the yardstick,
    10⁻³ × (1 + the largest |Hᵢⱼ|), with its value, and the marked saddle's distance."""
    view = _cp(lang, landscape="himmelblau", px="0.087", py="2.884")
    (zero,) = view.said("critical.probe.zero_yes", norm=NUM, h=NUM, limit=NUM)
    assert 0.001 < zero.number("norm") <= zero.number("limit")
    (mark,) = view.said("critical.probe.mark_near", mark=r"\([^()]*\)", d=NUM, kind=r"\w+")
    assert mark.number("d") < 0.001
    assert not reader.check_view(view)
    view = _cp(lang, landscape="plateau")
    (zero,) = view.said("critical.probe.zero_no", norm=NUM, h=NUM, limit=NUM)
    assert zero.number("norm") > zero.number("limit")
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_gradient_descent_is_drawn_so_it_shows_under_the_other_runs(lang):
    """Default view: the blue gradient-descent path lay wholly under the noisy run (black) and
    momentum (orange), the same 4 px wide; study step 2 and a sentence are about it. It is
    drawn first (underneath) and wider, line and dots, than every path drawn over it."""
    view = _cp(lang)
    drawn = [t for t in view.chart(CHART)["data"] if t.get("mode") == "lines+markers"]
    gd = {"en": "Gradient descent", "zh": "梯度下降"}[lang]
    assert drawn[0]["name"] == gd, [t["name"] for t in drawn]
    for other in drawn[1:]:
        assert drawn[0]["line"]["width"] >= other["line"]["width"] + 4, other["name"]
        assert drawn[0]["marker"]["size"] >= other["marker"]["size"] + 4, other["name"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_small_readings_read_right(lang):
    """`sigma=0`: the run named "σ = 0: no noise (same as gradient descent)" opened its sentence
    ("… stopped at"); it is "Gradient descent with no noise, σ = 0". `sx=1&sy=1`: "at 1 drawn
    steps". `landscape=saddle&gd_lr=1`: "still moving at step 60: at (0.6, 0), last step 1.2"
    of a 2-cycle between (±0.6, 0): it now says it bounces between them."""
    view = _cp(lang, sigma="0")
    assert not any(t.lstrip().startswith("σ = 0") for t in view.texts)
    assert not reader.check_view(view)
    view = _cp(lang, sx="1", sy="1")
    import re

    assert view.said("cp.log.run_one")
    assert not re.search(
        r"(?<!\d)1 drawn steps|在 1 个画出的步上损失正好是最小值（差为 0），第一次",
        " ".join(view.texts),
    )
    assert not reader.check_view(view)
    view = _cp(lang, landscape="saddle", gd_lr="1")
    found = view.said("critical.run.bouncing", a=r"\([^()]*\)", b=r"\([^()]*\)")
    assert found and all(abs(abs(_point(s["a"])[0]) - 0.6) < 0.01 for s in found), found
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_run_started_on_the_saddle_says_so(lang):
    """`sx=0&sy=0`: "came within 0 of the saddle (0, 0) at step 0": the run started on it."""
    view = _cp(lang, sx="0", sy="0", sigma="0.5")
    assert view.said("critical.run.escaped_along_on", name=RUN_NAME, end=r"\([^()]*\)")
    assert not view.said("critical.run.escaped_along", name=RUN_NAME, end=r"\([^()]*\)")
    assert not reader.check_view(view)


# ---- a second fresh reader's findings (FX6) ---------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_noise_jitter_is_not_called_a_bounce(lang):
    """Himmelblau: "Gradient descent + noise σ=0.05 … bounces between (3, 2) and (3, 2)": its
    last drawn points scatter within ±0.0008 of (3, 2), each about as far from the one two
    before as from the one before (noise, not a 2-cycle). No bounce is said there; x² − y² at
    ε = 1 (x ← −x, between (±0.6, 0)) still bounces."""
    view = _cp(lang, landscape="himmelblau")
    noisy = [n for n in reader.traces(view.chart(CHART)) if "0.05" in n]
    assert noisy, list(reader.traces(view.chart(CHART)))
    tail = paths.path(view, CHART, noisy[0])[-6:]
    assert np.all(np.abs(tail - [3, 2]) < 1e-3), tail
    apart = np.linalg.norm(tail[-1] - tail[-2])
    assert apart < 10 * np.linalg.norm(tail[2:] - tail[:-2], axis=1).max()
    assert not view.said("critical.run.bouncing"), "noise jitter is called a bounce"
    view = _cp(lang, landscape="saddle", gd_lr="1")
    (bounce,) = view.said("critical.run.bouncing")
    assert bounce["a"] != bounce["b"]
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_plateau_probe_prints_one_gradient_size_and_a_limit_it_is_above(lang):
    """Plateau: "(|∇L| = 0.001) is not zero … counts |∇L| ≤ … = 0.001 as ≈ 0, and here
    |∇L| = 0.00102 is above it": one |∇L| printed two ways, the limit 0.00100285 as 0.001.
    Now |∇L| prints alike in both places, and the limit to 3 significant digits, 0.00100."""
    view = _cp(lang, landscape="plateau")
    (zero,) = view.said("critical.probe.zero_no", norm=NUM, h=NUM, limit=NUM)
    (probe,) = view.said("critical.probe.not_critical", at=r"\([^()]*\)", g=r"\([^()]*\)", norm=NUM)
    assert probe["norm"] == zero["norm"], (probe["norm"], zero["norm"])
    _grad, hess = derivatives(view)
    limit = 1e-3 * (1 + float(np.max(np.abs(hess))))
    assert zero["limit"] == f"{limit:#.3g}" and zero["limit"] != zero["norm"], zero["limit"]
    assert zero.number("norm") > zero.number("limit")
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_negative_zero_is_printed(lang):
    """`gd_lr=0.6`: "Gradient descent stopped at (0, -0)"."""
    view = _cp(lang, gd_lr="0.6")
    gd = {"en": "Gradient descent", "zh": "梯度下降"}[lang]
    end = paths.path(view, CHART, gd)[-1]
    assert np.all(np.abs(end) < 5e-4), end
    text = "\n".join(view.texts)
    assert "-0)" not in text and "-0," not in text and "(-0" not in text, text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_momentum_short_steps_quote_its_own_drawn_step(lang):
    """`gd_lr=1e-05`: momentum's "steps are short because ε = 1e-05 is small (a step ε|∇L| ≈
    1.4e-05)" while its drawn steps are 1.4e-04 (ε|∇L|/(1 − α), α = 0.9). Each run now quotes
    its own last drawn step, read against the drawn path."""
    view = _cp(lang, gd_lr="0.00001")
    said = view.said("critical.run.creeping_lr", name=RUN_NAME)
    assert len(said) == 3
    momentum = {"en": "Momentum", "zh": "动量"}[lang]
    for s in said:
        drawn = paths.path(view, CHART, s["name"])
        last = float(np.linalg.norm(drawn[-1] - drawn[-2]))
        assert paths.close(s["last"], last, 2), (s["name"], s["last"], last)
        if s["name"] == momentum:
            assert 5e-5 < last < 5e-4 and s.number("last") > 5e-5, last
    assert not reader.check_view(view)
