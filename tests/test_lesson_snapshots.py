"""Every lesson's default view, in both languages, held against a recorded snapshot: what each
chart draws (every trace's numbers, summarised; the layout's text and ranges) and every
sentence, caption, formula and notice on the page. The lesson's ledger is read on the same
view: every sentence on it holds against the drawn data (`tests/ledger.py`).

Recorded before the lessons moved into folders of their own (issue 30), so the move is shown
to change nothing a reader sees. A deliberate change to a default view re-records its lesson:

    LOSSLAB_RECORD=1 .venv/bin/python -m pytest tests/test_lesson_snapshots.py

and the diff of `tests/snapshots/` shows what changed, for review.
"""

from __future__ import annotations

import base64
import json
import math
import os
import re
from pathlib import Path

import numpy as np
import pytest

from tests import ledger as reader
from tests.lessons import no_exceptions, open_page
from ui import registry
from ui.ledger import Sentence, ledger

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
RECORD = os.environ.get("LOSSLAB_RECORD") == "1"
LESSONS = registry.lessons()
TEXT_ELEMENTS = ("title", "header", "subheader", "markdown", "caption", "latex", "info",
                 "warning", "success", "error", "metric")  # fmt: skip
# Numbers a page prints from JAX's float32 results may differ in the last digit between
# machines (XLA's CPU code differs with the processor); everything else must be equal.
REL = 2e-3


def _summary(values: np.ndarray) -> dict:
    """A trace array's shape and a few numbers that change when any value moves."""
    v = np.asarray(values, dtype=np.float64).ravel()
    finite = v[np.isfinite(v)]
    out = {"n": int(v.size), "nonfinite": int(v.size - finite.size)}
    if finite.size:
        weights = np.linspace(1.0, 2.0, finite.size)
        out |= {
            "min": float(finite.min()),
            "max": float(finite.max()),
            "sum": float(finite.sum()),
            "weighted": float((weights * finite).sum()),
            "first": float(finite[0]),
            "last": float(finite[-1]),
        }
    return out


def _typed(spec) -> np.ndarray | None:
    if isinstance(spec, dict) and "bdata" in spec and "dtype" in spec:
        v = np.frombuffer(base64.b64decode(spec["bdata"]), dtype=np.dtype(spec["dtype"]))
        return v.astype(np.float64)
    return None


def _digest(node):
    """The chart spec with every typed array or long numeric list replaced by its summary."""
    typed = _typed(node)
    if typed is not None:
        return {"array": _summary(typed)}
    if isinstance(node, dict):
        return {k: _digest(v) for k, v in sorted(node.items()) if k not in ("uid", "uirevision")}
    if isinstance(node, list):
        flat = np.asarray(node, dtype=object).ravel() if node else np.asarray([])
        if len(node) > 8 and all(isinstance(x, (int, float)) for x in flat):
            return {"array": _summary(np.asarray(node, dtype=np.float64))}
        return [_digest(v) for v in node]
    return node


# Times measured as the page runs (a network's training, a compile) differ on every run.
MEASURED = re.compile(r"\d+(?:\.\d+)?\s?(?:ms|s|毫秒|秒)(?![A-Za-z])")


def _view(at) -> dict:
    texts = []
    for kind in TEXT_ELEMENTS:
        for element in at.get(kind):
            value = getattr(element, "value", None)
            if kind == "metric":
                value = f"{element.label}: {element.value}"
            if kind == "markdown" and str(value).startswith("<style>"):
                continue  # the theme's CSS (ui/theme.py) is no lesson's text
            texts.append([kind, MEASURED.sub("<measured>", str(value))])
    charts = [_digest(json.loads(e.proto.spec)) for e in at.get("plotly_chart")]
    return {"texts": texts, "charts": charts}


NUMBER = re.compile(r"[-−]?\d+(?:\.\d+)?(?:e[-+]?\d+)?")


def _close(a: float, b: float) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return math.isclose(a, b, rel_tol=REL, abs_tol=1e-6)


def _same_text(a: str, b: str) -> bool:
    """Equal, or equal but for printed numbers within the machine tolerance (their last
    digit)."""
    if a == b:
        return True
    if NUMBER.sub("#", a) != NUMBER.sub("#", b):
        return False
    xs = [float(x.replace("−", "-")) for x in NUMBER.findall(a)]
    ys = [float(y.replace("−", "-")) for y in NUMBER.findall(b)]
    return all(
        _close(x, y) or abs(x - y) <= 10 ** -max(len(s.split(".")[-1]) if "." in s else 0, 0)
        for x, y, s in zip(xs, ys, NUMBER.findall(a), strict=True)
    )


def _differences(recorded, now, path: str = "") -> list[str]:
    if isinstance(recorded, dict) and isinstance(now, dict):
        if set(recorded) != set(now):
            return [f"{path}: keys {sorted(set(recorded) ^ set(now))}"]
        return [d for k in recorded for d in _differences(recorded[k], now[k], f"{path}.{k}")]
    if isinstance(recorded, list) and isinstance(now, list):
        if len(recorded) != len(now):
            return [f"{path}: {len(recorded)} items recorded, {len(now)} now"]
        return [d for i, (r, n) in enumerate(zip(recorded, now, strict=True))
                for d in _differences(r, n, f"{path}[{i}]")]  # fmt: skip
    if isinstance(recorded, bool) or isinstance(now, bool):
        return [] if recorded == now else [f"{path}: {recorded!r} → {now!r}"]
    if isinstance(recorded, (int, float)) and isinstance(now, (int, float)):
        return [] if _close(float(recorded), float(now)) else [f"{path}: {recorded} → {now}"]
    if isinstance(recorded, str) and isinstance(now, str):
        return [] if _same_text(recorded, now) else [f"{path}: {recorded!r} → {now!r}"]
    return [] if recorded == now else [f"{path}: {recorded!r} → {now!r}"]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.url_path for lesson in LESSONS])
def test_a_lessons_default_view_is_what_was_recorded(lesson, lang):
    at = open_page(lesson.url_path, lang)
    no_exceptions(at)
    # The lesson's ledger, read on its default view: every sentence shown holds against the
    # drawn data, and every sentence whose example is the default view is shown.
    seen: set[str] = set()
    failures = reader.check_view(reader.View(at, lesson.url_path, lang), seen)
    assert not failures, "\n".join(failures)
    default = [e.key for e in ledger(lesson) if isinstance(e, Sentence) and not e.example]
    unseen = [key for key in default if key not in seen]
    assert not unseen, f"ledger sentences not shown on the default view ({lang}): {unseen}"
    view = _view(at)
    file = SNAPSHOTS / f"{lesson.url_path}.{lang}.json"
    if RECORD or not file.exists():
        SNAPSHOTS.mkdir(exist_ok=True)
        file.write_text(json.dumps(view, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        if not RECORD:
            pytest.fail(f"no snapshot for {lesson.url_path} ({lang}): recorded it now")
        return
    recorded = json.loads(file.read_text())
    differences = _differences(recorded, json.loads(json.dumps(view)))
    assert not differences, "\n".join(differences[:20])
