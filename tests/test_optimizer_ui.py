"""One entry per optimizer holds what the UI knows about it (ui/optimizer_ui.py): every
registered optimizer has one, and every page that draws an optimizer finds in it what it
needs — the Playground's colour and step-by-step rule, the maps' axes and overlays."""

from __future__ import annotations

import re

import numpy as np
import pytest

import landscapes
import optimizers
from ui import explain, maps, optimizer_ui, palette
from ui.i18n import CATALOG, t

NAMES = optimizers.names()
BOWL = landscapes.get("bowl")


def test_every_registered_optimizer_has_an_entry_and_nothing_else_does():
    assert set(optimizer_ui.ENTRIES) == set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_the_entry_places_every_hyper_parameter(name):
    entry, opt = optimizer_ui.get(name), optimizers.get(name)
    # a map's axes: each hyper-parameter once, none the rule does not have
    assert sorted(entry.map_axes) == sorted(opt.hp_names)
    assert entry.explainer in optimizer_ui.EXPLAINERS
    assert entry.theory is None or entry.theory in optimizer_ui.THEORIES
    if entry.theory is not None:  # the overlays are over (ε, α), Newton's over (λ, ε)
        other = "damping" if entry.theory == "newton" else "momentum"
        assert {"lr", other} <= set(opt.hp_names)
        for part in ("limit", "text"):
            assert f"maps.theory.{entry.theory}_{part}" in CATALOG
    if entry.momentum_arrow:
        assert "momentum" in opt.hp_names
    for spec in opt.hyperparams:  # the slider's label, in both languages
        assert t(spec.label_key, "zh") and t(spec.label_key, "en")
    assert t(opt.title_key, "zh") and t(opt.title_key, "en")


def test_colours_are_distinct_and_the_palette_reads_them_from_the_entries():
    colours = [optimizer_ui.get(n).colour for n in NAMES]
    assert len(set(colours)) == len(colours)
    assert all(re.fullmatch(r"#[0-9A-F]{6}", c) for c in colours)
    assert [palette.colour(n) for n in NAMES] == colours


@pytest.mark.parametrize("name", NAMES)
def test_the_step_by_step_rule_lands_where_the_optimizer_did(name):
    traj = optimizers.run(name, BOWL.loss, BOWL.start, 4)
    s = explain.step(traj, 2)
    lines = explain.latex(name, s)
    # whatever the substitution, the last line is θ after the step, with its numbers
    assert lines[-1].endswith(explain.vec(s.next_theta))
    roles = [role for role, _, _ in explain.arrows(name, s)]
    assert (explain.MOMENTUM in roles) == optimizer_ui.get(name).momentum_arrow
    # a substituted rule writes its hyper-parameters' symbols; the fallback only θ, g and Δθ
    ruled = any(sym in " ".join(lines) for sym in (r"\varepsilon", r"\rho", r"\alpha"))
    assert ruled == (optimizer_ui.get(name).explainer != "numbers")


@pytest.mark.parametrize("name", [n for n in NAMES if maps.mappable(n)])
def test_a_convergence_map_finds_its_axes_and_overlay(name):
    ax, ay = maps.default_axes(name)
    assert ax != ay and {ax, ay} <= set(optimizers.get(name).hp_names)
    values = np.linspace(0.0, 0.9, 5)
    overlay = maps.theory_for("bowl", name, (ax, ay), values)
    assert (overlay is not None) == (optimizer_ui.get(name).theory is not None)
    if overlay is not None:
        assert all(key in CATALOG for _, _, key in overlay.curves)
        assert all(key in CATALOG for _, _, key in overlay.points)
