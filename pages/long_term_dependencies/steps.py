"""The long-term-dependencies lesson's study steps: predict how long Wᵗv gets, whether it
explodes or vanishes, and which eigenvalue sets its growth; each reveal read from the ‖Wᵗv‖
curve the figure draws."""

from __future__ import annotations

import numpy as np

from models import networks
from ui.claims import sig
from ui.figures import decode
from ui.i18n import t
from ui.ledger import Sentence
from ui.study import Choice, Number, Reveal, Step, compare

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
START = (1.0, 1.0)  # v, the page's start (its V0)

LEDGER = (
    Sentence(
        "ltd.step.explode.feedback",
        "the drawn ‖Wᵗv‖ curve starts and ends at the stated lengths at the stated t (how far "
        "the answer is from its end, the verdict says)",
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
        "ltd.step.vanish.against",
        "step 1's view (λ = 1.1 and 0.5) over the same t steps ends the stated times its start "
        "length, and the drawn ‖Wᵗv‖ here ends the stated times its start",
        "check_against",
        example="view_vanish",
    ),
    Sentence(
        "ltd.step.race.feedback",
        "over the drawn curve's last 10 steps ‖Wᵗv‖ changes by the stated factor per step (how "
        "far the answer is, the verdict says)",
        "check_race",
        example="view_race",
    ),
    Sentence(
        "ltd.step.race.zigzag",
        "over the drawn curve's last span steps the step-to-step factors alternate above and "
        "below 1, the length falls at the stated number of them, and the last three drawn "
        "lengths and the last two factors are the stated ones",
        "check_zigzag",
        example="view_race",
    ),
    Sentence(
        "ltd.step.race.steady",
        "every step-to-step factor of the drawn curve over its last span steps lies between "
        "the stated low and high (as printed)",
        "check_steady",
        example="view_race_range",
    ),
    Sentence(
        "ltd.step.race.steady.one",
        "every step-to-step factor of the drawn curve over its last span steps prints as the "
        "stated one",
        "check_steady_one",
        example="view_race_steady",
        fields={"rate": r"\d+\.\d+"},
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


def feedback(step: Step, answer, fig: dict, lang: str) -> str | Reveal:
    """The sentence about the learner's `answer`, read from the drawn ‖Wᵗv‖ figure `fig`."""
    ts, norms = length(fig)
    if step.name == "explode":
        text = t(
            "ltd.step.explode.feedback",
            lang,
            answer=f"{float(answer):g}",
            start=sig(norms[0]),
            t=int(ts[-1]),
            end=sig(norms[-1]),
        )
        return Reveal(text, float(norms[-1]))
    if step.name == "vanish":
        grown = np.linalg.norm(
            networks.orbit(networks.recurrence_matrix(1.1, 0.5), START, int(ts[-1])), axis=1
        )
        against = t(
            "ltd.step.vanish.against",
            lang,
            t=int(ts[-1]),
            grown=sig(grown[-1] / grown[0]),
            now=sig(norms[-1] / norms[0]),
        )
        text = (
            t(
                "ltd.step.vanish.feedback",
                lang,
                picked=t(step.key(f"opt.{answer}"), lang),
                start=sig(norms[0]),
                t=int(ts[-1]),
                end=sig(norms[-1]),
                rate=f"{norms[-1] / norms[-2]:.3f}",
            )
            + ("" if lang == "zh" else " ")
            + against
        )
        # the drawn length at its last step against its start (about the same: compare)
        kind = {"lower": "vanishes", "higher": "explodes", "same": "stays"}
        return Reveal(text, kind[compare(norms[-1], norms[0])])
    rate = per_step(norms, SPAN)
    span = min(SPAN, len(norms) - 1)
    text = t(
        "ltd.step.race.feedback",
        lang,
        answer=f"{float(answer):.2f}",
        span=span,
        rate=f"{rate:.3f}",
    )
    return Reveal(text, float(rate), after=swing(ts, norms, span, lang))


def zigzags(factors: np.ndarray) -> bool:
    """Whether step-to-step factors alternate above and below 1 (the length rises, falls,
    rises, ...)."""
    side = np.sign(factors - 1.0)
    return bool(np.all(side != 0) and np.all(side[1:] == -side[:-1]))


def swing(ts: np.ndarray, norms: np.ndarray, span: int, lang: str) -> str:
    """How the drawn length changes step by step over its last `span` steps: a zig-zag (its
    falls and its last two factors, with the lengths) or the range its factors stay in."""
    factors = norms[-span:] / norms[-span - 1 : -1]
    if span >= 2 and zigzags(factors):
        return t(
            "ltd.step.race.zigzag",
            lang,
            span=span,
            falls=int(np.sum(factors < 1)),
            r1=f"{factors[-2]:.3f}",
            r2=f"{factors[-1]:.3f}",
            **{f"t{i}": int(ts[i - 3]) for i in range(3)},
            **{f"n{i}": sig(norms[i - 3], 4) for i in range(3)},
        )
    low, high = f"{factors.min():.3f}", f"{factors.max():.3f}"
    if low == high:  # one factor as printed: not "between 1.020 and 1.020"
        return t("ltd.step.race.steady.one", lang, span=span, rate=low)
    return t("ltd.step.race.steady", lang, span=span, low=low, high=high)
