"""The cliffs lesson's sentences, computed from the drawn steps of the unclipped run."""

from __future__ import annotations

import numpy as np

from landscapes.surfaces import CLIFF_HEIGHT, CLIFF_SHARPNESS
from pages.cliffs.steps import spans
from ui import readings
from ui.claims import sig
from ui.i18n import t

THROWN = 1.0  # a step longer than this (a fifth of the plateau's width) is "thrown"
BOWL_CURVATURES = (0.1, 1.0)  # the bowl 0.05(x − 2)² + 0.5y²: f″ along x and along y


def wall_slope(x: float) -> float:
    """|∂/∂x| of the cliff's wall term H(1 − tanh kx)/2 at x: Hk/2 · sech²(kx), 100 at x = 0
    and below 10⁻⁶ from |x| ≈ 0.2 on: the part of the gradient that is the cliff's."""
    return 0.5 * CLIFF_HEIGHT * CLIFF_SHARPNESS / np.cosh(min(abs(CLIFF_SHARPNESS * x), 300.0)) ** 2


# "On the wall": a step that starts with |x| < WALL_BAND, the band in which the cliff's
# H(1 − tanh kx)/2 makes 98.7 % of its drop (tanh 2.5 = 0.987) and the wall's slope is above
# Hk/2 · sech²(2.5) = 2.66, three times the plateau's gradient at the default start (0.832).
# Where the wall's share of ‖g‖ decided it (`on_cliff`), a step from x = 0.073 with
# ‖g‖ = 0.487 was "on the wall" and one from x = 0.077 with ‖g‖ = 0.459 "away from it".
WALL_BAND = 0.05


def on_wall(x: float) -> bool:
    """Whether a step that starts at this x starts on the wall: |x| < `WALL_BAND`."""
    return abs(float(x)) < WALL_BAND


def _band() -> dict[str, str]:
    """The wall's band as the clipping sentences state it: |x| < 0.05, slope above 2.7."""
    return dict(band=f"{WALL_BAND:g}", slope=f"{wall_slope(WALL_BAND):.2g}")


def _at(v: float) -> str:
    """A coordinate with the figure's precision (2 decimals), never "-0.00"."""
    return f"{round(float(v), 2) + 0.0:.2f}"


def _inside(point, domain) -> bool:
    return all(lo <= float(v) <= hi for v, (lo, hi) in zip(point, domain, strict=True))


def _small(v: float) -> str:
    """A gradient part as a reader takes it: 2 significant digits, or "< 0.001"."""
    return f"{v:.2g}" if v >= 1e-3 else "< 0.001"


def on_cliff(point, grad) -> bool:
    """Whether a step taken at `point` with gradient `grad` hit the cliff: the wall's term is
    most (at least half) of the gradient's length there."""
    return wall_slope(float(point[0])) >= 0.5 * float(np.linalg.norm(grad))


def drawn_steps(traj) -> int:
    """How many steps the figures draw: every step whose end point is drawn (a diverged run's
    path stops at its last finite point, x_{k−1} for `diverged_at` = k)."""
    steps = len(traj.step_lengths)
    return steps if traj.diverged_at is None else max(min(traj.diverged_at - 1, steps), 0)


def thrown(traj, lang: str, domain=None) -> str | None:
    """ "Step k hits the cliff: the gradient is ‖g‖ long and the step travels …": the longest
    drawn step of the unclipped run when it is longer than `THROWN`, with the gradient that
    step used (drawn at the same step on the gradient chart), when that step started on the
    cliff (`on_cliff`). One that started in the bowl, far from the wall, is the bowl's own
    divergence: |1 − εh| > 1 along a curvature h of the bowl, said so. A landing point beyond
    the contour's axes (`domain`) is said to have left the picture. None otherwise."""
    m = drawn_steps(traj)
    if m == 0:
        return None
    lengths = np.asarray(traj.step_lengths[:m], dtype=np.float64)
    k = int(np.argmax(lengths))
    if not lengths[k] > THROWN:
        return None
    at, grad = traj.points[k], traj.raw_grads[k]
    # 3 significant digits, as the clip sentence's ε‖g‖ for the same step ("3.65", not "3.7")
    said = dict(step=k + 1, norm=sig(float(np.linalg.norm(grad)), 3), length=sig(lengths[k], 3))
    if not on_cliff(at, grad):
        lr = float(lengths[k] / np.linalg.norm(grad))  # the step is ε·‖g‖ unclipped
        # the bowl's axes through its centre (2, 0): x − 2 along 0.1, y along 1. Only a
        # direction the run has a part along can grow: from y = 0 at ε = 5 the unstable
        # curvature 1 never acts (x ×0.5 a step, the run converges) and it was said to diverge
        along = {BOWL_CURVATURES[0]: float(at[0]) - 2.0, BOWL_CURVATURES[1]: float(at[1])}
        grows = [c for c in BOWL_CURVATURES if abs(1 - lr * c) > 1 and along[c] != 0.0]
        if not grows:  # a long step off the cliff that the bowl does not grow
            return None  # (ε = 1 from the start: 1.5 long, y ← 0·y): neither thrown nor diverging
        h = max(grows, key=lambda c: abs(1 - lr * c))
        return t(
            "cliffs.bowl_diverged",
            lang,
            x=f"{float(at[0]):.3g}",
            y=f"{float(at[1]):.3g}",
            lr=f"{lr:.3g}",
            h=f"{h:g}",
            factor=f"{abs(1 - lr * h):.3g}",
            wall=_small(wall_slope(float(at[0]))),
            **said,
        )
    text = t("cliffs.thrown", lang, **said)
    land = np.asarray(traj.points[k + 1], dtype=np.float64)
    if domain is not None and readings.left_box(land[None], domain) is not None:
        # the landing point is beyond the contour's axes: say so, it is not drawn there
        sep = "" if lang == "zh" else " "
        text += sep + t("cliffs.thrown_out", lang, x=_at(land[0]), y=_at(land[1]))
        # where the drawn path went after: back into the picture, or still outside at its end
        drawn = np.asarray(traj.points[: m + 1], dtype=np.float64)
        end = drawn[-1]
        if _inside(end, domain):
            back = next(j for j in range(k + 2, m + 1) if _inside(drawn[j], domain))
            text += sep + t(
                "cliffs.thrown_back", lang, back=back, n=m, x=_at(end[0]), y=_at(end[1])
            )
        elif m > k + 1:
            text += sep + t("cliffs.thrown_gone", lang, n=m, x=_at(end[0]), y=_at(end[1]))
    return text


def throw_left_at(traj, domain) -> int | None:
    """The drawn point the throw sentence (`thrown`) says is outside the picture: the landing
    point of the unclipped run's longest drawn step when it hit the cliff; None otherwise."""
    m = drawn_steps(traj)
    if m == 0:
        return None
    lengths = np.asarray(traj.step_lengths[:m], dtype=np.float64)
    k = int(np.argmax(lengths))
    if not lengths[k] > THROWN or not on_cliff(traj.points[k], traj.raw_grads[k]):
        return None
    land = np.asarray(traj.points[k + 1], dtype=np.float64)
    return k + 1 if readings.left_box(land[None], domain) is not None else None


def left_picture(traj, clipped: bool, domain, lang: str) -> str | None:
    """When (the first drawn point outside the drawn x and y ranges, `domain`) and where a
    run left the picture, and whether it came back: back at step `back` (how many drawn points lie outside in all,
    and whether its last point is inside), or never (its last point).
    None when every drawn point is inside, and for the unclipped run when its throw's
    sentence (`thrown`) already says it left there (the first point outside is its landing).
    The clipped run at ε = 10 jumped between y = −7.2 and 2.8 with y drawn on [−3, 3] and no
    sentence said it was outside the picture."""
    m = drawn_steps(traj)
    drawn = np.asarray(traj.points[: m + 1], dtype=np.float64)
    first = readings.left_box(drawn, domain)
    if first is None or (not clipped and throw_left_at(traj, domain) == first):
        return None
    (x0, x1), (y0, y1) = domain
    inside = [_inside(p, domain) for p in drawn]
    end = drawn[-1]
    said = dict(
        run=t("cliffs.run.clipped" if clipped else "cliffs.run.free", lang),
        step=first,
        x=_at(drawn[first, 0]),
        y=_at(drawn[first, 1]),
        x0=f"{x0:g}",
        x1=f"{x1:g}",
        y0=f"{y0:g}",
        y1=f"{y1:g}",
        n=m,
        lx=_at(end[0]),
        ly=_at(end[1]),
    )
    back = next((j for j in range(first + 1, m + 1) if inside[j]), None)
    if back is None:
        return t("cliffs.left.gone", lang, **said)
    out = sum(not v for v in inside)
    key = "cliffs.left.again_in" if inside[-1] else "cliffs.left.again_out"
    return t(key, lang, back=back, out=out, **said)


def coincide(free, clipped, c: float, lang: str) -> str | None:
    """ "The two runs coincide …": when no drawn gradient of the clipped run is longer than
    `c` (clipping never acts) and both draw the same points; None otherwise."""
    m = drawn_steps(clipped)
    if m == 0 or drawn_steps(free) != m:
        return None
    grads = np.linalg.norm(np.asarray(clipped.raw_grads[:m], dtype=np.float64), axis=1)
    a = np.asarray(free.points[: m + 1], dtype=np.float64)
    b = np.asarray(clipped.points[: m + 1], dtype=np.float64)
    if grads.max() > c or not np.allclose(a, b, rtol=1e-6, atol=1e-9):
        return None
    if grads.max() == 0:  # a flat start: ‖g‖ = 0 and every step 0 long, none drawn on the
        # log axes ("the longest gradient is ‖g‖ = 0" beside two empty charts)
        return t("cliffs.coincide_still", lang, m=m, c=f"{c:g}")
    return t("cliffs.coincide", lang, m=m, gmax=sig(float(grads.max()), 3), c=f"{c:g}")


def _x(v: float) -> str:
    """An x beside the wall as a reader takes it: 2 significant digits (the wall is 0.1 wide:
    "-0.0061", "-0.065", "0.096"; 2 decimals printed both as "-0.01")."""
    return sig(float(v) + 0.0, 2)


def crossing(points: np.ndarray) -> int | None:
    """The first drawn step that crosses the wall (x = 0): its index k, from points[k] to
    points[k + 1] on either side of x = 0 (a point at 0 counts as past it); None if none."""
    x = np.asarray(points, dtype=np.float64)[:, 0]
    for k in range(len(x) - 1):
        if (x[k] < 0) != (x[k + 1] < 0):
            return k
    return None


def clip_acted(clipped, lr: float, c: float, lang: str) -> list[str]:
    """Where clipping acted on the clipped run's drawn steps, from the gradient each used
    (step k uses the gradient at θ_{k−1}, drawn at step k on the gradient chart):
    - on the wall (`on_wall`: |x| < 0.05, a band the sentence states): how many steps, the first one's start x, its ‖g‖, and its
      length ε·c against the ε‖g‖ it would have travelled;
    - away from the wall: which steps, their ‖g‖ range and the x they started from;
    - when the run crossed the wall (x = 0) on a step clipping did not cut (‖g‖ ≤ c) after
      earlier cuts: that it crossed unclipped, and which earlier cuts made its path differ.
    Empty when clipping cut no drawn step (the runs coincide: `coincide`)."""
    m = drawn_steps(clipped)
    if m == 0:
        return []
    points = np.asarray(clipped.points[: m + 1], dtype=np.float64)
    grads = np.asarray(clipped.raw_grads[:m], dtype=np.float64)
    norms = np.linalg.norm(grads, axis=1)
    cut = [k for k in range(m) if norms[k] > c]
    if not cut:
        return []
    wall = [k for k in cut if on_wall(points[k, 0])]
    away = [k for k in cut if k not in wall]
    out = []
    if wall:
        k = wall[0]
        out.append(
            t(
                "cliffs.clip.wall" if len(wall) > 1 else "cliffs.clip.wall_one",
                lang,
                n=len(wall),
                step=k + 1,
                x=_x(points[k, 0]),
                norm=sig(float(norms[k]), 3),
                c=f"{c:g}",
                cap=sig(lr * c, 3),
                free=sig(lr * float(norms[k]), 3),
                **_band(),
            )
        )
    if len(away) == 1:
        k = away[0]
        out.append(
            t(
                "cliffs.clip.away_one",
                lang,
                steps=k + 1,
                x=_x(points[k, 0]),
                norm=sig(float(norms[k]), 3),
                c=f"{c:g}",
                band=f"{WALL_BAND:g}",
            )
        )
    elif away:
        xs = points[away, 0]
        x0, x1 = _x(xs.min()), _x(xs.max())
        ends = dict(x0=x0, x1=x1) if x0 != x1 else dict(x=x0)  # one value, not "from 2 to 2"
        out.append(
            t(
                "cliffs.clip.away" if x0 != x1 else "cliffs.clip.away_same_x",
                lang,
                n=len(away),
                steps=spans([k + 1 for k in away], lang),
                lo=sig(float(norms[away].min()), 3),
                hi=sig(float(norms[away].max()), 3),
                c=f"{c:g}",
                band=f"{WALL_BAND:g}",
                **ends,
            )
        )
    # away from the band yet most of ‖g‖ still the wall's slope (x = 0.06: 0.99 of 1.18):
    # the wall's foot, not the bowl
    foot = [j for j in away if wall_slope(float(points[j, 0])) >= 0.5 * float(norms[j])]
    if foot:
        sep = "；" if lang == "zh" else "; "
        items = sep.join(
            t(
                "cliffs.clip.foot_item",
                lang,
                step=j + 1,
                x=_x(points[j, 0]),
                wall=sig(wall_slope(float(points[j, 0])), 2),
                norm=sig(float(norms[j]), 3),
            )
            for j in foot
        )
        out.append(t("cliffs.clip.foot", lang, items=items))
    k = crossing(points)
    earlier = [j + 1 for j in cut if k is not None and j < k]
    if k is not None and norms[k] <= c and earlier:
        out.append(
            t(
                "cliffs.clip.crossed_free",
                lang,
                step=k + 1,
                x0=_x(points[k, 0]),
                x1=_x(points[k + 1, 0]),
                norm=sig(float(norms[k]), 3),
                c=f"{c:g}",
                steps=spans(earlier, lang),
            )
        )
    return out


def _lengths(lengths: np.ndarray, capped: bool, lang: str) -> str:
    """The last steps' lengths as a reader takes them: "a to b"; one length when they all
    print alike ("10", no range of one), with "= ε·c" when every one was clipped to ε·c."""
    short, long = sig(float(lengths.min()), 3), sig(float(lengths.max()), 3)
    if short != long:
        return t("cliffs.fate.range", lang, short=short, long=long)
    return f"{long} = ε·c" if capped else long


def fate(
    traj, clipped: bool, lr: float, c: float, domain, lang: str, thrown: bool = False
) -> str | None:
    """What a run did at its end, from its drawn points and the gradients its drawn steps
    used (`ui.readings`):
    - stopped: each of the last 5 drawn steps shorter than 0.01 % of the picture and than
      ε × 0.01 (`readings.stop_tolerance(domain, lr=ε)`): the gradient moving it is under 0.01;
    - crawling: its steps are that short only because ε is small (`readings.crawling`): the
      gradient is still ‖g‖ long and each step ε‖g‖ (ε·c clipped);
    - either run otherwise: its one step; bouncing (each of its last steps reverses the
      one before) between the values of the coordinate that moves most; or moving, with its
      last steps' lengths (one length when they print alike; "= ε·c" on the clipped run
      when each of them was clipped).
    None for the unclipped run when it diverged (the divergence alert says so), and when
    `thrown` (its throw has a sentence) unless it stopped or crawls."""
    m = drawn_steps(traj)
    if m == 0 or (not clipped and traj.diverged_at is not None):
        return None
    run = t("cliffs.run.clipped" if clipped else "cliffs.run.free", lang)
    drawn = np.asarray(traj.points[: m + 1], dtype=np.float64)
    grads = np.linalg.norm(np.asarray(traj.raw_grads[:m], dtype=np.float64), axis=1)
    w = readings.STOP_WINDOW
    tol = readings.stop_tolerance(domain)
    if readings.stopped(drawn, w, readings.stop_tolerance(domain, lr=lr)):
        x, y = drawn[-1]
        return t(
            "cliffs.fate.stopped",
            lang,
            run=run,
            x=_at(x),
            y=_at(y),
            window=w,
            tol=f"{tol:.2g}",
            grad=f"{readings.STOP_GRADIENT:g}",
        )
    if readings.crawling(drawn, w, domain, lr):
        last = float(readings.step_lengths(drawn[-2:])[0])
        return t(
            "cliffs.fate.crawls",
            lang,
            run=run,
            norm=sig(float(grads[-1]), 3),
            lr=sig(lr, 3),
            rule="ε·c" if clipped and grads[-1] > c else "ε‖g‖",
            step=sig(last, 3),  # "0.00159", not "0.0016" beside "shorter than 0.0016"
            window=w,
            tol=f"{tol:.2g}",
        )
    if thrown:
        return None
    if m == 1:
        return t("cliffs.fate.one", lang, run=run, length=sig(float(traj.step_lengths[0]), 3))
    tail = drawn[-(min(w, m) + 1) :]
    lengths = readings.step_lengths(tail)
    capped = clipped and bool(np.all(grads[-len(lengths) :] > c))
    axis = int(np.ptp(tail[:, 1]) > np.ptp(tail[:, 0]))  # the coordinate that moves most
    said = dict(
        run=run,
        window=len(lengths),
        lengths=_lengths(lengths, capped, lang),
        axis="xy"[axis],
        lo=f"{tail[:, axis].min():.3g}",
        hi=f"{tail[:, axis].max():.3g}",
        tol=f"{tol:.2g}",
        share=f"{readings.STOP_SHARE * 100:g}",
        width=f"{max(hi - lo for lo, hi in domain):g}",
    )
    steps = np.diff(tail, axis=0)
    if bool(np.all(np.sum(steps[1:] * steps[:-1], axis=1) < 0)):  # each reverses the last
        return t("cliffs.fate.bounces", lang, **said)
    return t("cliffs.fate.moving", lang, **said)
