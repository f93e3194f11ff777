"""The pre-training lesson's figure: both runs on a 2-D slice of task B's loss. NumPy in,
Plotly out."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go

from ui import palette


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
