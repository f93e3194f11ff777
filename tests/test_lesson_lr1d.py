"""Learning rate in 1-D: plotted numbers against hand-worked iterates (note 004)."""

import math
import re

import numpy as np
import pytest

import landscapes
import optimizers
from pages.learning_rate_1d import claims
from tests.ledger import number
from tests.lessons import chart, lines, no_exceptions, open_page
from tests.test_divergence import check_reading
from ui import readings
from ui.claims import sig
from ui.i18n import t

PAGE = "learning-rate-1d"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_page_runs_in_both_languages(lang):
    at = open_page(PAGE, lang)
    no_exceptions(at)
    assert at.title[0].value == {"en": "Learning rate in 1-D", "zh": "一维中的学习率"}[lang]


def test_default_view_is_note_004_x_plus_sin_x_from_2_5():
    at = open_page(PAGE)
    no_exceptions(at)
    iterates = lines(chart(at, "iterates"))
    for lr in (1.0, 0.1, 0.01):
        x = [2.5]
        for _ in range(30):
            x.append(x[-1] - lr * (1.0 + math.cos(x[-1])))
        np.testing.assert_allclose(iterates[f"ε = {lr:g}"][1], x, rtol=1e-5, atol=1e-5)


def test_taylor_table_is_hand_worked_on_the_parabola():
    # f = x², x₀ = 2.5, f'(x₀) = 5: with ε = 1, Δ = −5, the tangent predicts −25, truth is 0.
    at = open_page(PAGE, fn="parabola", start="2.5", lr1="1", lr2="0.1", lr3="0.01")
    no_exceptions(at)
    table = at.table[0].value
    first = table.iloc[0]
    assert table.columns[0] == "ε" and first.iloc[0] == "1"
    assert list(first.iloc[1:]) == pytest.approx([2.5, -5.0, -25.0, 0.0, 25.0], abs=1e-4)
    # ε = 0.01: Δ = −0.05, prediction −0.25, truth −0.2475, error 0.0025 = Δ²
    assert list(table.iloc[2].iloc[1:]) == pytest.approx(
        [2.5, -0.05, -0.25, -0.2475, 0.0025], abs=1e-4
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_taylor_table_is_never_shown_empty(lang):
    """No run with a drawn step k → k+1 (all diverged at step 1), or a study step's question
    open (each run at its start only): the table is left out, never an empty one that reads
    "empty"; with the question open nothing stands in for it."""
    at = open_page(PAGE, lang, fn="typed", fx="exp(3*x)", start="1", lr1="10", lr2="9", lr3="8.5")
    no_exceptions(at)
    assert not at.table
    assert [
        c.value for c in at.caption if c.value.startswith(t("lr1d.table_none", lang, k=0, k1=1))
    ]
    at = open_page(PAGE, lang)
    pills = next(b for b in at.get("button_group") if b.key == f"study-{PAGE}")
    pills.set_value("where").run()
    no_exceptions(at)
    assert all(len(table.value) for table in at.table), "an empty table"
    table_title = t("lr1d.table", lang, k=0)
    assert not [m for m in at.markdown if table_title in m.value]
    assert not [c for c in at.caption if c.value.startswith(t("lr1d.table_none", lang, k=0, k1=1))]


def test_ascent_preset_climbs_to_the_maximum():
    at = open_page(PAGE)
    next(b for b in at.get("button_group") if b.key == "lr1d_preset").set_value("ascent").run()
    no_exceptions(at)
    assert at.toggle(key="ascent").value is True
    iterates = lines(chart(at, "iterates"))
    # 25 sin x − x² from 3: ε = 0.05 settles on the maximum at x ≈ 1.4542
    assert iterates["ε = 0.05"][1][-1] == pytest.approx(1.4541965749766173, abs=1e-4)
    # ε = 0.08 falls into a 2-cycle between ≈ 0.77 and ≈ 2.09
    tail = iterates["ε = 0.08"][1][-4:]
    assert tail[0] == pytest.approx(tail[2], abs=1e-3) and abs(tail[0] - tail[1]) > 1.0


def test_tangent_at_step_k_touches_the_curve():
    at = open_page(PAGE, k="3")
    no_exceptions(at)
    fig = chart(at, "curves")
    tangents = [tr for tr in fig["data"] if tr.get("name") == "tangent"]
    assert len(tangents) == 3
    iterates = lines(chart(at, "iterates"))
    x3 = iterates["ε = 0.1"][1][3]
    tx, ty = lines({"data": [tangents[1]]})["tangent"]
    slope = (ty[1] - ty[0]) / (tx[1] - tx[0])
    assert slope == pytest.approx(1.0 + math.cos(x3), rel=1e-4)
    mid = (tx[0] + tx[1]) / 2
    assert mid == pytest.approx(x3, abs=1e-5)
    assert (ty[0] + ty[1]) / 2 == pytest.approx(x3 + math.sin(x3), rel=1e-4)


def test_tampered_link_falls_back_with_a_notice():
    at = open_page(PAGE, fn="os.system", lr2="abc")
    no_exceptions(at)
    warnings = " ".join(w.value for w in at.warning)
    assert "fn=os.system" in warnings and "lr2=abc" in warnings
    assert at.selectbox(key="fn").value == "x_plus_sin"


# ---- each run's fate, read against the iterates drawn (issue 31, case 6) ----------------------
F1 = {  # f′ of the registered curves, in closed form
    "x_plus_sin": lambda x: 1.0 + math.cos(x),
    "sin_minus_square": lambda x: 25.0 * math.cos(x) - 2.0 * x,
    "parabola": lambda x: 2.0 * x,
}


def rerun64(ls, x0: float, lr: float, steps: int, ascent: bool) -> np.ndarray:
    """x ← x ∓ εf′(x) in float64 from x0, up to `steps` steps, stopping before |x| passes
    the far bound."""
    xs = [x0]
    for _ in range(steps):
        nxt = xs[-1] + (1 if ascent else -1) * lr * F1[ls.name](xs[-1])
        if not (math.isfinite(nxt) and abs(nxt) <= ls.far_bound):
            break
        xs.append(nxt)
    return np.asarray(xs)


def _reads(printed: str, value: float) -> bool:
    """`printed` is `value` to 3 significant digits, or rounded to the more decimals printed."""
    if printed == sig(value, 3):
        return True
    decimals = len(printed.partition(".")[2])
    own = 2 - int(np.floor(np.log10(abs(value)))) if value else 2
    return decimals > own and np.isclose(float(printed), round(value, decimals), rtol=1e-12)


def check_fate(
    sentence: str,
    x: np.ndarray,
    ls,
    diverged_at: int | None = None,
    axis=None,
    lr: float = 0.0,
    ascent: bool = False,
    steps: int | None = None,
) -> None:
    """Every reading of a run's fate sentence against its drawn iterates x₀ … x_last on the
    drawn axis (the curve's domain, or wider where the panels follow the runs): "stopped" =
    each of the last 5 drawn steps shorter than 0.01 % of the axis; "still moving" = not so,
    with the last drawn step; "heading for c" = the last step points at c; the swings' trend
    from the drawn steps; "from x = c" within 1 % of the axis; "kept going downhill" = f never
    rose from one drawn iterate to the next."""
    ((lo, hi),) = ls.domain if axis is None else (axis,)
    width = hi - lo
    rounding = re.search(r"From step (\d+) on, its drawn path is set by rounding", sentence)
    if rounding:
        # the same steps in float64 (closed-form f′) part from the drawn ones at that step by
        # more than 1 % of the axis, or pass the far bound at another step; no step is named
        # for the far bound
        k = int(rounding[1])
        f64 = rerun64(ls, float(x[0]), lr, len(x) - 1 if steps is None else steps, ascent)
        m = min(len(f64), len(x))
        apart = np.flatnonzero(np.abs(f64[:m] - x[:m]) > 0.01 * width)
        assert (int(apart[0]) if apart.size else m) == k, (k, apart[:3], sentence)
        assert not re.search(r"far bound \|x\| = \d+ at step|At step \d+ it passed", sentence)
        assert "(epoch" not in sentence and "diverge" not in sentence
        return
    gone = re.search(r"far bound \|x\| = \d+ at step (\d+)|At step (\d+) it passed", sentence)
    assert (gone is None) == (diverged_at is None), sentence  # -1: drawn short of the steps
    if gone:
        # drawn up to the last finite iterate, x₀ … x_{k−1}; when it became unstable, where it
        # left the axis: read against those iterates as on the Playground
        k = int(gone[1] or gone[2])
        assert len(x) == k and diverged_at in (k, -1)
        check_reading(sentence, np.stack([x, np.zeros_like(x)], axis=1), ((lo, hi), (0, 0)), k)
        f = np.array([float(ls.loss(np.array([v], np.float32))) for v in x])
        if "kept going downhill" in sentence:
            assert np.all(np.diff(f) <= 1e-4 * np.abs(f[:-1]).max()), sentence
        if "kept climbing" in sentence:  # ascent: f never fell from one drawn iterate to the next
            assert ascent and np.all(np.diff(f) >= -1e-4 * np.abs(f[:-1]).max()), sentence
            factor = re.search(r"Every step multiplies \|x\| by (\d+\.\d+)", sentence)
            if factor:
                r = np.abs(x[1:] / x[:-1])
                assert all(f"{v:.2f}" == factor[1] for v in r), (factor[1], r)
        assert sentence.count("diverge") <= 1, sentence  # said once
        return
    dx = np.diff(x)
    # where it ends, to 3 significant digits or the more a comparison needs (ui.claims.compared)
    printed = re.findall(r"x = (-?[\d.]+(?:×10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)?)", sentence)
    assert any(_reads(p, float(x[-1])) for p in printed), (printed, x[-1], sentence)
    still = len(dx) >= 5 and bool(np.all(np.abs(dx[-5:]) < 1e-4 * width))
    if "stopped at x" in sentence or "barely moves" in sentence:
        assert still, sentence
        assert (
            f"less than {1e-4 * width:.2g}" in sentence
            or f"shorter than {1e-4 * width:.2g}" in sentence
        )
    else:
        assert not still, sentence
    if "still moving" in sentence:
        assert f"last step {sig(abs(dx[-1]), 2)}" in sentence
    if "barely moves" in sentence:
        g = float(optimizers.analyse(ls.loss, (x[-1],)).gradient[0])
        assert abs(g) >= 1e-3
    near = re.search(r"(-?[\d.×⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+) from x = (-?[\d.]+), ", sentence)
    if near:
        dist, c = number(near[1]), float(near[2])
        assert abs(x[-1] - c) <= 0.01 * width + 0.005
        assert dist == pytest.approx(abs(x[-1] - c), rel=0.06, abs=0.006)
    heading = re.search(
        r"heading for x = (-?[\d.]+), .*still (-?[\d.×⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+) away", sentence
    )
    if heading:
        c, dist = float(heading[1]), number(heading[2])
        assert np.sign(c - x[-1]) == np.sign(dx[-1]), sentence
        assert dist == pytest.approx(abs(c - x[-1]), rel=0.06, abs=0.006)
    if "oscillates" in sentence or "bounces" in sentence or "irregularly" in sentence:
        s = np.sign(dx[np.abs(dx) > 1e-9])
        flips = int(np.sum(s[1:] != s[:-1]))
        assert f"{flips} of its {len(s) - 1} steps after the first revers" in sentence
        a = np.abs(dx[dx != 0])
        rate = (a[-1] / a[-5]) ** 0.25
        if "irregularly" in sentence:  # no steady growth: not "became unstable"
            assert readings.became_unstable(x, min_growth=1.0) is None, sentence
            assert f"from {sig(a.min(), 2)} to {sig(a.max(), 3)}" in sentence
        elif "shrinking" in sentence:
            assert a[-1] < a[-5]
        elif "growing" in sentence:
            assert a[-1] > a[-5]
        else:
            assert abs(rate - 1) <= 0.01
    for word in ("stops at", "at a flat inflection point"):
        assert word not in sentence


CURVES = landscapes.names(dim=1)
LRS = [1e-5, 0.001, 0.01, 0.1, 0.5, 0.9, 0.95, 1.0, 1.05, 2.0, 10.0]


@pytest.mark.parametrize("curve", CURVES)
@pytest.mark.parametrize("lr", LRS)
@pytest.mark.parametrize("steps", [1, 5, 20, 30, 100])
@pytest.mark.parametrize("ascent", [False, True])
def test_each_fate_reads_true_of_its_iterates(curve, lr, steps, ascent):
    ls = landscapes.get(curve)
    traj = optimizers.run("sgd", ls.loss, ls.start, steps, lr=lr, bound=ls.far_bound, ascent=ascent)
    sentence = claims.descent_1d(traj, ls, f"ε = {lr:g}", "en", ascent=ascent)
    assert sentence.startswith(
        (f"ε = {lr:g}: ", f"ε = {lr:g} kept going downhill: ", f"ε = {lr:g} kept climbing: ")
    )
    last = traj.diverged_at - 1 if traj.diverged_at is not None else steps
    x = traj.points[: last + 1, 0].astype(float)
    check_fate(sentence, x, ls, traj.diverged_at, lr=lr, ascent=ascent, steps=steps)
    assert claims.descent_1d(traj, ls, f"ε = {lr:g}", "zh", ascent=ascent)


def fates(at) -> dict[str, str]:
    """The page's fate sentences under the panels, by run label."""
    items = [
        line[2:] for m in at.markdown for line in m.value.splitlines() if line.startswith("- ε")
    ]
    return {
        re.split(r":| kept going downhill| kept climbing", item, maxsplit=1)[0]: item
        for item in items
    }


def test_note_004_default_eps_1_is_still_creeping_towards_minus_pi():
    """Issue 31, case 6: after 30 steps ε = 1 is at −3.07, where f″ ≈ 0.07, still moving
    towards −π; the page must not say it is at the flat point."""
    at = open_page(PAGE)
    no_exceptions(at)
    drawn = lines(chart(at, "iterates"))
    said = fates(at)
    ls = landscapes.get("x_plus_sin")
    for label, (_, x) in drawn.items():
        check_fate(said[label], np.asarray(x, float), ls)
    one = said["ε = 1"]
    assert "still moving" in one and "heading for x = -3.14" in one
    assert "stopped" not in one and "0.067 away" in one


def test_parabola_eps_0_9_still_oscillates_at_step_20():
    at = open_page(PAGE, fn="parabola", start="2.5", iters="20", lr1="0.1", lr2="0.9", lr3="1.1")
    no_exceptions(at)
    drawn = lines(chart(at, "iterates"))
    said = fates(at)
    ls = landscapes.get("parabola")
    for label, (_, x) in drawn.items():
        check_fate(said[label], np.asarray(x, float), ls)
    assert said["ε = 0.9"].startswith(
        "ε = 0.9: oscillates, 19 of its 19 steps after the first reversing direction"
    )
    assert "still moving (last step 0.065)" in said["ε = 0.9"]
    x = np.asarray(drawn["ε = 0.9"][1])
    assert x[-1] == pytest.approx(2.5 * 0.8**20, rel=1e-4)  # 0.0288, and x ← −0.8x every step


@pytest.mark.parametrize("curve", CURVES)
@pytest.mark.parametrize(("iters", "ascent"), [(1, False), (100, False), (30, True), (100, True)])
def test_every_curve_and_slider_end_reads_true_on_the_page(curve, iters, ascent):
    ls = landscapes.get(curve)
    query = dict(fn=curve, start=str(ls.start[0]), iters=str(iters), lr1="1e-05", lr2="10")
    if ascent:
        query["ascent"] = "true"
    at = open_page(PAGE, **query)
    no_exceptions(at)
    drawn = lines(chart(at, "iterates"))
    said = fates(at)
    assert set(said) == set(drawn)
    curve_x = np.asarray(lines(chart(at, "curves"))["f"][0], float)  # the drawn axis
    axis = (float(curve_x[0]), float(curve_x[-1]))
    for label, (_, x) in drawn.items():
        # -1: whether it diverged is read from the drawn length, not from the run
        check_fate(
            said[label],
            np.asarray(x, float),
            ls,
            -1 if len(x) < iters + 1 else None,
            axis,
            lr=float(label.removeprefix("ε = ")),
            ascent=ascent,
            steps=iters,
        )


def test_the_update_rule_and_the_taylor_table_share_one_index():
    """The update rule wrote x_{t+1} = x_t − εf′(x_t) above a Taylor table and a slider that
    count steps with k (issue 32): one index, k, throughout the lesson."""
    at = open_page(PAGE)
    no_exceptions(at)
    formulas = " ".join(element.value for element in at.get("latex"))
    assert r"x_{k+1} = x_k - \varepsilon\, f'(x_k)" in formulas
    assert "x_t" not in formulas and "x_{t" not in formulas
    assert chart(at, "iterates")["layout"]["yaxis"]["title"]["text"] == "xₖ"
    assert "xₖ" in at.table[0].value.columns


# ---- the Taylor table's header, read in Chromium ------------------------------------------------
HEADER_BREAKS_JS = """
() => [...document.querySelectorAll('[data-testid="stTable"] th, [data-testid="stTable"] thead td')]
  .filter((th) => th.textContent.trim())
  .map((th) => {
    // each character's line (its box's top): where the top changes, the header broke
    const walk = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    const chars = [];
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      for (let i = 0; i < n.length; i++) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const b = r.getBoundingClientRect();
        chars.push({c: n.data[i], top: b.width > 0 ? Math.round(b.top) : null});
      }
    }
    return {text: th.textContent, chars};
  })
"""


def broken_inside_words(headers: list[dict]) -> list[str]:
    """Each header that a line break splits inside a word (not at a space), as "学 / 习 / 率"."""
    out = []
    for h in headers:
        lines, last = [""], None
        for ch in h["chars"]:
            if ch["top"] is not None and last is not None and ch["top"] > last + 2:
                lines.append("")
            if ch["top"] is not None:
                last = ch["top"]
            lines[-1] += ch["c"]
        if any(line and not line[-1].isspace() for line in lines[:-1]):
            out.append(" / ".join(line.strip() for line in lines))
    return out


@pytest.mark.browser
def test_the_taylor_table_headers_break_only_between_words():
    """Fresh read at 1024×768, 中文, projector on: the table's first header "学习率" stood one
    character a line (学 / 习 / 率) in its squeezed column, and "预测 f′(x)Δ" broke as
    "预测 f′ / (x)Δ". The column is headed "ε" now (its rows 1, 0.1, 0.01), and f′(x)Δ holds
    together; on a 390×844 phone too."""
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM_ARGS, chromium_path, served_app
    from tests.layout import load, settle

    views = ((1024, 768, "lang=zh&proj=1"), (390, 844, "lang=zh"), (1280, 720, "lang=en"))
    with served_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            for width, height, query in views:
                page = browser.new_page(viewport={"width": width, "height": height})
                assert load(page, f"{url}/{PAGE}?{query}"), query
                settle(page)
                headers = page.evaluate(HEADER_BREAKS_JS)
                assert headers, f"no table header at {width}×{height} {query}"
                assert not broken_inside_words(headers), (
                    width,
                    query,
                    broken_inside_words(headers),
                )
                page.close()
        finally:
            browser.close()
