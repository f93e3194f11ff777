"""The pre-training lesson's class question (predict, then reveal: ui/rooms.py), its true
value read from the fine-tuning result the lesson shows."""

from __future__ import annotations

from ui.asks import ACCURACY_AXIS, kept, share
from ui.rooms import Key, Number


def pretraining(ft) -> list[Number]:
    """Task B's test accuracy from each start (`models.digits.FineTuning`), within 2
    points."""
    return kept(
        [
            share(
                f"accuracy-{start}",
                "ask.pretrain.accuracy",
                dict(n=ft.n_examples, start=Key(f"pretrain.{start}")),
                ft.accuracy[start],
                ACCURACY_AXIS,
                step=0.5,
                tolerance=2,
            )
            for start in ft.accuracy
        ]
    )
