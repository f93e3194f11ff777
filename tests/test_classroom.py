"""Classroom features through AppTest: projector mode restyles every chart, lesson links hide
chosen controls, the share box builds the link."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.lessons import APP, no_exceptions, page_file
from tests.test_playground import chart
from ui import theme, widgets


def app(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def path_widths(fig: dict) -> dict[str, float]:
    return {
        t["name"]: t["line"]["width"]
        for t in fig["data"]
        if t.get("mode") == "lines+markers" and t.get("name") not in (None, "head")
    }


def test_projector_mode_enlarges_text_and_lines():
    plain = chart(app(opt=["sgd"]), "contour")
    at = app(opt=["sgd"], proj="1")
    no_exceptions(at)
    big = chart(at, "contour")
    assert plain["layout"]["font"]["size"] == 18 and big["layout"]["font"]["size"] == 24
    assert big["layout"]["xaxis"]["tickfont"]["size"] == 20
    assert path_widths(plain)["SGD"] == 4 and path_widths(big)["SGD"] == 6
    assert any("font-size: 22px" in m.value for m in at.markdown)
    assert not any("font-size: 22px" in m.value for m in app(opt=["sgd"]).markdown)
    # the colour bar keeps every other tick: projector type would stack five on a short bar
    (bar,) = (t["marker"]["colorbar"] for t in plain["data"] if t.get("name") == "scale")
    (big_bar,) = (t["marker"]["colorbar"] for t in big["data"] if t.get("name") == "scale")
    assert len(bar["tickvals"]) > 3
    assert big_bar["tickvals"] == bar["tickvals"][::2]
    assert big_bar["ticktext"] == bar["ticktext"][::2]


def test_projector_mode_survives_a_page_change():
    at = app(proj="1")
    at.switch_page(page_file("schedules")).run()
    no_exceptions(at)
    assert at.toggle(key="proj").value is True
    for element in at.get("plotly_chart"):
        import json

        assert json.loads(element.proto.spec)["layout"]["font"]["size"] == 24


def test_a_tampered_projector_value_falls_back_with_a_notice():
    at = app(proj="yes")
    no_exceptions(at)
    assert at.toggle(key="proj").value is False
    assert any("proj" in w.value and "invalid" in w.value for w in at.warning)


def hide_rules(at) -> list[str]:
    """The style elements that hide controls by key (the theme's own CSS hides other things)."""
    return [m.value for m in at.markdown if m.value.startswith("<style>.st-key-")]


def test_a_lesson_link_hides_the_listed_controls():
    at = app(hide="steps,x0")
    no_exceptions(at)
    css = hide_rules(at)
    assert css == ["<style>.st-key-steps, .st-key-x0 { display: none !important; }</style>"]


@pytest.mark.parametrize("raw", ["x}body{display:none", "a b", "<script>", "k" * 41])
def test_a_hostile_hide_list_injects_nothing(raw):
    at = app(hide=f"steps,{raw}")
    no_exceptions(at)
    css = hide_rules(at)
    assert css == ["<style>.st-key-steps { display: none !important; }</style>"]
    assert any("hide" in w.value for w in at.warning)


def test_the_share_box_lists_this_pages_controls_and_builds_the_link():
    at = app(opt=["sgd", "adam"])
    assert not [m for m in at.button_group if m.key == "_share_hide"]  # closed: not built
    at.session_state["_share"] = True  # the reader opens the box
    at.run()
    options = at.button_group(key="_share_hide").options
    assert "learning rate ε" in options and "Steps" in options
    assert "语言 · Language" not in options  # the app's own switches are not the page's
    at.button_group(key="_share_hide").set_value(["steps", "landscape"]).run()
    no_exceptions(at)
    # the page's language stays in the link (a shared link opens in the sender's language,
    # not the receiver's browser's): English here, the language the options above are in
    assert at.code[0].value == "/?opt=sgd&opt=adam&lang=en&hide=steps,landscape"


def test_lesson_link_keeps_every_setting():
    params = {"opt": ["sgd", "adam"], "sgd-lr": ["0.5"], "hide": ["old"], "f": ["x^2 + y"]}
    link = widgets.lesson_link("http://host:8501/playground?old=1", params, ["sgd-lr"])
    assert link == "http://host:8501/playground?opt=sgd&opt=adam&sgd-lr=0.5&f=x^2+%2B+y&hide=sgd-lr"
    assert widgets.lesson_link(None, {}, []) == "/"


def test_projector_figure_leaves_the_original_alone():
    import plotly.graph_objects as go

    fig = go.Figure(go.Scatter(x=[0, 1], y=[0, 1], line=dict(width=4), marker=dict(size=10)))
    big = theme.projector_figure(fig)
    trace = big.to_dict()["data"][0]
    assert fig.data[0].line.width == 4 and trace["line"]["width"] == 6
    assert trace["marker"]["size"] == pytest.approx(14)
    hidden = go.Figure(go.Scatter(x=[0], y=[0], marker=dict(size=10, opacity=0)))
    assert theme.projector_figure(hidden).to_dict()["data"][0]["marker"]["size"] == 10
