"""The regularisation lesson's sentences: the notice (how the L2 and L1 solutions move along
λ, read from their paths), each panel's solution and its exact zeros, and the early-stopping
summary, each computed from what the figures draw."""

from __future__ import annotations

import numpy as np

from ui.claims import sig
from ui.i18n import t

NAMES = ("w₁", "w₂")


PLACES = 3  # the readout's decimals (`value`): w = (0.764, 0.000)


def _zero_runs(path: np.ndarray) -> np.ndarray:
    """Which weights print as 0 at the readout's precision (`PLACES` decimals): at λ = 0.66
    the lasso's w₂ is 7.3×10⁻⁵, printed 0.000, so it leaves 0 at 0.67 as a reader sees it."""
    return np.round(np.abs(np.asarray(path, dtype=np.float64)), PLACES) == 0.0


def l1_events(lambdas: np.ndarray, l1: np.ndarray, lang: str, until: int) -> str:
    """Every change along the L1 path before the point `until` (where both are 0): which
    weight becomes 0, or leaves 0 again, at which λ, as the readout prints it (`PLACES`
    decimals: the first λ where it prints 0.000, the first where it no longer does); changes
    at one λ joined by "and".
    The path is not monotone: a weight set to 0 can come back as λ grows (the lasso)."""
    zero = _zero_runs(l1)
    groups = []
    for k in range(1, until):
        parts = [
            t("reg.l1.zero" if zero[k, i] else "reg.l1.back", lang, which=NAMES[i],
              lam=f"{lambdas[k]:.2f}")
            for i in range(2)
            if zero[k, i] != zero[k - 1, i]
        ]  # fmt: skip
        if parts:
            groups.append(t("reg.l1.and", lang).join(parts))
    return t("reg.l1.then", lang).join(groups)


def contact(w: np.ndarray, lam: float, lang: str) -> str:
    """Where L1's diamond meets the contours at the λ set, from its solution `w` (exact zeros
    as the page draws them): at a corner (one weight exactly 0), on an edge (neither), or
    the diamond shrunk to the point (0, 0)."""
    zero = [NAMES[i] for i in range(2) if w[i] == 0.0]
    if len(zero) == 2:
        return t("reg.contact.point", lang, lam=f"{lam:g}")
    if zero:
        return t("reg.contact.corner", lang, lam=f"{lam:g}", which=zero[0])
    return t("reg.contact.edge", lang, lam=f"{lam:g}")


def notice(
    lambdas: np.ndarray, l2: np.ndarray, l1: np.ndarray, w1: np.ndarray, lam: float, lang: str
) -> str:
    """How the solutions move as λ grows over the slider's range: L2's length ‖w‖₂ from λ = 0
    to the end and the weight whose value moves most the other way (it may grow or change
    sign), with no weight held at 0; where L1's diamond meets the contours at the λ set
    (`contact`, from its solution `w1`); L1's first exact zero (which weight, at which λ) and
    the λ from which both are 0."""
    norms = np.linalg.norm(l2, axis=1)
    # the weight whose magnitude grows most from λ = 0 to the end (ridge shrinks ‖w‖, not each w)
    growth = np.abs(l2[-1]) - np.abs(l2[0])
    i = int(np.argmax(growth))
    zero = _zero_runs(l1)
    both = np.flatnonzero(zero.all(axis=1))
    # The data are one fixed seed: along the slider's range L1 zeroes a weight, then both.
    # A change to the data that broke this must change the sentence too.
    assert both.size, "the L1 path no longer reaches (0, 0)"
    l1_part = (
        contact(w1, lam, lang)
        + " "
        + t(
            "reg.notice.l1",
            lang,
            events=l1_events(lambdas, l1, lang, until=int(both[0])),
            both=f"{lambdas[both[0]]:.2f}",
        )
    )
    return t(
        "reg.notice",
        lang,
        r0=f"{norms[0]:.2f}",
        r1=f"{norms[-1]:.2f}",
        lmax=f"{lambdas[-1]:g}",
        w=NAMES[i],
        a=f"{l2[0, i]:.2f}",
        b=f"{l2[-1, i]:.2f}",
        l1=l1_part,
    )


def value(w: np.ndarray, lam: float, lang: str) -> str:
    """A panel's solution at the λ set, and which of its weights are exactly 0."""
    text = t("reg.value", lang, lam=f"{lam:g}", w1=f"{w[0]:.{PLACES}f}", w2=f"{w[1]:.{PLACES}f}")
    zero = [NAMES[i] for i in range(2) if w[i] == 0.0]
    near = [i for i in range(2) if w[i] != 0.0 and round(abs(float(w[i])), PLACES) == 0.0]
    for i in near:
        text += " · " + t("reg.near_zero", lang, which=NAMES[i], value=sig(float(w[i]), 2))
    if len(zero) == 2:
        return text + " · " + t("reg.zero.both", lang)
    if zero:
        return text + " · " + t("reg.zero", lang, which=zero[0])
    return text


def early_stopping(gd_points, val_curve, l2_path, lambdas, lang: str) -> str:
    """The early-stopping summary: the step of the lowest validation loss, its value and the
    last one, the weights there, and the nearest L2 solution on the drawn path (its λ and the
    distance to it)."""
    best = int(np.argmin(val_curve))
    w = np.asarray(gd_points[best], dtype=np.float64)
    dist = np.linalg.norm(np.asarray(l2_path) - w, axis=1)
    j = int(np.argmin(dist))
    return t(
        "reg.es.text",
        lang,
        k=best,
        best=f"{val_curve[best]:.3f}",
        end=f"{val_curve[-1]:.3f}",
        steps=len(val_curve) - 1,
        w1=f"{w[0]:.2f}",
        w2=f"{w[1]:.2f}",
        d=f"{dist[j]:.2f}",
        lam=f"{lambdas[j]:.2f}",
    )
