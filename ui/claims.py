"""Sentences that depend on the settings, computed from the result with its numbers (never
written for one setting and shown for all). Each returns the sentences and whether the
picture is a healthy one; tests hold every sentence against the numbers it came from."""

from __future__ import annotations

import math

from landscapes import networks
from ui.i18n import t

SEVERE = 10.0  # a spread that changes ×10 or more across 6 layers: exploding or vanishing
HEALTHY_BAND = 4.0  # both spreads within ×4 (and nothing saturated): a network that trains
SATURATED = 0.4  # share of the last layer's activations in a flat end


def number(x: float) -> str:
    """3 significant digits, the way the page's tables print them."""
    return "∞" if math.isinf(x) else f"{x:.3g}"


def factor(x: float) -> str:
    return "∞" if math.isinf(x) else (f"{x:.0f}" if x >= 10 else f"{x:.1f}")


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
        sentences.append(
            t(
                f"init.claim.act.{acts.kind}",
                lang,
                start=number(acts.start),
                end=number(acts.end),
                factor=factor(acts.factor),
            )
        )
    sentences.append(
        t(
            f"init.claim.grad.{grads.kind}",
            lang,
            start=number(grads.start),
            end=number(grads.end),
            factor=factor(grads.factor),
        )
    )
    if not symmetric and acts.factor >= SEVERE:
        sentences.append(
            t("init.claim.act." + ("exploding" if acts.kind == "grows" else "collapsing"), lang)
        )
    if grads.factor >= SEVERE:
        sentences.append(
            t("init.claim.grad." + ("exploding" if grads.kind == "grows" else "vanishing"), lang)
        )
    share = networks.saturated_share(stats, act)
    if share > SATURATED:
        sentences.append(t("init.claim.saturated", lang, share=f"{100 * share:.0f} %"))
    healthy = not symmetric and share <= SATURATED and max(acts.factor, grads.factor) < HEALTHY_BAND
    return sentences, healthy
