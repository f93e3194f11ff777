"""The initialisation lesson's sentences, computed from the layer statistics with their
numbers, by the rule the note's table on the same page uses (`networks.verdict`)."""

from __future__ import annotations

from models import networks
from ui.claims import digits3, factor
from ui.i18n import t

SATURATING = ("sigmoid", "tanh")  # the activations with flat ends


def _trend(which: str, trend: networks.Trend, lang: str) -> str:
    """The spread's change (`which`: "act" or "grad") in words."""
    return t(
        f"init.claim.{which}.{trend.kind}",
        lang,
        start=digits3(trend.start),
        end=digits3(trend.end),
        factor=factor(trend.factor),
        band=f"{networks.STABLE_BAND:g}",
    )


def initialisation(
    stats: networks.LayerStats, act: str, init: str, lang: str
) -> tuple[list[str], bool]:
    """What the initialisation lesson's histograms show: the verdict of the note's table for
    this network with its rule in words, then the activations' spread from the first layer to
    the last, the gradient's from the last back to the first, and saturation. The second value
    is whether the verdict is "stable" (the table's "healthy")."""
    verdict = networks.verdict(stats, act, init)
    acts, grads = networks.trends(stats)
    sentences = [
        t(
            "init.claim.verdict",
            lang,
            verdict=t(f"init.short.{verdict}", lang),
            band=f"{networks.STABLE_BAND:g}",
            limit=f"{100 * networks.SATURATED:.0f} %",
        )
    ]
    if verdict == "symmetric":  # note 002's symmetry problem: no spread ratio to read
        sentences.append(t("init.verdict.symmetric", lang))
        return sentences, False
    sentences.append(_trend("act", acts, lang))
    sentences.append(_trend("grad", grads, lang))
    if act in SATURATING:
        share = networks.saturated_share(stats, act)
        sentences.append(
            t(
                "init.claim.saturated" if share > networks.SATURATED else "init.claim.unsaturated",
                lang,
                share=f"{100 * share:.0f} %",
                limit=f"{100 * networks.SATURATED:.0f} %",
            )
        )
    return sentences, verdict == "healthy"
