"""The edge-of-stability lesson's ledger checks: each sentence's numbers, read back from the
words, against the λ_max series the figure draws (the trace "ε = …" on the top-left panel)."""

from __future__ import annotations

import numpy as np

from tests import ledger as reader


def sharpness(view: reader.View, lr: str) -> tuple[np.ndarray, np.ndarray]:
    """The drawn λ_max series of rate `lr` (as the sentence prints it): steps and values."""
    fig = view.chart("eos_chart")
    for trace in fig["data"]:
        if trace.get("name") == f"ε = {lr}" and trace.get("yaxis") == "y":
            return reader.xy(reader.traces({"data": [trace]})[trace["name"]])
    raise AssertionError(f"no λ_max curve drawn for ε = {lr}")


def _limit(said: reader.Said) -> float:
    return said.number("limit")


def check_reached(view, said):
    steps, sharp = sharpness(view, said["lr"])
    assert said.number("start") == float(f"{sharp[0]:.3g}"), (said["start"], sharp[0])
    limit, pct = _limit(said), said.number("pct") / 100
    inside = np.abs(sharp - limit) <= pct * limit
    first = int(np.flatnonzero(inside)[0]) if inside.any() else None
    assert first is not None, "no drawn point is within the band"
    assert int(steps[first]) == int(said.number("step")), (steps[first], said["step"])


def _opening(view, said) -> reader.Said:
    """The opening of the sentence a continuation (", and stayed …") belongs to."""
    before = said.text[: said.start]
    for key in ("eos.fate.open.reached", "eos.fate.open.start", "eos.fate.open.past"):
        found = [s for s in reader.said([before], key, view.lang) if s.end <= len(before)]
        if found:
            return found[-1]
    raise AssertionError("no opening before the continuation")


def check_stayed(view, said):
    opening = _opening(view, said)
    steps, sharp = sharpness(view, opening["lr"])
    limit, pct = _limit(opening), said.number("pct") / 100
    reached = steps >= opening.number("step") if "step" in opening.fields else steps >= 0
    later = sharp[reached] / limit
    assert int(steps[-1]) == int(said.number("last_step"))
    outside = np.flatnonzero(np.abs(later - 1) > pct + 1e-9)
    assert not outside.size, f"drawn points leave the band: {later[outside][:5]}"
    assert float(said["lo"]) == round(float(later.min()), 2)
    assert float(said["hi"]) == round(float(later.max()), 2)
