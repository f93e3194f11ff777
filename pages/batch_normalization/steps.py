"""The batch-normalisation lesson's study steps: predict how much of the last layer BN keeps out
of a sigmoid's flat ends, which network still trains at a large learning rate, and which input
preprocessing trains best; each reveal read from the curves and histograms the figure draws."""

from __future__ import annotations

import numpy as np

from ui.figures import decode
from ui.i18n import t
from ui.ledger import Fixed, Sentence
from ui.study import Choice, Number, Reveal, Step

# A step's view: the lesson's view, initialisation, activation and probe rate. All use the
# default network (N(0, 1) weights, sigmoid), whose runs the warm-up has already trained.
PRESETS = {
    "layers": ("layers", "normal", "sigmoid", "0.1"),
    "rates": ("rates", "normal", "sigmoid", "0.1"),
    "inputs": ("inputs", "normal", "sigmoid", "0.1"),
}

STEPS = (
    # BN before each sigmoid: what share of the last hidden layer is saturated (66 % → 0 %)
    Step("bn", "layers", "layers", Number(low=0.0, high=100.0, step=1.0, tolerance=5.0, unit="%")),
    # ε = 3: which network still trains (only the one with BN)
    Step("bn", "rates", "rates", Choice(("both", "bn_only", "plain_only", "neither"))),
    # raw, zero-centred or unit-normalised pixels: which trains best without BN
    Step("bn", "inputs", "inputs", Choice(("raw", "centred", "unit"))),
)

RATE = "3"  # the learning rate the rates question is about, as the legend prints it
FLAT = 0.05  # a sigmoid's flat ends: below 0.05 or above 0.95
WHICH = ("plain", "bn")

LEDGER = (
    Sentence(
        "bn.step.layers.feedback",
        "the shares of the last drawn histogram (without and with BN) whose bars lie below 0.05 "
        "or above 0.95 are the stated ones (how far the answer is from the share with BN, the "
        "verdict says)",
        "check_layers",
        example="view_layers",
    ),
    Sentence(
        "bn.step.rates.feedback",
        "the drawn training-loss curves at the named rate, without and with BN, start and end at "
        "the stated values",
        "check_rates",
        example="view_rates",
        fields={"bn1": r"-?\d+(?:\.\d+)?(?:e-?\d+)?"},
    ),
    Sentence(
        "bn.step.inputs.feedback",
        "each drawn input curve ends at the stated loss and the named one ends lowest",
        "check_inputs",
        example="view_inputs",
    ),
    Fixed("bn.step.elsewhere", "it names no setting: it only asks for the step's own view back"),
)

NEEDS = {"layers": ("plain", "bn"), "rates": ("rates",), "inputs": ("inputs",)}
# The catalog keys of the names the reveals read curves by and name views with: the legend's
# and the view menu's own words.
NAME = {w: f"bn.{w}" for w in ("plain", "bn", "raw", "centred", "unit")}
VIEW = {name: f"bn.view_{name}" for name in NEEDS}


def flat_share(trace: dict) -> float:
    """The share of a drawn histogram's mass in bins centred in a sigmoid's flat ends."""
    x, y = decode(trace["x"]), decode(trace["y"])
    return float(np.sum(y[(x < FLAT) | (x > 1 - FLAT)]))


def named(fig: dict) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """A line figure's drawn curves by their legend names."""
    return {tr["name"]: (decode(tr["x"]), decode(tr["y"])) for tr in fig["data"] if tr.get("name")}


def goes_down(loss) -> bool:
    """A drawn training loss "still goes down": its last value finite and below its first."""
    loss = np.asarray(loss, dtype=float)
    return bool(np.isfinite(loss[-1]) and loss[-1] < loss[0])


def rates_kind(plain, bn) -> str:
    """Which drawn loss at ε = RATE still goes down: the "rates" step's option."""
    down = (goes_down(plain), goes_down(bn))
    return {(True, True): "both", (False, True): "bn_only", (True, False): "plain_only"}.get(
        down, "neither"
    )


def feedback(step: Step, answer, figs: dict[str, dict], lang: str) -> str | Reveal:
    """The sentence about the learner's `answer`, read from the drawn figures `figs` (the
    view's, by name: `plain`/`bn` histograms, `rates`, `inputs`)."""
    if not all(name in figs for name in NEEDS[step.name]):  # another view is shown
        return t("bn.step.elsewhere", lang, view=t(VIEW[step.name], lang))
    if step.name == "layers":
        plain, bn = (flat_share(figs[w]["data"][-1]) for w in WHICH)
        text = t(
            "bn.step.layers.feedback",
            lang,
            answer=f"{float(answer):.0f} %",
            layer=len(figs["bn"]["data"]),
            plain=f"{100 * plain:.0f} %",
            bn=f"{100 * bn:.0f} %",
        )
        return Reveal(text, 100 * bn)
    if step.name == "rates":
        curves = named(figs["rates"])
        ends = {w: curves[f"ε = {RATE} · {t(NAME[w], lang)}"][1] for w in WHICH}
        text = t(
            "bn.step.rates.feedback",
            lang,
            picked=t(step.key(f"opt.{answer}"), lang),
            lr=RATE,
            plain0=f"{ends['plain'][0]:.3g}",
            plain1=f"{ends['plain'][-1]:.3g}",
            bn0=f"{ends['bn'][0]:.3g}",
            bn1=f"{ends['bn'][-1]:.3g}",
        )
        return Reveal(text, rates_kind(*(ends[w] for w in WHICH)))
    curves = named(figs["inputs"])
    last = {how: float(curves[t(NAME[how], lang)][1][-1]) for how in ("raw", "centred", "unit")}
    best = min(last, key=last.__getitem__)
    text = t(
        "bn.step.inputs.feedback",
        lang,
        picked=t(step.key(f"opt.{answer}"), lang),
        raw=f"{last['raw']:.3g}",
        centred=f"{last['centred']:.3g}",
        unit=f"{last['unit']:.3g}",
        best=t(step.key(f"opt.{best}"), lang),
    )
    return Reveal(text, best)
