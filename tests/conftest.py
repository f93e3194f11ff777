"""Test-wide JAX settings: strict dtype promotion and no implicit rank promotion."""

import os

os.environ.setdefault("JAX_PLATFORMS", "cpu")
# AppTest runs app.py, which would start the background warm-up in the test process; tests
# that need it call `ui.warmup.run()` themselves (served apps turn it back on).
os.environ["LOSSLAB_WARMUP"] = "off"
# Users never see a traceback (config.toml); tests need the details of any failure.
os.environ["STREAMLIT_CLIENT_SHOW_ERROR_DETAILS"] = "full"

import jax
from hypothesis import settings

# Property tests draw the same examples on every run and machine: a clean clone's `make test`
# passes or fails the same way as the run before it (a new draw is a deliberate change).
settings.register_profile("repeatable", derandomize=True)
settings.load_profile("repeatable")

jax.config.update("jax_numpy_dtype_promotion", "strict")
jax.config.update("jax_numpy_rank_promotion", "raise")


def _served_like_asgi() -> None:
    """AppTest runs the app as `asgi.py` serves it: with Streamlit's legacy `pages/`-folder
    mode off (asgi.py sets it off for the process). AppTest turns it back on before every run,
    as it finds a `pages/` folder, and that mode knows no lesson living in a folder of its own:
    each run would first go through a page that a served app never shows."""
    from streamlit.runtime.pages_manager import PagesManager

    init = PagesManager.__init__

    def init_as_served(self, *args, **kwargs):
        init(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    PagesManager.__init__ = init_as_served


_served_like_asgi()


# `make test` hands whole files to its workers (`--dist loadfile --no-loadscope-reorder`) in
# the order collected here: the longest files first, so that no worker starts a ten-minute file
# while the other has nothing left (measured in a clean clone: layout ~600 s, the control sweep
# ~600 s, the study and every-page browser tests ~300 s and ~200 s each).
LONGEST_FIRST = (
    "tests/test_layout.py",
    "tests/test_control_sweep.py",
    "tests/test_study_browser.py",
    "tests/test_browser.py",
    "tests/test_serve.py",
    "tests/ledgers/test_basins.py",
    "tests/test_room_browser.py",
)


def pytest_collection_modifyitems(config, items):
    rank = {path: i for i, path in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))
