"""The gradient-geometry lesson's class question: the radius up to which the first-order
Taylor model holds at the lesson's point, with the true value read from the same geometry
the lesson draws."""

from __future__ import annotations

from ui.asks import kept, nice_ceil, number
from ui.rooms import Number


def gradient_geometry(geom, tau: float) -> list[Number]:
    """At the lesson's point (`optimizers.taylor.Geometry`): the radius up to which the
    first-order Taylor model stays within τ, when the sampled radii bound it (not at a
    critical point, nor when it holds all the way out). The slider spans the sampled radii;
    within 20 % (at least a slider step) counts."""
    radius = geom.trust_radius(tau)
    if radius is None or geom.reaches_end(tau):
        return []
    high = nice_ceil(float(geom.radii[-1]))
    step = nice_ceil(high / 200)
    params = dict(x=f"{geom.point[0]:.2f}", y=f"{geom.point[1]:.2f}", tau=f"{tau:.0%}")
    tolerance = max(step, round(0.2 * radius, 6))
    axis = "r<sub>τ</sub>"  # a Plotly axis title on the room's number line
    return kept(
        [number("radius", "ask.geometry.radius", params, radius, 0, high, step, tolerance, axis)]
    )
