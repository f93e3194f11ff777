"""The data lessons through AppTest: the plotted numbers against the math."""

import re

import numpy as np
import pytest

import landscapes
import optimizers
from models import datasets
from optimizers import minibatch
from pages.feature_scaling.claims import kappa_said
from tests.lessons import chart, lines, no_exceptions, open_page
from ui.figures import decode
from ui.i18n import t

PAGES = ["minibatch-noise", "feature-scaling", "regularization"]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pages_run_in_both_languages(page, lang):
    at = open_page(page, lang)
    no_exceptions(at)
    assert not at.warning and not at.error
    assert len(at.get("plotly_chart")) >= 3


def test_minibatch_paths_are_the_engines():
    at = open_page("minibatch-noise", mb_batch="4", mb_epochs="3", mb_lr="0.2")
    no_exceptions(at)
    drawn = lines(chart(at, "mb_contour"), mode="lines+markers")
    runs = minibatch.descend(datasets.line(), (-2.0, 4.0), 0.2, [20, 4, 1], 3, 0)
    for name, run in zip(
        ["full batch B = 20", "minibatch B = 4", "stochastic B = 1"], runs, strict=True
    ):
        x, y = drawn[name]
        np.testing.assert_allclose(np.stack([x, y], 1), run.points, rtol=1e-5, atol=1e-6)
    assert len(drawn["full batch B = 20"][0]) == 4  # 3 epochs: 3 full-batch steps
    assert len(drawn["stochastic B = 1"][0]) == 61  # 3 epochs × 20 examples
    assert "minibatch B = 4: steps per epoch = 5, 15 steps in all" in " ".join(
        m.value for m in at.markdown
    )


def test_gradient_cloud_numbers():
    at = open_page("minibatch-noise", cloud_b="5")
    # each readout is a label over its value in bold (a metric's one-line label was cut)
    metrics = {}
    for m in at.markdown:
        label, sep, value = m.value.partition("  \n**")
        if sep:
            metrics[label] = value.removesuffix("**")
    expected = minibatch.minibatch_spread(datasets.line(), (-2.0, 4.0), 5)
    assert float(metrics["the formula's value"]) == pytest.approx(expected, abs=1e-3)
    measured = float(
        metrics["RMS (root-mean-square) distance of 300 batch gradients from the full gradient"]
    )
    assert measured == pytest.approx(expected, rel=0.15)
    full = optimizers.gradient(datasets.line().loss, (-2.0, 4.0))
    assert float(metrics["length of the full gradient"]) == pytest.approx(
        np.linalg.norm(full), abs=1e-3
    )


def test_narrow_valley_counts():
    at = open_page("minibatch-noise")
    text = " ".join(m.value for m in at.markdown)
    ls = landscapes.get("sharp_flat")
    counts = []
    for b in (1, 16):
        runs = [
            dict(
                name="sgd",
                start=ls.start,
                lr=0.05,
                noise=4.0 / np.sqrt(b),
                seed=s,
                bound=ls.far_bound,
            )
            for s in range(16)
        ]
        trajs = optimizers.run_batch(ls.loss, 300, runs)
        ends = np.array([tr.points[-1] for tr in trajs])
        left, basin = _left_and_basin(ends, np.empty((0, 2)), ls)
        counts.append(left)
        assert _left_sentence(left, basin, ls) in text
    # B = 1: 13 of the 16 end farther from the bottom than the pass is (11 of them right of the
    # pass, on the wide basin's side); B = 16: none
    assert counts == [13, 0]


def test_feature_scaling_facts():
    features, y = datasets.two_scales()
    # two panels at once: the raw features and the one the switch puts beside them
    for beside in ("standard", "minmax"):
        at = open_page("feature-scaling", fs_vs=beside)
        facts = [m.value for m in at.markdown if "condition number" in m.value]
        for how, fact in zip(("raw", beside), facts, strict=True):
            p = datasets.scaled(features, y, how)
            assert f"κ = {kappa_said(p.condition)}" in fact
            assert f"ε* = {p.best_lr:.3g}" in fact
        if beside == "standard":
            assert "**2 steps**" in facts[1]
    raw_steps = int(re.sub(r"\D", "", facts[0].split("**")[1]))  # "**2 370 steps**"
    assert raw_steps > 1000
    # the path drawn on the raw panel is GD at the best step
    raw = datasets.scaled(features, y, "raw")
    traj = optimizers.run("sgd", raw.loss, (0.0, 0.0), 50, lr=raw.best_lr)
    x, ydrawn = lines(chart(at, "fs_raw"), mode="lines+markers")["raw features"]
    np.testing.assert_allclose(np.stack([x, ydrawn], 1), traj.points, rtol=1e-4, atol=1e-7)


def _numbers(text: str) -> list[float]:
    return [float(v.replace(" ", "")) for v in re.findall(r"-?\d[\d ]*(?:\.\d+)?", text)]


@pytest.mark.parametrize(
    "query", [{}, {"fs_tol": "-8"}, {"fs_tol": "-1"}, {"fs_n": "1"}, {"fs_n": "500"}]
)
def test_feature_scaling_panels_are_one_problem_and_every_sentence_matches_them(query):
    """Issue 31, case 7, read from the drawn charts over both ends of both sliders: the three
    panels' minima ★ are one fit in three units (the same least loss, the raw weights times
    each panel's divisor), every path starts at the same loss, the caption states the drawn
    minima and the raw weights within 3 standard errors of the rule's 3 and 0.05, and the
    notice's least loss, κ and steps are the drawn ones."""
    features, y = datasets.two_scales()
    tol = 10.0 ** int(query.get("fs_tol", -4))
    least = []
    raw_min = None
    # two panels at once (raw, and the one the switch puts beside it): both switch views
    for beside in ("standard", "minmax"):
        at = open_page("feature-scaling", fs_vs=beside, **query)
        no_exceptions(at)
        notice = next(i.value for i in at.info if i.value.startswith("One problem"))
        caption = next(c.value for c in at.caption if c.value.startswith("Data:"))
        facts = [m.value for m in at.markdown if "condition number" in m.value]
        curves = {
            tr["name"]: (decode(tr["x"]), decode(tr["y"])) for tr in chart(at, "fs_curves")["data"]
        }
        for how, fact in zip(("raw", beside), facts, strict=True):
            p = datasets.scaled(features, y, how)
            fig = chart(at, f"fs_{how}")
            star = next(tr for tr in fig["data"] if tr.get("name") == "minimum")
            drawn_min = np.array([decode(star["x"])[0], decode(star["y"])[0]], dtype=np.float64)
            least.append(p.loss_np(drawn_min))
            to_raw = drawn_min / datasets.divisors(features, how)
            raw_min = to_raw if raw_min is None else raw_min
            np.testing.assert_allclose(to_raw, raw_min, rtol=1e-5)
            assert f"({drawn_min[0]:.3g}, {drawn_min[1]:.3g})" in caption
            path = next(tr for tr in fig["data"] if tr.get("mode") == "lines+markers")
            start = np.array([decode(path["x"])[0], decode(path["y"])[0]])
            assert p.loss_np(start) == pytest.approx(float(p.loss_np(np.zeros(2))), rel=1e-9)
            assert f"L = {p.loss_np(start):.3g}" in notice
            # the steps stated under the panel and in the notice are where the drawn curve
            # first falls below the tolerance
            xs, ys = curves[t(f"scaling.{how}", "en")]
            below = np.flatnonzero(ys < tol)
            steps = f"{int(xs[below[0]]):,}".replace(",", " ") if below.size else "> 10 000"
            counted = f"**{steps} step**" if steps == "1" else f"**{steps} steps**"
            assert counted in fact or (not below.size and "> 10 000" in fact)
            kappa = kappa_said(p.condition)
            assert (
                t("scaling.per", "en", name=t(f"scaling.{how}", "en"), kappa=kappa, steps=steps)
                in notice
            )
    assert max(least) == pytest.approx(min(least), rel=1e-5)  # one least loss …
    assert f"L* = {least[0]:.3g}" in notice  # … the one the notice states
    w1, w2 = _numbers(caption.split("finds w = (")[1])[:2]
    assert (w1, w2) == pytest.approx(tuple(raw_min), rel=2e-3)
    assert abs(w1 - 3.0) < 0.2 and abs(w2 - 0.05) < 0.006  # the rule's, not (0.75, −0.016)
    assert "to within the noise (3 standard errors)" in caption
    se1, se2 = _numbers(caption.split("standard errors ±")[1])[:2]
    assert abs(w1 - 3.0) <= 3 * se1 and abs(w2 - 0.05) <= 3 * se2
    assert "Same data, same linear model" not in notice


def test_regularisation_solutions_and_shapes():
    at = open_page("regularization", reg_lam="0.3")
    no_exceptions(at)
    train, _ = datasets.correlated()
    l2 = minibatch.l2_path(train, [0.3])[0]
    l1 = minibatch.l1_path(train, [0.3])[0]
    text = " ".join(m.value for m in at.markdown)
    assert f"At λ = 0.3: w = ({l2[0]:.3f}, {l2[1]:.3f})" in text
    assert f"w = ({l1[0]:.3f}, 0.000) · w₂ is exactly 0" in text
    fig = chart(at, "reg_l2")
    circle = next(tr for tr in fig["data"] if tr.get("name") == "‖w‖₂ = t")
    radii = np.hypot(np.asarray(circle["x"]), np.asarray(circle["y"]))
    np.testing.assert_allclose(radii, np.linalg.norm(l2), rtol=1e-6)
    diamond = next(tr for tr in chart(at, "reg_l1")["data"] if tr.get("name") == "‖w‖₁ = t")
    np.testing.assert_allclose(np.abs(diamond["x"]) + np.abs(diamond["y"]), abs(l1[0]), rtol=1e-6)


@pytest.mark.parametrize("proj", [False, True])
def test_the_two_regularisation_contours_keep_one_legend_band(proj):
    """L2's legend (four entries) and L1's (three) in one band of four rows at the top, which
    Plotly does not grow: a legend above the plot that wrapped made L2's plotting area 274 px
    to L1's 327 at 1280×720. With the projector's type the band is taller, the same for both."""
    at = open_page("regularization")
    if proj:  # the sidebar's toggle
        at.toggle(key="proj").set_value(True).run()
    no_exceptions(at)
    l2, l1 = (chart(at, key)["layout"] for key in ("reg_l2", "reg_l1"))
    for layout in (l2, l1):
        assert layout["legend"]["yref"] == "container"
        assert layout["legend"]["orientation"] == "v"
        assert layout["meta"] == {"legend_rows": 4}
    assert l2["margin"] == l1["margin"] and l2["height"] == l1["height"]
    font = 20 if proj else 18  # the legend's type
    assert l2["margin"]["t"] == round(4 * (1.3 * font + 4) + 0.5 * font + 12)


def test_early_stopping_marks_the_validation_minimum():
    at = open_page("regularization")
    train, val = datasets.correlated()
    traj = optimizers.run("sgd", train.loss, (0.0, 0.0), 300, lr=1.0)
    best = int(np.argmin(val.loss_np(traj.points)))
    drawn = lines(chart(at, "reg_es"))
    np.testing.assert_allclose(drawn["validation loss"][1], val.loss_np(traj.points), rtol=1e-5)
    assert f"stop at step {best}" in drawn
    assert decode(chart(at, "reg_es")["data"][2]["x"])[0] == best


DIVERGING = dict(
    mb_batch="20",
    mb_lr="10",
    mb_epochs="20",
    mb_seed="99",
    cloud_b="20",
    sf_small="16",
    sf_large="4",
)


def _sharp_ends(at) -> dict[str, np.ndarray]:
    """The end points (n, 2) the narrow-valley figure draws, by batch size."""
    fig = chart(at, "sf_contour")
    return {
        tr["name"]: np.stack([np.array(tr["x"]), np.array(tr["y"])], axis=1)
        for tr in fig["data"]
        if tr.get("marker", {}).get("symbol") == "diamond"
    }


def _sharp_ends_beyond(at) -> dict[str, np.ndarray]:
    """The end points beyond the axes (open diamonds drawn at the edge), by the batch-size
    name of the ends inside: their true (x, y), from what each carries for its hover."""
    fig = chart(at, "sf_contour")
    suffix = " (beyond the axes, drawn at the edge)"
    return {
        tr["name"].removesuffix(suffix): np.array(tr["customdata"], dtype=float).reshape(-1, 2)
        for tr in fig["data"]
        if tr.get("marker", {}).get("symbol") == "diamond-open"
    }


def _valley(ls) -> tuple[np.ndarray, float]:
    """The narrow valley's bottom (the minimum left of the pass nearest to it) and its reach
    (the bottom's distance to the pass)."""
    pass_point = np.asarray(ls.saddles[0], dtype=float)
    minima = np.asarray(ls.minima, dtype=float).reshape(-1, 2)
    minima = minima[minima[:, 0] <= pass_point[0]]
    bottom = minima[np.argmin(np.linalg.norm(minima - pass_point, axis=1))]
    return bottom, float(np.linalg.norm(bottom - pass_point))


def _left_and_basin(ends: np.ndarray, beyond: np.ndarray, ls) -> tuple[int, int]:
    """How many end points (inside and beyond the axes) lie farther from the valley's bottom
    than the pass is, and how many ended right of the pass (on the wide basin's side)."""
    bottom, reach = _valley(ls)
    every = np.concatenate([np.reshape(ends, (-1, 2)), np.reshape(beyond, (-1, 2))])
    left = int(np.sum(np.linalg.norm(every - bottom, axis=1) > reach))
    basin = int(np.sum(every[:, 0] > ls.saddles[0][0]))
    return left, basin


def _left_sentence(left: int, basin: int, ls) -> str:
    bottom, reach = _valley(ls)
    return (
        f"{left} of 16 runs left the narrow valley (ended more than {reach:.2f} from its bottom"
        f" at ({bottom[0]:.2f}, {bottom[1]:.2f}), farther than the pass is); {basin} of them"
        f" ended right of the pass at x = {ls.saddles[0][0]:.2f}, on the wide basin's side."
    )


@pytest.mark.parametrize(
    ("query", "drawn", "key"),
    [
        ({"sf_small": "16", "sf_large": "4"}, (4, 16), "swapped"),  # the reader's link
        ({"sf_small": "8", "sf_large": "8"}, (1, 16), "equal"),
    ],
)
def test_a_small_batch_not_smaller_than_the_large_one_is_not_drawn_under_those_labels(
    query, drawn, key
):
    """?sf_small=16&sf_large=4 drew B = 16 as "the small batch" under "noise kicks small
    batches out". Now a notice names both values and what is drawn instead, and the figure,
    the counts and the ask all use the drawn (small < large) pair."""
    at = open_page("minibatch-noise", **query)
    no_exceptions(at)
    small, large = int(query["sf_small"]), int(query["sf_large"])
    warning = " ".join(w.value for w in at.warning)
    if key == "swapped":
        assert f"The small batch B = {small} is larger than the large batch B = {large}" in warning
        assert "swapped" in warning
    else:
        assert f"both B = {small}" in warning and "the defaults are drawn" in warning
    assert f"small batch B = {drawn[0]}, large batch B = {drawn[1]}" in warning
    ends = _sharp_ends(at)
    assert list(ends) == [f"where B = {drawn[0]} ends", f"where B = {drawn[1]} ends"]
    text = " ".join(m.value for m in at.markdown)
    first, second = text.index(f">B = {drawn[0]}</span>"), text.index(f">B = {drawn[1]}</span>")
    assert first < second  # the small batch's line (orange) first, as at the defaults
    ls = landscapes.get("sharp_flat")
    beyond = _sharp_ends_beyond(at)  # counted too: drawn at the edge, still runs that ended
    assert set(beyond) <= set(ends)
    assert sum(len(ends[n]) + len(beyond.get(n, ())) for n in ends) == 2 * 16  # every run's end
    for b in drawn:
        name = f"where B = {b} ends"
        left, basin = _left_and_basin(ends[name], beyond.get(name, np.empty((0, 2))), ls)
        assert f"B = {b}</span> · {_left_sentence(left, basin, ls)}" in text
    zh = open_page("minibatch-noise", "zh", **query)
    assert f"小批量 B = {drawn[0]}，大批量 B = {drawn[1]}" in " ".join(w.value for w in zh.warning)
    # the defaults and any small < large pair say nothing
    assert not open_page("minibatch-noise", sf_small="4", sf_large="16").warning


def test_a_diverging_minibatch_run_is_drawn_and_said_with_no_warning_in_the_log():
    """ε = 10 on the line's loss: the runs leave any picture in a few steps. The server log
    stays clean (the figures are built from finite values only, the run stops at its bound),
    the page says which runs diverged and where, and draws each up to the step before."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        at = open_page("minibatch-noise", **DIVERGING)
    no_exceptions(at)
    assert not [w for w in caught if issubclass(w.category, RuntimeWarning)], [
        f"{w.filename}:{w.lineno} {w.message}" for w in caught
    ]
    # Full-batch gradient descent by hand, in float64: θ ← θ − ε·Aᵀ(Aθ − y)/n from (−2, 4);
    # it diverges at the first step whose |w| or |b| passes the bound.
    data = datasets.line()
    theta, by_hand = np.array([-2.0, 4.0]), [np.array([-2.0, 4.0])]
    while np.max(np.abs(theta)) <= minibatch.BOUND:
        theta = theta - 10.0 * data.a.T @ (data.a @ theta - data.y) / data.n
        by_hand.append(theta)
    k = len(by_hand) - 1  # the step that passed the bound
    assert 3 <= k <= 20
    drawn = lines(chart(at, "mb_contour"), mode="lines+markers")
    x, y = drawn["full batch B = 20"]
    assert len(x) == k  # steps 0 … k − 1
    np.testing.assert_allclose(np.stack([x, y], 1), np.array(by_hand[:k]), rtol=1e-4)
    for name, (x, y) in drawn.items():
        assert np.all(np.isfinite(x)) and np.all(np.isfinite(y)), name
    curves = lines(chart(at, "mb_loss"))
    assert len(curves["full batch B = 20"][1]) == k
    for name, (_x, y) in curves.items():
        assert np.all(np.isfinite(y)) and np.all(y > 0), name
    alert = " ".join(e.value for e in at.error)
    assert f"full batch B = 20 diverged at step {k}" in alert
    assert "minibatch B = 20 diverged at step" in alert and "stochastic B = 1 diverged" in alert
    stable = 2.0 / np.linalg.eigvalsh(data.a.T @ data.a / data.n)[-1]
    # λ_max as inline KaTeX (the alert is markdown): "λ_max" would show its raw underscore
    assert f"stable only for ε < 2/$\\lambda_{{\\max}}$ = {stable:.3g}" in alert
    assert "λ_max" not in alert
    assert stable < 10.0
    zh = " ".join(e.value for e in open_page("minibatch-noise", "zh", **DIVERGING).error)
    assert f"ε < 2/$\\lambda_{{\\max}}$ = {stable:.3g} 时才稳定" in zh and "λ_max" not in zh


def test_a_stable_minibatch_run_says_nothing_diverged():
    at = open_page("minibatch-noise", mb_lr="0.1")
    assert not at.error
    x, _ = lines(chart(at, "mb_contour"), mode="lines+markers")["full batch B = 20"]
    assert len(x) == 6  # 5 epochs, all drawn


def test_stacked_ends_are_counted_where_they_are_drawn():
    """B = 16 (the default large batch): its 16 runs end within a diamond's width of one
    another in the narrow valley, one diamond on the screen ("the run ends in one blob"). A
    label with an arrow says how many ends it holds, read back from the drawn diamonds: each
    label's count is the number of its colour's diamonds within STACK of the point it marks."""
    from pages.minibatch_noise import figures as mb_figures

    at = open_page("minibatch-noise")
    no_exceptions(at)
    fig = chart(at, "sf_contour")
    domain = landscapes.get("sharp_flat").domain
    reach = mb_figures.STACK * max(hi - lo for lo, hi in domain)
    diamonds = {
        tr["marker"]["color"]: np.column_stack([tr["x"], tr["y"]])
        for tr in fig["data"]
        if tr.get("marker", {}).get("symbol") == "diamond"
    }
    labels = fig["layout"].get("annotations", [])
    assert labels, "no count on the stacked ends"
    for label in labels:
        ends = diamonds[label["font"]["color"]]
        near = int(np.sum(np.hypot(*(ends - [label["x"], label["y"]]).T) <= reach))
        assert label["text"] == f"<b>{near} ends</b>" and near >= 2 and label["showarrow"]
    large = next(tr for tr in fig["data"] if tr.get("name") == "where B = 16 ends")
    counted = [lb for lb in labels if lb["font"]["color"] == large["marker"]["color"]]
    assert [lb["text"] for lb in counted] == ["<b>16 ends</b>"]  # all 16 under one diamond
    # the grouping itself, by hand: three within reach (0.32) of the first, two apart
    pts = np.array([[0.0, 0.0], [0.1, 0.0], [0.0, 0.2], [2.0, 2.0], [0.4, 0.0]])
    assert mb_figures.stacks(pts, ((-4, 4), (-3, 3))) == [(0.0, 0.0, 3)]
