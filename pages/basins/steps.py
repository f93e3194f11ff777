"""The basins lesson's study steps: where two optimizers go from one start, which map is more
broken up, and how often a run ends at the minimum nearest its start; each reveal read from
the start cells the two maps draw and the minima they mark."""

from __future__ import annotations

import numpy as np

import landscapes
from pages.basins import claims
from ui import optimizer_ui
from ui.i18n import t
from ui.ledger import Sentence
from ui.study import Choice, Number, Reveal, Step

_HIMMELBLAU = landscapes.get("himmelblau")
# The steps' view: Himmelblau's four minima, gradient descent against momentum (α = 0.9), each
# with the step size the app suggests for the surface, 300 steps from each of 128² starts.
VIEWS = {
    "himmelblau": {
        "b_ls": "himmelblau",
        "b_opt1": "sgd",
        "b_opt2": "momentum",
        "b_lr1": optimizer_ui.suggested_lr("sgd", _HIMMELBLAU.lr_hint),
        "b_lr2": optimizer_ui.suggested_lr("momentum", _HIMMELBLAU.lr_hint),
        "b_n": 300,
        "b_grid": "128",
    }
}
START = (4.2, 1.3)  # 1.4 from the minimum (3, 2), farther from every other
OPTION_OF = {(True, True): "both_nearest", (True, False): "second_away"}

STEPS = (
    Step("basins", "start", "himmelblau", Choice(("both_nearest", "second_away", "both_away"))),
    Step("basins", "broken", "himmelblau", Choice(("first", "second", "alike"))),
    Step(
        "basins",
        "nearest",
        "himmelblau",
        Number(low=0.0, high=100.0, step=0.1, tolerance=5.0, unit="%"),
    ),
)


def nearest_minimum(point, centres: np.ndarray) -> int:
    return int(np.argmin(np.linalg.norm(np.asarray(centres) - np.asarray(point), axis=1)))


def cell(xs, ys, point) -> tuple[int, int]:
    """The drawn start cell nearest `point`: (column i, row j)."""
    return int(np.argmin(np.abs(xs - point[0]))), int(np.argmin(np.abs(ys - point[1])))


def nearest_share(xs, ys, groups: np.ndarray, centres: np.ndarray) -> float:
    """The share of drawn starts whose run ends at the marked minimum nearest to the start."""
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    d = np.hypot(gx[..., None] - centres[:, 0], gy[..., None] - centres[:, 1])
    return float(np.mean(np.argmin(d, axis=-1) == groups))


def feedback(step: Step, answer, xs, ys, groups, centres, names, lang: str) -> str:
    """The sentence about the learner's `answer`, read from the drawn maps: the start grid
    (`xs`, `ys`), each map's group per start `groups[k]` (index into `centres`, or negative:
    diverged, did not settle), and the maps' `names`."""
    sep = "；" if lang == "zh" else "; "
    if step.name == "start":
        i, j = cell(xs, ys, START)
        home = nearest_minimum(START, centres)
        runs, at_home = [], []
        for name, g in zip(names, groups, strict=True):
            group = int(g[i, j])
            at_home.append(group == home)
            if group < 0:
                runs.append(t("basins.step.start.lost", lang, name=name))
                continue
            mx, my = centres[group]
            runs.append(t("basins.step.start.end", lang, name=name, mx=f"{mx:.2f}", my=f"{my:.2f}"))
        saw = OPTION_OF.get(tuple(at_home), "both_away")
        return Reveal(
            t(
                "basins.step.start.feedback",
                lang,
                chosen=t(step.key(f"opt.{answer}"), lang),
                x=f"{xs[i]:.2f}",
                y=f"{ys[j]:.2f}",
                runs=sep.join(runs),
                saw=t(step.key(f"opt.{saw}"), lang),
            ),
            saw,
        )
    if step.name == "broken":
        shares = [claims.border_share(g) for g in groups]
        hi, lo = (0, 1) if shares[0] >= shares[1] else (1, 0)
        alike = not (shares[hi] > 0 and shares[hi] >= claims.BROKEN_FACTOR * shares[lo])
        saw = "alike" if alike else ("first", "second")[hi]
        runs = [
            t("basins.step.broken.run", lang, name=n, pct=f"{100 * s:.1f}")
            for n, s in zip(names, shares, strict=True)
        ]
        return Reveal(
            t(
                "basins.step.broken.feedback",
                lang,
                chosen=t(step.key(f"opt.{answer}"), lang),
                runs=sep.join(runs),
                saw=t(step.key(f"opt.{saw}"), lang),
            ),
            saw,
        )
    runs = [
        t(
            "basins.step.nearest.run",
            lang,
            name=n,
            pct=f"{100 * nearest_share(xs, ys, g, centres):.1f}",
        )
        for n, g in zip(names, groups, strict=True)
    ]
    text = t(
        "basins.step.nearest.feedback", lang, answer=f"{float(answer):.1f}", runs=sep.join(runs)
    )
    return Reveal(text, 100 * nearest_share(xs, ys, groups[0], centres))


_RUNS = r"[^\n]+?"  # a list of the two maps' parts, "…; …"
_PCT = r"\d+(?:\.\d+)?"
_NAME = r"[^\s;；:：][^;；:：\n]{0,40}?"  # a map's name "SGD (1)", after "; "
LEDGER = (
    Sentence(
        "basins.step.start.feedback",
        "the drawn start cell is (x, y), and whether each map's run from it ends at the marked "
        "minimum nearest that start is as the sentence's last words say",
        "check_start",
        example="view_start",
        fields={"runs": _RUNS},
    ),
    Sentence(
        "basins.step.start.end",
        "the named map's drawn group at the start cell is the minimum marked at (mx, my)",
        "check_start_end",
        example="view_start",
        fields={"name": _NAME},
    ),
    Sentence(
        "basins.step.start.lost",
        "the named map's drawn start cell is coloured diverged or did not settle",
        "check_start_lost",
        example="view_start_lost",
        fields={"name": _NAME},
    ),
    Sentence(
        "basins.step.broken.feedback",
        "the map the sentence names is at least twice as broken up (the share of drawn cell "
        "borders across which neighbours end in different places) as the other, or neither is",
        "check_broken",
        example="view_broken",
        fields={"runs": _RUNS, "saw": r"[^\n]+?(?=[.。]$)"},
    ),
    Sentence(
        "basins.step.broken.run",
        "across this share of the named drawn map's cell borders, neighbouring starts are in "
        "different groups",
        "check_broken_run",
        example="view_broken",
        fields={"name": _NAME, "pct": _PCT},
    ),
    Sentence(
        "basins.step.nearest.feedback",
        "both drawn maps are listed with the share of their starts that end at the nearest "
        "marked minimum",
        "check_nearest",
        example="view_nearest",
        fields={"runs": r"[^\n]+?(?=[.。]$)"},
    ),
    Sentence(
        "basins.step.nearest.run",
        "this share of the named drawn map's starts are in the group of the marked minimum "
        "nearest to them",
        "check_nearest_run",
        example="view_nearest",
        fields={"name": _NAME, "pct": _PCT},
    ),
)
