"""Figure builders for the lesson pages: arrays in, figures out. No Streamlit, no JAX."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import numpy as np

from ui import palette
from ui.figures import base_layout, f32, f32_or_f64, log_axis_ticks, prepared_figure

# Colours for series that are not optimizers (learning rates, schedules): Okabe–Ito, in an
# order that keeps the first three far apart for colour-blind viewers.
SERIES_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")


@dataclasses.dataclass(frozen=True)
class Series:
    """One line: a label, a colour and its points (an optional dash for a second coordinate)."""

    label: str
    colour: str
    x: np.ndarray
    y: np.ndarray
    dash: str = "solid"
    markers: bool = False


def lines_figure(
    series: Sequence[Series],
    *,
    x_title: str,
    y_title: str,
    log_y: bool = False,
    log_x: bool = False,
    height: int = 340,
    labels: Mapping[str, str] | None = None,
    legend: bool = True,
) -> object:
    """Lines over a shared x axis (x_t over t, learning rate over k, ‖g‖ over steps, …).

    Args:
      legend: False for the second of two charts that share one legend.
    """
    data = []
    for s in series:
        y = np.asarray(s.y, dtype=np.float64)
        if log_y:
            y = np.where(y > 0, y, np.nan)
        data.append(
            dict(
                type="scatter",
                x=f32(s.x),
                y=f32_or_f64(y) if log_y else f32(y),  # a log axis draws 1e-105
                mode="lines+markers" if s.markers else "lines",
                line=dict(color=s.colour, width=palette.LINE_WIDTH, dash=s.dash),
                marker=dict(size=palette.MARKER_SIZE, color=s.colour),
                name=s.label,
                hovertemplate=s.label + " %{x:.4g}: %{y:.4g}<extra></extra>",
            )
        )
    layout = base_layout(labels or {}, height=height)
    layout["showlegend"] = legend
    grid = dict(showgrid=True, gridcolor="#E5E8EC", automargin=True)  # titles clear the ticks
    layout.update(
        # "power": 1.5×10⁷, never Plotly's default SI suffix ("15M") beside a 10ⁿ axis
        xaxis=dict(
            title=dict(text=x_title),
            type="log" if log_x else "linear",
            **(
                {"exponentformat": "power"}
                | (
                    log_axis_ticks(np.concatenate([_shown(s.x) for s in series] or [[]]))
                    if log_x
                    else {}
                )
            ),
            **grid,
        ),
        yaxis=dict(
            title=dict(text=y_title, standoff=8),
            type="log" if log_y else "linear",
            **(
                {"exponentformat": "power"}
                | (
                    log_axis_ticks(np.concatenate([_shown(s.y) for s in series] or [[]]))
                    if log_y
                    else {}
                )
            ),
            **grid,
        ),
    )
    return prepared_figure(data=data, layout=layout)


def _shown(values) -> np.ndarray:
    """A series' values as a log axis draws them (positive and finite)."""
    v = np.asarray(values, dtype=np.float64).ravel()
    return v[np.isfinite(v) & (v > 0)]


@dataclasses.dataclass(frozen=True)
class Run1D:
    """Gradient descent (or ascent) on a curve with one learning rate.

    Attributes:
      label: legend text ("ε = 0.1").
      colour: its colour.
      x: (n + 1,) iterates x₀ … x_n.
      f: (n + 1,) f(x_t).
      slope: (n,) f'(x_t) for t = 0 … n − 1.
      diverged_at: the step where the run diverged, or None.
    """

    label: str
    colour: str
    x: np.ndarray
    f: np.ndarray
    slope: np.ndarray
    diverged_at: int | None = None

    @property
    def last(self) -> int:
        """Index of the last finite iterate."""
        return len(self.x) - 1 if self.diverged_at is None else self.diverged_at - 1


def taylor_check(run: Run1D, k: int, exact=None) -> dict[str, float] | None:
    """Step k → k+1 against the first-order Taylor model f(x + Δ) ≈ f(x) + f'(x)Δ.

    `exact`, given, maps points to (f, f′) in float64 (`optimizers.precision.values64`): the
    changes are then read at the drawn iterates without float32's rounding of f, which is
    larger than a small step's error (x + sin x at ε = 0.01: −1.273×10⁻⁶ for −1.184×10⁻⁶).

    Returns x_k, Δ, the predicted change f'(x_k)Δ, the actual change and the model's error,
    or None when step k does not exist (diverged or past the end).
    """
    if k >= run.last:
        return None
    x0, x1 = (float(v) for v in (run.x[k], run.x[k + 1]))
    delta = x1 - x0
    if exact is not None:
        f, fp = exact(np.array([x0, x1]))
        predicted = float(fp[0]) * delta
        actual = float(f[1] - f[0])
    else:
        predicted = float(run.slope[k]) * delta
        actual = float(run.f[k + 1] - run.f[k])
    return dict(
        x=float(run.x[k]), delta=delta, predicted=predicted, actual=actual, error=actual - predicted
    )


def taylor_table(rows: Sequence[Mapping[str, object]], fixed: Sequence[str] = ()) -> object:
    """`rows` of numbers as a table (a pandas Styler for `st.table`) narrow enough for a
    column: the columns in `fixed` to 4 decimals, every other number to 4 significant digits
    ("−1116", "0.0025", "9.97×10⁻⁵"), never a thousands separator. Streamlit's own format
    ("-1,115.5103", 4 decimals whatever the size) ran six columns of the Taylor check past its
    column at 1024×768 in 中文 with the projector on, cutting the error column. The cells stay
    numbers (right-aligned, and what a test reads is the value, not its rounding)."""
    import pandas as pd

    from ui.claims import sig

    frame = pd.DataFrame(list(rows))
    numbers = [c for c in frame.columns if pd.api.types.is_float_dtype(frame[c])]
    return frame.style.format(
        {c: (lambda v: f"{v:.4f}") if c in fixed else (lambda v: sig(v + 0.0, 4)) for c in numbers}
    )


def curve_panels(
    xs: np.ndarray,
    fx: np.ndarray,
    runs: Sequence[Run1D],
    *,
    k: int,
    domain: tuple[float, float],
    labels: Mapping[str, str],
    height: int = 430,
    narrow: bool = False,
) -> object:
    """One panel per run: the curve, the iterates on it, and at step k the tangent line with
    the Taylor prediction (hollow) next to the true value (filled). `narrow` (a phone): the
    panels' titles tighter and smaller, so three of them do not run into each other."""
    n = max(len(runs), 1)
    gap = 0.05
    width = (1 - gap * (n - 1)) / n
    lo, hi = float(np.min(fx)), float(np.max(fx))
    pad = 0.08 * (hi - lo or 1.0)
    y_range = [lo - pad, hi + pad]
    data, layout = [], base_layout(labels, height=height)
    layout["showlegend"] = False
    annotations = []
    for i, run in enumerate(runs):
        ax = "" if i == 0 else str(i + 1)
        xref, yref = f"x{ax}", f"y{ax}"
        layout[f"xaxis{ax}"] = dict(
            domain=[i * (width + gap), i * (width + gap) + width],
            range=list(domain),
            title=dict(text="x"),
            showgrid=True,
            gridcolor="#E5E8EC",
            zeroline=False,
        )
        layout[f"yaxis{ax}"] = dict(
            range=y_range,
            anchor=xref,
            showgrid=True,
            gridcolor="#E5E8EC",
            zeroline=False,
            **({"title": dict(text="f(x)")} if i == 0 else {"showticklabels": False}),
        )
        data.append(
            dict(
                type="scatter",
                x=f32(xs),
                y=f32(fx),
                mode="lines",
                xaxis=xref,
                yaxis=yref,
                line=dict(color="#8E9FB3", width=3),
                hoverinfo="skip",
                name="f",
            )
        )
        shown = slice(0, run.last + 1)
        data.append(
            dict(
                type="scatter",
                x=f32(run.x[shown]),
                y=f32(run.f[shown]),
                mode="lines+markers",
                xaxis=xref,
                yaxis=yref,
                line=dict(color=run.colour, width=2, dash="dot"),
                marker=dict(size=palette.MARKER_SIZE + 2, color=run.colour),
                name=run.label,
                hovertemplate="t=%{pointNumber}: x=%{x:.4f}<extra>" + run.label + "</extra>",
            )
        )
        step = taylor_check(run, k)
        if step is not None:
            xk, fk, gk = run.x[k], run.f[k], run.slope[k]
            half = max(abs(step["delta"]) * 1.3, 0.06 * (domain[1] - domain[0]))
            tx = np.array([xk - half, xk + half])
            data.append(
                dict(
                    type="scatter",
                    x=f32(tx),
                    y=f32(fk + gk * (tx - xk)),
                    mode="lines",
                    xaxis=xref,
                    yaxis=yref,
                    line=dict(color="#1A1A1A", width=3),
                    name=labels["tangent"],
                    hoverinfo="skip",
                )
            )
            x_next = run.x[k + 1]
            data.append(
                dict(
                    type="scatter",
                    x=f32([x_next, x_next]),
                    y=f32([fk + step["predicted"], run.f[k + 1]]),
                    mode="lines+markers",
                    xaxis=xref,
                    yaxis=yref,
                    line=dict(color="#BB5566", width=3, dash="dash"),
                    marker=dict(
                        size=[16, 16],
                        color=["white", "#BB5566"],
                        line=dict(width=3, color="#BB5566"),
                    ),
                    name=labels["taylor_error"],
                    hovertemplate="%{y:.4f}<extra>" + labels["taylor_error"] + "</extra>",
                )
            )
        title = run.label.replace(" = ", "=") if narrow else run.label
        annotations.append(
            dict(
                text=f"<b>{title}</b>",
                x=sum(layout[f"xaxis{ax}"]["domain"]) / 2,
                y=1.0,
                xref="paper",
                yref="paper",
                yanchor="bottom",
                showarrow=False,
                font=dict(size=palette.FONT_SIZE - 2 if narrow else palette.FONT_SIZE + 2,
                          color=run.colour),
            )
        )  # fmt: skip
    layout["annotations"] = annotations
    layout["margin"] = dict(l=45 if narrow else 60, r=10 if narrow else 20, t=50, b=50)
    return prepared_figure(data=data, layout=layout)
