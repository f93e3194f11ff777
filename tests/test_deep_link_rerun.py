"""A lesson's link stays on its lesson when the browser asks for a rerun before it knows its
page. Until a run's navigation reaches it, Streamlit's browser side names the page by the main
script's hash; a rerun asked for then (the screen-width component's first report, a click)
sends that hash. A CI run on a busy machine opened `/learning-rate-1d?fn=sin_minus_square&k=3`
and showed the Playground: the default page (the start page) had forwarded the link's keys."""

from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from tests.lessons import APP
from ui import registry, widgets


def _rerun_with_the_main_hash(url_path: str, **query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    at.context = {"url": f"http://127.0.0.1:8501/{url_path}?lang=en"}
    at.query_params["lang"] = "en"
    for key, value in query.items():
        at.query_params[key] = value
    at._page_hash = calc_hash(APP)  # what the browser sends before the navigation reaches it
    return at.run()


def test_a_rerun_naming_the_main_script_runs_the_lesson_in_the_address_bar():
    at = _rerun_with_the_main_hash("learning-rate-1d", fn="sin_minus_square", k="3")
    assert not at.exception
    assert at.session_state[widgets.PAGE] == "learning-rate-1d"  # not "playground"
    assert at.query_params["fn"] == "sin_minus_square" and at.query_params["k"] == "3"


def test_at_the_root_the_same_rerun_is_the_start_page():
    at = _rerun_with_the_main_hash("")
    assert not at.exception
    assert at.session_state[widgets.PAGE] == registry.START.url_path
