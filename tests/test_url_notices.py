"""Tampered lesson links: every value a control refuses is named in a notice at the top of the
page (key and value, shown safely), with no exception, and the control keeps its default."""

import functools

import pytest

from tests.lessons import no_exceptions, open_page
from tests.test_playground import make_app
from ui import urlstate

LONG_FORMULA = "sin(x)*cos(y)+" * 20 + "x"  # 281 characters: within the 300 a formula may have


def _open(page: str, **query):
    # The Playground is the app's first page: a link to it is opened as the app itself.
    return make_app(**query) if page == "playground" else open_page(page, **query)


@functools.cache
def _defaults(page: str) -> dict:
    at = _open(page)
    no_exceptions(at)
    return {k: at.session_state[k] for k in at.session_state if not k.startswith("_")}


@pytest.mark.parametrize(
    ("page", "key", "raw", "control"),
    [
        # the tampered values
        ("convergence-maps", "hi_momentum", "1/2", "hi_momentum"),
        ("convergence-maps", "lo_momentum", "+-1", "lo_momentum"),
        ("convergence-maps", "lo_momentum", "1_0", "lo_momentum"),
        ("minibatch-noise", "mb_batch", "\u200b", "mb_batch"),
        ("minibatch-noise", "mb_epochs", "{}", "mb_epochs"),
        ("playground", "view", "contour\u200b", "view"),
        ("playground", "f", LONG_FORMULA, "landscape"),
        # the same kinds on other lessons' controls
        ("minibatch-noise", "mb_epochs", "1_0", "mb_epochs"),  # int("1_0") is 10
        ("minibatch-noise", "mb_seed", " 3 ", "mb_seed"),  # int(" 3 ") is 3
        ("minibatch-noise", "sf_large", "\u0661\u0666", "sf_large"),  # Arabic-Indic 16
        ("cliffs", "cliff_lr", "+-1", "cliff_lr"),
        ("cliffs", "cliff_view", "3d\u2060", "cliff_view"),
        ("schedules", "s_tau", "1_0", "s_tau"),
        ("schedules", "s_view", "\u202eadaptive", "s_view"),
        ("learning-rate-1d", "fx", "x^2", "fn"),
        ("edge-of-stability", "eos_alpha", "inf", "eos_alpha"),
        ("critical-points", "f", "$x$ <b>y</b>", "landscape"),
        # a fresh read saw none for an option's short name (valid: xavier_normal)
        ("batch-normalization", "bn_init", "xavier", "bn_init"),
    ],
)
def test_a_refused_link_value_is_named_and_the_control_keeps_its_default(page, key, raw, control):
    at = _open(page, **{key: raw})
    no_exceptions(at)
    notices = [w.value for w in at.warning if f"{key}={urlstate.shown(raw)}" in w.value]
    assert len(notices) == 1, [w.value for w in at.warning]
    assert at.session_state[control] == _defaults(page)[control]


def test_a_shown_value_is_visible_short_and_no_markup():
    assert urlstate.shown("\u200b") == "\\\\u200b"  # Markdown shows \u200b
    assert urlstate.shown(" 5 ") == "\\\\u00205\\\\u0020"
    assert urlstate.shown("a b") == "a b"
    assert urlstate.shown("$x$ *y* [z](j)") == "\\$x\\$ \\*y\\* \\[z\\]\\(j\\)"
    assert urlstate.shown("x" * 281) == "x" * urlstate.SHOWN_LENGTH + "…"


@pytest.mark.parametrize("raw", ["1_0", " 1 ", "+-1", "1/2", "{}", "inf", "nan", "\u0661", "0x1"])
def test_only_plain_decimal_numbers_are_numbers(raw):
    assert urlstate.check_number(raw, low=-100, high=100) is None


@pytest.mark.parametrize(
    ("raw", "value"), [("0.50", 0.5), (".5", 0.5), ("5e-1", 0.5), ("-1", -1.0), ("+1", 1.0)]
)
def test_plain_decimal_numbers_in_every_spelling_are_taken(raw, value):
    assert urlstate.check_number(raw, low=-100, high=100) == value


def test_a_too_long_formula_is_refused_with_its_limit_and_never_run():
    formula = "x^2+" * 80 + "y"  # 321 characters
    at = make_app(landscape="typed", f=formula)
    no_exceptions(at)
    assert [w.value for w in at.warning if f"f={urlstate.shown(formula)}" in w.value]
    assert any("too long: at most 300 characters" in e.value for e in at.error)


def test_a_formula_of_281_characters_is_within_the_limit_and_drawn():
    at = make_app(landscape="typed", f=LONG_FORMULA)
    no_exceptions(at)
    assert not at.warning and not at.error
    assert any("\\sin" in x.value for x in at.latex)


def test_a_choice_notice_names_the_option_as_the_menu_shows_it():
    """`/playground?landscape=nope`: the notice names the surface the menu shows, in the
    reader's language, not its internal name ("bowl")."""
    from ui import widgets

    for lang in ("en", "zh"):
        at = open_page("playground", lang, landscape="nope")
        (notice,) = [w.value for w in at.warning if "nope" in w.value]
        shown = widgets._picker_name("bowl", lang)  # the picker's short name, "Elongated bowl"
        assert shown in at.selectbox(key="landscape").options, shown
        assert shown in notice, notice
        assert "bowl" not in notice.replace(shown, "")
