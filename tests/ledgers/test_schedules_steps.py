"""The schedules lesson's study steps: each reveal's numbers, read back from the words, against
the loss curves (`sched_loss`) and effective-step curves (`adaptive_eff`) the figures draw, and
the losses kept hidden while a question is open."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from tests import ledger as reader
from tests.lessons import chart, check_answer, choose_step, lines, no_exceptions, open_page
from ui.i18n import CATALOG

LESSON = "schedules"
KINDS = ("constant", "linear", "inv_sqrt", "step", "exponential", "cosine")


def choose(at: AppTest, step: str) -> AppTest:
    return choose_step(at, LESSON, step)


def answer(at: AppTest, step: str, value: str) -> AppTest:
    return check_answer(at, LESSON, step, value)


def view_noisy(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "noisy"), "noisy", "constant")


def view_grow(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "grow"), "grow", "adagrad")


def option_named(view: reader.View, shown: str, names) -> str:
    found = [n for n in names if CATALOG.get(n, {}).get(view.lang) == shown]
    assert found, f"no option reads “{shown}”"
    return found[0].rsplit(".", 1)[-1]


def check_tail(view, said):
    curves = reader.traces(view.chart("sched_loss"))
    by_kind = {
        kind: reader.xy(curves[CATALOG[f"schedule.{kind}"][view.lang]])[1]
        for kind in KINDS
        if CATALOG[f"schedule.{kind}"][view.lang] in curves
    }
    k = int(said.number("k"))
    assert k == max(1, (len(by_kind["constant"]) - 1) // 10)
    means = {kind: float(np.mean(y[-k:])) for kind, y in by_kind.items()}
    decays = {kind: m for kind, m in means.items() if kind != "constant"}
    best = min(decays, key=decays.__getitem__)
    assert said["best"] == CATALOG[f"schedule.{best}"][view.lang]
    assert said.number("const") == float(f"{means['constant']:.3g}")
    assert said.number("low") == float(f"{means[best]:.3g}")
    assert said.number("sigma") == view.widget("s_noise").value
    lower = "constant" if means["constant"] < means[best] else "decay"
    opts = [
        f"schedules.step.{s}.opt.{o}" for s in ("noisy", "quiet") for o in ("constant", "decay")
    ]
    assert option_named(view, said["saw"], opts) == lower


def check_grow(view, said):
    curves = reader.traces(view.chart("adaptive_eff"))
    names = {o: CATALOG[f"optimizer.{o}.title"][view.lang] for o in ("adagrad", "rmsprop")}
    a = reader.xy(curves[f"{names['adagrad']} (y)"])[1]
    r = reader.xy(curves[f"{names['rmsprop']} (y)"])[1]
    ups = [int(np.sum(np.diff(y) > 1e-6 * np.abs(y[:-1]))) for y in (a, r)]
    assert said.number("n") == len(a)
    assert (said.number("a0"), said.number("a1")) == (float(f"{a[0]:.3g}"), float(f"{a[-1]:.3g}"))
    assert said.number("r_low") == float(f"{r.min():.3g}")
    assert (said.number("a_up"), said.number("r_up")) == tuple(ups)
    kind = {(True, True): "both", (True, False): "adagrad", (False, True): "rmsprop"}.get(
        (ups[0] > 0, ups[1] > 0), "neither"
    )
    opts = [f"schedules.step.grow.opt.{o}" for o in ("adagrad", "rmsprop", "both", "neither")]
    assert option_named(view, said["saw"], opts) == kind


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_without_noise_the_open_question_hides_the_losses_then_the_constant_rate_wins(lang):
    at = choose(open_page(LESSON, lang), "quiet")
    no_exceptions(at)
    assert at.slider(key="s_noise").value == 0.0  # the step's preset set the view
    assert not at.success  # the verdict waits
    assert not any(e.proto.id.endswith("-sched_loss") for e in at.get("plotly_chart"))
    at = answer(at, "quiet", "decay")
    no_exceptions(at)
    drawn = lines(chart(at, "sched_loss"))
    constant = drawn[CATALOG["schedule.constant"][lang]][1]
    # ε = 0.95 on y² (λ = 2): y ← (1 − 1.9)·y, x ← (1 − 0.19)·x; loss ~ 0.81^(2k) after 60 steps
    assert float(np.mean(constant[-6:])) == pytest.approx(2.33e-5, rel=0.01)
    view = reader.View(at, LESSON, lang)
    (said,) = view.said("schedules.step.tail.feedback")
    check_tail(view, said)
    assert said["saw"] == CATALOG["schedules.step.quiet.opt.constant"][lang]
    assert said["answer"] == CATALOG["schedules.step.quiet.opt.decay"][lang]


def _drawn_factor(eps0: str) -> float:
    """The constant rate's per-step shrink factor of the drawn noiseless loss curve over its
    last 20 of 60 steps (the loss is quadratic: the factor is the square root of its ratio)."""
    at = open_page(LESSON, "en", sched=["constant"], s_noise="0", eps0=eps0)
    y = lines(chart(at, "sched_loss"))[CATALOG["schedule.constant"]["en"]][1]
    return float((y[-1] / y[-21]) ** (1 / 40))


def test_without_noise_the_why_says_where_larger_steps_stop_converging_faster():
    """Fresh read: the reveal said "a larger step converges faster" for any ε below 2/λmax,
    yet on z = x²/10 + y² the drawn noiseless curve shrinks fastest at ε = 2/(0.2 + 2) = 0.909
    (0.818 per step) and slower above it (0.9 at ε = 0.95, 0.98 at 0.99). The why now names
    these numbers, in both languages, and they are the drawn curves' factors."""
    factors = {e: _drawn_factor(e) for e in ("0.85", "0.909", "0.95", "0.99")}
    assert factors["0.909"] == pytest.approx(0.818, abs=0.002)
    assert factors["0.95"] == pytest.approx(0.9, abs=0.002)
    assert factors["0.99"] == pytest.approx(0.98, abs=0.002)
    assert factors["0.85"] > factors["0.909"] < factors["0.95"] < factors["0.99"]
    for lang in ("en", "zh"):
        why = CATALOG["schedules.step.quiet.why"][lang]
        assert "0.909" in why and "0.818" in why, lang
        assert "0.9" in why.replace("0.909", "") and "0.98" in why, lang
        assert "0.95" in why and "0.99" in why, lang
        assert "越大收敛越快" not in why and "a larger step converges faster" not in why


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_optimizer_whose_x_and_y_steps_are_one_line_has_one_legend_entry(lang):
    """Fresh read (adaptive view): Delta-bar-Delta's (y) line was drawn exactly on its (x)
    line (0.05, 0.055 … 0.295), so the legend listed a line no one could see. A pair of
    identical curves is now one line named "(x = y)"; every pair still drawn as two differs."""
    at = open_page(LESSON, lang, s_view="adaptive")
    no_exceptions(at)
    drawn = lines(chart(at, "adaptive_eff"))
    dbd = CATALOG["optimizer.delta_bar_delta.title"][lang]
    assert f"{dbd} (x = y)" in drawn and f"{dbd} (y)" not in drawn and f"{dbd} (x)" not in drawn
    y = drawn[f"{dbd} (x = y)"][1]
    np.testing.assert_allclose(y[:3], [0.05, 0.055, 0.06], rtol=1e-5)
    for name in drawn:
        if name.endswith(" (x)"):
            other = drawn[name.removesuffix(" (x)") + " (y)"][1]
            assert not np.allclose(drawn[name][1], other, rtol=1e-6, atol=0.0), name


def test_on_a_projector_the_formulas_are_full_size_and_the_rate_chart_has_headroom():
    """Fresh read (1024×768 中文 projector): the ε_k formulas for linear, 1/√(k+1) and cosine
    decay were drawn in \\scriptsize with \\tfrac (~10 px glyphs), the ε_k chart's top tick
    "1" sat on the plot's top edge, and the study steps wrapped mid-word ("1. 有噪声 / 时").
    Now the formulas are full size with display fractions, the drawn chart's y range reaches
    above its largest drawn rate, and the 中文 step titles are short enough not to wrap."""
    at = open_page(LESSON, "zh")
    at.toggle(key="proj").set_value(True).run()  # the query is read on the app's first run
    no_exceptions(at)
    bodies = [e.body for e in at.get("latex")]
    assert any("varepsilon_k" in b for b in bodies)
    for body in bodies:
        if "varepsilon_k" in body:
            assert "scriptsize" not in body and "tfrac" not in body, body
    fig = chart(at, "sched_lr")
    top = max(float(np.max(y)) for _, y in lines(fig).values())
    low, high = fig["layout"]["yaxis"]["range"]
    assert low == 0 and high >= 1.05 * top, (high, top)
    for step in ("noisy", "quiet", "grow"):
        assert len(CATALOG[f"schedules.step.{step}.title"]["zh"]) <= 3, step


def test_without_noise_the_why_says_every_rate_between_half_and_095_converges_faster():
    """Fresh read: the quiet step's why said "decay speeds convergence only while the rate is
    still above 0.909 … The benefit of decay comes from the noise, not from decaying as such",
    yet the slower axis's factor max(|1 − 0.2ε|, |1 − 2ε|) is 0.84 at 0.8, 0.88 at 0.6 and 0.9
    at 0.5, all at or below the constant 0.95's 0.9, and with no noise at τ = 200 linear and
    cosine decay are drawn ending far below the constant rate. The why now names 0.5 as the
    rate below which a step is slower, and the drawn noiseless curves agree."""
    factors = {e: _drawn_factor(e) for e in ("0.4", "0.5", "0.6", "0.8", "0.95")}
    assert factors["0.8"] == pytest.approx(0.84, abs=0.002)
    assert factors["0.6"] == pytest.approx(0.88, abs=0.002)
    assert factors["0.5"] == pytest.approx(0.9, abs=0.002)
    assert factors["0.4"] == pytest.approx(0.92, abs=0.002) and factors["0.4"] > factors["0.95"]
    assert factors["0.6"] < factors["0.95"] and factors["0.8"] < factors["0.95"]
    at = open_page(LESSON, "en", s_tau="200", s_noise="0")
    drawn = lines(chart(at, "sched_loss"))
    end = {name: float(np.mean(y[-6:])) for name, (_, y) in drawn.items()}
    constant = end[CATALOG["schedule.constant"]["en"]]
    for kind in ("linear", "cosine"):  # a drawn counter-example to "only above 0.909"
        assert end[CATALOG[f"schedule.{kind}"]["en"]] < 1e-3 * constant, end
    for lang in ("en", "zh"):
        why = CATALOG["schedules.step.quiet.why"][lang]
        assert "0.84" in why and "0.88" in why and "0.5" in why, lang
        assert "only while the rate is still above 0.909" not in why
        assert "not from decaying as such" not in why and "不是来自衰减本身" not in why


@pytest.mark.parametrize("m", ["3", "50", "200"])
def test_the_adaptive_charts_labels_bracket_every_drawn_value(m):
    """Fresh read (adaptive view, 50 steps): the log y axis was labelled 0.05, 0.1 and 0.2
    only, while RMSProp (y) runs 0.0395 → 0.0205 and Adam (y) starts at 0.025, all below the
    lowest label (step 3's feedback quotes 0.0205 and 0.0395). Every drawn value now lies
    within the drawn range, between two labels."""
    at = open_page(LESSON, "en", s_view="adaptive", m=m)
    no_exceptions(at)
    fig = chart(at, "adaptive_eff")
    ys = np.concatenate([y for _, y in lines(fig).values()])
    axis = fig["layout"]["yaxis"]
    ticks = axis["tickvals"]
    assert min(ticks) <= ys.min() and max(ticks) >= ys.max(), (ticks, ys.min(), ys.max())
    low, high = axis["range"]
    assert 10**low <= ys.min() and 10**high >= ys.max(), (axis["range"], ys.min(), ys.max())
    assert all(10**low * 0.999 <= x <= 10**high * 1.001 for x in ticks), (ticks, axis["range"])
    if m == "50":
        assert 0.02 in ticks and float(ys.min()) == pytest.approx(0.0205, abs=5e-5)
