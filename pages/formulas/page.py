"""The formula sheet: every rule the app uses (pages/formulas/model.py), grouped like the
course, filtered by a box bound to the link (`?q=`), and laid out for printing."""

from __future__ import annotations

import streamlit as st

from pages.formulas import model
from ui import course, notes, shell, widgets
from ui.i18n import t

lang = shell.current_language(__file__)
OTHER = {"zh": "en", "en": "zh"}

# A printout holds the formulas only: no sidebar, header, toolbar or search box, and no group
# split across a page break where it can be helped.
PRINT_CSS = """
<style>
@media print {
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"],
  [data-testid="stTextInput"], .st-key-formulas-print-note { display: none !important; }
  [data-testid="stMain"] .block-container { padding: 0 !important; max-width: 100% !important; }
  .st-key-formulas-sheet [data-testid="stVerticalBlockBorderWrapper"] { break-inside: avoid; }
}
</style>
"""


def source(formula: model.Formula, lang: str) -> str:
    """Where a formula comes from, its notes as the reader's references ("讲义 1《优化》")."""
    return notes.sources(model.source(formula, lang), lang)


def _text(formula: model.Formula) -> str:
    """What the filter searches: the label in both languages, the LaTeX and the source."""
    return " ".join(
        (t(formula.label_key, "zh"), t(formula.label_key, "en"), formula.latex,
         model.display(formula.latex), model.display(formula.latex, "zh"), formula.source,
         source(formula, "zh"), source(formula, "en"),
         formula.optimizer, formula.schedule)
    )  # fmt: skip


def shown(query: str) -> list[tuple[str, list[model.Formula]]]:
    """The groups with the formulas `query` is in (a group's title matching keeps it whole)."""
    q = query.strip().casefold()
    out = []
    for group, formulas in model.GROUPS:
        title = (t(f"formulas.g.{group}", "zh") + " " + t(f"formulas.g.{group}", "en")).casefold()
        keep = [f for f in formulas if not q or q in title or q in _text(f).casefold()]
        if keep:
            out.append((group, keep))
    return out


st.markdown(PRINT_CSS, unsafe_allow_html=True)
notices = st.container()
st.title(t("page.formulas.title", lang))
st.caption(t("formulas.intro", lang))
with st.container(key="formulas-print-note"):
    st.caption(t("formulas.print", lang))
widgets.BOUND.add("q")
widgets.reads("q")
query = (
    st.text_input(
        t("formulas.search", lang),
        key="q",
        placeholder=t("formulas.placeholder", lang),
        bind="query-params",
        icon=":material/search:",
    )
    or ""
)
groups = shown(query)
n = sum(len(formulas) for _, formulas in groups)
st.caption(t("formulas.count", lang, n=n, total=len(model.every_formula())))
if not groups:
    st.info(t("formulas.none", lang, q=query.strip()), icon=":material/search_off:")
st.caption(t("formulas.symbols", lang))
numbers = model.numbers([chapter.key for chapter in course.CHAPTERS])
with st.container(key="formulas-sheet"):
    for group, formulas in groups:
        with st.container(border=True):
            st.subheader(f"{numbers[group]}. {t(f'formulas.g.{group}', lang)}")
            for formula in formulas:
                where = f" · {source(formula, lang)}" if formula.source else ""
                st.markdown(f"**{t(formula.label_key, lang)}**{where}")
                st.latex(model.display(formula.latex, lang))
with notices:
    widgets.show_url_notices(lang)
