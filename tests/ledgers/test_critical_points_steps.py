"""The critical-points lesson's study-step reveals (pages/critical_points/steps.py LEDGER):
each sentence's numbers, read back from the words, against what the contour draws (the probe's
diamond, the gradient-descent path) and the Hessian at the drawn probe, with the learner's
answer as kept."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import landscapes
import optimizers
from pages.critical_points import steps
from tests import ledger as reader
from tests.lessons import check_answer, choose_step, no_exceptions, open_page
from ui import study
from ui.i18n import CATALOG

LESSON = "critical-points"
SURFACE = landscapes.get("two_neuron")  # the steps' surface: L = (1 − w₁w₂)²


def choose(lang: str, step: str) -> AppTest:
    return choose_step(open_page(LESSON, lang), LESSON, step)


def answer(lang: str, step: str, value) -> AppTest:
    return check_answer(choose(lang, step), LESSON, step, value)


def view_kind(lang):
    return answer(lang, "kind", "minimum")


def view_stable(lang):
    return answer(lang, "stable", "minimum")


def view_nudge(lang):
    """A guess 0.1 from where gradient descent ends, the minimum (1, 1)."""
    return answer(lang, "nudge", (0.9, 1.0))


def view_nudge_on_line(lang):
    """Step 3 with its start moved back onto the stable line, w₂ 0.43 → 0.42, and (0, 0)
    answered: gradient descent from (−0.42, 0.42) stops at the saddle."""
    at = choose(lang, "nudge")
    at.slider(key="sy").set_value(0.42).run()
    return check_answer(at, LESSON, "nudge", (0.0, 0.0))


def view_off_surface(lang):
    """Step 2 answered after the loss surface was switched to Himmelblau."""
    at = choose(lang, "stable")
    at.selectbox(key="landscape").set_value("himmelblau").run()
    return check_answer(at, LESSON, "stable", "minimum")


def given(view: reader.View, step: str) -> str:
    return view.at.session_state["_study_answers"][(LESSON, step)]


def option(view: reader.View, step: str, name: str) -> str:
    return CATALOG[f"critical.step.{step}.opt.{name}"][view.lang]


def probe(view: reader.View) -> tuple[float, float]:
    """The probe's diamond as drawn."""
    for trace in view.chart("cp_contour")["data"]:
        if trace.get("marker", {}).get("symbol") == "diamond":
            x, y = reader.xy(reader.traces({"data": [trace]})[trace.get("name")])
            return float(x[0]), float(y[0])
    raise AssertionError("no probe drawn")


def gd_path(view: reader.View) -> np.ndarray:
    name = CATALOG["critical.gd"][view.lang]
    named = reader.traces(view.chart("cp_contour"), mode="lines+markers")
    assert name in named, f"no gradient-descent path drawn: {list(named)}"
    return np.column_stack(reader.xy(named[name]))


def check_kind(view, said):
    x, y = probe(view)
    assert (said.number("x"), said.number("y")) == (round(x, 2), round(y, 2))
    local = optimizers.analyse(SURFACE.loss, (x, y))
    l1, l2 = sorted(float(v) for v in local.eigenvalues)
    assert (said.number("l1"), said.number("l2")) == (round(l1, 2), round(l2, 2))
    signs = {(True, True): "minimum", (False, False): "maximum"}
    kind = signs.get((l1 > 1e-6, l2 > 1e-6), "saddle") if min(abs(l1), abs(l2)) > 1e-6 else None
    if kind is not None:
        assert said["kind"] == CATALOG[f"kind.{kind}"][view.lang], (said["kind"], kind)
        reader.choice_verdict(view, said, "kind", kind)
    assert said["chosen"] == option(view, "kind", given(view, "kind"))


def minima_drawn(view: reader.View) -> np.ndarray:
    """Every drawn minimum: the stars, and the dashed curves of minima (w₁w₂ = 1) sampled
    densely along each drawn segment."""
    out = []
    for trace in view.chart("cp_contour")["data"]:
        if trace.get("name") != CATALOG["figure.minimum"][view.lang]:
            continue
        x, y = reader.xy(reader.traces({"data": [trace]})[trace.get("name")])
        pts = np.column_stack([x, y])
        if trace.get("mode") == "lines":
            u = np.linspace(0.0, 1.0, 101)[:, None, None]
            pts = (pts[:-1][None] + u * np.diff(pts, axis=0)[None]).reshape(-1, 2)
        out.append(pts)
    assert out, "no minimum drawn"
    return np.concatenate(out)


def check_end(view, said):
    gd = gd_path(view)
    assert (said.number("sx"), said.number("sy")) == tuple(round(float(v), 2) for v in gd[0])
    assert (said.number("x"), said.number("y")) == tuple(round(float(v), 2) for v in gd[-1])
    assert said.number("steps") == len(gd) - 1
    check_where(view, said, "stable")
    assert said["chosen"] == option(view, "stable", given(view, "stable"))


def check_where(view, said, step: str):
    gd = gd_path(view)
    ds = float(np.linalg.norm(gd[-1]))  # the saddle at (0, 0)
    # the nearest minimum as drawn: a star, or the nearest point of a dashed curve w₁w₂ = 1
    dm = float(np.linalg.norm(minima_drawn(view) - gd[-1], axis=1).min())
    assert (said.number("ds"), said.number("dm")) == (round(ds, 2), round(dm, 2))
    radius = 0.2  # 5 % of the domain's width 4
    named = "saddle" if ds <= radius else ("minimum" if dm <= radius else "elsewhere")
    assert said["saw"] == option(view, step, named), (said["saw"], named)


def check_nudge_where(view, said):
    check_where(view, said, "nudge")


def check_nudge_point(view, said):
    gd = gd_path(view)
    assert (said.number("sx"), said.number("sy")) == tuple(round(float(v), 2) for v in gd[0])
    # on the stable line w₁ = −w₂ or off it, as the drawn start is (not the preset's nudge)
    total = float(gd[0][0]) + float(gd[0][1])
    if said.key == "critical.step.nudge.point_on":
        assert abs(total) < 1e-6, f"the drawn start {gd[0]} is off the line (w₁ + w₂ = {total})"
    else:
        assert abs(total) >= 1e-6 and abs(said.number("sum") - total) <= 0.005 * abs(total) + 1e-9

    assert (said.number("x"), said.number("y")) == tuple(round(float(v), 2) for v in gd[-1])
    assert said.number("steps") == len(gd) - 1
    guess = (said.number("gx"), said.number("gy"))
    assert guess == tuple(round(float(v), 2) for v in given(view, "nudge"))
    # how far the guess is, the verdict says (check_nudge_verdict); not said again here
    assert REPEAT[view.lang] not in " ".join(view.texts), view.texts


# how the point sentence said the verdict's distance a second time ("…, 0.1 from your point."
# beside "Right: 0.1 away; within 0.2 …"); the verdict alone says it now
REPEAT = {"en": "from your point", "zh": "与你的预测相距"}


def check_off_surface(view, said):
    """The surface named is the one drawn (the picker's), not the two-weight network: its
    marked minima (stars) are not on w₁w₂ = 1, and no verdict is given."""
    name = view.at.selectbox(key="landscape").value
    assert name != "two_neuron"
    if name == "typed":  # the formula as typed
        formula = view.at.session_state["f"]
        surface = CATALOG["critical.step.surface_typed"][view.lang].format(f=formula.strip())
    else:
        surface = CATALOG[f"landscape.{name}.title"][view.lang]
    assert said["surface"] == surface, (said["surface"], surface)
    stars = []
    for trace in view.chart("cp_contour")["data"]:
        if trace.get("name") == CATALOG["figure.minimum"][view.lang]:
            x, y = reader.xy(reader.traces({"data": [trace]})[trace.get("name")])
            stars += [(float(a), float(b)) for a, b in zip(x, y, strict=True)]
    assert not stars or any(abs(a * b - 1) > 0.01 for a, b in stars), stars
    assert not view.said("study.verdict.point", verdict=study.VERDICT_FIELD)
    for word in ("study.verdict.right", "study.verdict.wrong"):
        if word in CATALOG:
            assert CATALOG[word][view.lang] not in said.text, said.text


def check_nudge_verdict(view, said):
    """Right, close or off, read from the words, against the distance from the learner's point
    to the drawn path's end and 5 % of the surface's longer side."""
    end = gd_path(view)[-1]
    dist = round(float(np.linalg.norm(np.subtract(given(view, "nudge"), end))), 2)
    tol = round(0.05 * max(hi - lo for lo, hi in SURFACE.domain), 2)
    assert said.number("dist") == dist and said.number("tol") == tol and said.number("pct") == 5
    assert said.number("far") == pytest.approx(3 * tol)
    expected = "right" if dist <= tol else "close" if dist <= 3 * tol else "off"
    assert said["verdict"] == CATALOG[f"study.verdict.{expected}"][view.lang], (dist, tol)


def test_an_open_question_hides_the_kind_the_arrows_and_the_runs():
    at = choose("en", "kind")
    no_exceptions(at)
    view = reader.View(at, LESSON, "en")
    assert len(gd_path(view)) == 1  # each run at its start only
    texts = "\n".join(view.texts)
    assert CATALOG["kind.saddle"]["en"] not in texts and "λ₁" not in texts
    arrows = [
        a for a in view.chart("cp_contour")["layout"].get("annotations", []) if a.get("showarrow")
    ]
    assert not arrows


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_kind_reveal_names_the_hessian_at_the_drawn_probe(lang):
    view = reader.View(view_kind(lang), LESSON, lang)
    no_exceptions(view.at)
    (said,) = view.said("critical.step.kind.feedback")
    # H of (1 − w₁w₂)² at the origin is [[0, −2], [−2, 0]]: eigenvalues −2 and 2
    assert (said.number("l1"), said.number("l2")) == (-2.0, 2.0)
    assert said["kind"] == CATALOG["kind.saddle"][lang]
    assert not reader.check_view(view)


def test_on_the_stable_line_gd_stops_at_the_saddle_and_a_nudge_takes_it_to_a_minimum():
    view = reader.View(view_stable("en"), LESSON, "en")
    no_exceptions(view.at)
    (said,) = view.said("critical.step.stable.feedback", **steps.LEDGER[1].fields)
    assert said.number("ds") == 0.0 and said["saw"] == option(view, "stable", "saddle")
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_nudge_is_a_point_drawn_while_open_and_read_against_the_drawn_end(lang):
    at = choose(lang, "nudge")
    key = f"study-answer-{LESSON}-nudge"
    at.number_input(key=f"{key}-x").set_value(0.9)
    at.number_input(key=f"{key}-y").set_value(1.0).run()
    no_exceptions(at)
    view = reader.View(at, LESSON, lang)
    guess = reader.traces(view.chart("cp_contour"))[CATALOG["study.your_guess"][lang]]
    assert [float(v[0]) for v in reader.xy(guess)] == pytest.approx([0.9, 1.0])
    assert len(gd_path(view)) == 1  # the run still waits at its start
    at.button(key=f"study-check-{LESSON}-nudge").click().run()
    view = reader.View(at, LESSON, lang)
    # the guess stays drawn beside the revealed path (issue 33: it vanished at the reveal)
    kept = reader.traces(view.chart("cp_contour"))[CATALOG["study.your_guess"][lang]]
    assert [float(v[0]) for v in reader.xy(kept)] == pytest.approx([0.9, 1.0])
    gd = gd_path(view)
    # 0.01 off the stable line, gradient descent leaves the saddle for the minimum (1, 1)
    assert tuple(gd[-1]) == pytest.approx((1.0, 1.0), abs=0.005)
    (said,) = view.said("critical.step.nudge.point")
    assert (said.number("sx"), said.number("sy")) == (-0.42, 0.43)
    assert (said.number("x"), said.number("y")) == (1.0, 1.0)
    # |(0.9, 1.0) − (1.0, 1.0)| = 0.1, said once: by the verdict ("0.1 away; within 0.2 …")
    assert not any(REPEAT[lang] in text for text in view.texts), view.texts
    (where,) = view.said("critical.step.nudge.where", **steps.LEDGER[5].fields)
    assert where.number("dm") < 0.2 and where["saw"] == option(view, "nudge", "minimum")
    (verdict,) = view.said("study.verdict.point", verdict=study.VERDICT_FIELD)
    assert verdict["verdict"] == CATALOG["study.verdict.right"][lang]  # 0.1: within 5 % of 4
    assert (verdict.number("dist"), verdict.number("tol")) == (0.1, 0.2)
    assert not reader.check_view(view)


def test_a_stop_on_the_curve_of_minima_is_at_a_minimum():
    """The nudge's reveal after the start moved to (0.5, 1.5): gradient descent stops on the
    curve w₁w₂ = 1 at (0.64, 1.55) (w₁² − w₂² is kept along the flow: w₁² = √2 − 1). That is a
    minimum, 0.00 from the nearest one; the reveal measured to the stars (1, 1) and (−1, −1)
    only, said 0.66 and "neither"."""
    at = view_nudge("en")
    at.slider(key="sx").set_value(0.5)
    at.slider(key="sy").set_value(1.5).run()
    view = reader.View(at, LESSON, "en")
    no_exceptions(at)
    (said,) = view.said("critical.step.nudge.point", **steps.LEDGER[2].fields)
    w1 = np.sqrt(np.sqrt(2.0) - 1.0)
    assert (said.number("x"), said.number("y")) == (round(w1, 2), round(1 / w1, 2))
    (where,) = view.said("critical.step.nudge.where", **steps.LEDGER[5].fields)
    assert where.number("dm") == 0.0
    assert where["saw"] == option(view, "nudge", "minimum")
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_why_waits_for_the_answer_and_the_empty_loss_chart_reads_in_decades(lang):
    """Before answering step 2, the "Why?" panel could be opened and said that gradient descent
    on the stable line walks into the saddle and a nudged start escapes: steps 2 and 3's
    answers. While the question waits it now says to answer first; once answered it shows the
    reasoning. The loss chart, each run at its start (L − L* = 1.38 for all three), was labelled
    "10 5 2 1 5 2" by Plotly (0.5 and 0.2 read as 5 and 2): it is labelled by decades."""
    from ui import i18n

    at = choose(lang, "stable")
    at.session_state["_aids_why"] = True
    at.run()
    no_exceptions(at)
    why = i18n.t("critical.why", lang)
    assert why not in [m.value for m in at.markdown]
    assert i18n.t("aids.why_wait", lang) in [c.value for c in at.caption]
    fig = reader_chart(at, "cp_loss")
    ys = {round(float(v), 4) for tr in reader.traces(fig).values() for v in reader.xy(tr)[1]}
    assert ys == {1.3839}, ys  # every run at its start
    axis = fig["layout"]["yaxis"]
    ticks = np.log10(np.asarray(axis["tickvals"], float))
    assert np.allclose(ticks, np.round(ticks)) and len(ticks) >= 2, axis.get("tickvals")
    assert axis["ticktext"] == [
        {-1: "10⁻¹", 0: "1", 1: "10", 2: "10²"}[int(k)] for k in np.round(ticks)
    ]
    at.radio(key=f"study-answer-{LESSON}-stable").set_value("saddle").run()
    at.button(key=f"study-check-{LESSON}-stable").click().run()
    no_exceptions(at)
    assert why in [m.value for m in at.markdown]


def reader_chart(at: AppTest, key: str) -> dict:
    from tests.lessons import chart

    return chart(at, key)


# ---- a second fresh reader's findings (FX6) ---------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_start_back_on_the_line_is_not_called_nudged(lang):
    """Step 3, the start moved back to (−0.42, 0.42), (0, 0) answered: "Nudged off the line,
    gradient descent went from (-0.42, 0.42) to (0.00, 0.00)" while the drawn start is on the
    stable line w₁ = −w₂ and the run ends at the saddle. The reveal reads the drawn start."""
    view = reader.View(view_nudge_on_line(lang), LESSON, lang)
    no_exceptions(view.at)
    gd = gd_path(view)
    assert float(gd[0][0]) + float(gd[0][1]) == pytest.approx(0.0, abs=1e-6)
    assert np.linalg.norm(gd[-1]) < 0.01  # it ends at the saddle
    assert not view.said("critical.step.nudge.point")
    (said,) = view.said("critical.step.nudge.point_on")
    assert (said.number("sx"), said.number("sy")) == (-0.42, 0.42)
    (where,) = view.said("critical.step.nudge.where", **steps.LEDGER[5].fields)
    assert where["saw"] == option(view, "nudge", "saddle")
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_step_two_on_another_surface_is_not_graded_against_the_two_weight_net(lang):
    """Step 2 after Loss surface → Himmelblau: "…ended at (3.00, 2.00) … 1.96 from the saddle
    and 0.00 from the nearest minimum: within 0.2 of a minimum (where w₁w₂ = 1)", while
    Himmelblau has no saddle at (0, 0) and its minimum (3, 2) has w₁w₂ = 6. The reveal now
    says the step is about the two-weight net and names the surface drawn; no verdict."""
    view = reader.View(view_off_surface(lang), LESSON, lang)
    no_exceptions(view.at)
    assert not view.said("critical.step.stable.feedback", **steps.LEDGER[1].fields)
    (said,) = view.said("critical.step.off_surface")
    assert said["surface"] == CATALOG["landscape.himmelblau.title"][lang]
    text = " ".join(view.texts)
    assert "1.96" not in text
    assert not reader.check_view(view)


def test_step_three_on_a_typed_surface_names_the_formula():
    """Step 3 answered on a typed surface: the reveal names the formula drawn, no verdict."""
    at = choose("en", "nudge")
    at.selectbox(key="landscape").set_value("typed").run()
    at = check_answer(at, LESSON, "nudge", (0.0, 0.0))
    view = reader.View(at, LESSON, "en")
    no_exceptions(at)
    (said,) = view.said("critical.step.off_surface")
    assert said["surface"].startswith("your formula ")
    assert not view.said("critical.step.nudge.point") and not view.said(
        "study.verdict.point", verdict=study.VERDICT_FIELD
    )
    assert not reader.check_view(view)
