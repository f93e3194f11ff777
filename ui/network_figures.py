"""Figures for the network lessons: per-layer histograms. NumPy in, Plotly out."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ui import palette


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
) -> go.Figure:
    """One histogram per layer (values: (layers, …)), side by side on shared bins; each bar is
    the fraction of that layer's values in the bin. `row_title` names the row on its left (the
    layers' own titles stay short enough not to run into each other on a phone). `narrow` (a
    phone): a layer's plot is too narrow for its tick labels, which Plotly would turn upright
    onto the axis title; the shared range goes into the title instead."""
    flat = values.reshape(len(values), -1)
    lo, hi = float(np.min(flat)), float(np.max(flat))
    if symmetric:
        edge = max(abs(lo), abs(hi)) or 1.0
        lo, hi = -edge, edge
    if hi <= lo:
        lo, hi = lo - 0.5, hi + 0.5
    edges = np.linspace(lo, hi, bins + 1)
    centres = (edges[:-1] + edges[1:]) / 2
    fig = make_subplots(rows=1, cols=len(flat), subplot_titles=list(titles), shared_yaxes=True)
    for k, layer in enumerate(flat):
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
            row=1,
            col=k + 1,
        )
        fig.update_xaxes(range=[lo, hi], nticks=3, row=1, col=k + 1)
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
        fig.update_xaxes(showticklabels=False)
        fig.update_annotations(font_size=palette.FONT_SIZE - 5)  # "第 1 层" × 6 side by side
        tiny = 1e-3 * (hi - lo)  # a sigmoid's 7e-21 is 0 at this scale

        def short(v: float) -> str:
            return "0" if abs(v) < tiny else f"{v:.2g}"

        shown = f"±{short(hi)}" if symmetric else f"{short(lo)} … {short(hi)}"
        x_title = f"{x_title}: {shown}"
    if row_title:
        fig.update_yaxes(title_text=row_title, title_standoff=4, row=1, col=1)
        fig.update_layout(margin=dict(l=72))
    fig.add_annotation(
        text=x_title,
        x=0.5,
        y=-0.03 if narrow else -0.28,
        yanchor="top" if narrow else "auto",
        xref="paper",
        yref="paper",
        showarrow=False,
        font=dict(size=palette.FONT_SIZE - 2),
    )
    return fig


# The regularisation variants on the digits network (models/digits.py), Okabe–Ito.
VARIANT_COLOURS = {"none": "#555555", "l2": "#0072B2", "l1": "#D55E00", "dropout": "#009E73"}
LOG_FLOOR = -7.0  # log₁₀|w| of an exact zero, drawn in the leftmost bin


def weight_histograms(
    weights: dict[str, Sequence[np.ndarray]],
    *,
    names: dict[str, str],
    layer_titles: Sequence[str],
    x_title: str,
    thresholds: Sequence[float] = (1e-5, 1e-2),
    height: int = 430,
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
        vertical_spacing=0.2,
        horizontal_spacing=0.1,
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
                    hovertemplate=names[variant] + " 10^%{x:.2f}: %{y}<extra></extra>",
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
    # ticks at the note's two thresholds and at 1: few enough to stay level on a phone
    fig.update_xaxes(
        tickvals=[-5, -2, 0], ticktext=["10⁻⁵", "10⁻²", "1"], tickangle=0, range=[LOG_FLOOR, 1]
    )
    for c in range(1, cols + 1):
        fig.update_xaxes(title_text=x_title, row=rows, col=c)
    fig.update_annotations(font_size=palette.FONT_SIZE - 2)
    fig.update_layout(
        height=height,
        margin=dict(l=50, r=10, t=60, b=50),
        font=dict(size=palette.FONT_SIZE - 2),
        legend=dict(orientation="h", yanchor="bottom", y=1.08, xanchor="left", x=0),
        plot_bgcolor="white",
    )
    return fig


def training_curves(
    steps: np.ndarray,
    train: dict[str, np.ndarray],
    valid: dict[str, np.ndarray],
    *,
    names: dict[str, str],
    early_stop: tuple[int, float] | None,
    labels: dict[str, str],
    height: int = 430,
) -> go.Figure:
    """Training (dashed) and validation (solid) loss over the steps for each variant, on a log
    axis; the early-stopping point of the unregularised run marked.

    labels: step, loss, train, valid, early_stop."""
    fig = go.Figure()
    for variant in train:
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
                    hovertemplate=f"{names[variant]} · {labels[which]}"
                    + " %{x}: %{y:.3g}<extra></extra>",
                )
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
            )
        )
        fig.add_vline(x=step, line=dict(color="#777777", width=1.5, dash="dot"))
    fig.update_layout(
        height=height,
        margin=dict(l=60, r=10, t=10, b=50),
        font=dict(size=palette.FONT_SIZE - 2),
        plot_bgcolor="white",
        legend=dict(font=dict(size=palette.FONT_SIZE - 5)),
        xaxis=dict(title=labels["step"], showgrid=True, gridcolor="#EEEEEE"),
        yaxis=dict(title=labels["loss"], type="log", showgrid=True, gridcolor="#EEEEEE"),
    )
    return fig


def slice_figure(
    xs: np.ndarray,
    ys: np.ndarray,
    z: np.ndarray,
    paths: Sequence[tuple[str, str, np.ndarray]],
    *,
    labels: dict[str, str],
    height: int = 420,
) -> go.Figure:
    """A 2-D slice of a network's loss (log₁₀ contours, z[i, j] at (xs[j], ys[i])) with runs
    projected onto it; paths: (label, colour, (records, 2) coordinates), each start circled.

    labels: x, y, loss, start."""
    fig = go.Figure(
        go.Contour(
            x=xs,
            y=ys,
            z=np.log10(np.maximum(z, 1e-6)),
            colorscale="Blues_r",
            ncontours=24,
            line=dict(width=0.5, color="rgba(60,70,90,0.5)"),
            colorbar=dict(
                title=dict(text=labels["loss"], side="right"),
                tickvals=[-4, -3, -2, -1, 0, 1],
                ticktext=["10⁻⁴", "10⁻³", "0.01", "0.1", "1", "10"],
                thickness=14,
            ),
            hovertemplate="(%{x:.2f}, %{y:.2f}) · "
            + labels["loss"]
            + " 10^%{z:.2f}<extra></extra>",
        )
    )
    for label, colour, coords in paths:
        fig.add_trace(
            go.Scatter(
                x=coords[:, 0],
                y=coords[:, 1],
                mode="lines+markers",
                line=dict(color=colour, width=palette.LINE_WIDTH),
                marker=dict(size=6, color=colour),
                name=label,
                hovertemplate=label + " (%{x:.2f}, %{y:.2f})<extra></extra>",
            )
        )
        fig.add_trace(
            go.Scatter(
                x=coords[:1, 0],
                y=coords[:1, 1],
                mode="markers",
                marker=dict(size=18, color="white", line=dict(width=4, color=colour)),
                name=f"{label} · {labels['start']}",
                showlegend=False,
                hovertemplate=f"{label} · {labels['start']}<extra></extra>",
            )
        )
    fig.update_layout(
        height=height,
        margin=dict(l=60, r=10, t=40, b=50),
        font=dict(size=palette.FONT_SIZE - 2),
        legend=dict(orientation="h", yanchor="bottom", y=1.01, xanchor="left", x=0),
        plot_bgcolor="white",
        xaxis=dict(title=labels["x"]),
        yaxis=dict(title=labels["y"]),
    )
    return fig


def smoothness_figure(
    steps: np.ndarray,
    runs: dict[str, np.ndarray],
    *,
    names: dict[str, str],
    colours: dict[str, str],
    titles: Sequence[str],
    x_title: str,
    height: int = 430,
) -> go.Figure:
    """Santurkar et al.'s fig. 4 for each network: the loss band and the gradient-
    predictiveness band (min to max over the step sizes, filled) and the effective
    β-smoothness, against the training step on a log axis (the probes after step 0).

    runs: {network: (records, 5) columns loss_min, loss_max, pred_min, pred_max, beta}."""
    fig = make_subplots(rows=1, cols=3, subplot_titles=list(titles), horizontal_spacing=0.09)
    t = steps[1:]
    for name, r in runs.items():
        r = r[1:]
        colour = colours[name]
        for col, (lo, hi) in ((1, (0, 1)), (2, (2, 3))):
            fig.add_trace(
                go.Scatter(
                    x=np.concatenate([t, t[::-1]]),
                    y=np.concatenate([r[:, hi], r[::-1, lo]]),
                    fill="toself",
                    fillcolor=colour,
                    opacity=0.35,
                    line=dict(color=colour, width=1),
                    name=names[name],
                    legendgroup=name,
                    showlegend=col == 1,
                    hoverinfo="skip",
                ),
                row=1,
                col=col,
            )
        fig.add_trace(
            go.Scatter(
                x=t,
                y=r[:, 4],
                mode="lines+markers",
                line=dict(color=colour, width=3),
                marker=dict(size=5, color=colour),
                name=names[name],
                legendgroup=name,
                showlegend=False,
                hovertemplate=names[name] + " %{x}: %{y:.3g}<extra></extra>",
            ),
            row=1,
            col=3,
        )
    fig.update_xaxes(type="log", title_text=x_title)
    fig.update_yaxes(type="log")
    fig.update_annotations(font_size=palette.FONT_SIZE - 4)
    fig.update_layout(
        height=height,
        margin=dict(l=50, r=10, t=70, b=50),
        font=dict(size=palette.FONT_SIZE - 4),
        legend=dict(orientation="h", yanchor="bottom", y=1.12, xanchor="left", x=0),
        plot_bgcolor="white",
    )
    return fig
