"""Convergence maps page: the map, its theory, the link back to the Playground, basins."""

import re
from urllib.parse import parse_qs

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import optimizers
from tests.lessons import APP, chart, no_exceptions, open_page
from ui import maps
from ui.figures import decode
from ui.i18n import t

PAGE = "convergence-maps"


def traces(fig: dict) -> dict[str, dict]:
    """Traces by name; a heatmap wins over its legend entry of the same name."""
    out: dict[str, dict] = {}
    for tr in fig["data"]:
        out.setdefault(tr.get("name"), tr)
    return out


def playground_link(at):
    for link in at.get("page_link"):
        if link.proto.page == "playground" and link.proto.query_string:
            return {k: v[0] for k, v in parse_qs(link.proto.query_string).items()}
    raise AssertionError("no link to the Playground with a query")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_page_runs_in_both_languages(lang):
    at = open_page(PAGE, lang)
    no_exceptions(at)
    assert not at.warning
    fig = chart(at, "map_chart")
    assert [tr["type"] for tr in fig["data"]][:2] == ["scatter", "heatmap"]


def test_default_map_shows_theory_and_its_fastest_cell_on_the_optimum():
    at = open_page(PAGE)
    no_exceptions(at)
    tr = traces(chart(at, "map_chart"))
    heat = tr[t("maps.metric.steps", "en")]
    xs, z = decode(heat["x"]), decode(heat["z"])
    assert z.shape == (128, 128)
    assert (xs[0], xs[-1]) == pytest.approx((0.001, 4.0), rel=1e-6)
    limit = tr["momentum: ελ<sub>max</sub> = 2(1+α)"]
    np.testing.assert_allclose(decode(limit["x"]), 2 * (1 + decode(limit["y"])) / 2.0, rtol=1e-6)
    star = tr["optimum (ε*, α*)"]
    assert star["x"][0] == pytest.approx(1.1545, abs=1e-4)
    assert star["y"][0] == pytest.approx(0.2699, abs=1e-4)
    best = tr["fastest cell"]
    assert best["x"][0] == pytest.approx(1.1545, rel=0.07)
    assert best["y"][0] == pytest.approx(0.2699, abs=0.012)
    # diverged cells sit right of the theory line, none left of GD's limit at α = 0
    div = decode(tr["diverged"]["z"])
    assert np.all(np.isnan(div[0, xs < 0.99])) and np.all(div[0, xs > 1.01] == 1)
    # the link opens exactly that cell in the Playground
    q = playground_link(at)
    assert q["opt"] == "momentum" and q["landscape"] == "bowl" and q["steps"] == "300"
    assert float(q["momentum-lr"]) == pytest.approx(best["x"][0], rel=1e-6)
    assert float(q["momentum-momentum"]) == pytest.approx(best["y"][0], abs=1e-6)


def test_the_link_opens_the_playground_with_exactly_that_run():
    q = playground_link(open_page(PAGE))
    # a fresh session on the link (the Playground is the app's first page)
    at = AppTest.from_file(APP, default_timeout=180)
    for key, value in q.items():
        at.query_params[key] = value
    at.run()
    no_exceptions(at)
    assert not at.warning  # off-grid ε is accepted, no "ignored value" notice
    assert at.select_slider(key="momentum-lr").value == float(q["momentum-lr"])
    assert at.slider(key="momentum-momentum").value == pytest.approx(float(q["momentum-momentum"]))
    assert at.slider(key="steps").value == 300


def test_a_clicked_cell_is_described_and_linked():
    at = open_page(PAGE)
    at.session_state["map_cell"] = (0.1, 0.5)
    at.run()
    no_exceptions(at)
    q = playground_link(at)
    assert float(q["momentum-lr"]) == pytest.approx(0.1, rel=0.04)
    assert float(q["momentum-momentum"]) == pytest.approx(0.5, abs=0.005)
    assert any("selected cell" in m.value for m in at.markdown)
    assert "selected cell" in traces(chart(at, "map_chart"))


def test_other_optimizers_and_the_loss_metric():
    at = open_page(PAGE, map_opt="adam", metric="loss", map_grid="32")
    no_exceptions(at)
    tr = traces(chart(at, "map_chart"))
    heat = tr["final loss − minimum"]
    assert decode(heat["z"]).shape == (32, 32)
    assert not any(name and "ελ<sub>max</sub>" in name for name in tr)  # no theory for Adam
    assert at.selectbox(key="ax").value == "lr" and at.selectbox(key="ay").value == "beta1"


def test_tampered_values_fall_back_with_a_notice():
    at = open_page(PAGE, map_grid="999", map_opt="sgd", metric="x")
    no_exceptions(at)
    text = " ".join(w.value for w in at.warning)
    assert "map_grid=999" in text and "map_opt=sgd" in text and "metric=x" in text
    assert decode(traces(chart(at, "map_chart"))[t("maps.metric.steps", "en")]["z"]).shape == (
        128,
        128,
    )


def test_an_old_basins_link_opens_the_basins_lesson_with_its_settings():
    # /convergence-maps?view=basins&… was a view of this page; lecturers' slides keep it
    at = open_page(PAGE, view="basins", b_grid="32")
    no_exceptions(at)
    assert at.title[0].value == "Basins of attraction"
    assert decode(chart(at, "basin_0")["data"][0]["z"]).shape == (32, 32)


def test_basins_view_colours_himmelblau_by_its_four_minima():
    at = open_page("basins", b_grid="32")
    no_exceptions(at)
    for key in ("basin_0", "basin_1"):
        fig = chart(at, key)
        z = decode(fig["data"][0]["z"])
        assert z.shape == (32, 32) and set(np.unique(z)) <= {
            0,
            1,
            2,
            3,
            4,
            5,
            6,
        }  # 4 minima, …, stayed, diverged
    table = at.table[0].value
    shares = table.iloc[:, 1].str.rstrip(" %").astype(float)
    assert shares.sum() == pytest.approx(100.0, abs=0.5)
    assert len(table) >= 4
    assert {"(3.00, 2.00) · L ≈ 0"} <= set(table.iloc[:, 0])


def test_nesterov_draws_its_limits_and_no_star_and_says_so():
    # issue 31: choosing Nesterov crashed the page (StopIteration: no optimum in its theory)
    at = open_page(PAGE, map_opt="nesterov", map_grid="32")
    no_exceptions(at)
    tr = traces(chart(at, "map_chart"))
    limit = tr["Nesterov: ελ<sub>max</sub> = 2(1+α)/(1+2α)"]
    alpha = decode(limit["y"])
    np.testing.assert_allclose(decode(limit["x"]), 2 * (1 + alpha) / ((1 + 2 * alpha) * 2.0))
    assert "GD (the row α = 0 only): ε = 2/λ<sub>max</sub>" in tr
    assert not any(name and "optimum" in name for name in tr)  # no star drawn …
    text = at.info[0].value
    assert "no star is drawn" in text and "yellow star" not in text  # … and none promised
    best = tr["fastest cell"]
    assert f"(ε = {best['x'][0]:.4g}, α = {best['y'][0]:.4g})" in text
    # the dashed limit is where the drawn map diverges: cells clear of it either side agree
    heat = tr[t("maps.metric.steps", "en")]
    xs, ys = decode(heat["x"]), decode(heat["y"])
    div = decode(tr["diverged"]["z"]) == 1
    edge = 2 * (1 + ys[:, None]) / ((1 + 2 * ys[:, None]) * 2.0)
    assert not div[xs[None, :] < 0.95 * edge].any()
    assert div[xs[None, :] > 1.2 * edge].all()


def _menu(at, key):
    for kind in ("selectbox", "radio"):
        for widget in at.get(kind):
            if widget.key == key:
                return widget
    raise KeyError(key)


def _raw_value(menu, label: str):
    """The option behind `label` (AppTest sets a menu by its value; a label only when the
    menu's format function raises on it, which the axes' dict.get and the grid's f-string do
    not)."""
    for name in [*optimizers.SPECS, *map(str, maps.GRID_SIZES), *maps.METRICS]:
        try:
            if menu.format_func(name) == label:
                return name
        except (KeyError, ValueError):
            pass
    return label


MENUS = [
    ("map_opt", {"map_grid": "32"}),
    ("map_ls", {"map_grid": "32"}),
    ("ax", {"map_grid": "32"}),
    ("ax", {"map_grid": "32", "map_opt": "adam"}),  # four hyper-parameters: both axes choose
    ("ay", {"map_grid": "32", "map_opt": "adam"}),
    ("metric", {}),
    ("map_grid", {}),
]


@pytest.mark.parametrize(("key", "query"), MENUS)
def test_every_option_of_every_menu_renders(key, query):
    """Each option of each select or radio, chosen in its menu one at a time (the rest at
    their defaults; the optimizer and surface menus on a 32² grid, to keep the sweep short)."""
    at = open_page(PAGE, **query)
    no_exceptions(at)
    options = list(_menu(at, key).options)
    assert len(options) >= 2
    for label in options:
        menu = _menu(at, key)
        menu.set_value(_raw_value(menu, label))
        at.run()
        no_exceptions(at)
        assert _menu(at, key).options[_menu(at, key).index] == label
        assert not at.error, (label, [e.value for e in at.error])
        heat = next(tr for tr in chart(at, "map_chart")["data"] if tr["type"] == "heatmap")
        assert decode(heat["z"]).shape == (len(decode(heat["y"])), len(decode(heat["x"])))
        assert at.info, label


def test_newton_map_draws_its_limit_and_says_one_step_lands():
    # a lecturer's note: ε = 1, λ = 0 lands in one step on a quadratic, the log grid has no
    # cell there, and the page never said so; Newton's limit was not drawn either
    at = open_page(PAGE, map_opt="newton", map_grid="32")
    no_exceptions(at)
    tr = traces(chart(at, "map_chart"))
    limit = tr["Newton: ε = 2(1 + λ/μ<sub>max</sub>)"]
    lam = decode(limit["x"])
    np.testing.assert_allclose(decode(limit["y"]), 2 * (1 + lam / 2.0))  # bowl: μ_max = 2
    star = tr["one step: λ = 0, ε = 1"]
    assert (star["x"][0], star["y"][0]) == (0.0, 1.0)
    # the dashed limit is where the drawn map diverges: cells clear of it either side agree
    heat = tr[t("maps.metric.steps", "en")]
    xs, ys = decode(heat["x"]), decode(heat["y"])
    div = decode(tr["diverged"]["z"]) == 1
    edge = 2 * (1 + xs[None, :] / 2.0)
    below, above = ys[:, None] < 0.95 * edge, ys[:, None] > 1.1 * edge
    assert below.any() and above.any()
    assert not div[below].any() and div[above].all()
    # the sentence: one step at ε = 1, and the grid's nearest cell with what it measured
    text = at.info[0].value
    assert "ε = 2 + λ" in text and "every factor is 0" in text and "one step" in text
    assert not np.isclose(ys, 1.0).any()
    j = int(np.argmin(np.abs(np.log(ys))))
    steps = int(decode(heat["z"])[j, 0])
    assert (
        f"no cell at ε = 1: the nearest, λ = 0, ε = {ys[j]:.4g}, is within tolerance from step {steps} on"
        in text
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_cell_line_says_its_steps_after_a_colon_not_a_dash(lang):
    # "ε = 1.018 — 7 steps": the dash read as a minus on a projector
    at = open_page(PAGE, lang, map_opt="newton", map_grid="32")
    line = next(m.value for m in at.markdown if m.value.startswith("**"))
    assert " — " not in line
    assert ("）：" if lang == "zh" else "): ") in line


@pytest.mark.parametrize(
    ("surface", "metric"),
    [("bowl", "steps"), ("bowl", "loss"), ("saddle", "steps"), ("saddle", "loss")],
)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_colour_bar_names_what_the_colour_menu_says(surface, metric, lang):
    """On the saddle the "Colour shows" menu said "steps to tolerance" (or "final loss −
    minimum") over a colour bar of "step it left the picture", the map's true colouring:
    a surface with no minimum has no tolerance. Now the menu shows the one colouring there
    is, and for every option on every surface the bar's title is the menu's choice."""
    from ui.i18n import t

    at = open_page(PAGE, lang, map_ls=surface, metric=metric, map_grid="32")
    no_exceptions(at)
    (menu,) = [r for r in at.radio if r.label == t("maps.metric", lang)]
    chosen = menu.options[menu.index]
    (bar,) = [tr["colorbar"] for tr in chart(at, "map_chart")["data"] if tr.get("colorbar")]
    assert bar["title"]["text"].replace("<br>", "") == chosen  # (a long Chinese one: 2 lines)
    assert chosen == t("maps.metric.left" if surface == "saddle" else f"maps.metric.{metric}", lang)


@pytest.mark.parametrize(("opt", "rows"), [("lbfgs", 10), ("nonlinear_cg", 2)])
def test_a_whole_number_axis_has_one_row_per_value(opt, rows):
    """A fresh read: L-BFGS's memory m (1 … 10) was drawn as 128 rows, 8 to 14 of each
    value, and nonlinear CG's line-search switch (0 or 1) as 64 rows each, so "of the 16384
    cells" counted one run up to 64 times. Each whole value is one row now, and the count is
    of the runs drawn."""
    at = open_page("convergence-maps", "en", map_opt=opt)
    heat = next(tr for tr in chart(at, "map_chart")["data"] if tr.get("type") == "heatmap")
    ys = decode(heat["y"])
    assert len(ys) == rows and len(set(np.round(ys, 6))) == rows, ys
    assert np.allclose(np.diff(ys), 1.0), ys
    xs = decode(heat["x"])
    total = len(xs) * rows
    shown = [*at.markdown, *at.caption, *at.info]
    counts = next(m.value for m in shown if "Of the" in m.value and "cells" in m.value)
    assert f"Of the {total} cells" in counts, (counts, total)
    numbers = [int(n) for n in re.findall(r"(\d+) (?:get within|diverge|are not)", counts)]
    assert sum(numbers) == total, (numbers, total)


def test_a_switch_axis_is_ticked_at_its_values_only():
    """The line-search switch (0 off / 1 on) was ticked −0.5, 0, 0.5, 1, 1.5."""
    at = open_page("convergence-maps", "en", map_opt="nonlinear_cg")
    layout = chart(at, "map_chart")["layout"]
    assert layout["yaxis"]["tickvals"] == [0.0, 1.0], layout["yaxis"]


def test_a_range_with_equal_ends_is_one_column():
    """ε from 1 to 1 on a 32² grid drew 32 columns of the same run: "800 of 1024 cells"."""
    at = open_page("convergence-maps", "en", lo_lr="1", hi_lr="1", map_grid="32")
    heat = next(tr for tr in chart(at, "map_chart")["data"] if tr.get("type") == "heatmap")
    xs, ys = decode(heat["x"]), decode(heat["y"])
    assert len(xs) == 1 and xs[0] == 1.0 and len(ys) == 32, (xs, len(ys))
    shown = [*at.markdown, *at.caption, *at.info]
    assert any("Of the 32 cells" in m.value for m in shown)


def test_the_fastest_cell_says_how_many_cells_tie_with_it():
    """Narrow valley and wide basin: the start is 0.003 from the sharp minimum, so 640 cells
    reach the tolerance in 1 step, and the line named one of them as "the fastest cell …
    within tolerance after 1 steps". It says how many tie, and which of them it is (a cell
    within tolerance "from step 1 on")."""
    at = open_page("convergence-maps", "en", map_ls="sharp_flat")
    heat = next(tr for tr in chart(at, "map_chart")["data"] if tr.get("type") == "heatmap")
    z = decode(heat["z"]).astype(float)
    fewest = np.nanmin(np.where(z > 0, z, np.nan))
    tied = int(np.sum(z == fewest))
    line = next(m.value for m in at.markdown if m.value.startswith("**fastest cell**"))
    assert f"from step {int(fewest)} on" in line
    assert f"one of {tied} cells that need that few steps" in line, (line, tied)
