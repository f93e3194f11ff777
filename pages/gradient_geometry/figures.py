"""Figures of the gradient's geometry at a point (`optimizers.taylor`): the directions on the
contour, D_u L over every direction as a polar plot, and the tangent plane on the 3-D surface.
Arrays in, figures out. No Streamlit, no JAX."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from optimizers.taylor import Geometry
from ui import palette
from ui.figures import Arrow, base_layout, clip_segment, f32, prepared_figure

GRADIENT = "#000000"
TANGENT = "#E69F00"  # the contour's direction, D_u L = 0
TRUST = "#0072B2"  # the radius within which the linear model holds
INSIDE = "#009E73"  # a step that stays inside it
OUTSIDE = "#CC3311"  # a step that leaves it: red, as the caption names it (#D55E00 read orange)
# no circle drawn and the step shorter than the smallest radius checked: whether it stays
# inside is not measured, and the sentence says so (it was drawn red, "outside")
UNMEASURED = "#777777"
DIRECTION_SHARE = 0.12  # ∇L and the tangent drawn this share of the domain's width long


def step_colour(geom: Geometry, radius: float | None) -> str:
    """The step's colour, from the placement the sentence under the figure states
    (`Geometry.step_place`): green inside the radius, red outside, grey where not measured."""
    place = geom.step_place(radius)
    return {"inside": INSIDE, "outside": OUTSIDE}.get(place, UNMEASURED)


def view_box(
    geom: Geometry, radius: float | None, domain
) -> tuple[tuple[float, float], tuple[float, float]]:
    """A square window around θ that holds the trust circle and the step (at least a tenth of
    the domain's width across), kept inside the domain: the lesson is about a neighbourhood."""
    spans = [hi - lo for lo, hi in domain]
    reach = 1.4 * max(radius or 0.0, geom.step.length, 0.05 * max(spans))
    box = []
    for centre, (lo, hi), span in zip(geom.point, domain, spans, strict=True):
        if 2 * reach >= span:
            box.append((float(lo), float(hi)))
            continue
        a = min(max(centre - reach, lo), hi - 2 * reach)
        box.append((float(a), float(a + 2 * reach)))
    return box[0], box[1]


def _circle(centre: np.ndarray, radius: float, n: int = 121) -> tuple[np.ndarray, np.ndarray]:
    a = np.linspace(0.0, 2 * np.pi, n)
    return centre[0] + radius * np.cos(a), centre[1] + radius * np.sin(a)


def contour_overlay(
    geom: Geometry,
    radius: float | None,
    *,
    width: float,
    labels: Mapping[str, str],
    box=None,
) -> tuple[list[dict], list[Arrow]]:
    """Traces and arrows for the contour: the trust circle, the contour's tangent through θ,
    θ itself, the step −ε∇L at its true length and where it lands. ∇L is drawn as a direction
    (a fixed share of the domain long): its length is in units of loss per unit of θ.
    `box`, the plot's ranges ((x_lo, x_hi), (y_lo, y_hi)): every arrow and label kept inside
    (ε = 10 on the bowl at (−7, 2) drew the step to (7, −38), across the tick labels to the
    figure's edge): ∇L shortened to the box, the step cut at its edge with an open head.

    labels: trust, tangent, point, gradient, step, landing.
    """
    p = geom.point
    traces: list[dict] = []
    if radius is not None and radius > 0:
        cx, cy = _circle(p, radius)
        traces.append(
            dict(
                type="scatter",
                x=f32(cx),
                y=f32(cy),
                mode="lines",
                line=dict(color=TRUST, width=3, dash="dash"),
                name=labels["trust"],
                hoverinfo="skip",
            )
        )
    arrows = []
    if not geom.critical:
        half = DIRECTION_SHARE * width
        along = np.radians(geom.tangent_angles[0])
        d = half * np.array([np.cos(along), np.sin(along)])
        traces.append(
            dict(
                type="scatter",
                x=f32([p[0] - d[0], p[0] + d[0]]),
                y=f32([p[1] - d[1], p[1] + d[1]]),
                mode="lines",
                line=dict(color=TANGENT, width=4, dash="dot"),
                name=labels["tangent"],
                hoverinfo="skip",
            )
        )
        unit = geom.gradient / geom.gradient_norm
        tip = p + half * unit
        # each label beyond its head: ∇L and −ε∇L point opposite ways from θ, so their labels
        # sit on opposite sides of it (both beside their heads, they overlapped where ∇L
        # points right: "∇L 方向" over "−ε∇L" at 1024×768, 中文, projector)
        tail = p
        if box is not None:  # a direction: shortened to the box, its head its own
            tip = clip_segment(p[0], p[1], tip[0], tip[1], box)[2:]
            if np.hypot(*(np.asarray(tip) - p)) < 0.5 * half:
                # θ on the box's edge with ∇L pointing out (θ = (8, −4) on the bowl): the arrow
                # was cut to nothing and its label floated alone. It is drawn behind θ instead,
                # its head at θ: the same direction, wholly inside
                tail = np.asarray(clip_segment(p[0], p[1], *(p - half * unit), box)[2:])
                tip = p
        arrows.append(
            Arrow(tail[0], tail[1], tip[0], tip[1], GRADIENT, labels["gradient"], "ahead", box)
        )
        if geom.step.length > 0:
            land = geom.step.landing
            colour = step_colour(geom, radius)
            arrows.append(Arrow(p[0], p[1], land[0], land[1], colour, labels["step"], "ahead", box))
            traces.append(
                dict(
                    type="scatter",
                    x=f32([land[0]]),
                    y=f32([land[1]]),
                    mode="markers",
                    marker=dict(size=14, color=colour, line=dict(width=2, color="white")),
                    name=labels["landing"],
                    hovertemplate=labels["landing"] + " (%{x:.3f}, %{y:.3f})<extra></extra>",
                )
            )
    traces.append(
        dict(
            type="scatter",
            x=f32([p[0]]),
            y=f32([p[1]]),
            mode="markers",
            marker=dict(symbol="diamond", size=18, color="white", line=dict(width=4, color=TRUST)),
            name=labels["point"],
            hovertemplate=labels["point"] + " (%{x:.3f}, %{y:.3f})<extra></extra>",
        )
    )
    return traces, arrows


def directional_polar(geom: Geometry, *, labels: Mapping[str, str], height: int = 380):
    """D_u L over every direction u as a polar curve. The radial axis runs from −max|D_u L| at
    the centre to +max|D_u L| at the rim, so the dotted circle is D_u L = 0; marked: ∇L's
    direction (the largest), the contour's two directions (zero) and −∇L (the smallest).

    labels: directional, gradient, tangent, descent, zero.
    """
    values = geom.directional
    top = float(np.max(np.abs(values))) if values.size else 0.0
    reach = 1.12 * top if top > 0 else 1.0
    angles = np.append(geom.angles, geom.angles[:1])
    data = [
        dict(
            type="scatterpolar",
            theta=f32(np.full(73, 0.0) + np.linspace(0, 360, 73)),
            r=f32(np.zeros(73)),
            mode="lines",
            line=dict(color="#777777", width=2, dash="dot"),
            name=labels["zero"],
            hoverinfo="skip",
        ),
        dict(
            type="scatterpolar",
            theta=f32(angles),
            r=f32(np.append(values, values[:1])),
            mode="lines",
            line=dict(color=TRUST, width=palette.LINE_WIDTH),
            name=labels["directional"],
            hovertemplate="u: %{theta:.0f}° · D<sub>u</sub>L = %{r:.4g}<extra></extra>",
        ),
    ]
    if not geom.critical:
        g = geom.gradient_norm
        marks = [
            (geom.gradient_angle, g, GRADIENT, "circle", labels["gradient"]),
            ((geom.gradient_angle + 180.0) % 360.0, -g, OUTSIDE, "circle", labels["descent"]),
            *((a, 0.0, TANGENT, "diamond", labels["tangent"]) for a in geom.tangent_angles),
        ]
        for angle, r, colour, symbol, name in marks:
            data.append(
                dict(
                    type="scatterpolar",
                    theta=[round(angle, 2)],
                    r=[float(r)],
                    mode="markers",
                    marker=dict(
                        size=15, color=colour, symbol=symbol, line=dict(width=2, color="white")
                    ),
                    name=name,
                    showlegend=False,
                    hovertemplate=name + " %{theta:.0f}° · %{r:.4g}<extra></extra>",
                )
            )
    layout = base_layout(labels, height=height)
    layout.update(
        showlegend=False,
        margin=dict(l=64, r=64, t=34, b=34),  # room for "180°" in projector type
        polar=dict(
            # no radial numbers: the centre is negative, which a scale would hide; hover tells
            radialaxis=dict(range=[-reach, reach], showticklabels=False, ticks=""),
            angularaxis=dict(direction="counterclockwise", rotation=0, dtick=45),
        ),
    )
    return prepared_figure(data=data, layout=layout)


def _inside(x: np.ndarray, y: np.ndarray, domain) -> np.ndarray:
    """Where (x, y) lies in the drawn box (the surface's domain): the 3-D view draws nothing
    beyond it (a circle around a corner θ ran out of the box, above the z axis's range)."""
    (xlo, xhi), (ylo, yhi) = domain
    slack = 1e-9 * max(xhi - xlo, yhi - ylo)
    return (x >= xlo - slack) & (x <= xhi + slack) & (y >= ylo - slack) & (y <= yhi + slack)


def _disc(geom: Geometry, radius: float | None, width: float):
    """The tangent plane L(θ) + ∇L·δ sampled on a disc around θ: x, y, z and each sample's
    distance from θ."""
    p, g, base = geom.point, geom.gradient, geom.loss
    extent = max(1.5 * radius, 0.08 * width) if radius else 0.1 * width
    rho, phi = np.meshgrid(np.linspace(0.0, extent, 12), np.linspace(0.0, 2 * np.pi, 49))
    px, py = p[0] + rho * np.cos(phi), p[1] + rho * np.sin(phi)
    return px, py, base + g[0] * (px - p[0]) + g[1] * (py - p[1]), rho


def _ring(geom: Geometry, radius: float):
    """The trust circle on the tangent plane: x, y, z."""
    p, g, base = geom.point, geom.gradient, geom.loss
    cx, cy = _circle(p, radius)
    return cx, cy, base + g[0] * (cx - p[0]) + g[1] * (cy - p[1])


def marked_heights(geom: Geometry, radius: float | None, domain, *, width: float) -> list[float]:
    """The heights `tangent_plane` draws at their true value, for the z axis to hold
    (`ui.figures.surface_range(keep=…)`): L at θ, the step's two ends (where they land in the
    box), the trust circle and the plane within it (without a circle, the plane's whole disc)."""
    heights = [geom.loss]
    land = geom.step.landing
    if _inside(np.asarray(land[0]), np.asarray(land[1]), domain):
        heights += [geom.loss + geom.step.predicted, geom.loss + geom.step.actual]
    px, py, pz, rho = _disc(geom, radius, width)
    near = _inside(px, py, domain) & (rho <= (radius if radius else np.inf) * (1 + 1e-9))
    heights += [float(v) for v in pz[near]]
    if radius:
        cx, cy, cz = _ring(geom, radius)
        heights += [float(v) for v in cz[_inside(cx, cy, domain)]]
    return heights


def tangent_plane(
    geom: Geometry,
    radius: float | None,
    domain,
    bounds: tuple[float, float],
    *,
    width: float,
    labels: Mapping[str, str],
) -> list[dict]:
    """3-D traces over the surface (`figures.surface_figure(extra=…)`): the tangent plane
    L(θ) + ∇L·δ on a disc around θ, the trust circle on it, θ, and the step's landing twice —
    on the plane (what the linear model predicts) and on the surface (what happens) — joined
    by the model's error. Each at its true height: `bounds`, the z axis's (floor, ceiling)
    (`ui.figures.surface_range` holding `marked_heights`), cuts only the plane beyond the
    circle; nothing is drawn outside the `domain`'s box.

    labels: plane, trust, point, predicted, landing.
    """
    floor, ceiling = bounds
    p, base = geom.point, geom.loss
    px, py, pz, _ = _disc(geom, radius, width)
    pz = np.where((pz <= ceiling) & (pz >= floor) & _inside(px, py, domain), pz, np.nan)
    traces = [
        dict(
            type="surface",
            x=f32(px),
            y=f32(py),
            z=f32(pz),
            colorscale=[[0, TANGENT], [1, TANGENT]],
            showscale=False,
            opacity=0.55,
            showlegend=False,
            name=labels["plane"],
            hoverinfo="skip",
        )
    ]
    if radius:
        cx, cy, cz = _ring(geom, radius)
        cz = np.where(_inside(cx, cy, domain), cz, np.nan)
        traces.append(
            dict(
                type="scatter3d",
                x=f32(cx),
                y=f32(cy),
                z=f32(cz),
                mode="lines",
                line=dict(color=TRUST, width=7),
                showlegend=False,
                name=labels["trust"],
                hoverinfo="skip",
            )
        )
    land = geom.step.landing
    predicted = base + geom.step.predicted
    actual = base + geom.step.actual
    colour = step_colour(geom, radius)
    traces += [
        dict(
            type="scatter3d",
            x=f32([p[0]]),
            y=f32([p[1]]),
            z=f32([base]),
            mode="markers",
            marker=dict(size=7, color="white", line=dict(width=3, color=TRUST)),
            showlegend=False,
            name=labels["point"],
            hovertemplate=labels["point"] + " L = %{z:.4g}<extra></extra>",
        ),
        dict(
            type="scatter3d",
            x=f32([land[0], land[0]]),
            y=f32([land[1], land[1]]),
            z=f32([predicted, actual]),
            mode="lines+markers",
            line=dict(color=colour, width=6, dash="dash"),
            marker=dict(size=6, color=colour, symbol=["circle-open", "circle"]),
            showlegend=False,
            name=f"{labels['predicted']} / {labels['landing']}",
            hovertemplate="L = %{z:.4g}<extra></extra>",
        ),
    ]
    return traces
