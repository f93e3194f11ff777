"""The critical-points lesson's study steps: tell a saddle by its Hessian, then watch gradient
descent on the saddle's stable line stop there, and a start 0.01 off it leave for a minimum.
Each reveal read from what the figure draws (the probe, the paths)."""

from __future__ import annotations

import numpy as np

import landscapes
import optimizers
from pages.critical_points import claims
from ui import readings, study
from ui.i18n import t
from ui.ledger import Fixed, Sentence
from ui.study import Choice, Point, Reveal, Step

# The steps' views: the widgets' values (pure data). Note 003's two-weight network
# L = (1 − w₁w₂)², its saddle at the origin; the start on the line where it curves up
# (λ = +2 along (−1, 1)/√2), 0.6 from it, and that start nudged 0.01 off the line.
_BASE = {"landscape": "two_neuron", "px": 0.0, "py": 0.0, "gd_lr": 0.1, "alpha": 0.9}
_BASE |= {"sigma": 0.05, "n": 60, "sx": -0.42, "sy": 0.42}
VIEWS = {"origin": _BASE, "nudged": _BASE | {"sy": 0.43}}

# a start is on the stable line w₁ = −w₂ where |w₁ + w₂| is under this (the sliders step by
# 0.01: a start off it has |w₁ + w₂| ≥ 0.01, float32 rounding leaves ~10⁻⁸ on it)
ON_LINE = 1e-6

# the surfaces the page's picker offers (page.SURFACES), by name: critical.step.off_surface
# names the drawn one
SURFACE_NAMES = {
    "two_neuron": "landscape.two_neuron.title",
    "saddle": "landscape.saddle.title",
    "monkey_saddle": "landscape.monkey_saddle.title",
    "himmelblau": "landscape.himmelblau.title",
    "plateau": "landscape.plateau.title",
}

STEPS = (
    Step("critical", "kind", "origin", Choice(("minimum", "maximum", "saddle"))),
    Step("critical", "stable", "origin", Choice(("saddle", "minimum", "elsewhere"))),
    # where a start 0.01 off the line ends: a point tapped on the contour
    Step("critical", "nudge", "nudged", Point("cp_contour")),
)


def near(landscape: landscapes.Landscape) -> float:
    """ "Close to" a marked point: within 5 % of the domain's width (0.2 on the two-weight net)."""
    (lo, hi), _ = landscape.domain
    return 0.05 * (hi - lo)


def nearest_minimum(end: np.ndarray, landscape: landscapes.Landscape) -> np.ndarray | None:
    """The minimum nearest `end`: a marked one, or the nearest point of a curve of minima (on
    the two-weight net every point of w₁w₂ = 1 is one, not only (1, 1) and (−1, −1))."""
    marks = [np.asarray(m, dtype=float) for m in landscape.minima]
    marks += [claims.nearest_on_curve(end, curve)[1] for curve in landscape.minimum_curves]
    return min(marks, key=lambda m: float(np.linalg.norm(end - m)), default=None)


def where(points: np.ndarray, landscape: landscapes.Landscape) -> tuple[str, float, float]:
    """Where a drawn path's last point is: close to a saddle, close to a minimum, or elsewhere;
    and its distances to the nearest saddle and the nearest minimum (`nearest_minimum`)."""
    end = np.asarray(points, dtype=float)[-1]
    ds = min(
        (float(np.linalg.norm(end - np.asarray(s))) for s in landscape.saddles), default=np.inf
    )
    minimum = nearest_minimum(end, landscape)
    dm = np.inf if minimum is None else float(np.linalg.norm(end - minimum))
    if any(readings.close_to(end, s, near(landscape)) for s in landscape.saddles):
        return "saddle", ds, dm
    if minimum is not None and readings.close_to(end, minimum, near(landscape)):
        return "minimum", ds, dm
    return "elsewhere", ds, dm


def _n(value: float) -> str:
    return f"{round(float(value), 2) + 0.0:.2f}"  # + 0.0: no "−0.00"


def feedback(step: Step, answer, landscape, probe, gd: np.ndarray, lang: str) -> str | Reveal:
    """The sentence about the learner's `answer`: for the kind, the Hessian at the drawn
    `probe`; for the runs, where the drawn plain-gradient-descent path `gd` ended (for the
    nudge, a point: the reveal carries that end for the verdict)."""
    if step.name in ("stable", "nudge") and landscape.name != _BASE["landscape"]:
        # the view left the two-weight net (Himmelblau: its minimum (3, 2) has w₁w₂ = 6, no
        # saddle at (0, 0)): no grading against points the drawn surface does not have
        key = SURFACE_NAMES.get(landscape.name)
        if key is not None:
            surface = t(key, lang)
        elif landscapes.expression.is_ref(landscape.name):  # a typed formula, as typed
            formula = landscape.name.split(":", 2)[2]
            surface = t("critical.step.surface_typed", lang, f=formula)
        else:
            surface = landscape.name
        return t("critical.step.off_surface", lang, surface=surface)
    if step.name == "nudge":
        kind, ds, dm = where(gd, landscape)
        end = np.asarray(gd[-1], dtype=float)
        gx, gy = (float(v) for v in answer)
        # the drawn start, on the stable line w₁ = −w₂ or off it (by w₁ + w₂), never the
        # preset's nudge assumed (a start moved back to (−0.42, 0.42) is on the line)
        total = float(gd[0][0]) + float(gd[0][1])
        on = abs(total) < ON_LINE
        text = t(
            "critical.step.nudge.point_on" if on else "critical.step.nudge.point",
            lang,
            gx=_n(gx),
            gy=_n(gy),
            sx=_n(gd[0][0]),
            sy=_n(gd[0][1]),
            x=_n(end[0]),
            y=_n(end[1]),
            steps=len(gd) - 1,
            sum=f"{total + 0.0:.2g}",
        )
        after = t(
            "critical.step.nudge.where",
            lang,
            ds=_n(ds),
            dm=_n(dm),
            saw=t(step.key(f"opt.{kind}"), lang),
        )
        return Reveal(text, (float(end[0]), float(end[1])), after)
    chosen = t(step.key(f"opt.{answer}"), lang)
    if step.name == "kind":
        local = optimizers.analyse(landscape.loss, tuple(probe))
        l1, l2 = sorted(float(v) for v in local.eigenvalues)
        text = t(
            "critical.step.kind.feedback",
            lang,
            chosen=chosen,
            x=_n(probe[0]),
            y=_n(probe[1]),
            l1=_n(l1),
            l2=_n(l2),
            kind=t(f"kind.{local.kind}", lang),
        )
        # the kind the probe's Hessian gives (a degenerate or non-critical probe: no option)
        return Reveal(text, local.kind)
    kind, ds, dm = where(gd, landscape)
    told = dict(
        chosen=chosen,
        sx=_n(gd[0][0]),
        sy=_n(gd[0][1]),
        x=_n(gd[-1][0]),
        y=_n(gd[-1][1]),
        steps=len(gd) - 1,
        ds=_n(ds),
        dm=_n(dm),
        saw=t(step.key(f"opt.{kind}"), lang),
    )
    return Reveal(t("critical.step.stable.feedback", lang, **told), kind)  # 答对了 / 不对 first


_LAST = r"[^\n]+?(?=[.。]$)"  # an option's words, which may hold "0.2", up to the full stop
LEDGER = (
    Sentence(
        "critical.step.kind.feedback",
        "the Hessian at the drawn probe has these two eigenvalues (smaller first) and the kind "
        "their signs make (both > 0 minimum, both < 0 maximum, mixed saddle)",
        "check_kind",
        example="view_kind",
    ),
    Sentence(
        "critical.step.stable.feedback",
        "the drawn gradient-descent path starts at (sx, sy) and ends at (x, y) after `steps` "
        "steps, `ds` from the saddle and `dm` from the nearest drawn minimum (a star, or the "
        "nearest point of the dashed curve w₁w₂ = 1), close to (within 0.2 of) the point the "
        "sentence names",
        "check_end",
        example="view_stable",
        fields={"saw": _LAST},
    ),
    Sentence(
        "critical.step.nudge.point",
        "the learner's point is (gx, gy); the drawn gradient-descent path from the start "
        "(sx, sy), off the stable line w₁ = −w₂ by w₁ + w₂ = `sum`, ends at (x, y) after "
        "`steps` steps (how far the learner's point is, the verdict says)",
        "check_nudge_point",
        example="view_nudge",
    ),
    Sentence(
        "critical.step.nudge.point_on",
        "as critical.step.nudge.point, and the drawn start is on the stable line w₁ = −w₂ "
        "(|w₁ + w₂| under 10⁻⁶)",
        "check_nudge_point",
        example="view_nudge_on_line",
    ),
    Sentence(
        "critical.step.off_surface",
        "the drawn surface, named, is not the two-weight network the step asks about: its "
        "marked minima are not on w₁w₂ = 1 or it has none; no verdict is given",
        "check_off_surface",
        example="view_off_surface",
    ),
    Sentence(
        "critical.step.nudge.where",
        "the drawn gradient-descent path from the nudged start ends `ds` from the saddle and "
        "`dm` from the nearest drawn minimum (a star, or the nearest point of the dashed curve "
        "w₁w₂ = 1), close to (within 0.2 of) the point named",
        "check_nudge_where",
        example="view_nudge",
        fields={"saw": _LAST},
    ),
    Sentence(
        "study.verdict.point",
        "right when the learner's point is at most `tol` (5 % of the surface's longer side) "
        "from the drawn gradient-descent path's end, close when at most `far` = 3 × `tol`, off beyond; `dist` is that "
        "distance",
        "check_nudge_verdict",
        example="view_nudge",
        fields={"verdict": study.VERDICT_FIELD},
    ),
    *(
        Fixed(
            key,
            "the name of the drawn surface, filled into critical.step.off_surface; "
            "check_off_surface reads it against the surface picker's value",
        )
        for key in (*SURFACE_NAMES.values(), "critical.step.surface_typed")
    ),
    *(
        Fixed(
            key,
            "the name of a kind of critical point (or of its reason), filled into the kind reveal; "
            "which one shows is read from the drawn probe's Hessian by check_kind",
        )
        for key in (
            "kind.minimum",
            "kind.minimum.why",
            "kind.maximum",
            "kind.maximum.why",
            "kind.saddle",
            "kind.saddle.why",
            "kind.degenerate",
            "kind.degenerate.why",
            "kind.not_critical",
            "kind.not_critical.why",
        )
    ),
)
