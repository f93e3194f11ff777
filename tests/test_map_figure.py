"""The convergence map's figure, read from the spec the page sends: its marks drawn whole, its
legend's entries apart, and on a phone a plot as wide as the figure (the colour bar across the
top, not at its side)."""

from __future__ import annotations

import numpy as np
import pytest

from ui import map_figures
from ui.figures import marker_radius, room_for_markers, shown_length
from ui.i18n import figure_labels

N = 128
XS = np.geomspace(0.0005, 2.0, N)  # the saddle's default ε range
YS = np.linspace(0.0, 1.0, N)


def saddle_map(lang: str = "zh", narrow: bool = False, marks=None) -> dict:
    """The saddle's map as the page builds it: its first-to-leave cell on the corner
    (ε = 2, α = 0), each cell's step it left, no cell diverged."""
    left = np.tile(np.linspace(300, 2, N)[:, None], (1, N))
    labels = figure_labels(lang) | {
        "diverged": {"zh": "发散", "en": "diverged"}[lang],
        "unreached": {"zh": "300 步内未离开", "en": "inside after 300 steps"}[lang],
    }
    first = {"zh": "最早离开的格子", "en": "first to leave"}[lang]
    return map_figures.sweep_map(
        map_figures.Axis(XS, True, "ε"),
        map_figures.Axis(YS, False, "α"),
        left,
        np.zeros((N, N), bool),
        np.arange(N * N).reshape(N, N) % 7 == 0,
        colour_title={"zh": "离开画面的步数", "en": "step it left the picture"}[lang],
        colour_log=False,
        labels=labels,
        marks=marks
        if marks is not None
        else [map_figures.Mark(XS[-1], YS[0], first, "square-open", "#000000", 20)],
        narrow=narrow,
    ).to_dict()


def plot_px(layout: dict, narrow: bool) -> tuple[float, float]:
    """The plot's width as drawn at its narrowest, and its height."""
    m = layout["margin"]
    return map_figures.NARROWEST_PLOT[narrow], layout["height"] - m["t"] - m["b"]


@pytest.mark.parametrize("narrow", [False, True])
@pytest.mark.parametrize(
    ("x", "y"), [(XS[-1], YS[0]), (XS[0], YS[-1]), (XS[N // 2], YS[N // 2]), (XS[-1], YS[-1])]
)
def test_a_mark_on_the_maps_edge_is_drawn_whole(narrow, x, y):
    """The saddle's first-to-leave cell (ε = 2, α = 0) is the map's corner: its square (20 px,
    28 px with the projector) was drawn a quarter, the rest cut off at the plot's edge. Now
    the axes leave its whole size on every side, at the narrowest the plot is drawn."""
    mark = map_figures.Mark(x, y, "first to leave", "square-open", "#000000", 20)
    spec = saddle_map(narrow=narrow, marks=[mark])
    layout = spec["layout"]
    width, height = plot_px(layout, narrow)
    radius = marker_radius(20, map_figures.MARK_LINE)
    for at, (lo, hi), px in (
        (np.log10(x), layout["xaxis"]["range"], width),
        (y, layout["yaxis"]["range"], height),
    ):
        per_px = (hi - lo) / px
        assert at - lo >= radius * per_px * 0.999 and hi - at >= radius * per_px * 0.999
    # the map itself still reaches from its first cell to its last
    assert layout["xaxis"]["range"][0] <= np.log10(XS[0]) and layout["yaxis"]["range"][1] >= 1


def test_a_mark_inside_the_map_leaves_its_axes_as_they_were():
    centre = map_figures.Mark(XS[N // 2], YS[N // 2], "fastest cell", "square-open", "#000", 20)
    plain, marked = saddle_map(marks=[])["layout"], saddle_map(marks=[centre])["layout"]
    assert marked["xaxis"]["range"] == plain["xaxis"]["range"]
    assert marked["yaxis"]["range"] == plain["yaxis"]["range"]


def test_room_for_markers_widens_only_the_side_it_must():
    assert room_for_markers([0, 10], [5], 10, 300) == [0, 10]
    lo, hi = room_for_markers([0, 10], [10], 10, 300)
    assert lo == 0 and (hi - 10) / (hi - lo) * 300 == pytest.approx(10, rel=1e-6)
    assert room_for_markers([0, 10], [12], 10, 300) == [0, 10]  # outside: stays out


def test_a_chinese_label_is_as_wide_as_two_latin_characters_each():
    assert shown_length("最早离开的格子") == 14
    assert shown_length("300 步内未离开") == 14
    assert shown_length("ελ<sub>max</sub>") == 5


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_legend_entries_too_long_for_half_the_plot_get_a_row_each(lang):
    """1024×768 with the projector on, 中文: two saddle entries a row (each half of a 307 px
    plot) ran "最早离开的格子" past the figure's edge and its square over "300 步内未离开"."""
    legend = saddle_map(lang)["layout"]["legend"]
    assert legend["entrywidthmode"] == "pixels" and legend["entrywidth"] >= 1280


def test_short_legend_entries_share_a_row():
    spec = map_figures.sweep_map(
        map_figures.Axis(XS, True, "ε"),
        map_figures.Axis(YS, False, "α"),
        np.ones((N, N)),
        np.eye(N, dtype=bool),
        np.zeros((N, N), bool),
        colour_title="steps to tolerance",
        colour_log=False,
        labels=figure_labels("en") | {"diverged": "diverged", "unreached": "-"},
        marks=[map_figures.Mark(XS[5], YS[5], "best", "square-open", "#000", 20)],
    ).to_dict()
    assert spec["layout"]["legend"]["entrywidth"] == 0.5


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_phones_map_is_about_as_tall_as_the_figure_is_wide(lang):
    """390×844: the colour bar at the plot's side left it 167×300 px. Now the bar lies across
    the top, and the plot has the figure's width (336 px less its margins) and about as much
    height."""
    spec = saddle_map(lang, narrow=True)
    layout, (heat,) = spec["layout"], [d for d in spec["data"] if d.get("colorbar")]
    bar = heat["colorbar"]
    assert bar["orientation"] == "h" and bar["yref"] == "container" and bar["y"] == 1
    assert (
        bar["title"]["side"] == "bottom"
    )  # under its tick labels: on top Plotly drew it on the bar
    width = 336 - layout["margin"]["l"] - layout["margin"]["r"]
    _, height = plot_px(layout, True)
    assert width >= 200 and height >= 150 and 0.8 <= height / width <= 1.25
