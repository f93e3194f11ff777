import re
from pathlib import Path

import pytest

import landscapes
import optimizers
from ui import i18n

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("key", sorted(i18n.CATALOG))
def test_every_key_has_both_languages(key):
    entry = i18n.CATALOG[key]
    for lang in i18n.LANGS:
        assert entry.get(lang, "").strip(), f"{key} has no {lang} text"
    placeholders = {lang: set(re.findall(r"{(\w+)}", entry[lang])) for lang in i18n.LANGS}
    assert placeholders["zh"] == placeholders["en"], key


def test_every_landscape_optimizer_and_hyperparameter_is_translated():
    keys = set(i18n.CATALOG)
    for name in landscapes.names():
        ls = landscapes.get(name)
        assert {ls.title_key, ls.blurb_key} <= keys
    for opt in optimizers.OPTIMIZERS.values():
        assert opt.title_key in keys
    for spec in optimizers.SPECS.values():
        assert spec.label_key in keys


def test_every_key_used_in_the_code_exists():
    used = set()
    for path in [ROOT / "app.py", *ROOT.glob("pages/**/*.py"), *ROOT.glob("ui/*.py")]:
        used |= set(re.findall(r"""\bt\(\s*["']([\w.]+)["']""", path.read_text(encoding="utf-8")))
    missing = used - set(i18n.CATALOG)
    assert not missing, f"keys used but not in the catalog: {sorted(missing)}"


def test_unknown_language_falls_back_and_unknown_key_fails():
    assert i18n.t("app.title", "fr") == i18n.CATALOG["app.title"]["en"]
    with pytest.raises(KeyError):
        i18n.t("no.such.key", "en")


def test_keys_built_at_run_time_exist():
    from optimizers.schedules import KINDS
    from ui.presets import PRESETS

    keys = set(i18n.CATALOG)
    for kind in KINDS:
        assert f"schedule.{kind}" in keys
    for preset in PRESETS.values():
        assert {preset.title_key, preset.notice_key} <= keys
    from ui.presets import LR1D_PRESETS
    from ui.registry import SECTIONS

    for preset in LR1D_PRESETS.values():
        assert preset.title_key in keys
    for section, lessons in SECTIONS.items():
        assert section in keys
        for lesson in lessons:
            assert lesson.title_key in keys
    for code in landscapes.expression.CODES:
        assert f"typed.err.{code}" in keys
    for dim in (1, 2):
        assert {f"typed.label{dim}", f"typed.placeholder{dim}"} <= keys
    from ui import explain

    for role in (explain.GRADIENT, explain.MOMENTUM, explain.UPDATE):
        assert f"explain.{role}" in keys
    for kind in (
        "open.reached", "open.start", "open.past", "stayed", "ranged.hover", "ranged.away",
        "end.in", "end.below", "end.above", "below", "diverged",
    ):  # fmt: skip
        assert f"eos.fate.{kind}" in keys
    for kind in ("every", "bumpy", "up"):
        assert f"eos.loss.{kind}" in keys
    for label in (*i18n.FIGURE_LABELS, "loss", "loss_minus_min", "step_length"):
        assert f"figure.{label}" in keys


def test_one_chinese_term_for_gradient_clipping_and_for_batch_norm():
    """The reviewer found 梯度裁剪 (cliffs, Why panels) beside 梯度截断 (long-term
    dependencies, whose link "悬崖与梯度截断" opened the lesson titled "悬崖与梯度爆炸"), and
    batch norm as 批归一化 (chapter, start card), 批标准化 (lesson title). One term each in
    every catalog string; the glossary keeps 梯度截断 as an alias only."""
    from ui import glossary

    zh = {key: entry["zh"] for key, entry in i18n.CATALOG.items()}
    assert not [k for k, s in zh.items() if "梯度截断" in s or "批标准化" in s]
    assert "批归一化" in zh["page.bn.title"] and "批归一化" in zh["course.ch.bn"]
    names = [term for term in glossary.TERMS if "梯度截断" in str(term)]
    assert len(names) <= 1  # the gradient-clipping entry, which names it as an alias
    # (the link under long-term dependencies: tests/ledgers/test_long_term_dependencies.py)


# "λ_max", "L_t", "g_B": a subscript typed as an underscore is how a formula looks in source,
# not on the page. Prose shows it as inline LaTeX ($\lambda_{\max}$, which st.markdown, captions,
# notices and widget labels render); a string that also goes where `$` is not rendered (a table
# header, a menu option, a progress bar) uses Unicode subscripts (λₘₐₓ). `{placeholders}` are
# filled before display and are not prose.
RAW_SUBSCRIPT = re.compile(r"[A-Za-zα-ωΑ-Ω]_[A-Za-z0-9α-ωΑ-Ω{(]")  # ε_τ too


def raw_subscripts(text: str) -> list[str]:
    prose = re.sub(r"\{\w*\}", "", re.sub(r"\$[^$]*\$", "", text))
    prose = re.sub(r":material/\w+:", "", prose)  # an icon's name, drawn as the icon
    return [prose[max(0, m.start() - 6) : m.end() + 4] for m in RAW_SUBSCRIPT.finditer(prose)]


def test_raw_subscripts_finder():
    assert raw_subscripts("ε < 2/λ_max = {stable}") == ["ε < 2/λ_max ="]
    assert raw_subscripts("ε < 2/$\\lambda_\\max$ = {stable}, {r_lo}–{r_hi}") == []
    assert raw_subscripts("锐度 λₘₐₓ 与 L_t") == ["ₘₐₓ 与 L_t"]
    assert raw_subscripts("ε_τ / ε₀") == ["ε_τ / ε"]


def _glossary_texts() -> dict[str, str]:
    """The glossary's own entries (ui/glossary.py, not in the catalog): names and definitions."""
    from ui import glossary

    return {
        f"glossary.{term.key}.{part}": getattr(term, part)
        for term in glossary.TERMS
        for part in ("zh", "en", "zh_def", "en_def")
    }


@pytest.mark.parametrize("key", sorted(i18n.CATALOG))
def test_no_raw_subscript_notation_in_prose(key):
    for lang in i18n.LANGS:
        text = i18n.CATALOG[key][lang]
        assert text.count("$") % 2 == 0, f"{key} ({lang}) has an unpaired $"
        assert not raw_subscripts(text), f"{key} ({lang}): {raw_subscripts(text)}"


def test_no_raw_subscript_notation_in_the_glossary():
    found = {key: raw_subscripts(text) for key, text in _glossary_texts().items()}
    unpaired = [key for key, text in _glossary_texts().items() if text.count("$") % 2]
    assert not unpaired
    assert not {key: hits for key, hits in found.items() if hits}


def test_an_optimizers_chinese_name_is_not_doubled_in_english():
    """ "动量 Momentum" and "牛顿法 Newton" in the 中文 interface: a name the notes give in
    中文 is written in 中文 only; names the notes keep in English (Adam, RMSProp, AdaGrad,
    Nesterov 动量, Delta-bar-Delta 算法) stay as they are (issue 32)."""
    import optimizers

    cjk = re.compile(r"[\u4e00-\u9fff]")
    doubled = {}
    for name in optimizers.OPTIMIZERS:
        zh = i18n.t(f"optimizer.{name}.title", "zh")
        en = i18n.t(f"optimizer.{name}.title", "en")
        if cjk.search(zh) and zh.endswith(" " + en):
            doubled[name] = zh
    assert not doubled
    assert i18n.t("optimizer.momentum.title", "zh") == "动量"
    assert i18n.t("optimizer.newton.title", "zh") == "牛顿法"
    assert i18n.t("optimizer.adam.title", "zh") == "Adam"


# A sentence whose verb went missing around a slot: "SGD did not within 50 steps" (a fresh
# lecturer read of the Playground's reveal), "没有进入，" with nothing entered.
_DANGLING_EN = re.compile(
    r"\b(?:did|does|do|has|have|had|will|would|can|could)(?: not|n't) "
    r"(?:within|in|at|by|to|from|after|before|on|of|for|and|or)\b"
)
_DANGLING_ZH = re.compile(r"没有进入[，。；、]")


def test_no_sentence_has_a_dangling_or_empty_slot():
    """Every catalog text, its slots filled, keeps its verbs and fills every parenthesis."""
    found = []
    for key, entry in i18n.CATALOG.items():
        filled = {lang: re.sub(r"{\w+}", "X", entry[lang]) for lang in i18n.LANGS}
        if _DANGLING_EN.search(filled["en"]) or _DANGLING_ZH.search(filled["zh"]):
            found.append(key)
        if any(re.search(r"\(\s*\)|（\s*）", text) for text in filled.values()):
            found.append(key)
    assert not found, found


def test_the_playground_reveal_says_what_the_run_did_not_do():
    from ui.i18n import t

    en = t("playground.step.valley_first.never", "en", name="SGD", steps=50, dist="2.55")
    assert en == "SGD did not come within 0.5 in 50 steps and ended 2.55 away"
    zh = t("playground.step.valley_first.never", "zh", name="SGD", steps=50, dist="2.55")
    assert "没有进入 0.5 以内" in zh


def test_no_text_names_a_lecture_note_by_its_bare_file_number():
    """A fresh read: "（讲义 000）", "(note 000)", "讲义 000、001" read as placeholders. Every
    note reads "讲义 1《优化》" / "Note 1 “Optimization”", its number and title from
    ui/notes.py, in the catalog (the start page's places in the notes too) and on the
    formula sheet."""
    from pages.formulas import model as formulas
    from ui import notes

    left = {k: e for k, e in i18n.CATALOG.items() if any(notes.bare(v) for v in e.values())}
    assert not left, sorted(left)
    assert i18n.CATALOG["lr1d.preset.note004"] == {
        "zh": "x + sin x（讲义 5《优化器背后的数学》）",
        "en": "x + sin x (Note 5 “The mathematics of optimizers”)",
    }
    # no bracket inside a bracket: "(Note 2 (Gradient descent and feature scaling))" read as
    # nested asides on every English page that cites a note in brackets
    nested = [k for k, e in i18n.CATALOG.items() if re.search(r"\(Note \d \(", e["en"])]
    assert not nested, nested
    # a possessive after the title: "Note 2 “Gradient descent and feature scaling”'s
    # conclusion 1" (fresh read); it reads "Note 2's conclusion 1"
    quoted = [k for k, e in i18n.CATALOG.items() if "”'s" in e["en"]]
    assert not quoted, quoted
    assert notes.render("note 001's conclusion 1", "en") == "Note 2's conclusion 1"
    zh = i18n.CATALOG["schedules.note"]["zh"] if "schedules.note" in i18n.CATALOG else ""
    assert "讲义 00" not in zh
    for lang in i18n.LANGS:  # the start page's "place in the notes" in the same form
        places = [e[lang] for k, e in i18n.CATALOG.items() if k.startswith("start.place.")]
        assert places and any(notes.ref("000", lang) in p for p in places)
    sgd = formulas.Formula("x", "", "000 Alg. 8.1")

    def source(formula, lang):  # as the sheet's page writes it
        return notes.sources(formulas.source(formula, lang), lang)

    assert source(sgd, "en") == "Note 1 “Optimization” Alg. 8.1"
    assert source(sgd, "zh") == "讲义 1《优化》算法 8.1"
    both = formulas.Formula("x", "", "000, 001")
    assert (
        source(both, "en") == "Note 1 “Optimization”, Note 2 “Gradient descent and feature scaling”"
    )


def test_a_count_of_one_reads_in_the_singular():
    """ "1 steps" and, from the fresh read, "at 1 drawn steps" (critical points, second order):
    the noun after 1, or after 1 and one word such as "drawn", is singular; 21, −1 and 1.5 are
    left as they are."""
    from ui.i18n import singular

    assert (
        singular("at 1 drawn steps, the first at step 3") == "at 1 drawn step, the first at step 3"
    )
    assert singular("1 steps; 1 more steps; 1 minima") == "1 step; 1 more step; 1 minimum"
    assert singular("21 steps, −1 steps, 0.1 steps") == "21 steps, −1 steps, 0.1 steps"
