"""The regularisation-network lesson's class questions: each variant's test accuracy, and the
share of its weights L1 leaves small, read from the lesson's tables."""

from __future__ import annotations

from collections.abc import Sequence

from ui.asks import ACCURACY_AXIS, kept, share
from ui.rooms import Key, Number


def regularisation_network(tables: dict, kinds: Sequence[str]) -> list[Number]:
    """Note 002's digits network (`models.digits.table` per variant): each variant's test
    accuracy (within 2 points counts), and the share of its weights L1 leaves below 10⁻²
    (within 5 points)."""
    out = [
        share(
            f"accuracy-{kind}",
            "ask.regnet.accuracy",
            dict(kind=Key(f"regnet.{kind}")),
            tables[kind].accuracy,
            ACCURACY_AXIS,
            step=0.5,
            tolerance=2,
        )
        for kind in kinds
    ]
    l1 = tables.get("l1")
    if l1 is not None and l1.total:
        params = dict(total=l1.total)
        fraction = l1.small / l1.total
        out.append(share("small-l1", "ask.regnet.small", params, fraction, Key("ask.axis.weights")))
    return kept(out)
