"""The gradient-geometry lesson's study steps: the direction where the loss rises fastest, the
directions where it does not change at first, and how far a long gradient step's real fall is
from the linear model's promise; each reveal read from what the figures draw."""

from __future__ import annotations

import numpy as np

from ui.i18n import t
from ui.ledger import Fixed, Sentence
from ui.study import Number, Reveal, Step

# The steps' views: the widgets' values (pure data). Note 002's bowl x²/10 + y² at (−7, 2),
# where ∇L = (−1.4, 4); the third with ε = 0.5, a step 2.12 long.
_BASE = {"landscape": "bowl", "gx": -7.0, "gy": 2.0, "g_lr": 0.1, "g_tau": 0.2, "g_view": "plane"}
VIEWS = {"bowl": _BASE, "long_step": _BASE | {"g_lr": 0.5}}

STEPS = (
    Step(
        "geometry",
        "steepest",
        "bowl",
        Number(low=0.0, high=359.0, step=1.0, tolerance=10.0, period=360.0),
    ),
    Step(
        "geometry",
        "flat",
        "bowl",
        Number(low=0.0, high=359.0, step=1.0, tolerance=10.0, period=360.0),
    ),
    Step(
        "geometry",
        "fall",
        "long_step",
        Number(low=0.0, high=20.0, step=0.01, tolerance=0.1, relative=True),
    ),
)


def apart(a: float, b: float) -> float:
    """The angle between two directions, in degrees (0 … 180)."""
    d = abs(float(a) - float(b)) % 360.0
    return min(d, 360.0 - d)


def zero_crossings(angles: np.ndarray, values: np.ndarray) -> list[float]:
    """Where the drawn D_u L curve crosses 0, interpolated between its samples (closed curve)."""
    a = np.append(angles, angles[0] + 360.0)
    v = np.append(values, values[0])
    out = []
    for i in range(len(a) - 1):
        if v[i] == 0:
            out.append(float(a[i]) % 360.0)
        elif v[i] * v[i + 1] < 0:
            share = v[i] / (v[i] - v[i + 1])
            out.append(float(a[i] + share * (a[i + 1] - a[i])) % 360.0)
    return out


def feedback(step: Step, answer, angles, values, before, after, landing, predicted, lang) -> str:
    """The sentence about the learner's `answer`, read from the drawn D_u L curve (`angles`,
    `values`) or the drawn step (L at the point, `after` at its `landing`)."""
    answer = float(answer)
    if step.name == "steepest":
        i, j = int(np.argmax(values)), int(np.argmin(values))
        # the likeliest wrong answer is −∇L, the steepest way down (289° at (−7, 2)): said so,
        # not only how far it is
        down = values[j] < 0 and apart(answer, angles[j]) <= step.ask.tolerance
        text = t(
            "geometry.step.steepest.feedback_descent"
            if down
            else "geometry.step.steepest.feedback",
            lang,
            answer=f"{answer:.0f}",
            peak=f"{float(angles[i]):.0f}",
            top=f"{float(values[i]):.2f}",
            low=f"{float(angles[j]):.0f}",
            bottom=f"{float(values[j]):.2f}",
        )
        return Reveal(text, float(angles[i]))
    if step.name == "flat":
        zeros = sorted(zero_crossings(np.asarray(angles), np.asarray(values)))
        if not np.any(np.abs(values) > 1e-6):  # a critical point: flat in every direction
            return t("geometry.step.flat.everywhere", lang, answer=f"{answer:.0f}")
        common = dict(answer=f"{answer:.0f}", t1=f"{zeros[0]:.0f}", t2=f"{zeros[-1]:.0f}")
        i, j = int(np.argmax(values)), int(np.argmin(values))
        steep = next((k for k in (i, j) if apart(answer, angles[k]) <= step.ask.tolerance), None)
        if steep is not None:  # the gradient's direction or its opposite: said, not only "90 off"
            text = t(
                "geometry.step.flat.feedback_steepest",
                lang,
                which=t("geometry.step.flat.up" if steep == i else "geometry.step.flat.down", lang),
                value=f"{float(values[steep]):.2f}",
                **common,
            )
        else:
            text = t("geometry.step.flat.feedback", lang, **common)
        return Reveal(text, min(zeros, key=lambda z: apart(answer, z)))
    fall = before - after
    # "how much does it fall?": a size, either sign counts. An answer of the other sign than
    # the fall is read as the signed change ΔL = after − before (−4.93 for a fall of 4.93, was
    # judged 9.93 off), and held against that change
    signed = answer != 0 and fall != 0 and np.sign(answer) != np.sign(fall)
    truth = -fall if signed else fall
    text = t(
        "geometry.step.fall.feedback_signed" if signed else "geometry.step.fall.feedback",
        lang,
        answer=f"{answer:.2f}",
        change=f"{-fall + 0.0:.2f}",
        x=f"{landing[0] + 0.0:.2f}",
        y=f"{landing[1] + 0.0:.2f}",
        after=f"{after:.2f}",
        fall=f"{fall:.2f}",
        before=f"{before:.2f}",
        share=f"{fall / predicted:.0%}" if predicted else "—",
        predicted=f"{predicted:.2f}",
    )
    return Reveal(text, float(truth))


LEDGER = (
    Sentence(
        "geometry.step.steepest.feedback",
        "the drawn D_u L curve is highest at this angle, with this value (how far the "
        "learner's angle is from it, the verdict says)",
        "check_steepest",
        example="view_steepest",
    ),
    Sentence(
        "geometry.step.steepest.feedback_descent",
        "the drawn D_u L curve is highest at `peak` (value `top`) and lowest at `low` (value "
        "`bottom`), and the learner's angle is within the step's tolerance of `low`: the "
        "direction of −∇L, steepest descent, not the ascent asked for",
        "check_steepest_descent",
        example="view_steepest_descent",
    ),
    Sentence(
        "geometry.step.flat.feedback",
        "the drawn D_u L curve crosses 0 at these two angles (the contour's tangent; how far "
        "the learner's angle is from the nearer, the verdict says)",
        "check_flat",
        example="view_flat",
    ),
    Sentence(
        "geometry.step.flat.feedback_steepest",
        "as geometry.step.flat.feedback, and the learner's angle is within the step's "
        "tolerance of the drawn curve's highest (steepest rise) or lowest (steepest descent) "
        "angle, the one named, whose drawn D_u L is the value printed",
        "check_flat",
        example="view_flat_steepest",
    ),
    Fixed("geometry.step.flat.up", "a direction's name in geometry.step.flat.feedback_steepest"),
    Fixed("geometry.step.flat.down", "a direction's name in geometry.step.flat.feedback_steepest"),
    Sentence(
        "geometry.step.flat.everywhere",
        "the drawn D_u L curve is 0 in every direction (a critical point)",
        "check_flat_everywhere",
        example="view_flat_critical",
    ),
    Sentence(
        "geometry.step.fall.feedback",
        "the drawn landing point is (x, y); L there and at the drawn point differ by `fall`, "
        "which is `share` of the linear model's ε‖∇L‖² (how far the learner's number is, the "
        "verdict says)",
        "check_fall",
        example="view_fall",
    ),
    Sentence(
        "geometry.step.fall.feedback_signed",
        "the learner's number, of the other sign than the fall, is read as the signed change "
        "ΔL = L(after) − L(θ): the drawn landing point is (x, y); L there and at the drawn point "
        "differ by `change` (a fall of `fall`), `share` of the linear model's ε‖∇L‖² (how far "
        "the learner's number is from `change`, the verdict says)",
        "check_fall",
        example="view_fall_signed",
    ),
)
