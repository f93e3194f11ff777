"""The basins lesson's ledger checks: each map's share of differing cell borders, read from the
start grid its heatmap draws (a cell's value is the end group of its run)."""

from __future__ import annotations

import re

import numpy as np

from tests import ledger as reader


def drawn_labels(view: reader.View, name: str) -> np.ndarray:
    """The start grid drawn for the map named "Optimizer (i)": its heatmap's cells."""
    i = int(re.search(r"\((\d)\)\s*$", name)[1])
    fig = view.chart(f"basin_{i - 1}")
    (heat,) = [tr for tr in fig["data"] if tr.get("type") == "heatmap"]
    return np.asarray(reader.traces({"data": [heat]})[heat.get("name")]["z"])


def share(z: np.ndarray) -> float:
    """The share of horizontal and vertical neighbour pairs whose cells differ."""
    across = np.concatenate([(z[1:, :] != z[:-1, :]).ravel(), (z[:, 1:] != z[:, :-1]).ravel()])
    return float(np.mean(across))


def check_broken(view, said):
    pct = 100 * share(drawn_labels(view, said["name"]))
    assert abs(said.number("pct") - pct) <= 0.051, (said["pct"], pct)


def check_more_broken(view, said):
    more = share(drawn_labels(view, said["more"]))
    less = share(drawn_labels(view, said["less"]))
    assert more >= 2 * less and more > 0, (more, less)
    ratio = more / less if less else float("inf")
    factor = reader.number(said["factor"])
    assert abs(factor - ratio) <= (0.5 if ratio >= 10 else 0.05) + 1e-9, (factor, ratio)


def check_alike(view, said):
    a, b = (share(drawn_labels(view, f"x ({i})")) for i in (1, 2))
    assert max(a, b) < 2 * min(a, b) or max(a, b) == 0, (a, b)


def check_only_broken(view, said):
    assert share(drawn_labels(view, said["less"])) == 0
    assert share(drawn_labels(view, said["more"])) > 0
