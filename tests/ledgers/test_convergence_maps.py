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


def _named_cell(view, said) -> tuple[int, int]:
    """The cell a cell line names: "**fastest cell** (ε = 1.157, α = 0.2753): …" → its drawn
    column and row."""
    x, y, _z = grid(view)
    point = re.search(r"\*\*[^*]+\*\*\s*([(（][^()（）]*[)）])", said.text[: said.start])
    assert point, said.text
    return _at(point[1], x, y)


def _map_surface(view):
    import landscapes

    name = view.widget("map_ls").value
    if name == "typed":
        half = float(view.widget("map_f_w").value)
        return landscapes.from_expression(view.widget("map_f").value, dim=2, half_width=half)
    return landscapes.get(name)


def rerun_final_losses(view, cells: np.ndarray, what: str = "final_loss") -> np.ndarray:
    """The final loss (or `what`: steps_to_tol) of each drawn cell where `cells` (z's shape:
    [row y, column x]) is true, rerun with the view's controls over the whole drawn grid
    (optimizers.sweep in float32 as the page runs it: the same lanes in one call, so the same
    rounding; a sweep of the tied cells alone ended a cell at 6.29e-32 that the page's ended
    at 0); NaN elsewhere."""
    x, y, _z = grid(view)
    res = _rerun(view, tuple(x), tuple(y))
    out = np.where(cells, np.asarray(getattr(res, what), float).T, np.nan)
    return out


def _rerun(view, x: tuple, y: tuple):
    import optimizers

    name = view.widget("map_opt").value
    ax, ay = view.widget("ax").value, view.widget("ay").value
    fixed = {}
    for spec in optimizers.get(name).hyperparams:
        if spec.name not in (ax, ay):
            fixed[spec.name] = float(view.widget(f"m_{spec.name}").value)
    surface = _map_surface(view)
    key = (
        surface.name,  # a typed formula's name is its own
        name,
        ax,
        ay,
        x,
        y,
        tuple(sorted(fixed.items())),
        float(view.widget("mx0").value),
        float(view.widget("my0").value),
        int(view.widget("map_n").value),
        int(view.widget("map_tol").value),
    )
    if key not in _RERUNS:
        _RERUNS.clear()  # one view's grid at a time: the checks of one view share it
        _RERUNS[key] = optimizers.sweep(
            name,
            surface.loss,
            (key[7], key[8]),
            key[9],
            {  # the drawn float32 values, within their ranges (0.999 is drawn 0.99900001)
                axis: [
                    float(np.clip(v, optimizers.SPECS[axis].low, optimizers.SPECS[axis].high))
                    for v in drawn
                ]
                for axis, drawn in ((ax, x), (ay, y))
            },
            tol=10.0 ** key[10],
            min_loss=surface.min_loss or 0.0,
            bound=surface.far_bound,
            on_progress=lambda done, total: None,  # as the page runs it: in the same chunks
            **fixed,
        )
    return _RERUNS[key]


_RERUNS: dict = {}


def drawn_diverged(view) -> np.ndarray:
    """The cells drawn diverged (vermillion), z's shape."""
    _x, _y, z = grid(view)
    name = t("maps.diverged", view.lang)
    for tr in view.chart(CHART)["data"]:
        if tr.get("type") == "heatmap" and tr.get("name") == name:
            d = np.asarray(_decoded(tr)["z"], float)
            return np.isfinite(d) & (d > 0)
    return np.zeros(z.shape, bool)


def steps_drawn_or_rerun(view) -> np.ndarray:
    """The steps to tolerance per cell (z's shape, NaN where not reached or diverged): drawn
    when the map is coloured by steps; rerun when it is coloured by final loss."""
    _x, _y, z = grid(view)
    if view.widget("metric").value == "steps":
        return z
    steps = rerun_final_losses(view, np.ones(z.shape, bool), "steps_to_tol")
    return np.where((steps >= 0) & ~drawn_diverged(view), steps, np.nan)


def _first_in_order(group: np.ndarray) -> tuple[int, int]:
    """The first cell of a group (z's shape) in the grid's order: the smallest x (column),
    then the smallest y (row)."""
    rows, cols = np.nonzero(group)
    i = int(cols.min())
    return i, int(rows[cols == i].min())


def _says_the_axes(view, said) -> None:
    import optimizers

    for field, axis in (("x", "ax"), ("y", "ay")):
        assert said[field] == f"${optimizers.SPECS[view.widget(axis).value].symbol}$", said[field]


def check_fastest_ties(view, said):
    """The named cell needs the drawn map's fewest steps, and as many drawn cells as named
    need that few; their final losses (rerun) as printed: the named one's is the one named,
    strictly the lowest (best_among), shared by all (…_same) or by the number named
    (…_some), and then the named cell is the first of those in the grid's order."""
    z = steps_drawn_or_rerun(view)
    i, j = _named_cell(view, said)
    assert np.isfinite(z[j, i]) and z[j, i] == np.nanmin(z), (z[j, i], np.nanmin(z))
    tied = np.isfinite(z) & (z == z[j, i])
    assert int(said.number("n")) == int(tied.sum()) > 1
    printed = np.vectorize(lambda v: float(f"{v:.3g}"))(rerun_final_losses(view, tied))
    low = np.nanmin(printed[tied])
    assert printed[j, i] == low == said.number("loss"), (printed[j, i], low, said["loss"])
    lowest = tied & (printed == low)
    if said.key == "maps.best_among":
        assert int(lowest.sum()) == 1, int(lowest.sum())
        return
    _says_the_axes(view, said)
    m = int(lowest.sum())
    assert m == (int(said.number("n")) if said.key == "maps.best_among_same" else said.number("m"))
    assert m > 1 and (m == tied.sum()) == (said.key == "maps.best_among_same")
    assert _first_in_order(lowest) == (i, j), (_first_in_order(lowest), (i, j))


def check_lowest_ties(view, said):
    """No drawn cell reached the tolerance; as many drawn, not diverged cells as named end
    (rerun) at the named cell's final loss as printed, the lowest, and the named cell is the
    first of them in the grid's order."""
    z = steps_drawn_or_rerun(view)
    assert not np.isfinite(z).any()
    ok = ~drawn_diverged(view)
    i, j = _named_cell(view, said)
    printed = np.vectorize(lambda v: float(f"{v:.3g}"))(rerun_final_losses(view, ok))
    low = np.nanmin(printed[ok])
    lowest = ok & (printed == low)
    assert printed[j, i] == low and int(said.number("n")) == int(lowest.sum()) > 1
    _says_the_axes(view, said)
    assert _first_in_order(lowest) == (i, j)


def check_left_ties(view, said):
    """The named cell left the far bound at the drawn map's earliest step; as many drawn cells
    as named left at that step, and the named one is the first of them in the grid's order."""
    _x, _y, z = grid(view)
    i, j = _named_cell(view, said)
    assert z[j, i] == np.nanmin(z)
    tied = np.isfinite(z) & (z == z[j, i])
    assert int(said.number("n")) == int(tied.sum()) > 1
    _says_the_axes(view, said)
    assert _first_in_order(tied) == (i, j)


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


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_cells_tied_at_the_fewest_steps_and_the_same_loss_are_named_by_order(lang):
    """Fresh read (FX4): 'fastest cell (ε = 1.157, α = 0.2753): within tolerance from step 40 on;
    one of 3 cells that need that few steps, the one that ends lowest' while all three (α =
    0.2753, 0.2832, 0.2989) end at a final loss of exactly 0 (float32 underflow), and on
    sharp_flat at 32² five cells tie at one step with the same loss: the tie was broken by the
    grid's order, not a lower loss. Now the line says they all end at the same loss as printed
    and that the one named has the smallest ε (then α); checked on reruns of the drawn cells."""
    for query, n, loss in (({}, 3, 0.0), ({"map_ls": "sharp_flat", "map_grid": "32"}, 5, 0.0943)):
        view = reader.View(open_page(PAGE, lang, **query), PAGE, lang)
        (said,) = view.said("maps.best_among_same")
        assert said.number("n") == n and said.number("loss") == loss
        assert not view.said("maps.best_among")
        check_fastest_ties(view, said)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_first_to_leave_says_how_many_leave_as_early(lang):
    """Fresh read (FX4): on the saddle at 32², 'first to leave (ε = 2, α = 0): passed the far
    bound … at step 5' while 12 cells leave at step 5; the fastest cell names its ties, this
    one did not. Now: '(one of 12 cells that leave that early; …)', read from the drawn map."""
    view = reader.View(open_page(PAGE, lang, map_ls="saddle", map_grid="32"), PAGE, lang)
    (said,) = view.said("maps.left_among")
    assert said.number("n") == 12
    check_left_ties(view, said)


def test_the_why_says_where_the_drawn_map_is_slow():
    """Fresh read (FX4): the Why? said 'Near the boundary convergence is slowest …; the fastest
    settings usually lie some way inside it', while on the drawn default map the fastest cell
    (1.157, 0.2753) is next to the divergence edge, rows α ≥ 0.4 are within a few steps of their
    best at the edge (0.40: 54 against 52) and their slowest cells are at small ε (286 at ε =
    0.226, α = 0.4). Now it says: at α = 0 runs slow down near the boundary and the fastest ε is
    inside it; with α ≥ α* every ε in [(1 − √α)²/λ_min, (1 + √α)²/λ_max] shrinks the loss by α
    a step, a row's steps about equal across that band, its slower cells outside it (small ε,
    or the sliver next to the boundary)."""
    view = reader.View(open_page(PAGE, "en"), PAGE, "en")
    why = t("maps.why", "en")
    assert "Near the boundary convergence is slowest" not in why
    assert "Without momentum (α = 0) runs slow down as ε nears the boundary" in why
    x, y, z = grid(view)
    diverged = drawn_diverged(view)
    lam_min, lam_max = 0.2, 2.0  # the bowl x²/10 + y²
    kappa = lam_max / lam_min
    alpha_star = ((np.sqrt(kappa) - 1) / (np.sqrt(kappa) + 1)) ** 2
    tol = 10.0 ** int(view.widget("map_tol").value)
    # α = 0: the last converging cell before the edge is slower than the row's best, which is
    # at a smaller ε
    row, edge = z[0], int(np.nonzero(~diverged[0])[0].max())
    assert y[0] == 0 and np.isfinite(row[edge]) and row[edge] > 1.5 * np.nanmin(row)
    assert x[np.nanargmin(row)] < x[edge]
    checked = 0
    for j, alpha in enumerate(y):
        lo, hi = (1 - np.sqrt(alpha)) ** 2 / lam_min, (1 + np.sqrt(alpha)) ** 2 / lam_max
        band = np.isfinite(z[j]) & (x >= lo) & (x <= hi)
        if alpha < alpha_star + 0.05 or alpha > 0.9 or band.sum() < 3:
            continue
        checked += 1
        steps = z[j][band]
        # the loss shrinks by α a step across the band: about log(tol)/log(α) steps in each
        assert np.isclose(steps.min(), np.log(tol) / np.log(alpha), rtol=0.1), (alpha, steps)
        assert steps.max() <= 1.2 * steps.min(), (alpha, steps.min(), steps.max())
        # the band reaches to within (1 − √α)²/λ_max of the edge
        assert hi >= 2 * (1 + alpha) / lam_max - (1 - np.sqrt(alpha)) ** 2 / lam_max - 1e-9
        # outside the band (small ε, the sliver next to the boundary) no cell is faster
        outside = np.isfinite(z[j]) & ~band
        assert (z[j][outside] >= 0.95 * steps.min()).all(), (alpha, z[j][outside].min())
    assert checked > 40, checked


def test_the_colour_bars_chinese_title_fits_beside_the_bar_and_a_phones_legend_is_even():
    """Fresh read (FX4): at 1024×768 with the projector on, the colour bar's title
    '进入并保持在容差内的步数' ran past the chart's top, '数' cut in half; on a phone the legend's
    star (26 px as drawn) overlapped the square (38 px) of the row under it. The Chinese title
    is two lines of at most 6 characters (the English one line: it fits), and a phone's legend
    draws every symbol at one size."""
    from ui import screen

    zh = reader.View(open_page(PAGE, "zh", proj="1"), PAGE, "zh")
    (steps,) = [tr for tr in zh.chart(CHART)["data"] if tr.get("colorbar")]
    lines = steps["colorbar"]["title"]["text"].split("<br>")
    assert "".join(lines) == t("maps.metric.steps", "zh") and max(map(len, lines)) <= 6, lines
    en = reader.View(open_page(PAGE, "en", proj="1"), PAGE, "en")
    (steps,) = [tr for tr in en.chart(CHART)["data"] if tr.get("colorbar")]
    assert steps["colorbar"]["title"]["text"] == t("maps.metric.steps", "en")
    assert en.chart(CHART)["layout"].get("legend", {}).get("itemsizing") != "constant"
    phone = open_page(PAGE, "en")
    phone.session_state[screen.SCREEN_KEY] = {"narrow": True}
    phone.run()
    view = reader.View(phone, PAGE, "en")
    assert view.chart(CHART)["layout"]["legend"]["itemsizing"] == "constant"
    sizes = [
        tr["marker"]["size"]
        for tr in view.chart(CHART)["data"]
        if tr.get("marker", {}).get("symbol") in ("star", "square-open")
    ]
    assert len(sizes) == 2 and sizes[0] != sizes[1]  # as drawn on the map: only the legend is even
