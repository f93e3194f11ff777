"""The lessons, by section: file, url_path, title key, icon. Pure data; `app.py` builds the
navigation from it.

A page's file is named exactly like its url_path: when a lesson link is the first request a
server sees, Streamlit resolves it by file name before `app.py` has declared the navigation.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Lesson:
    url_path: str
    title_key: str
    icon: str

    @property
    def file(self) -> str:
        return f"pages/{self.url_path}.py"


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

# Pages reached by a link, not from the sidebar: a predict-and-reveal room (pages/room.py).
LINKED = (Lesson("room", "page.room.title", ":material/how_to_vote:"),)
