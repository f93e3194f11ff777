"""The course in the notes' order: ten chapters, each a few lessons (by their link), and the
notes each lesson follows. Pure data: the start page draws the path from it, `app.py` numbers
the sidebar's groups by it. A lesson the course does not list keeps its registry section.
"""

from __future__ import annotations

import dataclasses

from ui import registry


@dataclasses.dataclass(frozen=True)
class Chapter:
    key: str  # course.ch.<key>: the chapter's title in the catalog
    lessons: tuple[str, ...]  # url_paths, in the order a learner takes them

    @property
    def title_key(self) -> str:
        return f"course.ch.{self.key}"


CHAPTERS: tuple[Chapter, ...] = (
    Chapter("gd", ("gradient-geometry", "learning-rate-1d", "minibatch-noise")),
    Chapter("scaling", ("feature-scaling", "second-order")),
    Chapter("critical", ("critical-points", "basins")),
    Chapter("cliffs", ("cliffs", "long-term-dependencies")),
    Chapter("momentum", ("playground", "convergence-maps")),
    Chapter("schedules", ("schedules",)),
    Chapter("init", ("initialization",)),
    Chapter("reg", ("regularization", "regularization-network")),
    Chapter("bn", ("batch-normalization", "pretraining")),
    Chapter("real", ("network-landscape", "edge-of-stability")),
)


def lesson(url_path: str) -> registry.Lesson:
    """The registered lesson at `/url_path`."""
    return next(x for x in registry.lessons() if x.url_path == url_path)


def chapter_of(url_path: str) -> int | None:
    """The 1-based number of the chapter holding `url_path`; None when the course omits it."""
    for number, chapter in enumerate(CHAPTERS, 1):
        if url_path in chapter.lessons:
            return number
    return None


def in_order() -> tuple[str, ...]:
    """Every lesson of the course, chapter after chapter."""
    return tuple(url for chapter in CHAPTERS for url in chapter.lessons)


def outside() -> dict[str, tuple[registry.Lesson, ...]]:
    """Registered sidebar lessons the course does not list, by their registry section."""
    listed = set(in_order())
    rest = {
        section: tuple(x for x in lessons if x.url_path not in listed)
        for section, lessons in registry.SECTIONS.items()
    }
    return {section: lessons for section, lessons in rest.items() if lessons}
