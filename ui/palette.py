"""One colour per optimizer, the same on every page: Okabe–Ito first (colour-blind safe),
then Paul Tol's muted set for the optimizers beyond the notes."""

from __future__ import annotations

OPTIMIZER_COLOURS: dict[str, str] = {
    "sgd": "#0072B2",  # blue
    "momentum": "#D55E00",  # vermillion
    "rmsprop": "#009E73",  # bluish green
    "adam": "#CC79A7",  # reddish purple
    "nesterov": "#E69F00",  # orange
    "adagrad": "#56B4E9",  # sky blue
    "adadelta": "#999933",  # olive
    "delta_bar_delta": "#000000",  # black
    "adamw": "#882255",  # wine
    "nadam": "#332288",  # indigo
    "amsgrad": "#44AA99",  # teal
    "lion": "#CC6677",  # rose
}

# Light, low-contrast surface colours so the trajectories stay the boldest thing on screen.
SURFACE_SCALE = [[0.0, "#FFFFFF"], [0.4, "#E6ECF2"], [0.75, "#CBD5E0"], [1.0, "#AEBBCB"]]
CRITICAL_COLOURS = {"minimum": "#117733", "saddle": "#AA3377", "maximum": "#BB5566"}
LINE_WIDTH = 4
MARKER_SIZE = 8
FONT_SIZE = 18


def colour(optimizer: str) -> str:
    return OPTIMIZER_COLOURS.get(optimizer, "#555555")
