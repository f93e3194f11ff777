"""The network-landscape lesson's class question: the training accuracy of the small network
with and without residual connections, read from the same two trainings the lesson shows."""

from __future__ import annotations

from ui.asks import kept, share
from ui.rooms import Key, Number


def network_landscape(on: dict, off: dict, title_key: str, steps: int) -> list[Number]:
    """The small network trained with and without residual connections (the lesson's
    `compute.trained_landscape` results): each one's training accuracy, within 2 points."""
    out = []
    for name, res, which in (("accuracy-residual", on, "with"), ("accuracy-plain", off, "without")):
        params = dict(opt=Key(title_key), steps=int(steps), which=Key(f"netland.{which}"))
        axis = Key("ask.axis.training_accuracy")
        fraction = float(res["accuracy"])
        out.append(
            share(name, "ask.netland.accuracy", params, fraction, axis, step=0.5, tolerance=2)
        )
    return kept(out)
