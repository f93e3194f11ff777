"""Page-wide styling for a projector: tighter top space, larger chart-adjacent text."""

from __future__ import annotations

import base64
import copy
import functools
import io
import re

import plotly.graph_objects as go
import streamlit as st
from PIL import Image, ImageDraw

from ui import figures, palette
from ui.figures import PreparedFigure, place_race_controls

CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding-top: 2.6rem; padding-bottom: 1rem; }
h1 { font-size: 2.0rem !important; padding-top: 0 !important; padding-bottom: 0.4rem !important; }
[data-testid="stMarkdownContainer"] .katex { font-size: 1.15em; }
[data-testid="stAlertContainer"] { padding: 0.45rem 0.9rem; }
[data-testid="stAlert"] { margin-bottom: -0.4rem; }
[data-testid="stButtonGroup"] [data-orientation="horizontal"] { flex-wrap: wrap; row-gap: 0.4rem; }
/* a pill (a study step, a schedule, a preset) never wider than its column: a label too long
   for a narrow control column wraps inside its pill instead of being cut at the column edge */
[data-testid="stButtonGroup"] button { max-width: 100%; height: auto; }
[data-testid="stButtonGroup"] button p { white-space: normal; text-align: left; }
/* On a phone Streamlit stacks columns in order; the column holding a lesson's chart goes
   first, so the figure comes before its controls (640 px: where Streamlit stacks columns). */
@media (max-width: 640px) {
  [data-testid="stHorizontalBlock"] > [data-testid="stColumn"]:has([data-testid="stPlotlyChart"]) {
    order: -1;
  }
  /* a study step's buttons smaller, in one row where they fit: in two rows they pushed the
     question's Check below a screen from the figure's top */
  [class*="st-key-study-"] [data-testid="stButtonGroup"] button {
    padding: 0.15rem 0.5rem; min-height: 2rem; }
  [class*="st-key-study-"] [data-testid="stButtonGroup"] button p { font-size: 0.85rem; }
  /* Plotly's icons sit on a phone chart's legend; the Download menu under it has the PNG,
     and a double tap resets a zoom */
  .js-plotly-plot .modebar-container { display: none !important; }
  /* a table's numbers stay on one line ("1.02e-03", not "1.02e-" over "03"): a wide table
     scrolls sideways in its own box, the page does not */
  [data-testid="stTable"] { overflow-x: auto; }
  [data-testid="stTableStyledTable"] { width: max-content; min-width: 100%; }
  [data-testid="stTableStyledTable"] :is(th, td, p) {
    white-space: nowrap; word-break: normal; overflow-wrap: normal;
  }
}
/* a lesson's title in a page link wraps onto a second line rather than being cut at its
   edge ("Starting from a pre-trained network" in projector mode's larger type): in the
   sidebar and in the start page's course path (204 px boxes at 1024×768, nine cut) */
[data-testid="stPageLink"] a { height: auto; }
[data-testid="stPageLink"] :is(p, span) { white-space: normal; overflow: visible; text-overflow: clip; }
/* the lecturer's room menu: its label wraps in a narrow column rather than being cut */
.st-key-_menu_ask button { max-width: 100%; height: auto; }
.st-key-_menu_ask button p { white-space: normal; text-align: left; }
/* Streamlit's number and text boxes say "Press Enter to apply" in English over the box in
   every language; a box applies on Enter and when it loses focus either way */
[data-testid="InputInstructions"] { display: none; }
/* kit.tap, kit.autoplay: page scripts with nothing to show */
[class*="st-key-tap-"] { display: none; }
</style>
"""


def apply() -> None:
    st.markdown(CSS, unsafe_allow_html=True)


# ---- projector mode ----------------------------------------------------------------------------
PROJECTOR_CSS = """
<style>
html { font-size: 22px !important; }
h1 { font-size: 2.0rem !important; }  /* "一维中的学习率" on one line beside the presets at 1024 px */
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] *,
[data-testid="stWidgetLabel"] p { color: #1A1A1A !important; }
[data-testid="stCaptionContainer"] { opacity: 0.9 !important; }
[data-testid="stWidgetLabel"] p, [data-testid="stCaptionContainer"] { font-size: 1rem !important; }
[data-testid="stSliderThumbValue"], [data-testid="stSliderTickBar"] { font-size: 0.95rem; }
[data-testid="stMarkdownContainer"] p, [data-testid="stAlertContentInfo"] p { color: #000000; }
[data-testid="stSlider"] [role="slider"] { width: 1.1rem; height: 1.1rem; }
</style>
"""
PROJECTOR_FONT = 24  # chart text from the back of a room
PROJECTOR_MIN_LINE = 5.0
PROJECTOR_MARKER_SCALE = palette.PROJECTOR_MARKER_SCALE


def apply_projector() -> None:
    st.markdown(PROJECTOR_CSS, unsafe_allow_html=True)


def projector_figure(fig: go.Figure) -> go.Figure:
    """A copy of `fig` for a projector: text ≥ 22 px, lines ≥ 5 px, markers 1.4× larger.

    Works on the figure's JSON dict (the builders hand over prepared dicts, see
    `figures.PreparedFigure`), frames included, so animations stay in step."""
    spec = copy.deepcopy(fig.to_dict())
    layout = spec.setdefault("layout", {})
    _font(layout, PROJECTOR_FONT)
    _font(layout.setdefault("legend", {}), PROJECTOR_FONT - 4)
    _font(layout.setdefault("hoverlabel", {}), PROJECTOR_FONT - 2)
    for key, value in list(layout.items()):
        if not isinstance(value, dict):
            continue
        if key.startswith(("xaxis", "yaxis")):
            _axis(value, PROJECTOR_FONT - 4, PROJECTOR_FONT - 2)
        elif key.startswith("scene"):
            for axis in ("xaxis", "yaxis", "zaxis"):
                _axis(value.setdefault(axis, {}), PROJECTOR_FONT - 6, PROJECTOR_FONT - 2)
    for annotation in layout.get("annotations", ()):
        size = annotation.get("font", {}).get("size", 0)
        _font(annotation, max(size, PROJECTOR_FONT - 2))
    for slider in layout.get("sliders", ()):
        _font(slider.setdefault("currentvalue", {}), PROJECTOR_FONT - 2)
        slider["currentvalue"]["font"]["color"] = "#1A1A1A"
        # its row of step numbers could not be read from the back of a room; "step 50" can
        slider["font"] = {"size": 1, "color": "rgba(0,0,0,0)"}
    legend = layout.get("legend", {})
    entries = [tr for tr in spec.get("data", ()) if tr.get("showlegend", True) and tr.get("name")]
    if (
        layout.get("sliders")  # race controls placed for the plot's height (below)
        and layout.get("showlegend", True)
        and legend.get("orientation") == "h"
        and len(entries) >= 3
        and "margin" in layout
    ):
        # Room for two rows of legend above the plot (three entries or more wrap on a
        # 1024-px screen): had Plotly to grow the top margin itself, the plot would shrink
        # under controls placed for its old height, and Play / Pause would cover the axis title.
        top = round(4.0 * (PROJECTOR_FONT - 4) + 12)
        layout["margin"]["t"] = max(layout["margin"].get("t", 0), top)
    rows = (layout.get("meta") or {}).get(figures.LEGEND_ROWS)
    if rows and "margin" in layout:  # the legend band, for the larger type
        layout["margin"]["t"] = figures.legend_band(rows, PROJECTOR_FONT - 4)
    if layout.get("sliders") and "margin" in layout and "height" in layout:
        # larger type under the plot, the step numbers' row left out
        place_race_controls(layout, PROJECTOR_FONT - 2, step_labels=False)
    for trace in spec.get("data", ()):
        _thicken(trace)
        _thin_colour_bar(trace)
    for frame in spec.get("frames", ()):
        for trace in frame.get("data", ()):
            _thicken(trace)
    return PreparedFigure(spec)


def _font(part: dict, size: float) -> None:
    part.setdefault("font", {})["size"] = size


def _axis(axis: dict, tick: float, title: float) -> None:
    axis.setdefault("tickfont", {})["size"] = tick
    axis["automargin"] = True  # larger ticks push the title out instead of over them
    if isinstance(axis.get("title"), str):
        axis["title"] = {"text": axis["title"]}
    _font(axis.setdefault("title", {}), title)


def _thicken(trace: dict) -> None:
    if trace.get("type", "scatter") not in ("scatter", "scatter3d", "scattergl"):
        return
    line = trace.get("line")
    if isinstance(line, dict) and isinstance(line.get("width"), int | float) and line["width"]:
        line["width"] = max(line["width"] * 1.5, PROJECTOR_MIN_LINE)
    marker = trace.get("marker")
    if not isinstance(marker, dict) or marker.get("opacity") == 0:
        return  # invisible click grids keep their size
    size = marker.get("size")
    if isinstance(size, int | float):
        marker["size"] = size * PROJECTOR_MARKER_SCALE
    elif isinstance(size, list):
        marker["size"] = [v * PROJECTOR_MARKER_SCALE for v in size]


def _thin_colour_bar(trace: dict) -> None:
    """Every other tick of a colour bar with more than three: projector type would stack
    them on top of each other on a short bar."""
    marker = trace.get("marker")
    bar = trace.get("colorbar") or (marker.get("colorbar") if isinstance(marker, dict) else None)
    if not isinstance(bar, dict):
        return
    values, texts = bar.get("tickvals"), bar.get("ticktext")
    if isinstance(values, list) and len(values) > 3:
        bar["tickvals"] = values[::2]
        if isinstance(texts, list) and len(texts) == len(values):
            bar["ticktext"] = texts[::2]


# ---- lesson links that hide controls -------------------------------------------------------------
KEY_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,40}$")


def hide_controls(keys: list[str]) -> None:
    """Hides the controls with these widget keys (CSS on their `.st-key-<key>` containers)."""
    selectors = ", ".join(f".st-key-{key}" for key in keys if KEY_PATTERN.match(key))
    if selectors:
        st.markdown(
            f"<style>{selectors} {{ display: none !important; }}</style>", unsafe_allow_html=True
        )


# ---- the tab icon ----------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def favicon() -> Image.Image:
    """Contour rings and an orange path, drawn here: a local icon (a Material icon name would
    make the browser fetch it from the internet) without an image file in the repository."""
    n = 128
    img = Image.new("RGBA", (n, n), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((0, 0, n - 1, n - 1), radius=24, fill=(255, 255, 255, 255))
    for i, r in enumerate((54, 42, 30, 18)):
        shade = 200 - 35 * i
        box = (64 - r * 1.1, 64 - r * 0.8, 64 + r * 1.1, 64 + r * 0.8)
        draw.ellipse(box, outline=(shade - 60, shade - 30, shade, 255), width=6)
    path = [(14, 22), (40, 58), (30, 40), (52, 62), (64, 64)]
    draw.line(path, fill=(213, 94, 0, 255), width=9, joint="curve")
    for x, y in path:
        draw.ellipse((x - 7, y - 7, x + 7, y + 7), fill=(213, 94, 0, 255))
    return img


@functools.cache
def favicon_url() -> str:
    """`favicon()` as a PNG data URL, encoded once per process: handed a PIL image,
    `st.set_page_config` would encode it again on every rerun."""
    buffer = io.BytesIO()
    favicon().save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
