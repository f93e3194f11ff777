"""The gradient-geometry lesson's study-step reveals (pages/gradient_geometry/steps.py LEDGER):
each sentence's numbers, read back from the words, against what the figures draw (the polar
D_u L curve, the point and the step's landing on the contour) and the learner's answer as kept."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import landscapes
from tests import ledger as reader
from tests.lessons import check_answer, choose_step, no_exceptions, open_page
from ui.figures import decode
from ui.i18n import CATALOG, t

LESSON = "gradient-geometry"


def choose(lang: str, step: str) -> AppTest:
    return choose_step(open_page(LESSON, lang), LESSON, step)


def answer(lang: str, step: str, value: float) -> AppTest:
    return check_answer(choose(lang, step), LESSON, step, value)


def view_steepest(lang):
    return answer(lang, "steepest", 90.0)


def view_steepest_descent(lang):
    """The steepest step answered 289°: −∇L's direction, the likeliest wrong answer."""
    return answer(lang, "steepest", 289.0)


def view_flat(lang):
    return answer(lang, "flat", 0.0)


def view_flat_steepest(lang):
    """The flat step answered 109°: ∇L's own direction at (−7, 2), the steepest rise."""
    return answer(lang, "flat", 109.0)


def view_flat_critical(lang):
    """The flat step answered at the bowl's minimum (0, 0), where ∇L = 0."""
    at = choose(lang, "flat")
    view = reader.View(at, LESSON, lang)
    view.widget("gx").set_value(0.0).run()
    view.widget("gy").set_value(0.0).run()
    at.number_input(key=f"study-answer-{LESSON}-flat").set_value(45.0).run()
    return at.button(key=f"study-check-{LESSON}-flat").click().run()


def view_fall(lang):
    return answer(lang, "fall", 9.0)


def view_fall_signed(lang):
    """The long step's fall answered as the signed change ΔL = −4.93."""
    return answer(lang, "fall", -4.93)


def given(view: reader.View, step: str) -> float:
    return float(view.at.session_state["_study_answers"][(LESSON, step)])


def curve(view: reader.View) -> tuple[np.ndarray, np.ndarray]:
    """The drawn D_u L curve: its angles (closed: the first repeated at the end) and values."""
    name = CATALOG["geometry.directional"][view.lang]
    for trace in view.chart("g_polar")["data"]:
        if trace.get("name") == name:
            return np.asarray(decode(trace["theta"]), float), np.asarray(decode(trace["r"]), float)
    raise AssertionError("no D_u L curve drawn")


def marker(view: reader.View, key: str) -> np.ndarray:
    named = reader.traces(view.chart("g_contour"))
    name = CATALOG[key][view.lang]
    assert name in named, f"no {name!r} drawn: {list(named)}"
    return np.column_stack(reader.xy(named[name]))[0]


def check_steepest(view, said):
    theta, r = curve(view)
    i = int(np.argmax(r))
    assert said.number("peak") == round(theta[i]) and said.number("top") == round(r[i], 2)
    assert said.number("answer") == round(given(view, "steepest"))


def check_steepest_descent(view, said):
    check_steepest(view, said)
    theta, r = curve(view)
    j = int(np.argmin(r))
    assert said.number("low") == round(theta[j]) and said.number("bottom") == round(r[j], 2)
    gap = abs(given(view, "steepest") - theta[j]) % 360
    assert min(gap, 360 - gap) <= 10  # the step's tolerance: the learner named −∇L


def crossings(theta, r) -> list[float]:
    out = []
    for i in range(len(theta) - 1):
        if r[i] * r[i + 1] < 0:
            out.append((theta[i] + r[i] / (r[i] - r[i + 1]) * (theta[i + 1] - theta[i])) % 360)
    return sorted(out)


def check_flat(view, said):
    zeros = crossings(*curve(view))
    assert len(zeros) == 2, zeros
    assert (said.number("t1"), said.number("t2")) == (round(zeros[0]), round(zeros[1]))
    theta, r = curve(view)
    answer = said.number("answer")
    near = [k for k in (int(np.argmax(r)), int(np.argmin(r))) if _apart(answer, theta[k]) <= 10]
    assert bool(near) == said.key.endswith("steepest"), (said.key, answer, near)
    if near:
        up = near[0] == int(np.argmax(r))
        word = t("geometry.step.flat.up" if up else "geometry.step.flat.down", view.lang)
        assert said["which"] == word and said["value"] == f"{float(r[near[0]]):.2f}"


def _apart(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


def check_flat_everywhere(view, said):
    _, r = curve(view)
    assert np.allclose(r, 0.0, atol=1e-6)


def check_fall(view, said):
    ls = landscapes.get(view.widget("landscape").value)
    point, landing = marker(view, "geometry.point"), marker(view, "geometry.landing")
    assert (said.number("x"), said.number("y")) == tuple(round(float(v), 2) for v in landing)
    before, after = float(ls.loss(point)), float(ls.loss(landing))
    assert (said.number("before"), said.number("after")) == (round(before, 2), round(after, 2))
    fall = before - after
    assert said.number("fall") == pytest.approx(fall, abs=0.006)
    truth = fall  # the learner's number of the other sign: the signed change ΔL = −fall
    if "change" in said.fields:
        assert np.sign(given(view, "fall")) == -np.sign(fall)
        truth = -fall
        assert said.number("change") == pytest.approx(truth, abs=0.006)
    assert said.number("share") == pytest.approx(100 * fall / said.number("predicted"), abs=0.6)


def test_an_open_question_hides_the_polar_the_gradient_and_the_sentences():
    at = choose("en", "steepest")
    no_exceptions(at)
    assert [e.proto.id for e in at.get("plotly_chart") if e.proto.id.endswith("-g_polar")] == []
    names = set(reader.traces(reader.View(at, LESSON).chart("g_contour")))
    assert (
        CATALOG["geometry.tangent"]["en"] not in names
        and CATALOG["geometry.landing"]["en"] not in names
    )
    assert not any("D_u L" in m.value for m in at.markdown if m.value.startswith("- "))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_open_question_says_what_this_page_hides_and_names_only_theta(lang):
    """Step 1 open: the arrows were hidden but the caption still named them ("黑色箭头：∇L 的方向
    … 彩色箭头"), and the notice spoke of the figure's runs ("图中的轨迹"), which this page has
    none of. Now the caption names θ alone and the notice what this page hides."""
    at = choose(lang, "steepest")
    no_exceptions(at)
    captions = [c.value for c in at.caption]
    assert any(c.startswith(CATALOG["geometry.caption_hidden"][lang]) for c in captions)
    assert not any(CATALOG["geometry.caption_plane"][lang] in c for c in captions)
    assert CATALOG["geometry.study_hidden"][lang] in captions
    assert CATALOG["study.hidden"][lang] not in captions
    # answered, the caption names the arrows again and the notice is gone
    at = check_answer(at, LESSON, "steepest", 109.0)
    captions = [c.value for c in at.caption]
    assert any(c.startswith(CATALOG["geometry.caption_plane"][lang]) for c in captions)
    assert CATALOG["geometry.study_hidden"][lang] not in captions


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_steepest_answered_with_the_descent_direction_is_told_so(lang):
    """289° is −∇L at (−7, 2), the steepest way DOWN: the reveal only said how far it was
    from 109°. Now it says the answer is −∇L's direction, where the drawn curve is lowest,
    and that the question asks for the way up. 250° (39° from 289°) is not told so."""
    view = reader.View(view_steepest_descent(lang), LESSON, lang)
    no_exceptions(view.at)
    (said,) = view.said("geometry.step.steepest.feedback_descent")
    assert said.number("peak") == 109 and said.number("top") == 4.24
    assert said.number("low") == 289 and said.number("bottom") == -4.24
    assert _verdict(said, lang) == "off", said.text
    assert not reader.check_view(view)
    view = reader.View(answer(lang, "steepest", 250.0), LESSON, lang)
    assert view.said("geometry.step.steepest.feedback")
    assert not any("−∇L" in text for text in view.texts if "250" in text)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_steepest_direction_is_the_drawn_curves_peak(lang):
    view = reader.View(view_steepest(lang), LESSON, lang)
    no_exceptions(view.at)
    (said,) = view.said("geometry.step.steepest.feedback")
    # ∇L of x²/10 + y² at (−7, 2) is (−1.4, 4): at 109.3°, ‖∇L‖ = 4.24
    assert said.number("peak") == 109 and said.number("top") == 4.24
    # the distance is the verdict's ("your answer is 19 from 109"), not said a second time
    assert not any(("° from your answer", "与你的答案相差")[lang == "zh"] in x for x in view.texts)
    assert not reader.check_view(view)


def test_flat_directions_and_the_long_steps_real_fall():
    view = reader.View(view_flat("en"), LESSON, "en")
    no_exceptions(view.at)
    (said,) = view.said("geometry.step.flat.feedback")
    assert (said.number("t1"), said.number("t2")) == (19, 199)
    assert not any("the nearer" in text for text in view.texts)  # the verdict says how far
    assert not reader.check_view(view)
    view = reader.View(view_fall("en"), LESSON, "en")
    (said,) = view.said("geometry.step.fall.feedback")
    # (−7, 2) − 0.5·(−1.4, 4) = (−6.3, 0): L from 8.9 to 3.969, not down by 0.5·18.0 = 8.98
    assert (said.number("x"), said.number("y"), said.number("fall")) == (-6.3, 0.0, 4.93)
    assert said.number("predicted") == 8.98 and said["share"] == "55%"
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_fall_answered_as_a_signed_change_is_right(lang):
    """The question asks how much the loss falls; the drawn step takes L from 8.9 to 3.969,
    a fall of 4.93. A student typing the change ΔL = −4.93 was judged 9.93 off (against
    +4.93); now the answer is read as the signed change, held against ΔL = −4.93 (0 off,
    right), and the reveal says so. A fall of 4.93 typed as 4.93 is right as before, and −9
    is as far from −4.93 as 9 from 4.93."""
    for typed, key in ((-4.93, "feedback_signed"), (4.93, "feedback")):
        view = reader.View(answer(lang, "fall", typed), LESSON, lang)
        no_exceptions(view.at)
        (said,) = view.said(f"geometry.step.fall.{key}")
        assert said.number("fall") == 4.93
        assert _verdict(said, lang) == "right", said.text
        assert not reader.check_view(view)
    view = reader.View(answer(lang, "fall", -9.0), LESSON, lang)
    (said,) = view.said("geometry.step.fall.feedback_signed")
    assert said["change"] == "-4.93"
    assert _verdict(said, lang) == "off", said.text
    # the verdict alone says how far: 4.07 from the change −4.93, not from the fall 4.93
    told = {"en": "your answer is 4.07 from -4.93", "zh": "你的答案与 -4.93 相差 4.07"}[lang]
    assert told in said.text and said.text.count("4.07") == 1, said.text


def _verdict(said, lang: str) -> str:
    """The verdict after the reveal, in its words: "right", "close" or "off"."""
    after = said.text[said.end :].lstrip()
    found = [
        w
        for w in ("right", "close", "off")
        if after.startswith(CATALOG[f"study.verdict.{w}"][lang])
    ]
    return found[0] if len(found) == 1 else str(found)
