"""The page registry: stable ASCII links, one file per lesson, named like its link."""

from pathlib import Path

from ui.pages import LINKED, SECTIONS

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
    on_disk = {p.stem for p in (ROOT / "pages").glob("*.py")}
    assert on_disk == seen | linked, "every file in pages/ is a registered page and vice versa"
