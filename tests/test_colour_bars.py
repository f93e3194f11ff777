"""Every colour bar of every lesson's default view is labelled at round values (issue 32): the
ticks were floor + 10ᵏ, which read 1.07 / 0.167 / 0.0774 on the network landscape and
3.83 / 6.24 / 10.2 / 16.6 on gradient geometry. Read back from the chart specs the page
sends (`tickvals` / `ticktext` of each trace's colour bar)."""

from __future__ import annotations

import itertools
import json
import math
import re

import pytest

from tests.lessons import no_exceptions, open_page
from ui import registry

_SUPER = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")


def read(text: str) -> float:
    """A tick label's value: 0.2, −1, 1e-3, 10⁻⁵, 2×10⁻³."""
    text = text.replace("−", "-").strip()
    power = re.fullmatch(r"(?:([\d.]+)×)?10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)", text)
    if power:
        return float(power.group(1) or 1) * 10.0 ** int(power.group(2).translate(_SUPER))
    return float(text)


def is_125(value: float) -> bool:
    """1, 2 or 5 times a power of ten (or 0)."""
    if value == 0:
        return True
    mantissa = abs(value) / 10.0 ** math.floor(math.log10(abs(value)) + 1e-9)
    return any(math.isclose(mantissa, m, rel_tol=1e-6) for m in (1, 2, 5, 10))


def round_labels(values: list[float]) -> bool:
    """Steps of 1, 2 or 5 × 10ᵏ from a multiple of the step, or every value 1, 2 or 5 × 10ᵏ
    (a log scale's decades and their halves and fifths)."""
    if all(is_125(v) for v in values):
        return True
    steps = [b - a for a, b in itertools.pairwise(values)]
    step = steps[0]
    if (
        is_125(step)
        and all(math.isclose(s, step, rel_tol=1e-6) for s in steps)
        and all(abs(v / step - round(v / step)) < 1e-6 for v in values)
    ):
        return True
    # a log bar over a narrow range (0.0674 … 0.11): multiples of one 1, 2 or 5 × 10ᵏ step
    # at least a tenth of the labels' range, unevenly placed (0.07, 0.08, 0.1)
    spread = values[-1] - values[0]
    step = 10.0 ** math.floor(math.log10(spread))
    for _ in range(3):
        for m in (5, 2, 1):
            if m * step >= spread / 10 and all(
                abs(v / (m * step) - round(v / (m * step))) < 1e-6 for v in values
            ):
                return True
        step /= 10
    return False


def colour_bars(spec: dict) -> list[dict]:
    bars = []
    for trace in spec.get("data", ()):
        marker = trace.get("marker") if isinstance(trace.get("marker"), dict) else {}
        for bar in (trace.get("colorbar"), marker.get("colorbar")):
            if isinstance(bar, dict) and bar.get("ticktext"):
                bars.append(bar)
    return bars


def test_the_reading_of_labels():
    assert [read(s) for s in ("0.2", "−1", "1e-3", "10⁻⁵", "2×10⁻³")] == [
        0.2, -1.0, 1e-3, 1e-5, 2e-3]  # fmt: skip
    assert round_labels([0.01, 0.1, 1, 10]) and round_labels([0.5, 1, 1.5, 2])
    assert round_labels([2, 4, 6, 8, 10]) and round_labels([-0.5, 5])
    assert not round_labels([0.0774, 0.167, 1.07])
    assert not round_labels([3.83, 6.24, 10.2, 16.6])
    assert not round_labels([0.49, 1.39])
    assert round_labels([0.07, 0.08, 0.1]) and not round_labels([0.0674, 0.08, 0.1])


@pytest.mark.parametrize("url_path", [lesson.url_path for lesson in registry.lessons()])
def test_every_colour_bar_is_labelled_at_round_values(url_path):
    at = open_page(url_path)
    no_exceptions(at)
    for element in at.get("plotly_chart"):
        for bar in colour_bars(json.loads(element.proto.spec)):
            texts = bar["ticktext"]
            values = [read(t) for t in texts]
            where = f"{element.proto.id}: {texts}"
            assert len(set(texts)) == len(texts), where
            assert values == sorted(values), where
            assert round_labels(values), where
