"""The one registry of lessons, by section: link, title key, icon and folder. Pure data;
`app.py` builds the navigation from it, `ui/i18n.py` gathers each lesson's strings from it and
`ui/warmup.py` each lesson's warm-up.

A lesson is one folder, `pages/<folder>/` (STYLE.md): its page (`page.py`), its strings
(`strings.py`) and, where it has them, its model, cached computations with their warm-up
(`compute.py`), figures, sentences (`claims.py`) and class questions (`asks.py`). Adding a
lesson is its folder plus one line here. The link (`url_path`) is what lecturers paste into
slides: it never changes.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclasses.dataclass(frozen=True)
class Lesson:
    url_path: str  # the link, /edge-of-stability: ASCII, stable
    title_key: str
    icon: str

    @property
    def folder(self) -> str:
        """`pages/<folder>/`: the link as a Python package name (edge_of_stability)."""
        return self.url_path.replace("-", "_")

    @property
    def file(self) -> str:
        """The page script, relative to the project root (what `st.Page` runs)."""
        return f"pages/{self.folder}/page.py"

    def module(self, part: str) -> str:
        """The import name of one of the lesson's parts, e.g. `pages.edge_of_stability.claims`."""
        return f"pages.{self.folder}.{part}"

    def has(self, part: str) -> bool:
        """Whether the lesson's folder holds `part` (`"compute"`, `"claims"`, ...)."""
        return (ROOT / "pages" / self.folder / f"{part}.py").exists()


SECTIONS: dict[str, tuple[Lesson, ...]] = {
    "nav.explore": (
        Lesson("playground", "page.playground.title", ":material/sports_score:"),
        Lesson("convergence-maps", "page.maps.title", ":material/grid_on:"),
        Lesson("basins", "page.basins.title", ":material/bubble_chart:"),
    ),
    "nav.geometry": (
        Lesson("gradient-geometry", "page.geometry.title", ":material/explore:"),
        Lesson("learning-rate-1d", "page.lr1d.title", ":material/show_chart:"),
        Lesson("critical-points", "page.critical.title", ":material/filter_tilt_shift:"),
        Lesson("second-order", "page.second.title", ":material/functions:"),
        Lesson("cliffs", "page.cliffs.title", ":material/landslide:"),
        Lesson("schedules", "page.schedules.title", ":material/speed:"),
    ),
    "nav.data": (
        Lesson("minibatch-noise", "page.minibatch.title", ":material/scatter_plot:"),
        Lesson("feature-scaling", "page.scaling.title", ":material/straighten:"),
        Lesson("regularization", "page.reg.title", ":material/compress:"),
        Lesson("regularization-network", "page.regnet.title", ":material/grid_view:"),
    ),
    "nav.networks": (
        Lesson("initialization", "page.init.title", ":material/tune:"),
        Lesson("pretraining", "page.pretrain.title", ":material/school:"),
        Lesson("batch-normalization", "page.bn.title", ":material/equalizer:"),
        Lesson("long-term-dependencies", "page.ltd.title", ":material/all_inclusive:"),
        Lesson("network-landscape", "page.netland.title", ":material/hub:"),
        Lesson("edge-of-stability", "page.eos.title", ":material/vertical_align_top:"),
    ),
}

# The start page at "/": the course's path (pages/start/, ui/course.py).
START = Lesson("start", "page.start.title", ":material/route:")

# Pages that are not lessons: a predict-and-reveal room (pages/room/), reached by a link, and
# the glossary and formula sheet (pages/glossary/, pages/formulas/).
LINKED = (
    Lesson("room", "page.room.title", ":material/how_to_vote:"),
    Lesson("glossary", "page.glossary.title", ":material/menu_book:"),
    Lesson("formulas", "page.formulas.title", ":material/function:"),
)
# Of those, the revision pages the sidebar lists under the lessons (issue 33).
REVISION = ("glossary", "formulas")


def lessons() -> tuple[Lesson, ...]:
    """The sidebar's lessons, in its order."""
    return tuple(lesson for section in SECTIONS.values() for lesson in section)


def every_page() -> tuple[Lesson, ...]:
    """The start page, the lessons and the linked pages."""
    return (START, *lessons(), *LINKED)


def page_file(url_path: str) -> str:
    """The page script at `/url_path` (`st.page_link`, `st.switch_page`): a page links to
    another by its link, which never changes, not by its file, which moves."""
    return next(page.file for page in every_page() if page.url_path == url_path)
