"""Entry point: `streamlit run app.py`. Navigation and the controls every page shares."""

# Imported here, first, as a statement: plotly reads pandas from sys.modules without importing
# it, and while the warm-up thread (asgi.py) was halfway through importing it, a first visit's
# histogram failed with "partially initialized module 'pandas' has no attribute 'Series'"
# (the server's log, regularisation network). An import statement waits for the other thread.
import pandas  # noqa: F401
import streamlit as st

from ui import course, kit, progress, registry, shell, study, theme, warmup, widgets
from ui.i18n import LANGS, t

st.set_page_config(
    page_icon=theme.favicon_url(),  # drawn locally: nothing is fetched (offline)
    layout="wide",
    initial_sidebar_state="collapsed",
)
theme.apply()

LANGUAGE_NAMES = {"zh": "中文", "en": "English"}
browser_lang = "zh" if (st.context.locale or "").lower().startswith("zh") else "en"

with st.sidebar:
    lang = widgets.choice(
        "语言 · Language",
        "lang",
        LANGS,
        browser_lang,
        LANGUAGE_NAMES.get,
        widget=st.radio,
        horizontal=True,
        keep=True,  # the browser's language is the default: a shared link must carry its own
    )
    if widgets.projector_toggle(lang):
        theme.apply_projector()
# the browser tab's name in the reader's language (a second call only sets the title)
st.set_page_config(page_title=t("app.tab_title", lang))
theme.hide_controls(widgets.hidden_controls())

# Lessons by section (ui/registry.py). url_paths are ASCII and stable: lecturers paste them.
SECTIONS = {
    section: [
        st.Page(
            lesson.file, title=t(lesson.title_key, lang), url_path=lesson.url_path, icon=lesson.icon
        )
        for lesson in lessons
    ]
    for section, lessons in registry.SECTIONS.items()
}
lessons = [page for pages in SECTIONS.values() for page in pages]


# "/" is the course's path (pages/start/); an old Playground link at "/" is forwarded there.
home = st.Page(
    registry.START.file,
    title=t(registry.START.title_key, lang),
    url_path=registry.START.url_path,
    icon=registry.START.icon,
    default=True,
)
by_link = {page.url_path: page for page in lessons}
# Pages reached by their link, not from the sidebar (a predict-and-reveal room).
linked = [
    st.Page(page.file, title=t(page.title_key, lang), url_path=page.url_path, icon=page.icon)
    for page in registry.LINKED
]
shell.follow_the_address()  # a rerun asked for before the browser knew its page
navigation = st.navigation([home, *lessons, *linked], position="hidden")
# After the navigation: a component's first report (the screen's width) reruns the app, and
# the browser names the page of that rerun by what the navigation told it.
kit.watch_screen()  # a phone's figures drop what a narrow screen cannot hold

with st.sidebar:
    # the course's chapters, numbered in the notes' order (ui/course.py), then any other page
    st.page_link(home, label=home.title, icon=home.icon)
    for number, chapter in enumerate(course.CHAPTERS, 1):
        st.caption(f"{number}. {t(chapter.title_key, lang)}")
        for url_path in chapter.lessons:
            page = by_link[url_path]
            st.page_link(page, label=study.marked(url_path, page.title, lang), icon=page.icon)
    for section, others in course.outside().items():
        st.caption(t(section, lang))
        for lesson in others:
            page = by_link[lesson.url_path]
            st.page_link(page, label=page.title, icon=page.icon)
    st.divider()  # the revision pages, under the lessons (a caption would enter every snapshot)
    for page in linked:
        if page.url_path in registry.REVISION:
            st.page_link(page, label=page.title, icon=page.icon)
    with st.expander(t("app.about.title", lang)):
        st.markdown(t("app.about.body", lang))

widgets.begin_page()
st.session_state[widgets.PAGE] = navigation.url_path or registry.START.url_path
if navigation.url_path in course.in_order():
    progress.visit(navigation.url_path)  # "Continue where I left off"
progress.mount()  # the learner's progress, kept in their browser
study.arrive(navigation.url_path)  # a link's `?step=`: its preset, before the page's widgets
with st.sidebar:
    widgets.fold_sidebar_on_page_change(st.session_state[widgets.PAGE])
with warmup.script_running(), kit.full_run():  # the lesson's fragments run inline here
    navigation.run()
kit.study_aids(st.session_state[widgets.PAGE], lang)  # a lesson's "Why?" and its terms
with st.sidebar:
    widgets.share_box(lang, st.context.url)

# Compile every lesson's default view in the background (ui/warmup.py), once per process:
# `streamlit run asgi.py` starts it with the server, `streamlit run app.py` after this first
# page is drawn. The first visitor never waits for lessons other than its own.
warmup.start()
