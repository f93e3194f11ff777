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


def test_the_formula_sheets_symbols_define_the_letters_rules_reuse():
    """The symbol line said 'λ an eigenvalue (in regularisation, its strength)' while Newton's
    rules use λ as damping and AdamW's and Lion's as weight decay; Delta-bar-Delta's κ, φ and
    L-BFGS's η and m were nowhere defined. Each rule's letters, read from its drawn LaTeX and
    its hyper-parameters, are now named with the rule."""
    line = t("formulas.symbols", "en")
    needs = {
        "newton": (r"\lambda", "λ is the damping in Newton's"),
        "saddle_free_newton": (r"\lambda", "saddle-free Newton's rules"),
        "adamw": (r"\lambda", "the weight decay in AdamW's"),
        "lion": (r"\lambda", "and Lion's"),
        "delta_bar_delta": (r"\kappa", "in Delta-bar-Delta κ is the rate's additive increase"),
        "lbfgs": (r"\eta", "η is its line search's step factor"),
        "nonlinear_cg": (r"\alpha", "in non-linear CG α is the line search's step"),
    }
    for name, (symbol, words) in needs.items():
        assert symbol in optimizers.get(name).latex_lines, name
        assert words in line, name
    assert (
        r"\phi" in optimizers.get("delta_bar_delta").latex_lines
        and "φ its multiplicative cut" in line
    )
    assert r"(m\ \text{pairs})" in optimizers.get("lbfgs").latex_lines
    assert "L-BFGS keeps m pairs" in line
    assert "in Lion m is the gradient's moving average" in line
    assert "λ an eigenvalue (in regularisation" not in line
    zh = t("formulas.symbols", "zh")
    assert "阻尼" in zh and "权重衰减" in zh and "φ 是乘性削减" in zh and "η 是线搜索" in zh
