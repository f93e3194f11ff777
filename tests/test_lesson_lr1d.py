"""Learning rate in 1-D: plotted numbers against hand-worked iterates (note 004)."""

import math

import numpy as np
import pytest

from tests.lessons import chart, lines, no_exceptions, open_page

PAGE = "pages/learning-rate-1d.py"


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
    assert first.iloc[0] == "ε = 1"
    assert list(first.iloc[1:]) == pytest.approx([2.5, -5.0, -25.0, 0.0, 25.0], abs=1e-4)
    # ε = 0.01: Δ = −0.05, prediction −0.25, truth −0.2475, error 0.0025 = Δ²
    assert list(table.iloc[2].iloc[1:]) == pytest.approx(
        [2.5, -0.05, -0.25, -0.2475, 0.0025], abs=1e-4
    )


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
