"""The long-term-dependencies lesson's study steps: predict how long Wᵗv gets, whether it
explodes or vanishes, and which eigenvalue sets its growth; each reveal read from the ‖Wᵗv‖
curve the figure draws."""

from __future__ import annotations

import numpy as np

from ui.figures import decode
from ui.i18n import t
from ui.ledger import Sentence
from ui.study import Choice, Number, Reveal, Step

# A step's view: λ₁, λ₂ and the number of steps t (the lesson's three sliders).
PRESETS = {
    "explode": (1.1, 0.5, 40),
    "vanish": (0.9, 0.5, 40),
    "race": (1.02, -1.05, 40),
}

STEPS = (
    # λ = 1.1 and 0.5 from v = (1, 1): ‖W⁴⁰v‖ = 20.9 (not 1.1⁴⁰ · 1.41 = 64)
    Step(
        "ltd",
        "explode",
        "explode",
        Number(low=0.0, high=1000.0, step=0.1, tolerance=0.1, relative=True),
    ),
    # λ₁ from 1.1 to 0.9: the length vanishes, ×0.9 per step
    Step("ltd", "vanish", "vanish", Choice(("explodes", "vanishes", "stays"))),
    # λ = 1.02 and −1.05: the larger |λ| wins, ×1.05 per step, whatever its sign
    Step("ltd", "race", "race", Number(low=0.0, high=3.0, step=0.01, tolerance=0.02)),
)

SPAN = 10  # the last steps over which the race step's growth per step is read

LEDGER = (
    Sentence(
        "ltd.step.explode.feedback",
        "the drawn ‖Wᵗv‖ curve starts and ends at the stated lengths at the stated t, and the "
        "answer is that far from its end",
        "check_explode",
        example="view_explode",
    ),
    Sentence(
        "ltd.step.vanish.feedback",
        "the drawn ‖Wᵗv‖ curve starts and ends at the stated lengths, and its last step "
        "multiplies it by the stated factor",
        "check_vanish",
        example="view_vanish",
        fields={"rate": r"-?\d+(?:\.\d+)?"},
    ),
    Sentence(
        "ltd.step.race.feedback",
        "over the drawn curve's last 10 steps ‖Wᵗv‖ changes by the stated factor per step, and "
        "the answer is that far from it",
        "check_race",
        example="view_race",
    ),
)


def length(fig: dict) -> tuple[np.ndarray, np.ndarray]:
    """The drawn ‖Wᵗv‖ curve (the solid one; the dashed one is the reference c·|λ|ᵗ): t and
    the length."""
    (trace,) = [tr for tr in fig["data"] if tr.get("line", {}).get("dash", "solid") == "solid"]
    return decode(trace["x"]), decode(trace["y"])


def per_step(norms: np.ndarray, span: int) -> float:
    """The length's factor per step over the last `span` steps (a geometric mean)."""
    span = min(span, len(norms) - 1)
    return float((norms[-1] / norms[-1 - span]) ** (1 / span))


def feedback(step: Step, answer, fig: dict, lang: str) -> str:
    """The sentence about the learner's `answer`, read from the drawn ‖Wᵗv‖ figure `fig`."""
    ts, norms = length(fig)
    if step.name == "explode":
        text = t(
            "ltd.step.explode.feedback",
            lang,
            answer=f"{float(answer):g}",
            start=f"{norms[0]:.3g}",
            t=int(ts[-1]),
            end=f"{norms[-1]:.3g}",
            dist=f"{abs(float(answer) - norms[-1]):.3g}",
        )
        return Reveal(text, float(norms[-1]))
    if step.name == "vanish":
        return t(
            "ltd.step.vanish.feedback",
            lang,
            picked=t(step.key(f"opt.{answer}"), lang),
            start=f"{norms[0]:.3g}",
            t=int(ts[-1]),
            end=f"{norms[-1]:.3g}",
            rate=f"{norms[-1] / norms[-2]:.3f}",
        )
    rate = per_step(norms, SPAN)
    text = t(
        "ltd.step.race.feedback",
        lang,
        answer=f"{float(answer):.2f}",
        span=min(SPAN, len(norms) - 1),
        rate=f"{rate:.3f}",
        dist=f"{abs(float(answer) - rate):.3f}",
    )
    return Reveal(text, float(rate))
