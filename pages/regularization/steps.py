"""The regularisation lesson's study steps: predict which penalty sets a weight exactly to zero,
the step where early stopping stops, and which solutions the early-stopped weights lie near;
each reveal read from the points and curves the figures draw."""

from __future__ import annotations

import numpy as np

from ui.i18n import t
from ui.ledger import Fixed, Sentence
from ui.study import Choice, Number, Reveal, Step

STEPS = (
    # λ = 0.3: which penalty's solution has a weight exactly 0?
    Step("reg", "zero", "default", Choice(("l2", "l1", "both", "neither"))),
    # plain GD from w = 0: the step with the least validation loss
    Step(
        "reg",
        "stop",
        "default",
        Number(low=0.0, high=300.0, step=1.0, tolerance=0.1, relative=True),
    ),
    # the early-stopped w: nearest the L2 path, the L1 path or the unregularised minimum?
    Step("reg", "near", "default", Choice(("l2", "l1", "none"))),
)

PRESETS = {"default": {"reg_lam": 0.3}}  # one click sets the view: the lesson's λ = 0.3


def distance(point, path) -> float:
    """The least distance from `point` to the drawn points of `path` ((n, 2))."""
    return float(np.min(np.linalg.norm(np.asarray(path, float) - np.asarray(point, float), axis=1)))


def feedback(step: Step, answer, drawn: dict, lang: str) -> str:
    """The sentence about the learner's `answer`, read from the drawn data (`drawn`: λ, the L2
    and L1 solutions, both solution paths (λ from 0 up), the validation curve and the
    early-stopped weights)."""
    if step.name == "zero":
        l2, l1 = np.asarray(drawn["l2"]), np.asarray(drawn["l1"])
        zeros = (bool(np.any(l2 == 0.0)), bool(np.any(l1 == 0.0)))
        saw = {(False, True): "l1", (True, False): "l2", (True, True): "both"}.get(zeros, "neither")
        said = t(
            "reg.step.zero.feedback",
            lang,
            answer=t(step.key(f"opt.{answer}"), lang),
            lam=f"{drawn['lam']:g}",
            a1=f"{l2[0]:.3f}",
            a2=f"{l2[1]:.3f}",
            b1=f"{l1[0]:.3f}",
            b2=f"{l1[1]:.3f}",
            saw=t(step.key(f"opt.{saw}"), lang),
        )
        return Reveal(said, saw)  # the shared 答对了 / 不对 first
    val = np.asarray(drawn["val"], dtype=float)
    if step.name == "stop":
        k = int(np.argmin(val))
        text = t(
            "reg.step.stop.feedback",
            lang,
            answer=f"{float(answer):.0f}",
            k=k,
            best=f"{val[k]:.3f}",
            off=f"{abs(float(answer) - k):.0f}",
        )
        return Reveal(text, float(k))
    w = np.asarray(drawn["stopped"], dtype=float)
    d = {
        "l2": distance(w, drawn["l2_path"]),
        "l1": distance(w, drawn["l1_path"]),
        "none": float(np.linalg.norm(w - np.asarray(drawn["l2_path"])[0])),
    }
    near = min(d, key=d.__getitem__)
    said = t(
        "reg.step.near.feedback",
        lang,
        answer=t(step.key(f"opt.{answer}"), lang),
        w1=f"{w[0]:.2f}",
        w2=f"{w[1]:.2f}",
        d2=f"{d['l2']:.2f}",
        d1=f"{d['l1']:.2f}",
        d0=f"{d['none']:.2f}",
        saw=t(step.key(f"opt.{near}"), lang),
    )
    return Reveal(said, near)  # the shared 答对了 / 不对 first


LEDGER = (
    Sentence(
        "reg.step.zero.feedback",
        "the drawn L2 and L1 solution markers at the λ named sit at the points named, and the "
        "option named says which of them has a coordinate exactly 0",
        "check_zero",
        example="view_zero",
    ),
    Sentence(
        "reg.step.stop.feedback",
        "the drawn validation curve is lowest at the step named, with the value named, and "
        "the distance is the answer's",
        "check_stop",
        example="view_stop",
    ),
    Sentence(
        "reg.step.near.feedback",
        "the drawn early-stopping path ends at the w named; its distances to the drawn L2 path, "
        "the drawn L1 path and the unregularised minimum (both paths' first point) are the "
        "ones named, and the option named is the nearest",
        "check_near",
        example="view_near",
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
