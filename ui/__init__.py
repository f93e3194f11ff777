"""What pages share: the translation catalog, palette, specs → widgets and figure builders.

Nothing here but `ui/widgets.py` imports Streamlit; figure builders take arrays and return
`plotly.graph_objects.Figure`.
"""
