"""What pages share: the translation catalog, palette, specs → widgets and figure builders.

Only `widgets`, `compute` (cached bridges to the math), `shell` and `theme` import Streamlit;
the figure builders (`figures`, `lesson_figures`) take arrays and return Plotly figures.
"""
