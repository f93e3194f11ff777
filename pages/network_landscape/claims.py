"""The network-landscape lesson's sentence: what residual connections did to the sharpness at
the end of training, read from the two trained networks the lesson shows."""

from __future__ import annotations

import math

from ui.claims import factor, number
from ui.i18n import t

SAME_SHARPNESS = 0.10  # sharpness within ±10 % counts as unchanged


def residual_sharpness(on: dict, off: dict, lang: str) -> str:
    """The network-landscape lesson: how residual connections change the sharpness at the
    end of training (and the final loss beside it), from the two trained networks."""
    a, b = float(on["sharpness"]), float(off["sharpness"])
    loss = t(
        "netland.claim.loss", lang, on=f"{on['losses'][-1]:.4f}", off=f"{off['losses'][-1]:.4f}"
    )
    if not (math.isfinite(a) and math.isfinite(b)) or min(a, b) <= 0:
        return t("netland.claim.unknown", lang, on=number(a), off=number(b)) + " " + loss
    if abs(a / b - 1) <= SAME_SHARPNESS:
        text = t(
            "netland.claim.same",
            lang,
            on=number(a),
            off=number(b),
            pct=f"{100 * abs(a / b - 1):.1f}",
            band=f"{100 * SAME_SHARPNESS:.0f}",
        )
    else:
        key = "netland.claim.flatter" if a < b else "netland.claim.sharper"
        text = t(key, lang, on=number(a), off=number(b), factor=factor(max(a, b) / min(a, b)))
    return text + " " + loss
