"""Figures of the second-order lesson: arrays in, figures out. No Streamlit, no JAX."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import numpy as np

from ui import palette
from ui.figures import _base_layout, _f32, _figure

GRID = "#E5E8EC"
NARROW_HEIGHT = 450  # two panels stacked on a phone (each ≥ 150 px), its controls within a screen


@dataclasses.dataclass(frozen=True)
class Line:
    """One run drawn in a panel: its label, colour, and x / y values."""

    label: str
    colour: str
    x: np.ndarray
    y: np.ndarray
    dash: str = "solid"
    markers: bool = True


def _panels(narrow: bool, n: int = 2, gap: float = 0.1) -> list[tuple[dict, dict]]:
    """(x domain, y domain) of n panels: side by side, or stacked on a phone."""
    size = (1 - gap * (n - 1)) / n
    spans = [[i * (size + gap), i * (size + gap) + size] for i in range(n)]
    if narrow:
        return [([0, 1], span) for span in reversed(spans)]
    return [(span, [0, 1]) for span in spans]


def _legend(layout: dict, narrow: bool) -> None:
    """On a phone the legend on one row, in smaller type, inside the top margin: on two
    rows it would take the stacked panels' height."""
    if narrow:
        layout["legend"] = dict(layout["legend"], font=dict(size=palette.FONT_SIZE - 3),
                                entrywidthmode="pixels", itemwidth=30)  # fmt: skip


def _line(line: Line, axis: str, hover: str) -> dict:
    return dict(
        type="scatter",
        x=_f32(line.x),
        y=_f32(line.y),
        mode="lines+markers" if line.markers else "lines",
        xaxis=f"x{axis}",
        yaxis=f"y{axis}",
        line=dict(color=line.colour, width=palette.LINE_WIDTH, dash=line.dash),
        marker=dict(size=palette.MARKER_SIZE + 2, color=line.colour),
        name=line.label,
        legendgroup=line.label,
        hovertemplate=hover + "<extra>" + line.label + "</extra>",
    )


def steps_1d(
    xs: np.ndarray,
    fx: np.ndarray,
    paths: Sequence[Line],
    curvature: Sequence[Line],
    *,
    domain: tuple[float, float],
    labels: Mapping[str, str],
    height: int = 440,
    narrow: bool = False,
) -> object:
    """Left: the curve f with each run's iterates (x_t, f(x_t)) on it. Right: per step, the
    second derivative each rule divides by: Newton's f″(x_t), AdaGrad's stand-in √Σg²/ε
    (note 001). Stacked on a phone. `labels`: "step" and "h" (the right panel's axis titles)."""
    (cx, cy), (hx, hy) = _panels(narrow, gap=0.14 if narrow else 0.1)
    layout = _base_layout(labels, height=NARROW_HEIGHT if narrow else height)
    lo, hi = float(np.min(fx)), float(np.max(fx))
    pad = 0.08 * (hi - lo or 1.0)
    layout.update(
        xaxis=dict(domain=cx, range=list(domain), title=dict(text="x", standoff=2),
                   showgrid=True, gridcolor=GRID, automargin=True, zeroline=False),
        yaxis=dict(domain=cy, range=[lo - pad, hi + pad], title=dict(text="f(x)", standoff=4),
                   showgrid=True, gridcolor=GRID, automargin=True, zeroline=False),
        xaxis2=dict(domain=hx, anchor="y2", title=dict(text=labels["step"], standoff=2),
                    showgrid=True, gridcolor=GRID, automargin=True, zeroline=False, rangemode="tozero"),
        yaxis2=dict(domain=hy, anchor="x2", title=dict(text=labels["h"], standoff=4),
                    showgrid=True, gridcolor=GRID, automargin=True, zeroline=True, zerolinecolor="#1A1A1A",
                    zerolinewidth=2),
    )  # fmt: skip
    data = [
        dict(type="scatter", x=_f32(xs), y=_f32(fx), mode="lines", xaxis="x", yaxis="y",
             line=dict(color="#8E9FB3", width=3), hoverinfo="skip", name="f", showlegend=False)
    ]  # fmt: skip
    for path in paths:
        data.append(_line(path, "", "t=%{pointNumber}: x=%{x:.4g}, f=%{y:.4g}"))
    for line in curvature:
        trace = _line(line, "2", "t=%{x}: %{y:.4g}")
        trace["showlegend"] = False  # the same run as its path on the left
        data.append(trace)
    layout["margin"] = dict(l=50 if narrow else 60, r=10 if narrow else 20, t=36, b=40)
    _legend(layout, narrow)
    return _figure(data=data, layout=layout)


def race(
    lines_by_step: Sequence[Line],
    lines_by_time: Sequence[Line],
    *,
    labels: Mapping[str, str],
    height: int = 440,
    narrow: bool = False,
) -> object:
    """Training loss per step (left) and per second (right), log-scaled, one line per
    optimizer; stacked on a phone. `labels`: "step", "seconds", "loss", "loss_short" (axis
    titles; the short one on a phone)."""
    # on a phone its longer names wrap to two legend rows, and the upper panel's step axis
    # title needs the gap above the lower one: 70 px more keeps each panel ≥ 150 px
    (ax, ay), (bx, by) = _panels(narrow, gap=0.22 if narrow else 0.1)
    layout = _base_layout(labels, height=NARROW_HEIGHT + 70 if narrow else height)
    axis = dict(showgrid=True, gridcolor=GRID, automargin=True, zeroline=False)
    log = dict(type="log", exponentformat="power", dtick=2, **axis)
    layout.update(
        xaxis=dict(domain=ax, title=dict(text=labels["step"]), **axis),
        # stacked on a phone, a panel is ~160 px tall: each gets the short title
        yaxis=dict(
            domain=ay,
            title=dict(text=labels["loss_short" if narrow else "loss"], standoff=4),
            **log,
        ),
        xaxis2=dict(domain=bx, anchor="y2", title=dict(text=labels["seconds"]), **axis),
        yaxis2=dict(
            domain=by,
            anchor="x2",
            **({"title": dict(text=labels["loss_short"], standoff=4)} if narrow else {}),
            **log,
        ),
    )
    data = [_line(line, "", "%{x}: %{y:.3g}") for line in lines_by_step]
    for line in lines_by_time:
        trace = _line(line, "2", "%{x:.3f} s: %{y:.3g}")
        trace["showlegend"] = False
        data.append(trace)
    layout["margin"] = dict(l=60, r=10 if narrow else 20, t=36, b=40)
    _legend(layout, narrow)
    return _figure(data=data, layout=layout)
