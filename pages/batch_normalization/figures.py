"""The batch-normalisation lesson's smoothness figure (Santurkar et al. 2018). NumPy in,
Plotly out."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ui import palette


def log_ticks(lo: float, hi: float) -> dict:
    """Tick labels for a log axis over lo…hi: the 1-2-5 values inside it, each with its full
    number (Plotly's own minor labels read "9 8 7 6 5" or "2 5 2"), or the decades only when
    those would crowd the axis (more than 5)."""
    lo, hi = float(lo), float(hi)
    first, last = int(np.floor(np.log10(lo))), int(np.ceil(np.log10(hi)))
    decades = [10.0**k for k in range(first, last + 1)]
    series = [m * d for d in decades for m in (1, 2, 5)]
    inside = [v for v in series if lo <= v <= hi]
    if len(inside) > 5:
        inside = [d for d in decades if lo <= d <= hi]
    if len(inside) < 2:  # a narrow range: the 1-2-5 values just around it
        below = [v for v in series if v <= lo][-1:]
        above = [v for v in series if v >= hi][:1]
        inside = below + inside + above
    return dict(tickvals=inside, ticktext=[f"{v:g}" for v in inside])


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
    # spacing 0.08 and margins 46/8: each panel was 198.7 px wide at 1024×768 with the
    # projector on, under the 200 px every plotting area needs
    fig = make_subplots(rows=1, cols=3, subplot_titles=list(titles), horizontal_spacing=0.08)
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
                cliponaxis=False,  # the last step's markers sat half outside the panel's edge
                name=names[name],
                legendgroup=name,
                showlegend=False,
                hovertemplate=names[name] + " %{x}: %{y:.3g}<extra></extra>",
            ),
            row=1,
            col=3,
        )
    # the three panels share their steps: one x-range (the markers' padding widened the third)
    x_range = [float(np.log10(t[0])), float(np.log10(t[-1]))]
    fig.update_xaxes(type="log", title_text=x_title, range=x_range, **log_ticks(t[0], t[-1]))
    fig.update_yaxes(type="log")
    columns = {1: (0, 1), 2: (2, 3), 3: (4,)}
    for col, cols in columns.items():
        values = np.concatenate([r[1:, list(cols)].ravel() for r in runs.values()])
        values = values[np.isfinite(values) & (values > 0)]
        if values.size:
            fig.update_yaxes(**log_ticks(values.min(), values.max()), row=1, col=col)
    fig.update_annotations(font_size=palette.FONT_SIZE - 4)
    fig.update_layout(
        height=height,
        margin=dict(l=46, r=8, t=70, b=50),
        font=dict(size=palette.FONT_SIZE - 4),
        legend=dict(orientation="h", yanchor="bottom", y=1.12, xanchor="left", x=0),
        plot_bgcolor="white",
    )
    return fig
