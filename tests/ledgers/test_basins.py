"""The basins lesson's ledger checks: each map's share of differing cell borders, read from the
start grid its heatmap draws (a cell's value is the end group of its run)."""

from __future__ import annotations

import re

import numpy as np

import optimizers
from pages.basins.ledger import MAP
from tests import ledger as reader
from tests.lessons import open_page


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
    check_broken_has_basins(view, said)
    pct = 100 * share(drawn_labels(view, said["name"]))
    assert abs(said.number("pct") - pct) <= 0.051, (said["pct"], pct)


def drawn_ends(view: reader.View, name: str) -> np.ndarray:
    """The drawn start grid as end groups: ≥ 0 a minimum's group, −2 not settled, −1 diverged
    (the heatmap draws these two as its last two colour slots, n − 2 and n − 1, zmax = n − ½)."""
    i = int(re.search(r"\((\d)\)\s*$", name)[1])
    fig = view.chart(f"basin_{i - 1}")
    (heat,) = [tr for tr in fig["data"] if tr.get("type") == "heatmap"]
    z = np.asarray(reader.traces({"data": [heat]})[heat.get("name")]["z"], float)
    n = round(float(heat["zmax"]) + 0.5)
    return np.where(z == n - 1, -1, np.where(z == n - 2, -2, z))


def _reached(view, name: str) -> float:
    return float(np.mean(drawn_ends(view, name) >= 0))


def check_broken_has_basins(view, said):
    assert _reached(view, said["name"]) >= 0.5


def check_no_basins(view, said):
    z = drawn_ends(view, said["name"])
    assert np.mean(z >= 0) < 0.5
    for key, value in (("reached", np.mean(z >= 0)), ("diverged", np.mean(z == -1))):
        assert abs(said.number(key) - 100 * value) <= 0.051, (key, said[key], value)
    assert abs(said.number("unsettled") - 100 * np.mean(z == -2)) <= 0.051


def check_no_compare(view, said):
    pct = said.number("pct") / 100
    assert min(_reached(view, f"x ({i})") for i in (1, 2)) < pct


def check_momentum(view, said):
    i = int(re.search(r"\((\d)\)\s*$", said["name"])[1])
    name = view.widget(f"b_opt{i}").value
    assert "momentum" in optimizers.get(name).hp_names
    assert said.number("alpha") == optimizers.SPECS["momentum"].default == 0.9


def check_more_broken(view, said):
    assert min(_reached(view, f"x ({i})") for i in (1, 2)) >= 0.5, "a map has no basins"
    more = share(drawn_labels(view, said["more"]))
    less = share(drawn_labels(view, said["less"]))
    assert more >= 2 * less and more > 0, (more, less)
    ratio = more / less if less else float("inf")
    factor = reader.number(said["factor"])
    assert abs(factor - ratio) <= (0.5 if ratio >= 10 else 0.05) + 1e-9, (factor, ratio)


def check_alike(view, said):
    assert min(_reached(view, f"x ({i})") for i in (1, 2)) >= 0.5, "a map has no basins"
    a, b = (share(drawn_labels(view, f"x ({i})")) for i in (1, 2))
    assert max(a, b) < 2 * min(a, b) or max(a, b) == 0, (a, b)


def check_only_broken(view, said):
    assert min(_reached(view, f"x ({i})") for i in (1, 2)) >= 0.5, "a map has no basins"
    assert share(drawn_labels(view, said["less"])) == 0
    assert share(drawn_labels(view, said["more"])) > 0


def test_maps_without_basins_are_not_compared():
    """b_lr1 = 0.025: every Himmelblau minimum is unstable for SGD (2/λ_max = 0.0243, 0.0248,
    0.0150, 0.0190 < 0.025): its map is 97.9 % not settled, 2.1 % diverged, 0 % at a minimum,
    yet the notice said momentum's basins were 27× as broken up as SGD's. b_ls = saddle: both
    maps 100 % diverged, yet 'about as broken up'."""
    for query in ({"b_lr1": "0.025"}, {"b_ls": "saddle"}):
        for lang in ("en", "zh"):
            view = reader.View(open_page("basins", lang, **query), "basins", lang)
            assert view.said("maps.basins.no_basins", name=MAP["name"])
            assert view.said("maps.basins.no_compare")
            for key in ("maps.basins.more_broken", "maps.basins.alike", "maps.basins.only_broken"):
                assert not view.said(key, more=MAP["name"], less=MAP["name"]), key
            assert not reader.check_view(view)
    view = reader.View(open_page("basins", b_lr1="0.025"), "basins")
    (sgd,) = view.said("maps.basins.no_basins", name=MAP["name"])
    assert (sgd["reached"], sgd["diverged"], sgd["unsettled"]) == ("0.0", "2.1", "97.9")
