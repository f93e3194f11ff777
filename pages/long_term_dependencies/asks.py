"""The long-term dependencies lesson's class question: how large ‖Wᵗv‖ is after t steps, as
its power of ten, read from the same norm the lesson's figure draws."""

from __future__ import annotations

import math

from ui.asks import kept, number
from ui.rooms import Number


def long_term(lam1: float, lam2: float, steps: int, norm: float) -> list[Number]:
    """How large ‖Wᵗv‖ is after t steps, as its power of ten: the slider spans what any
    |λ| ≤ 1.5 could give in t steps (±t·log₁₀1.5); within half a power of ten counts."""
    if not (norm > 0 and math.isfinite(norm)):
        return []
    reach = math.ceil(steps * math.log10(1.5)) + 1
    params = dict(lam1=f"{lam1:g}", lam2=f"{lam2:g}", t=int(steps))
    return kept(
        [
            number(
                "norm",
                "ask.ltd.norm",
                params,
                math.log10(norm),
                -reach,
                reach,
                0.1,
                0.5,
                "log₁₀‖Wᵗv‖",
            )
        ]
    )
