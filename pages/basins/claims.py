"""The basins lesson's sentences, measured on the maps' labels: how broken up each map's basins
are, and which more so."""

from __future__ import annotations

import numpy as np

from ui.claims import factor
from ui.i18n import t

BROKEN_FACTOR = 2.0  # one map's basins this many times as broken up as the other's


def border_share(labels: np.ndarray) -> float:
    """The share of a start grid's cell borders (between horizontal and vertical neighbours)
    across which the two starts end in different places: 0 for one basin, near 1 for noise."""
    a = np.asarray(labels)
    across = np.concatenate([(a[1:, :] != a[:-1, :]).ravel(), (a[:, 1:] != a[:, :-1]).ravel()])
    return float(np.mean(across)) if across.size else 0.0


MIN_REACHED = 0.5  # a map's basins are compared only when at least half its starts reach one


def basins_broken(labels: list[np.ndarray], names: list[str], lang: str) -> list[str]:
    """The basins view: how broken up each map's basins are, and which more so, measured.

    A map where fewer than `MIN_REACHED` of the starts end at a minimum (label ≥ 0) has no
    basins to speak of: it is named with the shares that reached one, diverged (−1) and did
    not settle (−2), and the maps' fragmentation is compared only when both have basins."""
    shares = [border_share(lab) for lab in labels]
    reached = [float(np.mean(np.asarray(lab) >= 0)) for lab in labels]
    out = []
    for lab, n, s, r in zip(labels, names, shares, reached, strict=True):
        if r >= MIN_REACHED:
            out.append(t("maps.basins.broken", lang, name=n, pct=f"{100 * s:.1f}"))
            continue
        a = np.asarray(lab)
        out.append(
            t(
                "maps.basins.no_basins",
                lang,
                name=n,
                reached=f"{100 * r:.1f}",
                diverged=f"{100 * float(np.mean(a == -1)):.1f}",
                unsettled=f"{100 * float(np.mean(a == -2)):.1f}",
            )
        )
    if len(shares) == 2 and min(reached) < MIN_REACHED:
        out.append(t("maps.basins.no_compare", lang, pct=f"{100 * MIN_REACHED:.0f}"))
    elif len(shares) == 2:
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
