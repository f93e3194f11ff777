"""The pre-training lesson's study steps: predict where task B's validation loss starts, which
start gets lower, and whether the head start lasts with more examples; each reveal read from
the validation curves the figure draws."""

from __future__ import annotations

import numpy as np

from models import digits
from ui.figures import decode
from ui.i18n import t
from ui.ledger import Sentence
from ui.study import Choice, Number, Reveal, Step, compare

# A step's view: task B's number of training examples (the lesson's one control).
PRESETS = {"n50": "50", "n200": "200"}

STEPS = (
    # both runs start at ln 2 = 0.693: the new two-way output layer starts at zero
    Step("pretrain", "start", "n50", Number(low=0.0, high=3.0, step=0.01, tolerance=0.05)),
    # 50 examples: the pre-trained start is lowest sooner and lower (0.173 at step 25)
    Step("pretrain", "lowest", "n50", Choice(("pretrained", "random", "same"))),
    # 200 examples: the gap between the two lowest losses shrinks (0.148 at 50 → 0.014)
    Step("pretrain", "more", "n200", Choice(("grows", "shrinks", "same"))),
)

LEDGER = (
    Sentence(
        "pretrain.step.start.feedback",
        "both drawn validation curves start at the stated losses (how far the answer is from "
        "the pre-trained one's start, the verdict says)",
        "check_start",
        example="view_start",
    ),
    Sentence(
        "pretrain.step.lowest.feedback",
        "each drawn validation curve's lowest point is the stated loss at the stated step",
        "check_lowest",
        example="view_lowest",
        fields={"lr": r"-?\d+(?:\.\d+)?"},
    ),
    Sentence(
        "pretrain.step.more.feedback",
        "at the stated number of examples the two drawn curves' lowest losses are the stated "
        "ones and differ by the stated gap",
        "check_more",
        example="view_more",
    ),
)


def curves(fig: dict) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """The drawn validation curves by start ("pretrained", "random": the order they are drawn)."""
    lines = [tr for tr in fig["data"] if tr.get("name")]
    return {
        k: (decode(tr["x"]), decode(tr["y"])) for k, tr in zip(digits.STARTS, lines, strict=True)
    }


def lowest(steps: np.ndarray, loss: np.ndarray) -> tuple[float, int]:
    k = int(np.nanargmin(loss))
    return float(loss[k]), int(steps[k])


LOWEST = {"lower": "pretrained", "higher": "random", "same": "same"}  # pre-trained vs random
MORE = {"lower": "shrinks", "higher": "grows", "same": "same"}  # the gap at n vs at 50


def lowest_kind(lp: float, lr: float) -> str:
    """Which start's lowest drawn validation loss is lower (about the same: ui.study.compare)."""
    return LOWEST[compare(lp, lr)]


def more_kind(gap: float, gap50: float) -> str:
    """Whether the gap between the starts' lowest losses grew, shrank or stayed about the same
    against its value with 50 examples."""
    return MORE[compare(abs(gap), abs(gap50))]


def gap_of(fig: dict) -> float:
    """The random start's lowest drawn validation loss minus the pre-trained start's."""
    (lp, _), (lr, _) = (lowest(*curves(fig)[k]) for k in digits.STARTS)
    return lr - lp


def feedback(step: Step, answer, fig: dict, n: int, lang: str, fig50: dict | None = None):
    """The sentence about the learner's `answer`, read from the drawn curves `fig` (task B
    trained on `n` examples; `fig50`: the curves drawn with 50, which the "more" step's gap is
    held against)."""
    runs = curves(fig)
    if step.name == "start":
        p0, r0 = (float(runs[k][1][0]) for k in digits.STARTS)
        text = t(
            "pretrain.step.start.feedback",
            lang,
            answer=f"{float(answer):.2f}",
            p0=f"{p0:.3f}",
            r0=f"{r0:.3f}",
        )
        return Reveal(text, p0)
    (lp, sp), (lr, sr) = (lowest(*runs[k]) for k in digits.STARTS)
    if step.name == "lowest":
        text = t(
            "pretrain.step.lowest.feedback",
            lang,
            picked=t(step.key(f"opt.{answer}"), lang),
            lp=f"{lp:.3f}",
            sp=sp,
            lr=f"{lr:.3f}",
            sr=sr,
        )
        return Reveal(text, lowest_kind(lp, lr))
    text = t(
        "pretrain.step.more.feedback",
        lang,
        picked=t(step.key(f"opt.{answer}"), lang),
        n=n,
        lp=f"{lp:.3f}",
        lr=f"{lr:.3f}",
        gap=f"{lr - lp:.3f}",
    )
    gap50 = gap_of(fig50 if fig50 is not None else fig)
    return Reveal(text, more_kind(lr - lp, gap50))
