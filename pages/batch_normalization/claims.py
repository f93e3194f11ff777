"""The batch-normalisation lesson's sentences, one per view, computed from the statistics,
training runs and probes with their numbers; tests hold them against the figures' data."""

from __future__ import annotations

import numpy as np

from models import batchnorm as bn
from ui.claims import factor, number
from ui.i18n import t


def batch_norm(stats: dict, training, probes, act: str, lang: str) -> dict[str, str]:
    """One sentence per view of the batch-normalisation lesson (`models.batchnorm`)."""
    plain, normed = bn.spreads(stats["plain"]), bn.spreads(stats["bn"])

    def band(s):
        return float(s.max() / max(s.min(), 1e-30))

    layers = t(
        "bn.layers",
        lang,
        p0=number(plain[0]),
        p1=number(plain[-1]),
        pband=factor(band(plain)),
        psat=f"{bn.saturated_share(stats['plain'][-1], act):.0%}",
        b0=number(normed[0]),
        b1=number(normed[-1]),
        bband=factor(band(normed)),
        bsat=f"{bn.saturated_share(stats['bn'][-1], act):.0%}",
    )
    none = t("bn.no_rate", lang)
    lp, lb = training.largest_rate("plain"), training.largest_rate("bn")
    rates = t(
        "bn.rates",
        lang,
        plain=none if lp is None else f"{lp:g}",
        bn=none if lb is None else f"{lb:g}",
        share=f"{bn.TRAINS:.0%}",
        steps=int(training.steps[-1]),
    )
    # the probes taken during training, up to the first that is not finite (a blow-up)
    rows = {"plain": probes.plain[1:], "bn": probes.bn[1:]}
    finite = {k: np.isfinite(r).all(axis=1) for k, r in rows.items()}
    both = finite["plain"] & finite["bn"]
    width_p = rows["plain"][both, 1] - rows["plain"][both, 0]
    width_b = rows["bn"][both, 1] - rows["bn"][both, 0]
    smooth = t(
        "bn.smoothness",
        lang,
        lr=f"{probes.lr:g}",
        beta_p=number(np.median(rows["plain"][finite["plain"], 4]))
        if finite["plain"].any()
        else "∞",
        beta_b=number(np.median(rows["bn"][finite["bn"], 4])) if finite["bn"].any() else "∞",
        narrower=int(np.sum(width_b < width_p)),
        n=int(both.sum()),
    )
    for which in ("plain", "bn"):
        if not finite[which].all():
            step = int(probes.steps[1:][np.argmin(finite[which])])
            smooth += " " + t("bn.diverged", lang, name=t(f"bn.{which}", lang), step=step)
    raw, centred, unit = training.preprocessing[:, -1]
    inputs = t(
        "bn.inputs",
        lang,
        steps=int(training.steps[-1]),
        lr=f"{bn.PREPROCESSING_LR:g}",
        **{
            name: number(value) if np.isfinite(value) else t("bn.blew_up", lang)
            for name, value in (("raw", raw), ("centred", centred), ("unit", unit))
        },
    )
    return {"layers": layers, "rates": rates, "smoothness": smooth, "inputs": inputs}
