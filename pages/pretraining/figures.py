"""The pre-training lesson's figure: both runs on a 2-D slice of task B's loss. NumPy in,
Plotly out."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go

from ui import palette

_SUPER = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _loss_label(value: float) -> str:
    """A loss as its colour-bar tick reads: 0.01 to 100 plainly (0.2, 1.5, 20), else 10ⁿ or
    m×10ⁿ."""
    if 0.01 <= value < 1000:
        return f"{value:.3g}"
    power = int(np.floor(np.log10(value) + 1e-9))
    mantissa = value / 10.0**power
    head = "" if abs(mantissa - 1) < 1e-6 else f"{mantissa:.2g}×"
    return f"{head}10{str(power).translate(_SUPER)}"


def loss_ticks(log_z: np.ndarray, least: int = 3) -> dict:
    """Colour-bar ticks (log₁₀ positions, labels) for a loss drawn as log₁₀: the round values
    1·10ᵏ inside the drawn range, or 1, 2, 5·10ᵏ when fewer than `least` decades fall in it,
    or, over a range too short for those (under a decade), steps of 1, 2 or 5 × 10ᵏ (0.3, 0.4,
    0.5: a 3 among 1·10ᵏ and 2·10ᵏ was no round step)."""
    finite = log_z[np.isfinite(log_z)]
    lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
    ticks: list[float] = []
    for mantissas in ((1,), (1, 2, 5)):
        ticks = [
            m * 10.0**k
            for k in range(int(np.floor(lo)) - 1, int(np.ceil(hi)) + 1)
            for m in mantissas
            if lo - 1e-9 <= np.log10(m * 10.0**k) <= hi + 1e-9
        ]
        if len(ticks) >= least:
            break
    if len(ticks) < least:
        a, b = 10.0**lo, 10.0**hi
        raw = (b - a) / 4
        step = min((m * 10.0 ** np.floor(np.log10(raw)) for m in (1, 2, 5, 10)),
                   key=lambda d: abs(d - raw))  # fmt: skip
        ticks = [float(v) for v in np.arange(np.ceil(a / step) * step, b + 1e-9 * step, step)]
        ticks = [float(f"{v:.12g}") for v in ticks if v > 0]
    return dict(
        tickvals=[float(np.log10(v)) for v in ticks], ticktext=[_loss_label(v) for v in ticks]
    )


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
                **loss_ticks(np.log10(np.maximum(z, 1e-6))),
                thickness=14,
            ),
            hovertemplate="(%{x:.2f}, %{y:.2f}) · "
            + labels["loss"]
            + " 10<sup>%{z:.2f}</sup><extra></extra>",
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
