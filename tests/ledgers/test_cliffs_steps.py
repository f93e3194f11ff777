"""The cliffs lesson's study steps: each reveal's numbers, read back from the words, against the
step lengths (`cliff_step`) and gradient norms (`cliff_grad`) the figures draw, and the runs
kept at their start while a question is open."""

from __future__ import annotations

import re

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from tests import ledger as reader
from tests.lessons import chart, check_answer, choose_step, lines, no_exceptions, open_page
from ui.claims import sig
from ui.i18n import CATALOG

LESSON = "cliffs"


def choose(at: AppTest, step: str) -> AppTest:
    return choose_step(at, LESSON, step)


def answer(at: AppTest, step: str, value) -> AppTest:
    return check_answer(at, LESSON, step, value)


def view_throw(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "throw"), "throw", 5.0)


def view_cap(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "cap"), "cap", 1.0)


def view_cap_uncut(lang: str) -> AppTest:
    """The cap step answered, then c = 20 and 3 steps: the plateau's gradients (1.52, 1.32,
    1.13) are all shorter, so clipping cuts none (the cliff's, ~100, would be cut)."""
    at = view_cap(lang)
    at.slider(key="c").set_value(20.0)
    return at.slider(key="n").set_value(3).run()


def view_cap_many(lang: str) -> AppTest:
    """The cap step answered from y = 1.5: the plateau's steps 1–3 are cut too."""
    at = view_cap(lang)
    return at.slider(key="sy").set_value(1.5).run()


def view_loose(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "loose"), "loose", "unchanged")


def drawn(view: reader.View):
    """The unclipped run's step lengths (x = step) and gradient norms (x = the step that uses it), and the
    clipped run's step lengths."""
    free = CATALOG["cliffs.free"][view.lang]
    steps = reader.traces(view.chart("cliff_step"))
    grads = reader.traces(view.chart("cliff_grad"))
    clipped = next(name for name in steps if name != free)
    return reader.xy(steps[free]), reader.xy(grads[free]), reader.xy(steps[clipped])


def check_throw(view, said):
    (x, length), (gx, norm), _ = drawn(view)
    big = int(np.argmax(length))
    assert said.number("step") == x[big]
    assert said.number("length") == round(float(length[big]), 1)
    assert said.number("norm") == round(float(norm[gx == x[big]][0]), 1)
    assert said.number("off") == pytest.approx(abs(said.number("answer") - length[big]), abs=0.051)


def check_cap(view, said):
    _, _, (_, clipped) = drawn(view)
    lr, c = view.widget("cliff_lr").value, view.widget("c").value
    assert said.number("longest") == round(float(clipped.max()), 2)
    assert (said.number("lr"), said.number("c")) == (pytest.approx(lr), pytest.approx(c))
    assert float(clipped.max()) <= lr * c * (1 + 1e-5)  # no clipped step beyond ε·c
    assert said.number("cap") == round(lr * c, 2)


def clipped_grads(view: reader.View):
    """The clipped run's drawn gradient norms (x = the step that uses it)."""
    free = CATALOG["cliffs.free"][view.lang]
    grads = reader.traces(view.chart("cliff_grad"))
    return reader.xy(grads[next(name for name in grads if name != free)])


def listed(text: str) -> list[int]:
    """ "1–3, 7" (or "1–3、7") → [1, 2, 3, 7]."""
    out = []
    for part in re.split(r", |、", text):
        lo, _, hi = part.partition("–")
        out += list(range(int(lo), int(hi or lo) + 1))
    return out


def check_cut(view, said):
    _, _, (sx, length) = drawn(view)
    gx, norm = clipped_grads(view)
    lr, c = view.widget("cliff_lr").value, view.widget("c").value
    above = [int(k) for k, g in zip(gx, norm, strict=True) if g > c]
    n = int(said.number("n")) if "n" in said.fields else 1  # cut_one: one step
    assert listed(said["steps"]) == above and n == len(above)
    assert int(said.number("m")) == len(sx) and said.number("c") == pytest.approx(c)
    assert said.number("cap") == round(lr * c, 2)
    for k, s in zip(sx, length, strict=True):
        if int(k) in above:
            assert s == pytest.approx(lr * c, rel=1e-4)
        else:
            assert s < lr * c


def check_uncut(view, said):
    gx, norm = clipped_grads(view)
    c = view.widget("c").value
    assert said.number("c") == pytest.approx(c) and int(said.number("m")) == len(gx)
    assert float(norm.max()) <= c


def check_loose(view, said):
    (x, length), (gx, norm), (cx, clipped) = drawn(view)
    big = int(np.argmax(length))
    assert said.number("step") == x[big]
    assert said.number("norm") == round(float(norm[gx == x[big]][0]), 1)
    assert said.number("free") == round(float(length[big]), 2)
    assert said.number("clipped") == round(float(clipped[cx == x[big]][0]), 2)
    kind = "shorter" if clipped[cx == x[big]][0] < length[big] * (1 - 1e-3) else "unchanged"
    assert said["saw"] == CATALOG[f"cliffs.step.loose.opt.{kind}"][view.lang]


def view_loose_uncut(lang: str) -> AppTest:
    """The loose step answered, then 5 steps: the plateau's gradients are all shorter than
    c = 20 (the wall's, 91.4 at step 7, is not drawn), so no step is cut."""
    return view_loose(lang).slider(key="n").set_value(5).run()


def view_loose_plateau(lang: str) -> AppTest:
    """The loose step answered, then c = 1 from y = 1.5: the plateau's step 1 (‖g‖ 1.52) is
    the first cut, before the wall's step 7 that the feedback names."""
    at = view_loose(lang)
    at.slider(key="c").set_value(1.0)
    return at.slider(key="sy").set_value(1.5).run()


def _contour_points(view, name: str) -> np.ndarray:
    from tests.ledgers.test_cliffs import drawn_path

    x, y = drawn_path(view, name)
    return np.stack([x, y], axis=1)


def check_parted(view, said):
    """Which drawn steps the two runs share: the first whose two drawn lengths differ is the
    first cut (drawn ‖g‖ above c, the clipped step ε·c long); every drawn step and point
    before it is the same in both runs, and the points where the next step starts differ."""
    (_, free), (gx, norm), (cx, clipped) = drawn(view)
    lr, c = float(view.widget("cliff_lr").value), float(view.widget("c").value)
    free_name = CATALOG["cliffs.free"][view.lang]
    names = list(reader.traces(view.chart("cliff_step")))
    clipped_name = next(name for name in names if name != free_name)
    a, b = _contour_points(view, free_name), _contour_points(view, clipped_name)
    m = min(len(free), len(clipped))
    differ = [k for k in range(m) if not np.isclose(free[k], clipped[k], rtol=1e-5, atol=1e-9)]
    first = differ[0] if differ else None
    if said.key.endswith("same_all"):
        assert first is None and int(said.number("m")) == m, (said.text, differ)
        assert float(clipped_grads(view)[1].max()) <= c
        assert np.allclose(a[: m + 1], b[: m + 1], rtol=1e-5, atol=1e-7)
        return
    assert first is not None, said.text
    if said.key.endswith("same_until"):
        assert int(said.number("last")) == first, (said.text, first)
        assert np.allclose(a[: first + 1], b[: first + 1], rtol=1e-5, atol=1e-7)
    elif said.key.endswith("first_cut"):
        assert int(said.number("step")) == first + 1 == int(cx[first]), (said.text, first)
        g = float(norm[gx == first + 1][0])
        assert said["norm"] == sig(g, 3) and g > c, (said.text, g)
        assert said.number("c") == pytest.approx(c)
        assert clipped[first] == pytest.approx(lr * c, rel=1e-4)
        assert said["cap"] == sig(float(clipped[first]), 3)
        assert said["free"] == sig(float(free[first]), 3)
    else:  # part: the step after the first cut starts from different points
        k = int(said.number("step")) - 1
        assert k == first + 1, (said.text, first)
        assert int(said.number("cut")) == first + 1 and norm[gx == first + 1][0] > c
        assert not np.allclose(a[k], b[k], rtol=1e-5, atol=1e-7), (a[k], b[k])
        assert said["clipped"] == sig(float(clipped[k]), 3)
        assert said["free"] == sig(float(free[k]), 3)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_loose_threshold_says_which_steps_match_and_where_the_runs_part(lang):
    """c = 20: the why said "the plateau gradients are all shorter than 20, so those steps
    match the unclipped run exactly", yet only steps 1–6 are drawn alike; step 7 is cut (91.4
    > 20: 4 instead of 18.3) and from step 8 the runs are at other points (0.0566 clipped
    against 0.327 unclipped). The reveal now names the shared steps and the parting, read from
    the drawn lengths, and the why no longer says every plateau step matches."""
    view = reader.View(view_loose(lang), LESSON, lang)
    (until,) = view.said("cliffs.step.loose.same_until")
    assert until["last"] == "6"
    assert not view.said("cliffs.step.loose.first_cut")  # step 7's cut: said just before
    (part,) = view.said("cliffs.step.loose.part")
    assert (part["cut"], part["step"], part["clipped"], part["free"]) == (
        "7",
        "8",
        "0.0566",
        "0.327",
    )
    for said in (until, part):
        check_parted(view, said)
    why = CATALOG["cliffs.step.loose.why"]["en"]
    assert "plateau gradients are all shorter than 20" not in why
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_open_question_keeps_the_runs_at_their_start_then_reads_the_drawn_cap(lang):
    at = choose(open_page(LESSON, lang), "cap")
    no_exceptions(at)
    assert not at.warning  # "step 7 hits the cliff" waits for the answer
    paths = lines(chart(at, "cliff_contour"), mode="lines+markers")
    assert {name: len(x) for name, (x, _) in paths.items()} == {
        CATALOG["cliffs.free"][lang]: 1,  # each run at its start (−0.3, 1.5) only
        CATALOG["cliffs.clipped"][lang].format(c="1"): 1,
    }
    assert not any(e.proto.id.endswith("-cliff_step") for e in at.get("plotly_chart"))
    at = answer(at, "cap", 1.0)
    no_exceptions(at)
    _, _, (_, clipped) = drawn(reader.View(at, LESSON, lang))
    assert float(clipped.max()) == pytest.approx(0.2, abs=1e-6)  # ε·c = 0.2 × 1
    expected = CATALOG["cliffs.step.cap.feedback"][lang].format(
        answer="1.00", longest="0.20", lr="0.2", c="1", cap="0.20", off="0.80"
    )
    assert any(box.value.startswith(expected) for box in at.info)  # then its verdict


def test_the_cap_step_says_which_steps_clipping_cut():
    """Issue 31: the why said the cliff's gradient is what clipping stops and that the plateau
    steps are untouched; from the old start (−0.3, 1.5) the drawn clipped run had ‖g‖ 1.52,
    1.32, 1.13 > c = 1 at steps 1–3 on the plateau and crossed x = 0 at step 7 with ‖g‖ = 0.93.
    From the step's start (−0.3, 0.8) the plateau's drawn ‖g‖ stays below c and clipping cuts
    step 7 alone, on the wall (‖g‖ = 91.4), to ε·c = 0.20."""
    view = reader.View(view_cap("zh"), LESSON, "zh")
    (said,) = view.said("cliffs.step.cap.cut_one", steps=r"\d+")  # one step: "这一步"
    check_cut(view, said)
    assert said["steps"] == "7" and said["cap"] == "0.20" and "这些步" not in said.text
    _, norm = clipped_grads(view)
    assert np.all(norm[:6] < 1.0) and f"{norm[6]:.1f}" == "91.4"
    assert "悬崖上的梯度再大" not in " ".join(view.texts)


def test_the_cut_steps_are_listed_with_a_chinese_comma_in_chinese():
    """The cap step's "（第 1–3, 7 步）" joined its runs of steps with an ASCII ", " in 中文."""
    from pages.cliffs.steps import spans

    assert spans([1, 2, 3, 7], "zh") == "1–3、7" and spans([1, 2, 3, 7], "en") == "1–3, 7"
    assert listed("1–3、7") == listed("1–3, 7") == [1, 2, 3, 7]


def _read_span(text: str) -> tuple[float, float]:
    lo, _, hi = text.partition("–")
    return reader.number(lo), reader.number(hi or lo)


def check_throw_before(view, said):
    (x, length), (gx, norm), _ = drawn(view)
    big = int(np.argmax(length))
    assert int(said.number("last")) == int(x[big]) - 1 and said.number("step") == x[big]
    steps = length[:big]
    grads = np.array([norm[gx == k][0] for k in x[:big]])
    assert _read_span(said["lengths"]) == (
        float(sig(steps.min(), 2)),
        float(sig(steps.max(), 2)),
    )
    assert _read_span(said["norms"]) == (float(sig(grads.min(), 2)), float(sig(grads.max(), 2)))
    wall = float(norm[gx == x[big]][0])
    lo, hi = _read_span(said["times"])
    assert lo == pytest.approx(wall / grads.max(), rel=0.05, abs=0.5)
    assert hi == pytest.approx(wall / grads.min(), rel=0.05, abs=0.5)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_throw_reveal_gives_the_drawn_plateau_steps_not_a_few_tenths(lang):
    """Fresh read: the throw step's why said "on the plateau … the steps are a few tenths; on
    the wall it is tens to a hundred times larger" (零点几 / 几十到上百倍), while the drawn steps
    1–6 are 0.167 … 0.078 (about 0.1) and the wall's ‖g‖ 91.4 is 110–234× theirs. The why now
    names no magnitude and the reveal gives the drawn ranges, read back from the charts."""
    view = reader.View(view_throw(lang), LESSON, lang)
    (said,) = view.said(
        "cliffs.step.throw.before",
        lengths=r"[\d.–×⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+",
        norms=r"[\d.–×⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+",
    )
    check_throw_before(view, said)
    assert (said["lengths"], said["times"]) == ("0.078–0.17", "110–233")
    why = CATALOG["cliffs.step.throw.why"][lang]
    assert "a few tenths" not in why and "零点几" not in why and "上百倍" not in why
    assert not reader.check_view(view)
