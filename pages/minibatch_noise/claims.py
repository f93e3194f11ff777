"""The minibatch-noise lesson's sentences: which runs diverged and where, the steps each run
took, how many noisy runs left the narrow valley, and the notice for a batch pair not drawn
as set. Each is computed from the runs the figures draw."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ui import readings
from ui.claims import sig
from ui.i18n import t


def diverged(names: Sequence[str], runs: Sequence, lr: float, bound: float, stable: float,
             lang: str, curves: Sequence | None = None,
             steepest: Sequence[float] | None = None) -> str | None:  # fmt: skip
    """The alert for every run that diverged or became unstable, from what is drawn: a run
    that left ±bound is named with the step that passed it (its path drawn to the step
    before); a run still inside whose drawn steps grow (`readings.became_unstable`) and whose
    drawn loss (`curves`: loss − min per drawn point) ends above where it started is named
    with the step it became unstable, its growth per step and what its drawn loss did
    (`_loss_words`).
    Then why: ε against full-batch GD's 2/λ_max; where ε is below it, the runs whose own
    batches' steepest curvature (`steepest`, per run) puts ε above 2/λ of a batch
    (`_batch_why`). None when no run did either."""
    gone = [
        t("minibatch.diverged", lang, name=name, step=r.diverged_at)
        for name, r in zip(names, runs, strict=True)
        if r.diverged_at is not None
    ]
    went = [i for i, r in enumerate(runs) if r.diverged_at is not None]
    growing = []
    for i, (name, r) in enumerate(zip(names, runs, strict=True)):
        if r.diverged_at is not None or curves is None:
            continue
        onset = readings.became_unstable(r.shown)
        curve = np.asarray(curves[i])
        if onset is None or not curve[-1] > curve[0]:
            continue
        said = dict(
            name=name,
            step=onset.step,
            growth=f"{onset.growth:.2f}",
            start=sig(float(curve[0]), 3),  # 3 digits, powers of ten beyond (6.22×10⁴)
            end=sig(float(curve[-1]), 3),
            bound=f"{bound:,.0f}",  # named: "the bound" read as the 2/λmax just said
        )
        growing.append(_loss_words(curve, r.per_epoch, said, lang))
        went.append(i)
    if not gone and not growing:
        return None
    why = (
        "minibatch.diverged.why" if gone else "minibatch.unstable.why",
        dict(bound=f"{bound:,.0f}", lr=f"{float(lr):g}", stable=f"{stable:.3g}"),
    )
    parts = []
    if gone:
        parts.append(" · ".join(gone) + ("" if lang == "zh" else " ") + t(why[0], lang, **why[1]))
    if growing:
        parts.append(" · ".join(growing) + ("。" if lang == "zh" else "."))
        if not gone:
            parts.append(t(why[0], lang, **why[1]))
    if steepest is not None and float(lr) < stable:
        batch = _batch_why([names[i] for i in went], [steepest[i] for i in went], lr, lang)
        if batch:
            parts.append(batch)
    return ("" if lang == "zh" else " ").join(parts)


def _batch_why(names: Sequence[str], steepest: Sequence[float], lr: float, lang: str):
    """Why runs went unstable at an ε inside full-batch GD's 2/λ_max: each step sees only its
    own batch, whose steepest curvature λ can be larger (at B = 1 one example's 1 + xᵢ²), so
    a step on it grows along that direction for ε > 2/λ. The runs whose steepest batch puts
    ε above its 2/λ, each with λ and 2/λ; None when none does."""
    items = [
        t("minibatch.batch_why_item", lang, name=name, lam=f"{lam:.3g}", limit=f"{2 / lam:.3g}")
        for name, lam in zip(names, steepest, strict=True)
        if lam > 0 and float(lr) > 2 / lam
    ]
    if not items:
        return None
    sep = "；" if lang == "zh" else "; "
    return t("minibatch.batch_why", lang, lr=f"{float(lr):g}", items=sep.join(items))


def _above(value: float, ref: float) -> bool:
    """`value` visibly above `ref`: higher, and not printed the same (3 digits)."""
    return value > ref and sig(float(value), 3) != sig(float(ref), 3)


def _loss_words(curve: np.ndarray, per_epoch: int, said: dict, lang: str) -> str:
    """An unstable run's sentence with what its drawn loss curve did, from its start to its
    end (above the start): "rose" when no drawn value is visibly below the start or above the
    end; "climbed to its highest at step k and ended at" when it never fell visibly below the
    start; "fell to its lowest at step k, then rose" when it dipped with nothing visibly above
    the start before the lowest point or above the end after it; else "went up and down", with
    its lowest and highest drawn values and their steps. ε = 1.5, B = 5 said "rose from 16 to
    43.3" of a curve that falls to 0.0779 at step 13 after a peak of 85.1 at step 7."""
    low, high = int(np.argmin(curve)), int(np.argmax(curve))
    fell = _above(curve[0], curve[low])
    if not fell and not _above(curve[high], curve[-1]):
        return t("minibatch.unstable", lang, **said)
    peak = dict(
        high=sig(float(curve[high]), 3), high_step=high, high_epoch=f"{high / per_epoch:.3g}"
    )
    if not fell:  # never visibly below its start, but higher on the way than at its end
        return t("minibatch.unstable.peaked", lang, **said, **peak)
    where = dict(low=sig(float(curve[low]), 3), low_step=low, epoch=f"{low / per_epoch:.3g}")
    if not _above(curve[: low + 1].max(), curve[0]) and not _above(curve[low:].max(), curve[-1]):
        return t("minibatch.unstable.dipped", lang, **said, **where)
    return t("minibatch.unstable.swings", lang, **said, **where, **peak)


def steps(names: Sequence[str], runs: Sequence, lang: str) -> str:
    """Per run: its steps per epoch and the steps it took in all; a diverged run says the
    steps it was set to take and the last step drawn."""
    parts = []
    for name, r in zip(names, runs, strict=True):
        planned = len(r.points) - 1
        if r.diverged_at is None:
            parts.append(
                t("minibatch.steps_per_epoch", lang, name=name, k=r.per_epoch, steps=planned)
            )
        else:
            parts.append(
                t(
                    "minibatch.steps.stopped",
                    lang,
                    name=name,
                    k=r.per_epoch,
                    steps=planned,
                    last=r.diverged_at - 1,
                )
            )
    return " · ".join(parts)


def split_ends(ends: np.ndarray, domain) -> tuple[np.ndarray, np.ndarray]:
    """The end points (n, 2) inside the drawn box `domain` and those beyond it."""
    ends = np.asarray(ends, dtype=float).reshape(-1, 2)
    (xlo, xhi), (ylo, yhi) = domain
    inside = (ends[:, 0] >= xlo) & (ends[:, 0] <= xhi) & (ends[:, 1] >= ylo) & (ends[:, 1] <= yhi)
    return ends[inside], ends[~inside]


def clamp(points: np.ndarray, domain) -> np.ndarray:
    """Points beyond the drawn box held at its edge (each coordinate clipped to its axis)."""
    (xlo, xhi), (ylo, yhi) = domain
    p = np.asarray(points, dtype=float).reshape(-1, 2)
    return np.stack([np.clip(p[:, 0], xlo, xhi), np.clip(p[:, 1], ylo, yhi)], axis=1)


def outside(ends_out: np.ndarray, pass_x: float, lang: str) -> str:
    """The note for end points beyond the axes (drawn at the edge), how many of them lie
    right of the pass and how many left of it; empty when there are none. ("其中 3 个" after
    "11 left the valley" read as 3 of those 11, while one of the 3 stayed left of the pass.)"""
    ends_out = np.asarray(ends_out, dtype=float).reshape(-1, 2)
    if not len(ends_out):
        return ""
    right = int(np.sum(ends_out[:, 0] > pass_x))
    return t(
        "minibatch.sharp.outside",
        lang,
        out=len(ends_out),
        right=right,
        left=len(ends_out) - right,
    )


def valley(minima, pass_point) -> tuple[np.ndarray, float]:
    """The narrow valley as a reader sees it: its bottom (the minimum nearest the pass, the
    one the runs start at) and its reach, the bottom's distance to the pass. An end point
    farther than that from the bottom has left the valley, whichever way it went (an end at
    (−1.89, −4.08), left of the pass yet far below the valley, had been counted in it)."""
    p = np.asarray(pass_point, dtype=float)
    bottoms = np.asarray(minima, dtype=float).reshape(-1, 2)
    bottom = bottoms[
        int(np.argmin(np.linalg.norm(bottoms - p, axis=1) + 1e9 * (bottoms[:, 0] > p[0])))
    ]
    return bottom, float(np.linalg.norm(bottom - p))


def left_valley(ends: np.ndarray, bottom, reach: float) -> np.ndarray:
    """Which end points (n, 2) lie farther than `reach` from the valley's `bottom`."""
    ends = np.asarray(ends, dtype=float).reshape(-1, 2)
    return np.linalg.norm(ends - np.asarray(bottom, dtype=float), axis=1) > reach


def left(
    count: int,
    total: int,
    bottom,
    reach: float,
    ends_out: np.ndarray,
    paths_out: int,
    lang: str,
    pass_x: float,
    basin: int,
) -> str:
    """How many of a batch size's noisy runs left the narrow valley (ended farther from its
    bottom than the pass is, `left_valley`), the end points beyond the axes (drawn at the
    edge) on either side of the pass, and how many drawn paths left the picture."""
    sep = "" if lang == "zh" else " "
    text = t(
        "minibatch.sharp.left",
        lang,
        left=int(count),
        total=int(total),
        bx=f"{bottom[0]:.2f}",
        by=f"{bottom[1]:.2f}",
        reach=f"{reach:.2f}",
        basin=int(basin),
        pass_x=f"{pass_x:.2f}",
    )
    if len(ends_out):
        text += sep + outside(ends_out, pass_x, lang)
    if paths_out:
        text += sep + t("minibatch.sharp.paths_out", lang, n=int(paths_out))
    return text


def same_batch(names: Sequence[str], sizes: Sequence[int], runs: Sequence, lang: str) -> str:
    """When the minibatch run's B equals SGD's (B = 1) or the full batch's (B = n): what differs
    between the two runs of one batch size, with where each drawn path ends. `names`, `sizes`
    and `runs` are (full, mini, sgd); empty when the three batch sizes differ. (At B = 1 the
    legend showed "minibatch B = 1" and "stochastic B = 1" with different paths, unexplained.)"""
    if sizes[1] == sizes[2]:
        other, key = 2, "minibatch.same.sgd"
    elif sizes[1] == sizes[0]:
        other, key = 0, "minibatch.same.gd"
    else:
        return ""
    return t(
        key,
        lang,
        mini=names[1],
        sgd=names[2],
        gd=names[0],
        mini_end=_pt(runs[1].shown[-1]),
        sgd_end=_pt(runs[other].shown[-1]),
    )


def _pt(p) -> str:
    return f"({float(p[0]):.2f}, {float(p[1]):.2f})"


def batch_pair(small: int, large: int, drawn: tuple[int, int], lang: str) -> str:
    """The notice for a small batch not smaller than the large one: the values set and the
    values drawn."""
    key = "minibatch.sharp.swapped" if small > large else "minibatch.sharp.equal"
    return t(key, lang, small=small, large=large, drawn_small=drawn[0], drawn_large=drawn[1])
