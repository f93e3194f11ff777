"""The basins lesson's ledger checks: each map's share of differing cell borders, read from the
start grid its heatmap draws (a cell's value is the end group of its run)."""

from __future__ import annotations

import os
import re

import numpy as np
import pytest

import landscapes
import optimizers
from pages.basins.ledger import MAP
from tests import ledger as reader
from tests.lessons import no_exceptions, open_page
from ui.figures import decode
from ui.i18n import CATALOG
from ui.map_figures import BASIN_COLOURS

BASIN_SURFACES = landscapes.names(dim=2)


def drawn_labels(view: reader.View, name: str) -> np.ndarray:
    """The start grid drawn for the map named "Optimizer (i)": its heatmap's cells."""
    i = int(re.search(r"\((\d)\)\s*$", name)[1])
    fig = view.chart(f"basin_{i - 1}")
    (heat,) = [tr for tr in fig["data"] if tr.get("type") == "heatmap"]
    return np.asarray(reader.traces({"data": [heat]})[heat.get("name")]["z"])


def share(z: np.ndarray) -> float:
    """The share of horizontal and vertical neighbour pairs whose cells differ."""
    across = np.concatenate([(z[1:, :] != z[:-1, :]).ravel(), (z[:, 1:] != z[:, :-1]).ravel()])
    return float(np.mean(across))


def check_broken(view, said):
    check_broken_has_basins(view, said)
    assert percent_reads(said["pct"], share(drawn_labels(view, said["name"])))


def drawn_ends(view: reader.View, name: str) -> np.ndarray:
    """The drawn start grid as end groups: ≥ 0 a minimum's group, −3 stayed where it started,
    −2 not settled, −1 diverged (the heatmap draws these three as its last three colour slots,
    n − 3, n − 2 and n − 1, zmax = n − ½)."""
    i = int(re.search(r"\((\d)\)\s*$", name)[1])
    fig = view.chart(f"basin_{i - 1}")
    (heat,) = [tr for tr in fig["data"] if tr.get("type") == "heatmap"]
    z = np.asarray(reader.traces({"data": [heat]})[heat.get("name")]["z"], float)
    n = round(float(heat["zmax"]) + 0.5)
    return np.select([z == n - 1, z == n - 2, z == n - 3], [-1, -2, -3], z)


def drawn_minima(view: reader.View, name: str) -> np.ndarray:
    """Per end group of the map named "Optimizer (i)": whether its marker is a star (a minimum),
    not a saddle's ×."""
    i = int(re.search(r"\((\d)\)\s*$", name)[1])
    fig = view.chart(f"basin_{i - 1}")
    marks = [tr for tr in fig["data"] if tr.get("type") == "scatter" and tr.get("text")]
    if not marks:
        return np.zeros(0, bool)
    (mark,) = marks
    symbol = mark["marker"]["symbol"]
    symbols = [symbol] * len(mark["text"]) if isinstance(symbol, str) else list(symbol)
    return np.array([s == "star" for s in symbols], bool)


def at_minimum(view, name: str) -> np.ndarray:
    """The drawn start cells coloured by a group whose end is marked as a minimum (a star)."""
    z = drawn_ends(view, name)
    star = drawn_minima(view, name)
    out = np.zeros(z.shape, bool)
    for g in np.flatnonzero(star):
        out |= z == g
    return out


def _reached(view, name: str) -> float:
    return float(np.mean(at_minimum(view, name)))


def check_broken_has_basins(view, said):
    assert _reached(view, said["name"]) >= 0.5


def percent_reads(text: str, share: float) -> bool:
    """A printed share "12.3" (within rounding of `share`), "< 0.1" (not 0, under 0.05 %) or
    "> 99.9" (not all, over 99.95 %): a share that is not 0 never reads 0.0."""
    text = text.strip()
    if text == "< 0.1":
        return 0 < share < 0.0005
    if text == "> 99.9":
        return 0.9995 <= share < 1
    if share > 0 and reader.number(text) == 0:
        return False
    return abs(reader.number(text) - 100 * share) <= 0.051


def check_no_basins(view, said):
    z = drawn_ends(view, said["name"])
    reached = np.mean(at_minimum(view, said["name"]))
    assert reached < 0.5
    for key, value in (
        ("reached", reached),
        ("diverged", np.mean(z == -1)),
        ("unsettled", np.mean(z == -2)),
        ("stayed", np.mean(z == -3)),
    ):
        assert percent_reads(said[key], value), (key, said[key], value)
    assert said.number("steps") == int(view.widget("b_n").value)


def drawn_heat(view, i: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Map basin_{i}'s drawn heatmap: its xs, ys and hover distances moved (rows y, columns x)."""
    fig = view.chart(f"basin_{i}")
    (heat,) = [tr for tr in fig["data"] if tr.get("type") == "heatmap"]
    return (
        np.asarray(decode(heat["x"]), float),
        np.asarray(decode(heat["y"]), float),
        np.asarray(decode(heat["customdata"]), float),
    )


def is_curve(text: str, lang: str) -> bool:
    return text.startswith(CATALOG["maps.basins.curve"][lang].split("{")[0].strip())


def check_tolerance(view, said):
    """Every drawn cell coloured by a group at one point ended within the named tolerance of its
    mark: |moved − start's distance to the mark| ≤ tolerance (the triangle inequality, read
    from the drawn hover data); a cell drawn as stayed moved less than the tolerance; a curve's
    mark lies on the surface's minimum loss, within the named loss."""
    tol = said.number("tol")
    fig = view.chart("basin_0")
    width = max(
        float(fig["layout"][a]["range"][1] - fig["layout"][a]["range"][0])
        for a in ("xaxis", "yaxis")
    )
    assert tol == pytest.approx(0.02 * width, rel=1e-3), (tol, width)
    for i in (0, 1):
        z = drawn_ends(view, f"x ({i + 1})")
        xs, ys, moved = drawn_heat(view, i)
        gx, gy = np.meshgrid(xs, ys)
        for g, (x, y, _, text) in enumerate(drawn_marks(view, i)):
            if is_curve(text, view.lang):
                assert "loss" in said.fields, text
                surface = basins_surface(view)
                f = float(surface.loss(np.array([x, y], np.float32)))
                assert f - (surface.min_loss or 0.0) <= said.number("loss"), (text, f)
                continue
            cells = z == g
            gap = np.abs(moved[cells] - np.hypot(gx[cells] - x, gy[cells] - y))
            # f32 drawn coordinates: a hair over the tolerance is rounding
            assert not cells.any() or gap.max() <= tol * (1 + 1e-3) + 1e-5, (i, g, gap.max())
        assert not (moved[z == -3] >= tol).any(), (i, moved[z == -3].max())


def himmelblau_kind(x: float, y: float) -> str:
    """The kind of Himmelblau's critical point near (x, y), from its Hessian by hand:
    f = (x² + y − 11)² + (x + y² − 7)², f_xx = 12x² + 4y − 42, f_xy = 4(x + y),
    f_yy = 12y² + 4x − 26."""
    h = np.array([[12 * x * x + 4 * y - 42, 4 * (x + y)], [4 * (x + y), 12 * y * y + 4 * x - 26]])
    lam = np.linalg.eigvalsh(h)
    return "minimum" if lam[0] > 0 else "maximum" if lam[1] < 0 else "saddle"


SYMBOL_KIND = {"star": "minimum", "x": "saddle", "triangle-up": "maximum"}


def drawn_marks(view, i: int) -> list[tuple[float, float, str, str]]:
    """The end marks the map basin_{i} draws: (x, y, kind by its symbol, hover text)."""
    fig = view.chart(f"basin_{i}")
    marks = [tr for tr in fig["data"] if tr.get("type") == "scatter" and tr.get("text")]
    if not marks:  # no end group (every run diverged): no marks
        return []
    (mark,) = marks
    symbol = mark["marker"]["symbol"]
    symbols = [symbol] * len(mark["text"]) if isinstance(symbol, str) else list(symbol)
    return [
        (float(x), float(y), SYMBOL_KIND.get(s, s), text)
        for x, y, s, text in zip(
            decode(mark["x"]), decode(mark["y"]), symbols, mark["text"], strict=True
        )
    ]


def check_depth(view, said):
    marks = drawn_marks(view, 0)
    kinds = [k for *_, k, _ in marks]
    assert said.number("groups") == len(marks) > len(BASIN_COLOURS)
    for key, kind in (("minima", "minimum"), ("saddles", "saddle"), ("maxima", "maximum")):
        assert said.number(key) == kinds.count(kind), (key, said[key], kinds)
    if view.widget("b_ls").value == "himmelblau":
        for x, y, kind, _ in marks:
            assert himmelblau_kind(x, y) == kind, (x, y, kind)


def check_short_runs(view, said):
    i = int(re.search(r"\((\d)\)\s*$", said["name"])[1])
    z = drawn_ends(view, said["name"])
    fig = view.chart(f"basin_{i - 1}")
    (heat,) = [tr for tr in fig["data"] if tr.get("type") == "heatmap"]
    moved = np.asarray(decode(heat["customdata"]), float)
    assert np.mean(z == -2) >= 0.5
    median = float(np.nanmedian(moved[z == -2]))
    assert abs(said.number("moved") - median) <= 0.0051 * max(median, 1e-12) + 1e-12
    width = max(
        float(fig["layout"][a]["range"][1] - fig["layout"][a]["range"][0])
        for a in ("xaxis", "yaxis")
    )
    assert said.number("width") == pytest.approx(width, rel=1e-3)
    assert median < 0.05 * width, (median, width)
    assert said.number("steps") == int(view.widget("b_n").value)
    # "have not got anywhere yet": not ended in a minimum's bowl within the credit radius
    # (Lion's sign steps on Rastrigin end a median 0.041 from a pit's bottom: they got there)
    ends, _, _ = unsettled_ends(view, said["name"])
    assert np.median(sample_gaps(view, ends)) > 0.02 * width


_RERUNS: dict[tuple, object] = {}


def _sweep(opt: str, ls, xs, ys, steps: int, hp: dict):
    """`optimizers.sweep_starts` of one drawn map, once per map: the control sweep and the
    surface-by-surface tests show the same map in many views (the other map's controls
    move), and each check of it reran the whole grid."""
    key = (opt, ls.name, np.asarray(xs).tobytes(), np.asarray(ys).tobytes(), steps,
           tuple(sorted(hp.items())))  # fmt: skip
    if key not in _RERUNS:
        _RERUNS[key] = optimizers.sweep_starts(
            opt, ls.loss, xs, ys, steps, min_loss=ls.min_loss or 0.0, bound=ls.far_bound, **hp
        )
    return _RERUNS[key]


def unsettled_ends(view, name: str) -> tuple[np.ndarray, np.ndarray, float]:
    """The ends of the drawn map's unsettled runs (cells drawn as not settled), rerun from the
    drawn start grid with the page's settings and held to the drawn hover distances moved;
    the drawn distances moved of those runs; the drawn map's width."""
    i = int(re.search(r"\((\d)\)\s*$", name)[1])
    xs, ys, moved = drawn_heat(view, i - 1)
    ls = basins_surface(view)
    opt = view.widget(f"b_opt{i}").value
    hp = (
        {"lr": float(view.widget(f"b_lr{i}").value)} if "lr" in optimizers.get(opt).hp_names else {}
    )
    res = _sweep(opt, ls, xs, ys, int(view.widget("b_n").value), hp)
    ends = np.swapaxes(np.asarray(res.final_points, float), 0, 1)  # rows y, columns x
    gx, gy = np.meshgrid(xs, ys)
    again = np.hypot(ends[..., 0] - gx, ends[..., 1] - gy)
    ok = np.isfinite(moved)
    np.testing.assert_allclose(again[ok], moved[ok], rtol=1e-3, atol=1e-4)  # the drawn runs
    z = drawn_ends(view, name)
    fig = view.chart(f"basin_{i - 1}")
    width = max(
        float(fig["layout"][a]["range"][1] - fig["layout"][a]["range"][0])
        for a in ("xaxis", "yaxis")
    )
    return ends[z == -2], moved[z == -2], width


def newton_gap(loss, end) -> float:
    """‖H⁻¹∇L‖ at `end` where its Hessian is positive definite (in a minimum's bowl), else inf."""
    a = optimizers.analyse(loss, tuple(float(v) for v in end))
    if not np.all(np.asarray(a.eigenvalues) > 0):
        return float("inf")
    return float(np.linalg.norm(np.linalg.solve(a.hessian, a.gradient)))


def basins_surface(view):
    """The surface the maps run on: its menu's value, or a typed one from its formula."""
    name = view.widget("b_ls").value
    if name == "typed":
        half = float(view.widget("b_f_w").value)
        return landscapes.from_expression(view.widget("b_f").value, dim=2, half_width=half)
    return landscapes.get(name)


def sample_gaps(view, ends: np.ndarray, n: int = 400) -> np.ndarray:
    """The Newton gaps of a random sample of `n` ends (seeded): an evenly spaced one took
    nearly one column of a 256-wide grid (every 250th end), and its median was 0.039 where
    the ends' was 0.024 (SGD, 10 steps)."""
    loss = basins_surface(view).loss
    rng = np.random.default_rng(0)
    pick = ends[rng.choice(len(ends), size=min(n, len(ends)), replace=False)]
    return np.array([newton_gap(loss, e) for e in pick])


def check_hovering(view, said):
    """ "unsettled runs are not short of a minimum: s % of them end within r of one (median d,
    to the minimum a Newton step from the end aims at, the Hessian there positive definite),
    having moved m (median) in n steps": r is 2 % of the drawn map's width (the credit radius),
    the unsettled runs' ends (rerun from the drawn grid, held to its hover distances) have, on
    a random sample of 400, a median Newton gap d (within 15 %) and s % within r (± 5 points),
    and m is the drawn median moved."""
    z = drawn_ends(view, said["name"])
    assert np.mean(z == -2) >= 0.5
    ends, moved, width = unsettled_ends(view, said["name"])
    r = said.number("radius")
    assert r == pytest.approx(0.02 * width, rel=1e-3)
    assert abs(said.number("moved") - float(np.nanmedian(moved))) <= 0.0051 * np.nanmedian(moved)
    gaps = sample_gaps(view, ends)
    assert said.number("gap") == pytest.approx(float(np.median(gaps)), rel=0.15)
    text = said["share"].strip()  # "> 99.9" and "< 0.1" as `percent` prints them
    shown = {"> 99.9": 99.95, "< 0.1": 0.05}.get(text) or reader.number(text)
    # the page measures in float32, this check in float64: ends piled at a gap within 1 % of
    # r (the cliff's SGD: a fifth of them at 0.318, r = 0.32) may fall either side of it
    low, high = (100 * float(np.mean(gaps <= f * r)) for f in (0.99, 1.01))
    assert low - 5 <= shown <= high + 5, (shown, low, high)
    assert np.median(gaps) <= r
    assert said.number("steps") == int(view.widget("b_n").value)


def check_sign_step(view, said):
    """ "the step is ε·sign(·): ±ε in each coordinate": the named map's rule is Lion (its step
    −ε(sign(c) + λθ), λ = 0 here) and ε is its slider's."""
    i = int(re.search(r"\((\d)\)\s*$", said["name"])[1])
    assert view.widget(f"b_opt{i}").value == "lion"
    assert optimizers.get("lion").hyperparams[-1].default == 0.0  # weight decay, not a control
    assert said.number("lr") == float(view.widget(f"b_lr{i}").value)


def check_no_minimum(view, said):
    surface = basins_surface(view)
    assert not surface.minima, surface.name
    for i in (1, 2):
        assert not drawn_minima(view, f"x ({i})").any(), "a star is drawn"
        assert not at_minimum(view, f"x ({i})").any()


def check_ends(view, said):
    surface = basins_surface(view)
    assert not surface.minima and said.number("bound") == surface.far_bound == 100 * max(
        abs(v) for side in surface.domain for v in side
    )
    z = drawn_ends(view, said["name"])
    saddle = ~drawn_minima(view, said["name"])
    at_saddle = np.isin(z, np.flatnonzero(saddle)) & (z >= 0)
    drawn = {
        "diverged": np.mean(z == -1),
        "unsettled": np.mean(z == -2),
        "stayed": np.mean(z == -3),
        "saddle": np.mean(at_saddle),
    }
    assert abs(sum(drawn.values()) - 1) < 1e-9, drawn  # every cell is one of the four
    for key, value in drawn.items():
        assert percent_reads(said[key], value), (key, said[key], value)


def rerun(view, i: int):
    """Map i's runs rerun from its drawn start grid with the page's settings, and the drawn
    grid's diverged cells (rows y, columns x) they are held to."""
    xs, ys, _ = drawn_heat(view, i - 1)
    ls = basins_surface(view)
    opt = view.widget(f"b_opt{i}").value
    hp = (
        {"lr": float(view.widget(f"b_lr{i}").value)} if "lr" in optimizers.get(opt).hp_names else {}
    )
    res = _sweep(opt, ls, xs, ys, int(view.widget("b_n").value), hp)
    dead = np.swapaxes(np.asarray(res.diverged, bool), 0, 1)
    return res, dead, ls


def check_ends_downhill(view, said):
    """ "s % went out downhill (left |x|, |y| ≤ B, each lower where it left than where it
    started)": the shares as `check_ends` reads them from the drawn map, and every drawn
    diverged cell's run (rerun from the drawn grid; the rerun's diverged cells are the drawn
    ones) has a lower loss at its last point inside the bound than at its start."""
    check_ends(view, said)
    i = int(re.search(r"\((\d)\)\s*$", said["name"])[1])
    res, dead, ls = rerun(view, i)
    z = drawn_ends(view, said["name"])
    assert np.array_equal(dead, z == -1)
    assert dead.any()
    ends = np.swapaxes(np.asarray(res.final_points, float), 0, 1)[dead]
    gx, gy = np.meshgrid(np.asarray(res.xs, float), np.asarray(res.ys, float))
    starts = np.stack([gx, gy], axis=-1)[dead]
    pick = np.linspace(0, len(ends) - 1, min(300, len(ends))).astype(int)
    loss = lambda p: float(ls.loss(np.asarray(p, np.float32)))  # noqa: E731
    assert all(loss(ends[k]) < loss(starts[k]) for k in pick)


def check_no_compare(view, said):
    pct = said.number("pct") / 100
    assert min(_reached(view, f"x ({i})") for i in (1, 2)) < pct


def check_momentum(view, said):
    i = int(re.search(r"\((\d)\)\s*$", said["name"])[1])
    name = view.widget(f"b_opt{i}").value
    assert "momentum" in optimizers.get(name).hp_names
    assert said.number("alpha") == optimizers.SPECS["momentum"].default == 0.9


def check_more_broken(view, said):
    assert min(_reached(view, f"x ({i})") for i in (1, 2)) >= 0.5, "a map has no basins"
    more = share(drawn_labels(view, said["more"]))
    less = share(drawn_labels(view, said["less"]))
    assert more >= 2 * less and more > 0, (more, less)
    ratio = more / less if less else float("inf")
    factor = reader.number(said["factor"])
    assert abs(factor - ratio) <= (0.5 if ratio >= 10 else 0.05) + 1e-9, (factor, ratio)


def check_alike(view, said):
    assert min(_reached(view, f"x ({i})") for i in (1, 2)) >= 0.5, "a map has no basins"
    a, b = (share(drawn_labels(view, f"x ({i})")) for i in (1, 2))
    assert max(a, b) < 2 * min(a, b) or max(a, b) == 0, (a, b)


def check_only_broken(view, said):
    assert min(_reached(view, f"x ({i})") for i in (1, 2)) >= 0.5, "a map has no basins"
    assert share(drawn_labels(view, said["less"])) == 0
    assert share(drawn_labels(view, said["more"])) > 0


def test_maps_without_basins_are_not_compared():
    """b_lr1 = 0.025: every Himmelblau minimum is unstable for SGD (2/λ_max = 0.0243, 0.0248,
    0.0150, 0.0190 < 0.025): its map is 97.9 % not settled, 2.1 % diverged, 0 % at a minimum,
    yet the notice said momentum's basins were 27× as broken up as SGD's."""
    for query in ({"b_lr1": "0.025"},):
        for lang in ("en", "zh"):
            view = reader.View(open_page("basins", lang, **query), "basins", lang)
            assert view.said("maps.basins.no_basins", name=MAP["name"])
            assert view.said("maps.basins.no_compare")
            for key in ("maps.basins.more_broken", "maps.basins.alike", "maps.basins.only_broken"):
                assert not view.said(key, more=MAP["name"], less=MAP["name"]), key
            assert not reader.check_view(view)
    view = reader.View(open_page("basins", b_lr1="0.025"), "basins")
    (sgd,) = view.said("maps.basins.no_basins", name=MAP["name"])
    assert (sgd["reached"], sgd["diverged"], sgd["unsettled"]) == ("0.0", "2.1", "97.9")


@pytest.mark.parametrize("surface", ["saddle", "monkey_saddle"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_surface_with_no_minimum_says_so(surface, lang):
    """b_ls = saddle (x² − y²): every start of both maps diverged, and the notice said 'only
    0.0 % of starts reach a minimum … (almost) no basins', as if the surface had one. On the
    monkey saddle, SGD's and momentum's maps drew a star at (−0.03, 0.00), a group of ends
    beside the flat saddle listed under 'ends at (minimum)'. Now: the surface has no minimum,
    each map's starts diverged / did not settle / ended near the saddle (×), and the maps'
    fragmentation is not compared."""
    view = reader.View(open_page("basins", lang, b_ls=surface), "basins", lang)
    assert view.said("maps.basins.no_minimum")
    ends = sorted(
        [
            *view.said("maps.basins.ends", name=MAP["name"]),
            *view.said("maps.basins.ends_downhill", name=MAP["name"]),
        ],
        key=lambda said: said.start,
    )
    assert len(ends) == 2
    # SGD and momentum: all leave |x|, |y| ≤ 200, but for 8 of SGD's 16 384 starts on the
    # monkey saddle (6 not settled, 2 stayed beside the flat saddle they started at): once
    # printed "100.0 %" diverged and "0.0 %" not settled
    sgd = ("> 99.9", "< 0.1", "< 0.1") if surface == "monkey_saddle" else ("100.0", "0.0", "0.0")
    for said, shown in zip(ends, (sgd, ("100.0", "0.0", "0.0")), strict=True):
        assert (said["diverged"], said["unsettled"], said["stayed"], said["bound"]) == (
            *shown,
            "200",
        )
    assert not view.said("maps.basins.no_basins", name=MAP["name"])
    assert view.said("maps.basins.no_compare")
    for i in (1, 2):
        assert not drawn_minima(view, f"x ({i})").any()
    assert not reader.check_view(view)


def _lr_ends(name: str) -> list[str]:
    spec = optimizers.SPECS["lr"]
    return [f"{spec.low:g}", f"{spec.high:g}"] if "lr" in optimizers.get(name).hp_names else [""]


@pytest.mark.parametrize(
    "surface",
    [
        s
        if not landscapes.get(s).minima or os.environ.get("LOSSLAB_EXHAUSTIVE")
        else pytest.param(s, marks=pytest.mark.skip("LOSSLAB_EXHAUSTIVE=1 runs it (20–40 min)"))
        for s in BASIN_SURFACES
    ],
)
def test_every_surface_optimizer_and_learning_rate_reads_true(surface):
    """Every surface × every optimizer × the learning rate's two ends and the surface's suggested
    one, the two maps two optimizers at a time, both languages (the coarsest grid the menu
    offers, 32², and 100 steps; the surfaces with a minimum only with LOSSLAB_EXHAUSTIVE=1: 31 min
    on a shared machine): every sentence the notice shows is
    read back and held against the drawn maps; on a surface with no minimum the notice says
    so and never that a share of starts reached one."""
    names = list(optimizers.names())
    pairs = [names[i : i + 2] for i in range(0, len(names), 2)]
    wrong = {}
    for first, second in pairs:
        for end in range(3):  # low end, high end, the suggested ε
            query = {"b_ls": surface, "b_opt1": first, "b_opt2": second, "b_grid": "32"}
            query["b_n"] = "100"
            for slot, name in (("1", first), ("2", second)):
                ends = _lr_ends(name)
                if end < 2 and ends != [""]:
                    query[f"b_lr{slot}"] = ends[end]
            for lang in ("en", "zh"):
                view = reader.View(open_page("basins", lang, **query), "basins", lang)
                no_exceptions(view.at)
                failed = reader.check_view(view)
                if landscapes.get(surface).minima:
                    failed += ["no_minimum said"] * bool(view.said("maps.basins.no_minimum"))
                else:
                    failed += ["no minimum not said"] * (not view.said("maps.basins.no_minimum"))
                    failed += ["reached said"] * bool(
                        view.said("maps.basins.no_basins", name=MAP["name"])
                    )
                if failed:
                    wrong[(tuple(sorted(query.items())), lang)] = failed
    assert not wrong, wrong


@pytest.mark.parametrize(
    "query",
    [
        {"b_opt1": "newton", "b_opt2": "saddle_free_newton"},
        {"b_opt1": "lbfgs", "b_opt2": "adagrad"},
    ],
)
def test_himmelblau_s_maximum_is_marked_as_one_and_no_minimum(query):
    """Newton's method and L-BFGS stop at Himmelblau's maximum (−0.27, −0.92), f = 181.6, from
    6.1 % and 7.5 % of starts: it was drawn as a star and listed unlabelled under 'ends at
    (minimum)', and the notice said 'many minima: the colour shows how deep the minimum is'
    (Himmelblau has four). Each drawn mark's kind is now the Hessian's at its point (by hand)."""
    for lang in ("en", "zh"):
        view = reader.View(open_page("basins", lang, proj="1", **query), "basins", lang)
        no_exceptions(view.at)
        marks = drawn_marks(view, 0)
        for x, y, kind, text in marks:
            assert himmelblau_kind(x, y) == kind, (x, y, kind, text)
        (peak,) = [m for m in marks if m[2] == "maximum"]
        assert peak[:2] == pytest.approx((-0.2708, -0.9230), abs=1e-3)
        word = CATALOG["figure.maximum"][lang]
        assert peak[3].startswith(word)
        table = view.at.table[0].value
        header = table.columns[0]
        assert header == CATALOG["maps.basins.end"][lang]
        (row,) = [r for r in table[header] if "(-0.27, -0.92)" in r]
        assert row.startswith(word)
        # each end its own colour (no more than 12 ends): no depth colouring; the table's
        # caption counts the kinds
        assert not view.said("maps.basins.depth")
        (kinds,) = view.said("maps.basins.table_kinds")
        assert (kinds["minima"], kinds["maxima"]) == ("4", "1")
        if query["b_opt1"] == "newton":
            assert (kinds["groups"], kinds["saddles"]) == ("9", "4")
        assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_runs_too_short_to_settle_are_not_a_surface_without_basins(lang):
    """ε = 1e-5 for both maps: 100 % of starts 'did not settle' in 300 steps, and the notice said
    '… so it has (almost) no basins'. The drawn hover data: SGD's runs moved a median 0.213 of
    the map's 10: the runs went nowhere, the basins are there. On the cliff 30.5 % of SGD's
    starts reach the minimum, and that was 'almost no basins' too."""
    view = reader.View(open_page("basins", lang, b_lr1="1e-05", b_lr2="1e-05"), "basins", lang)
    no_exceptions(view.at)
    (short,) = view.said("maps.basins.short_runs", name=MAP["name"])
    assert short["name"].strip().endswith("(1)") and short.number("moved") == 0.213
    assert all(np.mean(drawn_ends(view, f"x ({i})") == -2) == 1.0 for i in (1, 2))
    assert not reader.check_view(view)
    cliff = reader.View(open_page("basins", lang, b_ls="cliff"), "basins", lang)
    (sgd,) = cliff.said("maps.basins.no_basins", name=MAP["name"])
    assert sgd["reached"] == "30.5" and abs(_reached(cliff, "x (1)") - 0.305) < 5e-4
    for v in (view, cliff):
        notice = " ".join(i.value for i in v.at.info)
        assert "几乎没有吸引域" not in notice and "no basins" not in notice
    assert not reader.check_view(cliff)


def test_a_minimum_s_loss_reads_the_same_whatever_the_steps():
    """After 10 steps the minimum (−2.81, 3.13) was 'L = 9.08e-09', after 300 'L = 0': every drawn
    mark at a minimum (its loss within float32's resolution of 0, computed here by hand) now
    reads L ≈ 0, and no label prints a Python exponent."""
    for query in ({"b_n": "10"}, {}):
        view = reader.View(open_page("basins", "zh", proj="1", **query), "basins", "zh")
        for i in (0, 1):
            for x, y, kind, text in drawn_marks(view, i):
                f = (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2
                assert "e-" not in text and "e+" not in text, text
                if kind == "minimum":
                    assert f < 1e-3 and text.endswith("L ≈ 0"), (text, f)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_step_one_s_reveal_does_not_answer_step_two(lang):
    """Step 1's reveal showed the notice '动量 (2) 的吸引域比 SGD (1) 碎 13 倍', step 2's answer,
    while step 2 was unanswered: now that clause (and each map's share of borders) waits."""
    from tests.ledgers.test_basins_steps import view_start

    view = reader.View(view_start(lang), "basins", lang)
    no_exceptions(view.at)
    for key in ("maps.basins.more_broken", "maps.basins.alike", "maps.basins.only_broken"):
        assert not view.said(key, more=MAP["name"], less=MAP["name"]), key
    assert not view.said("maps.basins.broken", name=MAP["name"])
    assert view.said("maps.basins.deferred")
    # both maps are drawn in colour (step 1 answered), and the drawn maps do differ ≥ 2×
    a, b = (share(drawn_labels(view, f"x ({i})")) for i in (1, 2))
    assert b >= 2 * a > 0


KEY_ITEM = re.compile(r"background:(#[0-9A-Fa-f]{6});[^>]*></span>([^<]+)</span>")
MARK_OF = {"minimum": "★", "saddle": "×", "maximum": "▲"}


def drawn_colours(view, i: int) -> list[str]:
    """The colour map basin_{i}'s heatmap draws for each of its slots (group 0, 1, …, then
    not settled, diverged): its discrete colour scale, two stops per slot."""
    fig = view.chart(f"basin_{i}")
    (heat,) = [tr for tr in fig["data"] if tr.get("type") == "heatmap"]
    scale = heat["colorscale"]
    return [scale[2 * k][1] for k in range(len(scale) // 2)]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_newton_and_saddle_free_newton_colour_each_end_point_its_own(lang):
    """Newton's method against the saddle-free one on Himmelblau: 9 end points (4 minima, 4
    saddles, the maximum). With more ends than 8 colours the maps were coloured by the end's
    loss, so the four minima (all L ≈ 0) were one colour and the boundaries between their
    basins, the point of the comparison, could not be seen. Now each end point has its own
    colour in both maps, and the key under them names each by its mark and coordinates in the
    colour the heatmaps draw it."""
    query = {"b_opt1": "newton", "b_opt2": "saddle_free_newton"}
    view = reader.View(open_page("basins", lang, **query), "basins", lang)
    no_exceptions(view.at)
    marks = drawn_marks(view, 0)
    assert len(marks) == 9
    colours = [drawn_colours(view, i) for i in (0, 1)]
    assert colours[0] == colours[1]  # one colour per end point in both maps
    ends = colours[0][: len(marks)]
    assert len({c.upper() for c in ends}) == len(marks), ends  # each end its own colour
    minima = [g for g, m in enumerate(marks) if m[2] == "minimum"]
    assert len(minima) == 4
    (key,) = [m.value for m in view.at.markdown if 'class="basin-key"' in m.value]
    items = KEY_ITEM.findall(key)
    for g, (x, y, kind, _) in enumerate(marks):
        colour, name = items[g]
        assert name == f"{MARK_OF[kind]} ({x:.2f}, {y:.2f})", (name, x, y)
        assert colour.upper() == ends[g].upper(), (g, colour, ends[g])
    assert items[len(marks)] == (basin_diverged(), CATALOG["maps.diverged"][lang])
    # the boundaries between the minima's basins are drawn: a start at each minimum ends
    # there (its cell is its own group), and each minimum's group colours cells in both maps
    for k in (0, 1):
        z = drawn_ends(view, f"x ({k + 1})")
        fig = view.chart(f"basin_{k}")
        (heat,) = [tr for tr in fig["data"] if tr.get("type") == "heatmap"]
        xs = np.asarray(decode(heat["x"]), float)
        ys = np.asarray(decode(heat["y"]), float)
        for g in minima:
            x, y = marks[g][:2]
            i, j = int(np.argmin(np.abs(xs - x))), int(np.argmin(np.abs(ys - y)))
            assert z[j, i] == g, (k, g, z[j, i])
    assert not reader.check_view(view)


def basin_diverged() -> str:
    from ui.map_figures import BASIN_DIVERGED_COLOUR

    return BASIN_DIVERGED_COLOUR


def _cell(view, i: int, x: float, y: float) -> tuple[int, float]:
    """The drawn group and hover distance moved of map basin_{i}'s cell nearest (x, y)."""
    xs, ys, moved = drawn_heat(view, i)
    z = drawn_ends(view, f"x ({i + 1})")
    c, r = int(np.argmin(np.abs(xs - x))), int(np.argmin(np.abs(ys - y)))
    return int(z[r, c]), float(moved[r, c])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_starts_that_never_moved_are_not_credited_to_a_minimum(lang):
    """The plateau (b_ls = plateau): the legend and table said 75.0 % (SGD) and 68.1 %
    (momentum) of starts reach the minimum ★ (−3.30, −0.77), yet every cell drawn in its colour
    had moved 0 (cell (4.96, 4.96): moved 0, 10.05 from the star): single linkage chained the
    starts that never left the flat plateau into one group. Now a run counts for an end point
    only within 0.24 (2 % of the map's width) of it: the only end point is the minimum (0, 0),
    24.2 % and 30.3 % reach it, and 74.1 % and 66.7 % stayed where they started."""
    view = reader.View(open_page("basins", lang, proj="1", b_ls="plateau"), "basins", lang)
    no_exceptions(view.at)
    marks = drawn_marks(view, 0)
    assert [(round(x, 2), round(y, 2), k) for x, y, k, _ in marks] == [(0, 0, "minimum")]
    sgd, momentum = view.said("maps.basins.no_basins", name=MAP["name"])
    assert (sgd["reached"], sgd["stayed"], sgd["unsettled"]) == ("24.2", "74.1", "1.8")
    assert (momentum["reached"], momentum["stayed"], momentum["unsettled"]) == (
        "30.3",
        "66.7",
        "3.0",
    )
    for i in (0, 1):
        assert _cell(view, i, 4.96, 4.96) == (-3, 0.0)
    (tol,) = view.said("maps.basins.tolerance")
    assert tol["tol"] == "0.24"
    table = view.at.table[0].value
    rows = list(table[table.columns[0]])
    assert rows[0].startswith("(-0.00, -0.00)") or rows[0].startswith("(0.00, 0.00)"), rows
    assert CATALOG["maps.basins.stayed"][lang] in rows
    assert not view.said("maps.basins.broken", name=MAP["name"])
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_runs_ending_on_the_curve_of_minima_count_for_its_branch(lang):
    """two_neuron, L = (1 − w₁w₂)²: every point of w₁w₂ = 1 is a minimum. The table credited
    49.6 % to (1.00, 1.00) and 49.6 % to (−1.00, −1.00), and listed four extra "minima"
    (±4.31, ±0.23), (±0.23, ±4.31); cell (1.81, 0.20), coloured (1, 1), moved 0.336 while (1, 1)
    is 1.136 away (SGD ends at (1.853, 0.540), on the curve). Now a run ending on the curve
    counts for its branch, one group each, and no point of the curve is listed on its own."""
    view = reader.View(open_page("basins", lang, proj="1", b_ls="two_neuron"), "basins", lang)
    no_exceptions(view.at)
    marks = drawn_marks(view, 0)
    curves = [m for m in marks if is_curve(m[3], lang)]
    assert len(curves) == 2 and len(marks) == 3  # two branches and the saddle (0, 0)
    assert {int(np.sign(x)) for x, *_ in curves} == {-1, 1}
    for x, y, kind, text in curves:
        assert kind == "minimum" and abs(x * y - 1) < 1e-2, text
        branch = "curve0" if x > 0 else "curve1"
        assert CATALOG[f"landscape.two_neuron.{branch}"][lang] in text
    g, moved = _cell(view, 0, 1.81, 0.20)
    assert marks[g][3] == next(m for m in curves if m[0] > 0)[3] and moved == pytest.approx(
        0.336, abs=2e-3
    )
    table = view.at.table[0].value
    rows = list(table[table.columns[0]])
    assert not [r for r in rows if "1.00" in r or "4.31" in r], rows
    assert [table[table.columns[1]][k] for k in range(2)] == ["49.6 %", "49.6 %"]
    assert view.said("maps.basins.tolerance_curve")
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_share_that_is_not_zero_never_prints_zero(lang):
    """Lion against momentum on Himmelblau: 1 of Lion's 16 384 starts ends at (3, 2), and the
    notice said "0.0 % reach a minimum" (and "100.0 %" did not settle). Now "< 0.1 %" and
    "> 99.9 %", in the sentence and the table."""
    view = reader.View(open_page("basins", lang, proj="1", b_opt1="lion"), "basins", lang)
    no_exceptions(view.at)
    (lion,) = view.said("maps.basins.no_basins", name=MAP["name"])
    assert (lion["reached"], lion["unsettled"]) == ("< 0.1", "> 99.9")
    assert int(np.sum(at_minimum(view, "x (1)"))) == 1
    table = view.at.table[0].value
    assert "< 0.1 %" in list(table[table.columns[1]])
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_lions_unsettled_runs_are_said_to_hover_at_a_minimum_not_to_be_short(lang):
    """A fresh read, Adam against Lion on Rastrigin: "Lion (2)'s unsettled runs moved only 0.4
    … the steps are too small for this many, so the runs have not got anywhere yet", while
    Lion's step is a fixed ±0.05 a coordinate and its runs end in a pit's bowl, a median 0.041
    from its bottom, still stepping around it. They are said to be at a minimum, still moving,
    and why: a sign step never shrinks."""
    at = open_page("basins", lang, b_ls="rastrigin", b_opt1="adam", b_opt2="lion")
    view = reader.View(at, "basins", lang)
    seen: set[str] = set()
    assert not reader.check_view(view, seen)
    assert {"maps.basins.hovering", "maps.basins.sign_step"} <= seen
    assert "maps.basins.short_runs" not in seen
    (said,) = view.said("maps.basins.hovering", **MAP)
    assert said["name"].strip().endswith("(2)") and said["share"] == "100.0"
    assert said.number("gap") == pytest.approx(0.041, abs=0.002)
    (sign,) = view.said("maps.basins.sign_step", **MAP)
    assert sign["lr"] == "0.05"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_saddle_free_newton_on_the_saddle_goes_out_downhill_not_diverges(lang):
    """A fresh read: "Saddle-free Newton (2)'s starts: 100.0 % diverged (left |x|, |y| ≤ 200)"
    on x² − y², a surface with no minimum, where every run slides out along y, lower where it
    leaves than where it started (the Playground calls this escaping downhill, not unstable).
    The sentence and the table say it went out downhill; Newton's map, whose runs stop at the
    saddle, still has none."""
    at = open_page("basins", lang, b_ls="saddle", b_opt1="newton", b_opt2="saddle_free_newton")
    view = reader.View(at, "basins", lang)
    seen: set[str] = set()
    assert not reader.check_view(view, seen) and "maps.basins.ends_downhill" in seen
    (said,) = view.said("maps.basins.ends_downhill", name=MAP["name"])
    assert said["name"].strip().endswith("(2)") and said["diverged"] == "100.0"
    (newton,) = view.said("maps.basins.ends", name=MAP["name"])
    assert newton["name"].strip().endswith("(1)") and newton["saddle"] == "100.0"
    table = at.table[0].value
    assert CATALOG["maps.basins.downhill"][lang] in list(table[table.columns[0]])
    assert CATALOG["maps.diverged"][lang] not in list(table[table.columns[0]])


@pytest.mark.parametrize(
    "query, one, many",
    [
        ({"b_ls": "bowl"}, "(1 end group;", "1 end groups"),
        ({"b_opt2": "newton"}, "1 maximum;", "1 maxima"),
    ],
)
def test_one_end_group_and_one_maximum_read_in_the_singular(query, one, many):
    """Fresh read (FX4): '(1 end groups; up to 8 listed)' on the bowl and '(9 end groups: 4
    minima, 4 saddles, 1 maxima; …)' with Newton; 'end groups' and 'maxima' are counted nouns
    (ui.i18n.COUNTED) now, and read in the singular after 1."""
    at = open_page("basins", "en", **query)
    no_exceptions(at)
    shown = " ".join(reader.texts(at))
    assert one in shown and many not in shown, shown[:2000]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_step_one_marks_its_start_and_its_caption_says_what_is_hidden(lang):
    """Fresh read (FX4): step 1, 'One start, two runs', said 'Until you answer, the runs in the
    figure and the sentences under it stay hidden' while the maps draw no runs before or after,
    and its start (4.2, 1.3) was marked on neither map. Now the caption says the maps' colours
    are what waits, and both maps mark the start, before and after the answer."""
    from pages.basins import steps as basins_steps
    from tests.lessons import chart

    at = open_page("basins", lang, step="start")
    no_exceptions(at)
    captions = [c.value for c in at.caption]
    assert CATALOG["basins.study_hidden"][lang] in captions, captions
    assert CATALOG["study.hidden"][lang] not in captions
    for k in (0, 1):
        fig = chart(at, f"basin_{k}")
        marks = [
            tr for tr in fig["data"] if tr.get("name") == CATALOG["basins.step.start_mark"][lang]
        ]
        assert len(marks) == 1, [tr.get("name") for tr in fig["data"]]
        x, y = decode(marks[0]["x"]), decode(marks[0]["y"])
        assert (float(x[0]), float(y[0])) == basins_steps.START
        # the hidden maps: every start drawn with one grey (no group's colour) before the answer
        heat = [tr for tr in fig["data"] if tr.get("type") == "heatmap"]
        assert heat
