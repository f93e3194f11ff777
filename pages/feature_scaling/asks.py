"""The feature-scaling lesson's class question: the steps gradient descent needs on each
scaling, read from the same runs the panels report."""

from __future__ import annotations

from ui.asks import kept, number, power_of_ten
from ui.rooms import Key, Number

SCALING_RANGE = {"raw": 10_000, "standard": 100, "minmax": 100}  # steps, per scaling


def feature_scaling(hits: dict[str, int | None], exponent: int) -> list[Number]:
    """Per scaling that reaches the tolerance within the lesson's budget: how many steps
    gradient descent at its best ε needs to bring the excess loss under 10^exponent of the
    start's. The slider's end is fixed per scaling (10 000 for raw features, 100 for scaled
    ones, whatever the tolerance); a guess within 20 % (at least one step) counts."""
    out = []
    for how, hit in hits.items():
        if hit is None:
            continue
        high = SCALING_RANGE[how]
        params = dict(how=Key(f"scaling.{how}"), tol=power_of_ten(exponent))
        tolerance = max(1.0, round(0.2 * hit))
        step = 1 if high <= 100 else 10
        axis = Key("ask.axis.steps")
        out.append(number(how, "ask.scaling.steps", params, hit, 0, high, step, tolerance, axis))
    return kept(out)
