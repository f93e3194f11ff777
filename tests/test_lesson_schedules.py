"""Schedules and adaptive steps: plotted numbers against closed forms (notes 000–002)."""

import re

import numpy as np
import pytest

from tests.lessons import chart, lines, no_exceptions, open_page

PAGE = "schedules"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_page_runs_in_both_languages(lang):
    at = open_page(PAGE, lang)
    no_exceptions(at)


def test_schedules_plot_their_closed_forms():
    at = open_page(
        PAGE,
        sched=["constant", "linear", "inv_sqrt", "step", "exponential", "cosine"],
        eps0="0.5",
        s_tau="20",
        s_gamma="0.9",
        s_end="0.1",
        n="50",
    )
    no_exceptions(at)
    lr = lines(chart(at, "sched_lr"))
    k = np.arange(50)
    frac = np.minimum(k / 20, 1)
    expected = {
        "constant": np.full(50, 0.5),
        "linear decay": (1 - frac) * 0.5 + frac * 0.05,
        "ε₀/√(k+1)": 0.5 / np.sqrt(k + 1),
        "step decay": 0.5 * 0.9 ** np.floor(k / 20),
        "exponential decay": 0.5 * 0.9**k,
        "cosine decay": 0.05 + 0.45 * 0.5 * (1 + np.cos(np.pi * frac)),
    }
    assert set(lr) == set(expected)
    for name, values in expected.items():
        np.testing.assert_allclose(lr[name][1], values, rtol=1e-5, err_msg=name)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_legend_writes_the_step_as_the_formula_does(lang):
    """The formula under the chart is ε_k = ε₀/√(k + 1) and the x axis is k: the legend and the
    y axis name the step k too (the legend said √(t+1)), ε_k as ε<sub>k</sub> in Plotly text."""
    from optimizers import schedules

    at = open_page(PAGE, lang, sched=["constant", "inv_sqrt"])
    no_exceptions(at)
    fig = chart(at, "sched_lr")
    names = [tr["name"] for tr in fig["data"]]
    (legend,) = [n for n in names if "√" in n]
    (index,) = re.findall(r"√\((\w)\+1\)", legend)
    assert (
        r"\varepsilon_k" in schedules.LATEX["inv_sqrt"]
        and r"\sqrt{k + 1}" in schedules.LATEX["inv_sqrt"]
    )
    assert index == "k" == fig["layout"]["xaxis"]["title"]["text"], (legend, index)
    assert fig["layout"]["yaxis"]["title"]["text"].endswith("ε<sub>k</sub>")
    k, eps = lines(fig)[legend]
    np.testing.assert_allclose(eps, 0.95 / np.sqrt(k + 1), rtol=1e-5)  # ε₀ = 0.95 by default


def test_a_decaying_rate_calms_the_zig_zag():
    at = open_page(PAGE, sched=["constant", "inv_sqrt"], eps0="0.95", n="10", s_noise="0")
    no_exceptions(at)
    paths = lines(chart(at, "sched_contour"), "lines+markers")
    y_const = paths["constant"][1]
    y_decay = paths["ε₀/√(k+1)"][1]
    # constant ε = 0.95 on the bowl: y_t = 2·(−0.9)ᵗ, a sign flip every step
    np.testing.assert_allclose(y_const, 2 * (-0.9) ** np.arange(11), rtol=1e-5)
    # ε_k = 0.95/√(k+1) drops below 1/2 (the y-direction's no-flip limit) at k = 3
    assert np.all(np.sign(y_decay[5:]) == np.sign(y_decay[5]))


def test_adaptive_effective_steps_and_note_002_r_sequence():
    at = open_page(PAGE, s_view="adaptive")
    no_exceptions(at)
    eff = lines(chart(at, "adaptive_eff"))
    # AdaGrad, step 1 on the bowl from (−7, 2): g = (−1.4, 4), r = g², ε/(δ + √r) = 0.5/|g|
    assert eff["AdaGrad (x)"][1][0] == pytest.approx(0.5 / 1.4, rel=1e-5)
    assert eff["AdaGrad (y)"][1][0] == pytest.approx(0.5 / 4.0, rel=1e-5)
    # AdaGrad's steps only shrink
    assert np.all(np.diff(eff["AdaGrad (x)"][1]) <= 1e-9)
    table = at.table[0].value
    assert list(table["AdaGrad rₜ"])[:2] == ["(1.960, 16.000)", "(3.650, 25.000)"]
    assert table["RMSProp rₜ"][0] == "(0.196, 1.600)"  # r₁ = 0.1·g₁²


def test_without_noise_the_constant_schedule_is_note_002_sgd():
    at = open_page(PAGE, s_noise="0")
    no_exceptions(at)
    y = lines(chart(at, "sched_contour"), "lines+markers")["constant"][1]
    np.testing.assert_allclose(y, 2 * (-0.9) ** np.arange(len(y)), rtol=1e-5, atol=1e-9)


def test_the_default_view_makes_the_case_for_decay():
    import landscapes
    import optimizers

    at = open_page(PAGE)
    no_exceptions(at)
    bowl = landscapes.get("bowl")
    finals = {}
    for kind in ("constant", "linear", "inv_sqrt", "cosine"):
        tr = optimizers.run(
            "sgd",
            bowl.loss,
            (-7.0, 2.0),
            60,
            lr=0.95,
            schedule=optimizers.Schedule(kind, 40.0, 0.01, 0.95),
            noise=0.5,
            seed=0,
            bound=bowl.far_bound,
        )
        finals[kind] = tr.losses[-6:].mean()
    assert finals["constant"] > 10 * max(v for k, v in finals.items() if k != "constant")
    verdict = at.success[0].value
    assert verdict.startswith("Mean loss over the last 6 steps (σ = 0.5): ")
    assert f"constant {finals['constant']:.3g}." in verdict  # the highest comes last
    assert "The decaying rates end lower than the constant one" in verdict


@pytest.mark.parametrize("page", [PAGE, "playground"])
def test_the_share_boxs_control_names_have_no_raw_subscripts(page):
    """The share box lists the page's controls by their slider labels (pills, where `$` is not
    rendered): "ε_τ / ε₀" showed its underscore (issue 32)."""
    from tests.test_i18n import raw_subscripts
    from ui import widgets

    for lang in ("en", "zh"):
        at = open_page(page, lang)
        no_exceptions(at)
        labels = at.session_state[widgets.CONTROLS]
        assert labels and not {k: v for k, v in labels.items() if raw_subscripts(v)}, labels


def test_tiny_rates_get_compact_tick_labels_and_narrow_right_margins():
    """Layout (1024×768 projector): at ε₀ = 10⁻⁵ with six schedules the learning-rate chart's
    plot was 170 px wide (tick labels like 0.000002), the loss chart 195 at n = 200. The drawn
    rates peak at 10⁻⁵, and the axis now labels them "2e−6" … "1e−5" (0 as "0"), both charts
    with a 6 px right margin (the x ticks' automargin keeps the last label whole)."""
    at = open_page(
        PAGE,
        proj="1",
        sched=["constant", "linear", "inv_sqrt", "step", "exponential", "cosine"],
        eps0="0.00001",
    )
    no_exceptions(at)
    spec = chart(at, "sched_lr")
    drawn = lines(spec)
    assert max(float(np.max(y)) for _, y in drawn.values()) == pytest.approx(1e-5, rel=1e-6)
    axis = spec["layout"]["yaxis"]
    assert axis["ticktext"] == [
        "0",
        "2e\u22126",
        "4e\u22126",
        "6e\u22126",
        "8e\u22126",
        "1e\u22125",
    ]
    np.testing.assert_allclose(axis["tickvals"], [0, 2e-6, 4e-6, 6e-6, 8e-6, 1e-5], rtol=1e-9)
    assert (
        spec["layout"]["margin"]["r"] == 6 and chart(at, "sched_loss")["layout"]["margin"]["r"] == 6
    )
    # at ε₀ = 0.95 the rates (to 0.95) keep plain tick labels
    spec = chart(open_page(PAGE, proj="1"), "sched_lr")
    assert "ticktext" not in spec["layout"]["yaxis"]
