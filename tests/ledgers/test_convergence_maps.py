"""The convergence maps' ledger checks: each sentence's points and counts, read back from the
words, against the map as drawn: the steps heatmap (NaN where a run did not reach the
tolerance), the diverged heatmap, the fastest-cell marker, the theory's star and lines."""

from __future__ import annotations

import re

import numpy as np
import pytest

from tests import ledger as reader
from tests.lessons import open_page
from ui.i18n import t

CHART = "map_chart"
PAGE = "convergence-maps"


def values(text: str) -> list[float]:
    """The numbers of a point as printed: "(ε = 1.154, α = 0.2699)" → [1.154, 0.2699]."""
    return [reader.number(v) for v in re.findall(r"=\s*([-+\d.e∞]+)", text)]


def _decoded(tr: dict) -> dict:
    return reader.traces({"data": [tr]})[tr.get("name")]


def heatmaps(view) -> list[dict]:
    """The drawn heatmaps in order: steps to tolerance, diverged, not within tolerance."""
    return [_decoded(tr) for tr in view.chart(CHART)["data"] if tr.get("type") == "heatmap"]


def marker(view, symbol: str) -> dict | None:
    """The drawn marker trace of `symbol`: "star" (the theory's point), "square-open" (the
    map's fastest cell)."""
    for tr in view.chart(CHART)["data"]:
        if tr.get("mode") == "markers" and tr.get("marker", {}).get("symbol") == symbol:
            return _decoded(tr)
    return None


def grid(view):
    steps = heatmaps(view)[0]
    x, y = np.asarray(steps["x"], float), np.asarray(steps["y"], float)
    z = np.asarray(steps["z"], float)  # z[row = y index, col = x index]
    return x, y, z


def _at(said_text: str, x, y) -> tuple[int, int]:
    px, py = values(said_text)[:2]
    i = int(np.argmin(np.abs(x - px) / max(abs(px), 1e-12)))
    j = int(np.argmin(np.abs(y - py) / max(abs(py), 1e-12)))
    assert np.isclose(x[i], px, rtol=1e-3, atol=1e-12) and np.isclose(
        y[j], py, rtol=1e-3, atol=1e-12
    ), (px, py)
    return i, j


def _position(values_, v, log):
    f = np.log if log else np.asarray
    return float(np.interp(f(v), f(values_), np.arange(len(values_)), left=-1, right=len(values_)))


def _star(view):
    star = marker(view, "star")
    assert star is not None, "no star drawn"
    return float(np.asarray(star["x"])[0]), float(np.asarray(star["y"])[0])


def _logs(view) -> tuple[bool, bool]:
    layout = view.chart(CHART)["layout"]
    return layout["xaxis"].get("type") == "log", layout["yaxis"].get("type") == "log"


def check_best(view, said):
    x, y, z = grid(view)
    i, j = _at(said["best"], x, y)
    if np.isfinite(z).any():
        assert np.isfinite(z[j, i]) and z[j, i] == np.nanmin(z), (z[j, i], np.nanmin(z))
    # the marked cell (the fastest, or the lowest final loss when none reached the tolerance)
    marks = [
        _decoded(tr)
        for tr in view.chart(CHART)["data"]
        if tr.get("mode") == "markers"
        and tr.get("name") != "click"
        and tr.get("marker", {}).get("symbol") != "star"
        and np.isfinite(np.asarray(_decoded(tr).get("x", []), float)).any()
    ]
    assert marks, "no best cell marked"
    fx, fy = np.asarray(marks[-1]["x"])[0], np.asarray(marks[-1]["y"])[0]
    assert np.isclose(fx, x[i]) and np.isclose(fy, y[j]), (fx, fy, x[i], y[j])


def _cells_from_star(view, said) -> int:
    x, y, _z = grid(view)
    i, j = _at(said["best"], x, y)
    sx, sy = _star(view)
    lx, ly = _logs(view)
    fx, fy = _position(x, sx, lx), _position(y, sy, ly)
    assert 0 <= fx <= len(x) - 1 and 0 <= fy <= len(y) - 1, "the star is off the map"
    return max(abs(round(fx) - i), abs(round(fy) - j))


def check_star(view, said):
    sx, sy = _star(view)
    px, py = values(said["star"])[:2]
    assert np.isclose(px, sx, rtol=6e-4) and np.isclose(py, sy, rtol=6e-4, atol=1e-9), (
        px,
        py,
        sx,
        sy,
    )


def check_on_best(view, said):
    check_best(view, said)
    assert _cells_from_star(view, said) <= 1


def check_off_best(view, said):
    check_best(view, said)
    assert _cells_from_star(view, said) == int(said.number("cells"))


def check_outside(view, said):
    check_best(view, said)
    x, y, _z = grid(view)
    sx, sy = _star(view)
    assert not (x.min() <= sx <= x.max() and y.min() <= sy <= y.max()), (sx, sy)


def check_counts(view, said):
    assert view.widget("metric").value == "steps"
    x, y, z = grid(view)
    name = t("maps.diverged", view.lang)
    drawn = [tr for tr in view.chart(CHART)["data"] if tr.get("type") == "heatmap"]
    diverged = np.zeros(z.shape, bool)
    for tr in drawn:
        if tr.get("name") == name:
            diverged |= np.isfinite(np.asarray(_decoded(tr)["z"], float))
    total = int(said.number("total"))
    assert total == x.size * y.size == z.size, (total, z.shape)
    assert int(said.number("reached")) == int(np.isfinite(z).sum())
    assert int(said.number("diverged")) == int(diverged.sum())
    assert int(said.number("unreached")) == total - int(np.isfinite(z).sum()) - int(diverged.sum())
    assert int(said.number("steps")) == int(view.widget("map_n").value)


def check_loss_ties(view, said):
    assert view.widget("metric").value == "loss"
    _x, _y, z = grid(view)
    low = np.nanmin(z)
    assert int(said.number("ties")) == int(np.sum(z == low)) >= 2
    assert said["floor"] == f"{10 ** float(low):.3g}"


def test_rosenbrock_says_how_few_cells_reach_the_tolerance():
    """map_ls=rosenbrock: 'fastest cell … 63 steps' is true, but only 1 of the 16,384 cells
    gets within the tolerance and stays (4,819 diverge, 11,564 do not; 4 more touch it and
    leave again): the notice says so."""
    for lang in ("en", "zh"):
        view = reader.View(open_page("convergence-maps", lang, map_ls="rosenbrock"), PAGE, lang)
        (said,) = view.said("maps.counts")
        counts = [said.number(k) for k in ("total", "reached", "diverged", "unreached")]
        assert counts == [16384, 1, 4819, 11564]
        assert not reader.check_view(view)


def test_loss_colouring_says_its_cells_tie_at_the_floor():
    """metric=loss: 4,650 cells tie at the 1e-12 floor; the notice says the best cell is the
    fewest steps' (it said only 'sits on this map's best cell')."""
    view = reader.View(open_page("convergence-maps", metric="loss"), PAGE)
    (said,) = view.said("maps.loss_ties")
    assert (said["ties"], said["floor"]) == ("4650", "1e-12")
    assert not reader.check_view(view)


def check_no_best(view, said):
    _x, _y, z = grid(view)
    assert not np.isfinite(z).any(), "a drawn cell reached the tolerance"
    others = [np.asarray(h["z"], float) for h in heatmaps(view)[1:]]
    assert any(np.all(np.isfinite(o)) for o in others), "a drawn cell did not diverge"


def check_limits_only(view, said):
    dashes = [
        tr.get("line", {}).get("dash")
        for tr in view.chart(CHART)["data"]
        if tr.get("mode") == "lines"
    ]
    assert "dash" in dashes and "dot" in dashes, dashes
    assert marker(view, "star") is None, "a star is drawn"


def check_newton_limit(view, said):
    assert reader.number(said["factor"]) == 0
    limit = said["limit"].replace(" ", "")
    m = re.fullmatch(r"2\+([\d.]*)λ", limit)
    assert m, limit
    slope = float(m[1]) if m[1] else 1.0
    (line,) = [
        reader.traces({"data": [tr]})[tr.get("name")]
        for tr in view.chart(CHART)["data"]
        if tr.get("mode") == "lines" and tr.get("line", {}).get("dash") == "dash"
    ]
    lx, ly = np.asarray(line["x"], float), np.asarray(line["y"], float)
    # the axes are (damping λ, ε) in either order: the line is ε = 2 + slope·λ
    lam, eps = (lx, ly) if view.widget("ax").value == "damping" else (ly, lx)
    np.testing.assert_allclose(eps, 2 + slope * lam, rtol=6e-3)


def check_newton_cell(view, said):
    lam, eps = values(said["cell"])[:2]
    x, y, z = grid(view)
    damping_x = view.widget("ax").value == "damping"
    lams, epss = (x, y) if damping_x else (y, x)
    a = int(np.argmin(np.abs(lams - lam)))
    b = int(np.argmin(np.abs(np.log(epss / eps))))
    assert np.isclose(lams[a], lam, atol=1e-9 + 1e-3 * abs(lam)) and np.isclose(
        epss[b], eps, rtol=1e-3
    )
    exact = said.key == "maps.newton.cell"
    assert exact == bool(np.isclose(epss, 1.0, rtol=1e-9).any() and np.isclose(lams, 0.0).any())
    i, j = (a, b) if damping_x else (b, a)
    outcome = said["outcome"]
    reached = reader.said([outcome], "maps.cell_reached", view.lang)
    if reached:
        assert z[j, i] == int(reached[0].number("steps")), (z[j, i], outcome)
    else:
        assert not np.isfinite(z[j, i]), (z[j, i], outcome)


def check_newton_rounding(view, said):
    import landscapes
    import optimizers

    steps = int(said["steps"])
    tol = 10.0 ** int(said["tol"].removeprefix("10").translate(reader._SUPERSCRIPT))  # 10⁻²⁰
    assert steps > 1
    x, y, z = grid(view)
    damping_x = view.widget("ax").value == "damping"
    lams, epss = (x, y) if damping_x else (y, x)
    (a,) = np.nonzero(np.isclose(lams, 0.0))[0]
    (b,) = np.nonzero(np.isclose(epss, 1.0, rtol=1e-9))[0]
    i, j = (a, b) if damping_x else (b, a)
    assert z[j, i] == steps, (z[j, i], steps)
    ls = landscapes.get(view.widget("map_ls").value)
    start = (float(view.widget("mx0").value), float(view.widget("my0").value))
    run = optimizers.run("newton", ls.loss, start, steps, lr=1.0, damping=0.0)
    above = np.asarray(run.losses, np.float64) - (ls.min_loss or 0.0)
    assert above[1] >= tol and above[steps] < tol, (above[: steps + 1], tol)


def test_nesterov_map_renders_and_says_what_it_draws():
    """Issue 31, the crash: choosing Nesterov raised StopIteration (its theory has no fastest
    pair). Now its map is drawn with its limit lines and no star, and the notice says so."""
    from tests.lessons import open_page

    at = open_page("convergence-maps", map_opt="nesterov")
    assert not at.exception, [e.value for e in at.exception]
    view = reader.View(at, "convergence-maps")
    seen: set[str] = set()
    assert not reader.check_view(view, seen)
    assert {"maps.notice.theory_limits_only", "maps.theory.best_only"} <= seen


def test_an_open_question_says_what_this_page_hides():
    """While a step's question is open the map draws no cells, lines or marks; the caption said
    'the runs in the figure … stay hidden' (a map has no runs drawn): it names what is hidden."""
    from pages.convergence_maps import steps
    from tests.ledgers.test_convergence_maps_steps import choose

    for lang in ("en", "zh"):
        at = choose(lang, steps.STEPS[0].name)
        captions = [c.value for c in at.caption]
        assert t("maps.study_hidden", lang) in captions
        assert t("study.hidden", lang) not in captions


def check_no_minimum(view, said):
    import landscapes

    surface = landscapes.get(view.widget("map_ls").value)
    assert not surface.minima, surface.name
    assert said.number("bound") == surface.far_bound
    x, y, z = grid(view)
    assert int(said.number("total")) == z.size == x.size * y.size
    assert int(said.number("steps")) == int(view.widget("map_n").value)
    left = np.isfinite(z)
    if said.key == "maps.notice.no_minimum":
        assert int(said.number("left")) == int(left.sum()) > 0
        assert int(said.number("stayed")) == int((~left).sum())
        assert int(said.number("first")) == int(np.nanmin(z))
    else:
        assert not left.any()
    assert np.nanmax(z, initial=0) <= int(view.widget("map_n").value)
    # no cell drawn as diverged (vermillion) on top: each is a step it left, or grey
    name = t("maps.diverged", view.lang)
    for tr in view.chart(CHART)["data"]:
        if tr.get("type") == "heatmap" and tr.get("name") == name:
            assert not np.isfinite(np.asarray(_decoded(tr)["z"], float)).any()


def check_cell_left(view, said):
    import landscapes

    x, y, z = grid(view)
    line = said.text[: said.start]  # "**first to leave** (ε = 1.874, α = 0): …"
    i, j = _at(line[max(line.rfind("("), line.rfind("（")) :], x, y)
    assert z[j, i] == int(said.number("step")), (z[j, i], said["step"])
    assert said.number("bound") == landscapes.get(view.widget("map_ls").value).far_bound


def check_range_swapped(view, said):
    lo, hi = values(said["lo"])[0], values(said["hi"])[0]
    ends = {
        key: (view.widget(f"lo_{key}").value, view.widget(f"hi_{key}").value)
        for key in (view.widget("ax").value, view.widget("ay").value)
    }
    (axis,) = [k for k, (a, b) in ends.items() if a > b and np.isclose([a, b], [lo, hi]).all()]
    low, high = said.number("low"), said.number("high")
    assert low < high and np.isclose([low, high], [hi, lo]).all(), (low, high)
    x, y, _z = grid(view)
    drawn = x if axis == view.widget("ax").value else y
    assert np.isclose([drawn.min(), drawn.max()], [low, high], rtol=1e-5).all()


def saddle_momentum_leaves(lr: float, alpha: float, start, bound: float, steps: int) -> int:
    """Heavy-ball momentum on x² − y² by hand (float64): the step whose point first has
    |x| or |y| > bound, or −1."""
    p, v = np.asarray(start, float), np.zeros(2)
    for k in range(1, steps + 1):
        v = alpha * v - lr * np.array([2 * p[0], -2 * p[1]])
        p = p + v
        if np.abs(p).max() > bound:
            return k
    return -1


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_surface_with_no_minimum_reaches_no_tolerance(lang):
    """map_ls = saddle: '2667 of 16384 cells reach the tolerance' and 'fastest cell (ε = 0.001248,
    α = 0.9597): 42 steps to tolerance' on x² − y², which has no minimum: the run only passes the
    saddle's loss level on its way out (at step 300 y = 185, loss −34 074). Now each cell is the
    step its run left |x|, |y| ≤ 200, and the first to leave is checked by hand."""
    import landscapes

    view = reader.View(open_page(PAGE, lang, proj="1", map_ls="saddle"), PAGE, lang)
    assert not view.at.exception
    assert not view.said("maps.counts")
    text = " ".join(e.value for e in view.at.markdown) + " ".join(i.value for i in view.at.info)
    assert t("maps.metric.steps", lang) not in text
    (said,) = view.said("maps.notice.no_minimum")
    (cell,) = view.said("maps.cell_left")
    line = cell.text[: cell.start]
    lr, alpha = values(line[max(line.rfind("("), line.rfind("（")) :])[:2]
    surface = landscapes.get("saddle")
    start = (view.widget("mx0").value, view.widget("my0").value)
    assert saddle_momentum_leaves(lr, alpha, start, surface.far_bound, 300) == cell.number("step")
    assert said.number("first") == cell.number("step")
    assert not reader.check_view(view)


def test_a_range_set_upside_down_is_swapped_and_said():
    """hi_lr = 1e-5 below lo_lr = 0.001 drew a map with no word of it: now a notice names both
    ends, and the map runs from 1e-5 to 0.001."""
    for lang in ("en", "zh"):
        view = reader.View(open_page(PAGE, lang, proj="1", hi_lr="1e-05"), PAGE, lang)
        assert view.said(
            "maps.range_swapped", hp=r"[^\n:：]{1,40}?", lo=r"[^,，。\n]+?", hi=r"[^,，。\n]+?"
        )
        x, _y, _z = grid(view)
        assert (x.min(), x.max()) == (pytest.approx(1e-5), pytest.approx(1e-3))
        assert not reader.check_view(view)


def test_the_gd_limit_is_drawn_on_the_row_alpha_0_only():
    """The dotted 'GD (α = 0)' line at ε = 1 spanned every α, read as the edge for every α (the
    edge at α = 0.9 is ε = 1.9, the dashed curve): now a tick on the row α = 0 only."""
    view = reader.View(open_page(PAGE, "zh", proj="1"), PAGE, "zh")
    (gd,) = [
        _decoded(tr)
        for tr in view.chart(CHART)["data"]
        if tr.get("mode") == "lines" and tr.get("line", {}).get("dash") == "dot"
    ]
    _x, y, _z = grid(view)
    gy = np.asarray(gd["y"], float)
    assert gy.min() == 0.0 and gy.max() <= 0.1 * (y.max() - y.min())
    assert np.allclose(np.asarray(gd["x"], float), 1.0)  # 2/λ_max = 2/2


def test_the_fastest_cells_square_is_seen_round_the_theorys_star():
    """The bowl's fastest cell (1.157, 0.2753) lies one cell from the star (1.154, 0.2699): the
    20 px hollow square sat inside the 26 px star, its sides along the star's outline, and the
    legend named a mark no one could see. Now it is drawn after the star and wider than it by
    more than both outlines, so its sides clear the star's points on every side."""
    view = reader.View(open_page(PAGE, "zh", proj="1"), PAGE, "zh")
    data = view.chart(CHART)["data"]
    order = [tr.get("marker", {}).get("symbol") for tr in data if tr.get("mode") == "markers"]
    assert order.index("square-open") > order.index("star"), order
    star, square = (
        next(tr["marker"] for tr in data if tr.get("marker", {}).get("symbol") == s)
        for s in ("star", "square-open")
    )
    x, y, _z = grid(view)
    sx, sy = (np.asarray(marker(view, "star")[k], float)[0] for k in ("x", "y"))
    bx, by = (np.asarray(marker(view, "square-open")[k], float)[0] for k in ("x", "y"))
    # the case the reader saw: the two marks within a cell or two of each other
    assert abs(np.log10(bx / sx)) < 2 * np.log10(x[1] / x[0]) and abs(by - sy) < 2 * (y[1] - y[0])
    # half the square's side beyond the star's outer radius, past both outlines' halves, by 2 px
    outlines = star["line"]["width"] + square["line"]["width"]
    assert (square["size"] - star["size"]) / 2 >= outlines / 2 + 2, (square, star)
