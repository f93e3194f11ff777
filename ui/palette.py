"""Colours and sizes every figure shares. Each optimizer's colour, the same on every page
(Okabe–Ito first, colour-blind safe, then Paul Tol's muted set), is kept in its entry in
ui/optimizer_ui.py."""

from __future__ import annotations

from ui import optimizer_ui

# Light, low-contrast surface colours so the trajectories stay the boldest thing on screen.
SURFACE_SCALE = [[0.0, "#FFFFFF"], [0.4, "#E6ECF2"], [0.75, "#CBD5E0"], [1.0, "#AEBBCB"]]
CRITICAL_COLOURS = {"minimum": "#117733", "saddle": "#AA3377", "maximum": "#BB5566"}
LINE_WIDTH = 4
MARKER_SIZE = 8
FONT_SIZE = 18
# the projector draws every marker this many times larger (`theme.projector_figure`); a
# figure that keeps a marker whole inside its plot leaves room for the larger one
PROJECTOR_MARKER_SCALE = 1.4


def colour(optimizer: str) -> str:
    """The optimizer's colour on every page."""
    return optimizer_ui.get(optimizer).colour
