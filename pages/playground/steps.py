"""The Playground's study steps, for a learner who has just met gradient descent and momentum:
where momentum ends in a narrow valley, which of the two comes near the minimum first, and
what each does at a saddle; each reveal read from the paths the contour draws."""

from __future__ import annotations

import numpy as np

from ui import presets, readings, study
from ui.i18n import t
from ui.ledger import Sentence
from ui.study import Choice, Point, Reveal, Step

# A view of the steps' own (not a lecture pill): note 002's narrow bowl z = x²/10 + y² from
# (−7, 2), plain gradient descent and momentum with one learning rate, 50 steps.
VIEWS = {
    "valley": presets.Preset(
        name="valley",
        landscape="bowl",
        start=(-7.0, 2.0),
        steps=50,
        optimizers={"sgd": {"lr": 0.1}, "momentum": {"lr": 0.1, "momentum": 0.9}},
        source="002",
    ),
}

STEPS = (
    # where momentum is after 50 steps: a point tapped on the contour. Right within 2 % of the
    # longer side (0.32), not 5 % (0.8): momentum ends 0.52 from the minimum, still swinging,
    # and a guess of the minimum itself was graded right
    Step("playground", "valley_end", "valley", Point("contour", near=0.02)),
    Step("playground", "valley_first", "valley", Choice(("sgd", "momentum", "neither"))),
    Step("playground", "saddle", "saddle_momentum", Choice(("near_saddle", "escaped", "start"))),
)

NEAR = 0.5  # "came within 0.5 of": `readings.close_to` with this radius, as the questions say


def first_near(points: np.ndarray, target, radius: float = NEAR) -> int | None:
    """The first drawn step whose point is `close_to` `target`; None when none is."""
    for k, point in enumerate(np.asarray(points, dtype=float)):
        if readings.close_to(point, target, radius):
            return k
    return None


def saddle_fate(points: np.ndarray, saddle, start) -> str:
    """Where a run's last drawn point is: near the saddle, near its start, or gone past."""
    end = np.asarray(points, dtype=float)[-1]
    if readings.close_to(end, saddle, NEAR):
        return "near_saddle"
    if readings.close_to(end, start, NEAR):
        return "start"
    return "escaped"


def _pt(value: float) -> str:
    return f"{value:.2f}"


def has_stopped(points: np.ndarray, domain) -> bool:
    """Whether a drawn run "stopped" (`readings.stopped`: each of its last five steps shorter
    than 0.01 % of the surface's widest side); one that has not is "still moving"."""
    return readings.stopped(points, readings.STOP_WINDOW, readings.stop_tolerance(domain))


def feedback(
    step: Step, answer, drawn: dict[str, tuple[str, np.ndarray]], lang: str, domain
) -> str | Reveal:
    """The sentence about the learner's `answer`, read from the drawn paths: optimizer →
    (its label, the points the contour draws), on the surface whose box is `domain`. Where
    momentum ends is a point: its reveal carries momentum's drawn end for the verdict."""
    sep = "；" if lang == "zh" else "; "
    if step.name == "valley_end":
        _, mom = drawn["momentum"]
        end = mom[-1]
        gx, gy = (float(v) for v in answer)
        told = dict(
            gx=_pt(gx),
            gy=_pt(gy),
            x=_pt(end[0]),
            y=_pt(end[1]),
            steps=len(mom) - 1,
        )
        if has_stopped(mom, domain):
            text = t("playground.step.valley_end.point", lang, **told)
        else:
            text = t("playground.step.valley_end.point.moving", lang, **told)
        after = ""
        if "sgd" in drawn:
            gd = drawn["sgd"][1]
            at = dict(x=_pt(gd[-1][0]), steps=len(gd) - 1)
            if has_stopped(gd, domain):
                after = t("playground.step.valley_end.gd", lang, **at)
            else:
                after = t("playground.step.valley_end.gd.moving", lang, **at)
        return Reveal(text, (float(end[0]), float(end[1])), after)
    if step.name == "valley_first":
        firsts = {key: first_near(points, (0.0, 0.0)) for key, (_, points) in drawn.items()}
        reached = {key: k for key, k in firsts.items() if k is not None}
        winner = min(reached, key=reached.get) if reached else "neither"
        runs = []
        for key, (label, points) in drawn.items():
            if firsts[key] is None:
                dist = float(np.linalg.norm(np.asarray(points[-1], dtype=float)))
                runs.append(
                    t(
                        "playground.step.valley_first.never",
                        lang,
                        name=label,
                        steps=len(points) - 1,
                        dist=_pt(dist),
                    )
                )
            else:
                runs.append(
                    t("playground.step.valley_first.reached", lang, name=label, step=firsts[key])
                )
        text = t("playground.step.valley_first.feedback", lang, runs=sep.join(runs))
        return Reveal(text, winner)  # the shared 答对了 / 不对 first, naming the winner
    # saddle: z = x² − y², its saddle at (0, 0); where did plain gradient descent end?
    start = presets.PRESETS["saddle_momentum"].start
    runs = []
    for label, points in drawn.values():
        at = dict(
            name=label,
            x=_pt(points[-1][0]),
            y=_pt(points[-1][1]),
            steps=len(points) - 1,
            dist=_pt(float(np.linalg.norm(np.asarray(points[-1], dtype=float)))),
        )
        if has_stopped(points, domain):
            runs.append(t("playground.step.saddle.run", lang, **at))
        else:
            runs.append(t("playground.step.saddle.run.moving", lang, **at))
    fate = saddle_fate(drawn["sgd"][1], (0.0, 0.0), start) if "sgd" in drawn else None
    text = t("playground.step.saddle.feedback", lang, runs=sep.join(runs))
    return Reveal(text, fate)  # the shared 答对了 / 不对 first, naming where it ended


_RUNS = r"[^\n]+?(?=[.。](?:\s|$))"  # a list of runs "…; …", up to the sentence's full stop
_NAME = r"[^\s,，:：;；][^,，:：;；\n]{0,40}?"  # an optimizer's title, after "…, "
_NUMBER = r"-?\d+(?:\.\d+)?"  # a number right before a full stop
LEDGER = (
    Sentence(
        "playground.step.valley_end.point",
        "the learner's point is (gx, gy); momentum stopped (each of its last five drawn steps "
        "is shorter than 0.01 % of the surface's widest side) at its last drawn point (x, y) "
        "after `steps` steps (how far the learner's point is, the verdict says)",
        "check_valley_end",
        example="view_valley_end_stopped",
    ),
    Sentence(
        "playground.step.valley_end.point.moving",
        "the learner's point is (gx, gy); momentum's last drawn point is (x, y), at step "
        "`steps`, and it has not stopped (some of its last five drawn steps is at least 0.01 % "
        "of the surface's widest side long) (how far the learner's point is, the verdict says)",
        "check_valley_end_moving",
        example="view_valley_end",
    ),
    Sentence(
        "study.verdict.point",
        "right when the learner's point is at most `tol` (5 % of the surface's longer side) "
        "from momentum's last drawn point, close when at most `far` = 3 × `tol`, off beyond; `dist` is that "
        "distance",
        "check_valley_end_verdict",
        example="view_valley_end",
        fields={"verdict": study.VERDICT_FIELD},
    ),
    Sentence(
        "playground.step.valley_end.gd",
        "plain gradient descent stopped (each of its last five drawn steps is shorter than "
        "0.01 % of the surface's widest side) and its last drawn point has this x",
        "check_valley_end_gd",
        example="view_valley_end_stopped",
        fields={"x": _NUMBER},
    ),
    Sentence(
        "playground.step.valley_end.gd.moving",
        "plain gradient descent's last drawn point has this x, at step `steps`, and it has "
        "not stopped",
        "check_valley_end_gd_moving",
        example="view_valley_end",
        fields={"x": _NUMBER},
    ),
    Sentence(
        "playground.step.valley_first.reached",
        "the named run's drawn path first comes close to (within 0.5 of) the minimum (0, 0) "
        "at this step, and at no earlier one",
        "check_valley_reached",
        example="view_valley_first",
        fields={"name": _NAME},
    ),
    Sentence(
        "playground.step.valley_first.never",
        "no point of the named run's drawn path comes within 0.5 of (0, 0); its last is "
        "`dist` from it after `steps` steps",
        "check_valley_never",
        example="view_valley_first",
        fields={"name": _NAME},
    ),
    Sentence(
        "playground.step.valley_first.feedback",
        "every drawn run is listed; the shared verdict before it says right exactly when the "
        "learner chose the drawn run that came within 0.5 of (0, 0) first, and a wrong one "
        "names that run",
        "check_valley_first",
        example="view_valley_first_wrong",
        fields={"runs": _RUNS},
    ),
    Sentence(
        "playground.step.saddle.run",
        "the named run stopped (each of its last five drawn steps is shorter than 0.01 % of "
        "the surface's widest side) at its last drawn point (x, y), `dist` from the saddle "
        "(0, 0)",
        "check_saddle_run",
        example="view_saddle_stopped",
        fields={"name": _NAME},
    ),
    Sentence(
        "playground.step.saddle.run.moving",
        "the named run's last drawn point is (x, y), at step `steps`, `dist` from the saddle "
        "(0, 0), and it has not stopped",
        "check_saddle_run_moving",
        example="view_saddle",
        fields={"name": _NAME},
    ),
    Sentence(
        "playground.step.saddle.feedback",
        "the shared verdict before it says right exactly when plain gradient descent's drawn "
        "end is where the learner said (close to (within 0.5 of) the saddle, close to its "
        "start, or neither: gone past), and a wrong one names where it is",
        "check_saddle",
        example="view_saddle_wrong",
        fields={"runs": _RUNS},
    ),
)
