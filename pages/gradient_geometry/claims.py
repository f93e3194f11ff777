"""The gradient-geometry lesson's sentences: the directional derivatives at the point, the
radius where the linear model holds and the step ε∇L against both, computed from the numbers
(never written for one setting and shown for all)."""

from __future__ import annotations

from ui.claims import number
from ui.i18n import t


def _percent(error: float, tau: float) -> str:
    """The step's own error as a percentage, with a digit more where it would print as τ does
    (20.4 % is more than τ = 20 %; "20 %, more than 20 %" would not say so)."""
    for digits in (0, 1, 2):
        text = f"{error:.{digits}%}".replace("-0%", "0%")  # |x| + y²: "-0%" of a 0 change
        if text != f"{tau:.{digits}%}":
            return text
    return text


def gradient_geometry(geom, tau: float, lang: str) -> list[str]:
    """What the point's directions and its linear model say (`optimizers.taylor.Geometry`):
    the directional derivatives as sampled, the radius where the model holds to τ, and the
    step ε∇L against both."""
    if geom.critical:
        key = "geometry.critical" if geom.gradient_norm == 0 else "geometry.near_critical"
        return [t(key, lang, norm=f"{geom.gradient_norm:.2g}")]
    values = geom.directional

    g = geom.gradient_norm
    kink = geom.kink()
    if kink is not None:  # |x| + y² at x = 0: ∇L·u is not L's rate along u there
        first, far, least = kink
        sentences = [
            t(
                "geometry.kink",
                lang,
                first=number(first),
                far=number(far),
                error=f"{least:.0%}",
                grad_angle=f"{geom.gradient_angle:.1f}",
                norm=number(g),
            )
        ]
    else:
        sentences = [
            t(
                "geometry.directions",
                lang,
                top=number(float(values.max())),
                angle=f"{geom.steepest_angle:.0f}",
                grad_angle=f"{geom.gradient_angle:.1f}",
                norm=number(g),
                t1=f"{geom.tangent_angles[0]:.1f}",
                t2=f"{geom.tangent_angles[1]:.1f}",
                bottom=number(float(values.min())),
            )
        ]
    radius = geom.trust_radius(tau)
    key = "geometry.radius_at_least" if geom.reaches_end(tau) else "geometry.radius"
    if radius == 0:  # broken already at the smallest radius checked: no circle is drawn
        key = "geometry.radius_none"
    sentences.append(
        t(key, lang, radius=number(radius), tau=f"{tau:.0%}", first=number(geom.radii[0]))
    )
    step = geom.step
    share = step.actual / step.predicted if step.predicted else float("nan")
    # the step's own error, as the radius measures it along −∇L: |ΔL − predicted| / (s‖∇L‖)
    error = abs(step.actual - step.predicted) / abs(step.predicted) if step.predicted else 0.0
    first = float(geom.radii[0])
    place = geom.step_place(radius)  # as the figure colours the step (figures.step_colour)
    if radius == 0:  # the radius is below the smallest one checked, not 0
        kind = "beyond_smallest" if place == "outside" else "below_smallest"
    elif place == "inside":
        kind = "inside"
    elif step.actual > 0:
        kind = "outside_up"
    else:
        kind = "outside_within" if error <= tau else "outside"
    sentences.append(
        t(
            f"geometry.step_{kind}",
            lang,
            lr=f"{step.lr:g}",
            length=number(step.length),
            radius=number(radius),
            first=number(first),
            predicted=number(step.predicted),
            actual=number(step.actual),
            share=f"{share:.0%}",
            error=_percent(error, tau),
            tau=f"{tau:.0%}",
        )
    )
    return sentences
