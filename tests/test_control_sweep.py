"""Every control value of every lesson renders (issue 31).

For each lesson, from its default view: every option of every select, radio, pills,
segmented control and multiselect (each option alone, and all of them), both states of
every toggle and checkbox, and both ends of every slider, one control at a time. A choice
that brings up controls of its own (a view switch, "your own formula") has those swept too,
from there (each such control once per lesson: an optimizer's sliders under the first
choice that shows them). Each view must render with no exception and leave nothing in the
server log: no record at WARNING or above and no warning a served app would print
(`RuntimeWarning` from NumPy's overflow, say). A lesson's own notices on the page
(`st.warning`) are fine. Every ledger sentence a view shows is read back from the page and
held against the figure's drawn data (`tests/ledger.py`, the lessons' `ledger.py`).

One AppTest per lesson: a control is set, the view run, and the control set back; when
setting it back does not give the default view again, the lesson is opened afresh.

Every view's time (one `at.run()`) is printed at the end of the session, slowest first: no
view a control reaches should take more than 5 s on a warm server (the issue's aim; the
sweep prints, it never asserts a time). Views that need several settings at once are
opened by link (PAIRS); control values that fail today are strict xfails (KNOWN).
"""

from __future__ import annotations

import contextlib
import logging
import time
import traceback
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
import pytest
from streamlit.proto.WidgetStates_pb2 import WidgetState, WidgetStates
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import ElementTree

from tests import ledger as reader
from tests.lessons import open_page
from ui import registry

# Widgets with a value a lecturer sets, the sidebar's too (language, projector mode). Buttons
# and text boxes are not swept: buttons are actions, a typed formula is the formula tests'
# business.
KINDS = (
    "selectbox",
    "radio",
    "multiselect",
    "button_group",  # st.pills and st.segmented_control
    "toggle",
    "checkbox",
    "slider",
    "select_slider",
    "number_input",
)
SLOW = 5.0  # seconds: the bound for one view, reported (never asserted)

# Warning categories a served app's default filters do not print.
QUIET = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)


# ---- setting a control to a value the browser would send ------------------------------------
# What the next run sends for a widget, by id, in place of what AppTest would: the option's
# label as shown, as a browser sends it (AppTest sends `format_func(value)`, and the sweep
# knows the labels the page drew, not the values behind them).
PENDING: dict[str, WidgetState] = {}


def _send(widget, state: WidgetState) -> None:
    PENDING[widget.id] = state


def _get_widget_states(original):
    def get_widget_states(tree: ElementTree) -> WidgetStates:
        states = original(tree)
        for state in states.widgets:
            if state.id in PENDING:
                state.CopyFrom(PENDING[state.id])
        PENDING.clear()
        return states

    return get_widget_states


@pytest.fixture(autouse=True)
def _browser_states(monkeypatch):
    monkeypatch.setattr(
        ElementTree, "get_widget_states", _get_widget_states(ElementTree.get_widget_states)
    )


@dataclass(frozen=True)
class Value:
    """One value of one control: what is sent, and how the report names it."""

    kind: str
    key: str
    name: str  # the value as the report shows it
    labels: tuple[str, ...] = ()  # option labels (single- or multi-choice)
    number: float | None = None  # a slider's or number box's value
    flag: bool | None = None  # a toggle's or checkbox's state

    def __str__(self) -> str:
        return f"{self.key}={self.name}"


def _control_key(widget) -> str:
    """The control's key: the user key where it has one, else its kind and label."""
    return widget.key or f"{widget.type}:{getattr(widget, 'label', widget.id)}"


def _controls(at: AppTest) -> dict[str, object]:
    found = {}
    for kind in KINDS:
        for widget in at.get(kind):
            if getattr(widget, "disabled", False):
                continue
            found.setdefault(_control_key(widget), widget)
    return found


def _state(widget) -> WidgetState:
    return type(widget)._widget_state.fget(widget)


def _number(value: float, integer: bool) -> str:
    return str(int(value)) if integer else f"{value:g}"


def values_of(widget) -> list[Value]:
    """Every value the sweep sends to `widget`: each option (and, for a multi-choice, each
    alone and all of them), both states of a switch, both ends of a slider."""
    key = _control_key(widget)
    kind = widget.type
    if kind in ("selectbox", "radio"):
        return [Value(kind, key, o, (o,)) for o in widget.options]
    if kind == "multiselect" or (kind == "button_group" and not widget._is_single_select):
        alone = [Value(kind, key, o, (o,)) for o in widget.options]
        every = tuple(widget.options)
        return alone + ([Value(kind, key, " + ".join(every), every)] if len(every) > 1 else [])
    if kind == "button_group":
        return [Value(kind, key, o, (o,)) for o in widget.options]
    if kind in ("toggle", "checkbox"):
        return [Value(kind, key, str(flag).lower(), flag=flag) for flag in (False, True)]
    if kind == "select_slider":
        ends = [widget.options[0], widget.options[-1]]
        return [Value(kind, key, o, (o,)) for o in dict.fromkeys(ends)]
    if kind == "slider":
        integer = widget.proto.data_type == widget.proto.DataType.INT
        ends = [widget.proto.min, widget.proto.max]
        return [Value(kind, key, _number(v, integer), number=v) for v in dict.fromkeys(ends)]
    if kind == "number_input":
        ends = [v for v in (widget.proto.min, widget.proto.max) if abs(v) < 1e300]
        return [Value(kind, key, f"{v:g}", number=v) for v in dict.fromkeys(ends)]
    raise AssertionError(f"no values for a {kind}")


def browser_state(widget, value: Value) -> WidgetState:
    """What a browser sends when `widget` is set to `value`."""
    state = WidgetState()
    state.id = widget.id
    if value.kind in ("selectbox", "radio"):
        state.string_value = value.labels[0]
    elif value.kind in ("multiselect", "button_group", "select_slider"):
        state.string_array_value.data[:] = list(value.labels)
    elif value.kind in ("toggle", "checkbox"):
        state.bool_value = bool(value.flag)
    elif value.kind == "slider":
        state.double_array_value.data[:] = [value.number]
    elif value.kind == "number_input":
        state.double_value = value.number
    return state


def _bytes(state: WidgetState) -> bytes:
    return state.SerializeToString(deterministic=True)


# ---- the server log -------------------------------------------------------------------------
class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.threadName == "MainThread" and "missing ScriptRunContext" in record.msg:
            return  # the test itself reading AppTest's state: no server would log it
        line = f"{record.name}: {record.levelname}: {record.getMessage()}"
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            where = traceback.extract_tb(error.__traceback__)[-1]
            line += f": {type(error).__name__}: {error} at {where.filename}:{where.lineno}"
        self.lines.append(line)


@contextlib.contextmanager
def server_log() -> Iterator[list[str]]:
    """What a served app would print while the block runs: log records at WARNING and above
    (Streamlit's own loggers do not propagate, so they get the handler too) and warnings."""
    handler = _Records()
    loggers = [logging.getLogger(), *_streamlit_loggers()]
    for logger in loggers:
        logger.addHandler(handler)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield handler.lines
        finally:
            for logger in loggers:
                logger.removeHandler(handler)
    handler.lines.extend(
        f"{w.category.__name__}: {w.message} ({w.filename}:{w.lineno})"
        for w in caught
        if not issubclass(w.category, QUIET)
    )


def _streamlit_loggers() -> list[logging.Logger]:
    return [
        logger
        for name, logger in logging.Logger.manager.loggerDict.items()
        if isinstance(logger, logging.Logger) and not logger.propagate
    ]


# ---- the sweep ------------------------------------------------------------------------------
@dataclass
class View:
    lesson: str
    value: str
    seconds: float


@dataclass
class Sweep:
    """One lesson's sweep: its views' times, what failed, and how it went."""

    lesson: str
    views: list[View] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    reopened: int = 0
    not_kept: list[str] = field(default_factory=list)  # values the page replaced at once

    def open(self) -> AppTest:
        with server_log() as log:
            start = time.perf_counter()
            at = open_page(self.lesson)
            seconds = time.perf_counter() - start
        self.views.append(View(self.lesson, "(default view, opened)", seconds))
        self.check(at, "(default view)", log)
        return at

    def run(self, at: AppTest, label: str, *, timed: bool = True) -> None:
        with server_log() as log:
            start = time.perf_counter()
            at.run()
            seconds = time.perf_counter() - start
        if timed:
            self.views.append(View(self.lesson, label, seconds))
        self.check(at, label, log)

    def check(self, at: AppTest, label: str, log: list[str]) -> None:
        # The page shows a redacted message; the log line below names the error and its line.
        self.failures.extend(f"{label}: the page shows an exception" for _ in at.exception)
        self.failures.extend(f"{label}: logged {line}" for line in log)
        # Every ledger sentence the view shows, read back and held against its drawn data.
        view = reader.View(at, self.lesson, "en")
        self.failures.extend(f"{label}: {line}" for line in reader.check_view(view, SEEN))


TIMES: list[View] = []
SEEN: set[str] = set()  # ledger sentences found on some swept view


def _find(at: AppTest, key: str):
    return _controls(at).get(key)


def _snapshot(at: AppTest) -> dict[str, bytes]:
    return {key: _bytes(_state(widget)) for key, widget in _controls(at).items()}


def _set(sweep: Sweep, at: AppTest, key: str, value: Value, label: str) -> bool:
    """Sets one control and runs the view; False when the control is not on the page."""
    widget = _find(at, key)
    if widget is None:
        return False
    _send(widget, browser_state(widget, value))
    sweep.run(at, label)
    after = _find(at, key)
    if after is None or _bytes(_state(after)) != _bytes(browser_state(after, value)):
        sweep.not_kept.append(label)
    return True


def _set_back(sweep: Sweep, at: AppTest, key: str, state: bytes, label: str) -> None:
    widget = _find(at, key)
    if widget is None:
        return
    back = WidgetState()
    back.ParseFromString(state)
    back.id = widget.id
    _send(widget, back)
    sweep.run(at, f"{label} (set back)", timed=False)


def _only_moved(at: AppTest, key: str, base: dict[str, bytes]) -> bool:
    """Whether every control of `base` but `key` is still on the page at its `base` value (a
    control the value brought up is not in `base`): then the next value of `key` can be set
    from here, with no run to set `key` back first."""
    now = _snapshot(at)
    return all(k in now and now[k] == state for k, state in base.items() if k != key)


def sweep_lesson(url_path: str, *, only: str | None = None) -> Sweep:
    """Every value of every control of the lesson's default view, one control at a time; for
    a choice that brings up controls of its own, those controls' values from there (each
    such control once: an optimizer's sliders are swept under the first choice that shows
    them). `only` sweeps that one value; the known failures (KNOWN) are left to their own
    cases.

    A control's values follow one another (its first end, then its other end) and it is set
    back once after its last: each view is still the default view with that one control
    changed. A value that moved another control (a landscape that moves the start) is set
    back at once, and the lesson opened afresh if that does not give the default view."""
    sweep = Sweep(url_path)
    at = sweep.open()
    default = _snapshot(at)
    swept: set[str] = set(default)
    for key, widget in _controls(at).items():
        moved = None  # the last value set and not yet set back
        for value in values_of(widget):
            if _bytes(browser_state(widget, value)) == default[key]:
                continue  # the default view itself
            if (str(value) != only) if only else (url_path, str(value)) in KNOWN:
                continue
            if not _set(sweep, at, key, value, str(value)):
                sweep.failures.append(f"{value}: the control left the default view")
                at = sweep.open()
                sweep.reopened += 1
                moved = None
                continue
            moved = value
            here = _snapshot(at)
            for new_key in [k for k in here if k not in swept]:
                swept.add(new_key)
                last = None
                for new_value in values_of(_find(at, new_key)):
                    label = f"{value} & {new_value}"
                    new_widget = _find(at, new_key)
                    if (
                        new_widget is None
                        or _bytes(browser_state(new_widget, new_value)) == here[new_key]
                    ):
                        continue
                    if _set(sweep, at, new_key, new_value, label):
                        last = label
                        if not _only_moved(at, new_key, here):
                            _set_back(sweep, at, new_key, here[new_key], label)
                            last = None
                if last is not None:
                    _set_back(sweep, at, new_key, here[new_key], last)
            if not _only_moved(at, key, default):
                _set_back(sweep, at, key, default[key], str(value))
                moved = None
                if _snapshot(at) != default:  # e.g. a landscape that moved the start
                    at = sweep.open()
                    sweep.reopened += 1
        if moved is not None:
            _set_back(sweep, at, key, default[key], str(moved))
            if _snapshot(at) != default:
                at = sweep.open()
                sweep.reopened += 1
    return sweep


# Control values that fail today, each a finding of issue 31 that is not fixed yet: swept in
# a case of its own that must fail (strict), so the sweep lands and the bug stays in sight.
KNOWN: dict[tuple[str, str], str] = {}  # none today: minibatch-noise's ε = 10 is fixed

CASES = [pytest.param(lesson.url_path, None, id=lesson.url_path) for lesson in registry.lessons()]
CASES += [
    pytest.param(
        path,
        value,
        id=f"{path}:{value}",
        marks=pytest.mark.xfail(strict=True, reason=reason),
    )
    for (path, value), reason in KNOWN.items()
]


@pytest.mark.parametrize(("url_path", "only"), CASES)
def test_every_control_value_renders(url_path, only, capsys):
    sweep = sweep_lesson(url_path, only=only)
    TIMES.extend(sweep.views)
    slowest = max(sweep.views, key=lambda v: v.seconds)
    with capsys.disabled():
        print(
            f"\n/{url_path}{f' ({only})' if only else ''}: {len(sweep.views)} views, "
            f"opened again {sweep.reopened}×, slowest {slowest.seconds:.1f} s "
            f"({slowest.value}), {sum(v.seconds for v in sweep.views):.0f} s in all; "
            f"values the page replaced at once (presets): {sweep.not_kept or 'none'}"
        )
    failures = sweep.failures
    assert not failures, "\n".join(failures)


# Views whose sentences depend on two or more controls at once, by link: the settings issue 31
# found wrong, so that each of them renders and logs nothing, whatever its sentence says.
PAIRS = [
    ("edge-of-stability", {"eos_alpha": "0.9", "eos_lr": ["0.01", "0.05", "0.3"]}),
    ("critical-points", {"landscape": "monkey_saddle", "px": "0", "py": "0"}),
    ("playground", {"opt": "sgd", "sgd-lr": "1.05", "steps": "100"}),
    ("regularization-network", {"rn_l1": "0.01", "rn_p": "0.5", "rn_view": "curves"}),
    ("minibatch-noise", {"mb_batch": "20", "mb_lr": "10", "mb_epochs": "20", "mb_seed": "99"}),
    (
        "minibatch-noise",  # issue 31's whole link: the runs diverge and the batch pair is swapped
        {
            "mb_batch": "20",
            "mb_lr": "10",
            "mb_epochs": "20",
            "mb_seed": "99",
            "cloud_b": "20",
            "sf_small": "16",
            "sf_large": "4",
        },
    ),
    ("long-term-dependencies", {"lam1": "-0.99", "lam2": "0.99", "ltd_t": "5"}),  # grown so far
    ("long-term-dependencies", {"lam1": "1.01", "ltd_t": "5"}),  # shrunk so far
]


def _link(query: dict) -> str:
    return "&".join(
        f"{key}={v}" for key, value in query.items() for v in np.atleast_1d(value).tolist()
    )


def _pair_id(case) -> str:
    path, query = case.values if hasattr(case, "values") else case
    return f"{path}?{_link(query)}"


@pytest.mark.parametrize(("url_path", "query"), PAIRS, ids=[_pair_id(case) for case in PAIRS])
def test_views_with_several_settings_render(url_path, query):
    label = _link(query)
    with server_log() as log:
        start = time.perf_counter()
        at = open_page(url_path, **query)
        seconds = time.perf_counter() - start
    TIMES.append(View(url_path, f"(opened) ?{label}", seconds))
    assert not at.exception, [e.value for e in at.exception]
    assert not log, log
    failures = reader.check_view(reader.View(at, url_path, "en"), SEEN)
    assert not failures, "\n".join(failures)
    # Every setting was taken: an ignored URL value would leave a notice naming it.
    ignored = [w.value for w in at.warning if any(f"{k}=" in w.value for k in query)]
    assert not ignored, ignored


@pytest.fixture(scope="module", autouse=True)
def _print_times(request):
    yield
    if not TIMES:
        return
    lines = [f"{'s':>6}  lesson / control=value"]
    for view in sorted(TIMES, key=lambda v: -v.seconds):
        mark = "  > 5 s" if view.seconds > SLOW else ""
        lines.append(f"{view.seconds:6.2f}  /{view.lesson}  {view.value}{mark}")
    capman = request.config.pluginmanager.getplugin("capturemanager")
    with capman.global_and_fixture_disabled():
        print("\nEvery view's time (one run each, slowest first):\n" + "\n".join(lines))
