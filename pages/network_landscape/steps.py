"""The network-landscape lesson's study steps: predict whether residual connections make the
trained network's minimum flatter, how much of the training path one direction holds, and how
well the two networks fit; each reveal read from the table and the PCA figure the page draws."""

from __future__ import annotations

import re

from ui.i18n import t
from ui.ledger import Fixed, Sentence
from ui.study import ABOUT_SAME, Choice, Number, Reveal, Step, compare

# A step's view: which picture (the lesson's view switch); every other control at its default
# (SGD, ε = 0.5, 300 steps: the runs the warm-up has already trained).
PRESETS = {"random": "random", "pca": "pca"}

STEPS = (
    # residual connections: the trained minimum's sharpness 9.69 → 3.90, ×2.5 flatter
    Step("netland", "residual", "random", Choice(("flatter", "sharper", "same"))),
    # the training path's principal directions: d₁ holds 84 % of its squared offsets from θ*
    Step("netland", "pca", "pca", Number(low=0.0, high=100.0, step=1.0, tolerance=5.0, unit="%")),
    # training accuracy without residual connections: 97.0 % (98.0 % with) after SGD's 300
    # steps; the question names the optimizer and steps the page runs
    Step(
        "netland",
        "accuracy",
        "random",
        Number(low=0.0, high=100.0, step=0.5, tolerance=5.0, unit="%"),
    ),
)

LEDGER = (
    Sentence(
        "netland.step.residual.feedback",
        "the table's sharpness without and with residual connections are the stated ones, and "
        "their ratio is the stated factor",
        "check_residual",
        example="view_residual",
    ),
    Sentence(
        "netland.step.residual.feedback.same",
        "the table's sharpness without and with residual connections are the stated ones, the "
        "larger the stated % above the smaller, within the stated band (about the same)",
        "check_residual",
        example="view_residual_same",
    ),
    Sentence(
        "netland.step.pca.feedback",
        "the drawn PCA figure's first and second axes name the stated shares of the path's "
        "squared offsets from θ* (how far the answer is, the verdict says); their ratio is that "
        "of the drawn path's summed squared coordinates along the two axes",
        "check_pca",
        example="view_pca",
    ),
    Sentence(
        "netland.step.accuracy.feedback",
        "the table's accuracies without and with residual connections are the stated ones (how "
        "far the answer is from the first, the verdict says)",
        "check_accuracy",
        example="view_accuracy",
    ),
    Sentence(
        "netland.step.accuracy.question",
        "the optimizer and the step count named are the ones the page's controls show, the run "
        "whose table the answer is graded against",
        "check_asked",
        example="view_accuracy_adam",
    ),
    Fixed("netland.step.pca.elsewhere", "it names no setting: it asks for the PCA view back"),
)


def pc_share(fig: dict, axis: str = "xaxis") -> float | None:
    """The share of the path's squared offsets from θ* (%) the drawn PCA figure's first axis (`axis`: "yaxis" for the
    second) names, or None (not drawn)."""
    title = fig.get("layout", {}).get(axis, {}).get("title", {})
    text = title.get("text", "") if isinstance(title, dict) else str(title)
    found = re.findall(r"(\d+(?:\.\d+)?)\s*%", text)
    return float(found[-1]) if found else None


def asked(step: Step, opt: str, steps: int) -> dict:
    """The question's placeholders: the accuracy question names the run it is graded on (the
    optimizer title `opt` and the step count chosen), not SGD's 300 steps whatever ran."""
    return dict(opt=opt, steps=int(steps)) if step.name == "accuracy" else {}


def feedback(step: Step, answer, table: dict, pca: dict | None, lang: str) -> str | Reveal:
    """The sentence about the learner's `answer`, read from the drawn table `table` (its shown
    text: "sharpness" and "accuracy" as [without, with]) and the PCA figure `pca` (if drawn)."""
    if step.name == "residual":
        off, on = (float(v) for v in table["sharpness"])
        ratio = max(off, on) / min(off, on)
        # with the residual connections against without: lower is flatter
        kind = {"lower": "flatter", "higher": "sharper", "same": "same"}[compare(on, off)]
        # about the same: how far apart in % (25.0 and 24.9 were "a factor of 1.0 apart")
        text = t(
            "netland.step.residual.feedback" + (".same" if kind == "same" else ""),
            lang,
            picked=t(step.key(f"opt.{answer}"), lang),
            off=table["sharpness"][0],
            on=table["sharpness"][1],
            ratio=f"{ratio:.1f}",
            pct=f"{100 * (ratio - 1):.1f}",
            band=f"{100 * (ABOUT_SAME - 1):.0f}",
        )
        return Reveal(text, kind)
    if step.name == "pca":
        share = pc_share(pca) if pca is not None else None
        if share is None:  # another view is shown: no axis to read
            return t("netland.step.pca.elsewhere", lang)
        text = t(
            "netland.step.pca.feedback",
            lang,
            answer=f"{float(answer):.0f}",
            share=f"{share:g}",
            share2=f"{pc_share(pca, 'yaxis'):g}",
        )
        return Reveal(text, float(share))
    off, on = (float(v.removesuffix("%").strip()) for v in table["accuracy"])
    text = t(
        "netland.step.accuracy.feedback",
        lang,
        answer=f"{float(answer):.1f}",
        off=f"{off:.1f}",
        on=f"{on:.1f}",
    )
    return Reveal(text, off)
