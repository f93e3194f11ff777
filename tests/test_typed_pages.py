"""Typed surfaces on the pages: the formula goes into the URL as text, the figures follow it,
and bad or hostile formulas give a notice (never a traceback) while the default is drawn."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import landscapes
import optimizers
from tests.lessons import APP, chart, no_exceptions, open_page
from tests.test_playground import paths
from ui.figures import decode
from ui.i18n import CATALOG


def playground(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def test_a_typed_saddle_from_the_url_drives_the_playground():
    at = playground(landscape="typed", f="x^2 - y^2", opt=["sgd"], steps="20")
    no_exceptions(at)
    assert at.text_input(key="f").value == "x^2 - y^2"
    assert any("{x}^{2} - {y}^{2}" in el.value for el in at.get("latex"))
    expected = optimizers.run(
        "sgd", landscapes.from_expression("x^2 - y^2").loss, (-3.0, 2.0), 20, lr=0.1
    ).points
    np.testing.assert_allclose(paths(chart(at, "contour"))["SGD"], expected, rtol=1e-6, atol=1e-6)


def test_typing_a_formula_redraws_and_lands_in_the_url():
    at = playground(opt=["sgd"])
    at.selectbox(key="landscape").set_value("typed").run()
    at.text_input(key="f").input("sin(x)*cos(y)").run()
    no_exceptions(at)
    assert at.query_params["landscape"] == "typed"  # ?f= is synced by the browser (e2e test)
    loss = landscapes.from_expression("sin(x)*cos(y)").loss
    expected = optimizers.run("sgd", loss, (-3.0, 2.0), 50, lr=0.1).points
    np.testing.assert_allclose(paths(chart(at, "contour"))["SGD"], expected, rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize(
    ("formula", "message"),
    [
        ("__import__('os').system('id')", "is not an allowed function"),
        ("x + os", "Unknown name “os” at character 5"),
        ("x.__class__", "is not allowed"),
        ("x^^2", "This is not a formula near character 3"),
        ("x" * 400, "too long"),
    ],
)
def test_a_bad_formula_says_why_and_draws_the_default(formula, message):
    at = playground(landscape="typed", f=formula, opt=["sgd"], steps="10")
    no_exceptions(at)
    assert any(message in e.value for e in at.error), [e.value for e in at.error]
    bowl = optimizers.run("sgd", landscapes.get("bowl").loss, (-7.0, 2.0), 10, lr=0.1).points
    np.testing.assert_allclose(paths(chart(at, "contour"))["SGD"], bowl, rtol=1e-6, atol=1e-6)


def test_a_surface_with_holes_gets_a_notice():
    at = playground(landscape="typed", f="log(x) + y^2", opt=["sgd"])
    no_exceptions(at)
    assert any("not finite on 50" in w.value for w in at.warning), [w.value for w in at.warning]


def test_the_chinese_page_explains_a_bad_formula_in_chinese():
    at = playground(landscape="typed", f="x + z", lang="zh")
    no_exceptions(at)
    assert any("名字 “z” 不认识" in e.value for e in at.error), [e.value for e in at.error]


def test_typed_curve_on_the_learning_rate_page():
    at = open_page("learning-rate-1d", fn="typed", fx="x^2")
    no_exceptions(at)
    fig = chart(at, "curves")
    curves = [tr for tr in fig["data"] if len(decode(tr["x"])) == 600]
    assert curves
    for trace in curves:
        xs, ys = decode(trace["x"]), decode(trace["y"])
        np.testing.assert_allclose(ys, xs**2, rtol=1e-5, atol=1e-6)


def test_typed_surface_on_the_critical_points_page():
    at = open_page("critical-points", landscape="typed", f="x^2 - y^2", px="0", py="0")
    no_exceptions(at)
    text = " ".join(m.value for m in at.markdown)
    assert f">{CATALOG['kind.saddle']['en']}</div>" in text


def test_typed_surface_on_the_convergence_map():
    common = dict(map_opt="momentum", map_grid="32", mx0="-3", my0="2", map_tol="-6")
    at = open_page("convergence-maps", map_ls="typed", map_f="x^2/10 + y^2", **common)
    no_exceptions(at)
    typed = chart(at, "map_chart")
    at2 = open_page("convergence-maps", **common)
    named = chart(at2, "map_chart")
    heat = [t for t in typed["data"] if t.get("type") == "heatmap"]
    heat2 = [t for t in named["data"] if t.get("type") == "heatmap"]
    assert heat and len(heat) == len(heat2)
    np.testing.assert_allclose(decode(heat[0]["z"]), decode(heat2[0]["z"]), equal_nan=True)


def test_the_domain_width_comes_from_the_link():
    at = playground(landscape="typed", f="(1 - x)^2 + 100*(y - x^2)^2", f_w="2", opt=["adam"])
    no_exceptions(at)
    layout = chart(at, "contour")["layout"]
    assert layout["xaxis"]["range"] == [-2.0, 2.0] and layout["yaxis"]["range"] == [-2.0, 2.0]
    assert at.slider(key="x0").value == -1.2 and at.slider(key="y0").value == 0.8
    bad = playground(landscape="typed", f="x^2 + y^2", f_w="500")
    no_exceptions(bad)
    assert any("f_w" in w.value for w in bad.warning)
    assert chart(bad, "contour")["layout"]["xaxis"]["range"] == [-5.0, 5.0]


@pytest.mark.parametrize(
    ("page", "query"),
    [
        ("long-term-dependencies", dict(lam1="-0", lam2="1e-320")),
        ("critical-points", dict(landscape="typed", f="exp(exp(exp(x)))")),
        ("basins", dict(b_ls="typed", b_f="1/0")),
        ("playground", dict(landscape="typed", f="9**9**9**9")),
    ],
)
def test_links_that_overflow_draw_without_a_warning(page, query):
    """Numbers past float64 are drawn as the top band or a gap: no RuntimeWarning reaches
    the server's log."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        at = open_page(page, **query)
    no_exceptions(at)
    runtime = [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)]
    assert not runtime, runtime
