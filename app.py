"""Entry point: `streamlit run app.py`."""

import streamlit as st

from ui.i18n import t

st.set_page_config(page_title="Loss Landscape Lab", page_icon="⛰️", layout="wide")

lang = "en"
st.title(t("app.title", lang))
st.write(t("app.tagline", lang))
