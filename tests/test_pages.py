"""The page registry: stable ASCII links, one file per lesson, named like its link."""

from pathlib import Path

from ui.registry import LINKED, SECTIONS, START

ROOT = Path(__file__).resolve().parent.parent


def test_every_lesson_file_is_named_like_its_link():
    seen = set()
    for lessons in SECTIONS.values():
        for lesson in lessons:
            assert lesson.url_path.isascii() and lesson.url_path == lesson.url_path.lower()
            assert lesson.url_path not in seen
            seen.add(lesson.url_path)
            assert (ROOT / lesson.file).is_file(), lesson.file
    linked = {page.url_path for page in LINKED}
    assert all((ROOT / page.file).is_file() for page in LINKED) and not linked & seen
    pages_dir = ROOT / "pages"
    on_disk = {p.relative_to(ROOT).as_posix() for p in pages_dir.glob("*.py")}
    on_disk |= {p.relative_to(ROOT).as_posix() for p in pages_dir.glob("*/page.py")}
    on_disk.discard("pages/__init__.py")
    registered = {
        lesson.file for lesson in (START, *[x for s in SECTIONS.values() for x in s], *LINKED)
    }
    assert on_disk == registered, "every page in pages/ is a registered page and vice versa"
