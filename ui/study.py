"""Study steps: a lesson taken alone, predict first, then check. A lesson's `steps.py` holds 3–5
steps; each sets the view with one click (a preset of the lesson), asks a question before the
answer is shown, then reveals a sentence computed from the drawn result about the learner's own
answer, and two or three sentences of why. While a step's question is open the lesson hides
what would give the answer away. Outside the steps the lesson stays a free explorer.

A question is a `Choice`, a `Number` or a `Point` (a place on the lesson's main contour, tapped
or typed). A number or a point gets a verdict beside the lesson's sentence: right, close or off
by a stated tolerance, against the drawn value the lesson's feedback names (`Reveal`). A
multiple choice's reveal says whether the pick was right ("答对了" / "不对") and names the
right option: the one the lesson's feedback reads from the drawn result (`Reveal.truth`).

Answers are kept in the learner's browser (ui/progress.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import math
import re
import uuid
from collections.abc import Callable
from types import ModuleType

import streamlit as st

from ui import course, figures, progress, registry, screen, widgets
from ui.i18n import t


@dataclasses.dataclass(frozen=True)
class Choice:
    """A short multiple choice: option names (their text is the step's `opt.<name>` key)."""

    options: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Number:
    """A number typed in, sensibly from `low` to `high` (the input takes any number: one
    outside is judged like any other, an "off", and never meets Streamlit's English range
    message); within `tolerance` of the drawn value is right (a share of it when `relative`;
    0: only the value itself, as shown to the input's `step`). `period`: an angle's, whose
    distance goes the short way round (359° is 2° from 1°). `unit`: what the number counts,
    shown in the input's label and its empty box ("%": 85 for 85 %, not 0.85). `close`: how
    far (absolute) an answer may be and still be "close", where CLOSE tolerances would be too
    loose (a count of 16 runs: 3 for a true 0 was "close" at ±3); None: CLOSE tolerances.
    `at_most`: the drawn value is a largest one (the largest rate that converges): an answer
    above it is never right, at best close (0.24 for a bound of 0.236 diverges there)."""

    low: float
    high: float
    step: float
    tolerance: float = 0.0
    relative: bool = False
    period: float | None = None
    unit: str = ""
    close: float | None = None
    at_most: bool = False


NEAR = 0.05  # a point "right": within this share of the domain's larger side (ui.rooms.NEAR)


@dataclasses.dataclass(frozen=True)
class Point:
    """A point on the lesson's main contour, the chart keyed `chart`: tapped there (a finger or
    a mouse), or its x and y typed. Within `near` (a share, `NEAR` unless the step's own) of
    the domain's larger side is right."""

    chart: str
    near: float = NEAR


CLOSE = 3  # "close": within this many tolerances
DIGITS = 2  # a point's coordinates and distances, as shown


@dataclasses.dataclass(frozen=True)
class Reveal:
    """A step's reveal: the lesson's sentence about the answer (`text`), the drawn value it
    held the answer against (`truth`: a number, a point (x, y), or for a multiple choice the
    option the drawn result supports), and a sentence that follows the verdict (`after`).
    A multiple choice's reveal starts with the shared verdict in words ("答对了" / "不对"),
    naming the right option (`choice_verdict`): every choice step's feedback returns one."""

    text: str
    truth: float | tuple[float, float] | str
    after: str = ""


ABOUT_SAME = 1.25  # two amounts are "about the same" when the larger is under 1.25 × the other


def compare(a: float, b: float) -> str:
    """`a` against `b`: "lower", "higher" or "same" (about the same: `ABOUT_SAME`), the reading
    a choice step's "… about the same" option is judged by."""
    a, b = float(a), float(b)
    if a * ABOUT_SAME < b:
        return "lower"
    if b * ABOUT_SAME < a:
        return "higher"
    return "same"


def decimals(step: float) -> int:
    """The decimals a number input with this step shows (0.01 → 2, 1 → 0)."""
    text = f"{step:.6f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def tolerance(ask: Number | Point, truth, area=None) -> float:
    """How far from the drawn value `truth` an answer may be and still be right."""
    if isinstance(ask, Point):
        return ask.near * max(hi - lo for lo, hi in area)
    return float(ask.tolerance) * (abs(float(truth)) if ask.relative else 1.0)


def distance(ask: Number | Point, answer, truth) -> float:
    """How far the answer is from the drawn value (a point: straight; an angle: the short way)."""
    if isinstance(ask, Point):
        return math.dist([float(v) for v in answer], [float(v) for v in truth])
    dist = abs(float(answer) - float(truth))
    return min(dist % ask.period, ask.period - dist % ask.period) if ask.period else dist


VERDICT_WORDS = ("right", "close", "off")
# a step's mark: a number's or a point's verdict, or a multiple choice's right or wrong
MARK_WORDS = (*VERDICT_WORDS, "wrong")
# the verdict word, as the ledger reads it (a fixed word of `study.verdict.<word>`)
VERDICT_FIELD = r"Right|Close|Off|答对了|接近|偏差较大"


def close_band(ask: Number | Point, tol: float) -> float:
    """How far an answer may be and still be "close": the step's own `close`, or CLOSE × tol."""
    own = getattr(ask, "close", None)
    return float(own) if own is not None else CLOSE * tol


def judge(dist: float, tol: float, far: float | None = None, above: bool = False) -> str:
    """Right (within the tolerance), close (within `far`, CLOSE tolerances unless given) or
    off. `above`: the answer lies above a drawn value that is a largest one (`Number.at_most`),
    so it is never right."""
    far = CLOSE * tol if far is None else far
    return "right" if dist <= tol and not above else "close" if dist <= far else "off"


_SHOWN = re.compile(r"(?<![\w.])[−-]?\d+(?:\.\d+)?(?:e[+−-]?\d+)?")


_GROUPED = re.compile(r"(?<=\d)[,\u202f](?=\d{3})")


def _places(text: str) -> int:
    """The decimals a number as written shows ("0.00398" → 5, "1.23e+03" → 0, "20" → 0)."""
    mantissa, _, exponent = text.lower().replace("−", "-").partition("e")
    places = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return max(0, places - (int(exponent) if exponent else 0))


def shown_places(said: str, truth: float) -> int | None:
    """The decimals to which the reveal sentence `said` states the drawn value `truth`: of the
    number in it that is `truth` rounded to its own decimals (the nearest such); None when it
    states none (the verdict then shows `truth` to its input's decimals)."""
    found = []
    said = _GROUPED.sub("", said)  # "1 190", "1,190": one number
    for match in _SHOWN.finditer(said):
        text = match.group(0)
        try:
            value = float(text.replace("−", "-"))
        except ValueError:
            continue
        places = _places(text)
        rounded = math.isclose(value, round(float(truth), places), rel_tol=1e-9, abs_tol=1e-12)
        # a largest value shown rounded down (2/λ = 0.235 75 as 0.2357: 0.2358 diverges)
        down = math.floor(float(truth) * 10**places + 1e-9) / 10**places
        rounded = rounded or math.isclose(value, down, rel_tol=1e-9, abs_tol=1e-12)
        if rounded or ("e" in text.lower() and math.isclose(value, float(truth), rel_tol=5e-3)):
            found.append((abs(value - float(truth)), places))
    # the nearest; of numbers as near, the finest ("You said 1.02 … a factor of 1.020": 1.020)
    return min(found, key=lambda f: (f[0], -f[1]))[1] if found else None


def _shown_distance(
    ask: Number | Point, answer, truth, area=None, said: str = ""
) -> tuple[float, float, int, float]:
    """The distance and the tolerance as the verdict shows them, their decimals, and the
    drawn value as shown. A number's is the reveal's own (`said` states it: to its decimals,
    or the input's when finer), and the distance is the answer's from it, so the verdict's
    target and its difference are the numbers the reader sees (never "0.0" for a difference
    that is not 0 as shown)."""
    if isinstance(ask, Point):
        digits = DIGITS
        tol = round(tolerance(ask, truth, area), digits)
        return round(distance(ask, answer, truth), digits), tol, digits, truth
    digits = max(decimals(ask.step), shown_places(said, float(truth)) or 0)
    shown = round(float(truth), digits)
    if getattr(ask, "at_most", False):  # a largest value, as shown: rounded down, so that
        # no answer counted right lies above it (0.236 for 2/λ = 0.235 75 diverges)
        shown = math.floor(float(truth) * 10**digits + 1e-9) / 10**digits
    tol = round(tolerance(ask, shown, area), digits)
    return round(distance(ask, answer, shown), digits), tol, digits, shown


def verdict_word(ask: Number | Point, answer, truth, area=None, said: str = "") -> str:
    """ "right", "close" or "off": the verdict `verdict` states."""
    shown, tol, _, target = _shown_distance(ask, answer, truth, area, said)
    return judge(shown, tol, close_band(ask, tol), _above(ask, answer, target))


def _above(ask: Number | Point, answer, target) -> bool:
    """An answer above the drawn value as shown, where that value is a largest one."""
    return getattr(ask, "at_most", False) and float(answer) > float(target)


def verdict(ask: Number | Point, answer, truth, lang: str, area=None, said: str = "") -> str:
    """Right, close or off: the distance from the answer to the drawn `truth`, as shown,
    against the tolerance, as shown (so the words agree with their own numbers). A number's
    `truth` is shown as the reveal sentence `said` states it (see `_shown_distance`)."""
    shown, tol, digits, target = _shown_distance(ask, answer, truth, area, said)
    far = close_band(ask, tol)
    told = dict(
        verdict=t(f"study.verdict.{judge(shown, tol, far, _above(ask, answer, target))}", lang),
        dist=f"{shown:.{digits}f}",
        tol=f"{tol:.{digits}f}",
        far=f"{far:.{digits}f}",
    )
    if isinstance(ask, Point):
        return t("study.verdict.point", lang, pct=f"{ask.near * 100:g}", **told)
    key = (
        "study.verdict.number.at_most"
        if getattr(ask, "at_most", False)
        else "study.verdict.number"
        if tol > 0
        else "study.verdict.number.exact_close"
        if far > 0
        else "study.verdict.number.exact"
    )
    return t(key, lang, truth=f"{float(target):.{digits}f}", **told)


def ledger(steps: tuple[Step, ...], example: str) -> tuple:
    """The verdict sentences a lesson's number steps show, for its ledger (`ui/ledger.py`
    adds them as the lesson's "study" part; checks in `tests/ledgers/study_verdicts.py`)."""
    from ui.ledger import Fixed, Sentence  # no Streamlit there; the ledger imports this late

    asks = [step.ask for step in steps if isinstance(step.ask, Number)]
    if not asks:
        return ()
    reading = (
        "the answer is `dist` from `truth` (as shown, the short way round an angle), and "
        "`truth` is the drawn value the step's own reveal sentence states before it; right "
        "when `dist` is at most the step's tolerance `tol`, close when at most `far` = 3 × "
        "`tol`, off beyond"
    )
    entries = []
    if any(ask.tolerance > 0 and not ask.at_most for ask in asks):
        entries.append(
            Sentence(
                "study.verdict.number",
                reading,
                "check_number_verdict",
                example=example,
                fields={"verdict": VERDICT_FIELD},
            )
        )
    if any(ask.tolerance == 0 and not ask.close for ask in asks):  # one value of answers
        entries.append(
            Sentence(
                "study.verdict.number.exact",
                "right when the answer is the drawn value `truth` itself (`dist` 0), off "
                "otherwise; `truth` is the value the step's own reveal states before it",
                "check_number_verdict",
                example=example + "_exact" if entries else example,
                fields={"verdict": VERDICT_FIELD},
            )
        )
    if any(ask.tolerance == 0 and ask.close for ask in asks):  # a count: exact, or near it
        entries.append(
            Sentence(
                "study.verdict.number.exact_close",
                "right when the answer is the drawn value `truth` itself (`dist` 0), close "
                "when `dist` is at most the step's own close band `far`, off beyond; `truth` "
                "is the value the step's own reveal states before it",
                "check_number_verdict",
                example=example + "_exact" if entries else example,
                fields={"verdict": VERDICT_FIELD},
            )
        )
    if any(ask.at_most for ask in asks):  # a largest value: nothing above it is right
        entries.append(
            Sentence(
                "study.verdict.number.at_most",
                reading.replace("right when", "right when the answer is at most `truth` and")
                + "; an answer above `truth` is at best close",
                "check_number_verdict",
                example=example + "_at_most" if entries else example,
                fields={"verdict": VERDICT_FIELD},
            )
        )
    why = "a verdict's word, filled in by the number verdict; which one is read by its check"
    return (*entries, *(Fixed(f"study.verdict.{word}", why) for word in VERDICT_WORDS))


@dataclasses.dataclass(frozen=True)
class Step:
    """One study step.

    Attributes:
      prefix: the lesson's string prefix (`lr1d`): texts are `<prefix>.step.<name>.<part>`.
      name: stable ASCII name (what the browser keeps).
      preset: the lesson's preset that sets the view.
      ask: the question's kind.
    """

    prefix: str
    name: str
    preset: str
    ask: Choice | Number | Point

    def key(self, part: str) -> str:
        return f"{self.prefix}.step.{self.name}.{part}"


def steps_module(url_path: str) -> ModuleType | None:
    """The lesson's `steps.py`, through the registry (no page imports another lesson)."""
    lesson = next((x for x in registry.every_page() if x.url_path == url_path), None)
    if lesson is None or not lesson.has("steps"):
        return None
    return importlib.import_module(lesson.module("steps"))


def steps_of(url_path: str) -> tuple[Step, ...]:
    module = steps_module(url_path)
    return tuple(module.STEPS) if module else ()


def _selector_key(lesson: str) -> str:
    return f"study-{lesson}"


STEP_PARAM = "step"  # `?step=<name>`: the link opens the lesson with that step chosen
_LINKED = "_study_linked"  # (lesson, name): the link's step, taken once per visit
_PENDING = "_study_pending"  # (lesson, apply): a linked step's preset, set before the page runs


def _answers() -> dict:
    """(lesson, step) → the answer revealed in this session: a mirror of the kept progress
    that the ledgers' checks read (tests/ledgers/*_steps.py)."""
    return st.session_state.setdefault("_study_answers", {})


def _slot_key(lesson: str) -> str:
    return f"_study_slot-{lesson}"


def _verdicts() -> dict:
    """(lesson, step) → the verdict word ("right", "close", "off") of the answer's reveal, as
    this session last showed it: the step's mark says it (ui/study.py mark)."""
    return st.session_state.setdefault("_study_verdicts", {})


def _changed_key(lesson: str) -> str:
    return f"_study_changed_{lesson}"


_UNSET = object()


def _set_by_step_key(lesson: str) -> str:
    return f"_study_set_by_step_{lesson}"


def _same(a, b) -> bool:
    try:
        return bool(a == b)
    except (TypeError, ValueError):  # arrays: not a control's value
        return True


def _changed(before: dict, after) -> int:
    """How many of the reader's settings (`before`: the controls the link carried, not the
    app's own "_" keys) a step's preset gave another value."""
    count = 0
    for key, old in before.items():
        if str(key).startswith("_") or key not in after:
            continue
        try:
            count += bool(after[key] != old)
        except (TypeError, ValueError):  # an array's comparison: not a control's value
            continue
    return count


def _shown_marks_key(lesson: str) -> str:
    return f"_study_marks-{lesson}"


def mark(lesson: str, name: str) -> str:
    """What an answered step's mark says: its answer's verdict ("right", "close", "off"; a
    multiple choice's "right" or "wrong") as its reveal last gave it, in this session or kept
    with the answer in the browser (a reload marks the step as before); "answered" for an
    answer no reveal has judged yet. Never a tick
    for a wrong answer: its step is not marked like a right one."""
    word = _verdicts().get((lesson, name)) or progress.marks(lesson).get(name)
    return word if word in MARK_WORDS else "answered"


def phone_area():
    """On a phone, a place for the study steps made where the lesson calls this (right under
    its figure): pass it to `selector` as `phone`. None on a wider screen."""
    return st.container() if screen.narrow() else None


def _valid(step: Step, answer) -> bool:
    """Whether a kept answer is one this step's question could have taken (an edited or
    imported progress may hold anything)."""
    if isinstance(step.ask, Choice):
        return isinstance(answer, str) and answer in step.ask.options
    numbers = answer if isinstance(step.ask, Point) else [answer]
    if not isinstance(numbers, list | tuple) or len(numbers) != (
        2 if isinstance(step.ask, Point) else 1
    ):
        return False
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in numbers):
        return False
    # any finite number: one out of the sensible range is judged "off"
    return all(math.isfinite(v) for v in numbers)


def kept(lesson: str, step: Step):
    """The learner's kept answer to `step` (ui/progress.py), or None when there is none."""
    done = progress.done(lesson)
    if step.name not in done or not _valid(step, done[step.name]):
        return None
    return done[step.name]


def first_open(url_path: str) -> str | None:
    """The lesson's first step without an answer; None when every step has one (or none)."""
    return next((s.name for s in steps_of(url_path) if kept(url_path, s) is None), None)


def marked(url_path: str, title: str, lang: str) -> str:
    """A lesson's title in the sidebar with the learner's steps: "· 1/3" while some are
    answered, "(done)" once all are; the bare title before any."""
    steps = steps_of(url_path)
    answered = sum(kept(url_path, s) is not None for s in steps)
    if not answered:
        return title
    if answered == len(steps):
        return t("study.sidebar_done", lang, title=title)
    return t("study.sidebar_some", lang, title=title, done=answered, total=len(steps))


def link_params(url_path: str) -> dict[str, str]:
    """The query that opens `url_path` at its first unanswered step (a finished lesson, or one
    without steps: the plain link, the free explorer)."""
    name = first_open(url_path)
    return {STEP_PARAM: name} if name else {}


def arrive(url_path: str) -> None:
    """Called by `app.py` before the page runs: a linked step's preset is applied here (its
    widgets are not made yet), and a step taken from the link is forgotten once its lesson is
    left (a later link to the lesson chooses its step again)."""
    linked = st.session_state.get(_LINKED)
    if linked is not None and linked[0] != url_path:
        del st.session_state[_LINKED]
    pending = st.session_state.pop(_PENDING, None)
    if pending is not None and pending[0] == url_path:
        pending[1]()


def _from_link(lesson: str, by_name: dict[str, Step], apply: Callable[[str], None]) -> None:
    """`?step=<name>`: once per visit, choose that step and set its view (the app runs again,
    so that the preset is set before the lesson's widgets are made). An unknown name is
    ignored with the app's notice."""
    widgets.reads(STEP_PARAM)
    raws = st.query_params.get_all(STEP_PARAM)
    if not raws or st.session_state.get(_LINKED, (None,))[0] == lesson:
        return
    name = raws[0]
    st.session_state[_LINKED] = (lesson, name)
    if name not in by_name:
        widgets.notice(STEP_PARAM, name, "", fallback_title="study.no_step")
        return
    if len(raws) > 1:
        widgets.notice(STEP_PARAM, ", ".join(raws), name, "repeated")
    st.session_state[_selector_key(lesson)] = name
    preset = by_name[name].preset
    st.session_state[_PENDING] = (lesson, lambda: apply(preset))
    st.rerun()


def selector(
    lesson: str,
    steps: tuple[Step, ...],
    lang: str,
    apply: Callable[[str], None],
    phone=None,
    question_area=None,
):
    """The lesson's study steps as a row of buttons; choosing one sets its view (`apply(preset)`)
    and opens its question (or, once answered, shows the kept answer and its reveal). A link's
    `?step=<name>` chooses one on arrival. Returns the chosen step, or None (the free
    explorer).

    On a phone the question opens right under these buttons, wherever the lesson asks it (its
    columns stack there, and a question in the figure's column stood a screen above the
    buttons, or one in the controls' column a screen below them). `phone` (`phone_area()`),
    when given, is where the buttons go on a phone: under the figure, not down with the
    controls. `question_area`, when given, is where the question goes on a phone instead of
    right under the buttons (a lesson of two figures asks it under both)."""
    by_name = {step.name: step for step in steps}
    _from_link(lesson, by_name, apply)

    def chosen() -> None:
        name = st.session_state.get(_selector_key(lesson))
        if STEP_PARAM in st.query_params:  # the link follows the choice (a reload keeps it)
            if name in by_name:
                widgets.set_param(STEP_PARAM, name)
            else:
                st.query_params.pop(STEP_PARAM, None)
        if name in by_name:
            # the reader's own settings: the controls the link carries (away from defaults),
            # but not those a step set before (choosing step 1, then step 3, changed nothing of
            # the reader's: the line pushed step 3's answer 861 px down a phone)
            by_step = st.session_state.get(_set_by_step_key(lesson), {})
            before = {
                k: v
                for k, v in st.session_state.items()
                if k in st.query_params and not _same(by_step.get(k, _UNSET), v)
            }
            everything = dict(st.session_state)
            apply(by_name[name].preset)
            st.session_state[_set_by_step_key(lesson)] = by_step | {  # every step's so far
                k: v
                for k, v in st.session_state.items()
                if not str(k).startswith("_") and not _same(everything.get(k, _UNSET), v)
            }
            st.session_state[_changed_key(lesson)] = (name, _changed(before, st.session_state))

    answered = {s.name for s in steps if kept(lesson, s) is not None}  # as of this run
    marks = {name: mark(lesson, name) for name in answered}
    st.session_state[_shown_marks_key(lesson)] = marks  # question() reruns if one changes
    narrow = screen.narrow()

    def label(name: str) -> str:
        number = list(by_name).index(name) + 1
        if narrow:  # a phone: the number and the verdict's sign, in one row (the words below)
            return f"{number}" + (t(f"study.sign.{marks[name]}", lang) if name in marks else "")
        text = t("study.step", lang, n=number, title=t(by_name[name].key("title"), lang))
        return text + (t(f"study.mark.{marks[name]}", lang) if name in marks else "")

    with phone if phone is not None else contextlib.nullcontext():
        name = st.pills(
            t("study.title", lang, done=len(answered), total=len(steps)),
            list(by_name),
            selection_mode="single",
            format_func=label,
            key=_selector_key(lesson),
            on_change=chosen,
            help=t("study.help", lang),
        )
        changed = st.session_state.get(_changed_key(lesson))
        if changed and changed[0] == name and name in by_name and changed[1]:
            # a step's preset replaced the reader's settings: say so (the lecturer's λ₁ = 0.1
            # went back to 0.003 with nothing on screen but the sliders)
            st.caption(t("study.preset_changed", lang, n=changed[1]))
        if narrow and name in by_name:  # the chosen step's title and mark, in words
            number = list(by_name).index(name) + 1
            title = t("study.step", lang, n=number, title=t(by_name[name].key("title"), lang))
            st.caption(title + (t(f"study.mark.{marks[name]}", lang) if name in marks else ""))
        if screen.narrow():  # this run's place for the question (see question())
            st.session_state[_slot_key(lesson)] = (
                question_area if question_area is not None else st.container()
            )
        else:
            st.session_state.pop(_slot_key(lesson), None)
    return by_name.get(name)


def is_open(lesson: str, step: Step | None) -> bool:
    """Whether `step`'s question waits for an answer: the lesson hides what would give it away."""
    return step is not None and kept(lesson, step) is None


def question_open(lesson: str) -> bool:
    """Whether the step chosen in the lesson's selector (this run) waits for an answer: what
    the page shows outside the lesson (its "Why?" panel) must not give the answer away."""
    name = st.session_state.get(_selector_key(lesson))
    step = next((s for s in steps_of(lesson) if s.name == name), None)
    return is_open(lesson, step)


def next_link(lesson: str, lang: str, container=None) -> None:
    """ "Next: <title> →", the next lesson in the course's order, opened at its first unanswered
    step; after the last lesson, back to the course's path at "/". Nothing for a lesson the
    course does not list."""
    order = course.in_order()
    if lesson not in order:
        return
    box = container if container is not None else st
    at = order.index(lesson) + 1
    if at == len(order):
        box.page_link(
            registry.START.file,
            label=t("study.next_home", lang),
            icon=":material/route:",
            query_params={"lang": lang},
        )
        return
    following = order[at]
    box.page_link(
        course.lesson(following).file,
        label=t("study.next", lang, title=t(course.lesson(following).title_key, lang)),
        icon=":material/arrow_forward:",
        query_params={**link_params(following), "lang": lang},
    )


_CHECKED = "_study_checked"  # (lesson, step, token): the Check just pressed (see _keep_in_view)

# After Check the page runs again, twice (the lesson's fragment, then the whole app for the
# step's mark and the browser's copy): Streamlit's redraw, the question swapped for the reveal,
# and the figure drawn again left a phone's figure a screen above (its top at −993 px). This
# keeps the lesson's figure at the top of the screen, the reveal under it, until the page has
# been idle for a moment after the last of those runs: once per Check (its token), at every
# redraw until then, and never against the learner's own scrolling.
_KEEP_JS = """
export default function (component) {
  const { data } = component;
  const seen = (window.__losslabKept = window.__losslabKept || {});
  if (!data.token || seen[data.token]) return;
  seen[data.token] = "keeping";
  const doc = document;
  const figure = () => doc.querySelector('[data-testid="stMain"] [data-testid="stPlotlyChart"]');
  const scroller = (el) => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const y = getComputedStyle(p).overflowY;
      if ((y === "auto" || y === "scroll") && p.scrollHeight > p.clientHeight) return p;
    }
    return doc.scrollingElement;
  };
  const header = () => {
    const h = doc.querySelector('[data-testid="stHeader"]');
    return h ? Math.max(0, h.getBoundingClientRect().bottom) : 0;
  };
  let stopped = false, idleSince = null;
  const started = performance.now();
  const stop = () => { stopped = true; seen[data.token] = "kept"; };
  const mine = () => { if (!stopped) { stopped = true; seen[data.token] = "left"; } };
  for (const kind of ["wheel", "touchstart", "keydown"]) {
    window.addEventListener(kind, mine, { once: true, capture: true });
  }
  const tick = () => {
    if (stopped) return;
    const el = figure();
    if (el) {
      const gap = el.getBoundingClientRect().top - (header() + data.margin);
      if (Math.abs(gap) > 1) scroller(el).scrollTop += gap;
    }
    const app = doc.querySelector('[data-testid="stApp"]');
    const idle = !app || app.getAttribute("data-test-script-state") === "notRunning";
    const now = performance.now();
    idleSince = idle ? (idleSince ?? now) : null;
    if ((el && idleSince !== null && now - idleSince > data.settle_ms) || now - started > data.max_ms) {
      stop();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
"""
_keep = st.components.v2.component("losslab_keep_figure", js=_KEEP_JS)


def _keep_in_view(lesson: str, step: Step) -> None:
    """Right after this step's Check: the lesson's figure kept at the top of the screen with
    the reveal under it (a phone's page scrolled the figure away; `_KEEP_JS`)."""
    checked = st.session_state.get(_CHECKED)
    if not checked or checked[:2] != (lesson, step.name):
        return
    _keep(
        key=f"tap-keep-{lesson}",  # hidden (theme CSS: "tap-")
        data={"token": checked[2], "margin": 8, "settle_ms": 700, "max_ms": 20_000},
    )


def _point_keys(lesson: str, step: Step) -> tuple[str, str]:
    return f"study-answer-{lesson}-{step.name}-x", f"study-answer-{lesson}-{step.name}-y"


def point_step(lesson: str, steps: tuple[Step, ...]) -> Step | None:
    """The chosen step when it asks for a point and waits for it: a tap on its chart is then
    the learner's guess (not what the chart's tap does otherwise). Callable before the
    selector exists in this run."""
    name = st.session_state.get(_selector_key(lesson))
    step = next((s for s in steps if s.name == name), None)
    if step is not None and isinstance(step.ask, Point) and is_open(lesson, step):
        return step
    return None


def take_tap(lesson: str, step: Step, point) -> None:
    """A tap on the step's chart: its x and y go into the question's two inputs. Call it before
    the question's inputs exist in this run."""
    for key, value in zip(_point_keys(lesson, step), point, strict=True):
        st.session_state[key] = round(float(value), DIGITS)


def guess(lesson: str, step: Step | None) -> tuple[float, float] | None:
    """The point the learner has tapped or typed for an open point question; None otherwise."""
    if step is None or not isinstance(step.ask, Point) or not is_open(lesson, step):
        return None
    x, y = (st.session_state.get(key) for key in _point_keys(lesson, step))
    if x is None or y is None:
        return None
    return float(x), float(y)


def guess_traces(lesson: str, step: Step | None, lang: str) -> list[dict]:
    """The learner's guess as a marker on the contour ([] when there is none): the point tapped
    or typed while its question is open, and the kept answer after the reveal (so the guess
    stands beside the drawn path it is judged against). Add them to the figure's traces."""
    point = guess(lesson, step)
    if point is None and step is not None and isinstance(step.ask, Point):
        given = kept(lesson, step)
        point = None if given is None else (float(given[0]), float(given[1]))
    if point is None:
        return []
    return [figures.marker_trace(point, t("study.your_guess", lang), "own")]


def question(
    lesson: str,
    step: Step,
    lang: str,
    feedback: Callable[[object], str | Reveal],
    area=None,
    hidden_key: str = "study.hidden",
    compact: bool = False,
    asked: dict | None = None,
) -> None:
    """The step's question, then (once answered) the reveal: `feedback(answer)`, the sentence
    computed from the drawn result about this answer (with a number's or a point's verdict),
    and the step's why. A point question needs the contour's `area` ((x range), (y range)).
    `asked`: the question's placeholders (the settings it names, e.g. the optimizer run).
    `hidden_key` says what the lesson hides until the answer (a map's cells, not runs).
    `compact`: the answer in one row with its Check, as on a phone, a point's boxes named by
    their placeholders and the tap hint after the Check (a projector's type beside a figure)."""
    slot = st.session_state.get(_slot_key(lesson)) if screen.narrow() else None
    box = (slot or st).container(border=True, key=f"study-box-{lesson}")
    box.markdown(f"**{t(step.key('question'), lang, **(asked or {}))}**")
    given = kept(lesson, step)
    if given is None:
        # on a phone the answer right under the question, beside its Check: the Check within
        # a screen of the figure's top (it was a label and a row further down)
        phone = slot is not None
        compact = compact and not phone  # a phone has its own rows
        shown = "collapsed" if phone or compact else "visible"

        def beside() -> object:
            if compact:  # one row: the boxes narrower rather than the Check on a row of its own
                return box.container(horizontal=True, vertical_alignment="bottom", wrap=False)
            return box.container(horizontal=True, vertical_alignment="bottom") if phone else box

        if isinstance(step.ask, Choice):
            row = beside()
            answer = row.radio(
                t("study.your_answer", lang),
                step.ask.options,
                index=None,
                format_func=lambda o: t(step.key(f"opt.{o}"), lang),
                key=f"study-answer-{lesson}-{step.name}",
                label_visibility=shown,
            )
        elif isinstance(step.ask, Point):
            if not compact:
                box.caption(t("study.tap_hint", lang))
            # on a phone x and y side by side too (columns stack there: a row more, 95 px);
            # compact, the Check beside them
            row = beside() if compact else box  # the Check under the point's two boxes
            columns = (
                [row] * 2
                if compact
                else [box.container(horizontal=True)] * 2
                if phone
                else box.columns(2)
            )
            for column, key, name in zip(
                columns, _point_keys(lesson, step), ("x", "y"), strict=True
            ):
                column.number_input(  # no min/max: no English range message (any point judged)
                    name,
                    step=10.0**-DIGITS,
                    format=f"%.{DIGITS}f",
                    value=None,
                    key=key,
                    # on a phone the name in the empty box, not a row above it
                    placeholder=name if phone or compact else None,
                    label_visibility=shown,
                )
            answer = guess(lesson, step)
        else:
            row = beside()
            unit = step.ask.unit
            # no min/max: Streamlit's range message is English and the range never stated;
            # an answer out of the sensible range is judged (off) like any other
            answer = row.number_input(
                t("study.your_answer_unit", lang, unit=unit)
                if unit
                else t("study.your_answer", lang),
                step=float(step.ask.step),
                value=None,
                key=f"study-answer-{lesson}-{step.name}",
                placeholder=t("study.number_unit", lang, unit=unit)
                if unit
                else t("study.number", lang),
                label_visibility=shown,
            )

        def check() -> None:
            if isinstance(step.ask, Point):
                value = guess(lesson, step)
                value = None if value is None else list(value)
            else:
                value = st.session_state.get(f"study-answer-{lesson}-{step.name}")
            if value is None:
                return
            _answers()[(lesson, step.name)] = value
            progress.record(lesson, step.name, value)
            if screen.narrow():  # a phone: the figure and the reveal kept in view together
                st.session_state[_CHECKED] = (lesson, step.name, uuid.uuid4().hex)

        row.button(
            t("study.check", lang),
            key=f"study-check-{lesson}-{step.name}",
            type="primary",
            disabled=answer is None,
            on_click=check,
        )
        if compact and isinstance(step.ask, Point):
            box.caption(t("study.tap_hint", lang))
        box.caption(t(hidden_key, lang))
        return
    _answers()[(lesson, step.name)] = given
    with box:
        _keep_in_view(lesson, step)
    box.caption(t("study.kept_answer", lang, answer=_shown(step, given, lang)))
    said = feedback(given)
    if isinstance(said, Reveal) and isinstance(step.ask, Choice):
        # a choice's mark says its verdict too ("wrong"), as a number's does ("off")
        _keep_mark(lesson, step, "right" if given == said.truth else "wrong")
        said = choice_verdict(lesson, step, given, said, lang)
    elif isinstance(said, Reveal):
        _keep_mark(lesson, step, verdict_word(step.ask, given, said.truth, area, said.text))
        said = ("" if lang == "zh" else " ").join(
            part
            for part in (
                said.text,
                verdict(step.ask, given, said.truth, lang, area, said.text),
                said.after,
            )
            if part
        )
    box.info(said, icon=":material/fact_check:")
    box.markdown(t(step.key("why"), lang))
    box.button(
        t("study.again", lang),
        key=f"study-again-{lesson}-{step.name}",
        icon=":material/replay:",
        on_click=lambda: again(lesson, step),
    )
    steps = steps_of(lesson)
    if steps and (step == steps[-1] or all(kept(lesson, s) is not None for s in steps)):
        next_link(lesson, lang, box)  # the lesson's last step answered: on to the next


def _keep_mark(lesson: str, step: Step, word: str) -> None:
    """Keeps the verdict `word` of the step's reveal for its mark (mark())."""
    _verdicts()[(lesson, step.name)] = word
    progress.keep_mark(lesson, step.name, word)  # a reload marks the step so (mark())
    shown = st.session_state.get(_shown_marks_key(lesson), {})
    if shown.get(step.name, word) != word:
        # the step's mark, drawn above in this run, says what this reveal says: once, and
        # the whole page (the step buttons may sit outside this fragment, which a fragment's
        # rerun would not redraw: it reran for ever on a phone)
        st.session_state[_shown_marks_key(lesson)] = {**shown, step.name: word}
        st.rerun()


def choice_verdict(lesson: str, step: Step, given: str, said: Reveal, lang: str) -> str:
    """A multiple choice's reveal: the verdict in words first ("答对了" / "不对"), the right
    option named (the one the drawn result supports, `said.truth`) unless the lesson's
    sentence names it already, then the sentence (issue 33: a wrong choice only read
    "你选了……；是……", a right one never "答对了"). A truth that is none of the options (the
    drawn result fits none of them) makes every choice wrong; the sentence says what it is."""
    word = "right" if given == said.truth else "wrong"
    _truths()[(lesson, step.name)] = said.truth
    named = said.truth in step.ask.options and t(step.key(f"opt.{said.truth}"), lang)
    if named and named not in said.text:
        return t(
            "study.choice.verdict.named",
            lang,
            verdict=t(f"study.choice.{word}", lang),
            right=named,
            text=said.text,
        )
    return t("study.choice.verdict", lang, verdict=t(f"study.choice.{word}", lang), text=said.text)


def _truths() -> dict:
    """(lesson, step) → the option a multiple choice's reveal last held right: what the
    checks of every lesson's choice steps read (tests/test_study_choices.py)."""
    return st.session_state.setdefault("_study_truths", {})


def again(lesson: str, step: Step) -> None:
    """ "Answer again": the kept answer is cleared and the question opens."""
    _answers().pop((lesson, step.name), None)
    _verdicts().pop((lesson, step.name), None)
    progress.forget(lesson, step.name)


def _shown(step: Step, answer, lang: str) -> str:
    """The kept answer as its question showed it."""
    if isinstance(step.ask, Choice):
        return t(step.key(f"opt.{answer}"), lang)
    if isinstance(step.ask, Point):
        return "({:.{d}f}, {:.{d}f})".format(*answer, d=DIGITS)
    # as many decimals as the step shows, or as the typed answer has: 8.48 typed in a box of
    # step 1 read "Your answer: 8" above feedback that said "You said 8.48"
    number = f"{float(answer):.{max(decimals(step.ask.step), decimals(float(answer)))}f}"
    return f"{number} {step.ask.unit}" if step.ask.unit else number
