"""The served app: `streamlit run asgi.py` (what `make run` does) serves `app.py` and, as the
server starts, warms every lesson up in the background (`ui/warmup.py`), so the programs a
class needs are compiled before the first student arrives. `streamlit run app.py` works too;
its warm-up then starts after the first page is drawn."""

from contextlib import asynccontextmanager

import streamlit as st


@asynccontextmanager
async def lifespan(app):
    from ui import warmup  # brings JAX and the lessons' math: imported here, not per visit

    warmup.start()
    yield


app = st.App("app.py", lifespan=lifespan)
