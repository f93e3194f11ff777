"""Figure builders: NumPy arrays in, `go.Figure` out. No Streamlit, no JAX.

Arrays go to Plotly as float32 NumPy arrays, which Plotly ≥ 6 ships as base64 typed arrays
(about a third of the JSON size of decimal lists). Axis ranges are the landscape's domain, set
explicitly, so a diverging run can never rescale the view away.
"""

from __future__ import annotations

import base64
import dataclasses
import html
import re
import unicodedata
from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio

from ui import palette

# orjson serialises a figure several times faster than the standard library.
pio.json.config.default_engine = "orjson"


class PreparedFigure(go.Figure):
    """A `go.Figure` whose JSON-ready dict is built directly by the builders below.

    `go.Figure(...)` validates every property, deep-copies on `to_dict()` and probes every
    small array for a dataframe: over 100 ms for an animated contour. Streamlit and
    `plotly.io` only call `to_dict()` / `to_plotly_json()`, so this figure hands over the
    dict it was built from, with arrays already in Plotly's base64 typed-array form. Every
    builder is exercised by tests that render it.
    """

    def __init__(self, spec: dict):
        super().__init__()
        self._spec = spec

    def to_dict(self) -> dict:
        return self._spec

    def to_plotly_json(self) -> dict:
        return self._spec


def prepared_figure(**parts) -> go.Figure:
    """A figure from its parts (`data`, `layout`, `frames`), the empty ones left out."""
    return PreparedFigure({k: v for k, v in parts.items() if v})


def axes_only(fig: go.Figure, x_range: tuple[float, float] | None = None) -> go.Figure:
    """A figure's frame while a study question is open: its axes, titles and size, none of
    what it draws: no traces, no shapes (regularisation network's hidden frame kept the dotted
    early-stopping line at step 1100, the question's answer) and only the annotations placed
    on the paper (panel titles), none placed at a data point. `x_range`: the x axis's span,
    which the data would have set."""
    spec = fig.to_dict()
    layout = {k: v for k, v in spec.get("layout", {}).items() if k not in ("shapes", "images")}
    if "annotations" in layout:
        layout["annotations"] = [
            a
            for a in layout["annotations"]
            if a.get("xref") == "paper" and a.get("yref") == "paper"
        ]
    if x_range is not None:
        layout["xaxis"] = dict(layout.get("xaxis", {}), range=list(x_range))
    return PreparedFigure({"data": [], "layout": layout})


MAX_FRAMES = 60
TAIL = 6
CLICK_GRID_TRACE = 0  # contour_figure's invisible hover grid is its first trace
# A contour that takes clicks reads them with `kit.tap` (any pointer, exact coordinates); its
# hover grid tells the loss under the pointer and that a click sets the point.
CLICK_GRID = 40
MARKERS = {  # marked points drawn over a contour: the start, a student's own prediction
    "start": dict(size=20, color="white", line=dict(width=3, color="#1A1A1A")),
    "own": dict(size=22, color="#1A1A1A", symbol="diamond", line=dict(width=2, color="white")),
}
SNAP = 0.025  # a click this close to a marked point (share of the domain's width) is that point


def snap(
    point: Sequence[float], domain: Sequence[Sequence[float]], marks: Sequence[Sequence[float]] = ()
) -> tuple[float, float]:
    """A clicked or tapped `point`: a marked point within SNAP of it is that point exactly,
    and it stays inside `domain`."""
    x, y = float(point[0]), float(point[1])
    (xlo, xhi), (ylo, yhi) = domain
    reach = SNAP * max(xhi - xlo, yhi - ylo)
    near = [
        (float(np.hypot(mx - x, my - y)), (float(mx), float(my)))
        for mx, my in marks
        if np.hypot(mx - x, my - y) <= reach
    ]
    if near:
        return min(near)[1]
    return min(max(x, xlo), xhi), min(max(y, ylo), yhi)


@dataclasses.dataclass(frozen=True)
class PathView:
    """One trajectory as a figure shows it.

    Attributes:
      key: the optimizer's name (picks the colour).
      label: its translated legend label.
      points: (n + 1, d) points, start first.
      losses: (n + 1,) losses.
      step_lengths: (n,) ‖Δθ‖ per step.
      diverged_at: the step where it diverged, or None.
      colour_override: a colour other than the optimizer's (two lanes of one optimizer).
    """

    key: str
    label: str
    points: np.ndarray
    losses: np.ndarray
    step_lengths: np.ndarray
    diverged_at: int | None = None
    colour_override: str | None = None
    dash: str = "solid"

    @property
    def colour(self) -> str:
        return self.colour_override or palette.colour(self.key)

    @property
    def shown(self) -> np.ndarray:
        """The points up to the last finite one (the points held after divergence add nothing)."""
        if self.diverged_at is None:
            return self.points
        return self.points[: self.diverged_at]  # steps 0 … diverged_at − 1, all finite

    def at_start(self) -> PathView:
        """The run as its start point only, no step and no divergence: what a figure draws
        while a study question about the run is still open."""
        return dataclasses.replace(
            self,
            points=self.points[:1],
            losses=self.losses[:1],
            step_lengths=self.step_lengths[:0],
            diverged_at=None,
        )


def f32(a) -> dict | list:
    """float32 values as Plotly's base64 typed array (a third of the size of decimal text).

    A value beyond float32's range becomes ±inf (NaN stays NaN): Plotly leaves a gap there,
    as it does for a value the page has already marked non-finite.
    """
    with np.errstate(over="ignore", invalid="ignore"):  # ±inf past float32's range, on purpose
        v = np.ascontiguousarray(a, dtype=np.float32)
    if v.size == 0:
        return []
    spec = {"dtype": "f4", "bdata": base64.b64encode(v).decode("ascii")}
    if v.ndim > 1:
        spec["shape"] = str(v.shape)[1:-1]
    return spec


def f32_or_f64(a) -> dict | list:
    """`f32`, or float64 ("f8") when a finite nonzero value lies below float32's smallest normal
    number: a log axis can draw 1e-105, which float32 would turn into 0 (a gap). (A value
    beyond float32's largest still becomes inf, a gap, as in `f32`.)"""
    v = np.asarray(a, dtype=np.float64)
    size = np.abs(v[np.isfinite(v) & (v != 0)])
    if size.size and size.min() < np.finfo(np.float32).tiny:
        v = np.ascontiguousarray(v)
        spec = {"dtype": "f8", "bdata": base64.b64encode(v).decode("ascii")}
        if v.ndim > 1:
            spec["shape"] = str(v.shape)[1:-1]
        return spec
    return f32(v)


def decode(spec: dict | list) -> np.ndarray:
    """The NumPy array behind a typed-array spec (for tests reading figure JSON back)."""
    if isinstance(spec, list):
        return np.asarray(spec, dtype=np.float64)
    v = np.frombuffer(base64.b64decode(spec["bdata"]), dtype=np.dtype(spec["dtype"]))
    if "shape" in spec:
        v = v.reshape([int(n) for n in spec["shape"].split(",")])
    return v.astype(np.float64)


_TAG = re.compile(r"</?(?:sub|sup|b|i|br)\s*/?>")


def shown_length(text: str) -> int:
    """How wide a Plotly label is drawn, in Latin characters: its `<sub>`/`<sup>`/`<b>` tags
    (λ<sub>max</sub> is drawn as 4 characters) are not drawn, and a Chinese character is as
    wide as two Latin ones ("最早离开的格子" is 14)."""
    shown = _TAG.sub("", text)
    return len(shown) + sum(unicodedata.east_asian_width(c) in "WF" for c in shown)


def marker_radius(size: float, line_width: float = 0.0) -> float:
    """How far from its centre a marker of `size` px (and outline `line_width`) is drawn, in
    px, at its largest: with the projector's larger markers."""
    return size * palette.PROJECTOR_MARKER_SCALE / 2 + line_width


def room_for_markers(
    span: Sequence[float], at: Sequence[float], radius: float, plot_px: float
) -> list[float]:
    """An axis range (`span`, in the axis' own units: log₁₀ of the values on a log axis)
    widened on the side a marker needs it, so each marker centred at `at` inside the range is
    drawn whole (`radius` px) in a plot `plot_px` long. Plotly clips a marker at the plot's
    edge: a star or a cell's square on the last row was drawn half, its rest cut off. Markers
    outside the range stay out of it."""
    lo, hi = float(span[0]), float(span[1])
    inside = [float(a) for a in at if np.isfinite(a) and lo <= a <= hi]
    if not inside or plot_px <= 2 * radius:
        return [lo, hi]
    # every px is (hi − lo) / plot_px: widening the range makes a px longer, so solve for the
    # new ends with a few fixed-point steps (each one moves them less; 8 is well converged)
    new_lo, new_hi = lo, hi
    for _ in range(8):
        per_px = (new_hi - new_lo) / plot_px
        new_lo = min(lo, min(inside) - radius * per_px)
        new_hi = max(hi, max(inside) + radius * per_px)
    return [new_lo, new_hi]


def base_layout(labels: Mapping[str, str], *, height: int) -> dict:
    """The layout every figure starts from: its height, margins, type size and legend."""
    return dict(
        height=height,
        margin=dict(l=60, r=20, t=40, b=50),
        font=dict(size=palette.FONT_SIZE),
        legend=dict(orientation="h", yanchor="bottom", y=1.01, xanchor="left", x=0),
        plot_bgcolor="white",
        hoverlabel=dict(font_size=palette.FONT_SIZE - 2),
        uirevision=labels.get("uirevision", "keep"),
    )


LEGEND_ROWS = "legend_rows"  # layout.meta's key: the rows a legend band holds


def legend_band(rows: int, font: float) -> int:
    """The height (px) of `rows` legend entries, one a row, in type of `font` px: Plotly's
    line height (1.3 em) and a few px between entries, with the padding above and below
    (a band Plotly found too small it grew, and that plot shrank)."""
    return round(rows * (1.3 * font + 4) + 0.5 * font + 12)


def reserve_legend_rows(layout: dict, rows: int) -> None:
    """The legend one entry a row at the figure's top, in a top margin of `rows` rows set here
    rather than grown by Plotly for what it holds (`yref="container"`: Plotly makes no room
    for it). The rows are kept in `layout.meta`, so the projector's larger type
    (`theme.projector_figure`) resizes the band."""
    font = layout.get("legend", {}).get("font", {}).get("size") or palette.FONT_SIZE
    layout["legend"] = dict(
        layout.get("legend", {}),
        orientation="v",
        yref="container",
        yanchor="top",
        y=1.0,
        xanchor="left",
        x=0,
    )
    layout["margin"] = dict(layout["margin"], t=legend_band(rows, font))
    layout["meta"] = dict(layout.get("meta", {}), **{LEGEND_ROWS: rows})


def contour_levels(z: np.ndarray, log_levels: bool, min_loss: float | None) -> np.ndarray:
    """The values to contour: log₁₀(z − min + small) where the loss spans decades."""
    if not log_levels:
        return z
    floor = float(np.min(z)) if min_loss is None else min(min_loss, float(np.min(z)))
    span = float(np.max(z)) - floor
    return np.log10(z - floor + 1e-4 * span + 1e-12)


@dataclasses.dataclass(frozen=True)
class Arrow:
    """An arrow from (x0, y0) to (x1, y1) in data coordinates, with a label at its head."""

    x0: float
    y0: float
    x1: float
    y1: float
    colour: str
    label: str = ""
    # the label's side of the head: "right", "left", or "ahead" (beyond the head, where the
    # arrow points: two arrows from one point in opposite directions keep their labels apart)
    side: str = "right"
    # the plot's axis ranges ((x_lo, x_hi), (y_lo, y_hi)), when the arrow must stay inside
    # them: Plotly draws an annotation wherever it points (a long step ran across the tick
    # labels to the figure's edge). The arrow is cut at the box, its head then open (it goes
    # on), and a label near an edge turns to the box's inside.
    within: tuple | None = None

    def drawn(self) -> tuple[float, float, float, float, bool]:
        """The arrow's ends as drawn (cut at `within`) and whether its head was cut off."""
        if self.within is None:
            return self.x0, self.y0, self.x1, self.y1, False
        x0, y0, x1, y1 = clip_segment(self.x0, self.y0, self.x1, self.y1, self.within)
        return x0, y0, x1, y1, (x1, y1) != (self.x1, self.y1)

    def annotations(self) -> list[dict]:
        """The arrow, and its label as a second annotation: Plotly would write an arrow's own
        text at its tail, where several arrows from one point would pile up."""
        x0, y0, x1, y1, cut = self.drawn()
        arrow = dict(
            x=x1,
            y=y1,
            ax=x0,
            ay=y0,
            xref="x",
            yref="y",
            axref="x",
            ayref="y",
            showarrow=True,
            arrowhead=CUT_HEAD if cut else 2,
            arrowsize=1.4,
            arrowwidth=4,
            arrowcolor=self.colour,
            text="",
        )
        if not self.label:
            return [arrow]
        if self.side == "ahead":
            anchors = self._ahead()
        else:
            right = self.side == "right"
            anchors = dict(xanchor="left" if right else "right", xshift=10 if right else -10)
        if self.within is not None:
            anchors = _turned_inside(anchors, (x1, y1), self.within)
        label = dict(
            x=x1,
            y=y1,
            xref="x",
            yref="y",
            text=self.label,
            showarrow=False,
            **anchors,
            font=dict(size=palette.FONT_SIZE, color=self.colour),
            bgcolor="rgba(255,255,255,0.85)",
        )
        return [arrow, label]

    def _ahead(self) -> dict:
        """The label's anchor and shift beyond the head: its box lies wholly on the far side of
        the line through the head across the arrow (a corner at the head, or an edge's middle
        where the arrow is within 22.5° of an axis)."""
        dx, dy = self.x1 - self.x0, self.y1 - self.y0
        steep = abs(dy) > TAN_22_5 * abs(dx)  # not along x: the label above or below
        wide = abs(dx) > TAN_22_5 * abs(dy)  # not along y: the label left or right
        out = dict(xanchor="center", yanchor="middle", xshift=0, yshift=0)
        if wide:
            out.update(xanchor="left" if dx > 0 else "right", xshift=10 if dx > 0 else -10)
        if steep:  # Plotly's yshift counts up, as y does
            out.update(yanchor="bottom" if dy > 0 else "top", yshift=6 if dy > 0 else -6)
        return out


TAN_22_5 = 0.4142  # tan 22.5°: an arrow within it of an axis counts as along that axis
CUT_HEAD = 4  # Plotly's open chevron head: an arrow cut at the plot's edge goes on beyond it
# a label's anchor within this share of the box's span from an edge (its text is about a
# quarter of a plot's width long, a tenth of its height tall) lies on the box's inside
EDGE_SHARE = 0.3


def clip_segment(x0, y0, x1, y1, box) -> tuple[float, float, float, float]:
    """The part of the segment (x0, y0)–(x1, y1) inside `box` ((x_lo, x_hi), (y_lo, y_hi))
    (Liang–Barsky); a segment wholly outside shrinks to its start's nearest point in the box."""
    (xlo, xhi), (ylo, yhi) = box
    dx, dy = x1 - x0, y1 - y0
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, x0 - xlo), (dx, xhi - x0), (-dy, y0 - ylo), (dy, yhi - y0)):
        if p == 0:
            if q < 0:
                lo, hi = 0.0, 0.0
            continue
        r = q / p
        if p < 0:
            lo = max(lo, r)
        else:
            hi = min(hi, r)

    def kept(x, y) -> tuple[float, float]:  # a cut end on the edge, not 1e-15 beyond it
        return float(min(max(x, xlo), xhi)), float(min(max(y, ylo), yhi))

    if lo > hi:
        return kept(x0, y0) * 2
    start = (float(x0), float(y0)) if lo <= 0.0 else kept(x0 + lo * dx, y0 + lo * dy)
    end = (float(x1), float(y1)) if hi >= 1.0 else kept(x0 + hi * dx, y0 + hi * dy)
    return start + end


def _turned_inside(anchors: dict, at: tuple[float, float], box) -> dict:
    """A label's anchors with its text turned to the box's inside along each axis where `at`
    lies within EDGE_SHARE of an edge and the text would run towards it (or both ways, from
    its middle): beyond the plot it ran over the tick labels ("∇L 方向" beside the tick 4)."""
    out = dict(anchors)
    for (lo, hi), anchor, shift, low, high, step in (
        (box[0], "xanchor", "xshift", "right", "left", 12),
        (box[1], "yanchor", "yshift", "top", "bottom", 8),
    ):
        v, reach = at[0 if anchor == "xanchor" else 1], EDGE_SHARE * (hi - lo)
        current = out.get(anchor, "center" if anchor == "xanchor" else "middle")
        if v - lo < reach and current != high:  # near the low edge: text runs up / right
            out[anchor], out[shift] = high, step
        elif hi - v < reach and current != low:  # near the high edge: down / left
            out[anchor], out[shift] = low, -step
    return out


N_LEVELS = 24
_LINE_RGB = np.array([60, 70, 90], dtype=np.float64)


def _scale_rgb(u: np.ndarray) -> np.ndarray:
    """Colours of the surface scale at positions u ∈ [0, 1], as float RGB."""
    stops = np.array([stop for stop, _ in palette.SURFACE_SCALE])
    rgbs = np.array([[int(c[i : i + 2], 16) for i in (1, 3, 5)] for _, c in palette.SURFACE_SCALE])
    return np.stack([np.interp(u, stops, rgbs[:, ch]) for ch in range(3)], axis=-1)


def finite_values(z: np.ndarray) -> np.ndarray:
    """z with +∞ and NaN (a typed formula that overflows, or 1/0) raised to its largest finite
    value and −∞ lowered to its smallest: drawn as the top or bottom band, never a warning.
    All zeros if nothing is finite."""
    z = np.asarray(z, dtype=np.float64)
    finite = z[np.isfinite(z)]
    if finite.size == 0:
        return np.zeros(z.shape)
    return np.nan_to_num(z, nan=finite.max(), posinf=finite.max(), neginf=finite.min())


def contour_bands(
    z: np.ndarray,
    *,
    log_levels: bool = False,
    min_loss: float | None = None,
    n_levels: int = N_LEVELS,
) -> np.ndarray:
    """The contour band (0 = lowest) of every grid value; an overflowed value (a typed
    formula like exp(exp(exp(x)))) is in the top band, −∞ in the bottom one."""
    levels = contour_levels(finite_values(z), log_levels, min_loss)
    lo, hi = float(np.min(levels)), float(np.max(levels))
    u = (levels - lo) / (hi - lo) if hi > lo else np.zeros_like(levels)
    return np.clip((u * n_levels).astype(int), 0, n_levels - 1)


def contour_image(
    z: np.ndarray,
    *,
    log_levels: bool = False,
    min_loss: float | None = None,
    n_levels: int = N_LEVELS,
) -> str:
    """Filled contours with their level lines, as a PNG data URI for `layout.images`.

    A picture rather than a contour trace: Plotly.js drops contour layers while it animates
    other traces (plotly.js#4491), and a banded PNG is several times smaller than the grid.
    Row 0 of `z` is the lowest y, so the image is flipped to put high y on top.
    """
    import io

    from PIL import Image

    band = contour_bands(z, log_levels=log_levels, min_loss=min_loss, n_levels=n_levels)
    rgb = _scale_rgb((band + 0.5) / n_levels)
    edge = np.zeros(band.shape, dtype=bool)
    edge[:, 1:] |= band[:, 1:] != band[:, :-1]
    edge[1:, :] |= band[1:, :] != band[:-1, :]
    rgb[edge] = 0.55 * rgb[edge] + 0.45 * _LINE_RGB
    image = Image.fromarray(np.flipud(rgb).round().astype(np.uint8), mode="RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


HOVER_GRID = 40  # a figure without a click grid still tells the loss under the pointer


def _bilinear(xs, ys, z, px, py) -> np.ndarray:
    """z interpolated at the points (px, py); z[i, j] is at (xs[j], ys[i])."""
    xs, ys = np.asarray(xs, np.float64), np.asarray(ys, np.float64)
    j = np.clip(np.searchsorted(xs, px) - 1, 0, len(xs) - 2)
    i = np.clip(np.searchsorted(ys, py) - 1, 0, len(ys) - 2)
    tx = np.clip((px - xs[j]) / (xs[j + 1] - xs[j]), 0.0, 1.0)
    ty = np.clip((py - ys[i]) / (ys[i + 1] - ys[i]), 0.0, 1.0)
    return (
        (1 - tx) * (1 - ty) * z[i, j]
        + tx * (1 - ty) * z[i, j + 1]
        + (1 - tx) * ty * z[i + 1, j]
        + tx * ty * z[i + 1, j + 1]
    )


def _tick_texts(ticks, values) -> tuple[list[float], list[str]]:
    """Ticks labelled with their values to 3 significant digits, written plainly (200, not
    2e+02); of ticks whose labels would read the same, only the highest is kept."""

    def text(v: float) -> str:
        if v == 0 or 1e-4 <= abs(v) < 1e6:
            return np.format_float_positional(v, precision=3, fractional=False, trim="-")
        return f"{v:.2e}"

    pairs = [(float(k), text(float(v))) for k, v in zip(ticks, values, strict=True)]
    if not pairs:
        return [], []
    kept = [p for p, q in zip(pairs, [*pairs[1:], (None, None)], strict=True) if p[1] != q[1]]
    return [k for k, _ in kept], [s for _, s in kept]


def _round_log_ticks(floor: float, span: float, lo: float, hi: float):
    """Colour-bar ticks for contour_levels' log scale, t = log₁₀(L − floor + 10⁻⁴·span): at
    round losses L (labelled 1.07, 0.167, 0.0774 when they were floor + 10ᵏ), decades and 0
    when three of them fit a sixth of the bar apart, else 1, 2 and 5 × 10ᵏ; picked from the
    top down, each a sixth of the bar below the last."""
    top = max(abs(floor), abs(floor + span), 1e-12)
    powers = range(int(np.floor(np.log10(max(1e-4 * span, 1e-12)))) - 1,
                   int(np.ceil(np.log10(top))) + 2)  # fmt: skip
    best: tuple[np.ndarray, np.ndarray] = (np.array([]), np.array([]))
    for mantissas in ((1,), (1, 2, 5)):
        magnitudes = [m * 10.0**k for k in powers for m in mantissas]
        values = np.unique(np.array([0.0, *magnitudes, *(-v for v in magnitudes)]))
        values = values[values > floor]
        ticks = np.log10(values - floor + 1e-4 * span + 1e-12)
        inside = (ticks >= lo - 1e-9) & (ticks <= hi + 1e-9)
        ticks, values = ticks[inside], values[inside]
        picked: list[int] = []
        for i in reversed(range(len(ticks))):
            if not picked or ticks[picked[-1]] - ticks[i] >= (hi - lo) / 6 - 1e-9:
                picked.append(i)
        picked.reverse()
        if len(picked) > len(best[1]):
            best = ticks[picked], values[picked]
        if len(picked) >= 3:
            break
    return best


def _finer_log_ticks(floor, span, lo, hi, ticks, values):
    """More colour-bar ticks beside `ticks` (one) on contour_levels' log scale:
    multiples of ever finer round steps (5, 2, 1 × 10ᵏ) of the loss, each a tenth of the bar
    from every other tick, until a step gives 3 or more (0.0674 … 0.11: 0.07, 0.08, 0.1)."""
    shift = -floor + 1e-4 * span + 1e-12
    picked = dict(zip(np.round(values, 12), ticks, strict=True))
    top = np.log10(max(abs(floor + span), 1e-12))
    for k in range(int(np.ceil(top)), int(np.floor(np.log10(max(1e-4 * span, 1e-12)))) - 1, -1):
        for m in (5, 2, 1):
            step = m * 10.0**k
            grid = np.arange(np.ceil((floor + 1e-12) / step), np.floor((floor + span) / step) + 1)
            for v in grid[::-1] * step:
                at = float(np.log10(v + shift))
                if not (lo - 1e-9 <= at <= hi + 1e-9) or round(v, 12) in picked:
                    continue
                if all(abs(at - other) >= (hi - lo) / 10 - 1e-9 for other in picked.values()):
                    picked[round(v, 12)] = at
            if len(picked) >= 3:
                order = sorted(picked)
                return np.array([picked[v] for v in order]), np.array(order)
    return ticks, values


def _round_steps(lo: float, hi: float) -> np.ndarray:
    """3 to 6 round values in [lo, hi]: steps of 1, 2 or 5 times a power of ten."""
    raw = (hi - lo) / 4
    step = min((m * 10.0 ** np.floor(np.log10(raw)) for m in (1, 2, 5, 10)),
               key=lambda s: abs(s - raw))  # fmt: skip
    return np.arange(np.ceil(lo / step) * step, hi + 1e-9 * step, step)


def _colour_bar(z, log_levels: bool, min_loss: float | None, title: str) -> dict:
    """An invisible trace whose colour bar is the picture's scale, labelled in loss values
    (round values: steps of 1, 2 or 5 × 10ᵏ, or on a log scale decades)."""
    z = finite_values(z)
    levels = contour_levels(z, log_levels, min_loss)
    lo, hi = float(np.min(levels)), float(np.max(levels))
    hi = hi if hi > lo else lo + 1.0
    if log_levels:  # round losses (decades, else 1, 2 and 5 × 10ᵏ) where they sit on the bar
        floor = float(np.min(z)) if min_loss is None else min(min_loss, float(np.min(z)))
        span = float(np.max(z)) - floor
        ticks, values = _round_log_ticks(floor, span, lo, hi)
        if len(ticks) == 1:  # a narrow range (network landscape at span 0.1: 0.0674 …
            # 0.11 holds one such value, 0.1): round steps of the loss added where they fit
            ticks, values = _finer_log_ticks(floor, span, lo, hi, ticks, values)
        if not len(ticks):  # a zoomed window far above the floor (Himmelblau's 150 … 170):
            # no 1, 2 or 5 × 10ᵏ on the bar; round steps of the loss itself, placed on it
            shift = -floor + 1e-4 * span + 1e-12
            values = _round_steps(10.0**lo - shift, 10.0**hi - shift)
            ticks = np.log10(values + shift)
    else:  # 3 to 6 round values: steps of 1, 2 or 5 times a power of ten
        ticks = values = _round_steps(lo, hi)
    tickvals, ticktext = _tick_texts(ticks, values)
    return dict(
        type="scatter",
        x=[None],
        y=[None],
        mode="markers",
        name="scale",
        showlegend=False,
        hoverinfo="skip",
        marker=dict(
            opacity=0,
            color=[lo],
            cmin=lo,
            cmax=hi,
            colorscale=palette.SURFACE_SCALE,
            showscale=True,
            colorbar=dict(
                title=dict(text=title, side="top"),
                tickvals=tickvals,
                ticktext=ticktext,
                thickness=12,
                len=0.85,
                outlinewidth=0,
            ),
        ),
    )


def contour_base(
    xs: np.ndarray,
    ys: np.ndarray,
    z: np.ndarray,
    *,
    view: Sequence[Sequence[float]],
    labels: Mapping[str, str],
    click_grid: int = 0,
    log_levels: bool = False,
    min_loss: float | None = None,
) -> tuple[dict, dict]:
    """`contour_figure`'s first two traces, which depend on the landscape and the view only
    (so pages cache them): the invisible hover grid telling the loss under the pointer (and,
    named "click", that a click sets the point), and the colour bar."""
    n = click_grid or HOVER_GRID  # over what is on screen: a zoomed view keeps its resolution
    gx = np.linspace(*view[0], n, dtype=np.float32)
    gy = np.linspace(*view[1], n, dtype=np.float32)
    mx, my = np.meshgrid(gx, gy)
    under = _bilinear(xs, ys, finite_values(z), mx.ravel(), my.ravel()).reshape(n, n)
    # A transparent heatmap, not a scatter of invisible markers: Plotly draws it as one
    # picture instead of n² SVG nodes (about 0.1 s less of the browser's time per redraw),
    # and hovers it cell by cell all the same.
    grid = dict(
        type="heatmap",
        x=f32(gx),
        y=f32(gy),
        z=f32(under),
        opacity=0,
        showscale=False,
        hovertemplate=f"(%{{x:.2f}}, %{{y:.2f}}) · {labels['z']} %{{z:.4g}}"
        + "<extra>"
        + (labels["click"] if click_grid else "")
        + "</extra>",
        showlegend=False,
        name="click" if click_grid else "hover",
    )
    return grid, _colour_bar(z, log_levels, min_loss, labels["z"])


def contour_figure(
    xs: np.ndarray | None,
    ys: np.ndarray | None,
    z: np.ndarray | None,
    paths: Sequence[PathView],
    *,
    domain: Sequence[Sequence[float]],
    labels: Mapping[str, str],
    minima: Sequence[Sequence[float]] = (),
    saddles: Sequence[Sequence[float]] = (),
    maxima: Sequence[Sequence[float]] = (),
    minimum_curves: Sequence[Sequence[Sequence[float]]] = (),
    log_levels: bool = False,
    min_loss: float | None = None,
    click_grid: int = 0,
    animate: bool = True,
    height: int = 560,
    background: str | None = None,
    base: Sequence[dict] | None = None,
    extra: Sequence[dict] = (),
    arrows: Sequence[Arrow] = (),
    legend: bool = True,
    legend_below: bool = False,
    legend_rows: int | None = None,
    view: Sequence[Sequence[float]] | None = None,
    colour_bar: bool = True,
    colour_bar_below: bool = False,
    y_stretch: float = 1,
    margin_right: int | None = None,
) -> go.Figure:
    """Contours of the landscape with every trajectory on top.

    Args:
      xs, ys, z: the sampled landscape (z[i, j] at xs[j], ys[i]).
      paths: the trajectories.
      domain: ((x_lo, x_hi), (y_lo, y_hi)), the fixed axis ranges.
      labels: translated strings: x, y, start, minimum, saddle, maximum, click, play, pause,
        step, diverged.
      minima, saddles, maxima: known critical points to mark.
      minimum_curves: polylines whose every point is a minimum, drawn as dashed lines.
      log_levels, min_loss: contour log₁₀(z − min) for losses spanning decades.
      click_grid: n > 0: the invisible n × n hover grid also says a click sets the point
        (the page reads the click with `kit.tap`); 0: a HOVER_GRID one that only tells the loss.
      animate: add Play / Pause and a step slider that move a marker along every path.
      background: `contour_image(z, …)` computed beforehand (it depends on the landscape only,
        so pages cache it); computed here when None.
      base: `contour_base(…)` computed beforehand, likewise; computed here when None. With
        both given, xs, ys and z are not read.
      extra: more traces (plain dicts) drawn over the paths, e.g. a probe point.
      arrows: arrows in data coordinates (eigenvectors, gradients).
      legend_below: the legend under the plot, one entry per row (narrow columns).
      legend_rows: the legend one entry a row in a band at the figure's top that holds this
        many rows, whatever the entries: figures side by side with different numbers of
        entries keep plotting areas of one size (Plotly grows the margin for a legend that
        wraps, and shrinks the plot of the figure with more entries).
      view: axis ranges ((x_lo, x_hi), (y_lo, y_hi)) to zoom into; the whole domain if None.
      colour_bar: False leaves the colour bar out, and its width goes to the surface (a phone).
      colour_bar_below: the colour bar lies under the plot, and its width goes to the surface
        (a wide domain drawn to scale, whose height its width sets).
      y_stretch: a unit of y drawn this many times as tall as a unit of x (1: to scale); a
        page that stretches says so (a wide, flat domain on a phone).
      margin_right: the right margin in px (room for the x axis's last tick label, which
        Plotly hides when it would run past the figure), else the layout's.
    """
    view = view or domain
    if base is None:
        base = contour_base(
            xs,
            ys,
            z,
            view=view,
            labels=labels,
            click_grid=click_grid,
            log_levels=log_levels,
            min_loss=min_loss,
        )
    data: list[dict] = list(base) if colour_bar else list(base[:1])
    if colour_bar and colour_bar_below:  # a copy: `base` is cached
        bar = data[1]["marker"]["colorbar"]
        below = dict(bar, orientation="h", x=0.5, xanchor="center", len=0.7)
        below.update(
            y=0, yref="container", yanchor="bottom", title=dict(bar["title"], side="right")
        )
        data[1] = dict(data[1], marker=dict(data[1]["marker"], colorbar=below))
    for curve in minimum_curves:
        pts = np.asarray(curve, dtype=np.float32)
        data.append(
            dict(
                type="scatter",
                x=f32(pts[:, 0]),
                y=f32(pts[:, 1]),
                mode="lines",
                line=dict(color=palette.CRITICAL_COLOURS["minimum"], width=3, dash="dash"),
                name=labels["minimum"],
                showlegend=False,
                hovertemplate=labels["minimum"] + " (%{x:.3f}, %{y:.3f})<extra></extra>",
            )
        )
    for kind, points, symbol in (
        ("minimum", minima, "star"),
        ("saddle", saddles, "x"),
        ("maximum", maxima, "triangle-up"),
    ):
        if len(points):
            pts = np.asarray(points, dtype=np.float32)
            data.append(
                dict(
                    type="scatter",
                    x=f32(pts[:, 0]),
                    y=f32(pts[:, 1]),
                    mode="markers",
                    marker=dict(
                        symbol=symbol,
                        size=18,
                        color=palette.CRITICAL_COLOURS[kind],
                        line=dict(width=1, color="white"),
                    ),
                    name=labels[kind],
                    showlegend=False,  # explained once beside the figure; the legend is for paths
                    hovertemplate=labels[kind] + " (%{x:.3f}, %{y:.3f})<extra></extra>",
                )
            )
    if paths:
        start = paths[0].points[0]
        data.append(
            dict(
                type="scatter",
                x=f32([start[0]]),
                y=f32([start[1]]),
                mode="markers",
                marker=MARKERS["start"],
                name=labels["start"],
                showlegend=False,
                hovertemplate=labels["start"] + " (%{x:.3f}, %{y:.3f})<extra></extra>",
            )
        )
    path_traces = []
    for path in paths:
        shown = path.shown
        path_traces.append(len(data))
        data.append(
            dict(
                type="scatter",
                x=f32(shown[:, 0]),
                y=f32(shown[:, 1]),
                mode="lines+markers",
                line=dict(color=path.colour, width=palette.LINE_WIDTH, dash=path.dash),
                marker=dict(size=palette.MARKER_SIZE, color=path.colour),
                name=path.label,
                legendgroup=path.key + path.dash,
                hovertemplate=path.label + " (%{x:.3f}, %{y:.3f})<extra></extra>",
            )
        )
    layout = base_layout(labels, height=height)
    layout["showlegend"] = legend
    if not colour_bar:  # a phone: the width to the surface, the legend in fewer rows
        layout["margin"] = dict(layout["margin"], l=50, r=10)
        layout["legend"] = dict(layout["legend"], font=dict(size=palette.FONT_SIZE - 3))
    if margin_right is not None:
        layout["margin"] = dict(layout["margin"], r=margin_right)
    if not legend:
        layout["margin"] = dict(layout["margin"], t=10)  # no legend row to make room for
    if colour_bar and colour_bar_below:  # the bar's row under the x axis' title
        layout["margin"] = dict(layout["margin"], b=layout["margin"]["b"] + 60)
    if legend_below:
        # Measured from the figure's bottom edge: below a square plot (scaleanchor) a paper
        # offset lands on the x-axis title.
        layout["legend"] = dict(
            orientation="v", yref="container", yanchor="bottom", y=0.0, xanchor="left", x=0
        )
        layout["margin"] = dict(layout["margin"], b=70 + 34 * len(paths))
    if legend_rows is not None:
        reserve_legend_rows(layout, legend_rows)
    (xlo, xhi), (ylo, yhi) = domain
    layout["images"] = [
        dict(
            source=background or contour_image(z, log_levels=log_levels, min_loss=min_loss),
            xref="x",
            yref="y",
            x=xlo,
            y=yhi,
            sizex=xhi - xlo,
            sizey=yhi - ylo,
            sizing="stretch",
            layer="below",
        )
    ]
    layout.update(
        xaxis=dict(
            range=list(view[0]),
            # a gap between the tick labels and the title: they touched (gradient geometry at
            # θ = (7, 0), 1280×720 and a phone)
            title=dict(text=labels["x"], standoff=8),
            # the margin grows to hold the gap, not the title onto the ticks; not under an
            # animation's controls, placed in the bottom margin from its height (▶ sat on the
            # slider on a phone)
            automargin=not (animate and paths),
            constrain="domain",
            showgrid=False,
            zeroline=False,
        ),
        yaxis=dict(
            range=list(view[1]),
            title=dict(text=labels["y"], standoff=8),
            automargin=not (animate and paths),  # the controls' x places assume the margins
            scaleanchor="x",
            scaleratio=y_stretch,
            constrain="domain",
            showgrid=False,
            zeroline=False,
        ),
    )
    data.extend(extra)
    frames: list[dict] = []
    if animate and paths:
        heads, frames, race_layout = _race(paths, labels, path_traces, first_head=len(data))
        data += heads
        layout.update(race_layout)
        place_race_controls(layout, palette.FONT_SIZE)
    if arrows:
        layout["annotations"] = [a for arrow in arrows for a in arrow.annotations()]
    return prepared_figure(data=data, layout=layout, frames=frames)


REVEAL_POINTS = 32  # at most this many points of a path in one frame (the last frame: all)


def _revealed(shown: np.ndarray, k: int, final: bool) -> np.ndarray:
    """The path up to step k as a frame draws it: every point while they are few, else every
    s-th with s odd, so a zig-zag (sides alternating every step) still alternates."""
    upto = shown[: min(k, len(shown) - 1) + 1]
    if final or len(upto) <= REVEAL_POINTS:
        return upto
    stride = -(-len(upto) // REVEAL_POINTS)
    stride += 1 - stride % 2
    picked = upto[::stride]
    return picked if len(upto) % stride == 1 else np.vstack([picked, upto[-1:]])


def place_race_controls(layout: dict, font: float, step_labels: bool = True) -> None:
    """Puts Play / Pause and the step slider under the x axis's tick labels and title, sized
    for `font` (px): the bottom margin grows to hold them, and their paper y is computed from
    the plot's height in pixels, so larger (projector) type never lands on them. Without
    `step_labels` the slider's row of step numbers is not drawn and takes no room."""
    margin = layout["margin"]
    below_axis = 2.9 * font + 14  # tick labels and the axis title
    # the slider's value label, rail and step labels; the buttons
    controls = (4.4 if step_labels else 3.0) * font + 12
    margin["b"] = round(below_axis + controls)
    plot = max(60.0, layout["height"] - margin.get("t", 0) - margin["b"])
    for item in (*layout.get("updatemenus", ()), *layout.get("sliders", ())):
        item["y"] = -below_axis / plot
        item["yanchor"] = "top"


def _race(
    paths: Sequence[PathView],
    labels: Mapping[str, str],
    path_traces: Sequence[int],
    first_head: int,
) -> tuple[list[dict], list[dict], dict]:
    """Play / Pause and a step slider: every path is revealed step by step, a head (with a
    short tail) at its tip.

    Returns the head traces, the frames and the layout additions. A frame carries each path
    only up to its step, thinned to REVEAL_POINTS, so frames stay small for long runs; the
    figure before Play and the last frame show the whole paths.
    """
    steps = max(len(p.points) - 1 for p in paths)
    ks = np.unique(np.linspace(0, steps, min(steps, MAX_FRAMES) + 1).round().astype(int))

    def segment(path: PathView, k: int) -> np.ndarray:
        last = min(k, len(path.shown) - 1)
        return path.shown[max(0, last - TAIL + 1) : last + 1]

    heads = []
    for path in paths:
        seg = segment(path, steps)
        heads.append(
            dict(
                type="scatter",
                x=f32(seg[:, 0]),
                y=f32(seg[:, 1]),
                mode="lines+markers",
                line=dict(color=path.colour, width=palette.LINE_WIDTH + 4),
                marker=dict(
                    size=[0] * (len(seg) - 1) + [22],
                    color=path.colour,
                    line=dict(width=3, color="white"),
                ),
                showlegend=False,
                hoverinfo="skip",
                legendgroup=path.key,
                name="head",
            )
        )
    indices = [*path_traces, *range(first_head, first_head + len(paths))]
    frames = []
    for k in ks:
        frame_data = []
        for path in paths:
            upto = _revealed(path.shown, int(k), final=k == ks[-1])
            frame_data.append(dict(x=f32(upto[:, 0]), y=f32(upto[:, 1])))
        for path in paths:
            seg = segment(path, k)
            frame_data.append(
                dict(
                    type="scatter",
                    x=f32(seg[:, 0]),
                    y=f32(seg[:, 1]),
                    marker=dict(size=[0] * (len(seg) - 1) + [22]),
                )
            )
        frames.append(dict(data=frame_data, traces=indices, name=str(int(k))))
    still = dict(frame=dict(duration=0, redraw=True), mode="immediate", transition=dict(duration=0))
    play = dict(
        frame=dict(duration=120, redraw=True),
        transition=dict(duration=0),
        fromcurrent=False,
        mode="immediate",
    )
    layout = dict(
        updatemenus=[
            dict(  # under the axis title, never on it (place_race_controls sets y)
                type="buttons",
                direction="left",
                x=0.0,
                y=-0.1,
                xanchor="left",
                yanchor="top",
                pad=dict(r=10, t=10),
                font=dict(size=palette.FONT_SIZE),
                buttons=[
                    # the signs alone: "▶ Play ❚❚ Pause" (wider still in projector type)
                    # ran over the slider's start, which sits at 30 % of the plot's width
                    dict(label="▶", method="animate", args=[None, play]),
                    dict(label="❚❚", method="animate", args=[[None], still]),
                ],
            )
        ],
        sliders=[
            dict(
                active=len(ks) - 1,
                x=0.3,
                y=-0.1,
                len=0.7,
                xanchor="left",
                yanchor="top",
                pad=dict(t=0, b=4),
                # "step 50" at the slider's right end, away from the Pause button
                currentvalue=dict(
                    prefix=labels["step"] + " ",
                    xanchor="right",
                    font=dict(size=palette.FONT_SIZE),
                ),
                steps=[
                    dict(method="animate", label=str(int(k)), args=[[str(int(k))], still])
                    for k in ks
                ],
            )
        ],
    )
    return heads, frames, layout


FIT_BOX = 0.95  # a fitted 3-D box's x side (the default 1.4 fills the plot, cut at its sides)
FIT_BOX_NARROW = 0.8  # on a phone: its z title, fixed in px, stands further out of a narrow plot
FIT_EYE = dict(x=0.9, y=-1.6, z=1.5)  # the default view's direction
FIT_CENTER = -0.15  # the view's centre lowered: the box higher in the plot, less blank above


def surface_range(z: np.ndarray, *, clip: bool = True, keep: Sequence[float] = ()):
    """The 3-D view's z range (floor, ceiling): the sampled surface's lowest value to its 95th
    percentile (`clip`; off: its highest), widened to hold every finite height in `keep`
    (marks drawn at their true height: "L = 22.4" at θ drawn at 17.32, cut by the clip, read as
    a fall 17.32 → 15.74 where the sentence says 6.66)."""
    ceiling = float(np.percentile(z, 95)) if clip else float(np.nanmax(z))
    floor = float(np.min(z))
    held = np.asarray(keep, dtype=np.float64).ravel()
    held = held[np.isfinite(held)]
    if held.size:
        floor, ceiling = min(floor, float(held.min())), max(ceiling, float(held.max()))
    return floor, ceiling


def surface_figure(
    xs: np.ndarray,
    ys: np.ndarray,
    z: np.ndarray,
    paths: Sequence[PathView],
    *,
    labels: Mapping[str, str],
    height: int = 560,
    extra: Sequence[dict] = (),
    clip: bool = True,
    titles: tuple[str, str] = ("x", "y"),
    fit: float | None = None,
    keep: Sequence[float] = (),
) -> go.Figure:
    """The landscape as a 3-D surface with the trajectories lifted onto it.

    Very tall regions are clipped at the 95th percentile so the interesting part stays visible
    (`clip`; off: the surface as computed, its top included). `extra`: more 3-D traces (plain
    dicts), e.g. a tangent plane. `titles`: the x and y axes' titles. `fit`: the box's x side
    (`FIT_BOX`, `FIT_BOX_NARROW`), small enough that the box and its labels are wholly inside
    the plot, where the default view (1.4) fills the plot and cuts its sides and tick labels.
    `keep`: heights the z axis must hold (`surface_range`): marks in `extra` drawn at their
    true height, which the clip would otherwise cut (a point in a corner of the bowl).
    """
    floor, ceiling = surface_range(z, clip=clip, keep=keep)
    zc = np.minimum(z, ceiling)
    lift = 0.02 * (ceiling - floor)
    data: list[dict] = [
        dict(
            type="surface",
            x=f32(xs),
            y=f32(ys),
            z=f32(zc),
            colorscale=palette.SURFACE_SCALE,
            showscale=False,
            opacity=0.75,
            contours=dict(
                z=dict(
                    show=True, usecolormap=False, color="rgba(60,70,90,0.35)", project=dict(z=False)
                )
            ),
            hoverinfo="skip",
            name="surface",
        )
    ]
    for path in paths:
        shown = path.shown
        data.append(
            dict(
                type="scatter3d",
                x=f32(shown[:, 0]),
                y=f32(shown[:, 1]),
                z=f32(np.minimum(path.losses[: len(shown)], ceiling) + lift),
                mode="lines+markers",
                line=dict(color=path.colour, width=10),
                marker=dict(size=5, color=path.colour),
                name=path.label,
                hovertemplate=path.label + " (%{x:.3f}, %{y:.3f}) z=%{z:.4g}<extra></extra>",
            )
        )
    data.extend(extra)
    layout = base_layout(labels, height=height)
    box, eye = (fit, FIT_EYE) if fit else (1.4, dict(x=0.9, y=-1.6, z=1.5))
    layout.update(
        scene=dict(
            xaxis=dict(
                title=dict(text=titles[0], font=dict(size=16)),
                range=[float(xs[0]), float(xs[-1])],
                tickfont=dict(size=12),
                nticks=6,
            ),
            yaxis=dict(
                title=dict(text=titles[1], font=dict(size=16)),
                range=[float(ys[0]), float(ys[-1])],
                tickfont=dict(size=12),
                nticks=6,
            ),
            zaxis=dict(
                title=dict(text=labels["z"], font=dict(size=16)),
                range=[floor, ceiling + 2 * lift],
                tickfont=dict(size=12),
                nticks=5,
            ),
            aspectmode="manual",
            aspectratio=dict(x=box, y=float(box * (ys[-1] - ys[0]) / (xs[-1] - xs[0])), z=box / 2),
            camera=dict(eye=eye, center=dict(x=0, y=0, z=FIT_CENTER)) if fit else dict(eye=eye),
        ),
        margin=dict(l=0, r=0, t=10 if fit else 40, b=0),
    )
    return prepared_figure(data=data, layout=layout)


def log_axis_ticks(values, max_ticks: int = 6) -> dict:
    """A log axis's labels, each a whole number (Plotly's own read "5, 2, 0.1, 5, 2": the
    decade named once): over two decades or more, decades (10⁻⁶, 1, 10, …), at most
    `max_ticks` of them, written as text (the same size as every other tick); over less, 1, 2 and 5 times a power of ten written out (0.02, 0.05, 0.1, …),
    as decades alone would leave one tick."""
    v = np.asarray(values, dtype=np.float64).ravel()
    v = v[np.isfinite(v) & (v > 0)]
    if v.size == 0:
        return {"exponentformat": "power"}
    lo, hi = np.log10(v.min()), np.log10(v.max())
    if hi - lo < 1e-9:  # one value (runs at their start while a question waits): Plotly padded
        # it with "10 5 2 1 5 2" (0.5 and 0.2 read as 5 and 2); the decades around it instead
        powers = range(int(np.floor(lo)) - 1, int(np.ceil(hi)) + 2)
        return {
            "tickvals": [10.0**k for k in powers],
            "ticktext": [decade(k) for k in powers],
            "range": [powers[0], powers[-1]],
        }
    if hi - lo >= 2:  # written out: Plotly draws its own power labels 1.25× the other ticks
        step = max(1, int(np.ceil((hi - lo) / max_ticks)))
        first, last = int(np.floor(lo / step)) * step, int(np.ceil(hi / step)) * step
        powers = range(first, last + 1, step)
        return {"tickvals": [10.0**k for k in powers], "ticktext": [decade(k) for k in powers]}
    ticks = [m * 10.0**k for k in range(int(np.floor(lo)), int(np.ceil(hi)) + 1) for m in (1, 2, 5)]
    ticks = [x for x in ticks if v.min() <= x <= v.max()]
    if len(ticks) < 2:  # under a factor of 2 or 2.5: Plotly's own labels, plain numbers there
        return {}
    return {"tickvals": ticks, "ticktext": [f"{x:g}" for x in ticks]}


_SUPER = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def decade(power: int) -> str:
    """10ᵏ as a tick reads: 1 and 10 plainly, else 10 with a superscript (10⁻⁶)."""
    return {0: "1", 1: "10"}.get(power, "10" + str(power).translate(_SUPER))


def series_figure(
    paths: Sequence[PathView],
    values: Mapping[str, np.ndarray],
    *,
    labels: Mapping[str, str],
    y_title: str,
    log_y: bool,
    height: int = 360,
) -> go.Figure:
    """One line per optimizer over the steps (loss vs step, step length vs step, …).

    On a log axis, non-positive values cannot be drawn and are left out.
    """
    data = []
    shown: list[np.ndarray] = []  # the values a log axis draws, for its labels
    for path in paths:
        y = np.asarray(values[path.key], dtype=np.float64)
        # values are per point (losses: step 0 …) or per step (step lengths: step 1 …)
        x = np.arange(len(y)) + (len(path.points) - len(y))
        if path.diverged_at is not None:
            y, x = y[x < path.diverged_at], x[x < path.diverged_at]
        if log_y:
            y = np.where(y > 0, y, np.nan)
            shown.append(y)
        data.append(
            dict(
                type="scatter",
                x=f32(x),
                y=f32(y),
                mode="lines",
                line=dict(color=path.colour, width=palette.LINE_WIDTH),
                name=path.label,
                hovertemplate=path.label + " %{x}: %{y:.4g}<extra></extra>",
            )
        )
    layout = base_layout(labels, height=height)
    layout.update(
        xaxis=dict(
            title=dict(text=labels["step"]), rangemode="tozero", showgrid=True, gridcolor="#E5E8EC"
        ),
        yaxis=dict(
            title=dict(text=y_title, standoff=8),
            type="log" if log_y else "linear",
            showgrid=True,
            gridcolor="#E5E8EC",
            exponentformat="power",
            # decades over two or more (readable from the back row), else 1-2-5 labels
            # (0.05, 0.1, 0.2, 0.5): decades alone left one "10⁻¹" on 0.027 … 0.68
            **(log_axis_ticks(np.concatenate(shown or [[]])) if log_y else {}),
        ),
    )
    return prepared_figure(data=data, layout=layout)


# ---- predict, then reveal (pages/room/) ------------------------------------------------------


def marker_trace(point: Sequence[float], name: str, kind: str) -> dict:
    """One marked point: the start ("start"), a student's own prediction ("own")."""
    return dict(
        type="scatter",
        x=f32([point[0]]),
        y=f32([point[1]]),
        mode="markers",
        marker=MARKERS[kind],
        name=name,
        showlegend=kind == "own",
        hovertemplate=name + " (%{x:.2f}, %{y:.2f})<extra></extra>",
    )


def cloud_trace(points: np.ndarray, name: str, nicknames: Sequence[str] = ()) -> dict:
    """Every prediction of a class, as a translucent cloud under the true path; a point's
    hover names its student when they gave a nickname."""
    pts = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    trace = dict(
        type="scatter",
        x=f32(pts[:, 0]),
        y=f32(pts[:, 1]),
        mode="markers",
        marker=dict(size=13, color="rgba(40, 40, 40, 0.45)", line=dict(width=1, color="white")),
        name=f"{name} ({len(pts)})",
        hovertemplate=name + " (%{x:.2f}, %{y:.2f})<extra></extra>",
    )
    if any(nicknames):
        trace["text"] = [html.escape(n) for n in nicknames]
        trace["hovertemplate"] = "%{text} (%{x:.2f}, %{y:.2f})<extra></extra>"
    return trace


def votes_figure(options: Sequence[str], counts: Sequence[int], right: int | None) -> go.Figure:
    """The class's answers per option, the right one in green."""
    colours = [
        palette.CRITICAL_COLOURS["minimum"] if i == right else "#9A9A9A"
        for i in range(len(options))
    ]
    layout = base_layout({}, height=60 + 44 * len(options))
    layout.update(
        margin=dict(l=10, r=20, t=10, b=30),
        showlegend=False,
        xaxis=dict(
            title=dict(text=""),
            dtick=1 if max(counts, default=0) <= 10 else None,
            rangemode="tozero",
        ),
        yaxis=dict(autorange="reversed", automargin=True),
        bargap=0.25,
    )
    data = [
        dict(
            type="bar",
            orientation="h",
            x=list(counts),
            y=list(options),
            marker=dict(color=colours),
            text=[str(c) for c in counts],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    ]
    return prepared_figure(data=data, layout=layout)


def curve_figure(
    xs: np.ndarray,
    fx: np.ndarray,
    paths: Sequence[PathView],
    *,
    labels: Mapping[str, str],
    extra: Sequence[dict] = (),
    height: int = 400,
    legend: bool = True,
) -> go.Figure:
    """A 1-D loss curve f(x) with runs on it: a path's points are (x_k, f(x_k)). The axes are
    fixed to the curve (a run that leaves it is clipped, not rescaled), so a tap's place on
    the plot is a place on the curve."""
    lo, hi = float(np.min(fx)), float(np.max(fx))
    pad = 0.08 * (hi - lo or 1.0)
    data: list[dict] = [
        dict(
            type="scatter",
            x=f32(xs),
            y=f32(fx),
            mode="lines",
            line=dict(color="#7F8C9D", width=3),
            name="f(x)",
            showlegend=False,
            hovertemplate="x = %{x:.2f} · f(x) = %{y:.3f}<extra></extra>",
        )
    ]
    for path in paths:
        shown = path.shown
        data.append(
            dict(
                type="scatter",
                x=f32(shown[:, 0]),
                y=f32(shown[:, 1]),
                mode="lines+markers",
                line=dict(color=path.colour, width=palette.LINE_WIDTH),
                marker=dict(size=palette.MARKER_SIZE + 2, color=path.colour),
                name=path.label,
                hovertemplate=path.label + " x = %{x:.3f}<extra></extra>",
            )
        )
    data.extend(extra)
    layout = base_layout(labels, height=height)
    layout["showlegend"] = legend
    layout.update(
        xaxis=dict(
            range=[float(xs[0]), float(xs[-1])], title=dict(text=labels["x"]), zeroline=False
        ),
        yaxis=dict(range=[lo - pad, hi + pad], title=dict(text="f(x)"), zeroline=False),
    )
    return prepared_figure(data=data, layout=layout)


def guesses_figure(
    guesses: Sequence[float],
    *,
    low: float,
    high: float,
    labels: Mapping[str, str],
    truth: tuple[float, float, str] | None = None,
    nicknames: Sequence[str] = (),
    own: float | None = None,
    height: int = 360,
) -> go.Figure:
    """A class's guesses of one number as dots on a number line from `low` to `high`, one per
    student, each at its guess (guesses within a 1/40 of the range stack up); after the reveal
    `truth` = (value, tolerance, its text) draws the answer as a green line in a band of the
    guesses that count as right. `labels`: "axis" (the number's name), "class", "you"."""
    values = np.asarray(guesses, dtype=np.float64).ravel()
    width = (high - low) / 40 or 1.0
    columns = np.round((values - low) / width).astype(int) if values.size else values
    seen: dict[int, int] = {}
    heights = []
    for c in columns.tolist():
        seen[c] = seen.get(c, 0) + 1
        heights.append(seen[c])
    tallest = max(heights, default=1)
    layout = base_layout({}, height=height)
    layout.update(
        margin=dict(l=20, r=20, t=40, b=60),
        showlegend=False,
        xaxis=dict(
            range=[low - width, high + width],
            title=dict(text=labels["axis"]),
            zeroline=False,
            showgrid=True,
        ),
        yaxis=dict(range=[-0.9, max(tallest, 5) + 1.5], visible=False, fixedrange=True),
    )
    data: list[dict] = []
    shapes, annotations = [], []
    if truth is not None:
        value, tol, text = truth
        good = palette.CRITICAL_COLOURS["minimum"]
        shapes = [
            dict(type="rect", xref="x", yref="paper", x0=value - tol, x1=value + tol, y0=0, y1=1,
                 fillcolor=good, opacity=0.15, line=dict(width=0), layer="below"),
            dict(type="line", xref="x", yref="paper", x0=value, x1=value, y0=0, y1=1,
                 line=dict(color=good, width=4)),
        ]  # fmt: skip
        share = (value - low) / ((high - low) or 1.0)  # near an end, the label leans inwards
        anchor = "right" if share > 0.8 else "left" if share < 0.2 else "center"
        annotations = [
            dict(x=value, y=1, xref="x", yref="paper", yanchor="bottom", xanchor=anchor,
                 text=html.escape(text), showarrow=False,
                 font=dict(color=good, size=palette.FONT_SIZE + 2)),
        ]  # fmt: skip
    layout.update(shapes=shapes, annotations=annotations)
    if values.size:
        trace = dict(
            type="scatter",
            x=f32(values),  # where each guess is; only the stacking goes by column
            y=f32(np.asarray(heights, dtype=np.float64)),
            mode="markers",
            marker=dict(size=16, color="rgba(40, 40, 40, 0.55)", line=dict(width=1, color="white")),
            name=f"{labels['class']} ({values.size})",
            customdata=values.tolist(),
            hovertemplate=labels["class"] + " %{customdata:.3g}<extra></extra>",
        )
        if any(nicknames):
            trace["text"] = [html.escape(n) for n in nicknames]
            trace["hovertemplate"] = "%{text} %{customdata:.3g}<extra></extra>"
        data.append(trace)
    if own is not None:
        data.append(
            dict(
                type="scatter",
                x=[own],
                y=[0.0],
                mode="markers+text",
                marker=MARKERS["own"],
                text=[html.escape(labels["you"])],
                textposition="middle right",
                name=labels["you"],
                hovertemplate=labels["you"] + " %{x:.3g}<extra></extra>",
            )
        )
    return prepared_figure(data=data, layout=layout)
