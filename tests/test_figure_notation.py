"""Notation in a figure is rendered, not typed: Plotly draws `<sub>`/`<sup>`, so an axis title,
a legend entry, a colour bar, an annotation or a hover label that reads "λ_max", "D_u L" or
"10^x" shows the reader a raw underscore or caret (issue 32). Every lesson's default view, in
both languages, is read back and every text field of every chart is checked."""

from __future__ import annotations

import json
import re

import pytest

from tests.lessons import no_exceptions, open_page
from ui import registry

LESSONS = registry.lessons()
# a letter followed by `_x`, `_{` or `_\`; any caret. `%{x}` placeholders and `<sub>` are fine.
RAW = re.compile(r"[A-Za-zα-ωΑ-Ω][_][A-Za-z0-9α-ωΑ-Ω{\\]|\^")
# The fields of a Plotly spec a reader sees as text.
TEXT_KEYS = {"text", "name", "hovertemplate", "texttemplate", "ticktext", "legendgrouptitle"}


def raw_notation(node, path: str = "") -> list[str]:
    """Every text field under `node` (a chart's JSON) that holds raw `_`/`^` notation, with
    its path."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}.{key}"
            if isinstance(value, str):
                if (key in TEXT_KEYS or key == "title") and RAW.search(value):
                    found.append(f"{here}: {value!r}")
            elif isinstance(value, list) and key in TEXT_KEYS:
                found += [f"{here}: {v!r}" for v in value if isinstance(v, str) and RAW.search(v)]
            else:
                found += raw_notation(value, here)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += raw_notation(value, f"{path}[{i}]")
    return found


def test_the_check_finds_raw_notation_and_passes_rendered_notation():
    fig = {
        "data": [{"name": "λ_max", "hovertemplate": "%{x}: ε<sub>τ</sub><extra></extra>"}],
        "layout": {"xaxis": {"title": {"text": "10^x"}}, "yaxis": {"ticktext": ["D_u L"]}},
    }
    assert raw_notation(fig) == [
        ".data[0].name: 'λ_max'",
        ".layout.xaxis.title.text: '10^x'",
        ".layout.yaxis.ticktext: 'D_u L'",
    ]
    ok = {"data": [{"name": "λ<sub>max</sub>", "hovertemplate": "10<sup>%{x:.2f}</sup>"}]}
    assert raw_notation(ok) == []


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.url_path for lesson in LESSONS])
def test_no_figure_shows_raw_subscript_or_superscript_notation(lesson, lang):
    at = open_page(lesson.url_path, lang)
    no_exceptions(at)
    found = []
    for i, element in enumerate(at.get("plotly_chart")):
        found += [f"chart {i}{f}" for f in raw_notation(json.loads(element.proto.spec))]
    assert not found, "\n".join(found)


def test_every_formula_writes_the_learning_rate_as_the_sliders_do():
    """The sliders and notes write the learning rate ε (\\varepsilon); the SGD rule, the
    schedules and the convergence bounds wrote \\epsilon, which KaTeX draws as ϵ, another
    glyph beside the slider's (issue 32). No source of the app writes \\epsilon or ϵ."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    epsilon = re.compile(r"\\+epsilon(?![A-Za-z])|ϵ")
    found = [
        f"{path.relative_to(root)}:{n}"
        for folder in ("optimizers", "ui", "pages", "landscapes", "models")
        for path in sorted((root / folder).rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if epsilon.search(line)
    ]
    assert not found
