"""The pre-training lesson's sentences, computed from the fine-tuning result with its numbers;
tests hold them against the curves and accuracies they came from."""

from __future__ import annotations

import math

import numpy as np

from ui.claims import digits3, number
from ui.i18n import t

EVEN = number(math.log(2))  # a two-way softmax's loss for an even guess, as printed
TIMES = 2  # "overfitting": the averaged curve rises more than TIMES x a single point's scatter
SMOOTH = 5  # the drawn points averaged before the lowest and the last are compared


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


def smoothed(steps, loss) -> tuple[np.ndarray, np.ndarray, float]:
    """The validation curve after step 0 averaged over SMOOTH drawn points (centred: each
    average stands at its window's middle step), and the points' scatter about it (the
    standard deviation of point minus average) from the lowest average on, the part of the
    curve the sentence weighs (at least SMOOTH points): over the whole curve the early descent
    and one spike made it ±0.092 at 200 examples where the points after the lowest scatter by
    about ±0.01."""
    steps, loss = np.asarray(steps)[1:], np.asarray(loss, dtype=np.float64)[1:]
    avg = np.convolve(loss, np.ones(SMOOTH) / SMOOTH, mode="valid")
    half = SMOOTH // 2
    centre = steps[half : len(steps) - half]
    residual = loss[half : len(loss) - half] - avg
    low = int(np.nanargmin(avg))
    scatter = float(np.std(residual[max(0, min(low, len(residual) - SMOOTH)) :]))
    return centre, avg, scatter


def overfitting(ft, lang: str) -> list[str]:
    """Whether each run's validation loss rises after its lowest point (overfitting: task B's
    few training examples fit ever better, new ones worse), read from the drawn curves
    averaged over SMOOTH points (a single point's dip or spike is noise: at 200 examples the
    pre-trained curve jumps 0.106–0.119 from step to step): the lowest average and its step,
    and the last; "overfitting" when the rise from the lowest average to the last is more
    than `TIMES` x the points' scatter about the average (a steady climb larger than the
    noise, e.g. 0.108 -> 0.118 at 200 examples against a scatter of +-0.0033), however small
    in per cent; a rise within the scatter is noise. The scatter is named with them."""
    out = []
    for k, name in (("pretrained", "pretrain.pretrained"), ("random", "pretrain.random")):
        centre, avg, scatter = smoothed(ft.steps, ft.valid[k])
        low = int(np.nanargmin(avg))
        rise = avg[-1] / avg[low] - 1
        ratio = (avg[-1] - avg[low]) / scatter if scatter > 0 else math.inf
        params = dict(
            start=t(name, lang),
            w=SMOOTH,
            low=number(avg[low]),
            step=int(centre[low]),
            last=number(avg[-1]),
            end=int(centre[-1]),
            rise=f"{100 * rise:.0f}",
            up=f"{avg[-1] - avg[low]:.2g}",
            noise=f"{scatter:.2g}",
            ratio=f"{ratio:.1f}" if ratio < 10 else f"{ratio:.0f}",
            times=TIMES,
        )
        key = "pretrain.overfit" if ratio > TIMES else "pretrain.no_overfit"
        out.append(t(key, lang, **params))
    return out
