"""The glossary's, formula sheet's and start page's fixed words (fresh read FX4): notes named as
everywhere else, the far bound's two readings, an eigenvalue's size as |λ|."""

from __future__ import annotations

import math
import re

import pytest

import optimizers
from ui import glossary
from ui.i18n import t


def test_delta_names_its_notes_and_the_apps_defaults():
    """'(note 002 suggests 10⁻⁶ for AdaGrad, …)': 002 is a file id; every other page says
    'Note 3'. The Playground's RMSProp default δ = 1e-06 went unexplained; the term now names
    the defaults each rule takes and the note's algorithm they follow."""
    term = glossary.get("delta_stabiliser")
    assert "note 002" not in term.en_def and "讲义 002" not in term.zh_def
    assert "Note 3 “Network optimization” suggests" in term.en_def
    assert "讲义 3《网络优化》建议" in term.zh_def
    for name, alg in (("adagrad", "8.4"), ("rmsprop", "8.5"), ("adam", "8.7")):
        default = optimizers.get(name).spec("eps").default
        power = f"$10^{{{round(math.log10(default))}}}$"
        assert re.search(rf"{re.escape(power)} for \w+ \(Alg\. {alg}\)", term.en_def), name
        assert f"{power}（算法 {alg}）" in term.zh_def, name
        assert optimizers.get(name).source.startswith(f"000 Alg. {alg}"), name
    assert "Note 1 “Optimization”'s algorithms" in term.en_def or "Note 1" in term.en_def


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_formula_filters_example_finds_formulas(lang):
    """The filter's placeholder named '002', a file id no page shows; its note example is the
    note's name as the sheet prints it, and each example finds formulas."""
    from tests.lessons import open_page

    placeholder = t("formulas.placeholder", lang)
    assert not re.search(r"\b00[0-4]\b", placeholder), placeholder
    examples = re.split(r"[、,]\s*", re.sub(r"^(例如：|e\.g\. )", "", placeholder))
    assert len(examples) == 4, examples
    for example in examples:
        at = open_page("formulas", lang, q=example)
        assert not at.exception
        assert not at.info or t("formulas.none", lang, q=example) not in at.info[0].value, example


def test_the_far_bound_says_what_the_lessons_say_on_a_surface_without_a_minimum():
    """The far bound's entry said a run that passes it 'counts as diverged', while on the saddle
    the lessons say it passed the far bound and went out downhill."""
    term = glossary.get("far_bound")
    assert "On a surface with a minimum it counts as diverged" in term.en_def
    assert t("maps.basins.downhill", "en") in term.en_def
    assert "passed the far bound" in t("maps.cell_left", "en")
    assert "一路下坡出界" in term.zh_def and "算作发散" in term.zh_def


def test_the_start_page_sizes_an_eigenvalue_by_its_absolute_value():
    """'directions with eigenvalues above 1 explode': an eigenvalue of −2 explodes too."""
    en = t("start.goal.long-term-dependencies", "en")
    assert "|λ| above 1 explode" in en
    assert "|λ| 大于 1" in t("start.goal.long-term-dependencies", "zh")
