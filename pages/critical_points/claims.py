"""The critical-points lesson's sentences: the probe's kind from its gradient and Hessian,
and what each run did near the marked saddles, computed from the numbers (never written for
one setting and shown for all)."""

from __future__ import annotations

import math

import numpy as np

from ui import claims as shared_claims
from ui import readings
from ui.claims import divergence
from ui.i18n import t

CURVED = 1e-6  # |λ| above this draws a coloured arrow (green up, red down); below, grey
SADDLE_NEAR = 0.02  # "came within" a marked saddle: 2 % of the domain's width
SADDLE_LEFT = 0.1  # "left it": later more than 10 % of the width away
MARK_NEAR = 0.05  # a run's end "close to" a marked point: within 5 % of the width
# the probe's L "equals" the surface's minimum value: within 10⁻⁶ × (1 + |L_min|) (float32 loss)
AT_MIN_LOSS = 1e-6
# a 2-cycle "bounces between" its two points only where they are more than this many times
# farther apart than each point is from the one two steps before it (not noise jitter)
CYCLE_OVER_JITTER = 10.0
ON_CURVE = 0.005  # a stop "on" a curve of minima: within 0.5 % of the width (0.02 on (1 − w₁w₂)²)


def _pt(p) -> str:
    # + 0.0: a coordinate −0.0 prints 0, never "-0" (x² − y² at ε = 0.6 stopped at (0, −0.0))
    return f"({float(p[0]) + 0.0:.3g}, {float(p[1]) + 0.0:.3g})"


def nearest_on_curve(point, curve) -> tuple[float, np.ndarray]:
    """The distance from `point` to the curve of minima `curve` (drawn as a polyline) and the
    nearest point on it. A curve drawn on a hyperbola w₁w₂ = c (the two-weight net's w₁w₂ = 1)
    is measured on the hyperbola itself, beyond its drawn ends too: a 1-D minimisation of
    (w − a)² + (c/w − b)², whose stationary points are the real roots of
    w⁴ − a w³ + b c w − c² = 0 (snapped to the drawn vertices, (2.02, 0.496) read 0.017 from
    a curve it lies on). Any other polyline: the nearest point of its segments."""
    p = np.asarray(point, dtype=np.float64)
    c = np.asarray(curve, dtype=np.float64)
    products = c[:, 0] * c[:, 1]
    if np.all(c[:, 0] != 0) and np.allclose(products, products[0], rtol=1e-9, atol=0.0):
        k = float(products[0])
        sign = np.sign(c[0, 0])
        roots = np.roots([1.0, -p[0], 0.0, p[1] * k, -k * k])
        ws = [float(r.real) for r in roots if abs(r.imag) < 1e-9 and np.sign(r.real) == sign]
        if ws:
            q = min((np.array([w, k / w]) for w in ws), key=lambda q: float(np.linalg.norm(q - p)))
            return float(np.linalg.norm(q - p)), q
    a, ab = c[:-1], np.diff(c, axis=0)
    u = np.clip(np.einsum("sk,sk->s", p - a, ab) / np.einsum("sk,sk->s", ab, ab), 0.0, 1.0)
    nearest = a + u[:, None] * ab
    d = np.linalg.norm(nearest - p, axis=1)
    k = int(np.argmin(d))
    return float(d[k]), nearest[k]


def critical_probe(local, lang: str, landscape=None) -> str:
    """The probe's kind from its gradient and Hessian (`optimizers.analyse`), and what its
    arrows show: a red arrow only where an eigenvalue is negative. Where the second-order test
    cannot tell (a degenerate or flat probe) and the probe's L equals the `landscape`'s minimum
    value on a curve of minima, it says the probe is a minimum there."""
    lams = [float(v) for v in local.eigenvalues]
    common = dict(
        at=_pt(local.point),
        l1=f"{lams[0]:.3g}",
        l2=f"{lams[1]:.3g}",
        g=_pt(local.gradient),
        norm=_norm_and_limit(local)[0],
    )
    flat = local.kind == "degenerate" and max(abs(v) for v in lams) <= CURVED
    text = t(f"critical.probe.{'flat' if flat else local.kind}", lang, **common)
    sep = "" if lang == "zh" else " "
    text += sep + _yardstick(local, lang) + _probe_mark(local.point, landscape, lang)
    at_min = _probe_at_minimum(local, landscape, lang)
    if local.kind == "degenerate" and at_min is not None:
        text += ("" if lang == "zh" else " ") + at_min
    negative = [v for v in lams if v < -CURVED]
    if len(negative) == 2:
        low, high = sorted(negative)
        text += sep + t("critical.probe.red_both", lang, l1=f"{low:.3g}", l2=f"{high:.3g}")
    elif negative:
        text += sep + t("critical.probe.red", lang, lam=f"{min(negative):.3g}")
    else:
        text += sep + t("critical.probe.no_red", lang)
    positive = [v for v in lams if v > CURVED]
    if len(positive) == 2:
        low, high = sorted(positive)
        text += sep + t("critical.probe.green_both", lang, l1=f"{low:.3g}", l2=f"{high:.3g}")
    elif positive:  # what the green arrow is; at a saddle, its stable direction
        key = "critical.probe.green_stable" if local.kind == "saddle" else "critical.probe.green"
        text += sep + t(key, lang, lam=f"{max(positive):.3g}")
    return text


def _sig(v: float, digits: int) -> str:
    """`v` to `digits` significant digits, trailing zeros kept (0.00100285 prints 0.00100, not
    0.001, beside a |∇L| of 0.00102); 0 prints 0."""
    return "0" if v == 0 else f"{v:#.{digits}g}".rstrip(".")


def _apart(a: float, b: float) -> tuple[str, str]:
    """`a` and `b` printed to 3 significant digits, or more where 3 print them alike."""
    for digits in range(3, 8):
        pa, pb = _sig(a, digits), _sig(b, digits)
        if pa != pb or a == b:
            break
    return pa, pb


def _norm_and_limit(local) -> tuple[str, str, str]:
    """|∇L| at the probe, the "≈ 0" limit 10⁻³ × (1 + the largest |Hᵢⱼ|) and that largest
    |Hᵢⱼ|, printed alike wherever the probe's sentences use them (the plateau printed
    |∇L| = 0.001 and 0.00102 for one number, and its limit 0.00100285 as 0.001)."""
    norm = float(np.linalg.norm(local.gradient))
    top = float(np.max(np.abs(local.hessian)))
    shown, bound = _apart(norm, 1e-3 * (1.0 + top))
    return shown, bound, f"{top:.3g}"


def _yardstick(local, lang: str) -> str:
    """What "∇L ≈ 0" means here (`optimizers.analyse`): |∇L| at most 10⁻³ × (1 + the largest
    |Hᵢⱼ|), with the numbers: Himmelblau's saddle read "≈ 0" at |∇L| = 0.0198 (its H ~ 40),
    the plateau "not zero" at 0.001 (its H ~ 0.003)."""
    shown, bound, top = _norm_and_limit(local)
    key = "critical.probe.zero_no" if local.kind == "not_critical" else "critical.probe.zero_yes"
    return t(key, lang, norm=shown, h=top, limit=bound)


def _probe_mark(point, landscape, lang: str) -> str:
    """The nearest marked minimum, saddle or maximum within `MARK_NEAR` of the width of the
    probe, and how far (a tapped saddle is rounded to 0.001): "" when none is that close."""
    if landscape is None:
        return ""
    p = np.asarray(point, dtype=np.float64)
    (xlo, xhi), (ylo, yhi) = landscape.domain
    width = max(xhi - xlo, yhi - ylo)
    marks = [("minimum", m) for m in landscape.minima]
    marks += [("saddle", m) for m in landscape.saddles]
    marks += [("maximum", m) for m in landscape.maxima]
    near = [
        (float(np.linalg.norm(p - np.asarray(m, dtype=np.float64))), kind, m)
        for kind, m in marks
        if readings.close_to(p, m, MARK_NEAR * width)
    ]
    if not near:
        return ""
    d, kind, m = min(near, key=lambda item: item[0])
    sep = "" if lang == "zh" else " "
    kind_word = t(f"critical.mark.{kind}", lang)
    if d == 0.0:
        return sep + t("critical.probe.mark_on", lang, kind=kind_word, mark=_pt(m))
    return sep + t("critical.probe.mark_near", lang, kind=kind_word, mark=_pt(m), d=f"{d:.2g}")


def at_minimum(local, landscape) -> bool:
    """Whether the probe is a minimum on a curve of minima (`_probe_at_minimum`)."""
    return _probe_at_minimum(local, landscape, "en") is not None


def _probe_at_minimum(local, landscape, lang: str) -> str | None:
    """The sentence that the probe is a minimum on the curve of
    minima, where its L is the landscape's minimum value within `AT_MIN_LOSS` and it lies on a
    curve of minima (within `ON_CURVE` of the width); None elsewhere."""
    low = None if landscape is None else landscape.min_loss
    if low is None or abs(float(local.loss) - low) > AT_MIN_LOSS * (1.0 + abs(low)):
        return None
    (xlo, xhi), (ylo, yhi) = landscape.domain
    width = max(xhi - xlo, yhi - ylo)
    on = min(
        (nearest_on_curve(local.point, c)[0] for c in landscape.minimum_curves), default=math.inf
    )
    if on > ON_CURVE * width:  # a degenerate minimum off a curve: no surface has one known
        return None
    loss = f"{float(local.loss):.3g}"
    return t("critical.probe.at_min_curve", lang, loss=loss, min=f"{low:.3g}")


def bouncing(drawn: np.ndarray, tol: float) -> tuple[np.ndarray, np.ndarray, int] | None:
    """A run jumping back and forth between two points: its last m ≥ 5 drawn points alternate,
    each within `tol` of the one two before it, while the two points are more than `tol`
    apart (x² − y² at ε = 1: x ← −x, between (±0.6, 0)). A real 2-cycle only: the two
    points print apart, and they are more than `CYCLE_OVER_JITTER` times farther apart than
    any point of the alternation from the one two before it (the noisy run on Himmelblau
    jittered within ±0.0008 of (3, 2): "between (3, 2) and (3, 2)", its points 0.0014 apart
    and 0.0012 from the one two before). The two points (the last drawn first) and m, or None."""
    p = np.asarray(drawn, dtype=np.float64)
    if len(p) < 5 or np.linalg.norm(p[-1] - p[-2]) <= tol or _pt(p[-1]) == _pt(p[-2]):
        return None
    m = 2
    while m < len(p) and np.linalg.norm(p[-1 - m] - p[-1 - m + 2]) <= tol:
        m += 1
    if m < 5:
        return None
    tail = p[-m:]
    jitter = float(np.max(np.linalg.norm(tail[2:] - tail[:-2], axis=1)))
    if np.linalg.norm(p[-1] - p[-2]) <= CYCLE_OVER_JITTER * jitter:
        return None
    return p[-1], p[-2], m


def escaping(points, diverged_at, losses, landscape) -> bool:
    """Whether a run past the far bound escaped downhill rather than became unstable: its
    drawn loss does not fall at every step from the first (`readings.slid_downhill`: that one
    "kept going downhill"), yet from the step its steps began to grow it falls at every step,
    away from every marked minimum (`ui.claims.escaping_downhill`)."""
    if losses is None:
        return False
    drawn = np.asarray(points)[:diverged_at]
    lows = np.asarray(losses)[:diverged_at]
    if readings.slid_downhill(lows):
        return False
    minima = [*landscape.minima, *(p for c in landscape.minimum_curves for p in c)]
    return shared_claims.escaping_downhill(drawn, lows, minima) is not None


def no_bottom(points, diverged_at, losses, landscape) -> bool:
    """Whether a run past the far bound went there downhill, no instability: its drawn loss
    fell at every step (`readings.slid_downhill`, the monkey saddle) or from the step its
    steps began to grow (`escaping`)."""
    if diverged_at is None or losses is None:
        return False
    lows = np.asarray(losses)[:diverged_at]
    return readings.slid_downhill(lows) or escaping(points, diverged_at, losses, landscape)


def critical_run(
    label: str,
    points,
    diverged_at,
    landscape,
    lang: str,
    losses=None,
    lr: float | None = None,
    red: tuple[np.ndarray, np.ndarray] | None = None,
) -> str:
    """What one run of the critical-points lesson did, read from its drawn points
    (`ui.readings`): diverged (`divergence`); came within reach of a marked saddle and left
    it (at what angle to its negative-curvature direction); and where it ended: stopped (and
    what the Hessian says there) or still moving (and near which marked point)."""
    import optimizers  # the local analysis where a run stopped

    if diverged_at is not None:
        if escaping(points, diverged_at, losses, landscape):
            # its steps grow while its drawn loss falls at every step from there: it escapes
            # down the saddle's negative curvature, no instability (x² − y² from (0.3, 0.01):
            # momentum's loss 0.19 → −29316 from step 10, a surface with no bottom that way)
            start = np.asarray(points[0], dtype=np.float64)
            saddle = None
            if landscape.saddles:
                s = min(landscape.saddles, key=lambda s: float(np.linalg.norm(start - s)))
                found = optimizers.analyse(landscape.loss, tuple(s))
                saddle = (np.asarray(s), found.eigenvalues, found.eigenvectors)
            return shared_claims.escaped(
                label,
                points,
                losses,
                diverged_at,
                landscape.domain,
                landscape.far_bound,
                lang,
                saddle=saddle,
            )
        return divergence(
            label, points, diverged_at, landscape.domain, landscape.far_bound, lang, losses=losses
        )
    drawn = np.asarray(points, dtype=np.float64)
    (xlo, xhi), (ylo, yhi) = landscape.domain
    width = max(xhi - xlo, yhi - ylo)
    end = drawn[-1]
    n = len(drawn) - 1
    sentences = []
    for saddle in landscape.saddles:
        s = np.asarray(saddle, dtype=np.float64)
        dist = np.linalg.norm(drawn - s, axis=1)
        k = int(np.argmin(dist))
        if dist[k] > SADDLE_NEAR * width or dist[-1] <= SADDLE_LEFT * width:
            continue
        # "left it": from the step after the last one within SADDLE_LEFT of it (a path that
        # swung out and came back had not left: momentum at sy = 0.43 was 0.45 away at step 6,
        # back within 0.23 at step 9, and left only from step 11)
        r = SADDLE_LEFT * width
        out = int(np.nonzero(dist <= r)[0].max()) + 1
        common = dict(name=label, d=f"{dist[k]:.2g}", saddle=_pt(s), step=k, out=out, r=f"{r:.2g}")
        # a run started on the saddle itself ("came within 0 of it at step 0" said otherwise)
        on = "_on" if k == 0 and dist[0] == 0.0 else ""
        there = optimizers.analyse(landscape.loss, tuple(s))
        lam, vec = float(there.eigenvalues[0]), there.eigenvectors[:, 0]
        if lam < -CURVED:
            # the direction it went: from the saddle to where the path ends
            way = (end - s) / np.linalg.norm(end - s)
            angle = math.degrees(math.acos(min(1.0, abs(float(way @ vec)))))
            text = t(
                "critical.run.escaped_along" + on,
                lang,
                angle=f"{angle:.0f}",
                end=_pt(end),
                **common,
            )
            # the red arrow drawn from this saddle (`red`: its tail, its way) points one way
            # along the line; say on which side the run left (x² − y² from (0.3, 0.001): the
            # arrow points to +y, the run left to −y, "0° off" the line)
            if red is not None and np.linalg.norm(np.asarray(red[0]) - s) <= SADDLE_NEAR * width:
                side = "with" if float(way @ np.asarray(red[1])) > 0 else "against"
                text += t(f"critical.run.side_{side}", lang)
            sentences.append(text + ("。" if lang == "zh" else "."))
        else:
            sentences.append(t("critical.run.escaped" + on, lang, **common))
        beyond = np.nonzero(dist[k:out] > r)[0]
        if beyond.size:  # swung out beyond r and came back before it left
            o = k + int(beyond[0])
            b = o + int(np.argmin(dist[o:out]))
            sentences.append(
                t(
                    "critical.run.back",
                    lang,
                    name=label,
                    saddle=_pt(s),
                    o=o,
                    far=f"{dist[o]:.2g}",
                    b=b,
                    back=f"{dist[b]:.2g}",
                    r=f"{r:.2g}",
                )
            )
    tol = readings.stop_tolerance(landscape.domain)
    if readings.stopped(drawn, readings.STOP_WINDOW, tol):
        local = optimizers.analyse(landscape.loss, tuple(end))
        lams = [float(v) for v in local.eigenvalues]
        on = min(
            (nearest_on_curve(end, curve)[0] for curve in landscape.minimum_curves),
            default=math.inf,
        )
        common = dict(name=label, at=_pt(end), window=readings.STOP_WINDOW, tol=f"{tol:.2g}")
        if local.kind != "not_critical" and on <= ON_CURVE * width:
            # ∇L ≈ 0 on a curve of minima: a minimum, its Hessian singular along the curve
            # (a hair outside it the small eigenvalue dips below zero: still no saddle)
            flat, steep = sorted(lams, key=abs)
            sentences.append(
                t(
                    "critical.run.stopped_curve",
                    lang,
                    d=f"{on:.2g}",
                    flat=f"{flat:.2g}",
                    steep=f"{steep:.3g}",
                    **common,
                )
            )
        elif local.kind == "not_critical":
            # its steps are short, yet ∇L is not ≈ 0: why, from the slope against this
            # surface's default ε. Shallow: even at the default ε a step ε|∇L| here is under
            # the tolerance (the plateau: 0.5 × 0.0012 = 0.0006 < 0.0012). Not shallow: the ε
            # set is small (ε = 10⁻⁵ at |∇L| = 1.4 on the two-weight net, a step of 1.4×10⁻⁵,
            # where the default ε = 0.1 steps 0.14)
            slope = float(np.linalg.norm(local.gradient))
            lr0 = float(landscape.lr_hint[0])
            eps = lr0 if lr is None else float(lr)
            shallow = max(eps, lr0) * slope < tol
            # at ε = 10⁻⁵ a step of ε|∇L| = 10⁻⁸ no longer changes a float32 position near 3
            moved = np.any(drawn[-1] != drawn[-2])
            key = "critical.run.creeping" if moved else "critical.run.stuck"
            text = t(
                key if shallow else key + "_lr",
                lang,
                norm=f"{slope:.2g}",
                lr0=f"{lr0:g}",
                s0=f"{lr0 * slope:.2g}",
                lr=f"{eps:g}",
                s=f"{eps * slope:.2g}",
                # the run's own last drawn step (momentum's is ~ε|∇L|/(1 − α), 10 × ε|∇L|)
                last=f"{float(np.linalg.norm(drawn[-1] - drawn[-2])):.2g}",
                **common,
            )
            text += _near_mark(end, landscape, width, lang)
            sentences.append(text + ("。" if lang == "zh" else "."))
        else:
            kind = t(f"critical.at.{local.kind}", lang)
            sentences.append(t("critical.run.stopped", lang, kind=kind, **common))
    else:
        last = float(np.linalg.norm(drawn[-1] - drawn[-2])) if n else 0.0
        text = t("critical.run.moving", lang, name=label, step=n, at=_pt(end), last=f"{last:.2g}")
        text += _near_mark(end, landscape, width, lang)
        sentences.append(text + ("。" if lang == "zh" else "."))
        cycle = bouncing(drawn, tol)
        if cycle is not None:
            a, b, m = cycle
            sentences.append(t("critical.run.bouncing", lang, a=_pt(a), b=_pt(b), m=m))
    # a run that left the picture (x² − y² from (0.3, 0.01): gradient descent left [−2, 2]²
    # at step 56, still moving at (0.00108, 3.04) at step 60): where it left, and whether it
    # is back inside or where it is
    away = shared_claims.outside(label, drawn, landscape.domain, landscape.far_bound, lang)
    if away is not None:
        sentences.append(away)
    return ("" if lang == "zh" else " ").join(sentences)


def _near_mark(end, landscape, width: float, lang: str) -> str:
    """ "…, d from the kind (x, y)": the nearest marked minimum, saddle or maximum, or the
    nearest point of a curve of minima, within `MARK_NEAR` of the width of `end` ("" when
    none is that close)."""
    text = ""
    # the nearest minimum: a marked point, or the nearest point of a curve of minima
    marks = [("minimum", np.asarray(m, dtype=np.float64)) for m in landscape.minima]
    marks += [("curve", nearest_on_curve(end, c)[1]) for c in landscape.minimum_curves]
    marks += [("saddle", np.asarray(m, dtype=np.float64)) for m in landscape.saddles]
    marks += [("maximum", np.asarray(m, dtype=np.float64)) for m in landscape.maxima]
    near = [
        (float(np.linalg.norm(end - m)), kind, m)
        for kind, m in marks
        if readings.close_to(end, m, MARK_NEAR * width)
    ]
    if near:
        d, kind, m = min(near, key=lambda item: item[0])
        if kind == "curve":
            text += t("critical.run.near_curve", lang, d=f"{d:.2g}", mark=_pt(m))
        else:
            text += t(
                "critical.run.near",
                lang,
                d=f"{d:.2g}",
                kind=t(f"critical.mark.{kind}", lang),
                mark=_pt(m),
            )
    return text


# How far along an arrow the probe's sentence is read: "a small step along it lowers the
# loss" holds at this fraction of the arrow's drawn length (tests/ledgers/test_critical_points).
SMALL_STEP = 0.05


def arrow_directions(
    eigenvectors, probe, start, ends, gradient=None, eigenvalues=None, length: float = 0.0
) -> list[np.ndarray]:
    """The Hessian's eigenvectors (columns) as the page draws and prints them: an
    eigenvector's sign is free. Where the probe's slope along it, g·v, would decide what a
    small step along the arrow (`SMALL_STEP` of its `length`) does to the loss, the arrow
    points the way the sentence says: downhill for a negative eigenvalue (red: "lowers the
    loss"), uphill for a positive one (green: "raises"); on the plateau's side at (3, 2) the
    red arrow pointed up a slope of +0.001 while its sentence said the loss fell along it.
    Elsewhere the curvature decides either way, and each points away from the start (towards
    it, the stable direction's arrow covered the start and gradient descent's path); one
    across the start's direction points away from where the runs end, `ends` (at the default
    the red arrow lay on the noisy run's path to (−1, −1)). The printed v₁, v₂ are these, as
    the arrows are."""
    probe_at = np.asarray(probe, dtype=np.float64)
    vectors = np.asarray(eigenvectors, dtype=np.float64).T
    lams = [0.0] * len(vectors) if eigenvalues is None else [float(v) for v in eigenvalues]
    g = None if gradient is None else np.asarray(gradient, dtype=np.float64)
    step = SMALL_STEP * length
    out = []
    for vector, lam in zip(vectors, lams, strict=True):
        slope = 0.0 if g is None else float(vector @ g)
        if abs(lam) > CURVED and abs(slope) * step > 0.05 * abs(lam) * step * step:
            out.append(vector if (slope < 0) == (lam < 0) else -vector)
            continue
        towards = float(vector @ (np.asarray(start, dtype=np.float64) - probe_at))
        if abs(towards) < 1e-6:
            towards = float(
                vector @ (np.mean(np.asarray(ends, dtype=np.float64), axis=0) - probe_at)
            )
        out.append(-vector if towards > 0 else vector)
    return out
