"""The number questions a lesson can ask its class before showing the answer (predict, then
reveal: ui/rooms.py, pages/room/). Plain Python: each function takes the result the lesson
has just computed for the view on screen and returns its questions, each with the true value
read from that same result, so the reveal matches what the lesson's figure shows.

A question's range depends only on the settings, never on the answer, so the slider's ends
give nothing away.
"""

from __future__ import annotations

import math

from ui.rooms import Key, Number


def nice_ceil(x: float) -> float:
    """The smallest 1, 2 or 5 × 10ᵏ at or above x > 0."""
    power = 10.0 ** math.floor(math.log10(x))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= x * (1 - 1e-12))


def _digits(step: float) -> int:
    return max(0, -math.floor(math.log10(step) + 1e-12))


def number(name: str, key: str, params: dict, value: float, low: float, high: float,
            step: float, tolerance: float, axis: str, unit: str = "") -> Number | None:  # fmt: skip
    """A Number on a slider from `low` to `high` by `step`; None when the value is not on it."""
    if not (math.isfinite(value) and low <= value <= high):
        return None
    return Number(
        name=name,
        lesson="",
        key=key,
        params=tuple(params.items()),
        value=float(value),
        low=float(low),
        high=float(high),
        step=float(step),
        tolerance=float(tolerance),
        digits=_digits(step),
        unit=unit,
        axis=axis,
    )


def share(name: str, key: str, params: dict, fraction: float, axis: str, *, step: float = 1,
          tolerance: float = 5) -> Number | None:  # fmt: skip
    """A share in per cent (0 to 100) of `fraction`; within `tolerance` points counts."""
    return number(name, key, params, 100 * fraction, 0, 100, step, tolerance, axis, " %")


def kept(numbers) -> list[Number]:
    return [n for n in numbers if n is not None]


SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
SATURATED_AXIS, SHARE_AXIS = Key("ask.axis.saturated"), Key("ask.axis.share")
ACCURACY_AXIS = Key("ask.axis.accuracy")


def power_of_ten(exponent: int) -> str:
    """10⁻⁴ for -4: a tolerance as the lessons write it."""
    return "10" + str(exponent).translate(SUPERSCRIPT)
