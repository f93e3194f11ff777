"""Every lesson's ledger (issue 31): every sentence it can show has a reading and a check, and
each check holds on a view that shows its sentence, in both languages.

The shape is read from the source: every catalog key a lesson's `claims.py` fills is in its
ledger, every `Sentence` names a check that exists and a view that shows it. Each example view
other than the default one is then opened and every ledger sentence on it read back and
checked against the drawn data (`tests/ledger.py`); the default view is read, in both
languages, by `tests/test_lesson_snapshots.py`, and the control sweep runs the same checks on
every view it renders.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict

import pytest

from tests import ledger as reader
from tests.lessons import open_page
from ui import glossary, registry
from ui.i18n import CATALOG, LANGS
from ui.ledger import Fixed, Sentence, ledger, ledger_parts

# The lessons and the room, whose reveal states results; the glossary and formula sheet state
# definitions only, each checked by tests/test_study_aids.py.
LESSONS = (*registry.lessons(), *(p for p in registry.LINKED if p.url_path == "room"))


def _claim_keys(lesson: registry.Lesson) -> set[str]:
    """The catalog keys `claims.py` and `steps.py` (its reveals) fill: literal keys, and every
    catalog key an f-string key (`f"eos.fate.open.{opening}"`) can name."""
    parts = [p for p in ("claims", "steps") if lesson.has(p)]
    source = "\n".join(
        (registry.ROOT / "pages" / lesson.folder / f"{p}.py").read_text() for p in parts
    )
    tree = ast.parse(source)
    keys: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "t"):
            continue
        if not node.args:
            continue
        arg = node.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            keys.add(arg.value)
        elif isinstance(arg, ast.JoinedStr):
            rx = "".join(
                re.escape(v.value) if isinstance(v, ast.Constant) else r"[\w.]+" for v in arg.values
            )
            keys |= {k for k in CATALOG if re.fullmatch(rx, k)}
    return keys


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.url_path for p in LESSONS])
def test_every_sentence_a_lesson_fills_is_in_its_ledger(lesson):
    entries = ledger(lesson)
    assert entries, f"/{lesson.url_path} has no ledger (pages/{lesson.folder}/ledger.py)"
    listed = [e.key for e in entries]
    assert len(listed) == len(set(listed)), "a key listed twice"
    if lesson in registry.lessons():  # its "Why?" panel states facts: fixed text, and why
        why = glossary.why_key(lesson.url_path)
        assert any(isinstance(e, Fixed) and e.key == why for e in entries), f"{why} not Fixed"
    missing = sorted(_claim_keys(lesson) - set(listed))
    assert not missing, f"claims.py or steps.py fill keys the ledger does not list: {missing}"
    for part, part_entries in ledger_parts(lesson).items():
        for entry in part_entries:
            _entry_is_whole(lesson, part, entry)


def _entry_is_whole(lesson, part: str, entry) -> None:
    """One ledger entry names a catalog key in both languages and, for a sentence, its
    reading, a check in its part's module and an example view that exists."""
    assert entry.key in CATALOG, entry.key
    assert all(CATALOG[entry.key].get(lang) for lang in LANGS), entry.key
    if isinstance(entry, Fixed):
        assert len(entry.why) > 10, f"{entry.key}: say why it holds for every setting"
        return
    assert isinstance(entry, Sentence)
    assert len(entry.reading) > 10, f"{entry.key}: the reading in words"
    module = reader.checks_module(lesson, part)
    assert callable(getattr(module, entry.check, None)), f"no check {entry.check}"
    if isinstance(entry.example, str):
        assert callable(getattr(module, entry.example, None)), f"no view {entry.example}"
    for lang in LANGS:
        reader.pattern(entry.key, lang, tuple(sorted(entry.fields.items())))


def _examples() -> list:
    cases = []
    for lesson in LESSONS:
        groups: dict[tuple[str, str], list[Sentence]] = defaultdict(list)
        for part, entries in ledger_parts(lesson).items():
            for entry in entries:
                if isinstance(entry, Sentence):
                    example = entry.example
                    name = example if isinstance(example, str) else reader_link(example)
                    groups[part, name].append(entry)
        for (part, name), entries in groups.items():
            if not name:
                continue  # the default view: read in both languages by its snapshot test
            cases.append(
                pytest.param(lesson, part, name, entries, "en", id=f"{lesson.url_path}{name}-en")
            )
    return cases


def reader_link(query) -> str:
    return (
        "?"
        + "&".join(
            f"{k}={v}" for k, vs in query.items() for v in (vs if isinstance(vs, list) else [vs])
        )
        if query
        else ""
    )


@pytest.mark.parametrize(("lesson", "part", "name", "entries", "lang"), _examples())
def test_every_ledger_sentence_shows_on_its_example_and_reads_true(
    lesson, part, name, entries, lang
):
    first = entries[0]
    if isinstance(first.example, str):
        at = getattr(reader.checks_module(lesson, part), first.example)(lang)
    else:
        at = open_page(lesson.url_path, lang, **first.example)
    assert not at.exception, [e.value for e in at.exception]
    view = reader.View(at, lesson.url_path, lang)
    seen: set[str] = set()
    failures = reader.check_view(view, seen)
    assert not failures, "\n".join(failures)
    unseen = [e.key for e in entries if e.key not in seen]
    assert not unseen, f"not shown on {name or 'the default view'} ({lang}): {unseen}"


def test_the_reader_takes_numbers_back_out_of_a_sentence():
    assert reader.number("−3.07") == -3.07
    assert reader.number("2.5×10⁻³") == pytest.approx(2.5e-3)
    assert reader.number("85 %") == 85
    assert reader.number("∞") == float("inf")
    text = "ε = 0.2: $\\lambda_{\\max}$ rose from 3.2 and first came within 10 % of 2/ε = 10 at step 380"
    found = reader.said([text], "eos.fate.open.reached", "en")
    assert [s.fields for s in found] == [
        {
            "lr": "0.2",
            "start": "3.2",
            "pct": "10",
            "limit_name": "2/ε",
            "limit": "10",
            "step": "380",
        }
    ]
