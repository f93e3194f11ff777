"""The basins lesson's sentences, measured on the maps' labels: how broken up each map's basins
are, and which more so."""

from __future__ import annotations

import numpy as np

from ui.claims import factor, sig
from ui.i18n import t

BROKEN_FACTOR = 2.0  # one map's basins this many times as broken up as the other's


def border_share(labels: np.ndarray) -> float:
    """The share of a start grid's cell borders (between horizontal and vertical neighbours)
    across which the two starts end in different places: 0 for one basin, near 1 for noise."""
    a = np.asarray(labels)
    across = np.concatenate([(a[1:, :] != a[:-1, :]).ravel(), (a[:, 1:] != a[:, :-1]).ravel()])
    return float(np.mean(across)) if across.size else 0.0


def percent(share: float) -> str:
    """A share as a sentence and the table print it, in % with one decimal: a share that is not
    0 never reads "0.0" (one Lion start of 16 384 at a minimum is "< 0.1"), nor one short of
    all "100.0" ("> 99.9")."""
    if 0 < share < 0.0005:
        return "< 0.1"
    if 0.9995 <= share < 1:
        return "> 99.9"
    return f"{100 * share:.1f}"


MIN_REACHED = 0.5  # a map's basins are compared only when at least half its starts reach one


def at_a_minimum(labels: np.ndarray, minimum_groups) -> np.ndarray:
    """Which starts end in a group whose end is a minimum (not a saddle, where a run stalled,
    and not diverged or unsettled): `minimum_groups[g]` says it of group g."""
    a = np.asarray(labels)
    is_min = np.asarray(minimum_groups, dtype=bool)
    if not is_min.size:
        return np.zeros(a.shape, dtype=bool)
    return (a >= 0) & is_min[np.clip(a, 0, None)]


SHORT_RUNS = 0.05  # unsettled runs that moved under this share of the map's width went nowhere


def loss_text(value: float, min_loss: float, resolution: float) -> str:
    """An end's loss as every label prints it: "L ≈ 0" (the minimum's loss) when it lies within
    `resolution` (float32's resolution of the surface's loss values) of the surface's minimum
    loss, else 3 significant digits with powers of ten as ×10ᵏ: one minimum reads the same
    whatever the steps (it read "L = 0" at 300 steps, "L = 9.08e-09" at 10)."""
    if abs(value - min_loss) <= resolution:
        return f"L ≈ {sig(min_loss)}"
    return f"L = {sig(value)}"


def basins_broken(
    labels: list[np.ndarray],
    names: list[str],
    lang: str,
    minimum_groups=None,
    has_minimum: bool = True,
    bound: float = 0.0,
    steps: int = 0,
    moved: list[np.ndarray] | None = None,
    width: float = 0.0,
    compare: bool = True,
    gaps: list[np.ndarray] | None = None,
    tolerance: float = 0.0,
    sign_lrs: list[float | None] | None = None,
    downhill: list[bool] | None = None,
) -> list[str]:
    """The basins view: how broken up each map's basins are, and which more so, measured.

    A map where fewer than `MIN_REACHED` of the starts end at a minimum (a group in
    `minimum_groups`, all groups when it is None) has no basins to speak of: it is named with
    the shares that reached one, diverged (−1) and did not settle (−2), and the maps'
    fragmentation is compared only when both have basins. On a surface with no minimum at all
    (`has_minimum` False: the saddles) that is said once, and each map is named with the shares
    of its starts that diverged (left |x|, |y| ≤ `bound`), did not settle and ended at a saddle;
    a map whose diverged runs all went out downhill (`downhill`, `compute.went_downhill`: lower
    where they left than where they started) is said to have gone out downhill, not diverged.
    A map whose starts mostly did not settle in `steps` steps, their runs having moved (`moved`:
    each start's distance from its end) a median under `SHORT_RUNS` of the map's `width`, is
    said to show runs that went nowhere, not a surface without basins, unless they ended near
    a minimum: `gaps` (each start's end's `optimizers.basins.newton_gaps`, inf outside a
    minimum's bowl) a median within `tolerance` (how near an end point a run must end to be
    credited to it) over its unsettled starts. Those runs reached a minimum and still move
    around it (Lion's ±ε sign steps on Rastrigin: a median 0.041 from a pit's bottom, having
    moved 0.4); a map whose rule's step is ε·sign (`sign_lrs`, its ε, else None) says that
    step never shrinks. With `compare` False (a study step that asks it is still open) the
    maps' fragmentation is not given."""
    shares = [border_share(lab) for lab in labels]
    if minimum_groups is None:
        minimum_groups = np.ones(1 + max(int(np.max(lab, initial=-1)) for lab in labels), bool)
    if not has_minimum:
        minimum_groups = np.zeros(len(minimum_groups), bool)
    reached = [float(np.mean(at_a_minimum(lab, minimum_groups))) for lab in labels]
    out = [] if has_minimum else [t("maps.basins.no_minimum", lang)]
    for lab, n, s, r in zip(labels, names, shares, reached, strict=True):
        a = np.asarray(lab)
        pct = {
            "diverged": percent(float(np.mean(a == -1))),
            "unsettled": percent(float(np.mean(a == -2))),
            "stayed": percent(float(np.mean(a == -3))),
        }
        if not has_minimum:
            slid = downhill is not None and downhill[names.index(n)]
            out.append(
                t(
                    "maps.basins.ends_downhill" if slid else "maps.basins.ends",
                    lang,
                    name=n,
                    bound=f"{bound:g}",
                    saddle=percent(float(np.mean(a >= 0))),
                    **pct,
                )
            )
        elif r >= MIN_REACHED:
            if compare:
                out.append(t("maps.basins.broken", lang, name=n, pct=percent(s)))
        else:
            out.append(
                t("maps.basins.no_basins", lang, name=n, reached=percent(r), steps=steps,
                  **pct)
            )  # fmt: skip
            k = names.index(n)
            if moved is not None and np.mean(a == -2) >= 0.5:
                median = float(np.nanmedian(np.asarray(moved[k])[a == -2]))
                gap = np.asarray(gaps[k])[a == -2] if gaps is not None else np.full(1, np.inf)
                if float(np.median(gap)) <= tolerance:
                    out.append(
                        t("maps.basins.hovering", lang, name=n,
                          share=percent(float(np.mean(gap <= tolerance))),
                          radius=f"{tolerance:.4g}", gap=sig(float(np.median(gap)), 2),
                          moved=sig(median), steps=steps)
                    )  # fmt: skip
                    lr = sign_lrs[k] if sign_lrs is not None else None
                    if lr is not None:
                        out.append(t("maps.basins.sign_step", lang, name=n, lr=f"{lr:g}"))
                elif median < SHORT_RUNS * width:
                    out.append(
                        t("maps.basins.short_runs", lang, name=n, steps=steps,
                          moved=sig(median), width=f"{width:g}")
                    )  # fmt: skip
    if not compare and has_minimum and min(reached) >= MIN_REACHED:
        out.append(t("maps.basins.deferred", lang))
    elif len(shares) == 2 and min(reached) < MIN_REACHED:
        out.append(t("maps.basins.no_compare", lang, pct=f"{100 * MIN_REACHED:.0f}"))
    elif len(shares) == 2 and compare:
        hi, lo = (0, 1) if shares[0] >= shares[1] else (1, 0)
        if shares[hi] > 0 and shares[lo] == 0:
            # no factor: one map is a single region (every start ends alike), the other is not
            out.append(t("maps.basins.only_broken", lang, more=names[hi], less=names[lo]))
        elif shares[hi] > 0 and shares[hi] >= BROKEN_FACTOR * shares[lo]:
            ratio = shares[hi] / shares[lo]
            out.append(
                t("maps.basins.more_broken", lang, more=names[hi], less=names[lo],
                  factor=factor(ratio))
            )  # fmt: skip
        else:
            out.append(t("maps.basins.alike", lang))
    return out


def depth(kinds: list[str], lang: str) -> str:
    """More end groups than distinct colours: the colours are by the ends' loss, and the marks
    say which ends are minima (★), saddles (×) and maxima (▲), counted from `kinds`."""
    return t(
        "maps.basins.depth",
        lang,
        groups=len(kinds),
        minima=kinds.count("minimum"),
        saddles=kinds.count("saddle"),
        maxima=kinds.count("maximum"),
    )
