"""Notation in a figure is rendered, not typed: Plotly draws `<sub>`/`<sup>`, so an axis title,
a legend entry, a colour bar, an annotation or a hover label that reads "λ_max", "D_u L" or
"10^x" shows the reader a raw underscore or caret (issue 32). Every lesson's default view, in
both languages, is read back and every text field of every chart is checked."""

from __future__ import annotations

import base64
import json
import re

import numpy as np
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


# ---- no SI suffixes on ticks ("15M" beside "1.2×10⁷") ------------------------------------------

# Plotly's default tick format ("B") writes an axis whose largest tick is 10⁴ or more, or under
# 10⁻³, with an SI suffix ("15M", "20k", "100μ"); "power" writes 1.5×10⁷. An axis or colour bar
# whose drawn values reach that far must say how its ticks are written.
WRITTEN = {"power", "e", "E", "none"}


def _values(spec) -> np.ndarray:
    if isinstance(spec, dict) and "bdata" in spec:
        return np.frombuffer(base64.b64decode(spec["bdata"]), dtype=np.dtype(spec["dtype"])).astype(
            np.float64
        )
    try:
        return np.asarray(spec, dtype=np.float64).ravel()
    except (TypeError, ValueError):
        return np.asarray([])


def _suffixed(values: np.ndarray) -> bool:
    v = np.abs(values[np.isfinite(values)])
    return v.size > 0 and (v.max() >= 1e4 or 0 < v.max() < 1e-3)


def si_suffixed_axes(fig: dict) -> list[str]:
    """The cartesian axes and colour bars of `fig` whose ticks Plotly would write with an SI
    suffix: values of 10⁴ or more (or all under 10⁻³), no `exponentformat` that avoids it and
    no tick text of their own."""
    layout = fig.get("layout", {})
    drawn: dict[str, list[np.ndarray]] = {}
    found = []
    for i, trace in enumerate(fig.get("data", [])):
        if trace.get("type", "scatter") in {"scatter", "scattergl", "bar", "histogram", "contour",
                                            "heatmap"}:  # fmt: skip
            for axis in ("x", "y"):
                name = axis + "axis" + trace.get(axis + "axis", axis)[1:]
                drawn.setdefault(name, []).append(_values(trace.get(axis, [])))
        bar = trace.get("colorbar")
        if (
            trace.get("showscale", True)
            and "z" in trace
            and trace.get("type") in {"contour", "heatmap"}
        ):
            z = _values(trace["z"])
            bar = bar or {}
            if _suffixed(z) and bar.get("exponentformat") not in WRITTEN and "ticktext" not in bar:
                found.append(f"data[{i}].colorbar")
    for name, arrays in drawn.items():
        axis = layout.get(name, {})
        values = np.concatenate(arrays) if arrays else np.asarray([])
        if axis.get("type") == "category" or "ticktext" in axis:
            continue
        if _suffixed(values) and axis.get("exponentformat") not in WRITTEN:
            found.append(f"layout.{name}")
    return found


def test_the_check_finds_an_axis_plotly_would_write_as_15M():
    big = {"data": [{"x": [0, 1.5e7], "y": [1, 2]}], "layout": {"xaxis": {}}}
    assert si_suffixed_axes(big) == ["layout.xaxis"]
    big["layout"]["xaxis"]["exponentformat"] = "power"
    assert si_suffixed_axes(big) == []
    small = {"data": [{"x": [1, 2], "y2": [0], "yaxis": "y2", "y": [1e-5, 2e-4]}], "layout": {}}
    assert si_suffixed_axes(small) == ["layout.yaxis2"]
    assert si_suffixed_axes({"data": [{"x": [0, 9999.0], "y": [0.001, 5]}]}) == []


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.url_path for lesson in LESSONS])
def test_no_default_figure_writes_ticks_with_si_suffixes(lesson):
    at = open_page(lesson.url_path, "en")
    no_exceptions(at)
    found = []
    for i, element in enumerate(at.get("plotly_chart")):
        found += [f"chart {i} {f}" for f in si_suffixed_axes(json.loads(element.proto.spec))]
    assert not found, "\n".join(found)


def test_the_orbit_that_grows_to_millions_is_written_in_powers_of_ten():
    """/long-term-dependencies at λ₁ = 1.5 and 40 steps: the orbit's x reaches about −5×10⁶,
    which Plotly's default wrote "−5M" beside the norm chart's 10⁶."""
    at = open_page("long-term-dependencies", "en", lam1=1.5, ltd_t=40)
    no_exceptions(at)
    orbit = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert np.abs(_values(orbit["data"][0]["x"])).max() > 1e6
    assert si_suffixed_axes(orbit) == []
