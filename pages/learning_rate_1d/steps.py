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


def sway(x: np.ndarray) -> tuple[str, float]:
    """How the drawn iterates x₀ … x_n move about their end's minimum at 0 (x²): on one side
    or from side to side, and the swing's factor |x_n / x_(n−1)| per step."""
    x = np.asarray(x, dtype=float)
    x = x[np.isfinite(x)]
    flips = int(np.sum(np.sign(x[1:]) != np.sign(x[:-1])))
    rate = float(abs(x[-1] / x[-2])) if len(x) > 1 and x[-2] != 0 else 1.0
    if flips == 0:
        return "one_side", rate
    return ("growing" if rate > 1 else "shrinking"), rate


def feedback(
    step: Step,
    answer,
    lrs: list[float],
    xs: list[np.ndarray],
    lang: str,
    domain: tuple[tuple[float, float], ...] = ((-6.0, 4.0),),
) -> str | Reveal:
    """The sentence about the learner's `answer`, read from the drawn iterates `xs` (one array
    per learning rate `lrs`, as the panels draw them) on the curve's `domain`."""
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
        told = {"lr": f"{lrs[i]:g}", "saw": t(step.key(f"opt.{kind}"), lang), "rate": f"{rate:.2f}"}
        return Reveal(t("lr1d.step.sway.feedback", lang, **told), kind)  # 答对了 / 不对 first
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
