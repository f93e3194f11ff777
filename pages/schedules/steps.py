"""The schedules lesson's study steps: predict whether a decaying learning rate or the constant
one ends lower, with gradient noise and without, and which adaptive method's per-coordinate
step can grow again; each reveal read from the curves the figures draw."""

from __future__ import annotations

import numpy as np

from ui.i18n import t
from ui.ledger import Fixed, Sentence
from ui.study import Choice, Reveal, Step

STEPS = (
    # σ = 0.5, the lesson's default: does decay or the constant ε₀ = 0.95 end lower?
    Step("schedules", "noisy", "noisy", Choice(("constant", "decay"))),
    # the same runs without noise
    Step("schedules", "quiet", "quiet", Choice(("constant", "decay"))),
    # AdaGrad and RMSProp on the bowl: whose effective step along y grows again?
    Step("schedules", "grow", "adaptive", Choice(("adagrad", "rmsprop", "both", "neither"))),
)

_SCHEDULES = {
    "s_view": "schedules",
    "sched": ["constant", "linear", "inv_sqrt", "cosine"],
    "eps0": 0.95,
    "s_tau": 40,
    "s_end": 0.01,
    "s_gamma": 0.95,
    "n": 60,
}
# one click sets the view: the schedules with the page's defaults (σ = 0.5) or no noise; the
# adaptive view with its default 50 steps
PRESETS = {
    "noisy": _SCHEDULES | {"s_noise": 0.5},
    "quiet": _SCHEDULES | {"s_noise": 0.0},
    "adaptive": {"s_view": "adaptive", "m": 50},
}


def tail_means(losses: dict[str, np.ndarray]) -> tuple[int, dict[str, float]]:
    """The mean of each drawn loss curve over its last k = max(1, steps // 10) points (the
    verdict's window), by schedule kind."""
    n = min(len(y) for y in losses.values()) - 1
    k = max(1, n // 10)
    return k, {kind: float(np.mean(np.asarray(y, dtype=float)[-k:])) for kind, y in losses.items()}


def rises(y: np.ndarray) -> int:
    """How many drawn steps an effective-step curve goes up at (by more than float noise)."""
    y = np.asarray(y, dtype=float)
    return int(np.sum(np.diff(y) > 1e-6 * np.abs(y[:-1])))


def grow_kind(adagrad_up: int, rmsprop_up: int) -> str:
    return {(True, True): "both", (True, False): "adagrad", (False, True): "rmsprop"}.get(
        (adagrad_up > 0, rmsprop_up > 0), "neither"
    )


def feedback(
    step: Step,
    answer,
    drawn: dict[str, np.ndarray],
    sigma: float,
    labels: dict[str, str],
    lang: str,
) -> str | Reveal:
    """The sentence about the learner's `answer`, read from the drawn curves: the loss curve
    per schedule kind (schedules view), or the effective step along y per optimizer name
    (adaptive view); `sigma`: the gradient noise the runs were drawn with; `labels`: each
    schedule's name as its curve is labelled."""
    picked = t(step.key(f"opt.{answer}"), lang)
    if step.name == "grow":
        a, r = np.asarray(drawn["adagrad"]), np.asarray(drawn["rmsprop"])
        a_up, r_up = rises(a), rises(r)
        text = t(
            "schedules.step.grow.feedback",
            lang,
            answer=picked,
            a0=f"{a[0]:.3g}",
            a1=f"{a[-1]:.3g}",
            a_up=a_up,
            r0=f"{r[0]:.3g}",
            r_low=f"{r.min():.3g}",
            r1=f"{r[-1]:.3g}",
            r_up=r_up,
            n=len(a),
            saw=t(step.key(f"opt.{grow_kind(a_up, r_up)}"), lang),
        )
        return Reveal(text, grow_kind(a_up, r_up))
    decays = [kind for kind in drawn if kind != "constant"]
    if "constant" not in drawn or not decays:
        return t("schedules.step.missing", lang)
    k, means = tail_means(drawn)
    best = min(decays, key=means.__getitem__)
    saw = "constant" if means["constant"] < means[best] else "decay"
    text = t(
        "schedules.step.tail.feedback",
        lang,
        answer=picked,
        k=k,
        sigma=f"{sigma:g}",
        const=f"{means['constant']:.3g}",
        best=labels[best],
        low=f"{means[best]:.3g}",
        saw=t(step.key(f"opt.{saw}"), lang),
    )
    return Reveal(text, saw)


LEDGER = (
    Sentence(
        "schedules.step.tail.feedback",
        "the drawn loss curves' means over their last k points are the constant rate's and the "
        "lowest decaying schedule's named, and the option named is whichever of them is lower",
        "check_tail",
        example="view_noisy",
    ),
    Sentence(
        "schedules.step.grow.feedback",
        "along y, the drawn AdaGrad and RMSProp effective-step curves start, bottom out and end "
        "at the values named and go up at the number of steps named; the option named says "
        "which of them went up at all",
        "check_grow",
        example="view_grow",
    ),
    Fixed("schedules.step.missing", "asks for both kinds of schedule; names no number"),
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
