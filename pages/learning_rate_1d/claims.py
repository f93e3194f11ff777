"""The 1-D learning-rate lesson's sentences: what each run did, read from its drawn iterates
(diverged, stopped, oscillating or still moving), computed from the numbers."""

from __future__ import annotations

from types import EllipsisType

import numpy as np

import landscapes.grid
from optimizers import precision
from optimizers.analysis import critical_near
from ui import readings
from ui.claims import NEAR, _length, compared, divergence, sig
from ui.i18n import t

SWING_STEADY = 0.01  # swings changing less than 1 % per step: a steady cycle
FLAT = 1e-2  # |f″| at most 1 % of the steepest drawn |f′|: a flat point, as the panels show it


def _swing(dx: np.ndarray) -> float:
    """The swings' change per step over the last few steps: (|Δx_last| / |Δx_m back|)^(1/m)."""
    a = np.abs(dx[dx != 0]) if np.any(dx != 0) else np.abs(dx)
    m = min(4, len(a) - 1)
    if m < 1 or a[-1 - m] == 0:
        return 1.0
    return float((a[-1] / a[-1 - m]) ** (1.0 / m))


FOLLOW = 1.0  # the axis follows a run at most one domain width past either end


def drawn_axis(domain: tuple[float, float], trajs) -> tuple[float, float]:
    """The x range the panels draw: the curve's domain, widened to hold every iterate of the
    runs that did not diverge (a run from the domain's edge, or one stalling at −3π on
    x + sin x), at most `FOLLOW` domain widths past either end, with a 3 % margin. A run
    beyond that (or a diverged one) leaves the picture, and its sentence says at which step."""
    lo, hi = (float(v) for v in domain)
    width = hi - lo
    xs = [np.asarray(tr.points[:, 0], dtype=np.float64) for tr in trajs if tr.diverged_at is None]
    xs = np.concatenate(xs) if xs else np.zeros(0)
    xs = xs[np.isfinite(xs) & (xs >= lo - FOLLOW * width) & (xs <= hi + FOLLOW * width)]
    low, high = min(lo, float(xs.min(initial=lo))), max(hi, float(xs.max(initial=hi)))
    pad = 0.03 * (high - low)
    return (low - pad if low < lo else lo, high + pad if high > hi else hi)


def slid(traj, ascent: bool) -> bool:
    """Whether a descent run slid down a slope with no bottom that way (`readings.slid_downhill`
    on its drawn losses), or an ascent run climbed one with no top (`readings.climbed_uphill`:
    ascent on x², x ← (1 + 2ε)x): not an instability, whatever bound it passed."""
    if traj.diverged_at is None:
        return False
    drawn = np.asarray(traj.losses, dtype=np.float64)[: traj.diverged_at]
    return readings.climbed_uphill(drawn) if ascent else readings.slid_downhill(drawn)


STEADY_FACTOR = 0.01  # |x| multiplied by factors within 1 % of each other: one factor per step


def climbed(traj, label: str, lang: str) -> str:
    """An ascent run that climbed without a top: its drawn f from first to last, and, where
    every drawn step multiplies |x| by the same factor (within 1 %: x² gives 1 + 2ε exactly),
    that factor."""
    n = traj.diverged_at if traj.diverged_at is not None else len(traj.points)
    f = np.asarray(traj.losses, dtype=np.float64)[:n]
    text = t(
        "lr1d.fate.climbed", lang, lr=label, first=_length(float(f[0])), last=_length(float(f[-1]))
    )
    x = np.abs(np.asarray(traj.points[:n, 0], dtype=np.float64))
    if len(x) > 2 and np.all(x[:-1] > 0):
        ratios = x[1:] / x[:-1]
        if np.all(np.abs(ratios / ratios[0] - 1) <= STEADY_FACTOR) and ratios[0] > 1:
            sep = "" if lang == "zh" else " "
            text += sep + t("lr1d.fate.climb_factor", lang, rate=f"{float(ratios.mean()):.2f}")
    return text


def _left(points, diverged_at: int, axis, bound: float, lang: str) -> str:
    """Where a run that passed the far bound left the drawn axis and at which step it passed
    the bound (the Playground's words)."""
    left = readings.left_box(np.asarray(points)[:diverged_at], axis)
    if left is None:
        return t("playground.left_at_end", lang, step=diverged_at, bound=f"{bound:g}", var="x")
    return t("playground.left", lang, left=left, step=diverged_at, bound=f"{bound:g}", var="x")


def typed_blurb(landscape, axis: tuple[float, float], lang: str) -> str:
    """A typed curve's note above the panels: the interval [−w, w] it is drawn on, in numbers
    (w is the range slider's value), and the wider axis the panels draw when they follow a
    run off it (`drawn_axis`)."""
    ((lo, hi),) = landscape.domain
    text = t("lr1d.typed_blurb", lang, lo=f"{lo:g}", hi=f"{hi:g}", w=f"{hi:g}")
    if (float(axis[0]), float(axis[1])) != (float(lo), float(hi)):
        sep = "" if lang == "zh" else " "
        text += sep + t("lr1d.typed_wider", lang, a=sig(axis[0], 3), b=sig(axis[1], 3))
    return text


def undefined_at(traj, landscape) -> tuple[int, float] | None:
    """A run stopped where f is not defined (a typed log x past 0): the step and the iterate
    x_k = x_{k−1} − ε·(the objective's f′ at x_{k−1}) at which f is not finite while x is, (0,
    x₀) for a start where f is not defined; None for any other run. From 2 at ε = 1 on log x:
    x = 2, 1.5, 0.833, then −0.367 at step 3, where the run stops (its point is not kept)."""
    if traj.diverged_at is None:
        return None
    if not np.isfinite(float(traj.losses[0])):
        return 0, float(traj.points[0, 0])
    k = int(traj.diverged_at)
    # the update the runner took: raw_grads are the objective's (±f), the step is −ε of it
    x = float(traj.points[k - 1, 0]) - float(traj.hyperparams["lr"]) * float(
        traj.raw_grads[k - 1, 0]
    )
    if not (np.isfinite(x) and abs(x) <= landscape.far_bound):
        return None
    f, _ = precision.values64(landscape.loss, [x])
    return (k, x) if not np.isfinite(f[0]) else None


def parted(traj, landscape, axis: tuple[float, float], ascent: bool) -> int | None:
    """`optimizers.precision.parted_at` for a run of the lesson: the step from which its drawn
    path is set by rounding (float32 and float64 more than 1 % of the axis apart), or None.
    None for a run that stopped where f is not defined (`undefined_at`): the maths stops it
    (float64 reaches the same x, where f has no value; the rerun, reading f′ alone, went on)."""
    if undefined_at(traj, landscape) is not None:
        return None
    lr = float(traj.hyperparams["lr"])
    return precision.parted_at(traj, landscape.loss, lr, axis, landscape.far_bound, ascent)


def alerted(traj, landscape, ascent: bool, parted_step: int | None) -> int | None:
    """The step the red box above the panels names as "diverged": a run that passed the far
    bound by an instability, at a step the maths sets. None for a run that slid downhill (the
    sentence under the panels says so: x + sin x at ε = 10) and for one whose far-bound step
    only rounding sets (float32 passes |x| = 600 at step 65 there, float64 never)."""
    if traj.diverged_at is None or parted_step is not None:
        return None
    if (gone := undefined_at(traj, landscape)) is not None:
        # it reached x where f is not defined and stopped: the page's note on blank parts says
        # such a run "is reported as diverged"; a start there takes no step (its sentence says)
        return gone[0] or None
    if slid(traj, ascent):
        return None
    return int(traj.diverged_at)


def descent_1d(
    traj,
    landscape,
    label: str,
    lang: str,
    axis: tuple[float, float] | None = None,
    *,
    ascent: bool = False,
    parted_step: int | EllipsisType | None = ...,
) -> str:
    """What one run of the 1-D lesson did, read from its drawn iterates (`ui.readings`) on
    the drawn axis `axis` (the landscape's domain, or wider to follow the runs): diverged (at
    which step; kept going downhill, or became unstable); stopped (each of the last steps
    shorter than a stated share of the axis) and where, with f′ and f″ there and the kind of
    point it is near; oscillating (how often it reversed, whether the swings shrink, grow or
    hold) and still moving; or still moving, and towards which marked critical point. A run
    that went past the drawn axis says at which step."""
    import optimizers  # the local analysis at the run's end

    drawn_axis = (tuple(axis),) if axis is not None else landscape.domain
    sep = "" if lang == "zh" else " "
    gone = undefined_at(traj, landscape)
    if gone is not None:
        step, x = gone
        if step == 0:
            return t("lr1d.fate.start_undefined", lang, lr=label, x=sig(x, 3))
        return t("lr1d.fate.undefined", lang, lr=label, step=step, x=sig(x, 3), last=step - 1)
    if parted_step is ...:
        parted_step = parted(traj, landscape, drawn_axis[0], ascent)
    if parted_step is not None:
        return _rounding_set(traj, landscape, label, lang, drawn_axis, parted_step, ascent)
    if traj.diverged_at is not None:
        losses = None if ascent else np.asarray(traj.losses, dtype=np.float64)
        if ascent and slid(traj, ascent):  # climbed a slope with no top: no instability
            return (
                climbed(traj, label, lang)
                + sep
                + _left(traj.points, traj.diverged_at, drawn_axis, landscape.far_bound, lang)
            )
        if losses is not None and readings.slid_downhill(losses[: traj.diverged_at]):
            # no instability: it slid down a slope with no bottom that way, off the axis (the
            # lesson's own words, "ε = 1: kept going downhill", as its other runs' "ε = …:")
            drawn = losses[: traj.diverged_at]
            return (
                t(
                    "lr1d.fate.downhill",
                    lang,
                    lr=label,
                    first=_length(float(drawn[0])),
                    last=_length(float(drawn[-1])),
                )
                + sep
                + _left(traj.points, traj.diverged_at, drawn_axis, landscape.far_bound, lang)
            )
        # when it became unstable, where it left the axis and the far bound (as the Playground)
        it = t("lr1d.it", lang)
        onset = readings.became_unstable(np.asarray(traj.points)[: traj.diverged_at])
        if onset is None:  # too few drawn steps to read an onset: "diverges at k", said once
            return (
                t("lr1d.fate.diverged", lang, lr=label, step=traj.diverged_at)
                + sep
                + _left(traj.points, traj.diverged_at, drawn_axis, landscape.far_bound, lang)
            )
        return (
            t("lr1d.fate.diverged", lang, lr=label, step=traj.diverged_at)
            + sep
            + divergence(
                it, traj.points, traj.diverged_at, drawn_axis, landscape.far_bound, lang, var="x"
            )
        ).replace("它 ", "它")  # the Playground's "SGD 从第…" keeps its space; "它从第…" none
    text, moving = _settled(traj, landscape, label, lang, drawn_axis, optimizers, ascent=ascent)
    x = traj.points[:, 0].astype(float)
    left = readings.left_box(x, drawn_axis)
    if left is not None and not moving:  # off the axis the panels draw ("moving" says it)
        text += sep + t("lr1d.fate.off_axis", lang, left=left)
    return text


def _rounding_set(traj, landscape, label, lang, domain, parted_step, ascent) -> str:
    """A run whose drawn path rounding sets from `parted_step` on: what it did before that
    (slid downhill, became unstable, or moves on), where it left the drawn axis, and that its
    later path, where it ends and the step it passes the far bound, are not the maths'."""
    import optimizers  # the local analysis at the run's end

    sep = "" if lang == "zh" else " "
    n = traj.diverged_at if traj.diverged_at is not None else len(traj.points)
    drawn = np.asarray(traj.points[:n, 0], dtype=np.float64)
    onset = readings.became_unstable(drawn)
    if slid(traj, ascent) and ascent:
        text = climbed(traj, label, lang)
    elif slid(traj, ascent):
        losses = np.asarray(traj.losses, dtype=np.float64)[:n]
        text = t(
            "lr1d.fate.downhill",
            lang,
            lr=label,
            first=_length(float(losses[0])),
            last=_length(float(losses[-1])),
        )
    elif traj.diverged_at is None:
        # a run rounding sets that stays within the far bound: the caveat first, then what the
        # drawn run did, named as drawn (x + sin x from −6 at ε = 10 "stopped" at −304.73 in
        # float32; in float64 it ends at −537.21), and no far-bound step it never reached
        ((lo, hi),) = domain
        first = t(
            "lr1d.fate.rounding_first",
            lang,
            lr=label,
            parted=parted_step,
            tol=sig(precision.PART * (hi - lo), 2),
            sign="+" if ascent else "−",
        )
        drawn_label = t("lr1d.fate.as_drawn", lang, lr=label)
        text, _moving = _settled(traj, landscape, drawn_label, lang, domain, optimizers, tail=False)
        left = readings.left_box(drawn, domain)
        if left is not None:
            text += sep + t("lr1d.fate.off_axis", lang, left=left)
        return first + sep + text
    else:
        text = t("lr1d.fate.escapes", lang, lr=label)
        if onset is not None and onset.step < parted_step:
            text += sep + t(
                "playground.unstable",
                lang,
                name=t("lr1d.it", lang),
                step=onset.step,
                growth=f"{onset.growth:.2f}",
                first=_length(onset.first),
                last=_length(onset.last),
            ).replace("它 ", "它")
    left = readings.left_box(drawn, domain)
    if left is not None:
        text += sep + t("lr1d.fate.off_axis", lang, left=left)
    ((lo, hi),) = domain
    return (
        text
        + sep
        + t(
            "lr1d.fate.rounding",
            lang,
            parted=parted_step,
            tol=sig(precision.PART * (hi - lo), 2),
            bound=f"{landscape.far_bound:g}",
            sign="+" if ascent else "−",
        )
    )


def _settled(
    traj, landscape, label, lang, domain, optimizers, tail=True, ascent=False
) -> tuple[str, bool]:
    """A run that did not diverge: its sentence, and whether it is the "moving" one (which
    says itself where it left the axis, and with `tail` which marked point it heads for)."""
    x = traj.points[:, 0].astype(float)
    steps = len(x) - 1
    dx = np.diff(x)
    signs = np.sign(dx[np.abs(dx) > 1e-9])
    flips = int(np.sum(signs[1:] != signs[:-1])) if signs.size > 1 else 0
    end = float(x[-1])
    local = optimizers.analyse(landscape.loss, (end,))
    g, h = float(local.gradient[0]), float(local.hessian[0, 0])
    ((lo, hi),) = domain
    tol = readings.stop_tolerance(domain)
    kinds = (
        [("minimum", c[0]) for c in landscape.minima]
        + [("flat", c[0]) for c in landscape.saddles]
        + [("maximum", c[0]) for c in landscape.maxima]
    )
    common = dict(lr=label, steps=steps, x=sig(end, 3), g=sig(g, 2), h=sig(h, 2))
    last = sig(abs(dx[-1]), 2) if steps else "0"
    if readings.stopped(x, readings.STOP_WINDOW, tol):
        near = [(kind, c) for kind, c in kinds if readings.close_to((end,), (c,), NEAR * (hi - lo))]
        # the last drawn step's length beside the tolerance: ε = 1 on x + sin x at 100 steps
        # still moves 0.0002 a step, under the 0.001 that counts as stopped
        stop = dict(window=readings.STOP_WINDOW, tol=f"{tol:.2g}", last=last, **common)
        if not near:  # a critical point off the marked ones (beyond the domain's axis)
            xs, fs = landscapes.grid.sample(landscape, 600, window=domain)
            scale = float(np.max(np.abs(np.gradient(fs.astype(float), xs.astype(float)))))
            found = critical_near(landscape.loss, end, NEAR * (hi - lo), FLAT * scale)
            near = [found] if found is not None else []
        if near:
            kind, c = min(near, key=lambda kc: abs(end - kc[1]))
            # where it stopped and the point, to the digits their distance needs (−21.97,
            # 0.023 from −21.99; "−22" read as beyond it), c at least −40.84 (−13π), not −40.8
            ends = compared([end, c], least=[0, 2 if abs(c) >= 10 else 0])
            said = t(
                "lr1d.fate.stopped_near" if ends[0] != ends[1] else "lr1d.fate.stopped_on",
                lang,
                c=ends[1],
                dist=sig(abs(end - c), 2),
                kind=t(_kind_key(kind, ascent), lang),
                **(stop | {"x": ends[0]}),
            )
            return said, False
        if abs(g) < 1e-3:
            return t("lr1d.fate.stopped", lang, **stop), False
        return t("lr1d.fate.crawls", lang, **stop), False
    if steps >= 3 and flips >= max(3, steps // 3):
        r = _swing(dx)
        trend = "steady" if abs(r - 1) <= SWING_STEADY else ("growing" if r > 1 else "shrinking")
        swings = np.abs(dx[dx != 0])
        if trend == "growing" and readings.became_unstable(x, min_growth=1.0) is None:
            # the last swings longer, but the swings do not grow steadily: irregular jumps
            trend = "irregular"
        said = t(
            f"lr1d.fate.oscillates_{trend}",
            lang,
            flips=flips,
            turns=max(signs.size - 1, 0),
            rate=f"{r:.2f}",
            last=last,
            low=sig(float(swings.min()), 2),
            high=sig(float(swings.max()), 3),
            **common,
        )
        return said, False
    # heading for c: the last step went its way and the next one does too (its direction is
    # −f′'s, +f′'s for ascent): 25 sin x − x² after 1 step at ε = 0.1 is at 6.07 past the
    # minimum 5.14, and "heading for x = 7.24, a maximum" was said of a run whose next step
    # (f′ = +12) goes back left
    going = np.sign(g) if ascent else -np.sign(g)
    ahead = [
        (kind, c)
        for kind, c in kinds
        if steps and dx[-1] != 0 and np.sign(c - end) == np.sign(dx[-1]) == going and lo <= c <= hi
    ]
    target = min(ahead, key=lambda kc: abs(end - kc[1])) if ahead else None
    # from where to where, and where it heads, to the digits that tell them apart ("from
    # x = 2.500 to x = 2.498", not "from 2.5 to 2.5"), a printed distance agreeing with them
    spots = compared(
        [x[0], end] + ([target[1]] if target else []),
        [(0, 1), (1, 2)] if target else [(0, 1)],
    )
    common["x"] = spots[1]
    key = "lr1d.fate.moving_one" if steps == 1 else "lr1d.fate.moving"
    text = t(key, lang, x0=spots[0], last=last, **common)
    if not tail:
        return text, True
    left = readings.left_box(x, domain)
    if left is not None:  # the panels do not draw the curve where it is now
        text += ("" if lang == "zh" else " ") + t("lr1d.fate.off_axis", lang, left=left)
    if target:
        kind, c = target
        text += ("" if lang == "zh" else " ") + t(
            "lr1d.fate.towards",
            lang,
            c=spots[2],
            dist=sig(abs(end - c), 2),
            kind=t(_kind_key(kind, ascent), lang),
        )
    return text, True


def _kind_key(kind: str, ascent: bool) -> str:
    """The kind's word: a flat inflection point is "not a minimum" under descent, "not a
    maximum" under ascent."""
    return "lr1d.kind.flat_ascent" if kind == "flat" and ascent else f"lr1d.kind.{kind}"
