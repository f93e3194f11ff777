"""The batch-normalisation lesson's class question (predict, then reveal: ui/rooms.py), its
true value read from the activations the lesson's histograms draw."""

from __future__ import annotations

from models import batchnorm
from ui.asks import SATURATED_AXIS, kept, share
from ui.rooms import Key, Number


def batch_norm(stats: dict, act: str, init: str) -> list[Number]:
    """Without and with batch normalisation (`stats`: the lesson's activations per layer,
    "plain" and "bn"; sigmoid and tanh only): the share of the last layer's activations in
    the flat ends, as the lesson's histograms and sentence count it; within 5 points counts."""
    if act not in ("sigmoid", "tanh"):
        return []
    out = []
    for which in ("plain", "bn"):
        fraction = batchnorm.saturated_share(stats[which][-1], act)
        params = dict(
            init=Key(f"init.{init}"), act=Key(f"init.act.{act}"), which=Key(f"bn.{which}")
        )
        out.append(share(which, "ask.bn.saturated", params, fraction, SATURATED_AXIS))
    return kept(out)
