"""Figure builders for the lesson pages: arrays in, figures out. No Streamlit, no JAX."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import numpy as np

from ui import palette
from ui.figures import _base_layout, _f32, _figure

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
                x=_f32(s.x),
                y=_f32(y),
                mode="lines+markers" if s.markers else "lines",
                line=dict(color=s.colour, width=palette.LINE_WIDTH, dash=s.dash),
                marker=dict(size=palette.MARKER_SIZE, color=s.colour),
                name=s.label,
                hovertemplate=s.label + " %{x:.4g}: %{y:.4g}<extra></extra>",
            )
        )
    layout = _base_layout(labels or {}, height=height)
    layout["showlegend"] = legend
    grid = dict(showgrid=True, gridcolor="#E5E8EC", automargin=True)  # titles clear the ticks
    layout.update(
        xaxis=dict(title=dict(text=x_title), type="log" if log_x else "linear", **grid),
        yaxis=dict(
            title=dict(text=y_title, standoff=8),
            type="log" if log_y else "linear",
            exponentformat="power",
            **({"dtick": _decade_step(series)} if log_y else {}),
            **grid,
        ),
    )
    return _figure(data=data, layout=layout)


def _decade_step(series: Sequence[Series], max_ticks: int = 6) -> int:
    """Decades between log-axis ticks, so at most `max_ticks` labels fit on a projector."""
    values = np.concatenate([np.asarray(s.y, dtype=np.float64).ravel() for s in series] or [[1.0]])
    values = values[np.isfinite(values) & (values > 0)]
    if values.size == 0:
        return 1
    decades = np.log10(values.max()) - np.log10(values.min())
    return max(1, int(np.ceil(decades / max_ticks)))


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


def taylor_check(run: Run1D, k: int) -> dict[str, float] | None:
    """Step k → k+1 against the first-order Taylor model f(x + Δ) ≈ f(x) + f'(x)Δ.

    Returns x_k, Δ, the predicted change f'(x_k)Δ, the actual change and the model's error,
    or None when step k does not exist (diverged or past the end).
    """
    if k >= run.last:
        return None
    delta = float(run.x[k + 1] - run.x[k])
    predicted = float(run.slope[k]) * delta
    actual = float(run.f[k + 1] - run.f[k])
    return dict(
        x=float(run.x[k]), delta=delta, predicted=predicted, actual=actual, error=actual - predicted
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
    data, layout = [], _base_layout(labels, height=height)
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
                x=_f32(xs),
                y=_f32(fx),
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
                x=_f32(run.x[shown]),
                y=_f32(run.f[shown]),
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
                    x=_f32(tx),
                    y=_f32(fk + gk * (tx - xk)),
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
                    x=_f32([x_next, x_next]),
                    y=_f32([fk + step["predicted"], run.f[k + 1]]),
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
    return _figure(data=data, layout=layout)


def _inner_ticks(end: float) -> list[float]:
    """Round ticks from 0 that stop short of `end` (a narrow panel's right edge, where the
    next panel's first tick label would run into it): about two or three of them."""
    power = 10 ** np.floor(np.log10(end / 2.5))
    step = min((m * power for m in (1, 2, 5, 10)), key=lambda d: abs(d - end / 2.5))
    return [float(v) for v in np.arange(0, 0.85 * end, step)]


def edge_figure(
    runs,
    quadratic: Sequence[np.ndarray],
    *,
    labels: Mapping[str, str],
    quadratic_steps: int,
    diverged_at: Sequence[int | None] = (),
    height: int = 470,
    narrow: bool = False,
) -> object:
    """The edge-of-stability lesson's figure, four panels: the network's λ_max over the steps
    with each rate's limit 2(1 + α)/ε dashed (top left) and its loss (bottom left); the
    quadratic beside it, whose λ_max is the network's at step 0 and never moves (top right), and
    its loss per rate (bottom right, cut where it blows up or has converged to nothing).

    `labels`: network, loss, step and limit (the dashed lines' legend text). A run that
    diverged (`diverged_at[i]`, a step) is drawn up to that step: its blow-up would squash the
    other runs' losses into one line. `narrow` (a phone): the right panels, whose λ axis is the
    left one's, leave out its tick labels, the loss axis has its labels on the right, and the
    panels take the width that gives.
    """
    data = []
    curvature = float(runs.sharpness[0, 0])
    shown_sharp = runs.sharpness.copy()
    for i, cut in enumerate(diverged_at):
        if cut is not None:
            shown_sharp[i, runs.sharp_steps >= cut] = np.nan
    finite = shown_sharp[np.isfinite(shown_sharp)]
    peak = float(finite.max()) if finite.size else curvature
    limits = [runs.threshold(i) for i in range(len(runs.rates))]
    shown = [lim for lim in limits if lim <= 1.5 * peak]
    top = 1.12 * max([peak, curvature, *shown])
    k_quad = np.arange(quadratic_steps + 1)
    last = int(runs.sharp_steps[-1])
    for i, lr in enumerate(runs.rates):
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        name = f"ε = {lr:g}"
        group = dict(legendgroup=f"rate{i}")
        losses = np.where(np.isfinite(runs.losses[i]), runs.losses[i], np.nan)
        sharp = shown_sharp[i]
        cut = diverged_at[i] if i < len(diverged_at) else None
        if cut is not None:
            losses[cut:] = np.nan
        data.append(
            dict(type="scatter", x=_f32(runs.sharp_steps), y=_f32(sharp),
                 xaxis="x2", yaxis="y", mode="lines", name=name, **group,
                 line=dict(color=colour, width=palette.LINE_WIDTH),
                 hovertemplate=name + " · %{x}: λ_max %{y:.4g}<extra></extra>")
        )  # fmt: skip
        for xaxis, yaxis, span in (("x2", "y", last), ("x4", "y3", quadratic_steps)):
            data.append(
                dict(type="scatter", x=[0, span], y=[limits[i], limits[i]], xaxis=xaxis,
                     yaxis=yaxis, mode="lines", showlegend=False, **group,
                     line=dict(color=colour, width=palette.LINE_WIDTH - 1, dash="dash"),
                     hovertemplate=f"{name} · {labels['limit']} = {limits[i]:.4g}<extra></extra>")
            )  # fmt: skip
        data.append(
            dict(type="scatter", x=_f32(np.arange(losses.size)), y=_f32(losses), xaxis="x",
                 yaxis="y2", mode="lines", showlegend=False, **group,
                 line=dict(color=colour, width=palette.LINE_WIDTH),
                 hovertemplate=name + " · %{x}: L %{y:.4g}<extra></extra>")
        )  # fmt: skip
        q = np.asarray(quadratic[i], dtype=np.float64)
        q = np.where((q > 1e-12 * q[0]) & (q < 1e6 * q[0]) & np.isfinite(q), q, np.nan)
        data.append(
            dict(type="scatter", x=_f32(k_quad), y=_f32(q), xaxis="x3", yaxis="y4",
                 mode="lines", showlegend=False, **group,
                 line=dict(color=colour, width=palette.LINE_WIDTH),
                 hovertemplate=name + " · %{x}: L %{y:.4g}<extra></extra>")
        )  # fmt: skip
    data.append(
        dict(type="scatter", x=[0, quadratic_steps], y=[curvature, curvature], xaxis="x4",
             yaxis="y3", mode="lines", name="λ₀", showlegend=False,
             line=dict(color="#555555", width=palette.LINE_WIDTH),
             hovertemplate=f"λ_max = {curvature:.4g}<extra></extra>")
    )  # fmt: skip
    notes = [
        dict(text=f"λ = {curvature:.3g}", x=0.02, y=curvature, xref="x4 domain", yref="y3",
             xanchor="left", yanchor="bottom", showarrow=False, font=dict(color="#555555"))
    ]  # fmt: skip
    data.append(  # a legend entry for the dashed lines
        dict(type="scatter", x=[None], y=[None], xaxis="x2", yaxis="y", mode="lines",
             name=labels["limit"], line=dict(color="#555555", dash="dash"))
    )  # fmt: skip
    layout = _base_layout({}, height=height)
    layout["margin"] = dict(l=50 if narrow else 60, r=10 if narrow else 20, t=70, b=50)
    grid = dict(showgrid=True, gridcolor="#E5E8EC", automargin=True)
    left, right = ([0.0, 0.56], [0.64, 1.0]) if narrow else ([0.0, 0.58], [0.74, 1.0])
    upper, lower = [0.54, 1.0], [0.0, 0.44]
    layout.update(
        xaxis=dict(domain=left, anchor="y2", title=dict(text=labels["step"]),
                   **(dict(tickvals=_inner_ticks(last)) if narrow else dict(nticks=5)), **grid),
        xaxis2=dict(domain=left, anchor="y", matches="x", showticklabels=False, **grid),
        xaxis3=dict(domain=right, anchor="y4", title=dict(text=labels["step"]), nticks=3,
                    **grid),
        xaxis4=dict(domain=right, anchor="y3", matches="x3", showticklabels=False, **grid),
        yaxis=dict(domain=upper, anchor="x2", range=[0, top], title=dict(text="λ_max"), **grid),
        yaxis2=dict(domain=lower, anchor="x", type="log", title=dict(text=labels["loss"]),
                    dtick=1 if narrow else None, **grid),
        yaxis3=dict(domain=upper, anchor="x4", range=[0, top], showticklabels=not narrow,
                    **grid),
        yaxis4=dict(domain=lower, anchor="x3", type="log", exponentformat="power", dtick=6,
                    side="right" if narrow else "left", **grid),
        annotations=[
            *notes,
            dict(text=f"<b>{labels['network']}</b>", x=0.0, y=1.0, xref="paper", yref="paper",
                 xanchor="left", yanchor="bottom", showarrow=False),
            dict(text="<b>½λx²</b>", x=right[0], y=1.0, xref="paper",
                 yref="paper", xanchor="left", yanchor="bottom", showarrow=False),
        ],
        legend=dict(orientation="h", yanchor="bottom", y=1.07, xanchor="left", x=0),
    )  # fmt: skip
    return _figure(data=data, layout=layout)
