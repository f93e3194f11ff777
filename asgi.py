"""The served app: `streamlit run asgi.py` (what `make run` does) serves `app.py` and, as the
server starts, warms every lesson up in the background (`ui/warmup.py`), so the programs a
class needs are compiled before the first student arrives. `streamlit run app.py` works too;
its warm-up then starts after the first page is drawn."""

import threading
from contextlib import asynccontextmanager

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

# The app declares its pages with `st.navigation` (app.py). Without this, Streamlit sees the
# `pages/` folder and runs a server's first session in its legacy one-file-per-page mode, which
# knows no lesson in a folder and shows "Page not found" over a lesson link opened first.
PagesManager.uses_pages_directory = False


def _warm_up() -> None:
    from ui import warmup  # brings JAX and the lessons' math, off the server's start

    warmup.start()


@asynccontextmanager
async def lifespan(app):
    # The import runs beside the server, not before it: the server answers (and a browser
    # loads the page's scripts) while JAX is imported; the first script run waits for the
    # import if it comes sooner.
    threading.Thread(target=_warm_up, name="lesson-warm-up-import", daemon=True).start()
    yield


app = st.App("app.py", lifespan=lifespan)
