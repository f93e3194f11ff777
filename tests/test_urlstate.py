import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import optimizers
from ui import urlstate
from ui.presets import LR1D_PRESETS, PRESETS


@pytest.mark.parametrize("spec", [s for s in optimizers.SPECS.values() if s.log])
def test_log_grids_are_sorted_in_range_and_hold_the_default(spec):
    options = urlstate.log_options(spec)
    assert options == sorted(set(options))
    assert options[0] >= spec.low and options[-1] <= spec.high
    assert spec.default in options


def test_every_optimizer_default_and_preset_value_is_on_its_slider():
    for opt in optimizers.OPTIMIZERS.values():
        for spec in opt.hyperparams:
            if spec.log:
                assert spec.default in urlstate.log_options(spec), (opt.name, spec.name)
    for preset in PRESETS.values():
        for name, values in preset.optimizers.items():
            for hp, value in values.items():
                spec = optimizers.get(name).spec(hp)
                if spec.log:
                    assert value in urlstate.log_options(spec), (preset.name, name, hp)
                else:
                    step = urlstate.linear_step(spec)
                    assert math.isclose(round(value / step) * step, value), (preset.name, hp)


def test_url_numbers_round_trip_through_their_text():
    spec = optimizers.SPECS["lr"]
    for value in urlstate.log_options(spec):
        assert urlstate.check_hyperparam(spec, urlstate.format_number(value)) == value


@pytest.mark.parametrize("raw", ["", "abc", "nan", "inf", "-1", "1e9", "1e-6", "0x10", "1,5"])
def test_bad_learning_rates_are_rejected(raw):
    assert urlstate.check_hyperparam(optimizers.SPECS["lr"], raw) is None


@pytest.mark.parametrize(("raw", "value"), [("0.951", 0.951), ("1.15443", 1.154), ("2", 2.0)])
def test_off_grid_learning_rates_are_kept_to_four_digits(raw, value):
    # a convergence map links to any ε in range; the slider then offers it as an extra stop
    spec = optimizers.SPECS["lr"]
    assert urlstate.check_hyperparam(spec, raw) == value
    options = urlstate.slider_options(spec, value)
    assert value in options and options == sorted(options)
    assert 0.951 not in urlstate.slider_options(spec)


@given(st.text(max_size=30))
def test_any_text_is_answered_without_an_exception(raw):
    for spec in optimizers.SPECS.values():
        value = urlstate.check_hyperparam(spec, raw)
        assert value is None or spec.low <= value <= spec.high
    assert urlstate.check_choice(raw, ["bowl", "saddle"]) in (None, "bowl", "saddle")


def test_choices_keep_valid_ones_in_order_without_repeats():
    good, bad = urlstate.check_choices(["adam", "x", "sgd", "adam"], ["sgd", "adam"])
    assert good == ["adam", "sgd"] and bad == ["x"]


def test_1d_preset_learning_rates_are_on_the_slider():
    options = urlstate.log_options(optimizers.SPECS["lr"])
    for preset in LR1D_PRESETS.values():
        assert all(lr in options for lr in preset.lrs), preset.name


# ---- every spelling of an allowed number reaches the widget (AppTest) --------------------
@pytest.mark.parametrize(
    ("key", "raw", "expected", "widget"),
    [
        ("sgd-lr", "0.50", 0.5, "select_slider"),
        ("sgd-lr", "5e-1", 0.5, "select_slider"),
        ("sgd-lr", ".5", 0.5, "select_slider"),
        ("momentum-lr", "1e-2", 0.01, "select_slider"),
        ("adam-eps", "1e-8", 1e-8, "select_slider"),
        ("adam-eps", "0.00000001", 1e-8, "select_slider"),
        ("steps", "30.0", 30, "slider"),
        ("steps", "3e1", 30, "slider"),
        ("momentum-momentum", "0.50", 0.5, "slider"),
    ],
)
def test_a_link_number_is_taken_however_it_is_spelled(key, raw, expected, widget):
    from tests.lessons import no_exceptions
    from tests.test_playground import make_app

    at = make_app(opt=["sgd", "momentum", "adam"], **{key: raw})
    no_exceptions(at)
    control = getattr(at, widget)(key=key)
    assert control.value == pytest.approx(expected, rel=1e-9)
    assert not at.warning, [w.value for w in at.warning]
    # the link keeps it, in the widget's spelling (fresh read: `?g_lr=0.00001` left the
    # link); Adam's ε of 10⁻⁸ is its default, which stays out of the link
    if key == "adam-eps":
        assert key not in at.query_params
    else:
        assert at.query_params[key] == f"{expected:g}"


def test_a_repeated_number_keeps_the_first_with_a_notice():
    from tests.lessons import no_exceptions
    from tests.test_playground import make_app

    at = make_app(steps=["30", "40"])
    no_exceptions(at)
    assert at.slider(key="steps").value == 30
    assert [w.value for w in at.warning] == [
        "The link gives steps more than once (30, 40); using the first, 30."
    ]


def test_the_language_stays_in_the_link_after_a_selectbox_changes():
    """Fresh read: on /initialization?lang=en, changing a selectbox dropped `lang=en` from the
    address (a shared link lost its language). The language choice left the link whenever it
    equalled its default, the browser's language (English here): a default that differs from
    reader to reader. It now stays in the link, in both languages."""
    from tests.lessons import open_page

    for lang in ("en", "zh"):
        at = open_page("initialization", lang)
        assert at.query_params.get("lang") in (lang, [lang])
        next(s for s in at.selectbox if s.key == "act").set_value("relu").run()
        assert at.query_params.get("lang") in (lang, [lang]), dict(at.query_params)
        assert at.query_params.get("act") in ("relu", ["relu"])
