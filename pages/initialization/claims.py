"""The initialisation lesson's sentences, computed from the layer statistics with their
numbers, by the rule the note's table on the same page uses (`networks.verdict`)."""

from __future__ import annotations

import numpy as np

from models import networks
from ui.claims import ratio_ends
from ui.i18n import t

SATURATING = ("sigmoid", "tanh")  # the activations with flat ends
SLOPE = {"sigmoid": "σ′ = a(1 − a)", "tanh": "tanh′ = 1 − a²"}  # the slope from the output a


def weight_std(init: str, n_in: int, n_out: int) -> float:
    """The standard deviation of one weight by `networks.init_weights`' rules."""
    if init == "xavier_uniform":  # U(±b) has standard deviation b/√3
        return float(np.sqrt(6.0 / (n_in + n_out)) / np.sqrt(3.0))
    return float(
        {
            "zero": 0.0,
            "normal": 1.0,
            "scaled": 1.0 / np.sqrt(n_in),
            "xavier_normal": np.sqrt(2.0 / (n_in + n_out)),
            "he": np.sqrt(2.0 / n_in),
        }[init]
    )


def slope_rms(stats: networks.LayerStats, act: str) -> float:
    """The root mean square of the activation's slope over layers 2 to the last: the slopes
    the gradient passes through on its way back from the last layer to the first (the slope
    is read from each unit's output a: tanh′ = 1 − a², σ′ = a(1 − a))."""
    a = stats.activations[1:].reshape(-1)
    slope = 1.0 - a**2 if act == "tanh" else a * (1.0 - a)
    return float(np.sqrt(np.mean(slope**2)))


def saturated_gain(stats: networks.LayerStats, act: str, init: str, lang: str) -> str:
    """Why a saturated network's gradient need not vanish: back through a layer the gradient's
    spread is multiplied by about √n · s (the weights) times the slope's root mean square."""
    n = stats.activations.shape[-1]
    std = weight_std(init, n, n)
    rms = slope_rms(stats, act)
    depth = len(stats.grad_std)
    measured = float((stats.grad_std[0] / stats.grad_std[-1]) ** (1.0 / (depth - 1)))
    return t(
        "init.claim.saturated_gain",
        lang,
        n=str(n),
        s=f"{std:.3g}",
        wgain=f"{np.sqrt(n) * std:.3g}",
        slope=SLOPE[act],
        rms=f"{rms:.3f}",
        gain=f"{np.sqrt(n) * std * rms:.2f}",
        measured=f"{measured:.2f}",
        steps=str(depth - 1),
        last=str(depth),
    )


def layer_span(layers) -> str:
    """Layer numbers as written: "1–5" for a run of them, "6" for one, "1, 3" otherwise."""
    layers = [int(k) for k in layers]
    if len(layers) > 1 and layers == list(range(layers[0], layers[-1] + 1)):
        return f"{layers[0]}–{layers[-1]}"
    return ", ".join(str(k) for k in layers)


def _trend(which: str, trend: networks.Trend, lang: str) -> str:
    """The spread's change (`which`: "act" or "grad") in words."""
    start, end, shown = ratio_ends(trend.start, trend.end)
    return t(
        f"init.claim.{which}.{trend.kind}",
        lang,
        start=start,
        end=end,
        factor=shown,
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
        # which layers the zero weights cut off from the gradient: those whose ∂L/∂a is 0
        reached = np.flatnonzero(stats.grad_std > 0) + 1
        blocked = np.flatnonzero(stats.grad_std == 0) + 1
        sentences.append(
            t(
                "init.verdict.symmetric",
                lang,
                blocked=layer_span(blocked),
                last=layer_span(reached),
            )
        )
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
                ends=t(
                    f"init.ends.{act}",
                    lang,
                    lo=f"{networks.FLAT_END:g}",
                    hi=f"{1 - networks.FLAT_END:g}",
                ),
            )
        )
    if verdict == "saturated" and grads.kind != "shrinks":
        # saturated, yet the gradient does not vanish: say why, or the two labels clash
        sentences.append(saturated_gain(stats, act, init, lang))
    return sentences, verdict == "healthy"


SAME_SPREAD = ("scaled", "xavier_normal", "xavier_uniform")  # all 1/√n when n_in = n_out


def same_spread(init: str, width: int, lang: str, name) -> str | None:
    """Whether `init`'s weights have the spread of another choice in the menu at this width:
    with n_in = n_out = n, Xavier's √(2/(n_in + n_out)) is 1/√n, N(0, 1/√n_in)'s spread; the
    sentence names the others (`name(key)`) and the number, or None."""
    std = weight_std(init, width, width)
    others = [k for k in SAME_SPREAD if k != init and np.isclose(weight_std(k, width, width), std)]
    if init not in SAME_SPREAD or not others:
        return None
    return t(
        "init.same_spread",
        lang,
        n=str(width),
        std=f"{std:.3g}",
        others=t("init.or", lang).join(f"“{name(k)}”" for k in others),
    )
