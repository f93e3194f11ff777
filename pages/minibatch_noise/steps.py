"""The batch-size lesson's study steps: predict which batch size gets closest to the least loss
in a fixed budget of epochs, and how many noisy runs leave a narrow valley with a small batch
and with a large one; each reveal read from the curves and end points the figures draw."""

from __future__ import annotations

import numpy as np

from pages.minibatch_noise import claims
from ui.i18n import t
from ui.ledger import Fixed, Sentence
from ui.study import Choice, Number, Reveal, Step

STEPS = (
    # 5 epochs at ε = 0.1: full batch (B = 20), B = 5 and B = 1; which ends lowest?
    Step("minibatch", "epochs", "epochs", Choice(("gd", "mini", "sgd"))),
    # σ₁ = 4 noise over 16 seeds: how many B = 1 runs leave the narrow valley? A count of 16:
    # only the count itself is right, one off is close (±1 right and ±3 close graded 3 for a
    # true 0 "close")
    Step("minibatch", "small", "valley", Number(low=0.0, high=16.0, step=1.0, close=1.0)),
    # and how many B = 16 runs?
    Step("minibatch", "large", "valley", Number(low=0.0, high=16.0, step=1.0, close=1.0)),
)

# one click sets the view: the first figure's defaults, or the narrow/wide figure's
PRESETS = {
    "epochs": {"mb_batch": 5, "mb_lr": 0.1, "mb_epochs": 5, "mb_seed": 0},
    "valley": {"sf_small": 1, "sf_large": 16},
}
RUNS = ("gd", "mini", "sgd")  # the first figure's runs, in its order


def feedback(
    step: Step, answer, finals, ends, pass_x: float, lang: str, domain=None
) -> str | Reveal:
    """The sentence about the learner's `answer`, read from the drawn data: each first-figure
    run's last L − L* (RUNS order), or the drawn end points per batch size ({B: (n, 2)}), the
    pass between the narrow valley and the wide basin at x = `pass_x`, and the drawn box
    `domain` (end points beyond it are drawn at its edge, and the sentence says how many)."""
    if step.name == "epochs":
        finals = [float(f) for f in finals]
        saw = RUNS[int(np.argmin(finals))]
        text = t(
            "minibatch.step.epochs.feedback",
            lang,
            answer=t(step.key(f"opt.{answer}"), lang),
            gd=f"{finals[0]:.3g}",
            mini=f"{finals[1]:.3g}",
            sgd=f"{finals[2]:.3g}",
            saw=t(step.key(f"opt.{saw}"), lang),
        )
        return Reveal(text, saw)
    small, large = sorted(ends)
    b = small if step.name == "small" else large
    points = np.asarray(ends[b], dtype=float).reshape(len(ends[b]), -1)
    x = points[:, 0]
    left = int(np.sum(x > pass_x))
    out = claims.split_ends(points, domain)[1] if domain is not None else np.zeros((0, 2))
    note = claims.outside(out, pass_x, lang)
    text = t(
        "minibatch.step.count.feedback",
        lang,
        answer=f"{float(answer):.0f}",
        left=left,
        total=len(x),
        b=b,
        pass_x=f"{pass_x:.2f}",
        off=f"{abs(float(answer) - left):.0f}",
    ) + (("" if lang == "zh" else " ") + note if note else "")
    return Reveal(text, float(left))


LEDGER = (
    Sentence(
        "minibatch.step.epochs.feedback",
        "the three drawn loss curves end at the L − L* values named, and the option named is "
        "the run whose drawn curve ends lowest",
        "check_epochs",
        example="view_epochs",
    ),
    Sentence(
        "minibatch.step.count.feedback",
        "the number named of the batch size's drawn end points lies right of the pass at the "
        "w₁ named, out of the total drawn, and the distance is the answer's",
        "check_count",
        example="view_small",
    ),
    # the questions, options and whys: fixed text, the same for every setting
    *(
        Fixed(step.key(part), "a step's question, option or why names no drawn number")
        for step in STEPS
        for part in (
            "title",
            "question",
            "why",
            *(f"opt.{o}" for o in getattr(step.ask, "options", ())),
        )
    ),
)
