"""The regularisation-network lesson's figures: per-layer weight histograms and training
curves of the four variants. NumPy in, Plotly out."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ui import palette

# The regularisation variants on the digits network (models/digits.py), Okabe–Ito.
VARIANT_COLOURS = {"none": "#555555", "l2": "#0072B2", "l1": "#D55E00", "dropout": "#009E73"}
LOG_FLOOR = -7.0  # log₁₀|w| of an exact zero, drawn in the leftmost bin
FLOOR_TICK = "≤10⁻⁷"  # the leftmost bin's tick: every weight below 10⁻⁷ is counted in it


def weight_histograms(
    weights: dict[str, Sequence[np.ndarray]],
    *,
    names: dict[str, str],
    layer_titles: Sequence[str],
    x_title: str,
    floor_title: str = "",
    thresholds: Sequence[float] = (1e-5, 1e-2),
    height: int = 520,  # each panel 170 px tall or more in projector type, wholly on screen
    narrow: bool = False,
) -> go.Figure:
    """Per layer (2 × 2 panels), the distribution of log₁₀|w| for each variant, as counts on
    shared bins, with the note's thresholds 10⁻⁵ and 10⁻² dashed: L1 piles weights up near 0,
    L2 shifts them all a little towards it. weights: {variant: [W per layer]}."""
    layers = len(next(iter(weights.values())))
    cols = 2
    rows = (layers + 1) // 2
    fig = make_subplots(
        rows=rows,
        cols=cols,
        subplot_titles=list(layer_titles),
        vertical_spacing=0.14,
        horizontal_spacing=0.09,  # at 1024×768 with the projector on a panel was 208 px wide
    )
    edges = np.arange(LOG_FLOOR, 1.01, 0.25)
    centres = 0.5 * (edges[:-1] + edges[1:])
    for variant, ws in weights.items():
        for i, w in enumerate(ws):
            a = np.abs(np.asarray(w, np.float64)).ravel()
            logs = np.log10(np.maximum(a, 10.0**LOG_FLOOR))
            counts, _ = np.histogram(np.clip(logs, edges[0], edges[-1] - 1e-9), bins=edges)
            fig.add_trace(
                go.Scatter(
                    x=centres,
                    y=counts,
                    mode="lines",
                    line=dict(color=VARIANT_COLOURS[variant], width=3, shape="hvh"),
                    name=names[variant],
                    legendgroup=variant,
                    showlegend=i == 0,
                    hovertemplate=names[variant] + " 10<sup>%{x:.2f}</sup>: %{y}<extra></extra>",
                ),
                row=i // cols + 1,
                col=i % cols + 1,
            )
    for i in range(layers):
        for threshold in thresholds:
            fig.add_vline(
                x=float(np.log10(threshold)),
                line=dict(color="#999999", width=1.5, dash="dash"),
                row=i // cols + 1,
                col=i % cols + 1,
            )
    # ticks at the note's two thresholds and at 1: few enough to stay level on a phone; and
    # at the axis's left end "≤10⁻⁷": the leftmost bin holds every weight below it too (an L2
    # run puts a thousand and more there, far under 10⁻⁷), not only those from 10⁻⁷ up
    # (on a phone "≤10⁻⁷" and "10⁻⁵" overlap: there the dashed 10⁻⁵ line keeps its tick and
    # the left end's "≤10⁻⁷" moves to a second line of the axis title, `floor_title`; without
    # its tick the 10⁻⁵ line was a dashed line no reader could name)
    ticks = {LOG_FLOOR: FLOOR_TICK, -5: "10⁻⁵", -2: "10⁻²", 0: "1"}
    if narrow:
        del ticks[LOG_FLOOR]
    fig.update_xaxes(
        tickvals=list(ticks),
        ticktext=list(ticks.values()),
        tickangle=0,
        range=[LOG_FLOOR, 1],
    )
    title = f"{x_title}<br>{floor_title}" if narrow and floor_title else x_title
    for c in range(1, cols + 1):
        fig.update_xaxes(title_text=title, row=rows, col=c)
    fig.update_annotations(font_size=palette.FONT_SIZE - 2)
    fig.update_layout(
        height=height,
        margin=dict(l=50, r=4, t=60, b=70 if narrow else 50),  # a phone's title: two lines
        font=dict(size=palette.FONT_SIZE - 2),
        legend=dict(orientation="h", yanchor="bottom", y=1.08, xanchor="left", x=0),
        plot_bgcolor="white",
    )
    return fig


PHONE_PANEL = 170  # px: a phone's panel of one variant, ≥ 150 with its title above


def training_curves(
    steps: np.ndarray,
    train: dict[str, np.ndarray],
    valid: dict[str, np.ndarray],
    *,
    names: dict[str, str],
    early_stop: tuple[int, float] | None,
    labels: dict[str, str],
    height: int = 430,
    narrow: bool = False,
) -> go.Figure:
    """Training (dashed) and validation (solid) loss over the steps for each variant, on a log
    axis; the early-stopping point of the unregularised run marked. `narrow` (a phone): one
    panel per variant, stacked, on shared axes (eight curves in one 284 px wide plot lay on
    top of each other); the legend says only which line is which.

    labels: step, loss, train, valid, early_stop."""
    kinds = list(train)
    if narrow:
        fig = make_subplots(
            rows=len(kinds),
            cols=1,
            shared_xaxes=True,
            vertical_spacing=0.06,
            subplot_titles=[names[k] for k in kinds],
        )
    else:
        fig = go.Figure()
    for row, variant in enumerate(kinds, 1):
        colour = VARIANT_COLOURS[variant]
        for which, series, dash in (("valid", valid, "solid"), ("train", train, "dash")):
            fig.add_trace(
                go.Scatter(
                    x=steps,
                    y=series[variant],
                    mode="lines",
                    line=dict(color=colour, width=3, dash=dash),
                    name=f"{names[variant]} · {labels[which]}",
                    legendgroup=variant,
                    showlegend=not narrow,
                    hovertemplate=f"{names[variant]} · {labels[which]}"
                    + " %{x}: %{y:.3g}<extra></extra>",
                ),
                **(dict(row=row, col=1) if narrow else {}),
            )
    if narrow:  # the legend: the two kinds of line, in grey, drawn nowhere
        for which, dash in (("valid", "solid"), ("train", "dash")):
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="lines",
                    line=dict(color=VARIANT_COLOURS["none"], width=3, dash=dash),
                    name=labels[which],
                    legendgroup="style",
                    hoverinfo="skip",
                ),
                row=1,
                col=1,
            )
    if early_stop is not None:
        step, loss = early_stop
        fig.add_trace(
            go.Scatter(
                x=[step],
                y=[loss],
                mode="markers",
                marker=dict(size=16, symbol="star", color=VARIANT_COLOURS["none"]),
                name=labels["early_stop"],
                hovertemplate=labels["early_stop"] + " %{x}: %{y:.3g}<extra></extra>",
            ),
            **(dict(row=1 + kinds.index("none"), col=1) if narrow and "none" in kinds else {}),
        )
        line = dict(color="#777777", width=1.5, dash="dot")
        if narrow:
            fig.add_vline(x=step, line=line, row="all", col=1)
        else:
            fig.add_vline(x=step, line=line)
    axis = dict(showgrid=True, gridcolor="#EEEEEE")
    fig.update_layout(
        height=height,
        margin=dict(l=60, r=10, t=10, b=50),
        font=dict(size=palette.FONT_SIZE - 2),
        plot_bgcolor="white",
        legend=dict(font=dict(size=palette.FONT_SIZE - 5)),
    )
    if not narrow:
        fig.update_layout(
            xaxis=dict(title=labels["step"], **axis),
            yaxis=dict(title=labels["loss"], type="log", **axis),
        )
        return fig
    # a phone: the panels one under another, each PHONE_PANEL px tall, on one log scale (the
    # y axes match), the steps under the last; the legend's one row above the first title
    top, bottom, gap = 70, 50, 0.06
    rows = len(kinds)
    plot = rows * PHONE_PANEL / (1 - gap * (rows - 1))
    fig.update_layout(
        height=round(plot + top + bottom),
        margin=dict(l=60, r=10, t=top, b=bottom),
        legend=dict(orientation="h", yanchor="top", y=1.0, yref="container", x=0,
                    xanchor="left", font=dict(size=palette.FONT_SIZE - 4)),
    )  # fmt: skip
    fig.update_annotations(font_size=palette.FONT_SIZE - 3)
    fig.update_xaxes(nticks=3, **axis)
    fig.update_xaxes(title_text=labels["step"], row=rows, col=1)
    fig.update_yaxes(type="log", matches="y", nticks=4, **axis)
    fig.update_yaxes(title_text=labels["loss"], row=(rows + 1) // 2, col=1)
    return fig
