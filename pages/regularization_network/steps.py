"""The regularisation-network lesson's study steps: predict which penalty leaves the most small
weights, where early stopping would stop the plain network, and which variant ends with the
smallest validation − training gap; each reveal read from the histograms and curves drawn."""

from __future__ import annotations

import numpy as np

from ui.i18n import t
from ui.ledger import Fixed, Sentence
from ui.study import Choice, Number, Reveal, Step

STEPS = (
    # the weights view at the defaults: whose weights are mostly below 10⁻²?
    Step("regnet", "sparse", "weights", Choice(("none", "l2", "l1"))),
    # the curves view: the plain network's least validation loss, at which step?
    Step(
        "regnet",
        "stop",
        "curves",
        Number(low=0.0, high=4000.0, step=50.0, tolerance=0.1, relative=True),
    ),
    # the curves view: the smallest validation − training gap at the last step
    Step("regnet", "gap", "curves", Choice(("none", "l2", "l1", "dropout"))),
)

_DEFAULTS = {"rn_l2": 0.003, "rn_l1": 0.003, "rn_p": 0.2}
# one click sets the view: the page's defaults, on the weights or on the curves
PRESETS = {
    "weights": _DEFAULTS | {"rn_view": "weights"},
    "curves": _DEFAULTS | {"rn_view": "curves"},
}
SMALL_LOG = -2.0  # log₁₀ 10⁻²: the histograms' bin edge the note's "small" weights lie under


def small_counts(histograms: dict[str, list[tuple[np.ndarray, np.ndarray]]]) -> dict[str, int]:
    """Per variant, the weights the drawn histograms count below 10⁻² (bin centres under
    log₁₀ 10⁻², summed over the layers' panels)."""
    return {
        kind: int(sum(np.asarray(y)[np.asarray(x) < SMALL_LOG].sum() for x, y in panels))
        for kind, panels in histograms.items()
    }


def feedback(step: Step, answer, drawn: dict, names: dict[str, str], lang: str) -> str:
    """The sentence about the learner's `answer`, read from the drawn data: `drawn["hist"]`
    (variant → per layer (bin centres, counts)), or `drawn["steps"]`, `drawn["valid"]` and
    `drawn["train"]` (variant → loss per drawn step); `names` are the variants' labels."""
    if step.name == "sparse":
        counts = small_counts(drawn["hist"])
        most = max(counts, key=counts.__getitem__)
        said = t(
            "regnet.step.sparse.feedback",
            lang,
            answer=t(step.key(f"opt.{answer}"), lang),
            none=counts["none"],
            l2=counts["l2"],
            l1=counts["l1"],
            saw=names[most],
        )
        return Reveal(said, most)  # the shared 答对了 / 不对 first
    steps = np.asarray(drawn["steps"])
    if step.name == "stop":
        valid = np.asarray(drawn["valid"]["none"], dtype=float)
        k = int(np.argmin(valid))
        text = t(
            "regnet.step.stop.feedback",
            lang,
            answer=f"{float(answer):.0f}",
            step=int(steps[k]),
            best=f"{valid[k]:.3f}",
            end=int(steps[-1]),
            last=f"{valid[-1]:.3f}",
            off=f"{abs(float(answer) - steps[k]):.0f}",
        )
        return Reveal(text, float(steps[k]))
    gaps = {k: float(drawn["valid"][k][-1] - drawn["train"][k][-1]) for k in drawn["valid"]}
    least = min(gaps, key=gaps.__getitem__)
    sep = "；" if lang == "zh" else "; "
    said = t(
        "regnet.step.gap.feedback",
        lang,
        answer=t(step.key(f"opt.{answer}"), lang),
        end=int(steps[-1]),
        gaps=sep.join(f"{names[k]} {g:.3f}" for k, g in gaps.items()),
        saw=names[least],
    )
    return Reveal(said, least)  # the shared 答对了 / 不对 first


LEDGER = (
    Sentence(
        "regnet.step.sparse.feedback",
        "summed over the layers' drawn histograms, the bins under 10⁻² hold the counts named "
        "for each variant, and the variant named holds the most",
        "check_sparse",
        example="view_sparse",
    ),
    Sentence(
        "regnet.step.stop.feedback",
        "the unregularised network's drawn validation curve is lowest at the step named, with "
        "the value named, ends at the last step with the value named, and the distance is the "
        "answer's",
        "check_stop",
        example="view_stop",
    ),
    Sentence(
        "regnet.step.gap.feedback",
        "at the last drawn step, each variant's validation − training gap is the one listed, "
        "and the variant named has the smallest",
        "check_gap",
        example="view_gap",
        fields={"gaps": r"[^“”]+?"},
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
