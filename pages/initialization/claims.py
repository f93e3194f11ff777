"""The initialisation lesson's sentences, computed from the layer statistics with their
numbers; tests hold every sentence against the numbers it came from."""

from __future__ import annotations

from models import networks
from ui.claims import factor, number
from ui.i18n import t

SEVERE = 10.0  # a spread that changes ×10 or more across 6 layers: exploding or vanishing
HEALTHY_BAND = 4.0  # both spreads within ×4 (and nothing saturated): a network that trains
SATURATED = 0.4  # share of the last layer's activations in a flat end


def _trend(prefix: str, trend: networks.Trend, lang: str) -> str:
    return t(
        f"{prefix}.{trend.kind}",
        lang,
        start=number(trend.start),
        end=number(trend.end),
        factor=factor(trend.factor),
    )


def initialisation(
    stats: networks.LayerStats, act: str, init: str, lang: str
) -> tuple[list[str], bool]:
    """What the initialisation lesson's histograms show: the activations' spread from the first
    layer to the last, the gradient's from the last back to the first, saturation, symmetry."""
    acts, grads = networks.trends(stats)
    sentences = []
    symmetric = networks.verdict(stats, act, init) == "symmetric"
    if symmetric:
        sentences.append(t("init.verdict.symmetric", lang))
    else:
        sentences.append(_trend("init.claim.act", acts, lang))
    sentences.append(_trend("init.claim.grad", grads, lang))
    if not symmetric and acts.factor >= SEVERE:
        sentences.append(
            t(
                "init.claim.act.exploding" if acts.kind == "grows" else "init.claim.act.collapsing",
                lang,
            )
        )
    if grads.factor >= SEVERE:
        sentences.append(
            t(
                "init.claim.grad.exploding"
                if grads.kind == "grows"
                else "init.claim.grad.vanishing",
                lang,
            )
        )
    share = networks.saturated_share(stats, act)
    if share > SATURATED:
        sentences.append(t("init.claim.saturated", lang, share=f"{100 * share:.0f} %"))
    healthy = not symmetric and share <= SATURATED and max(acts.factor, grads.factor) < HEALTHY_BAND
    return sentences, healthy
