"""The feature-scaling lesson's ledger checks: each sentence's numbers, read back from the
words, against what the page draws. Each panel's loss is read from its contour's hover grid
(the loss a student sees under the pointer) by fitting the quadratic it is,
z = c + g·w + ½wᵀHw: its curvatures H, its least value and its value at the start."""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np
import pytest

from models import datasets
from tests import ledger as reader
from tests.lessons import open_page
from ui.i18n import figure_labels

PAGE = "feature-scaling"

PANELS = ("raw", "standard", "minmax")
NAMES = {
    "en": {"raw": "raw features", "standard": "standardised", "minmax": "min-max scaled"},
    "zh": {"raw": "原始特征", "standard": "标准化", "minmax": "最小-最大缩放"},
}


@dataclasses.dataclass
class Drawn:
    """One panel as drawn: its loss read back as a quadratic, its ★, its path."""

    hessian: np.ndarray
    minimum: np.ndarray  # the fitted quadratic's minimiser
    least: float
    at_start: float
    star: np.ndarray
    path: np.ndarray
    resolution: float  # how closely the drawn (float32) grid pins a loss value down

    def agrees(self, value: float, said: float) -> bool:
        """A value read off this surface agrees with the one the words print: to their 3
        significant figures, or, where the drawn grid is coarser than that (the raw panel's
        losses span thousands in float32), to the grid's own resolution."""
        return _sig(value) == said or abs(value - said) <= self.resolution

    @property
    def eig(self) -> np.ndarray:
        return np.linalg.eigvalsh(self.hessian)

    def gradient(self, w: np.ndarray) -> np.ndarray:
        return self.hessian @ (w - self.minimum)


def panel(view: reader.View, how: str) -> Drawn:
    fig = view.chart(f"fs_{how}")
    data = {tr.get("name"): tr for tr in fig["data"]}
    grid = reader.traces({"data": [data["hover"]]})["hover"]
    x, y = np.meshgrid(np.asarray(grid["x"], float), np.asarray(grid["y"], float))
    z = np.asarray(grid["z"], float)
    x, y, z = x.ravel(), y.ravel(), z.ravel()
    design = np.stack([np.ones_like(x), x, y, x * x, x * y, y * y], axis=1)
    c, gx, gy, a, b, d = np.linalg.lstsq(design, z, rcond=None)[0]
    assert np.max(np.abs(design @ [c, gx, gy, a, b, d] - z)) < 1e-4 * np.ptp(z), "not a quadratic"
    h = np.array([[2 * a, b], [b, 2 * d]])
    minimum = np.linalg.solve(h, -np.array([gx, gy]))
    least = float(c + np.array([gx, gy]) @ minimum / 2)
    star_name = figure_labels(view.lang)["minimum"]
    star = reader.traces({"data": [data[star_name]]})[star_name]
    path = next(tr for tr in fig["data"] if tr.get("mode") == "lines+markers")
    px, py = reader.xy(reader.traces({"data": [path]})[path.get("name")])
    return Drawn(
        h,
        minimum,
        least,
        float(c),
        np.array([star["x"][0], star["y"][0]], float),
        np.stack([px, py], axis=1),
        1e-4 * float(np.ptp(z)),
    )


def drawn_panels(view: reader.View) -> tuple[str, ...]:
    """The panels on this view: the raw features and the one the switch puts beside them."""
    keys = [e.proto.id for e in view.at.get("plotly_chart")]
    return tuple(how for how in PANELS if any(k.endswith(f"-fs_{how}") for k in keys))


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _piece_name(piece: reader.Said) -> str:
    """The curve a joined piece names (in Chinese the joining "，" reads as part of it)."""
    return piece["name"].strip().lstrip("，").strip()


def _panel_named(view: reader.View, name: str) -> str:
    for how, shown in NAMES[view.lang].items():
        if shown == name.strip():
            return how
    raise AssertionError(f"no panel named {name!r}")


def tolerance(view: reader.View) -> float:
    return 10.0 ** int(view.widget("fs_tol").value)


def steps_below(view: reader.View, how: str) -> int | None:
    """The first drawn step of the panel's excess-loss curve below the tolerance."""
    fig = view.chart("fs_curves")
    name = NAMES[view.lang][how]
    steps, excess = reader.xy(reader.traces(fig)[name])
    below = np.flatnonzero(excess < tolerance(view))
    return int(steps[below[0]]) if below.size else None


def _check_steps(view, how, said_steps: str) -> None:
    first = steps_below(view, how)
    if said_steps.strip().startswith(">"):
        assert first is None, f"drawn curve falls below the tolerance at step {first}"
    else:
        assert first == int(reader.number(said_steps.replace(" ", ""))), (first, said_steps)


def _kappa(drawn: Drawn) -> float:
    lo, hi = drawn.eig
    return float(hi / lo)


def _half_unit(printed: str) -> float:
    """Half the last printed digit of a κ ("1 029" → 0.5, "1.03" → 0.005): how far the
    drawn κ may be from the printed one."""
    decimals = len(printed.split(".")[1]) if "." in printed else 0
    return 0.5 * 10.0**-decimals


def _kappa_agrees(drawn: float, printed: str) -> bool:
    """The printed κ is the drawn one rounded, never with a trailing ".0", at most three
    significant digits below 100 and whole from 100 up."""
    value = reader.number(printed.replace(" ", ""))
    digits = printed.replace(" ", "").replace(".", "").lstrip("0")
    shape = not printed.endswith(".0") and (
        "." not in printed if drawn >= 100 else len(digits) <= 3
    )
    return shape and abs(drawn - value) <= _half_unit(printed) * (1 + 1e-9)


def check_notice(view, said):
    for how in drawn_panels(view):
        p = panel(view, how)
        assert p.agrees(p.least, said.number("lstar")), (how, p.least, said["lstar"])
        assert p.agrees(p.at_start, said.number("l0")), (how, p.at_start, said["l0"])
        assert np.allclose(p.path[0], 0.0), p.path[0]


def check_per(view, said):
    how = _panel_named(view, said["name"])
    kappa = reader.number(said["kappa"].replace(" ", ""))
    if how in drawn_panels(view):
        drawn = panel(view, how)
        assert _kappa_agrees(_kappa(drawn), said["kappa"]), (_kappa(drawn), said["kappa"])
    else:  # not drawn beside the raw panel on this view: its drawn curve obeys κ's bound
        steps, excess = reader.xy(reader.traces(view.chart("fs_curves"))[NAMES[view.lang][how]])
        high = kappa + _half_unit(said["kappa"])  # the κ as rounded: the loosest bound it allows
        bound = ((high - 1) / (high + 1)) ** (2 * np.asarray(steps, float))
        assert np.all(np.asarray(excess) <= bound * 1.001 + 1e-6), (how, kappa)
    _check_steps(view, how, said["steps"])


def _facts_panel(view, said) -> str:
    """The panel a facts line sits under: the panel title just before it on the page."""
    shown = view.texts
    i = shown.index(said.text)
    for how, name in NAMES[view.lang].items():
        if shown[i - 1].startswith(f"**{name}**"):
            return how
    raise AssertionError(f"no panel title before {said.text!r}")


def check_facts(view, said):
    how = _facts_panel(view, said)
    drawn = panel(view, how)
    assert _kappa_agrees(_kappa(drawn), said["kappa"]), (_kappa(drawn), said["kappa"])
    best = 2.0 / float(np.sum(drawn.eig))
    assert _sig(best) == said.number("lr"), (best, said["lr"])
    # the drawn path is gradient descent at that step on the drawn loss
    lr = said.number("lr")
    path = drawn.path[: min(len(drawn.path), 4)]
    for w, nxt in itertools.pairwise(path):
        expected = w - best * drawn.gradient(w)
        assert np.allclose(nxt, expected, rtol=2e-3, atol=2e-3 * np.abs(drawn.minimum).max()), (
            lr,
            nxt,
            expected,
        )
    _check_steps(view, how, said["steps"].strip("*"))


def check_floor(view, said):
    """ "The raw features curve is flat from step k on, at v of the start's excess loss (every
    later step to K within f % of it) … In exact arithmetic … e by step K": read off the drawn
    curve; e against the closed form (1 − ελᵢ)²ᵗ on the problem's own Hessian."""
    how = _panel_named(view, said["name"])
    steps, excess = reader.xy(reader.traces(view.chart("fs_curves"))[NAMES[view.lang][how]])
    k = int(reader.number(said["step"].replace(" ", "")))
    at = int(np.flatnonzero(steps == k)[0])
    low, band = float(excess.min()), said.number("flat") / 100
    assert abs(said.number("value") - low) <= 0.006 * low, (said["value"], low)
    assert np.all(excess[at:] <= (1 + band) * low), "not flat from there"
    assert at > 0 and excess[at - 1] > (1 + band) * low, "flat before that step already"
    end = int(reader.number(said["end"].replace(" ", "")))
    assert end == int(steps[-1])
    # exact arithmetic: d_t = (I − εH)^t d₀ from w = (0, 0) on the problem's own quadratic
    from ui import compute

    p = compute.problem(how)
    lam, vec = np.linalg.eigh(p.hessian)
    c = vec.T @ -p.minimum
    exact = np.sum(lam * c**2 * (1 - p.best_lr * lam) ** (2 * end)) / np.sum(lam * c**2)
    assert abs(said.number("exact") - exact) <= 0.006 * exact, (said["exact"], exact)
    assert exact < 1e-3 * low, "exact arithmetic would not fall below the drawn floor"
    # "this badly conditioned run (κ = 1 029)": the κ of the curve's own drawn panel
    if how in drawn_panels(view):
        drawn_kappa = _kappa(panel(view, how))
        assert _kappa_agrees(drawn_kappa, said["kappa"]), (drawn_kappa, said["kappa"])
    assert reader.number(said["kappa"].replace(" ", "")) > 100, "not badly conditioned"
    # "in float32 too the standardised curve falls to …": every other drawn curve lower than
    # the floor, at its drawn lowest, and only those (the floor is not float32's limit)
    drawn = {}
    for other, name in NAMES[view.lang].items():
        if other != how:
            drawn[name] = float(reader.xy(reader.traces(view.chart("fs_curves"))[name])[1].min())
    named = {
        _piece_name(s): s.number("value")
        for s in reader.said([said["lower"]], "scaling.floor.lower", view.lang)
    }
    assert set(named) == {n for n, v in drawn.items() if v < low}, (named, drawn, low)
    for name, value in named.items():
        assert abs(value - drawn[name]) <= 0.006 * drawn[name], (name, value, drawn[name])


def check_cut(view, said):
    """ "Each curve is drawn only until it first falls under 10⁻¹⁰ of the start's excess loss:
    the standardised curve ends at step 3 (7.26×10⁻¹¹) …": read off the drawn curves."""
    share = reader.number("1×" + said["cut"])
    curves = reader.traces(view.chart("fs_curves"))
    ends = {}
    for name in NAMES[view.lang].values():
        steps, excess = reader.xy(curves[name])
        longest = max(len(reader.xy(c)[0]) for c in curves.values())
        if len(steps) < longest:  # ended early
            ends[name] = (int(steps[-1]), float(excess[-1]))
            assert excess[-1] < share and np.all(excess[:-1] >= share), (name, excess[-3:])
    named = {
        _piece_name(s): (int(reader.number(s["step"].replace(" ", ""))), s.number("value"))
        for s in reader.said([said["ends"]], "scaling.cut.end", view.lang)
    }
    assert set(named) == set(ends), (named, ends)
    for name, (step, value) in named.items():
        assert step == ends[name][0], (name, step, ends[name])
        assert abs(value - ends[name][1]) <= 0.006 * ends[name][1], (name, value, ends[name])


def check_data(view, said):
    features, _ = datasets.two_scales()
    assert int(said.number("n")) == len(features)
    assert said.number("r_lo") == round(float(features[:, 0].min()), 1)
    assert said.number("r_hi") == round(float(features[:, 0].max()), 1)
    assert said.number("a_lo") == round(float(features[:, 1].min()))
    assert said.number("a_hi") == round(float(features[:, 1].max()))
    assert said.number("noise") == datasets.NOISE


def check_fit(view, said):
    panels = {how: panel(view, how) for how in drawn_panels(view)}
    raw = panels["raw"]
    w = np.array([said.number("w1"), said.number("w2")])
    assert np.allclose([_sig(v) for v in raw.star], w), (raw.star, w)
    assert np.allclose(raw.star, raw.minimum, rtol=1e-3), (raw.star, raw.minimum)
    n = len(datasets.two_scales()[0])
    # the least loss from the finest-drawn scaled panel (the raw grid's float32 blurs it)
    sigma2 = 2 * n * panels[drawn_panels(view)[1]].least / (n - 3)
    se = np.sqrt(sigma2 * np.diag(np.linalg.inv(raw.hessian)) / n)
    assert [_sig(v, 2) for v in se] == [said.number("se1"), said.number("se2")], se
    k = said.number("k")
    assert np.all(np.abs(raw.star - np.array([3.0, 0.05])) <= k * se), "not within the noise"
    shown = [
        tuple(float(v) for v in pair.split(", ")) for pair in said["minima"][1:-1].split("), (")
    ]
    for how, point in zip(PANELS, shown, strict=True):
        if how not in panels:  # the switch draws it beside the raw panel on another view
            continue
        assert tuple(_sig(v) for v in panels[how].star) == point, (how, panels[how].star, point)


# ---- issue 31, case 7: three panels, one problem ---------------------------------------------
@pytest.mark.parametrize("query", [{}, {"fs_tol": "-8"}, {"fs_n": "500"}])
def test_the_three_drawn_surfaces_are_one_problem(query):
    """Issue 31, case 7, read from the drawn hover grids alone: the three panels' least losses
    agree (they were 5.92 / 0.092 / 5.38 when the raw and min-max features were not centred),
    each ★ is its drawn surface's minimiser, the raw ★ is the rule (3, 0.05) to within the
    noise (it was (0.75, −0.016)), the other ★ are the raw one in their units, and κ and
    ε* under each panel are those of its drawn surface. Two panels are drawn at once (raw and
    the one the switch puts beside it): the three are read from the switch's two views."""
    features, _ = datasets.two_scales()
    panels = {}
    for beside in ("standard", "minmax"):
        view = reader.View(open_page("feature-scaling", fs_vs=beside, **query), "feature-scaling")
        assert drawn_panels(view) == ("raw", beside), drawn_panels(view)
        panels |= {how: panel(view, how) for how in drawn_panels(view)}
        assert not reader.check_view(view)
    assert tuple(panels) == PANELS
    for how, p in panels.items():  # one least loss, 0.0925 (was 5.92 / 0.092 / 5.38)
        assert p.agrees(p.least, 0.0925), (how, p.least, p.resolution)
    assert panels["standard"].least == pytest.approx(panels["minmax"].least, rel=1e-4)
    for how, p in panels.items():
        assert np.allclose(p.star, p.minimum, rtol=1e-3), (how, p.star, p.minimum)
        raw_units = p.star / datasets.divisors(features, how)
        assert np.allclose(raw_units, panels["raw"].star, rtol=1e-4), (how, raw_units)
    assert abs(panels["raw"].star[0] - 3.0) < 0.2 and abs(panels["raw"].star[1] - 0.05) < 0.006
    assert _kappa(panels["raw"]) > 1000 and _kappa(panels["standard"]) < 1.05


def test_the_steps_slider_sets_the_drawn_paths_only_and_says_so():
    """The reviewer: the "迭代步数" slider (default 50, max 500) changed nothing in the
    convergence chart (it runs to 10 000 steps) while the verdict said "2 370 steps". The
    slider now says it sets the contour panels' paths, and its help that the step counts are
    counted on the full curves; the drawn paths have n steps, the curves and counts do not move."""
    from ui.i18n import t

    for lang in ("zh", "en"):
        views = {
            n: reader.View(open_page(PAGE, lang=lang, fs_n=n), PAGE, lang) for n in ("5", "50")
        }
        for n, view in views.items():
            assert len(panel(view, "raw").path) == int(n) + 1  # the path: start and n steps
            slider = view.widget("fs_n")
            assert slider.label == t("scaling.path_steps", lang)
            assert ("等高线" if lang == "zh" else "contour") in slider.label
            assert ("10 000" in slider.help) and (
                ("完整" if lang == "zh" else "full") in slider.help
            )
        a, b = (views[n].chart("fs_curves") for n in ("5", "50"))
        assert a["data"] == b["data"]  # the convergence curves do not depend on the slider
        assert steps_below(views["5"], "raw") == steps_below(views["50"], "raw") > 500


def test_the_bound_under_the_formula_is_written_as_text_not_latex():
    """The caption printed raw LaTeX "((κ−1)/(κ+1))^{2t}"; it is ((κ−1)/(κ+1))²ᵗ now."""
    from ui.i18n import t

    for lang in ("zh", "en"):
        terms = t("scaling.terms", lang)
        assert "^{" not in terms and "((κ−1)/(κ+1))²ᵗ" in terms


def test_the_raw_curves_float32_floor_is_said():
    """Fresh read: the raw curve stops falling at 4.56×10⁻¹⁰ of the start's excess loss from
    about step 5 500 on (float32's floor) and nothing said so. Gradient descent's own maths
    keeps falling: in float64 the same 10 000 steps reach 1.31×10⁻¹⁷."""
    view = reader.View(open_page(PAGE), PAGE)
    (said,) = view.said("scaling.floor", lower=r"[^\n]+?")
    assert said["name"] == NAMES["en"]["raw"]
    assert (said["value"], said["step"], said["exact"]) == ("4.56×10⁻¹⁰", "5 488", "1.31×10⁻¹⁷")
    check_floor(view, said)
    # the same gradient descent, step by step in float64, reaches the closed form's value
    from ui import compute

    p = compute.problem("raw")
    w = np.zeros(2)
    for _ in range(10_000):
        w = w - p.best_lr * (p.hessian @ (w - p.minimum))
    d0, d = -p.minimum, w - p.minimum
    assert (d @ p.hessian @ d) / (d0 @ p.hessian @ d0) == pytest.approx(1.31e-17, rel=0.01)
    tampered = dataclasses.replace(said, fields=said.fields | {"step": "5 000"})
    with pytest.raises(AssertionError):
        check_floor(view, tampered)


def test_every_drawn_excess_is_within_the_bound_under_the_formula():
    """Fresh read: the formula says (L_t − L*)/(L₀ − L*) ≤ ((κ−1)/(κ+1))²ᵗ, yet the standardised
    curve's last drawn point was 1.26× its bound (3.78×10⁻¹⁴ against 3.01×10⁻¹⁴) and min–max's
    1.85× at step 6: float32's rounding at 10⁻¹⁴. At the best ε the curves lie on the bound, so
    every drawn point is within 1 % of it (κ from each problem's Hessian), except where float32
    rounds: the raw curve near the floor its own sentence names (it leaves the bound by 1 % at
    1.78×10⁻⁸, 39× that floor, at step 4 593)."""
    from ui import compute

    view = reader.View(open_page(PAGE), PAGE)
    (said,) = view.said("scaling.floor", lower=r"[^\n]+?")
    floor = reader.number(said["value"])
    for how in datasets.SCALINGS:
        steps, excess = reader.xy(reader.traces(view.chart("fs_curves"))[NAMES["en"][how]])
        lam = np.linalg.eigvalsh(compute.problem(how).hessian)
        kappa = lam.max() / lam.min()
        bound = ((kappa - 1) / (kappa + 1)) ** (2 * steps)
        checked = excess > 100 * floor if how == "raw" else np.ones_like(steps, dtype=bool)
        over = excess[checked] / bound[checked]
        assert over.max() <= 1.01, (how, steps[checked][over.argmax()], over.max())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_raw_floor_is_not_said_to_be_float32s_limit(lang):
    """Fresh read: "The raw features curve is flat from step 5 488 on, at 4.56×10⁻¹⁰ …
    float32 arithmetic cannot go lower", while on the same chart the standardised curve reaches
    7.26×10⁻¹¹ and min-max 1.32×10⁻¹², also float32. The floor is this κ = 1 029 run's
    rounding: the sentence now says so and names the lower curves at their drawn minima; and
    the scaled curves' early end (steps 3 and 5) is said: drawn down to 10⁻¹⁰, no further."""
    view = reader.View(open_page(PAGE, lang=lang), PAGE, lang)
    (said,) = view.said("scaling.floor", lower=r"[^\n]+?")
    text = said.text
    assert "cannot go lower" not in text and "无法再降低" not in text
    assert said["kappa"] == "1 029"
    lower = reader.said([said["lower"]], "scaling.floor.lower", lang)
    assert [(_piece_name(s), s["value"]) for s in lower] == [
        (NAMES[lang]["standard"], "7.26×10⁻¹¹"),
        (NAMES[lang]["minmax"], "1.32×10⁻¹²"),
    ]
    check_floor(view, said)
    (cut,) = view.said("scaling.cut", ends=r"[^\n]+")
    ends = reader.said([cut["ends"]], "scaling.cut.end", lang)
    assert [(_piece_name(s), s["step"]) for s in ends] == [
        (NAMES[lang]["standard"], "3"),
        (NAMES[lang]["minmax"], "5"),
    ]
    check_cut(view, cut)
    tampered = dataclasses.replace(
        said, fields=said.fields | {"lower": said["lower"][: lower[0].end]}
    )
    with pytest.raises(AssertionError):
        check_floor(view, tampered)


def test_one_step_to_the_tolerance_reads_in_the_singular():
    """Fresh read of ?fs_tol=-1: "**1** steps to the tolerance" under the standardised panel
    (i18n.singular reads "1 steps", not "**1** steps"): the bold now holds the noun too."""
    view = reader.View(open_page(PAGE, fs_tol="-1"), PAGE)
    shown = "\n".join(view.texts)
    assert "**1 step** to the tolerance" in shown
    assert "1** steps" not in shown and "1 steps" not in shown
    for said in view.said("scaling.facts"):
        check_facts(view, said)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_tighter_steps_why_matches_the_drawn_axes(lang):
    """Fresh read: step 3's why said the excess loss is "a straight line when only the loss
    axis is logarithmic", yet the chart's step axis is logarithmic too and the raw curve
    bends. The why now says the chart's step axis is logarithmic and the curve bends down ever
    more steeply until its floor: the drawn axes are log–log and the drawn raw curve's slope
    per decade steepens until it flattens."""
    from ui.i18n import t

    view = reader.View(open_page(PAGE, lang=lang), PAGE, lang)
    fig = view.chart("fs_curves")
    assert fig["layout"]["xaxis"]["type"] == "log" and fig["layout"]["yaxis"]["type"] == "log"
    why = t("scaling.step.tighter.why", lang)
    assert ("步数轴也取对数" if lang == "zh" else "logarithmic step axis too") in why
    steps, excess = reader.xy(reader.traces(fig)[NAMES[lang]["raw"]])
    at = [int(np.flatnonzero(steps == s)[0]) for s in (10, 100, 1000, 3000, 5000)]
    slopes = [
        np.log10(excess[b] / excess[a]) / np.log10(steps[b] / steps[a])
        for a, b in itertools.pairwise(at)
    ]
    assert all(b < a for a, b in itertools.pairwise(slopes)), slopes  # bends ever more steeply
    (said,) = view.said("scaling.floor", lower=r"[^\n]+?")  # … until the floor it names
    assert reader.number(said["step"].replace(" ", "")) > 5000
