"""The convergence-maps lesson's study steps: where plain gradient descent starts to diverge,
how far momentum moves that edge, and which momentum is fastest; each reveal read from the
cells the map draws (diverged, and steps to the tolerance)."""

from __future__ import annotations

import numpy as np

from ui.i18n import t
from ui.ledger import Sentence
from ui.study import Number, Reveal, Step

# The steps' view: momentum on note 002's bowl x²/10 + y² (λ = 0.2 and 2) from (−7, 2), ε from
# 0.001 to 4 against α from 0 to 0.999, 128² runs of 300 steps, tolerance 10⁻²⁰.
VIEWS = {
    "bowl": {
        "map_ls": "bowl",
        "map_opt": "momentum",
        "ax": "lr",
        "ay": "momentum",
        "lo_lr": 0.001,
        "hi_lr": 4.0,
        "lo_momentum": 0.0,
        "hi_momentum": 0.999,
        "mx0": -7.0,
        "my0": 2.0,
        "map_n": 300,
        "map_grid": "128",
        "metric": "steps",
        "map_tol": -20,
    }
}

STEPS = (
    Step(
        "maps",
        "gd_edge",
        "bowl",
        Number(low=0.0, high=4.0, step=0.01, tolerance=0.1, relative=True),
    ),
    Step(
        "maps",
        "momentum_edge",
        "bowl",
        Number(low=0.0, high=4.0, step=0.01, tolerance=0.1, relative=True),
    ),
    Step("maps", "fastest", "bowl", Number(low=0.0, high=1.0, step=0.01, tolerance=0.05)),
)
ROW = {"gd_edge": 0.0, "momentum_edge": 0.9}  # the row (α) each edge question is about


def edge(lrs: np.ndarray, diverged_row: np.ndarray) -> tuple[float, float] | None:
    """In one drawn row: the first ε whose run diverged, and the ε before it."""
    hits = np.flatnonzero(diverged_row)
    if not hits.size:
        return None
    i = int(hits[0])
    return float(lrs[i]), float(lrs[i - 1]) if i > 0 else float("nan")


def fastest(steps: np.ndarray) -> tuple[int, int] | None:
    """The drawn cell (row j, column i) with the fewest steps, the first in drawn order."""
    if not np.isfinite(steps).any():
        return None
    j, i = np.unravel_index(np.nanargmin(steps), steps.shape)
    return int(j), int(i)


def feedback(step: Step, answer, lrs, alphas, diverged, steps, lang: str) -> str:
    """The sentence about the learner's `answer`, read from the drawn map: its ε columns
    `lrs`, α rows `alphas`, and per cell (row, column) `diverged` and `steps` (NaN where not
    reached)."""
    answer = float(answer)
    if step.name in ROW:
        j = int(np.argmin(np.abs(np.asarray(alphas) - ROW[step.name])))
        found = edge(np.asarray(lrs), np.asarray(diverged)[j])
        if found is None:
            return t("maps.step.edge.none", lang, answer=f"{answer:.2f}", alpha=f"{alphas[j]:.2f}")
        first, before = found
        text = t(
            "maps.step.edge.feedback",
            lang,
            answer=f"{answer:.2f}",
            alpha=f"{alphas[j]:.2f}",
            first=f"{first:.3g}",
            before=f"{before:.3g}",
        )
        return Reveal(text, float(first))
    cell = fastest(np.asarray(steps))
    if cell is None:
        return t("maps.step.fastest.none", lang, answer=f"{answer:.2f}")
    j, i = cell
    text = t(
        "maps.step.fastest.feedback",
        lang,
        answer=f"{answer:.2f}",
        steps=f"{steps[j][i]:.0f}",
        alpha=f"{alphas[j]:.2f}",
        lr=f"{lrs[i]:.3g}",
    )
    return Reveal(text, float(alphas[j]))


LEDGER = (
    Sentence(
        "maps.step.edge.feedback",
        "in the drawn row nearest the α asked about, `first` is the smallest ε whose cell is "
        "drawn diverged and `before` the column before it (how far the learner's ε is from "
        "`first`, the verdict says)",
        "check_edge",
        example="view_gd_edge",
    ),
    Sentence(
        "maps.step.edge.none",
        "no cell of the drawn row nearest the α asked about is drawn diverged",
        "check_edge_none",
        example="view_edge_none",
    ),
    Sentence(
        "maps.step.fastest.feedback",
        "the drawn cell (α, ε) has the fewest steps of the map, `steps` (how far the learner's "
        "α is from its α, the verdict says)",
        "check_fastest",
        example="view_fastest",
    ),
    Sentence(
        "maps.step.fastest.none",
        "no drawn cell reached the tolerance",
        "check_fastest_none",
        example="view_fastest_none",
    ),
)
