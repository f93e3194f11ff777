"""The 1-D learning-rate lesson's study steps: predict where a run ends, how it moves, and
where the learning rate becomes too large; each reveal read from the iterates the figure draws."""

from __future__ import annotations

import numpy as np

from ui import readings
from ui.i18n import t
from ui.ledger import Sentence
from ui.study import Choice, Number, Reveal, Step

STEPS = (
    # note 004: x + sin x from 2.5, ε = 1, 0.1, 0.01 for 30 steps; where does ε = 1 end?
    # ±0.03: the run ends 0.067 short of −π (the lesson's point), so −π itself is not right
    Step("lr1d", "where", "note004", Number(low=-6.0, high=4.0, step=0.01, tolerance=0.03)),
    # x² with ε = 0.1, 0.9, 1.1: what does ε = 0.9 (the middle run) do?
    Step("lr1d", "sway", "parabola", Choice(("one_side", "shrinking", "growing"))),
    # x²: the largest learning rate that still converges, 2/f″ = 1
    Step("lr1d", "threshold", "parabola", Number(low=0.0, high=3.0, step=0.05, tolerance=0.05)),
)

RUN = {"where": 0, "sway": 1}  # the run each question is about (its panel, 1-based in the text)


PARABOLA = "parabola"  # the curve steps 2 and 3 ask about: descent on x²
STEADY = 0.005  # a swing factor within 0.5 % of 1 (shown as ×1.00): the swings hold steady


def sway(x: np.ndarray) -> tuple[str, float]:
    """How the drawn iterates x₀ … x_n move about x²'s minimum at 0, and the factor |x_n / x_(n−1)|
    per step: "lands" (reaches 0 exactly and stays: factor 1 − 2ε = 0 at ε = 0.5, rate 0),
    "one_side" (never changes sign), or from side to side with the swings "shrinking",
    "steady" (factor within `STEADY` of 1: ε = 1, 1 − 2ε = −1) or "growing"."""
    x = np.asarray(x, dtype=float)
    x = x[np.isfinite(x)]
    zero = np.flatnonzero(x == 0)
    if len(x) > 1 and zero.size and np.all(x[zero[0] :] == 0):
        return "lands", 0.0
    flips = int(np.sum(np.sign(x[1:]) != np.sign(x[:-1])))
    rate = float(abs(x[-1] / x[-2])) if len(x) > 1 and x[-2] != 0 else 1.0
    if flips == 0:
        return "one_side", rate
    if abs(rate - 1) <= STEADY:
        return "steady", rate
    return ("growing" if rate > 1 else "shrinking"), rate


def landed_at(x: np.ndarray) -> int:
    """The first step at which the drawn run is at 0 (and stays there)."""
    return int(np.flatnonzero(np.asarray(x, dtype=float) == 0)[0])


def left_parabola(lang: str, title: str, ascent: bool) -> str:
    """The sentence for a step about descent on x² answered while the figure shows another curve
    (or ascent): the step's question is x²'s, so the answer is not graded against this view."""
    shown = t("lr1d.step.left.ascent", lang, curve=title) if ascent else title
    return t("lr1d.step.left", lang, shown=shown)


def feedback(
    step: Step,
    answer,
    lrs: list[float],
    xs: list[np.ndarray],
    lang: str,
    domain: tuple[tuple[float, float], ...] = ((-6.0, 4.0),),
    fn: str | None = None,
    ascent: bool = False,
) -> str | Reveal:
    """The sentence about the learner's `answer`, read from the drawn iterates `xs` (one array
    per learning rate `lrs`, as the panels draw them) on the curve `fn`'s `domain` (`ascent`:
    the runs climb). Steps 2 and 3 are about descent on x²: on another curve, or under ascent,
    the reveal says so and grades nothing (a plain sentence, no verdict)."""
    if step.name != "where" and ((fn is not None and fn != PARABOLA) or ascent):
        import landscapes

        title = t(landscapes.get(fn).title_key, lang) if fn is not None else ""
        return left_parabola(lang, title, ascent)
    if step.name == "where":
        i = RUN["where"]
        x = np.asarray(xs[i], dtype=float)
        end = float(x[-1])
        tol = readings.stop_tolerance(domain)
        # "stopped at" only when the drawn run stopped (ui.readings); else where it is, moving
        moved = readings.stopped(x, readings.STOP_WINDOW, tol)
        text = t(
            "lr1d.step.where.feedback" if moved else "lr1d.step.where.feedback_moving",
            lang,
            answer=f"{float(answer):.2f}",
            lr=f"{lrs[i]:g}",
            steps=len(x) - 1,
            end=f"{end:.2f}",
            last=f"{abs(x[-1] - x[-2]):.2g}" if len(x) > 1 else "0",
            window=readings.STOP_WINDOW,
            tol=f"{tol:.2g}",
        )
        return Reveal(text, end)
    if step.name == "sway":
        i = RUN["sway"]
        kind, rate = sway(xs[i])
        told = {"lr": f"{lrs[i]:g}", "rate": f"{rate:.2f}"}
        # a kind none of the options names (steady swings, landed on 0): every choice is wrong
        if kind == "lands":
            text = t("lr1d.step.sway.feedback_lands", lang, step=landed_at(xs[i]), **told)
        elif kind == "steady":
            x = np.asarray(xs[i], dtype=float)
            text = t(
                "lr1d.step.sway.feedback_steady",
                lang,
                low=f"{float(np.min(x[-2:])):.2f}",
                high=f"{float(np.max(x[-2:])):.2f}",
                **told,
            )
        else:
            key = (
                "lr1d.step.sway.feedback_one_side"
                if kind == "one_side"
                else "lr1d.step.sway.feedback"
            )
            text = t(key, lang, saw=t(step.key(f"opt.{kind}"), lang), **told)
        return Reveal(text, kind)  # 答对了 / 不对 first
    # threshold: 2/f″ on x² (f″ = 2), and each drawn run's swing factor beside it
    runs = [
        t("lr1d.step.threshold.run", lang, lr=f"{lr:g}", rate=f"{sway(x)[1]:.2f}")
        for lr, x in sorted(zip(lrs, xs, strict=True), key=lambda pair: pair[0])
        if len(np.asarray(x)) > 1
    ]
    sep = "；" if lang == "zh" else "; "
    text = t(
        "lr1d.step.threshold.feedback",
        lang,
        answer=f"{float(answer):.2f}",
        runs=sep.join(runs),
    )
    return Reveal(text, 1.0)


# The reveal sentences, each read back against the iterates the figure draws
# (checks and views in tests/ledgers/test_learning_rate_1d_steps.py).
LEDGER = (
    Sentence(
        "lr1d.step.where.feedback",
        "the ε run stopped (ui.readings.stopped: each of its last `window` drawn steps shorter "
        "than `tol`) at x = end after `steps` steps (how far the answer is, the verdict says)",
        "check_where",
        example="view_where_stopped",
    ),
    Sentence(
        "lr1d.step.where.feedback_moving",
        "the ε run's last drawn iterate is at x = end after `steps` steps, it has not stopped "
        "(its last drawn step is `last` long, not all of the last steps below the stop "
        "tolerance) (how far the answer is, the verdict says)",
        "check_where",
        example="view_where",
    ),
    Sentence(
        "lr1d.step.sway.feedback",
        "the drawn ε run moves as the sentence names it (one side / shrinking / growing "
        "swings), its last swing's factor |x_n / x_(n−1)| as shown; the shared verdict before "
        "it says right exactly when the learner chose that",
        "check_sway",
        example="view_sway_wrong",
    ),
    Sentence(
        "lr1d.step.sway.feedback_one_side",
        "the drawn ε run never changes sign, |x_n / x_(n−1)| as shown; right exactly when the "
        "learner chose 'one side'",
        "check_sway",
        example="view_sway_one_side",
    ),
    Sentence(
        "lr1d.step.sway.feedback_steady",
        "the drawn ε run changes sign every step with |x_n / x_(n−1)| within 0.5 % of 1, "
        "between the two x shown; no option is right",
        "check_sway",
        example="view_sway_steady",
    ),
    Sentence(
        "lr1d.step.sway.feedback_lands",
        "the drawn ε run is exactly 0 from the step named on; no option is right",
        "check_sway",
        example="view_sway_lands",
    ),
    Sentence(
        "lr1d.step.left",
        "the figure shows another curve than x² (named as the curve picker names it), or "
        "ascent: the answer is not graded (no verdict, no right option)",
        "check_left",
        example="view_left",
    ),
    Sentence(
        "lr1d.step.left.ascent",
        "the figure's runs climb (ascent on)",
        "check_left",
        example="view_left_ascent",
    ),
    Sentence(
        "lr1d.step.threshold.feedback",
        "the threshold is 2/f″ = 1 (how far the learner's ε is, the verdict says), and every drawn "
        "run is listed with its factor",
        "check_threshold",
        example="view_threshold",
        fields={"runs": r"(?:ε = \S+ (?:为 )?×[\d.]+(?:; |；)?)+"},
    ),
    Sentence(
        "lr1d.step.threshold.run",
        "the drawn ε run's last step multiplies its distance from 0 by the factor shown",
        "check_threshold_run",
        example="view_threshold",
    ),
)
