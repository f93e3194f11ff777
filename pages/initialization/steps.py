"""The initialisation lesson's study steps: predict where a deep network's activations end up
for a given initialisation and activation, each reveal read from the histograms and the
standard-deviation table the page draws."""

from __future__ import annotations

import itertools

import numpy as np

from ui.claims import digits3
from ui.i18n import t
from ui.ledger import Sentence
from ui.study import Choice, Number, Reveal, Step

# A step's view: the initialisation and the activation (the lesson's two controls).
PRESETS = {
    "normal_sigmoid": ("normal", "sigmoid"),
    "he_relu": ("he", "relu"),
    "zero_sigmoid": ("zero", "sigmoid"),
}

STEPS = (
    # note 002: N(0, 1) weights with sigmoid: layer 6's activations pile up at 0 and 1
    Step("init", "ends", "normal_sigmoid", Choice(("ends", "middle", "spread"))),
    # He (MSRA) with ReLU: the spread stays about the same from layer 1 to layer 6
    Step("init", "he", "he_relu", Number(low=0.0, high=10.0, step=0.1, tolerance=0.1)),
    # zero weights: every unit of a layer gives the same value
    Step("init", "zero", "zero_sigmoid", Choice(("one_value", "bell", "ends"))),
)

LAYER = {"ends": 6, "zero": 3}  # the drawn layer each histogram question is about (1-based)
FLAT = 0.05  # a sigmoid's flat ends: below 0.05 or above 0.95 (networks.saturated_share)

LEDGER = (
    Sentence(
        "init.step.ends.feedback",
        "the share of layer 6's drawn activation histogram whose bars lie below 0.05 or above "
        "0.95 is the stated share, and the picked shape is named",
        "check_ends",
        example="view_ends",
    ),
    Sentence(
        "init.step.ends.grads",
        "the gradient std row of the table, read from the last layer back to layer 1, is the "
        "stated path; the last over the first is the stated factor, and the stated count of "
        "steps back print a smaller value than the layer above",
        "check_grads",
        example="view_ends",
        fields={"path": r"[\d.e∞ →-]+?"},
    ),
    Sentence(
        "init.step.he.feedback",
        "layer 1's and layer 6's activation spreads are the table's, their ratio is the stated "
        "factor (how far the answer is, the verdict says)",
        "check_he",
        example="view_he",
    ),
    Sentence(
        "init.step.zero.feedback",
        "the tallest bar of layer 3's drawn activation histogram holds the stated share, at the "
        "stated value",
        "check_zero",
        example="view_zero",
        fields={"value": r"-?\d+(?:\.\d+)?"},
    ),
)


def bars(fig, layer: int) -> tuple[np.ndarray, np.ndarray]:
    """The drawn bars of one layer's histogram (1-based): bin centres and each bin's share."""
    trace = fig["data"][layer - 1] if isinstance(fig, dict) else fig.data[layer - 1]
    x, y = (trace["x"], trace["y"]) if isinstance(fig, dict) else (trace.x, trace.y)
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float)


def flat_share(x: np.ndarray, y: np.ndarray) -> float:
    """The share of a histogram's mass in bins centred in a sigmoid's flat ends."""
    return float(np.sum(y[(x < FLAT) | (x > 1 - FLAT)]))


def peak(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """The tallest bar: its centre and its share."""
    k = int(np.argmax(y))
    return float(x[k]), float(y[k])


PILED = 0.5  # "piled up near 0 and 1": at least half the mass in the flat ends
BUNCHED = 0.5  # "bunched around 0.5": at least half the mass in bins centred within 0.25 of it
ONE_BAR = 0.9  # "a single bar": the tallest bar holds at least 90 % of the activations


def ends_kind(x: np.ndarray, y: np.ndarray) -> str:
    """The option a drawn histogram (bin centres `x`, shares `y`) fits for the "ends" step."""
    if flat_share(x, y) >= PILED:
        return "ends"
    return "middle" if float(np.sum(y[np.abs(x - 0.5) <= 0.25])) >= BUNCHED else "spread"


def zero_kind(x: np.ndarray, y: np.ndarray) -> str:
    """The option a drawn histogram fits for the "zero" step."""
    if peak(x, y)[1] >= ONE_BAR:
        return "one_value"
    return "ends" if flat_share(x, y) >= PILED else "bell"


def gradient_path(grad_std: np.ndarray, lang: str) -> str:
    """How the table's gradient std changes back-propagated from the last layer to layer 1,
    as printed there; "" when a spread is 0 or not finite (no factor to state)."""
    back = [float(g) for g in grad_std[::-1]]
    if not all(np.isfinite(g) and g > 0 for g in back):
        return ""
    printed = [digits3(g) for g in back]
    down = sum(float(b) < float(a) for a, b in itertools.pairwise(printed))
    return t(
        "init.step.ends.grads",
        lang,
        top=len(back),
        path=" → ".join(printed),
        n=len(back) - 1,
        ratio=f"{float(printed[-1]) / float(printed[0]):.2f}",  # as a reader divides them
        down=down,
    )


def feedback(
    step: Step, answer, acts_fig, act_std: np.ndarray, lang: str, grad_std=None
) -> str | Reveal:
    """The sentence about the learner's `answer`, read from the drawn activation histograms
    `acts_fig` and the layers' spreads `act_std` and `grad_std` (the table under the
    figure)."""
    picked = t(step.key(f"opt.{answer}"), lang) if isinstance(step.ask, Choice) else f"{answer:.1f}"
    if step.name == "ends":
        drawn = bars(acts_fig, LAYER["ends"])
        share = flat_share(*drawn)
        grads = "" if grad_std is None else gradient_path(np.asarray(grad_std), lang)
        text = (
            t(
                "init.step.ends.feedback",
                lang,
                picked=picked,
                layer=LAYER["ends"],
                share=f"{100 * share:.0f} %",
            )
            + ("" if lang == "zh" or not grads else " ")
            + grads
        )
        return Reveal(text, ends_kind(*drawn))
    if step.name == "zero":
        drawn = bars(acts_fig, LAYER["zero"])
        at, share = peak(*drawn)
        text = t(
            "init.step.zero.feedback",
            lang,
            picked=picked,
            layer=LAYER["zero"],
            share=f"{100 * share:.0f} %",
            value=f"{at:.2f}",
        )
        return Reveal(text, zero_kind(*drawn))
    first, last = float(act_std[0]), float(act_std[-1])
    ratio = last / first
    text = t(
        "init.step.he.feedback",
        lang,
        answer=f"{float(answer):.1f}",
        first=digits3(first),  # as the table prints them: 0.830, not 0.83 beside 0.873
        last=digits3(last),
        ratio=f"{ratio:.2f}",
    )
    return Reveal(text, ratio)
