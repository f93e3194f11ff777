"""The second-order lesson's sentences and tables, computed from its runs' results, each
with the reading a student takes from it (the lesson's tests hold every sentence against the
figure's data)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

import landscapes
import optimizers
from models import second_order as model
from ui import claims as shared_claims
from ui import readings
from ui.claims import NEAR, compared, number, sig
from ui.i18n import t

if TYPE_CHECKING:
    from pages.second_order.compute import Steps1D

AT = 1e-3  # "within 0.001 of x*": the tighter closeness the 1-D sentences and study step state
TOL = 1e-6  # "below 10⁻⁶": the loss a run must reach (above the surface's minimum) on the bowl
ESCAPE_SHARE = 0.125  # a run "has left the saddle" once it is this share of the width from it
STILL = 1e-9  # a first step shorter than this did not move (h = 0: the pseudo-inverse step is 0)
KINDS_2D = {"minimum": "kind.minimum", "saddle": "kind.saddle"}  # a marked point's name
RACERS = {"lbfgs": "so.lbfgs", "adam": "so.adam"}  # the race's runs, by name
_SEP = {"zh": "；", "en": "; "}  # between the runs a sentence lists


def _near(curve: landscapes.Landscape, x: float) -> tuple[str, float] | None:
    """The marked critical point of `curve` within NEAR of the width from x, if any."""
    ((lo, hi),) = curve.domain
    kinds = (
        [("minimum", c[0]) for c in curve.minima]
        + [("flat", c[0]) for c in curve.saddles]
        + [("maximum", c[0]) for c in curve.maxima]
    )
    near = [(abs(x - c), kind, c) for kind, c in kinds if abs(x - c) <= NEAR * (hi - lo)]
    return (min(near)[1], float(min(near)[2])) if near else None


def arrived(values: np.ndarray, target: np.ndarray, radius: float) -> int | None:
    """The reading "is on the point from step k on": the first index from which every drawn
    value lies within `radius` of `target` (Euclidean); None when the last one does not."""
    v = np.asarray(values, dtype=float).reshape(len(values), -1)
    inside = np.array([readings.close_to(p, target, radius) for p in v], dtype=bool)
    if not inside.size or not inside[-1]:
        return None
    outside = np.flatnonzero(~inside)
    return int(outside[-1]) + 1 if outside.size else 0


def left(values: np.ndarray, centre, radius: float) -> int | None:
    """The reading "has left it by step k": the first index whose drawn value lies farther
    than `radius` from `centre`; None when none does."""
    v = np.asarray(values, dtype=float).reshape(len(values), -1)
    outside = np.flatnonzero([not readings.close_to(p, centre, radius) for p in v])
    return int(outside[0]) if outside.size else None


# H + λI with its smallest eigenvalue this small (relative) is singular: no definite step
SINGULAR = 1e-9


def sentences_1d(curve_name: str, newton: Steps1D, adagrad: Steps1D, lr: float, lang: str):
    """What each run did, from its numbers: Newton's first step (uphill where f″ < 0), where
    Newton ends and from which step; AdaGrad's end and its stand-in for f″ at its last step."""
    curve = landscapes.get(curve_name)
    ((lo, hi),) = curve.domain
    out = []
    if newton.last >= 1:
        f0, f1 = newton.f[0], newton.f[1]
        moved = newton.x[1] - newton.x[0]
        # Where the step points (against g: downhill) and what f did are two readings: on
        # 25 sin x − x² Newton's step points uphill (h < 0) yet jumps the hill and lands lower.
        points_up = newton.g[0] * moved > 0
        # f's two ends printed apart where they differ (x + sin x from 3.14: 3.1415927 and
        # 3.1415927 in float32 read "lands lower on the far side … f from 3.14 to 3.14")
        f0s, f1s = compared([f0, f1])
        key = {
            (True, True): "so.1d.first_up",
            (True, False): "so.1d.first_up_lands_lower",
            (False, False): "so.1d.first_down",
            (False, True): "so.1d.first_down_lands_higher",
        }[(bool(points_up), bool(f1 > f0))]
        if f0s == f1s:  # the drawn f does not resolve the change: said so, not read
            key = "so.1d.first_level"
        if abs(moved) <= STILL:
            # h = 0: g/h has no value; g = 0 with h ≠ 0 (the parabola from 0): −g/h is 0, a
            # step that stays on the critical point it starts on
            key = "so.1d.first_still" if newton.h[0] == 0 else "so.1d.first_critical"
        out.append(
            t(
                key,
                lang,
                x0=number(newton.x[0]),
                g=number(newton.g[0]),
                h=number(newton.h[0]),
                step=number(moved),
                f0=f0s,
                f1=f1s,
                way=t("so.1d.way_up" if points_up else "so.1d.way_down", lang),
            )
        )
    for run, label in (
        (newton, t("so.newton", lang)),
        (adagrad, t("so.adagrad", lang, lr=f"{lr:g}")),
    ):
        end = float(run.x[run.last])
        if run.diverged_at is not None:
            # the first drawn point off the curve's axis: the run stops being drawn at the far
            # bound (diverged_at), often many steps after it left the picture
            off = readings.left_box(run.x[: run.last + 1], curve.domain)
            step = off if off is not None else run.diverged_at
            out.append(t("so.1d.left", lang, run=label, step=step))
            continue
        shown = np.asarray(run.x[: run.last + 1], dtype=float)
        off = readings.left_box(shown, curve.domain)
        if off is not None:  # the axis is fixed: a drawn point off it is not in the picture
            inside = (shown >= lo) & (shown <= hi)
            common = dict(run=label, step=off, left=number(shown[off]), lo=f"{lo:g}", hi=f"{hi:g}")
            if not inside[-1]:
                out.append(
                    t(
                        "so.1d.off",
                        lang,
                        steps=steps_word(len(shown) - 1, lang),
                        x=number(end),
                        f=number(run.f[run.last]),
                        **common,
                    )
                )
                continue
            back = int(np.flatnonzero(~inside)[-1]) + 1  # inside at every step from here on
            out.append(t("so.1d.off_back", lang, back=back, **common))
        point = _near(curve, end)
        if point is not None:
            kind, where = point
            near = NEAR * (hi - lo)
            # the tightest stated closeness that holds: exactly on it, within AT, within NEAR
            k = arrived(run.x, [where], 0.0)
            key, tol = "so.1d.exact", None
            if k is None:
                k, key, tol = arrived(run.x, [where], AT), "so.1d.on", AT
            if k is None:
                k, tol = arrived(run.x, [where], near), near
            if k is not None:
                out.append(
                    t(
                        key,
                        lang,
                        run=label,
                        kind=t(f"lr1d.kind.{kind}", lang),
                        x=number(where),
                        step=k,
                        tol=f"{tol:g}" if tol is not None else "",
                        end=f"{end:.4f}",
                        f=number(run.f[-1]),
                    )
                )
                continue
        closing = closing_in(curve, shown)
        common = dict(
            run=label, steps=steps_word(len(run.x) - 1, lang), x=number(end), f=number(run.f[-1])
        )
        if closing is not None:
            kind, where, d0, d1 = closing
            common |= dict(
                c=number(where), kind=t(f"lr1d.kind.{kind}", lang), window=readings.STOP_WINDOW
            )
            d0, d1 = number(d0), number(d1)
            if d0 == d1:  # AdaGrad at ε = 1e-5 shrank it "from 2.5 to 2.5": it creeps
                moved = abs(float(shown[-1]) - float(shown[-1 - readings.STOP_WINDOW]))
                out.append(t("so.1d.creeping", lang, moved=sig(moved, 2), **common))
            else:
                out.append(t("so.1d.closing", lang, d0=d0, d1=d1, **common))
            continue
        out.append(t("so.1d.ends", lang, **common))
    if len(adagrad.h):  # whatever AdaGrad's fate: its stand-in for f″ at its last step
        out.append(
            t(
                "so.1d.standin",
                lang,
                # t as the chart and the table number it (0 …): "step 8" was the 8th update,
                # drawn at t = 7
                step=len(adagrad.h) - 1,
                x=sig(float(adagrad.x[len(adagrad.h) - 1]), 3),
                h_tilde=sig(float(adagrad.h[-1]), 3),  # 2.74×10⁶, not 2.74e+06
                h=sig(float(adagrad.curvature[-1]), 3),
            )
        )
    return out


def table_1d(newton: Steps1D, adagrad: Steps1D, rows: int) -> list[dict[str, str]]:
    """The first `rows` steps of both runs: x_t, g, the divisor and the step."""
    out = []
    for k in range(min(rows, max(newton.last, adagrad.last))):
        row = {"t": str(k)}
        for tag, run in (("N", newton), ("A", adagrad)):
            if k < run.last:
                row |= {
                    f"x ({tag})": f"{run.x[k]:.4f}",
                    f"g ({tag})": f"{run.g[k]:.4f}",
                    ("h = f″ (N)" if tag == "N" else "(δ + √Σg²)/ε (A)"): f"{run.h[k]:.4f}",
                    f"Δx ({tag})": f"{run.x[k + 1] - run.x[k]:+.4f}",
                }
            else:
                row |= {f"x ({tag})": "", f"g ({tag})": "",
                        ("h = f″ (N)" if tag == "N" else "(δ + √Σg²)/ε (A)"): "", f"Δx ({tag})": ""}  # fmt: skip
        out.append(row)
    return out


def table_heading(rows: int, lang: str) -> str:
    """The 1-D table's heading: how many steps its rows show (`table_1d`'s rows, fewer than
    the 8 it asks for when the runs take fewer steps: N = 1 draws 1 row)."""
    return t("so.1d.table", lang, steps=steps_word(rows, lang))


def steps_word(n, lang: str) -> str:
    """ "1 step", "2 steps" (中文: "1 步"); a dash stays a dash."""
    if not isinstance(n, int | np.integer):
        return str(n)
    return t("so.steps.one" if n == 1 else "so.steps.many", lang, n=int(n))


def unbounded(surface: str) -> bool:
    """A surface with no bottom (no minimum, no lowest loss): leaving the picture is the run
    going on downhill, not a failure."""
    ls = landscapes.get(surface)
    return ls.min_loss is None and not ls.minima and not ls.minimum_curves


def closing_in(curve: landscapes.Landscape, x: np.ndarray):
    """ "Still closing in on x*": the marked critical point nearest the last drawn point, and
    the distance to it shrank at each of the last `readings.STOP_WINDOW` drawn steps. Returns
    (kind, x*, distance STOP_WINDOW steps before the end, distance at the end), or None."""
    x = np.asarray(x, dtype=float)
    w = readings.STOP_WINDOW
    if len(x) < w + 1 or not np.all(np.isfinite(x[-(w + 1) :])):
        return None
    kinds = (
        [("minimum", c[0]) for c in curve.minima]
        + [("flat", c[0]) for c in curve.saddles]
        + [("maximum", c[0]) for c in curve.maxima]
    )
    if not kinds:
        return None
    kind, where = min(kinds, key=lambda kc: abs(x[-1] - kc[1]))
    d = np.abs(x[-(w + 1) :] - where)
    if not np.all(np.diff(d) < 0):
        return None
    return kind, float(where), float(d[0]), float(d[-1])


def to_curves(points, curves) -> np.ndarray:
    """Each point's distance to the nearest segment of the polylines `curves`."""
    p = np.asarray(points, dtype=float).reshape(-1, 2)
    best = np.full(len(p), np.inf)
    for curve in curves:
        c = np.asarray(curve, dtype=float)
        a, b = c[:-1], c[1:]
        ab = b - a
        u = np.clip(
            np.einsum("psk,sk->ps", p[:, None, :] - a[None], ab) / np.sum(ab * ab, axis=1), 0, 1
        )
        nearest = a[None] + u[..., None] * ab[None]
        d = np.linalg.norm(p[:, None, :] - nearest, axis=2).min(axis=1)
        best = np.minimum(best, np.where(np.isfinite(d), d, np.inf))
    return best


def loss_text(value: float, floor: float, lang: str) -> str:
    """A loss as printed: 3 digits, or "≈ 0 (at float32 precision, below …)" at or below the
    float32 resolution `floor` (`model.loss_floor`)."""
    if value == 0.0:  # exactly the minimum: nothing to round (its float32 floor can be 0 too)
        return "0"
    if np.isfinite(value) and abs(value) <= floor:
        return t("so.loss_floor", lang, floor=number(floor))
    return number(value)


def log_gaps(paths, floor: float | None, lang: str) -> str | None:
    """The loss chart's runs whose drawn gap is 0 at some steps (`ui.claims.log_gaps`)."""
    return shared_claims.log_gaps(paths, floor, lang, "so.log.zero", "so.log.run")


def sentences_2d(surface: str, paths, lang: str) -> list[str]:
    """Per run, from its drawn points: on which valley of minima or marked point it is from
    which step; when it left the picture (on a surface with no bottom: went on downhill).
    `paths`: the figure's PathViews (points, losses, diverged_at, label)."""
    ls = landscapes.get(surface)
    (xlo, xhi), (ylo, yhi) = ls.domain
    width = max(xhi - xlo, yhi - ylo)
    marked = [("minimum", m) for m in ls.minima] + [("saddle", s) for s in ls.saddles]
    out = []
    for p in paths:
        shown = p.shown
        end = shown[-1]
        outside = readings.left_box(shown, ls.domain)
        loss = float(p.losses[len(shown) - 1])
        back = None  # the step from which a run that left the picture is in it for good
        if outside is not None and p.diverged_at is None:
            out_at = np.flatnonzero(~readings.inside_box(shown, ls.domain))
            if out_at[-1] < len(shown) - 1:
                back = int(out_at[-1]) + 1
        if p.diverged_at is not None or (outside is not None and back is None):
            step = outside if outside is not None else p.diverged_at
            key = "so.2d.left_downhill" if unbounded(surface) else "so.2d.left_area"
            out.append(t(key, lang, run=p.label, step=step))
            continue
        if back is not None:
            # saddle-free Newton at λ = 0 jumps out at step 2 and is back from step 4 on,
            # then settles in the valley: "left the plotted area" alone read as lost
            out.append(t("so.2d.left_back", lang, run=p.label, step=outside, back=back))
        loss_said = loss_text(loss, model.loss_floor(ls.loss, end), lang)
        if ls.minimum_curves:  # a valley of minima: where on it the run ends, not a point of it
            k = arrived(to_curves(shown, ls.minimum_curves)[:, None], [0.0], NEAR * width)
            if k is not None:
                out.append(
                    t(
                        "so.2d.valley",
                        lang,
                        run=p.label,
                        curve=t(f"so.valley.{surface}", lang),
                        tol=f"{NEAR * width:g}",
                        step=k,
                        x=f"{end[0]:.3f}",
                        y=f"{end[1]:.3f}",
                        loss=loss_said,
                    )
                )
                continue
        on = None
        for kind, point in marked:
            k = arrived(shown, point, NEAR * width)
            if k is not None:
                on = (kind, point, k)
                break
        if on is not None:
            kind, point, k = on
            # the distance reading beside the loss reading of the bowl's count: "within 0.16
            # from step 20" and "loss below 10⁻⁶ from step 40" are two readings of one run
            low = below(p.losses[: len(shown)], ls.min_loss) if kind == "minimum" else None
            low = low if ls.min_loss is not None else None
            out.append(
                t(
                    "so.2d.on_below" if low is not None else "so.2d.on",
                    lang,
                    run=p.label,
                    kind=t(KINDS_2D[kind], lang).lower()
                    if lang == "en"
                    else t(KINDS_2D[kind], lang),
                    x=f"{point[0]:g}",
                    y=f"{point[1]:g}",
                    tol=f"{NEAR * width:g}",
                    step=k,
                    below=low,
                    loss=loss_said,
                )
            )
        else:
            out.append(
                t(
                    "so.2d.ends",
                    lang,
                    run=p.label,
                    steps=steps_word(len(shown) - 1, lang),
                    x=f"{end[0]:.3g}",
                    y=f"{end[1]:.3g}",
                    loss=loss_said,
                )
            )
    return out


ALONG = 1e-6  # a step's part along a direction below this share of its scale is float noise


def newton_step(surface: str, path, damping: float, lang: str) -> str | None:
    """Newton's first drawn step beside a saddle, read against the rule sentence: where
    H + λI (at the drawn start) has a negative eigenvalue μ, the step's part along μ's
    eigenvector a, the saddle's b along it (towards it when a·b > 0, past it when |a| > |b|;
    none when a is float noise),
    and the distance from the saddle before and after; where it has none, that the step is a
    descent direction (g·Δ < 0) and whether the drawn loss fell or rose (an overshoot). A run
    that passed the far bound at step 1 (only its start drawn): H + λI's eigenvalues and that
    its step is not drawn. None without a saddle or a drawn first step."""
    ls = landscapes.get(surface)
    shown = np.asarray(path.shown, dtype=float)
    if ls.saddles and len(shown) == 1 and path.diverged_at == 1:
        # λ = 1.63 on the two-neuron surface: H + λI's smallest eigenvalue is −0.0007 and the
        # first step passes the far bound; the charts draw the start only, so say why
        found = optimizers.analyse(ls.loss, tuple(shown[0]))
        mu = np.linalg.eigvalsh(np.asarray(found.hessian, dtype=float) + damping * np.eye(2))
        return t(
            "so.2d.nstep.gone",
            lang,
            run=path.label,
            mu=number(float(mu[0])),
            mu2=number(float(mu[1])),
        )
    if not ls.saddles or len(shown) < 2 or not np.all(np.isfinite(shown[:2])):
        return None
    saddle = np.asarray(ls.saddles[0], dtype=float)
    p0, p1 = shown[0], shown[1]
    found = optimizers.analyse(ls.loss, tuple(p0))
    mu, vectors = np.linalg.eigh(np.asarray(found.hessian, dtype=float) + damping * np.eye(2))
    d0, d1 = (float(np.linalg.norm(p - saddle)) for p in (p0, p1))
    if d0 == 0.0 and d1 == 0.0:  # started on the saddle, ∇L = 0: Newton's step is 0
        return t("so.2d.nstep.on_saddle", lang, run=path.label)
    d0s, d1s = compared([d0, d1])
    common = dict(
        run=path.label,
        d0=d0s,
        d1=d1s,
        closer=t(
            "so.2d.dist.same"
            if d0s == d1s
            else ("so.2d.dist.nearer" if d1 < d0 else "so.2d.dist.farther"),
            lang,
        ),
    )
    v = vectors[:, 0]
    if abs(mu[0]) <= SINGULAR * (1.0 + float(np.max(np.abs(mu)))):
        # λ = −λ_min (the saddle at λ = 2): H + λI is singular, not positive definite; the
        # pseudo-inverse takes no step along its null direction, which Newton never leaves
        return t("so.2d.nstep.singular", lang, **common)
    if mu[0] > 0:
        # a descent direction (g·Δ < 0) is not a lower loss: at λ = 2 on the two-neuron
        # surface the whole step overshoots, 0.8836 → 1.706; the drawn losses say which
        l0, l1 = float(path.losses[0]), float(path.losses[1])
        if l1 == l0:
            return None  # no step on these surfaces lands level; nothing to read
        l0s, l1s = compared([l0, l1])
        key = "so.2d.nstep.downhill" if l1 < l0 else "so.2d.nstep.overshoot"
        return t(key, lang, mu=number(float(mu[0])), l0=l0s, l1=l1s, **common)
    a, b = float((p1 - p0) @ v), float((saddle - p0) @ v)
    # a part along μ's direction below float32's resolution of the step is none (from
    # (2, −2) the start is level with the saddle that way: 8.1e-18 read "moves away")
    if abs(a) <= ALONG * max(float(np.linalg.norm(p1 - p0)), float(np.linalg.norm(p0)), 1.0):
        return t("so.2d.nstep.none", lang, mu=number(float(mu[0])), b=number(abs(b)), **common)
    if a * b <= 0:
        # away from the saddle: no start on these surfaces does (18,000 random starts and
        # dampings on the two-neuron surface; a quadratic saddle's step lands on it): the old
        # sentence for it was only ever said of float noise, so nothing is said here
        return None
    key = "so.2d.nstep.past" if abs(a) > abs(b) else "so.2d.nstep.short"
    return t(key, lang, mu=number(float(mu[0])), a=number(abs(a)), b=number(abs(b)), **common)


def start_line(name: str, start, lang: str) -> str:
    """Where the runs start, said: each surface has its own start; a start within
    ESCAPE_SHARE of the width from the saddle is said to be near it."""
    ls = landscapes.get(name)
    x, y = (f"{float(v):g}" for v in start)
    if ls.saddles:
        (xlo, xhi), (ylo, yhi) = ls.domain
        r = ESCAPE_SHARE * max(xhi - xlo, yhi - ylo)
        saddle = np.asarray(ls.saddles[0], dtype=float)
        if np.linalg.norm(np.asarray(start, dtype=float) - saddle) <= r:
            sx, sy = (f"{v:g}" for v in saddle)
            return t("so.2d.start_near", lang, x=x, y=y, r=f"{r:g}", sx=sx, sy=sy)
    return t("so.2d.start", lang, x=x, y=y)


def escapes(surface: str, paths, lang: str) -> str | None:
    """When each run first stood farther than ESCAPE_SHARE of the width from the saddle it
    started near (None on a surface without a saddle, or a start away from it)."""
    ls = landscapes.get(surface)
    if not ls.saddles:
        return None
    (xlo, xhi), (ylo, yhi) = ls.domain
    radius = ESCAPE_SHARE * max(xhi - xlo, yhi - ylo)
    saddle = np.asarray(ls.saddles[0], dtype=float)
    if np.linalg.norm(paths[0].points[0] - saddle) > radius:
        return None
    parts = []
    for p in paths:
        k = left(p.shown, saddle, radius)
        if k is None and p.diverged_at is not None:
            # every drawn point is near the saddle but the run passed the far bound (beyond
            # 10⁶, far outside the radius) at diverged_at: λ = 1.63 is only its start drawn
            k = p.diverged_at
        parts.append(
            t("so.2d.escape.at", lang, run=p.label, step=k)
            if k is not None
            else t(
                "so.2d.escape.never", lang, run=p.label, steps=steps_word(len(p.shown) - 1, lang)
            )
        )
    return t("so.2d.escape", lang, r=f"{radius:g}", runs=_SEP[lang].join(parts))


def below(losses: np.ndarray, floor: float, tol: float = TOL) -> int | None:
    """The reading "below tol from step k": the first step from which every drawn loss is
    within tol of the surface's minimum `floor`."""
    gap = np.asarray(losses, dtype=float) - floor
    return arrived(gap[:, None], [0.0], tol)


def bowl_count(paths, lr: float, lang: str) -> str:
    """On the bowl: the steps Newton and gradient descent need to bring the loss below TOL,
    beside the condition number κ = μ_max/μ_min of its Hessian (μ: its eigenvalues; λ is the
    damping on the same screen)."""
    ls = landscapes.get("bowl")
    lam = optimizers.analyse(ls.loss, ls.minima[0]).eigenvalues
    kappa = float(lam.max() / lam.min())
    counts = {}
    for p in paths:  # the first run of each rule: gradient descent without noise
        counts.setdefault(p.key, below(p.losses[: len(p.shown)], ls.min_loss or 0.0))
    drawn = len(paths[0].shown) - 1

    def needs(key: str) -> str:
        n = counts.get(key)
        return steps_word(n, lang) if n is not None else t("so.steps.beyond", lang, n=drawn)

    return t(
        "so.2d.bowl",
        lang,
        kappa=f"{kappa:.3g}",
        newton=needs("newton"),
        gd=needs("sgd"),
        lr=f"{lr:g}",
        steps=len(paths[0].shown) - 1,
    )


def kappa_rows(start, lang: str) -> list[dict[str, str]]:
    """Steps to within TOL on x²/κ + y² from `start` for κ = 1 … 1000: Newton's and gradient
    descent's at its best fixed step (`model.quadratic_counts`)."""
    return [
        {
            "κ": f"{kappa:g}",
            t("so.col.newton", lang): "—" if newton is None else str(newton),
            t("so.col.gd", lang): "—" if gd is None else str(gd),
        }
        for kappa, newton, gd in model.quadratic_counts(tuple(map(float, start)), TOL)
    ]


UNITS = ("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB")


def size(n_bytes: float) -> str:
    i = 0
    while n_bytes >= 1000 and i < len(UNITS) - 1:
        n_bytes /= 1000
        i += 1
    return f"{n_bytes:.3g} {UNITS[i]}"


SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def sci(x: float) -> str:
    """3 significant digits; from 10⁵ on as m × 10ᵏ (10ᵏ alone when m is 1)."""
    if abs(x) < 1e5:
        return f"{x:.3g}"
    exponent = int(np.floor(np.log10(abs(x))))
    mantissa = f"{x / 10.0**exponent:.3g}"
    power = "10" + str(exponent).translate(SUPERSCRIPT)
    return power if mantissa == "1" else f"{mantissa} × {power}"


def duration(seconds: float, lang: str) -> str:
    """An estimated time in its unit; under a microsecond "< 1 µs" (a flop count ÷ a speed
    says nothing finer: no solve call is that quick, and none is measured at that size)."""
    if seconds < 1e-6:
        return t("so.unit.under_us", lang)
    for limit, div, key in (
        (1e-6, 1e-9, "so.unit.ns"),
        (1e-3, 1e-6, "so.unit.us"),
        (1.0, 1e-3, "so.unit.ms"),
        (120.0, 1.0, "so.unit.s"),
        (7200.0, 60.0, "so.unit.min"),
        (172800.0, 3600.0, "so.unit.h"),
        (3.15576e7 * 2, 86400.0, "so.unit.days"),
    ):
        if seconds < limit:
            return t(key, lang, n=sci(seconds / div))
    return t("so.unit.years", lang, n=sci(seconds / 3.15576e7))


def cost_table(costs: list[model.Cost], lang: str) -> list[dict[str, str]]:
    return [
        {
            t("so.col.model", lang): t(f"so.model.{c.name}", lang),
            "d": f"{c.d:,}".replace(",", " "),
            t("so.col.gradient", lang): size(c.gradient_bytes),
            t("so.col.hessian", lang): size(c.hessian_bytes),
            t("so.col.solve", lang): duration(c.solve_seconds, lang),
        }
        for c in costs
    ]


def cost_sentences(costs: list[model.Cost], rate: float, lang: str) -> list[str]:
    billion = next(c for c in costs if c.name == "billion")
    digits = next(c for c in costs if c.name == "digits")
    return [
        t(
            "so.cost.rate",
            lang,
            gflops=f"{rate / 1e9:.3g}",
            d=f"{digits.d:,}".replace(",", " "),
            hessian=size(digits.hessian_bytes),
            solve=duration(digits.solve_seconds, lang),
        ),
        t(
            "so.cost.billion",
            lang,
            hessian=size(billion.hessian_bytes),
            ratio=sci(billion.hessian_bytes / billion.gradient_bytes),
            solve=duration(billion.solve_seconds, lang),
        ),
    ]


def race_sentences(r: model.Race, lang: str) -> list[str]:
    """Per optimizer: the loss it ends at, in how many steps and seconds; then which one is
    lower at the other's end time (read from both curves at the same wall time)."""
    out = []
    for name, losses, seconds in zip(r.names, r.losses, r.seconds, strict=True):
        out.append(
            t(
                "so.race.end",
                lang,
                run=t(RACERS[name], lang, lr=f"{model.ADAM_LR:g}"),
                steps=steps_word(len(losses) - 1, lang),
                seconds=f"{seconds[-1]:.3g}",
                loss=number(float(losses[-1])),
                per_step=f"{1000 * seconds[-1] / (len(losses) - 1):.3g}",
            )
        )
    (lb, lb_s), (ad, ad_s) = ((r.losses[i], r.seconds[i]) for i in range(2))
    at = min(lb_s[-1], ad_s[-1])
    lb_at = float(lb[np.searchsorted(lb_s, at, side="right") - 1])
    ad_at = float(ad[np.searchsorted(ad_s, at, side="right") - 1])
    out.append(
        t(
            "so.race.same_time",
            lang,
            seconds=f"{at:.3g}",
            lbfgs=number(lb_at),
            adam=number(ad_at),
            lower=t("so.lbfgs" if lb_at < ad_at else "so.adam", lang, lr=f"{model.ADAM_LR:g}"),
        )
    )
    return out
