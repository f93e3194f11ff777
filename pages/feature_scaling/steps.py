"""The feature-scaling lesson's study steps: predict how many steps gradient descent needs on
the raw features, how many times fewer once they are standardised, and what a tolerance 10 000
times tighter costs; each reveal read from the excess-loss curves the lower figure draws."""

from __future__ import annotations

import numpy as np

from ui.i18n import t
from ui.ledger import Fixed, Sentence
from ui.study import Choice, Number, Reveal, Step

STEPS = (
    # the raw features at the page's default tolerance 10⁻⁴: how many steps at the best ε?
    Step(
        "scaling",
        "raw",
        "default",
        Number(low=1.0, high=10_000.0, step=1.0, tolerance=0.1, relative=True),
    ),
    # standardised against raw, both at 10⁻⁴: how many times fewer steps?
    Step("scaling", "ratio", "default", Choice(("same", "tens", "hundreds"))),
    # raw at 10⁻⁸ against 10⁻⁴: what does a tolerance 10 000 times tighter cost?
    Step("scaling", "tighter", "tight", Choice(("same", "double", "huge"))),
)

# one click sets the view: the tolerance exponent k of 10ᵏ and the steps drawn on the contours
PRESETS = {"default": {"fs_tol": -4, "fs_n": 50}, "tight": {"fs_tol": -8, "fs_n": 500}}

TOL, TIGHT = 1e-4, 1e-8  # the tolerances the questions name


def first_below(x: np.ndarray, y: np.ndarray, tol: float) -> int | None:
    """The first drawn step whose relative excess loss is under `tol` (None if none is)."""
    below = np.flatnonzero(np.asarray(y, dtype=float) < tol)
    return int(np.asarray(x)[below[0]]) if below.size else None


def ratio_kind(ratio: float) -> str:
    """How many times fewer steps: about the same (under 3×), tens (3–100×) or hundreds+."""
    return "same" if ratio < 3 else ("tens" if ratio <= 100 else "hundreds")


def tighter_kind(ratio: float) -> str:
    """How many times more steps 10⁻⁸ needs than 10⁻⁴: about the same (under 1.5×), about
    double (1.5–4×) or far more."""
    return "same" if ratio < 1.5 else ("double" if ratio <= 4 else "huge")


def feedback(step: Step, answer, curves: dict[str, tuple[np.ndarray, np.ndarray]], lang: str):
    """The sentence about the learner's `answer`, read from the drawn excess-loss curves
    (scaling name → (steps, (L − L*)/(L₀ − L*)), as the lower figure draws them)."""
    raw = first_below(*curves["raw"], TOL)
    if step.name == "raw":
        text = t(
            "scaling.step.raw.feedback",
            lang,
            answer=f"{float(answer):.0f}",
            steps=raw,
        )
        return Reveal(text, float(raw))
    if step.name == "ratio":
        std = first_below(*curves["standard"], TOL)
        ratio = raw / std
        text = t(
            "scaling.step.ratio.feedback",
            lang,
            answer=t(step.key(f"opt.{answer}"), lang),
            raw=raw,
            std=std,
            ratio=f"{ratio:.0f}",
            saw=t(step.key(f"opt.{ratio_kind(ratio)}"), lang),
        )
        return Reveal(text, ratio_kind(ratio))
    tight = first_below(*curves["raw"], TIGHT)
    ratio = tight / raw
    text = t(
        "scaling.step.tighter.feedback",
        lang,
        answer=t(step.key(f"opt.{answer}"), lang),
        raw=raw,
        tight=tight,
        ratio=f"{ratio:.2f}",
        saw=t(step.key(f"opt.{tighter_kind(ratio)}"), lang),
    )
    return Reveal(text, tighter_kind(ratio))


LEDGER = (
    Sentence(
        "scaling.step.raw.feedback",
        "the raw-feature curve drawn in the lower figure first falls under 10⁻⁴ of the start's "
        "excess loss at the step named (how far the answer is, the verdict says)",
        "check_raw",
        example="view_raw",
    ),
    Sentence(
        "scaling.step.ratio.feedback",
        "the drawn raw and standardised curves first fall under 10⁻⁴ at the steps named; their "
        "ratio is the one named, and the kind named is the option that ratio falls in",
        "check_ratio",
        example="view_ratio",
    ),
    Sentence(
        "scaling.step.tighter.feedback",
        "the drawn raw curve first falls under 10⁻⁴ and under 10⁻⁸ at the steps named; their "
        "ratio is the one named, and the kind named is the option that ratio falls in",
        "check_tighter",
        example="view_tighter",
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
