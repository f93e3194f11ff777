"""The network-landscape lesson's sentences: what residual connections did to the sharpness at
the end of training, and where each network's sharpness sits against the edge its step size
sets, read from the two trained networks the lesson shows."""

from __future__ import annotations

import math

import numpy as np

import optimizers
from ui import readings
from ui.claims import at_least, digits3, factor, number
from ui.i18n import t
from ui.study import ABOUT_SAME, compare


def _printed(value: float) -> float:
    """A sharpness as the table prints it (3 significant digits), read back."""
    try:
        return float(digits3(value))
    except ValueError:  # a form such as 2.74×10⁶: the value itself
        return float(value)


def same_sharpness(a: float, b: float) -> bool:
    """Two sharpnesses as printed (3 significant digits) are "about the same": the larger
    under `study.ABOUT_SAME` (1.25) times the smaller, the reading study step 1 grades by. At
    ±10 % the sentence said "flatter … (1.1× lower)" beside the step's "about the same"."""
    return compare(_printed(a), _printed(b)) == "same"


def apart(a: float, b: float) -> float:
    """How far apart two printed sharpnesses are, in % of the smaller (as the step says)."""
    x, y = _printed(a), _printed(b)
    return 100 * (max(x, y) / min(x, y) - 1)


CHANCE = 0.5  # two classes of 100 points each: a constant guess is right half the time
EVEN = math.log(2)  # the cross-entropy of an even 50/50 guess, whatever the label


MOVED = 0.10  # "did not train": the loss ended within ±10 % of where it started


def untrained(run: dict) -> bool:
    """The run did not train: its (finite) loss ended within ±MOVED of its value at step 0
    (ε = 1e-5: 0.6720 → 0.6714 without residual connections, 1.8800 → 1.7974 with them). Its
    end is about where it started, so neither a failure nor a state whose sharpness the edge
    says anything about."""
    first, last = float(run["losses"][0]), float(run["losses"][-1])
    if run.get("diverged_at") is not None or not (math.isfinite(first) and math.isfinite(last)):
        return False
    return abs(last - first) <= MOVED * abs(first)


def not_trained(run: dict, which: str, lang: str) -> str:
    """ "The network with residual connections did not train in 300 steps: its loss went from
    1.8800 to 1.7974, 4.4 % (under 10 %); training accuracy 23.0 %." """
    first, last = float(run["losses"][0]), float(run["losses"][-1])
    return t(
        "netland.claim.untrained",
        lang,
        which=t("netland.with", lang) if which == "with" else t("netland.without", lang),
        steps=len(run["losses"]) - 1,
        start=f"{first:.4f}",
        end=f"{last:.4f}",
        pct=f"{100 * abs(last - first) / abs(first):.1f}",
        band=f"{100 * MOVED:.0f}",
        acc=f"{100 * float(run['accuracy']):.1f}",
    )


def failed(run: dict) -> bool:
    """Training failed: the network did not learn the task. Its training accuracy is no better
    than chance (50 %, what a constant guess scores on two classes of 100 points), or its loss
    is not finite, or it diverged. Its end is no stable state whose sharpness means much.

    A run that classifies well but ends with a loss above ln 2 did not fail (SGD ε = 10 with
    residual connections: 97.0 % correct, loss 1.5165): see `learned_but_high_loss`."""
    last = float(run["losses"][-1])
    diverged = run.get("diverged_at") is not None
    if untrained(run):  # it did not train: not a failure of training
        return False
    return not math.isfinite(last) or diverged or float(run["accuracy"]) <= CHANCE


def wrong_loss_bound(loss: float, accuracy: float) -> float:
    """The least mean loss the misclassified points can carry, given the mean loss over all
    points and the share classified correctly: a correctly classified point (its logit on the
    right side of 0) costs at most ln 2, so the wrong ones carry at least
    (loss − accuracy·ln 2) / (1 − accuracy) each on average."""
    return (loss - accuracy * EVEN) / (1 - accuracy)


def learned_but_high_loss(run: dict) -> bool:
    """A run that learned the task (not `failed`) but ends with a mean loss above ln 2, an even
    guess's: a correct point costs at most ln 2, so the loss is that high because of the
    points it gets wrong (`wrong_loss_bound`)."""
    last, acc = float(run["losses"][-1]), float(run["accuracy"])
    return not failed(run) and not untrained(run) and last > EVEN and acc < 1


def failure(run: dict, which: str, lang: str) -> str:
    """ "Training without residual connections failed: its training accuracy 50.0 % is no better
    than chance, 50 % (final loss 15.9233)." """
    last = float(run["losses"][-1])
    return t(
        "netland.claim.failed.chance"
        if math.isfinite(last) and run.get("diverged_at") is None
        else "netland.claim.failed.diverged",
        lang,
        which=t("netland.with", lang) if which == "with" else t("netland.without", lang),
        end=f"{last:.4f}",
        acc=f"{100 * float(run['accuracy']):.1f}",
        chance=f"{100 * CHANCE:.0f}",
    )


def high_loss(run: dict, which: str, lang: str) -> str:
    """ "Training with residual connections classifies 97.0 % of the training points correctly,
    but its final loss 1.5165 is above ln 2 = 0.693: the 3.0 % it gets wrong carry a mean loss
    of at least 28.1: its loss is high because of them." """
    last, acc = float(run["losses"][-1]), float(run["accuracy"])
    return t(
        "netland.claim.confident",
        lang,
        which=t("netland.with", lang) if which == "with" else t("netland.without", lang),
        acc=f"{100 * acc:.1f}",
        end=f"{last:.4f}",
        even=f"{EVEN:.3f}",
        wrong=f"{100 * (1 - acc):.1f}",
        # a lower bound, rounded down: 0.9996 is "at least 0.999", never "at least 1.0"
        bound=at_least(wrong_loss_bound(last, acc)),
    )


def residual_sharpness(on: dict, off: dict, lang: str) -> str:
    """The network-landscape lesson: how residual connections change the sharpness at the
    end of training (and the final loss beside it), from the two trained networks. A run whose
    training failed is said to have failed, and the sharpness is not compared."""
    a, b = float(on["sharpness"]), float(off["sharpness"])
    loss = t(
        "netland.claim.loss", lang, on=f"{on['losses'][-1]:.4f}", off=f"{off['losses'][-1]:.4f}"
    )
    runs = (("with", on), ("without", off))
    # a run that learned the task but ends with a loss above ln 2: say what that loss means
    notes = "".join(high_loss(run, which, lang) + " " for which, run in runs
                    if learned_but_high_loss(run))  # fmt: skip
    idle = [not_trained(run, which, lang) for which, run in runs if untrained(run)]
    broken = [failure(run, which, lang) for which, run in runs if failed(run)]
    if idle or broken:
        why = [t("netland.claim.untrained_compare", lang)] if idle else []
        why += [t("netland.claim.failed_compare", lang)] if broken else []
        return " ".join(idle + broken) + " " + notes + " ".join(why)
    if not (math.isfinite(a) and math.isfinite(b)) or min(a, b) <= 0:
        return notes + t("netland.claim.unknown", lang, on=digits3(a), off=digits3(b)) + " " + loss
    if same_sharpness(a, b):
        text = t(
            "netland.claim.same",
            lang,
            on=digits3(a),
            off=digits3(b),
            pct=f"{apart(a, b):.1f}",
            band=f"{100 * (ABOUT_SAME - 1):.0f}",
        )
    else:
        kind = "flatter" if a < b else "sharper"
        text = t(
            f"netland.claim.{kind}",
            lang,
            on=digits3(a),
            off=digits3(b),
            factor=factor(max(a, b) / min(a, b)),
        )
    reasons = [r for which, run in runs for r in unfinished(run, which, on.get("edge"), lang)]
    if reasons:  # the comparison is of where training stopped, not of minima: said first
        sep = "；" if lang == "zh" else "; "
        text = t("netland.claim.open", lang, reasons=sep.join(reasons)) + " " + text
    else:
        kind = "gd" if on.get("edge") is not None else "adaptive"
        text += " " + t(
            f"netland.claim.finished.{kind}",
            lang,
            fit=f"{100 * FIT:.0f}",
            band=f"{100 * AT_EDGE:.0f}",
        )
    return notes + text + " " + loss


FIT = 0.95  # "finished": the run fits at least this share of the training points, and …


def unfinished(run: dict, which: str, edge: float | None, lang: str) -> list[str]:
    """Why a trained run's end is not a finished one, in words (empty: it is): it fits under
    FIT of the training points, or (gradient descent, heavy ball) its λ_max is above the edge
    by more than AT_EDGE, where the step cannot settle (SGD ε = 0.5 without residual
    connections: 9.69, 2.42 × the edge 4, at 300 steps)."""
    name = t("netland.with", lang) if which == "with" else t("netland.without", lang)
    out = []
    acc = float(run["accuracy"])
    if acc < FIT:
        out.append(
            t(
                "netland.claim.open.fit",
                lang,
                which=name,
                acc=f"{100 * acc:.1f}",
                fit=f"{100 * FIT:.0f}",
            )
        )
    sharp = float(run["sharpness"])
    if edge is not None and edge_reading(sharp, edge) == "above":
        out.append(
            t(
                "netland.claim.open.edge",
                lang,
                which=name,
                ratio=number(sharp / edge),
                band=f"{100 * AT_EDGE:.0f}",
            )
        )
    return out


AT_EDGE = 0.10  # "at the edge": λ_max within ±10 % of the stability edge


def edge_reading(sharpness: float, edge: float) -> str:
    """Where one network's λ_max sits against the edge: "at" (within ±AT_EDGE), "below" or
    "above" (where gradient descent cannot settle)."""
    low, high = readings.band(edge, AT_EDGE)
    return "at" if low <= sharpness <= high else ("below" if sharpness < low else "above")


def step_size(on: dict, off: dict, optimizer: str, title: str, lang: str, lr: float) -> str:
    """What else sets the sharpness: the step size. For gradient descent (and heavy ball) the
    edge 2/ε (2(1 + α)/ε) and where each network's λ_max sits against it; for the adaptive
    rules, that their limit is on a rescaled Hessian, so no edge is computed."""
    edge = on.get("edge")
    if edge is None:
        return t("netland.claim.step.adaptive", lang, opt=title)
    key = "netland.claim.step.gd" if optimizer == "sgd" else "netland.claim.step.momentum"
    # α named with its value: the page shows no control for it (heavy ball at its default)
    alpha = optimizers.get("momentum").defaults()["momentum"] if optimizer != "sgd" else None
    text = t(key, lang, edge=number(edge), lr=f"{lr:g}", alpha=f"{alpha:g}" if alpha else "")
    a, b = float(on["sharpness"]), float(off["sharpness"])
    if not (math.isfinite(a) and math.isfinite(b)):
        return text

    def part(value: float, run: dict) -> str:
        if untrained(run):
            return t("netland.claim.edge.untrained", lang, value=digits3(value))
        if failed(run):
            return t("netland.claim.edge.failed", lang, value=digits3(value))
        where = edge_reading(value, edge)
        # above the edge: the last step's length beside the gradient it was taken with (at
        # the point before θ*: gradient descent's step is ε·|∇L| there) and |∇L| at θ* itself
        key = f"netland.claim.edge.{where}" + (".momentum" if where == "above" and
                                                optimizer != "sgd" else "")  # fmt: skip
        return t(
            key,
            lang,
            value=digits3(value),
            ratio=number(value / edge),
            band=f"{100 * AT_EDGE:.0f}",
            steps=run["end_step"],
            grad=number(run["grad_norm"]),
            prev=number(run["prev_grad"]),
            lr=f"{lr:g}",
            move=number(run["last_move"]),
        )

    parts = {"on": part(a, on), "off": part(b, off)}
    return text + " " + t("netland.claim.step.here", lang, **parts)


def slice_lowest(xs, ys, z) -> tuple[float, float, float, float]:
    """The drawn slice's loss at its centre θ* (a = b = 0) and its lowest point: (centre, low,
    a, b). The grid is odd-sized and symmetric, so its middle node is a = b = 0."""
    z = np.asarray(z, dtype=np.float64)
    centre = float(z[len(ys) // 2, len(xs) // 2])
    row, col = np.unravel_index(int(np.nanargmin(z)), z.shape)
    return centre, float(z[row, col]), float(xs[col]), float(ys[row])


def slice_minimum(xs, ys, z, lang: str, steps: int, marked: bool = False) -> str:
    """Whether θ*, the end of training at the slice's centre, is the lowest point of the drawn
    slice, and if not how far below it the slice goes and where: training stops after its steps,
    wherever it is, and the point it stops at need not be a minimum, even of a 2-D slice.
    On the contour (`marked`) it names the marks that show θ* (○) and the lowest point (☆);
    the 3-D surface draws neither, so there it names none."""
    centre, low, a, b = slice_lowest(xs, ys, z)
    dot = t("netland.mark.theta", lang) if marked else ""
    if low >= centre:
        return t("netland.claim.slice.lowest", lang, centre=number(centre), dot=dot)
    text = t(
        "netland.claim.slice.below",
        lang,
        centre=number(centre),
        low=number(low),
        a=signed(a),
        b=signed(b),
        drop=number(centre - low),
        steps=steps,
        pct=f"{100 * (centre - low) / centre:.2g}",
        dot=dot,
        star=t("netland.mark.low", lang) if marked else "",
    )
    if lowest_on_edge(xs, ys, z):  # span 0.1: (0.09, −0.10), on the slice's border b = −0.1
        text += ("" if lang == "zh" else " ") + t("netland.claim.slice.edge", lang)
    return text


def signed(x: float) -> str:
    """Two decimals with a true minus sign (U+2212), as the page prints coordinates."""
    return f"{x:.2f}".replace("-", "\u2212")


def lowest_on_edge(xs, ys, z) -> bool:
    """Whether the drawn slice's lowest node lies on its border (its first or last row or
    column): the surface still falls where the slice ends, so it is no minimum inside it."""
    z = np.asarray(z, dtype=np.float64)
    row, col = np.unravel_index(int(np.nanargmin(z)), z.shape)
    return row in (0, z.shape[0] - 1) or col in (0, z.shape[1] - 1)
