"""Figures of the second-order lesson: arrays in, figures out. No Streamlit, no JAX."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import numpy as np

from ui import palette
from ui.figures import base_layout, f32, prepared_figure

GRID = "#E5E8EC"
SIDE_GAP = 0.17  # between the 1-D panels side by side: ≥ 85 px of a 500 px plot (1024×768)
STEP_PAD = 0.06  # the step axis's padding, of its span: a marker's radius (7 px) of ≥ 200 px
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
        x=f32(line.x),
        y=f32(line.y),
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
    # side by side the gap holds the right panel's tick labels and its long axis title (at
    # 0.1, 50 px at 1024×768 with the projector, the title ran 21 px into the left panel)
    (cx, cy), (hx, hy) = _panels(narrow, gap=0.14 if narrow else SIDE_GAP)
    layout = base_layout(labels, height=NARROW_HEIGHT if narrow else height)
    lo, hi = float(np.min(fx)), float(np.max(fx))
    pad = 0.08 * (hi - lo or 1.0)
    last = max([1.0, *(float(np.max(line.x)) for line in curvature if len(line.x))])
    layout.update(
        xaxis=dict(domain=cx, range=list(domain), title=dict(text="x", standoff=2),
                   showgrid=True, gridcolor=GRID, automargin=True, zeroline=False),
        yaxis=dict(domain=cy, range=[lo - pad, hi + pad], title=dict(text="f(x)", standoff=4),
                   showgrid=True, gridcolor=GRID, automargin=True, zeroline=False),
        # the steps' range padded: a marker at step 0 (or the last) drawn whole, not halved
        xaxis2=dict(domain=hx, anchor="y2", title=dict(text=labels["step"], standoff=2),
                    range=[-STEP_PAD * last, (1 + STEP_PAD) * last],
                    showgrid=True, gridcolor=GRID, automargin=True, zeroline=False),
        yaxis2=dict(domain=hy, anchor="x2", title=dict(text=labels["h"], standoff=4),
                    showgrid=True, gridcolor=GRID, automargin=True, zeroline=True, zerolinecolor="#1A1A1A",
                    zerolinewidth=2),
    )  # fmt: skip
    data = [
        dict(type="scatter", x=f32(xs), y=f32(fx), mode="lines", xaxis="x", yaxis="y",
             line=dict(color="#8E9FB3", width=3), hoverinfo="skip", name="f", showlegend=False)
    ]  # fmt: skip
    for i, path in enumerate(paths):
        trace = _line(path, "", "t=%{pointNumber}: x=%{x:.4g}, f=%{y:.4g}")
        if i == 0 and len(path.x):  # the first run's start as a wide ring around the others'
            n = len(path.x)
            size = palette.MARKER_SIZE + 2
            trace["marker"] = dict(trace["marker"], symbol=["circle-open"] + ["circle"] * (n - 1),
                                   size=[size + 12] + [size] * (n - 1), line=dict(width=3))  # fmt: skip
        data.append(trace)
    for line in curvature:
        trace = _line(line, "2", "t=%{x}: %{y:.4g}")
        trace["showlegend"] = False  # the same run as its path on the left
        data.append(trace)
    layout["margin"] = dict(l=50 if narrow else 60, r=10 if narrow else 20, t=36, b=40)
    _legend(layout, narrow)
    return prepared_figure(data=data, layout=layout)


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
    titles; the short one on a phone; "by_time": the lower panel's heading on a phone)."""
    # on a phone its longer names wrap to two legend rows; the upper panel's step axis title
    # sits right under its ticks, and the lower panel's own heading above it, a wide gap
    # between: 140 px more keeps each panel ≥ 150 px
    gap = 0.3 if narrow else 0.1
    (ax, ay), (bx, by) = _panels(narrow, gap=gap)
    layout = base_layout(labels, height=NARROW_HEIGHT + 140 if narrow else height)
    axis = dict(showgrid=True, gridcolor=GRID, automargin=True, zeroline=False)
    log = dict(type="log", exponentformat="power", dtick=2, **axis)
    layout.update(
        xaxis=dict(domain=ax, title=dict(text=labels["step"], standoff=0), **axis),
        # stacked on a phone, a panel is ~160 px tall: each gets the short title
        yaxis=dict(
            domain=ay,
            title=dict(text=labels["loss_short" if narrow else "loss"], standoff=4),
            **log,
        ),
        xaxis2=dict(domain=bx, anchor="y2", title=dict(text=labels["seconds"], standoff=0), **axis),
        yaxis2=dict(
            domain=by,
            anchor="x2",
            **({"title": dict(text=labels["loss_short"], standoff=4)} if narrow else {}),
            **log,
        ),
    )
    # each panel's ranges hold its drawn lines, with room: autoranged, the log axis ended at
    # about 1.7 while L-BFGS and Adam start at 4.9, so the curves ran off the top and crossed
    # the tick "1" there; the x range a little before 0, so the first drop is not on the axis
    for name, lines in (("", lines_by_step), ("2", lines_by_time)):
        xs = np.concatenate([np.asarray(line.x, dtype=float) for line in lines] or [[0.0, 1.0]])
        ys = np.concatenate([np.asarray(line.y, dtype=float) for line in lines] or [[1.0]])
        ys = ys[np.isfinite(ys) & (ys > 0)]
        if ys.size:
            lo, hi = np.log10(ys.min()), np.log10(ys.max())
            pad = 0.06 * max(hi - lo, 1.0)
            layout[f"yaxis{name}"]["range"] = [lo - pad, hi + pad]
        span = float(np.max(xs) - np.min(xs)) or 1.0
        layout[f"xaxis{name}"]["range"] = [float(np.min(xs)) - 0.03 * span, float(np.max(xs))]
    data = [_line(line, "", "%{x}: %{y:.3g}") for line in lines_by_step]
    for line in lines_by_time:
        trace = _line(line, "2", "%{x:.3f} s: %{y:.3g}")
        trace["showlegend"] = False
        data.append(trace)
    layout["margin"] = dict(l=60, r=10 if narrow else 20, t=36, b=40)
    if narrow and "by_time" in labels:  # stacked: the lower panel's own heading over it, so
        # the upper panel's step title (right under its ticks) is not read as the lower's
        layout["annotations"] = [
            dict(text="<b>" + labels["by_time"] + "</b>", showarrow=False, xref="paper",
                 yref="paper", x=0, y=by[1], xanchor="left", yanchor="bottom",
                 font=dict(size=palette.FONT_SIZE - 2))
        ]  # fmt: skip
    _legend(layout, narrow)
    return prepared_figure(data=data, layout=layout)


# marker symbols of the 2-D paths, in the order the page passes them (gradient descent,
# saddle-free Newton, Newton, noisy gradient descent): ●, ◇, ■, ▲ as the caption says
PATH_DASHES = ("solid", "dash", "solid", "dot")
PATH_SYMBOLS = ("circle", "diamond-open", "square", "triangle-up")
PATH_WIDTHS = (
    palette.LINE_WIDTH + 4,
    palette.LINE_WIDTH - 1.5,
    palette.LINE_WIDTH,
    palette.LINE_WIDTH,
)
DRAW_ORDER = (0, 3, 2, 1)  # the thickest first, the thin dashed saddle-free Newton on top


def distinguish(fig: object, labels: Sequence[str]) -> object:
    """Each path of a contour figure (named by `labels`, in the page's order) with its own
    marker symbol, dash and width, drawn so the thin dashed one lies over the thick one: on
    the two-neuron surface saddle-free Newton runs along gradient descent's path."""
    spec = fig.to_dict()
    data = spec["data"]
    index = {tr.get("name"): i for i, tr in enumerate(data) if tr.get("mode") == "lines+markers"}
    traces = []
    for k, label in enumerate(labels):
        tr = data[index[label]]
        tr["marker"] = dict(tr.get("marker", {}), symbol=PATH_SYMBOLS[k],
                            size=palette.MARKER_SIZE + (4 if k in (0, 1) else 0),
                            line=dict(width=2.5 if k == 1 else 1,
                                      color=tr.get("line", {}).get("color") if k == 1 else "white"))  # fmt: skip
        tr["line"] = dict(tr.get("line", {}), dash=PATH_DASHES[k], width=PATH_WIDTHS[k])
        tr["legendrank"] = 1000 + k  # the legend in the page's order, whatever the draw order
        traces.append(tr)
    first = min(index[label] for label in labels)
    rest = [tr for i, tr in enumerate(data) if i not in {index[label] for label in labels}]
    spec["data"] = rest[:first] + [traces[k] for k in DRAW_ORDER] + rest[first:]
    return fig
