"""Figures for the network lessons: per-layer histograms. NumPy in, Plotly out."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ui import palette

MAX_BINS = 160  # a layer's own bins: at most this many bars (≥ 1 px each in a 200-px plot)


def _bins(values: np.ndarray, bins: int, symmetric: bool, by_spread: bool = True):
    """A range and its bins for one set of values: (lo, hi, edges, centres); an odd count of
    bins on a range centred on a single value, ±max|v| when `symmetric`; with `by_spread`,
    bars half a spread wide (at most MAX_BINS)."""
    lo, hi = float(np.min(values)), float(np.max(values))
    if hi <= lo and bins % 2 == 0:
        bins += 1
    if symmetric:
        edge = max(abs(lo), abs(hi)) or 1.0
        lo, hi = -edge, edge
    if hi <= lo:
        lo, hi = lo - 0.5, hi + 0.5
    spread = float(np.std(values)) if by_spread else 0.0
    if spread > 0:  # long tails (a gradient's reach 12 spreads out): bars half a spread wide
        bins = int(min(max(bins, np.ceil((hi - lo) / (spread / 2))), MAX_BINS))
    edges = np.linspace(lo, hi, bins + 1)
    return lo, hi, edges, (edges[:-1] + edges[1:]) / 2


def _round_below(x: float) -> float:
    """The largest 1, 2 or 5 × 10ᵏ not above x > 0."""
    unit = 10.0 ** math.floor(math.log10(x))
    return max(d * unit for d in (1, 2, 5) if d * unit <= x * (1 + 1e-9))


def _short(v: float) -> str:
    """A tick label a 60-px plot has room for: 0.005, 5e-5, 5e+05."""
    if v == 0:
        return "0"
    if 1e-3 <= abs(v) < 1e4:
        return f"{v:g}".replace("-", "−")
    return f"{v:.0e}".replace("e-0", "e-").replace("e+0", "e+").replace("-", "−")


def own_ticks(lo: float, hi: float, apart: float = 0.0) -> list[float]:
    """At most two round ticks for a layer's own axis, kept off its ends (a 1-2-5 step, 0 and
    the last one when there are more): three labels ran into each other ("0.005" over
    "−0.005") at 1024×768 with the projector on, and labels at the ends ran into the next
    layer's ("1" over "9e−12"). Two ticks are at least `apart` of the range apart (a phone's
    80-px plot: "0.4" and "0.6", 21 % apart, read "0.40.6"), on a grid twice as fine if that
    gets them there, else one is kept."""
    span = hi - lo
    if not span > 0:
        return [lo]
    inner = (lo + 0.2 * span, hi - 0.2 * span)

    def grid(step: float) -> list[float]:
        first = math.ceil(inner[0] / step - 1e-6)
        return [k * step for k in range(first, math.floor(inner[1] / step + 1e-6) + 1)]

    step = _round_below(span / 4)
    ticks = grid(step)
    if len(ticks) > 2:
        ticks = [0.0, ticks[-1]] if 0.0 in ticks else [ticks[0], ticks[-1]]
    if len(ticks) == 2 and ticks[1] - ticks[0] < apart * span:
        fine = grid(step / 2)
        ticks = [fine[0], fine[-1]] if fine[-1] - fine[0] >= apart * span else ticks[:1]
    return ticks or [_round_below(abs(lo + hi) / 2) if lo + hi else 0.0]


def layer_histograms(
    values: np.ndarray,
    *,
    titles: Sequence[str],
    colour: str,
    x_title: str,
    bins: int = 40,
    height: int = 260,
    symmetric: bool = False,
    row_title: str | None = None,
    narrow: bool = False,
    cols: int | None = None,
    own_range: bool = False,
) -> go.Figure:
    """One histogram per layer (values: (layers, …)), side by side on shared bins; each bar is
    the fraction of that layer's values in the bin. `row_title` names the row on its left (the
    layers' own titles stay short enough not to run into each other on a phone). `narrow` (a
    phone): a layer's plot is too narrow for its tick labels, which Plotly would turn upright
    onto the axis title; the shared range goes into the title instead. `cols`: that many
    layers a row, the rest in rows under them (six 60-px histograms side by side are too
    narrow to read from the back row); `height` is then the whole grid's. `own_range`: each
    layer binned on its own range with its own x-axis (layers whose spreads differ ×50 would
    otherwise all sit in the shared axis's two central bars)."""
    flat = values.reshape(len(values), -1)
    # one shared range: one value everywhere (zero weights: every sigmoid gives 0.5) gets an
    # odd count of bins centred on it, at a bar's centre, not on the edge between two bars
    lo, hi, edges, centres = _bins(flat, bins, symmetric, by_spread=False)
    cols = min(cols or len(flat), len(flat))
    rows = -(-len(flat) // cols)
    fig = make_subplots(
        rows=rows,
        cols=cols,
        subplot_titles=list(titles),
        shared_yaxes="all" if rows > 1 else True,
        horizontal_spacing=0.2 / cols if rows == 1 else 0.04,
        # a row's tick labels and the next row's titles between rows: 75 px of the plotting height
        vertical_spacing=min(0.5 / rows, 75 / (height - 95)) if rows > 1 else 0.3,
    )
    for k, layer in enumerate(flat):
        if own_range:
            lo, hi, edges, centres = _bins(layer, bins, symmetric)
        counts, _ = np.histogram(layer, bins=edges)
        fig.add_trace(
            go.Bar(
                x=centres,
                y=counts / layer.size,
                marker_color=colour,
                marker_line_width=0,
                showlegend=False,
                hovertemplate="%{x:.3g}: %{y:.1%}<extra></extra>",
            ),
            row=k // cols + 1,
            col=k % cols + 1,
        )
        if own_range:
            ticks = own_ticks(lo, hi, apart=0.35 if narrow else 0.0)
            fig.update_xaxes(
                range=[lo, hi],
                tickvals=ticks,
                ticktext=[_short(v) for v in ticks],
                tickangle=0,
                row=k // cols + 1,
                col=k % cols + 1,
            )
        else:
            fig.update_xaxes(range=[lo, hi], nticks=3, row=k // cols + 1, col=k % cols + 1)
    fig.update_layout(
        height=height,
        bargap=0.02,
        margin=dict(l=50, r=10, t=40, b=55),
        font=dict(size=palette.FONT_SIZE - 2),
        plot_bgcolor="white",
        annotations=[*fig.layout.annotations],
    )
    fig.update_yaxes(tickformat=".0%", showgrid=True, gridcolor="#E5E8EC")
    if narrow:
        # shared bins: every layer's labels on one axis range, said once in the title instead;
        # a layer's own axis keeps its two short upright labels (own_ticks), the only x scale
        # it has (a phone showed the per-layer histograms with none)
        if not own_range:
            fig.update_xaxes(showticklabels=False)
        fig.update_annotations(font_size=palette.FONT_SIZE - 5)  # "第 1 层" × 6 side by side
    if narrow and not own_range:  # one shared range: said once under the plots
        tiny = 1e-3 * (hi - lo)  # a sigmoid's 7e-21 is 0 at this scale

        def short(v: float) -> str:
            return "0" if abs(v) < tiny else f"{v:.2g}"

        shown = f"±{short(hi)}" if symmetric else f"{short(lo)} … {short(hi)}"
        x_title = f"{x_title}: {shown}"
    if row_title:
        for row in range(1, rows + 1):
            fig.update_yaxes(title_text=row_title, title_standoff=4, row=row, col=1)
        fig.update_layout(margin=dict(l=72))
    fig.add_annotation(
        text=x_title,
        x=0.5,
        y=0,
        yshift=-4 if narrow and not own_range else -24,  # under the bottom row's tick labels
        yanchor="top",
        xref="paper",
        yref="paper",
        showarrow=False,
        font=dict(size=palette.FONT_SIZE - 2),
    )
    return fig
