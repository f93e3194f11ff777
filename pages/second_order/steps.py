"""The second-order lesson's study steps: which way Newton's g/h goes where f″ < 0, how many
steps it needs on a parabola, and where undamped Newton ends near a saddle; each reveal read
from the paths the figures draw."""

from __future__ import annotations

import numpy as np

from ui import readings
from ui.i18n import t
from ui.ledger import Sentence
from ui.study import Choice, Number, Reveal, Step

# The steps' views: the widgets' values (pure data). Note 004's x + sin x and the parabola x²
# from 2.5 (Newton's ε = 1, AdaGrad's ε = 1, 8 steps); note 003's two-weight network from
# (0.3, 0.2), near its saddle, 60 steps.
_ONE_D = {"so_view": "1d", "so_x0": 2.5, "so_n1": 8, "so_lr": 1.0}
VIEWS = {
    "sin": _ONE_D | {"so_curve": "x_plus_sin"},
    "parabola": _ONE_D | {"so_curve": "parabola"},
    "saddle": {
        "so_view": "2d",
        "so_surface": "two_neuron",
        "so_x": 0.3,
        "so_y": 0.2,
        "so_damping": 0.0,
        "so_sfn_damping": 0.5,
        "so_sigma": 0.1,
        "so_n2": 60,
    },
}

STEPS = (
    Step("so", "uphill", "sin", Choice(("left", "right"))),
    Step("so", "parabola", "parabola", Number(low=0.0, high=8.0, step=1.0, tolerance=0.0)),
    Step("so", "saddle", "saddle", Choice(("saddle", "minimum", "away"))),
)

AT_ZERO = 1e-3  # "at the minimum x = 0": within 0.001 of it, as the question says
NEAR = 0.2  # "at the saddle" / "at a minimum": within 0.2 (5 % of the surface's width)


def _n(value: float) -> str:
    return f"{round(float(value), 2) + 0.0:.2f}"  # + 0.0: no "−0.00"


def first_at_zero(x: np.ndarray) -> int | None:
    """The first drawn step from which every iterate is within `AT_ZERO` of 0."""
    x = np.asarray(x, dtype=float)
    for k in range(len(x)):
        if np.all(np.abs(x[k:]) <= AT_ZERO):
            return k
    return None


def where_2d(end, minima_curve) -> str:
    """A drawn path's end on the two-weight surface: at the saddle (0, 0), on the valley of
    minima w₁w₂ = 1, or away from both."""
    if readings.close_to(end, (0.0, 0.0), NEAR):
        return "saddle"
    if minima_curve(end) <= NEAR:
        return "minimum"
    return "away"


def valley_distance(point) -> float:
    """Distance from a point to the curve w₁w₂ = 1 (sampled finely): the two-weight valley."""
    s = np.concatenate([np.linspace(0.05, 20, 4000), -np.linspace(0.05, 20, 4000)])
    curve = np.column_stack([s, 1 / s])
    return float(np.min(np.linalg.norm(curve - np.asarray(point, dtype=float), axis=1)))


def feedback(step: Step, answer, x, f, lang: str, name: str = "") -> str | Reveal:
    """The sentence about the learner's `answer`, read from the drawn Newton path (its label
    `name` in 2-D): its iterates `x` (1-D: values; 2-D: points) and losses `f`."""
    chosen = t(step.key(f"opt.{answer}"), lang) if isinstance(step.ask, Choice) else ""
    if step.name == "uphill":
        saw = "right" if x[1] > x[0] else "left"
        text = t(
            "so.step.uphill.feedback",
            lang,
            chosen=chosen,
            x0=_n(x[0]),
            x1=_n(x[1]),
            f0=_n(f[0]),
            f1=_n(f[1]),
            saw=t(step.key(f"opt.{saw}"), lang),
        )
        return Reveal(text, saw)
    if step.name == "parabola":
        k = first_at_zero(x)
        if k is None:
            return t("so.step.parabola.never", lang, answer=f"{float(answer):.0f}", n=len(x) - 1)
        text = t(
            "so.step.parabola.feedback",
            lang,
            answer=f"{float(answer):.0f}",
            k=k,
            x1=_n(x[1]),
        )
        return Reveal(text, float(k))
    end = np.asarray(x, dtype=float)[-1]
    saw = where_2d(end, valley_distance)
    text = t(
        "so.step.saddle.feedback",
        lang,
        chosen=chosen,
        name=name,
        x=_n(end[0]),
        y=_n(end[1]),
        steps=len(x) - 1,
        ds=_n(np.linalg.norm(end)),
        saw=t(step.key(f"opt.{saw}"), lang),
    )
    return Reveal(text, saw)


_LAST = r"[^\n]+?(?=[.。]$)"  # an option's words, up to the sentence's full stop
LEDGER = (
    Sentence(
        "so.step.uphill.feedback",
        "the drawn Newton path's first two iterates are x0 and x1 with f there as shown, and "
        "the direction the sentence names is the sign of x1 − x0",
        "check_uphill",
        example="view_uphill",
        fields={"saw": _LAST},
    ),
    Sentence(
        "so.step.parabola.feedback",
        "every drawn Newton iterate from step k on is within 0.001 of 0 and the one before is "
        "not; its x₁ is as shown",
        "check_parabola",
        example="view_parabola",
    ),
    Sentence(
        "so.step.parabola.never",
        "no drawn Newton iterate stays within 0.001 of 0 to the end",
        "check_parabola_never",
        example="view_parabola_never",
    ),
    Sentence(
        "so.step.saddle.feedback",
        "the drawn undamped Newton path ends at (x, y) after `steps` steps, `ds` from the "
        "saddle, close to (within 0.2 of) the saddle, the valley w₁w₂ = 1, or neither, as named",
        "check_saddle",
        example="view_saddle",
        fields={"saw": _LAST},
    ),
)
