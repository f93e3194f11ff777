"""Figures for the convergence maps: a hyper-parameter map with theory on top, and basins of
attraction. NumPy in, Plotly dict out; no Streamlit, no JAX."""

from __future__ import annotations

import dataclasses
import html
import math
from collections.abc import Mapping, Sequence

import numpy as np
import plotly.colors
import plotly.graph_objects as go

from ui import palette
from ui.figures import (
    base_layout,
    f32,
    finite_values,
    marker_radius,
    prepared_figure,
    room_for_markers,
    shown_length,
)

DIVERGED_COLOUR = "#D55E00"  # vermillion: apart from every viridis colour, also to CVD eyes
UNREACHED_COLOUR = "#BBBBBB"
THEORY_COLOUR = "#000000"
# Paul Tol's "light" set: pale enough for contour lines and markers to show on top.
BASIN_COLOURS = (
    "#77AADD",
    "#EE8866",
    "#EEDD88",
    "#FFAABB",
    "#99DDFF",
    "#44BB99",
    "#BBCC33",
    "#AAAA00",
    # Paul Tol's muted set after his light one: Newton's method on Himmelblau ends at 9 points
    # (4 minima, 4 saddles, the maximum), each a basin of its own colour to compare (coloured
    # by depth, the four minima were one colour and the basins' boundaries could not be seen)
    "#CC6677",
    "#117733",
    "#882255",
    "#AA4499",
)
UNSETTLED_COLOUR = "#DDDDDD"
STAYED_COLOUR = "#D9CCE8"  # settled where it started (a flat stretch), at no end point
BASIN_DIVERGED_COLOUR = "#555555"
CLICK_TRACE = 0  # the map's invisible click grid is its first trace


@dataclasses.dataclass(frozen=True)
class Axis:
    """One axis of a map: its values (cell centres), whether it is logarithmic, its title."""

    values: np.ndarray
    log: bool
    title: str

    def layout(self) -> dict:
        """The axis: a log axis where the values are log-spaced (Plotly ranges are then in
        log₁₀ units), one cell's margin on either side."""
        v = np.asarray(self.values, dtype=np.float64)
        p = np.log10(v) if self.log else v
        half = (p[-1] - p[0]) / (2 * (len(p) - 1)) if len(p) > 1 else 0.5
        axis = dict(
            title=dict(text=self.title),
            range=[float(p[0] - half), float(p[-1] + half)],
            showgrid=False,
            zeroline=False,
        )
        if self.log:
            axis["type"] = "log"
            axis["dtick"] = 1 if p[-1] - p[0] > 3 else "D2"
        elif len(v) <= 10 and np.allclose(v, np.round(v)):
            # a few whole values (a switch 0/1, L-BFGS's m): a tick on each, none between
            # (the line-search switch was ticked −0.5, 0, 0.5, 1, 1.5)
            axis["tickvals"] = [float(x) for x in v]
        return axis


@dataclasses.dataclass(frozen=True)
class Curve:
    """A theory line, in the axes' own values."""

    x: np.ndarray
    y: np.ndarray
    label: str
    dash: str = "dash"


@dataclasses.dataclass(frozen=True)
class Mark:
    """A marked cell or point: the best cell, the theoretical optimum, the selected cell."""

    x: float
    y: float
    label: str
    symbol: str
    colour: str
    size: int = 22


def _solid(colour: str) -> list:
    return [[0.0, colour], [1.0, colour]]


def _legend_square(name: str, colour: str) -> dict:
    return dict(
        type="scatter",
        x=[None],
        y=[None],
        mode="markers",
        marker=dict(symbol="square", size=18, color=colour),
        name=name,
    )


PHONE_PLOT = 250  # a phone's map: its plot's height, px, about its width on a 390 px phone
PHONE_BAR = 104  # a phone's colour bar across the top: its bar, tick labels and title, px
# The narrowest the map's plot is drawn, px: at 1024×768 with the projector on (307 px) and on
# a 390 px phone (246 px). A marker on the map's edge gets room for its whole size at this
# width, and a little more than it needs on a wider screen.
NARROWEST_PLOT = {False: 300, True: 240}
MARK_LINE = 3  # a mark's outline, px


def sweep_map(
    ax: Axis,
    ay: Axis,
    value: np.ndarray,
    diverged: np.ndarray,
    unreached: np.ndarray,
    *,
    colour_title: str,
    colour_log: bool,
    labels: Mapping[str, str],
    curves: Sequence[Curve] = (),
    marks: Sequence[Mark] = (),
    click_grid: int = 64,
    height: int = 560,
    narrow: bool = False,
) -> go.Figure:
    """A heatmap of `value` over (ax, ay) with diverged and unreached cells in their own colour.
    `narrow` (a phone): the legend's type smaller, so the theory lines' names fit the width.

    Args:
      value: (len(ax), len(ay)) the metric; ignored where diverged or unreached.
      diverged, unreached: bool masks of the same shape.
      colour_log: `value` spans decades: colour by log₁₀ with decade ticks on the bar.
      labels: translated strings: diverged, unreached.
      curves, marks: theory lines and marked points, in value coordinates.
      click_grid: an invisible scatter grid of at most n × n cell centres that can be clicked.
    """
    px = np.asarray(ax.values, dtype=np.float64)
    py = np.asarray(ay.values, dtype=np.float64)
    shown = ~(diverged | unreached)
    z = np.where(shown, value, np.nan).astype(np.float64)
    colourbar = dict(title=dict(text=colour_title, side="right"), thickness=22, len=0.9)
    if narrow:  # a phone: the bar across the top, and the map the figure's whole width (with
        # the bar at its side the plot was 167 px wide and 300 px tall). Its title under its
        # tick labels: over the bar (side "top") Plotly drew it on the bar.
        colourbar = dict(
            title=dict(text=colour_title, side="bottom"),
            orientation="h",
            thickness=14,
            len=1.0,
            x=0.5,
            xanchor="center",
            y=1.0,
            yref="container",
            yanchor="top",
        )
    if colour_log:
        with np.errstate(divide="ignore", invalid="ignore"):
            z = np.log10(np.maximum(z, 1e-12))
        finite = z[np.isfinite(z)]
        if finite.size:
            lo, hi = int(np.floor(finite.min())), int(np.ceil(finite.max()))
            step = max(1, (hi - lo) // 6)
            decades = list(range(lo, hi + 1, step))
            colourbar.update(tickvals=decades, ticktext=[f"1e{d}" for d in decades])
    data: list[dict] = []
    # Click grid: every k-th cell centre, invisible, first (Plotly heatmaps return no selection
    # in Streamlit). It also carries the hover text, so the heatmaps under it skip hovering.
    kx, ky = max(1, len(px) // click_grid), max(1, len(py) // click_grid)
    ix, iy = np.arange(kx // 2, len(px), kx), np.arange(ky // 2, len(py), ky)
    gi, gj = np.meshgrid(ix, iy, indexing="ij")
    gi, gj = gi.ravel(), gj.ravel()
    text = [
        labels["diverged"]
        if diverged[i, j]
        else labels["unreached"]
        if unreached[i, j]
        else f"{colour_title} = " + (f"{value[i, j]:.3g}" if colour_log else f"{value[i, j]:.0f}")
        for i, j in zip(gi.tolist(), gj.tolist(), strict=True)
    ]
    data.append(
        dict(
            type="scatter",
            x=f32(px[gi]),
            y=f32(py[gj]),
            mode="markers",
            marker=dict(size=max(6, 560 // max(len(ix), len(iy))), opacity=0, color="black"),
            text=text,
            hovertemplate=f"{ax.title} = %{{x:.4g}}<br>{ay.title} = %{{y:.4g}}<br>%{{text}}"
            "<extra></extra>",
            showlegend=False,
            name="click",
        )
    )
    data.append(
        dict(
            type="heatmap",
            x=f32(px),
            y=f32(py),
            z=f32(z.T),
            colorscale="Viridis",
            reversescale=True,
            colorbar=colourbar,
            hoverinfo="skip",
            hoverongaps=False,
            name=colour_title,
            showlegend=False,
        )
    )
    for mask, colour, name in (
        (diverged, DIVERGED_COLOUR, labels["diverged"]),
        (unreached, UNREACHED_COLOUR, labels["unreached"]),
    ):
        if mask.any():
            data.append(
                dict(
                    type="heatmap",
                    x=f32(px),
                    y=f32(py),
                    z=f32(np.where(mask, 1.0, np.nan).T),
                    colorscale=_solid(colour),
                    showscale=False,
                    hoverinfo="skip",
                    hoverongaps=False,
                    name=name,
                )
            )
            data.append(_legend_square(name, colour))
    for curve in curves:
        data.append(
            dict(
                type="scatter",
                x=f32(curve.x),
                y=f32(curve.y),
                mode="lines",
                line=dict(color=THEORY_COLOUR, width=palette.LINE_WIDTH, dash=curve.dash),
                name=curve.label,
                hoverinfo="skip",
            )
        )
    for mark in marks:
        data.append(
            dict(
                type="scatter",
                x=[mark.x],
                y=[mark.y],
                mode="markers",
                marker=dict(
                    symbol=mark.symbol,
                    size=mark.size,
                    color=mark.colour,
                    line=dict(width=MARK_LINE, color=THEORY_COLOUR),
                ),
                name=mark.label,
                hovertemplate=f"{mark.label}<br>({mark.x:.4g}, {mark.y:.4g})<extra></extra>",
            )
        )
    # two entries a row, or one where a long name would run into its neighbour: half of a
    # 307 px plot (1024×768, projector on) holds ten Latin characters or five Chinese ones
    # after its symbol ("最早离开的格子" ran into the edge, "300 步内未离开" under its neighbour)
    shown = [d for d in data if d.get("showlegend", True)]
    longest = max((shown_length(d.get("name", "")) for d in shown), default=0)
    per_row = 2 if longest <= 10 and not narrow else 1
    # (the diverged and unreached heatmaps count as rows too: on a desktop that room holds the
    # x axis' title; a phone's rows are the legend's entries alone)
    rows = -(-len(shown) // per_row)
    if narrow:
        rows = sum(d["type"] != "heatmap" for d in shown)
    row_px = 21 if narrow else 25  # a legend row at its font size
    # (16 px over a desktop's plot: with 10 the projector's tick label at the top, half over
    # the plot's edge, did not fit and Plotly left it out)
    top, bottom = (PHONE_BAR if narrow else 16), 65 + row_px * rows
    if narrow:  # a phone: the bar, a plot about as tall as wide over its legend's rows, no
        # blank band (with no legend 560 px left 185 px empty, and the study question's Check
        # a screen down)
        height = top + PHONE_PLOT + bottom
    xaxis, yaxis = ax.layout(), ay.layout()
    # each mark drawn whole: room at an edge where a mark sits on the map's first or last cell
    for axis, spec, key, plot_px in (
        (xaxis, ax, "x", NARROWEST_PLOT[narrow]),
        (yaxis, ay, "y", height - top - bottom),
    ):
        for mark in marks:
            at = getattr(mark, key)
            if spec.log:  # a log axis' range is in log₁₀ units
                at = float(np.log10(at)) if at > 0 else math.nan
            axis["range"] = room_for_markers(
                axis["range"], [at], marker_radius(mark.size, MARK_LINE), plot_px
            )
    layout = base_layout(labels, height=height)
    layout.update(
        xaxis=xaxis,
        yaxis=yaxis,
        plot_bgcolor="white",
        # measured from the figure's bottom edge, under the x-axis title: a paper offset
        # lands on the title when a phone's width makes the plot short
        legend=dict(
            yref="container",
            yanchor="bottom",
            y=0.0,
            # from the figure's left edge, not the plot's, and one entry a row as wide as its
            # name: an entry the plot's width cut a theory line's name with projector type
            xref="container",
            xanchor="left",
            x=0.02,
        )
        | (
            dict(orientation="h", entrywidth=0.5, entrywidthmode="fraction")
            if per_row == 2
            # (wider than any figure: one a row; a vertical legend took the plot's width)
            else dict(orientation="h", entrywidth=2000, entrywidthmode="pixels")
        )
        if not narrow
        # a phone: one entry a row from the figure's left edge, not the plot's (a narrow
        # heatmap would cut its names)
        else dict(
            orientation="h",
            yref="container",
            yanchor="bottom",
            y=0.0,
            xref="container",
            xanchor="left",
            x=0.02,
            entrywidth=280,  # pixels: a fraction would be of the narrow plot, and cut names
            entrywidthmode="pixels",
            font=dict(size=palette.FONT_SIZE - 4),
        ),
        margin=dict(l=70, r=20, t=top, b=bottom),
    )
    return prepared_figure(data=data, layout=layout)


def basin_colours(losses: np.ndarray) -> list[str]:
    """A colour per group (groups ordered by loss), shared by every grid. A few groups get
    distinct colours; many (rastrigin's lattice of pits) are coloured by depth instead, dark
    for the lowest loss, so "which pit" becomes "how deep a pit"."""
    n = len(losses)
    if n <= len(BASIN_COLOURS):
        return list(BASIN_COLOURS[:n])
    span = float(np.ptp(losses)) or 1.0
    depth = (np.asarray(losses, dtype=np.float64) - float(np.min(losses))) / span
    return plotly.colors.sample_colorscale("Viridis", list(0.15 + 0.85 * depth))


def basin_key(names: Sequence[str], colours: Sequence[str]) -> str:
    """The maps' shared colour key as HTML: a square of each group's colour and its name (the
    point its runs end at), in a row that wraps; under both maps, as wide as the two."""
    items = [
        f'<span style="white-space:nowrap;margin-right:1.2em">'
        f'<span style="display:inline-block;width:0.9em;height:0.9em;background:{colour};'
        f'vertical-align:-0.1em;margin-right:0.35em"></span>{html.escape(name)}</span>'
        for name, colour in zip(names, colours, strict=True)
    ]
    return '<div class="basin-key">' + " ".join(items) + "</div>"


def _wide(xs, ys) -> float:
    """How many times as wide as tall a map's domain is."""
    return float(xs[-1] - xs[0]) / float(ys[-1] - ys[0])


def basin_figure(
    xs: np.ndarray,
    ys: np.ndarray,
    groups: np.ndarray,
    colours: Sequence[str],
    *,
    surface: tuple[np.ndarray, np.ndarray, np.ndarray],
    centres: np.ndarray,
    centre_names: Sequence[str],
    centre_symbols: Sequence[str] | None = None,
    labels: Mapping[str, str],
    title: str,
    title_colour: str,
    height: int = 470,
    compact: bool = False,
    moved: np.ndarray | None = None,
) -> go.Figure:
    """Each start (x, y) coloured by the group its run ends in; contour lines for orientation.
    `moved` ((len(xs), len(ys)), NaN where diverged): how far each run ended from its start,
    shown on hover (`labels["moved"]`).
    `compact` (a phone): narrower margins over the title and under the legend row.

    Args:
      groups: (len(xs), len(ys)) group index, or −1 diverged, −2 did not settle, −3 stayed
        where it started (drawn in the slots after the groups' colours: n − 3, n − 2, n − 1).
      colours: one colour per group.
      surface: (xs, ys, z) of the landscape, drawn as thin contour lines.
      centres, centre_names: where each group ends, marked with a star (or `centre_symbols`:
        an x for a saddle).
      labels: translated strings: x, y, diverged, unsettled.
    """
    slots = [*colours, STAYED_COLOUR, UNSETTLED_COLOUR, BASIN_DIVERGED_COLOUR]
    n = len(slots)
    z = np.select([groups >= 0, groups == -3, groups == -2], [groups, n - 3, n - 2], n - 1).astype(
        np.float32
    )
    scale = []
    for i, colour in enumerate(slots):
        scale += [[i / n, colour], [(i + 1) / n, colour]]
    data: list[dict] = [
        dict(
            type="heatmap",
            x=f32(xs),
            y=f32(ys),
            z=f32(z.T),
            zmin=-0.5,
            zmax=n - 0.5,
            colorscale=scale,
            showscale=False,
            hoverinfo="skip",
        )
    ]
    if moved is not None:
        data[0].pop("hoverinfo")
        data[0]["customdata"] = f32(np.asarray(moved, np.float64).T)
        data[0]["hovertemplate"] = (
            f"(%{{x:.2f}}, %{{y:.2f}}): {labels['moved']} %{{customdata:.3g}}<extra></extra>"
        )
    sx, sy, sz = surface
    sz = finite_values(sz)
    data.append(
        dict(
            type="contour",
            x=f32(sx),
            y=f32(sy),
            z=f32(np.log10(sz - np.min(sz) + 1e-3 * (np.ptp(sz) + 1e-12))),
            contours=dict(coloring="lines"),
            line=dict(width=1, color="rgba(40,40,60,0.45)"),
            colorscale=_solid("rgba(40,40,60,0.45)"),
            showscale=False,
            ncontours=18,
            hoverinfo="skip",
        )
    )
    if len(centres):
        data.append(
            dict(
                type="scatter",
                x=f32(centres[:, 0]),
                y=f32(centres[:, 1]),
                mode="markers",
                marker=dict(
                    symbol=list(centre_symbols) if centre_symbols else "star",
                    size=16
                    if len(centres) <= 8
                    else 12
                    if len(centres) <= len(BASIN_COLOURS)
                    else 7,
                    color="#1A1A1A",
                    line=dict(width=1.5, color="white"),
                ),
                text=list(centre_names),
                hovertemplate="%{text}<extra></extra>",
                showlegend=False,
            )
        )
    for name, colour, present in (
        (labels.get("stayed", ""), STAYED_COLOUR, (groups == -3).any()),
        (labels["unsettled"], UNSETTLED_COLOUR, (groups == -2).any()),
        (labels["diverged"], BASIN_DIVERGED_COLOUR, (groups == -1).any()),
    ):
        if present:
            data.append(_legend_square(name, colour))
    # Plotly hides a legend of one entry: a map wholly diverged (the saddle) said nowhere
    # what its one dark colour means
    squares = sum(1 for d in data if d.get("marker", {}).get("symbol") == "square")
    layout = base_layout(labels, height=height)
    layout.update(
        title=dict(text=title, font=dict(color=title_colour, size=palette.FONT_SIZE + 2), x=0.02),
        xaxis=dict(
            range=[float(xs[0]), float(xs[-1])],
            # a phone: no x title (in the short margin it sat on the tick 0; the y axis is named)
            title=dict(text="" if compact else labels["x"]),
            constrain="domain",
            showgrid=False,
            zeroline=False,
        ),
        yaxis=dict(
            range=[float(ys[0]), float(ys[-1])],
            title=dict(text=labels["y"]),
            scaleanchor="x",
            # a phone: a 4:3 plot (each ≥ 200×150), so both maps and the question fit a screen;
            # a domain more than 1.8× as wide as tall has its y drawn taller, at most 1.8:1 (the
            # cliff's 16 × 6 to scale was 301×113 px at 1024×768 with the projector on)
            # (on a phone at most 1.7:1, 264×74 px for the cliff before)
            scaleratio=max(0.75, _wide(xs, ys) / 1.7) if compact else max(1.0, _wide(xs, ys) / 1.8),
            constrain="domain",
            showgrid=False,
            zeroline=False,
        ),
        # The legend (diverged, did not settle) on a row of its own at the figure's foot: a
        # paper offset under a square plot lands on the x-axis title. Every map keeps the
        # room, so two maps side by side stay the same size whether or not one has a legend.
        margin=dict(l=60, r=20, t=30, b=72) if compact else dict(l=60, r=20, t=70, b=90),
        legend=dict(
            orientation="h", yref="container", yanchor="bottom", y=0.0, xanchor="left", x=0
        ),
        showlegend=squares > 0,
        dragmode=False,
    )
    return prepared_figure(data=data, layout=layout)
