"""Issue 33's revision aids: the glossary (ui/glossary.py, pages/glossary/), the formula sheet
(pages/formulas/) and each lesson's "Why?" and terms (kit.study_aids)."""

from __future__ import annotations

import importlib
import re
from urllib.parse import urlencode

import numpy as np
import pytest

import optimizers
from optimizers import schedules
from pages.formulas import model as sheet
from tests.lessons import no_exceptions, open_page
from ui import glossary, i18n, registry

LESSONS = registry.lessons()
IDS = [lesson.url_path for lesson in LESSONS]
ISSUE_TERMS = ("条件数", "Hessian", "稳定方向", "饱和", "次梯度", "β-光滑度", "损失带")


def _lesson_text(lesson: registry.Lesson) -> str:
    """Everything the lesson can show: its strings in both languages (its "Why?" too), the
    shared strings its code names by key, and its own code."""
    strings = importlib.import_module(lesson.module("strings")).STRINGS
    folder = registry.ROOT / "pages" / lesson.folder
    code = "\n".join(p.read_text(encoding="utf-8") for p in folder.glob("*.py"))
    named = [v for k, v in i18n.SHARED.items() if f'"{k}"' in code]
    shown = "\n".join(f"{v['zh']}\n{v['en']}" for v in [*strings.values(), *named])
    return shown + code


# ---- the glossary's data ---------------------------------------------------------------------


@pytest.mark.parametrize("term", glossary.TERMS, ids=[term.key for term in glossary.TERMS])
def test_every_term_is_named_and_defined_in_both_languages(term):
    assert term.zh.strip() and term.en.strip()
    assert len(term.zh_def) > 20 and len(term.en_def) > 40
    assert re.search(r"[\u4e00-\u9fff]", term.zh_def), "the 中文 definition is in Chinese"
    assert not re.search(r"[\u4e00-\u9fff]", term.en_def), "the English one has no Chinese"
    assert term.lessons, "a term no lesson uses has no place in the glossary"


def test_each_term_is_defined_once():
    for names in ([t.key for t in glossary.TERMS], [t.zh for t in glossary.TERMS],
                  [t.en for t in glossary.TERMS]):  # fmt: skip
        assert len(names) == len(set(names))


def test_the_terms_issue_33_names_are_in_the_glossary():
    names = " ".join(term.zh + term.en for term in glossary.TERMS)
    missing = [name for name in ISSUE_TERMS if name not in names]
    assert not missing
    assert len(glossary.TERMS) >= 40


@pytest.mark.parametrize("term", glossary.TERMS, ids=[term.key for term in glossary.TERMS])
def test_a_term_names_only_lessons_that_write_it(term):
    texts = {lesson.url_path: _lesson_text(lesson) for lesson in LESSONS}
    assert set(term.lessons) <= texts.keys()
    absent = [url for url in term.lessons if not re.search(term.pattern, texts[url])]
    assert not absent, f"{term.key} is not written on {absent}"


def test_the_glossary_writes_the_lessons_symbols():
    for term in glossary.TERMS:
        for text in (term.zh_def, term.en_def):
            assert not re.search(r"(?<![A-Za-z\\])J(?![A-Za-z])", text), term.key
            assert r"\epsilon" not in text and "ϵ" not in text, term.key
    assert r"\nabla L(\theta)" in glossary.get("gradient").en_def


def test_the_glossarys_min_max_scaling_is_the_feature_scaling_lessons():
    """The lesson's min-max scaling divides the centred feature by half its range,
    2(x − μ)/(max − min) (models.datasets.divisors): its features end in about [−1, 1], not the
    textbook [0, 1] the glossary said. The interval the definition names, in both languages,
    holds the lesson's scaled features to within 0.1 at each end, and the range is 2 wide."""
    from models import datasets

    features, _ = datasets.two_scales()
    scaled = (features - features.mean(axis=0)) / datasets.divisors(features, "minmax")
    np.testing.assert_allclose(scaled.max(axis=0) - scaled.min(axis=0), 2.0)
    term = glossary.get("feature_scaling")
    for text in (term.zh_def, term.en_def):
        (low, high) = re.search(r"min-max.*?\[([−\-]?\d+), ([−\-]?\d+)\]", text).groups()
        low, high = (float(v.replace("−", "-")) for v in (low, high))
        assert np.all(np.abs(scaled.min(axis=0) - low) <= 0.1), (low, scaled.min(axis=0))
        assert np.all(np.abs(scaled.max(axis=0) - high) <= 0.1), (high, scaled.max(axis=0))
        assert r"2(x-\mu)/(\max-\min)" in text, text


def test_a_terms_link_opens_the_glossary_on_it_first():
    for term in glossary.TERMS:
        assert glossary.search(term.key)[0] == term
        # a lesson's link carries the term's name in the reader's language
        assert glossary.search(term.zh)[0] == term and glossary.search(term.en)[0] == term
    assert glossary.search("") == glossary.TERMS
    assert glossary.search("no such term at all") == ()
    # either language finds the same entry
    assert glossary.search("条件数")[0] == glossary.search("condition number")[0]


# ---- each lesson's why and terms -------------------------------------------------------------


def _sentences(text: str, lang: str) -> int:
    if lang == "zh":
        return len(re.findall(r"[。！？]", text))
    return len(re.findall(r"[.!?](?:\s|$)", text))


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_every_lesson_has_its_why_in_both_languages_and_its_terms(lesson):
    key = glossary.why_key(lesson.url_path)
    own = importlib.import_module(lesson.module("strings")).STRINGS
    assert key in own, f"{lesson.folder}/strings.py has no {key}"
    for lang in i18n.LANGS:
        text = i18n.t(key, lang)
        placeholders = [name for _, name in i18n.pieces(text) if name]
        assert not placeholders, f"fixed text: no value filled in from the settings {placeholders}"
        assert 3 <= _sentences(text, lang) <= 6, (lang, _sentences(text, lang))
    assert glossary.for_lesson(lesson.url_path)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_lesson_shows_its_why_and_each_term_linked_to_its_entry(lang):
    at = open_page("critical-points", lang)
    no_exceptions(at)
    terms = glossary.for_lesson("critical-points")
    labels = [e.label for e in at.main.expander][-2:]
    assert labels == [i18n.t("aids.why", lang), i18n.t("aids.terms", lang, n=len(terms))]
    at.session_state["_aids_why"] = True
    at.session_state["_aids_terms"] = True
    at.run()
    no_exceptions(at)
    texts = [m.value for m in at.markdown]
    at_why = texts.index(i18n.t("critical.why", lang))
    assert texts[at_why + 1 : at_why + 1 + len(terms)] == [t.definition(lang) for t in terms]
    links = [link.proto for link in at.main.get("page_link") if "glossary" in link.proto.page]
    assert [link.label for link in links] == [term.name(lang) for term in terms]
    assert [link.query_string for link in links] == [
        urlencode({"q": t.name(lang), "lang": lang}) for t in terms
    ]
    assert "stable_direction" in {term.key for term in terms}


def test_a_lesson_opens_with_its_aids_folded_under_it():
    at = open_page("long-term-dependencies", "zh")
    no_exceptions(at)
    labels = [e.label for e in at.main.expander]
    # its terms, from where the glossary finds them written (gradient and eigenvalue too)
    n = len(glossary.for_lesson("long-term-dependencies"))
    assert n == 5 and labels[-2:] == ["为什么？", f"本课术语（{n} 个）"]
    # folded and lazy: the lesson's default view holds neither the why nor the definitions
    texts = " ".join(m.value for m in at.markdown)
    assert i18n.t("ltd.why", "zh") not in texts


# ---- the glossary page -----------------------------------------------------------------------


def _headings(at) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("#### ")]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_glossary_page_lists_every_term_and_its_box_filters(lang):
    at = open_page("glossary", lang)
    no_exceptions(at)
    assert len(_headings(at)) == len(glossary.TERMS)
    at.text_input(key="q").input("鞍点" if lang == "zh" else "saddle").run()
    headings = _headings(at)
    assert headings[0].startswith("#### " + glossary.get("saddle_point").name(lang))
    assert 1 <= len(headings) < len(glossary.TERMS)
    count = i18n.t("glossary.count", lang, n=len(headings), total=len(glossary.TERMS))
    assert count in [c.value for c in at.caption]
    at.text_input(key="q").input("zzzz").run()
    assert not _headings(at)
    assert [i.value for i in at.info] == [i18n.t("glossary.none", lang, q="zzzz")]


def test_a_lessons_term_link_opens_its_entry():
    at = open_page("glossary", "en", q="loss_band")
    no_exceptions(at)
    assert _headings(at)[0] == "#### loss band · 损失带"
    assert not at.warning  # q is read: no "no such setting" notice
    # the lesson's link carries the name in the reader's language, and the box shows it
    zh = open_page("glossary", "zh", q="方向导数")
    no_exceptions(zh)
    assert zh.text_input(key="q").value == "方向导数"
    assert _headings(zh)[0] == "#### 方向导数 · " + glossary.get("directional_derivative").en


# ---- the formula sheet -----------------------------------------------------------------------


def test_the_sheet_lists_every_registered_optimizer_and_schedule_as_registered():
    formulas = sheet.every_formula()
    by_optimizer = {f.optimizer: f for f in formulas if f.optimizer}
    assert by_optimizer.keys() == optimizers.OPTIMIZERS.keys()
    for name, formula in by_optimizer.items():
        assert formula.latex == optimizers.OPTIMIZERS[name].latex_lines
    by_schedule = {f.schedule: f for f in formulas if f.schedule}
    assert tuple(by_schedule) == schedules.KINDS
    for kind, formula in by_schedule.items():
        assert formula.latex == schedules.LATEX[kind]


def test_the_sheets_groups_follow_the_course_and_name_what_the_issue_asks():
    groups = [group for group, _ in sheet.GROUPS]
    assert groups[:2] == ["gd", "taylor"] and "batchnorm" in groups and "init" in groups
    latex = " ".join(f.latex for f in sheet.every_formula())
    for piece in (r"\frac{2}{\lambda_i}", r"\gamma \hat z_i + \beta", "Bernoulli",
                  r"\frac{2}{n_{in}}", r"\lVert g \rVert > c", r"1-\rho_1^t"):  # fmt: skip
        assert piece in latex, piece
    keys = {f.label_key for f in sheet.every_formula()} | {f"formulas.g.{g}" for g in groups}
    assert keys <= i18n.CATALOG.keys()


def _latex(at) -> list[str]:
    return [x.value.removeprefix("$$\n").removesuffix("\n$$") for x in at.latex]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_formula_page_renders_every_formula_and_its_box_filters(lang):
    at = open_page("formulas", lang)
    no_exceptions(at)
    total = len(sheet.every_formula())
    assert _latex(at) == [sheet.display(f.latex, lang) for f in sheet.every_formula()]
    # the lessons' symbols: the loss L and the learning rate ε (\varepsilon), never J or ϵ
    rendered = " ".join(_latex(at))
    assert not re.search(r"(?<![A-Za-z\\])J(?![A-Za-z])", rendered)
    assert r"\epsilon" not in rendered and r"\nabla L(\theta" in rendered
    assert r"\varepsilon" in rendered
    at.text_input(key="q").input("nesterov").run()
    shown = _latex(at)
    assert sheet.display(optimizers.OPTIMIZERS["nesterov"].latex_lines, lang) in shown
    assert sheet.display(optimizers.OPTIMIZERS["adam"].latex_lines, lang) not in shown
    assert i18n.t("formulas.count", lang, n=len(shown), total=total) in [
        c.value for c in at.caption
    ]
    at.text_input(key="q").input("zzzz").run()
    assert not at.latex
    assert [i.value for i in at.info] == [i18n.t("formulas.none", lang, q="zzzz")]


def test_the_sheets_sections_follow_the_courses_chapters_and_are_numbered_by_them():
    """Newton's step is chapter 2 (feature scaling and Taylor, with second-order methods),
    critical points chapter 3, cliffs chapter 4, momentum chapter 5: the sections in that order,
    numbered by their chapter ("2.1", "2.2" when a chapter holds two)."""
    from ui import course

    keys = [chapter.key for chapter in course.CHAPTERS]
    chapters = [keys.index(sheet.CHAPTER[group]) + 1 for group, _ in sheet.GROUPS]
    assert chapters == sorted(chapters) and set(chapters) == set(range(1, 11))
    assert [g for g, _ in sheet.GROUPS][:5] == ["gd", "taylor", "newton", "critical", "cliffs"]
    numbers = sheet.numbers(keys)
    assert [numbers[g] for g, _ in sheet.GROUPS] == [
        "1", "2.1", "2.2", "3", "4", "5.1", "5.2", "6", "7", "8", "9", "10",
    ]  # fmt: skip
    at = open_page("formulas", "zh")
    no_exceptions(at)
    assert [h.value for h in at.subheader] == [
        f"{numbers[g]}. {i18n.t(f'formulas.g.{g}', 'zh')}" for g, _ in sheet.GROUPS
    ]
    assert at.subheader[2].value == "2.2. 牛顿步与二阶方法"


# Proper names (people, methods, libraries, keys) the 中文 sheet may write in Latin letters, and
# the notation inside formulas (operator names, subscripts).
PROPER = {
    "SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam", "AdaDelta", "Delta-bar-Delta",
    "AdamW", "NAdam", "AMSGrad", "Lion", "Newton", "L-BFGS", "Xavier", "Glorot", "He", "MSRA",
    "ReLU", "Dropout", "L1", "L2", "Goodfellow", "Cohen", "Li", "Ioffe", "Szegedy", "Santurkar",
    "Dauphin", "Dozat", "Loshchilov", "Hutter", "Reddi", "Chen", "Nocedal", "Wright", "Polak",
    "Ribière", "Levenberg", "Marquardt", "Bernoulli", "optax", "Hessian", "Ctrl", "Mac",
    "diag", "Var", "sign",
}  # fmt: skip


def _english_words(text: str) -> list[str]:
    words = re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9]*(?:[-–][A-Za-zÀ-ÿ0-9]+)*", text)
    return [
        w for w in words
        if len(w) > 1 and w not in PROPER and not set(re.split("[-–]", w)) <= PROPER
    ]  # fmt: skip


def test_the_chinese_sheet_writes_no_english_words():
    """The 中文 sheet's rendered text: headings, labels with their sources, captions and the
    words inside formulas (\\text{…}); LaTeX's maths is left out, and proper names are allowed
    (PROPER). "et al." is "等", as the lessons write it ("Li 等 2018")."""
    at = open_page("formulas", "zh")
    no_exceptions(at)
    shown = [m.value for m in at.main.markdown if not m.value.startswith("<style")]
    texts = [h.value for h in at.subheader] + shown
    texts += [c.value for c in at.main.caption] + [at.text_input(key="q").label]
    texts += [at.text_input(key="q").placeholder]
    prose = re.sub(r"\$[^$]*\$", " ", "\n".join(texts))  # inline maths
    words = " ".join(re.findall(r"\\text\{([^{}]*)\}", " ".join(_latex(at))))
    english = _english_words(prose + " " + words)
    assert not english, sorted(set(english))
    assert "Li 等 2018" in prose and "Cohen 等 2021" in prose and "et al" not in prose
    assert r"\text{鞍点}" in " ".join(_latex(at))


def test_the_sheets_min_max_scaling_is_the_feature_scaling_lessons():
    """The sheet's min-max formula, evaluated on the lesson's features, gives the features the
    lesson fits (models.datasets.scaled): centred and divided by half the range, 2 wide, about
    [−1, 1], not the textbook [0, 1]."""
    from models import datasets

    (formula,) = [f for f in sheet.every_formula() if f.label_key == "formulas.f.feature_scaling"]
    minmax = formula.latex.split(r"\\")[1].removesuffix(r"\end{gathered}").strip()
    assert minmax == r"x' = \frac{2(x - \mu)}{\max x - \min x}"
    # the right-hand side as Python: \frac{a}{b} -> (a)/(b), the statistics per feature
    rhs = minmax.split("=", 1)[1].strip()
    rhs = re.sub(r"\\frac\{(.*?)\}\{(.*?)\}", r"(\1)/(\2)", rhs)
    rhs = rhs.replace(r"\max x", "x.max(axis=0)").replace(r"\min x", "x.min(axis=0)")
    rhs = rhs.replace(r"\mu", "x.mean(axis=0)").replace("2(", "2*(")
    features, y = datasets.two_scales()
    sheet_scaled = eval(rhs, {"x": features})  # our own formula, as Python
    np.testing.assert_allclose(sheet_scaled, datasets.scaled(features, y, "minmax").a)
    np.testing.assert_allclose(sheet_scaled.max(axis=0) - sheet_scaled.min(axis=0), 2.0)


def test_the_terms_a_fresh_read_met_undefined_are_in_the_glossary_on_their_lessons():
    """Each is defined once, in both languages, and listed under the lesson that writes it."""
    expected = {
        "saddle_free_newton": ("无鞍牛顿法", "second-order"),
        "mountain_pass": ("山口", "minibatch-noise"),
        "himmelblau": ("Himmelblau 曲面", "basins"),
        "delta_stabiliser": ("δ（防止除零的小常数）", "schedules"),
        "flop": ("浮点运算（flop）", "second-order"),
        "loss_band": ("损失带", "batch-normalization"),
        "effective_beta_smoothness": ("有效 β-光滑度", "batch-normalization"),
    }
    for key, (zh, lesson) in expected.items():
        term = glossary.get(key)
        assert term.zh == zh
        assert term in glossary.for_lesson(lesson), (key, lesson)
    assert r"\delta + \sqrt{r}" in glossary.get("delta_stabiliser").zh_def


def test_the_chinese_catalog_names_the_hessian_as_the_notes_do():
    """The notes write "Hessian 矩阵" (note 000); the catalog wrote both "Hessian" and
    "海森矩阵". Every 中文 string writes Hessian; 海森矩阵 is named once, in the glossary's
    definition, so that a search for it finds the entry."""
    written = [k for k, v in i18n.CATALOG.items() if "海森" in v.get("zh", "")]
    written += [t.key for t in glossary.TERMS if "海森" in t.zh]
    assert not written
    hessian = glossary.get("hessian")
    assert hessian.zh == "Hessian 矩阵" and "海森矩阵" in hessian.zh_def
    assert glossary.search("海森矩阵")[0] == hessian


# ---- the lecturer's room menu ----------------------------------------------------------------


def _in_order(node, out: list) -> list:
    children = getattr(node, "children", None)
    for child in children.values() if isinstance(children, dict) else children or []:
        out.append(child)
        _in_order(child, out)
    return out


def test_the_room_menu_says_it_is_the_lecturers():
    """A student alone met "先让全班预测" under every lesson, with no class to ask."""
    assert i18n.t("room.ask", "zh") == "讲课用：让全班先预测"
    assert i18n.t("room.ask", "en") == "For lecturers: let the class predict first"


@pytest.mark.parametrize("lesson", LESSONS, ids=IDS)
def test_the_room_menu_is_closed_and_comes_after_the_study_steps(lesson):
    """In the page's order (a phone stacks columns in it): the study steps, then the room menu,
    closed, then "Why?". Second-order steps' room is on its 2-D view."""
    query = {"second-order": {"so_view": "2d"}}.get(lesson.url_path, {})
    at = open_page(lesson.url_path, "zh", **query)
    no_exceptions(at)
    elements = _in_order(at.main, [])
    kinds = [getattr(e, "type", "") for e in elements]
    menus = [i for i, e in enumerate(elements)
             if kinds[i] == "popover" and "_menu_ask" in str(e.proto)]  # fmt: skip
    steps = [i for i, e in enumerate(elements)
             if kinds[i] == "button_group" and str(getattr(e, "label", "")).startswith("练习")]  # fmt: skip
    why = [i for i, e in enumerate(elements)
           if kinds[i] == "expander" and e.label == i18n.t("aids.why", "zh")]  # fmt: skip
    assert len(menus) == 1 and len(steps) == 1 and len(why) == 1
    assert steps[0] < menus[0] < why[0]
    assert not _in_order(elements[menus[0]], []), "closed: a lazy menu holds nothing until opened"
    assert i18n.t("room.ask", "zh") in str(elements[menus[0]].proto)


# ---- issue 33, a student's and lecturers' reading ---------------------------------------------


def test_every_lesson_whose_strings_write_a_term_lists_it():
    """ "动量" listed neither critical points nor basins, which both run momentum (their pages
    write it through the shared optimizer names), and basins' terms were 2. A term's lessons are
    now every lesson whose strings (its own, and the shared ones its code names) write it."""
    shared = i18n.SHARED
    for lesson in LESSONS:
        own = importlib.import_module(lesson.module("strings")).STRINGS
        code = "\n".join(
            p.read_text(encoding="utf-8")
            for p in (registry.ROOT / "pages" / lesson.folder).glob("*.py")
        )
        said = [v for k, v in shared.items() if f'"{k}"' in code] + list(own.values())
        text = "\n".join(f"{v['zh']}\n{v['en']}" for v in said)
        for term in glossary.TERMS:
            if re.search(term.pattern, text):
                assert lesson.url_path in term.lessons, (term.key, lesson.url_path)
    assert {"critical-points", "basins"} <= set(glossary.get("momentum").lessons)
    assert len(glossary.for_lesson("basins")) >= 5


def test_the_maps_words_a_student_met_unexplained_are_in_the_glossary():
    for key, zh, en in [
        ("grid", "网格", "grid"),
        ("far_bound", "远界", "far bound"),
        ("tolerance", "容差", "tolerance"),
        ("cell_edge", "格边", "cell border"),  # the basins lesson's word (fresh read FX4)
    ]:
        term = glossary.get(key)
        assert (term.zh, term.en) == (zh, en) and term.lessons
    assert "128²" in glossary.get("grid").zh_def and "200" in glossary.get("far_bound").en_def


def test_the_formula_sheet_says_what_h_succ_0_means_and_how_to_print_anywhere():
    """ "H ≻ 0" stood unexplained, and "按 Ctrl+P 打印" showed on a phone (no Ctrl there)."""
    name = i18n.CATALOG["formulas.f.critical"]
    assert "正定" in name["zh"] and "positive definite" in name["en"]
    hint = i18n.CATALOG["formulas.print"]
    assert "浏览器" in hint["zh"] and "手机" in hint["zh"]
    assert "browser's Print" in hint["en"] and "phone" in hint["en"]
