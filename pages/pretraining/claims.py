"""The pre-training lesson's sentences, computed from the fine-tuning result with its numbers;
tests hold them against the curves and accuracies they came from."""

from __future__ import annotations

import math

import numpy as np

from ui.claims import digits3, number
from ui.i18n import t

EVEN = number(math.log(2))  # a two-way softmax's loss for an even guess, as printed
RISE = 0.10  # "overfitting": the last validation loss more than 10 % above the lowest


def fine_tuning(ft, lang: str) -> list[str]:
    """What pre-training did for task B (`models.digits.FineTuning`), with its numbers."""
    p, r = ft.valid["pretrained"], ft.valid["random"]
    sp, sr = int(np.argmin(p)), int(np.argmin(r))
    better = ft.accuracy["pretrained"] > ft.accuracy["random"]
    return [
        t(
            "pretrain.accuracy_better" if better else "pretrain.accuracy_not_better",
            lang,
            pre=f"{ft.pretrain_accuracy:.3f}",
            n=ft.n_examples,
            acc_p=f"{ft.accuracy['pretrained']:.3f}",
            acc_r=f"{ft.accuracy['random']:.3f}",
        ),
        t(
            # the new two-way output layer starts at zero: both runs at ln 2, an even guess
            "pretrain.curves_even" if number(p[0]) == number(r[0]) == EVEN else "pretrain.curves",
            lang,
            v0p=digits3(p[0]),
            v0r=digits3(r[0]),
            minp=digits3(p[sp]),
            sp=int(ft.steps[sp]),
            minr=digits3(r[sr]),
            sr=int(ft.steps[sr]),
        ),
    ]


def overfitting(ft, lang: str) -> list[str]:
    """Whether each run's validation loss rises after its lowest point (overfitting: task B's
    few training examples fit ever better, new ones worse), read from the drawn curves: the
    lowest value and its step, and the last; "overfitting" only when the last is more than
    `RISE` above the lowest."""
    out = []
    for k, name in (("pretrained", "pretrain.pretrained"), ("random", "pretrain.random")):
        loss = np.asarray(ft.valid[k], dtype=np.float64)
        low = int(np.nanargmin(loss))
        params = dict(
            start=t(name, lang),
            low=number(loss[low]),
            step=int(ft.steps[low]),
            last=number(loss[-1]),
            end=int(ft.steps[-1]),
            margin=f"{100 * RISE:.0f}",
        )
        if loss[-1] > (1 + RISE) * loss[low]:
            key = "pretrain.overfit"
            params["rise"] = f"{100 * (loss[-1] / loss[low] - 1):.0f}"
        else:
            key = "pretrain.no_overfit"
        out.append(t(key, lang, **params))
    return out
