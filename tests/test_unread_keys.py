"""A link key that no control of the page reads (a typo, another lesson's setting) is named in
one notice; a valid link (every lesson's default view and its full share link) gets none."""

import pytest

from tests.lessons import no_exceptions, open_page
from tests.test_playground import make_app
from ui import registry, widgets
from ui.i18n import t


def _open(page: str, lang: str = "en", **query):
    # The Playground is the app's first page: a link to it is opened as the app itself.
    return make_app(lang=lang, **query) if page == "playground" else open_page(page, lang, **query)


def _no_setting(at) -> list[str]:
    marks = ("has no setting", "has none of these settings", "本页没有")
    return [w.value for w in at.warning if any(m in w.value for m in marks)]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", r"This page has no setting lo\_momentum: the link's “+-1” was ignored."),
        ("zh", r"本页没有设置项 lo\_momentum：链接中的 “+-1” 已忽略。"),
    ],
)
def test_another_lessons_setting_on_the_cliffs_is_named(lang, expected):
    at = _open("cliffs", lang, lo_momentum="+-1")
    no_exceptions(at)
    assert _no_setting(at) == [expected]
    assert at.query_params["lo_momentum"] == "+-1"  # the link still says what it said


@pytest.mark.parametrize("page", ["playground", "critical-points", "schedules"])
def test_a_typo_key_is_named_with_its_value(page):
    at = _open(page, lanscape="saddle")
    no_exceptions(at)
    assert _no_setting(at) == [
        "This page has no setting lanscape: the link's “saddle” was ignored."
    ]


def test_several_unread_keys_share_one_notice_and_are_shown_safely():
    at = _open("cliffs", lanscape="saddle", **{"*x*": "$y$"})
    no_exceptions(at)
    (notice,) = _no_setting(at)
    assert "lanscape: “saddle”" in notice and r"\*x\*: “\$y\$”" in notice


@pytest.mark.parametrize("lesson", registry.lessons(), ids=lambda lesson: lesson.url_path)
def test_a_lessons_default_and_full_share_link_get_no_such_notice(lesson):
    at = _open(lesson.url_path)
    no_exceptions(at)
    assert not _no_setting(at)
    # the share link: every control of the page in the URL, with its value
    full = {key: at.session_state[key] for key in at.session_state[widgets.CONTROLS]}
    full = {
        k: list(v) if isinstance(v, list | tuple) else widgets._as_text(v)
        for k, v in full.items()
        if v not in (None, "", [], ())
    }
    assert full, "the page has controls"
    again = _open(lesson.url_path, **full)
    no_exceptions(again)
    assert not [w.value for w in again.warning if "link" in w.value], full
    assert not _no_setting(again), full
    # and a key the page does not have, next to them all, is the one named
    typo = _open(lesson.url_path, **full, zz_typo="1")
    assert _no_setting(typo) == ["This page has no setting zz\\_typo: the link's “1” was ignored."]


def test_the_unused_formula_notice_names_the_surface_as_the_menu_does():
    for lang in ("zh", "en"):
        at = _open("playground", lang, f="x^2", landscape="bowl")
        (notice,) = [w.value for w in at.warning if "f=x^2" in w.value]
        title = t("landscape.bowl.title", lang)
        assert f"“{title}”" in notice and "bowl" not in notice.replace(title, "")


def test_the_room_page_names_a_key_it_does_not_read(tmp_path, monkeypatch):
    """The room page (reached by a link, not the sidebar) names an unknown key too; its own
    keys (a room's code, the lecturer's key, a student's seat) get no notice."""
    from ui import room_store, rooms

    monkeypatch.setattr(room_store, "ROOMS", rooms.Rooms(), raising=False)
    lecturer = open_page("room", new="fig15_8", ask="where", opt="momentum", lanscape="saddle")
    no_exceptions(lecturer)
    assert _no_setting(lecturer) == [
        "This page has no setting lanscape: the link's “saddle” was ignored."
    ]
    code = lecturer.query_params["code"]
    code = code[0] if isinstance(code, list) else code
    student = open_page("room", "zh", code=code)
    no_exceptions(student)
    assert not _no_setting(student)
    assert student.query_params["me"]  # the student's seat was given and read
    missing = open_page("room", code="ZZZZ", lanscape="1")
    assert _no_setting(missing) == [
        "This page has no setting lanscape: the link's “1” was ignored."
    ]
