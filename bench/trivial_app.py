"""The reference for the speed benches: one slider, one Plotly chart, nothing computed."""

import numpy as np
import plotly.graph_objects as go
import streamlit as st

a = st.slider("a", 0.0, 2.0, 1.0)
x = np.linspace(-3, 3, 200)
st.plotly_chart(go.Figure(go.Scatter(x=x, y=a * x**2)), key="chart")
