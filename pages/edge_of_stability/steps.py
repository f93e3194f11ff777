"""The edge-of-stability lesson's study steps: predict where the network's sharpness λ_max
settles, what the loss does once it is there, and how large a rate the quadratic takes; each
reveal read from the curves the figure draws."""

from __future__ import annotations

import math

import numpy as np

from models import edge_of_stability as eos
from pages.edge_of_stability import claims
from ui.figures import decode
from ui.i18n import t
from ui.ledger import Fixed, Sentence
from ui.study import Choice, Number, Reveal, Step, compare

# A step's view: the rates and the momentum α (the lesson's controls); all three steps use the
# lesson's default view, whose runs the warm-up has already trained.
PRESETS = {"default": ([f"{r:g}" for r in eos.DEFAULT_RATES], 0.0)}

STEPS = (
    # ε = 0.1 from λ_max = 8.48: where does λ_max settle? (2/ε = 20)
    Step(
        "eos",
        "level",
        "default",
        Number(low=0.0, high=120.0, step=1.0, tolerance=0.1, relative=True),
    ),
    # ε = 0.2: λ_max at 2/ε from step 40; what does the loss do?
    Step("eos", "loss", "default", Choice(("blows_up", "falls_unsteadily", "stalls"))),
    # the quadratic ½λx² with λ = 8.48: the largest ε that converges (2/λ = 0.236); right up
    # to 0.02 below it, never above it (0.24 diverges there: |1 − ελ| = 1.036)
    Step(
        "eos",
        "quadratic",
        "default",
        Number(low=0.0, high=1.0, step=0.01, tolerance=0.02, at_most=True),
    ),
)

RATE = {"level": 0.1, "loss": 0.2}  # the run each question is about
# While a step is chosen the page holds α at its preset's (0: the questions, their premises and
# their reveals are plain gradient descent's 2/ε and 2/λ), its slider shown but not movable,
# and says so beside it; closing the steps gives back the α they replaced.
PINNED = "_eos_alpha_before_steps"  # session key: that replaced α


def alpha_notice(held: float, before: float, lang: str) -> str:
    """The line beside the held α slider: the α the steps use (`held`, which the figure then
    draws) and, when it differs, the α it replaced (`before`)."""
    if before != held:
        return t("eos.step.alpha_held", lang, alpha=f"{held:g}", before=f"{before:g}")
    return t("eos.step.alpha_same", lang, alpha=f"{held:g}")


FATES = ("shrinks", "grows", "stays")  # x under one step at the answered ε: |1 − ελ| <, >, = 1
WHEN = r"[^\n()（）]{1,120}?"  # which step the loss reveal counts from, in its brackets
LEDGER = (
    Sentence(
        "eos.step.alpha_held",
        "while a step is chosen every drawn dashed limit is 2(1+α)/ε of its drawn rate with "
        "the stated α (0: 2/ε), and the stated earlier α is the one the steps replaced (kept "
        "to be given back)",
        "check_alpha_held",
        example="view_alpha_held",
    ),
    Sentence(
        "eos.step.alpha_same",
        "while a step is chosen every drawn dashed limit is 2(1+α)/ε of its drawn rate with "
        "the stated α (0: 2/ε)",
        "check_alpha_held",
        example="view_level",
    ),
    Sentence(
        "eos.step.level.feedback",
        "the drawn λ_max curve of the named rate has the stated median over its second half, "
        "that is the stated multiple of its drawn dashed limit (how far the answer is, the verdict says); "
        "over that half its drawn points lie between the stated lowest and highest values "
        "(that multiple of the limit, rounded outwards), and the stated number of its stated "
        "number of points there are above the limit",
        "check_level",
        example="view_level",
    ),
    Sentence(
        "eos.step.loss.feedback",
        "the named rate's drawn loss, from the step its drawn λ_max first came within 10 % of "
        "its dashed limit (else first above that band, else step 0; the words say which) to "
        "its last drawn step, starts and ends at the stated values and rises from one drawn "
        "step to the next at the stated number of the stated steps: the count the run's own "
        "sentence (eos.loss.*) gives",
        "check_loss",
        example="view_loss",
        fields={"when": WHEN},
    ),
    *(
        Fixed(
            f"eos.step.loss.since.{kind}",
            "which step the loss reveal counts from, filled into it: check_loss reads the "
            "drawn λ_max and its dashed limit and holds the words shown against them",
        )
        for kind in ("stayed", "past", "below")
    ),
    Sentence(
        "eos.step.quadratic.feedback",
        "the quadratic's drawn λ is the stated one, 2/λ follows from it (how far the answer is, "
        "the verdict says), one step at the answered ε multiplies x by the stated 1 − ελ of "
        "the drawn λ, and x shrinks (|1 − ελ| < 1), grows or stays as the words say; the "
        "stated number of drawn quadratic losses end below where they start",
        "check_quadratic",
        example="view_quadratic",
        fields={"fate": r"[^\n]{1,160}?"},
    ),
    *(
        Fixed(
            f"eos.step.quadratic.fate.{kind}",
            "what one step at the answered ε does to x on the drawn quadratic, filled into "
            "its reveal: check_quadratic holds the factor and the words against the drawn λ",
        )
        for kind in FATES
    ),
)


def curves(fig: dict) -> dict[float, dict[str, np.ndarray]]:
    """Each drawn rate's curves, by rate: `steps`/`sharp` (λ_max, top left), `limit` (its
    dashed line there), `loss` (bottom left) and `quad` (the quadratic's loss, bottom right)."""
    names = {}
    for trace in fig["data"]:
        if trace.get("yaxis") == "y" and trace.get("name", "").startswith("ε = "):
            names[trace["legendgroup"]] = float(trace["name"].removeprefix("ε = "))
    out: dict[float, dict[str, np.ndarray]] = {lr: {} for lr in names.values()}
    for trace in fig["data"]:
        lr = names.get(trace.get("legendgroup"))
        if lr is None:
            continue
        y = decode(trace["y"])
        where = (trace.get("xaxis"), trace.get("yaxis"))
        if where == ("x2", "y") and trace.get("name"):
            out[lr]["steps"], out[lr]["sharp"] = decode(trace["x"]), y
        elif where == ("x2", "y"):
            out[lr]["limit"] = y
        elif where == ("x", "y2"):
            out[lr]["loss"] = y
        elif where == ("x3", "y4"):
            out[lr]["quad"] = y
    return out


def curvature(fig: dict) -> float:
    """The quadratic's λ (its drawn flat λ line)."""
    (trace,) = [tr for tr in fig["data"] if tr.get("name") == "λ₀"]
    return float(decode(trace["y"])[0])


def second_half(steps: np.ndarray, sharp: np.ndarray) -> np.ndarray:
    """The drawn λ_max over the run's second half (its finite values; else its last one)."""
    later = sharp[(steps >= steps[-1] / 2) & np.isfinite(sharp)]
    if not later.size:
        later = sharp[np.isfinite(sharp)][-1:]
    return later


def settled(steps: np.ndarray, sharp: np.ndarray) -> float:
    """The median of the drawn λ_max over the run's second half (its finite values)."""
    return float(np.median(second_half(steps, sharp)))


def converged(quad: np.ndarray) -> bool:
    """A drawn quadratic loss that ends (its last finite value) below where it starts."""
    finite = quad[np.isfinite(quad)]
    return finite.size > 1 and finite[-1] < finite[0]


def _run(runs: dict, name: str) -> float:
    """The step's rate if it is drawn, else the drawn rate nearest it."""
    return min(runs, key=lambda lr: abs(lr - RATE[name]))


def loss_kind(loss: np.ndarray, since: int) -> str:
    """What the drawn loss did from step `since` on: "blows_up" (it ends not finite, or above
    where it was), "stalls" (it ends about where it was: ui.study.compare) or
    "falls_unsteadily" (it ends lower; the sentence counts its rises)."""
    loss = np.asarray(loss, dtype=float)
    finite = np.flatnonzero(np.isfinite(loss))
    if not len(finite) or finite[-1] < len(loss) - 1:
        return "blows_up"
    first, last = float(loss[since]), float(loss[-1])
    kind = compare(last, first)
    return {"higher": "blows_up", "same": "stalls", "lower": "falls_unsteadily"}[kind]


def fate(factor: float) -> str:
    """What one step that multiplies x by `factor` does to it: one of FATES."""
    size = abs(factor)
    return "shrinks" if size < 1 else "grows" if size > 1 else "stays"


def factor_text(factor: float) -> str:
    """1 − ελ as written: 3 decimals, more while that would read ±1.000 for a factor that is
    not ±1 (so "grows" never stands beside "−1.000")."""
    for places in range(3, 8):
        text = f"{factor:.{places}f}"
        if abs(float(text)) != 1 or abs(factor) == 1:
            break
    return text.replace("-", "−")


def feedback(step: Step, answer, fig: dict, lang: str) -> str | Reveal:
    """The sentence about the learner's `answer`, read from the drawn figure `fig`."""
    runs = curves(fig)
    if step.name == "level":
        lr = _run(runs, "level")
        level = settled(runs[lr]["steps"], runs[lr]["sharp"])
        limit = float(runs[lr]["limit"][0])
        later = second_half(runs[lr]["steps"], runs[lr]["sharp"])
        low, high = float(later.min()), float(later.max())
        text = t(
            "eos.step.level.feedback",
            lang,
            answer=f"{float(answer):g}",
            lr=f"{lr:g}",
            level=f"{level:.1f}",
            ratio=f"{level / limit:.2f}",
            limit=f"{limit:g}",
            low=f"{low:.1f}",
            high=f"{high:.1f}",
            # rounded outwards: the band as written holds every drawn point
            low_ratio=f"{math.floor(100 * low / limit) / 100:.2f}",
            high_ratio=f"{math.ceil(100 * high / limit) / 100:.2f}",
            above=int(np.sum(later > limit)),
            later=len(later),
        )
        return Reveal(text, float(level))
    if step.name == "loss":
        lr = _run(runs, "loss")
        loss = runs[lr]["loss"]
        finite = np.flatnonzero(np.isfinite(loss))
        last = int(finite[-1])
        # counted as the run's sentence counts (claims.edge_reading): from the step the drawn
        # λ_max first came within EDGE_TOL of its dashed limit, else from step 0
        limit = float(runs[lr]["limit"][0])
        reached, kind = claims.edge_entry(runs[lr]["sharp"], limit)
        since = min(int(runs[lr]["steps"][reached]) if reached is not None else 0, last)
        pct = f"{100 * claims.EDGE_TOL:.0f}"
        text = t(
            "eos.step.loss.feedback",
            lang,
            picked=t(step.key(f"opt.{answer}"), lang),
            lr=f"{lr:g}",
            since=since,
            first=f"{loss[since]:.3g}",
            last=f"{loss[last]:.3g}",
            end=last,
            when=t(f"eos.step.loss.since.{kind}", lang, pct=pct),
            rises=int(np.sum(np.diff(loss[since : last + 1]) > 0)),
            steps=last - since,
        )
        return Reveal(text, loss_kind(loss, since))
    lam = curvature(fig)
    shown = f"{float(answer):.3f}"  # as precise as the bound (0.236, not 0.24)
    factor = 1 - float(answer) * lam
    text = t(
        "eos.step.quadratic.feedback",
        lang,
        answer=shown,
        lam=f"{lam:.3g}",
        # rounded down, to 4 places: 0.236 (2/λ = 0.235 75 rounded) diverges, and an answer
        # of 0.236 was graded right beside "x grows and gradient descent diverges"
        bound=f"{math.floor(2 / lam * 1e4) / 1e4:.4f}",
        fate=t(
            f"eos.step.quadratic.fate.{fate(factor)}",
            lang,
            answer=shown,
            factor=factor_text(factor),
        ),
        n=sum(converged(c["quad"]) for c in runs.values()),
        total=len(runs),
    )
    return Reveal(text, 2 / lam)
