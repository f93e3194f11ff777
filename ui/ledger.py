"""A lesson's ledger: every sentence it can show, with the reading a student takes from it.

Each lesson keeps its ledger in its folder (`pages/<folder>/ledger.py`, a tuple `LEDGER`):

- a `Sentence` is text whose numbers or words depend on the settings. It names its catalog
  key (the template a page fills), the reading in words ("every drawn λ_max after step k lies
  within ±10 % of 2/ε"), the check that holds that reading against the data the figure draws
  (a function in `tests/ledgers/test_<folder>.py`, read back from the chart's spec, never from
  the summary that wrote the sentence), and an example view where it shows;
- a `Fixed` is text that does not depend on the settings. It names why it holds for every
  setting the page allows.

`tests/test_ledgers.py` finds every sentence on its example view and runs its check there;
the control sweep (`tests/test_control_sweep.py`) runs every check on every view it renders,
so each reading is held against the figure over every control value. No Streamlit here.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Mapping

from ui import registry


@dataclasses.dataclass(frozen=True)
class Sentence:
    """A settings-dependent sentence (or the fragment of one a catalog key fills).

    Attributes:
        key: the catalog key of its template.
        reading: what a student takes from it, in words, with the shared reading words
            (`ui.readings`: "stopped", "stayed within", "close to", "became unstable", ...).
        check: the name of the function in `tests/ledgers/test_<folder>.py` that holds one
            shown instance of the sentence against the figure's drawn data:
            ``check(view, said) -> None`` raising `AssertionError` on a false reading.
        example: the link's query (`{"eos_alpha": "0.9"}`) of a view that shows the sentence;
            or the name of a function in the same test module that returns such a view
            (`AppTest`) when a click is needed to reach it (a reveal, a button).
        fields: regular expressions for placeholders whose text the default pattern would
            not delimit (a list of rates "0.01, 0.05"), by placeholder name.
    """

    key: str
    reading: str
    check: str
    example: Mapping[str, object] | str = dataclasses.field(default_factory=dict)
    fields: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Fixed:
    """Text that is the same for every setting: why it holds for all of them."""

    key: str
    why: str


Entry = Sentence | Fixed


def ledger_parts(lesson: registry.Lesson) -> dict[str, tuple[Entry, ...]]:
    """The lesson's ledger by where it is kept: `"ledger"` (its folder's `ledger.py`, checks in
    `tests/ledgers/test_<folder>.py`) and `"steps"` (the reveal sentences of its study steps,
    `steps.py`'s `LEDGER`, checks in `tests/ledgers/test_<folder>_steps.py`) and `"study"`
    (the shared verdict of its number steps, `ui.study.ledger`, checks and example views in
    `tests/ledgers/study_verdicts.py`)."""
    parts = {}
    for part in ("ledger", "steps"):
        if lesson.has(part):
            module = importlib.import_module(lesson.module(part))
            parts[part] = tuple(getattr(module, "LEDGER", ()))
    if lesson.has("steps"):  # the verdict of its number steps, shared (`ui.study.verdict`)
        study = importlib.import_module("ui.study")
        steps = importlib.import_module(lesson.module("steps")).STEPS
        verdicts = study.ledger(tuple(steps), example=f"view_{lesson.folder}")
        if verdicts:
            parts["study"] = verdicts
    return parts


def ledger(lesson: registry.Lesson) -> tuple[Entry, ...]:
    """The lesson's whole ledger (`ledger_parts` together), ``()`` when it has none."""
    return tuple(entry for entries in ledger_parts(lesson).values() for entry in entries)
