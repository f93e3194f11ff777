"""Reading a rendered lesson as a student does: find each ledger sentence in the text the page
shows, take its numbers back out of the words, and hold them against the figure's drawn data.

A sentence's template (`ui.i18n.CATALOG[key][lang]`) becomes a regular expression whose
placeholders are named groups, so a check gets the values a reader sees ("step 380", "0.98")
and not the numbers the code meant. `check_view` runs every `Sentence` of a lesson's ledger
on every instance shown in a view; the control sweep calls it on each view it renders.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import math
import re
from functools import cache

import numpy as np
from streamlit.testing.v1 import AppTest

from ui import i18n, registry
from ui.figures import decode
from ui.i18n import CATALOG
from ui.ledger import Sentence, ledger_parts

# The elements whose text a student reads as sentences.
TEXT_KINDS = ("markdown", "caption", "info", "success", "warning", "error", "text", "latex")

# A placeholder's default pattern: the shortest text, within one line and one clause (no
# semicolon or colon, at most 60 characters), that lets the rest of the template match. One at
# the very end of a template is one word (a number, a name): it ends at a space, a clause's
# punctuation, or a full stop followed by a space or the end. A `Sentence` can give its own
# pattern for a placeholder whose text is longer (`fields`: a list "0.01, 0.05").
_MIDDLE = r"[^\n；;：:。]{1,60}?"
_END = r"[^\s；;：:。，）)]+?(?=[\s。；;，,）)]|[.:](?:\s|$)|$)"
_CLOSING = r"[^\n；;：:。]{1,80}?(?=\.(?:\s|$)|。)"


@dataclasses.dataclass(frozen=True)
class Said:
    """One shown instance of a sentence: its placeholders' text as drawn, and where it is."""

    key: str
    fields: dict[str, str]
    text: str  # the whole element's text the sentence was found in
    start: int
    end: int

    def __getitem__(self, name: str) -> str:
        return self.fields[name]

    def number(self, name: str) -> float:
        """The placeholder's text read as a number, the way a reader reads it."""
        return number(self.fields[name])


_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_SUBSCRIPT = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")  # an index: θ₁₂ reads 12


def number(text: str) -> float:
    """A number as printed on a page: "−3.07", "1,234", "2.5×10⁻³", "1e-05", "∞", "−∞",
    "85 %" (85), "0.98×" (0.98), an index's subscript digits "₁₂" (12). Raises `ValueError` on
    text that is not one number."""
    s = (
        text.translate(_SUBSCRIPT)
        .strip()
        .replace("\u2212", "-")
        .replace(",", "")
        .replace("\u202f", "")
    )
    s = s.removesuffix("%").removesuffix("×").strip()
    if s in ("∞", "+∞", "inf"):
        return math.inf
    if s in ("-∞", "-inf"):
        return -math.inf
    m = re.fullmatch(r"([-+]?[\d.]+)\s*[×x·]\s*10([⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+|\^?[-+]?\d+)", s)
    if m:
        power = m.group(2).translate(_SUPERSCRIPT).lstrip("^")
        return float(m.group(1)) * 10.0 ** int(power)
    return float(s)


_COUNTED = re.compile(r"\b(?:" + "|".join(i18n.COUNTED) + r")\b")


def _one(plural: str) -> str:
    return i18n.singular("1 " + plural)[2:]


def _literal(text: str, lang: str, after: bool, before: bool) -> str:
    """A template's literal text as a pattern, as `t()` shows it: in English a count's noun
    reads in the singular after 1 (`i18n.singular`); in Chinese a filled Latin word or number
    is spaced off a character next to it where the template put no space (`i18n.spaced`)."""
    if lang != "zh":
        return _COUNTED.sub(lambda m: f"(?:{m.group(0)}|{_one(m.group(0))})", re.escape(text))
    spaceable = re.compile(f"[{i18n._HAN}A-Za-z0-9%]")
    head = "\\ ?" if after and text and spaceable.match(text[0]) else ""
    tail = "\\ ?" if before and text and spaceable.match(text[-1]) else ""
    return head + re.escape(i18n.spaced(text)) + tail


@cache
def pattern(key: str, lang: str, fields: tuple[tuple[str, str], ...] = ()) -> re.Pattern:
    """The regular expression a shown `key` matches in `lang`: the template's literal text
    as it is, each placeholder a named group (a repeated one must repeat its text)."""
    template = CATALOG[key][lang]
    overrides = dict(fields)
    parts: list[str] = []
    seen: set[str] = set()
    pieces = i18n.pieces(template)  # as t() fills it (LaTeX groups stay text)
    for i, (literal, name) in enumerate(pieces):
        parts.append(_literal(literal, lang, after=i > 0, before=name is not None))
        if name is None:
            continue
        group = re.sub(r"\W", "_", name)
        if group in seen:
            parts.append(f"(?P={group})")
            continue
        seen.add(group)
        # last: nothing follows it (one word); closing: only a full stop does, so it runs to
        # the first full stop followed by a space or the end ("f″ = {h}." reads "0.02", and
        # "…: {kind}." reads "a saddle point, where ∇L ≈ 0")
        rest = pieces[i + 1 :]
        last = not rest or all(not lit and n is None for lit, n in rest)
        closing = not last and all(lit.strip() in ("", ".", "。") and n is None for lit, n in rest)
        default = _END if last else (_CLOSING if closing else _MIDDLE)
        parts.append(f"(?P<{group}>{overrides.get(name, default)})")
    return re.compile("".join(parts), re.S)


def texts(at: AppTest) -> list[str]:
    """The text of every element a student reads as sentences, in page order per kind."""
    out = []
    for kind in TEXT_KINDS:
        out.extend(str(e.value) for e in at.get(kind))
    return out


def said(at_or_texts: AppTest | list[str], key: str, lang: str, **fields: str) -> list[Said]:
    """Every shown instance of the sentence `key` (in `lang`) in the view."""
    found = texts(at_or_texts) if isinstance(at_or_texts, AppTest) else at_or_texts
    rx = pattern(key, lang, tuple(sorted(fields.items())))
    out = []
    for text in found:
        for m in rx.finditer(text):
            out.append(Said(key, m.groupdict(), text, m.start(), m.end()))
    return out


@dataclasses.dataclass
class View:
    """A rendered view of a lesson, as the checks read it."""

    at: AppTest
    lesson: str  # url_path
    lang: str = "en"

    @property
    def texts(self) -> list[str]:
        return texts(self.at)

    def said(self, key: str, **fields: str) -> list[Said]:
        return said(self.at, key, self.lang, **fields)

    def charts(self) -> list[dict]:
        return [json.loads(e.proto.spec) for e in self.at.get("plotly_chart")]

    def chart(self, key: str) -> dict:
        """The drawn figure of the chart whose widget key ends in `key`."""
        for element in self.at.get("plotly_chart"):
            if element.proto.id.endswith(f"-{key}"):
                return json.loads(element.proto.spec)
        ids = [e.proto.id for e in self.at.get("plotly_chart")]
        raise KeyError(f"no chart {key!r} among {ids}")

    def widget(self, key: str):
        """The widget with user key `key` (its value is what the page ran with)."""
        for kind in ("slider", "select_slider", "selectbox", "radio", "multiselect",
                     "button_group", "toggle", "checkbox", "number_input", "text_input"):  # fmt: skip
            for w in self.at.get(kind):
                if w.key == key:
                    return w
        raise KeyError(key)


def traces(fig: dict, mode: str | None = None) -> dict[str, dict]:
    """Named traces of a drawn figure (decoded x/y/z arrays) → the trace."""
    out = {}
    for trace in fig["data"]:
        if mode is None or trace.get("mode") == mode:
            decoded = {k: decode(v) if k in ("x", "y", "z") else v for k, v in trace.items()}
            out.setdefault(trace.get("name"), decoded)
    return out


def xy(trace: dict) -> tuple[np.ndarray, np.ndarray]:
    return np.asarray(trace["x"], dtype=np.float64), np.asarray(trace["y"], dtype=np.float64)


# ---- running a lesson's ledger on a view -----------------------------------------------------
CHECK_MODULES = {
    "ledger": "tests.ledgers.test_{folder}",
    "steps": "tests.ledgers.test_{folder}_steps",
    "study": "tests.ledgers.study_verdicts",  # every lesson's number verdicts, one module
}


def checks_module(lesson: registry.Lesson, part: str = "ledger"):
    """The module holding the checks of one part of the lesson's ledger (`ui.ledger`)."""
    return importlib.import_module(CHECK_MODULES[part].format(folder=lesson.folder))


def lesson_at(url_path: str) -> registry.Lesson:
    return next(lesson for lesson in registry.every_page() if lesson.url_path == url_path)


def check_view(view: View, seen: set[str] | None = None) -> list[str]:
    """Every `Sentence` of the lesson's ledger, on every instance the view shows: the failed
    readings, each naming the key, what was shown and why it is false. `seen` collects the
    keys found."""
    lesson = lesson_at(view.lesson)
    failures = []
    for part, entries in ledger_parts(lesson).items():
        sentences = [e for e in entries if isinstance(e, Sentence)]
        if sentences:
            failures += _check_part(view, checks_module(lesson, part), sentences, seen)
    return failures


def _check_part(view: View, module, entries: list[Sentence], seen: set[str] | None) -> list[str]:
    failures = []
    for entry in entries:
        for instance in view.said(entry.key, **entry.fields):
            if seen is not None:
                seen.add(entry.key)
            try:
                getattr(module, entry.check)(view, instance)
            except (AssertionError, ValueError, KeyError, IndexError) as error:
                # A number the reader cannot read back is as false as a wrong one.
                shown = instance.text[instance.start : instance.end]
                kind = "" if isinstance(error, AssertionError) else f"{type(error).__name__}: "
                failures.append(f"{entry.key} ({entry.check}): shown “{shown}”: {kind}{error}")
    return failures


def choice_verdict(view: View, said: Said, step: str, truth: str) -> None:
    """A multiple choice's reveal (the element `said` is in) starts "答对了" / "Right" exactly
    when the learner's kept answer to `step` is `truth`, the option the check read from the
    drawn data, and names `truth` (the lesson's sentence, or the shared verdict)."""
    from ui import study  # Streamlit there: only the checks that need it

    prefix = next(s.prefix for s in study.steps_of(view.lesson) if s.name == step)
    given = view.at.session_state["_study_answers"][(view.lesson, step)]
    right = said.text.startswith(CATALOG["study.choice.right"][view.lang])
    assert right == (given == truth), (said.text, given, truth)
    named = CATALOG[f"{prefix}.step.{step}.opt.{truth}"][view.lang]
    assert named in said.text, (named, said.text)
