"""The Playground through Streamlit's AppTest: set widgets, read the figure JSON back."""

import json
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import landscapes
import optimizers
from ui.figures import decode
from ui.i18n import CATALOG

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def make_app(**query) -> AppTest:
    """The Playground opened by its link with `query` (an old link at "/" is forwarded there:
    `tests/test_study.py`)."""
    from tests.lessons import open_page

    lang = query.pop("lang", "en")
    return open_page("playground", lang, **query)


def chart(at: AppTest, key: str) -> dict:
    for element in at.get("plotly_chart"):
        if element.proto.id.endswith(key) or f"-{key}-" in element.proto.id or element.key == key:
            return json.loads(element.proto.spec)
    ids = [e.proto.id for e in at.get("plotly_chart")]
    raise KeyError(f"no chart {key!r} among {ids}")


def paths(fig: dict) -> dict[str, np.ndarray]:
    """Trajectory traces (lines+markers) by legend label → (n, 2) points."""
    out = {}
    for trace in fig["data"]:
        if trace.get("mode") == "lines+markers" and trace.get("name") not in (None, "head"):
            out[trace["name"]] = np.stack([decode(trace["x"]), decode(trace["y"])], axis=1)
    return out


def no_exceptions(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def button_group(at: AppTest, key: str):
    return next(b for b in at.get("button_group") if b.key == key)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_default_page_runs_in_both_languages(lang):
    at = make_app(lang=lang)
    no_exceptions(at)
    assert at.title[0].value == CATALOG["page.playground.title"][lang]
    fig = chart(at, "contour")
    assert set(paths(fig)) == {
        CATALOG[f"optimizer.{n}.title"][lang] for n in ("sgd", "momentum", "rmsprop", "adam")
    }
    assert fig["layout"]["xaxis"]["range"] == [-8.0, 8.0]  # the bowl's domain, fixed


def test_plotted_trajectories_equal_the_engine():
    at = make_app()
    at.select_slider(key="adam-lr").set_value(0.5)
    at.slider(key="momentum-momentum").set_value(0.5)
    at.slider(key="steps").set_value(30)
    at.run()
    no_exceptions(at)
    plotted = paths(chart(at, "contour"))
    loss = landscapes.get("bowl").loss
    for name, hp in (("adam", dict(lr=0.5)), ("momentum", dict(momentum=0.5)), ("sgd", {})):
        expected = optimizers.run(name, loss, (-7.0, 2.0), 30, **hp).points
        np.testing.assert_allclose(
            plotted[CATALOG[f"optimizer.{name}.title"]["en"]], expected, rtol=1e-6, atol=1e-6
        )


def test_moving_a_slider_changes_the_figure_and_never_retraces():
    at = make_app()
    before = paths(chart(at, "contour"))["SGD"]
    traces = optimizers.trace_count()
    for lr in (0.05, 0.2, 0.3, 0.5):
        at.select_slider(key="sgd-lr").set_value(lr).run()
    at.slider(key="rmsprop-rho").set_value(0.8).run()
    at.slider(key="steps").set_value(80).run()
    no_exceptions(at)
    assert optimizers.trace_count() == traces
    after = paths(chart(at, "contour"))["SGD"]
    assert after.shape == (81, 2) and not np.allclose(after[:51], before)


def test_fig_15_8_preset_reproduces_note_002():
    at = make_app()
    button_group(at, "preset").set_value("fig15_8").run()
    no_exceptions(at)
    plotted = paths(chart(at, "contour"))
    t = np.arange(21)
    np.testing.assert_allclose(plotted["SGD"][:, 0], -7.0 * 0.81**t, rtol=1e-5)
    np.testing.assert_allclose(plotted["SGD"][:, 1], 2.0 * (-0.9) ** t, rtol=1e-5, atol=1e-7)
    loss = landscapes.get("bowl").loss
    for name, label, lr in (
        ("momentum", "Momentum", 0.1),
        ("rmsprop", "RMSProp", 0.5),
        ("adam", "Adam", 0.5),
    ):
        expected = optimizers.run(name, loss, (-7.0, 2.0), 20, lr=lr).points
        np.testing.assert_allclose(plotted[label], expected, rtol=1e-6, atol=1e-6)
    assert at.info[0].value == CATALOG["preset.fig15_8.notice"]["en"]
    # the view is a link: non-default values are in the URL
    assert at.query_params["sgd-lr"] == "0.95" and at.query_params["steps"] == "20"


@pytest.mark.parametrize("name", ["saddle_momentum", "rosenbrock_adam_sgd", "plateau_adaptive"])
def test_every_preset_plots_its_settings(name):
    from ui.presets import PRESETS

    preset = PRESETS[name]
    at = make_app()
    button_group(at, "preset").set_value(name).run()
    no_exceptions(at)
    plotted = paths(chart(at, "contour"))
    loss = landscapes.get(preset.landscape).loss
    for opt, hp in preset.optimizers.items():
        traj = optimizers.run(
            opt,
            loss,
            preset.start,
            preset.steps,
            **hp,
            bound=landscapes.get(preset.landscape).far_bound,
        )
        label = CATALOG[f"optimizer.{opt}.title"]["en"]
        assert traj.diverged_at is None
        np.testing.assert_allclose(plotted[label], traj.points, rtol=1e-6, atol=1e-6)
    # the preset's notice (a run escaping downhill has a notice of its own)
    assert CATALOG[preset.notice_key]["en"] in [i.value for i in at.info]


def test_url_sets_the_widgets():
    at = make_app(
        landscape="rosenbrock",
        opt=["sgd", "adam"],
        steps="120",
        x0="-1",
        y0="0.5",
        **{"sgd-lr": "0.0005"},
    )
    no_exceptions(at)
    assert at.selectbox(key="landscape").value == "rosenbrock"
    assert at.button_group(key="opt").value == ["sgd", "adam"]
    assert at.select_slider(key="sgd-lr").value == 0.0005
    plotted = paths(chart(at, "contour"))
    expected = optimizers.run("sgd", landscapes.get("rosenbrock").loss, (-1.0, 0.5), 120, lr=5e-4)
    np.testing.assert_allclose(plotted["SGD"], expected.points, rtol=1e-6, atol=1e-6)
    assert not at.warning


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("sgd-lr", "abc"),
        ("sgd-lr", "99"),
        ("steps", "100000"),
        ("steps", "-3"),
        ("landscape", "__import__('os')"),
        ("adam-beta1", "1.5"),
        ("x0", "nan"),
        ("lang", "fr"),
    ],
)
def test_tampered_url_values_fall_back_with_a_notice(key, raw):
    at = make_app(**{key: raw})
    no_exceptions(at)
    assert any(key in w.value and "invalid or out of range" in w.value for w in at.warning), [
        w.value for w in at.warning
    ]
    # the defaults are in force
    assert at.selectbox(key="landscape").value == "bowl"
    assert at.select_slider(key="sgd-lr").value == 0.1
    assert at.slider(key="steps").value == 50
    assert len(paths(chart(at, "contour"))["SGD"]) == 51


def test_tampered_optimizer_list_keeps_the_valid_ones():
    at = make_app(opt=["adam", "os.system", "sgd"])
    no_exceptions(at)
    assert at.button_group(key="opt").value == ["adam", "sgd"]
    assert any("os.system" in w.value for w in at.warning)


def test_divergence_is_shown_not_hidden():
    at = make_app(opt=["sgd"])
    at.select_slider(key="sgd-lr").set_value(9.5).run()
    no_exceptions(at)
    # ε = 9.5: y ← (1 − 19) y = −18y; |y_t| = 2·18ᵗ leaves the picture (|y| ≤ 4) at t = 1 and
    # exceeds the far bound 800 at t = 3
    (alert,) = at.error
    assert alert.value.startswith("SGD became unstable from step 1: ")
    assert "|1 − ελ| = |1 − 9.5 × 2| = 18 > 1" in alert.value
    assert "left the picture at step 1 and passed the far bound |θ| = 800 at step 3" in alert.value
    plotted = paths(chart(at, "contour"))["SGD"]
    assert len(plotted) == 3 and np.all(np.isfinite(plotted))  # steps 0, 1, 2


def test_landscape_change_resets_the_start():
    at = make_app()
    at.selectbox(key="landscape").set_value("himmelblau").run()
    no_exceptions(at)
    assert (at.slider(key="x0").value, at.slider(key="y0").value) == (0.0, 0.0)
    # step sizes that suit Himmelblau's curvature (lr 0.1 would throw SGD out at step 4)
    assert at.select_slider(key="sgd-lr").value == 0.01
    assert at.select_slider(key="adam-lr").value == 0.1
    assert not at.error
    fig = chart(at, "contour")
    assert fig["layout"]["xaxis"]["range"] == [-5.0, 5.0]
    minima = next(t for t in fig["data"] if t.get("name") == "minimum")
    assert len(decode(minima["x"])) == 4


def test_every_2d_landscape_renders():
    at = make_app()
    for name in landscapes.names(dim=2):
        at.selectbox(key="landscape").set_value(name).run()
        no_exceptions(at)
        fig = chart(at, "contour")
        image = fig["layout"]["images"][0]
        assert image["source"].startswith("data:image/png;base64,"), name
        assert [image["x"], image["x"] + image["sizex"]] == fig["layout"]["xaxis"]["range"]
        at.radio(key="view").set_value("3d").run()
        z = decode(chart(at, "surface")["data"][0]["z"])
        assert np.all(np.isfinite(z)), name
        at.radio(key="view").set_value("contour").run()


def test_only_the_chosen_view_is_built_and_sent():
    at = make_app()
    assert [e.proto.id.rsplit("-", 1)[-1] for e in at.get("plotly_chart")] == ["contour"]
    at.radio(key="view").set_value("curves").run()
    no_exceptions(at)
    assert {e.proto.id.rsplit("-", 1)[-1] for e in at.get("plotly_chart")} == {"loss", "steplen"}
    assert at.query_params["view"] == "curves"


def test_several_divergences_share_one_alert():
    at = make_app(landscape="himmelblau")  # a link keeps its ε = 0.1, too large here
    no_exceptions(at)
    (alert,) = at.error
    sgd, momentum = alert.value.split("\n\n")
    assert sgd.startswith("SGD became unstable") and "far bound |θ| = 500 at step 4" in sgd
    assert (
        momentum.startswith("Momentum became unstable")
        and "far bound |θ| = 500 at step 7" in momentum
    )
    assert "quadratic" not in alert.value  # Himmelblau is no quadratic: no |1 − ελ| here


def test_a_control_the_browser_lost_gets_its_value_back():
    """After a page loads, Streamlit's front end sometimes drops its record of the widgets'
    values; its next rerun then carries none for them. Each such control is sent again with
    its value (`set_value`), which the browser takes; a control whose value came with the
    rerun is left alone, so a slider being moved is never set back. A control's own default
    is the page's default: not a slider's minimum, not an empty list of optimizers."""
    at = make_app()
    at.button_group(key="opt").set_value(["sgd", "adam"])
    at.slider(key="x0").set_value(-3.0).run()
    no_exceptions(at)
    opt, x0, steps = at.button_group(key="opt"), at.slider(key="x0"), at.slider(key="steps")
    assert list(x0.proto.default) == [-7.0] and list(steps.proto.default) == [50.0]
    assert [opt.options[i] for i in opt.proto.default] == [
        CATALOG[f"optimizer.{n}.title"]["en"] for n in ("sgd", "momentum", "rmsprop", "adam")
    ]

    states = at._tree.get_widget_states()  # what the browser sends, less two records
    kept = [w for w in states.widgets if w.id not in (opt.id, x0.id)]
    del states.widgets[:]
    states.widgets.extend(kept)
    at._run(widget_state=states)
    no_exceptions(at)
    opt, x0, steps = at.button_group(key="opt"), at.slider(key="x0"), at.slider(key="steps")
    assert (opt.proto.set_value, opt.value) == (True, ["sgd", "adam"])
    assert (x0.proto.set_value, x0.value) == (True, -3.0)
    assert set(paths(chart(at, "contour"))) == {"SGD", "Adam"}
    assert not steps.proto.set_value  # its value came with the rerun


def test_a_diverged_run_says_when_it_became_unstable_and_why_beside_the_figure():
    """Issue 31, case 8: ε = 1.05 on x²/10 + y² is unstable from step 1 (|1 − 2ε| = 1.1), left
    the picture at step 8 and the far bound at step 63. Each reading against the drawn path;
    the alert sits in the controls' column beside the figure, not under the downloads."""
    at = make_app(opt=["sgd"], **{"sgd-lr": "1.05", "steps": "100"})
    no_exceptions(at)
    (alert,) = at.error
    text = alert.value
    drawn = paths(chart(at, "contour"))["SGD"]
    assert len(drawn) == 63  # steps 0 … 62: step 63 passed the far bound
    assert "left the picture at step 8 and passed the far bound |θ| = 800 at step 63" in text
    inside = (np.abs(drawn[:, 0]) <= 8) & (np.abs(drawn[:, 1]) <= 4)
    assert inside[:8].all() and not inside[8]
    assert text.startswith("SGD became unstable from step 1: ")
    lengths = np.linalg.norm(np.diff(drawn, axis=0), axis=1)
    assert np.all(lengths[1:] > lengths[0])  # every later drawn step longer than step 1
    assert "×1.10 per step on average" in text
    assert (lengths[-1] / lengths[0]) ** (1 / (len(lengths) - 1)) == pytest.approx(1.10, abs=0.005)
    assert "|1 − ελ| = |1 − 1.05 × 2| = 1.1 > 1" in text
    y = np.abs(drawn[:, 1])
    np.testing.assert_allclose(y[1:] / y[:-1], 1.1, rtol=2e-3)  # ×1.1 every step from step 1
    beside = next(c for c in at.columns if any(s.key == "landscape" for s in c.selectbox))
    assert [e.value for e in beside.error] == [text]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_figure_names_each_runs_own_learning_rate(lang):
    """A fresh lecturer read: the default view shows the SGD tab (ε = 0.1) while momentum
    runs at its own ε on another tab; the line under the figure names each run's ε (and α),
    as each tab's slider holds it."""
    import re

    at = make_app(lang=lang)
    head = CATALOG["playground.settings_line"][lang][:4]
    line = next(c.value for c in at.caption if c.value.startswith(head))
    named = {}
    for title, values in re.findall(r"([^:：；;]+?) ((?:\$\\\w+ = [\d.e+-]+\$(?:, |，)?)+)", line):
        named[title.strip()] = dict(re.findall(r"\$\\(\w+) = ([\d.e+-]+)\$", values))
    sliders = {s.key: float(s.value) for s in [*at.select_slider, *at.slider]}
    for opt in ("sgd", "momentum"):
        title = CATALOG[f"optimizer.{opt}.title"][lang]
        assert float(named[title]["varepsilon"]) == sliders[f"{opt}-lr"]
    momentum = named[CATALOG["optimizer.momentum.title"][lang]]
    assert float(momentum["alpha"]) == sliders["momentum-momentum"]
    # the default's two runs do differ in ε: the line is what tells them apart
    assert sliders["sgd-lr"] != sliders["momentum-lr"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_line_under_the_figure_names_adadeltas_own_settings(lang):
    """A fresh read: with AdaDelta chosen the line read "…; AdaDelta ; Delta-bar-Delta ε =
    0.05; …": AdaDelta has no ε or α, so nothing followed its name. It names its own ρ and
    δ, as its tab's sliders hold them, and no run's name stands alone before a separator."""
    at = make_app(lang=lang, opt=["sgd", "adadelta", "delta_bar_delta"])
    assert not at.exception
    head = CATALOG["playground.settings_line"][lang][:4]
    line = next(c.value for c in at.caption if c.value.startswith(head))
    title = CATALOG["optimizer.adadelta.title"][lang]
    sliders = {s.key: float(s.value) for s in [*at.select_slider, *at.slider]}
    rho, eps = sliders["adadelta-rho"], sliders["adadelta-eps"]
    sep, comma = ("；", "，") if lang == "zh" else ("; ", ", ")
    assert f"{title} $\\rho = {rho:g}${comma}$\\delta = {eps:g}${sep}" in line, line
    assert " ;" not in line and " ；" not in line and "  " not in line, line


def _column_of(at: AppTest, key: str):
    """The column holding the widget `key` (a slider or select slider)."""
    for col in at.columns:
        if key in [e.key for e in [*col.get("select_slider"), *col.get("slider")]]:
            return col
    return None


def _chart_column(at: AppTest, key: str):
    return next(
        c for c in at.columns if any(e.proto.id.endswith(key) for e in c.get("plotly_chart"))
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_phone_has_the_first_optimizers_rate_under_the_figure(lang):
    """A fresh read on a 390×844 phone: the learning rate, the Playground's main control, was
    2 366 px down (in its tab, after the start and every formula), the figure ending at 750.
    On a phone the first chosen optimizer's ε is in the figure's column, named with its
    optimizer, and its tab says so; the others stay in their tabs; a desktop keeps them all
    in the controls' column."""
    at = make_app(lang=lang)
    no_exceptions(at)
    assert _column_of(at, "sgd-lr") is not _chart_column(at, "contour")
    for first, other in (("sgd", "momentum"), ("momentum", "adam")):
        phone = make_app(lang=lang, opt=[first, other])
        phone.session_state["tap-screen"] = {"narrow": True}
        phone.run()
        no_exceptions(phone)
        figure = _chart_column(phone, "contour")
        assert _column_of(phone, f"{first}-lr") is figure
        assert _column_of(phone, f"{other}-lr") is not figure
        (slider,) = [s for s in phone.select_slider if s.key == f"{first}-lr"]
        name = CATALOG[f"optimizer.{first}.title"][lang]
        assert slider.label == CATALOG["playground.lr_of"][lang].format(
            name=name, label=CATALOG["hp.lr"][lang]
        )
        assert CATALOG["playground.lr_under_figure"][lang] in [c.value for c in phone.caption]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_wide_surface_is_stretched_and_says_so(lang):
    """A fresh read at 1024×768 with the projector on: the cliff's 16 × 6 domain to scale was
    a 372×140 px plot, under 150. A domain wider than 2:1 is drawn with y 1.3× as tall
    (scaleratio 1.3; the cliff then 16 : 7.8), which the x axis's title says; the 2:1 bowl
    stays to scale under the plain title, and so does a phone's cliff."""
    words = "y drawn 1.3× tall" if lang == "en" else "纵轴拉高 1.3 倍"
    cliff = chart(make_app(lang=lang, landscape="cliff"), "contour")["layout"]
    assert cliff["yaxis"]["scaleanchor"] == "x" and cliff["yaxis"]["scaleratio"] == 1.3
    assert words in cliff["xaxis"]["title"]["text"]
    bowl = chart(make_app(lang=lang), "contour")["layout"]
    assert bowl["yaxis"]["scaleratio"] == 1 and "1.3" not in bowl["xaxis"]["title"]["text"]
    phone = make_app(lang=lang, landscape="cliff")
    phone.session_state["tap-screen"] = {"narrow": True}
    on_phone = chart(phone.run(), "contour")["layout"]  # to scale: the title fits its width
    assert on_phone["yaxis"]["scaleratio"] == 1 and "1.3" not in on_phone["xaxis"]["title"]["text"]
