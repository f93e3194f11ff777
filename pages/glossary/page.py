"""The glossary: every term the lessons use (ui/glossary.py), filtered by a search box bound to
the link (`?q=`), so a lesson's term links straight to its entry."""

from __future__ import annotations

import streamlit as st

from ui import glossary, shell, widgets
from ui.i18n import t

lang = shell.current_language(__file__)
OTHER = {"zh": "en", "en": "zh"}

notices = st.container()
st.title(t("page.glossary.title", lang))
st.caption(t("glossary.intro", lang))
widgets.BOUND.add("q")
widgets.reads("q")
query = (
    st.text_input(
        t("glossary.search", lang),
        key="q",
        placeholder=t("glossary.placeholder", lang),
        bind="query-params",
        icon=":material/search:",
    )
    or ""
)
found = glossary.search(query)
titles = glossary.lesson_title_keys()
st.caption(t("glossary.count", lang, n=len(found), total=len(glossary.TERMS)))
if not found:
    st.info(t("glossary.none", lang, q=query.strip()), icon=":material/search_off:")
for term in found:
    with st.container(border=True, key=f"term-{term.key}"):
        st.markdown(f"#### {term.name(lang)} · {term.name(OTHER[lang])}")
        st.markdown(term.definition(lang))
        links = " · ".join(f"[{t(titles[url], lang)}](/{url}?lang={lang})" for url in term.lessons)
        st.caption(f"{t('glossary.used_in', lang)} {links}")
with notices:
    widgets.show_url_notices(lang)
