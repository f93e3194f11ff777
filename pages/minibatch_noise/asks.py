"""The minibatch-noise lesson's class question: how many of the noisy runs leave the narrow
valley for the wide basin, per batch size, read from the runs the figure draws."""

from __future__ import annotations

from collections.abc import Sequence

from ui.asks import kept, number
from ui.rooms import Key, Number


def minibatch_noise(batches: Sequence[int], left: Sequence[int], runs: int) -> list[Number]:
    """Per batch size of the narrow-valley view: how many of its `runs` noisy runs leave the
    narrow valley for the wide basin; within 2 runs counts."""
    return kept(
        [
            number(
                f"left-{b}",
                "ask.minibatch.left",
                dict(b=int(b), total=int(runs)),
                int(k),
                0,
                runs,
                1,
                2,
                Key("ask.axis.runs"),
            )
            for b, k in dict(zip(batches, left, strict=True)).items()  # one per batch size
        ]
    )
