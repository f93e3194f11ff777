"""The initialisation lesson's class questions (predict, then reveal: ui/rooms.py), each with
its true value read from the statistics the lesson's histograms draw."""

from __future__ import annotations

import math

from models import networks
from ui.asks import SATURATED_AXIS, kept, number, share
from ui.rooms import Key, Number


def initialisation(stats: networks.LayerStats, act: str, init: str) -> list[Number]:
    """The share of the last layer's units in a saturating activation's flat ends (sigmoid and
    tanh only), and by how many powers of ten the gradient's spread changes from the last
    layer back to the first."""
    params = dict(init=Key(f"init.{init}"), act=Key(f"init.act.{act}"))
    out = []
    if act in ("sigmoid", "tanh"):
        fraction = networks.saturated_share(stats, act)
        out.append(share("saturated", "ask.init.saturated", params, fraction, SATURATED_AXIS))
    first, last = float(stats.grad_std[0]), float(stats.grad_std[-1])
    if first > 0 and last > 0:
        ratio = math.log10(first / last)
        axis = "log₁₀(σ₁ / σ<sub>L</sub>)"  # a Plotly axis title on the room's number line
        out.append(number("gradient", "ask.init.gradient", params, ratio, -10, 10, 0.1, 0.5, axis))
    return kept(out)
