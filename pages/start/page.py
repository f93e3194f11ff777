"""The start page at "/": the course in the notes' order, one numbered chapter after another,
each lesson with its goal, its place in the notes and the learner's progress; "Continue where I
left off" first for a returning learner. An old Playground link at "/" (`/?opt=sgd&sgd-lr=1.05`)
still opens the Playground with its settings."""

from __future__ import annotations

import streamlit as st

from ui import course, progress, registry, shell, study, widgets
from ui.i18n import t

lang = shell.current_language(__file__)

SHELL_KEYS = ("lang", widgets.PROJECTOR)  # the app's own keys, on every page
# Before the start page, "/" was the Playground: a link with any of its keys goes there still.
forwarded = {key: st.query_params.get_all(key) for key in st.query_params if key not in SHELL_KEYS}
if forwarded:
    everything = {key: st.query_params.get_all(key) for key in st.query_params}
    st.switch_page(registry.page_file("playground"), query_params=everything)


def _title(url_path: str) -> str:
    return t(course.lesson(url_path).title_key, lang)


def _status(url_path: str) -> str:
    steps = study.steps_of(url_path)
    if not steps:
        return t("start.no_steps", lang)
    done = sum(step.name in progress.done(url_path) for step in steps)
    key = "start.steps_done" if done == len(steps) else "start.steps"
    return t(key, lang, done=done, total=len(steps))


st.title(t("page.start.title", lang))
widgets.show_url_notices(lang)  # a refused value in the link (`?proj=yes`) is said here too
st.markdown(t("start.intro", lang))

last = progress.get().get("last")
order = course.in_order()


def _resume(last: str | None) -> tuple[str, str] | None:
    """Where "continue" goes: the last lesson visited while it has unanswered steps, else the
    next lesson in the course's order that has some (after it, then from the start); None
    when every step is answered."""
    if last not in order:
        return None
    if study.first_open(last):
        return last, "start.continue"
    at = order.index(last) + 1
    following = [url for url in order[at:] + order[:at] if study.first_open(url)]
    return (following[0], "start.continue_next") if following else None


lead, side = st.columns([2, 1], vertical_alignment="center")
resume = _resume(last)
if resume is not None:
    target, words = resume
    lead.page_link(
        registry.page_file(target),
        label=t(words, lang, lesson=_title(target)),
        icon=":material/play_circle:",
        query_params=study.link_params(target),  # its first unanswered step, chosen
    )
elif last in order:  # every step answered: the path from its start, to revise
    lead.page_link(
        registry.page_file(order[0]),
        label=t("start.all_done", lang, lesson=_title(order[0])),
        icon=":material/task_alt:",
    )
else:
    lead.page_link(
        registry.page_file(order[0]),
        label=t("start.begin", lang, lesson=_title(order[0])),
        icon=":material/play_circle:",
        query_params=study.link_params(order[0]),
    )
side.page_link(
    registry.page_file("playground"),
    label=t("start.playground", lang),
    icon=":material/sports_score:",
)

for number, chapter in enumerate(course.CHAPTERS, 1):
    with st.container(border=True, key=f"chapter-{number}"):
        st.subheader(f"{t('course.chapter', lang, n=number)} · {t(chapter.title_key, lang)}")
        for url_path in chapter.lessons:
            lesson = course.lesson(url_path)
            link, about = st.columns([1.1, 2], vertical_alignment="top")
            link.page_link(  # opened at its first unanswered step (a finished one: plainly)
                lesson.file,
                label=_title(url_path),
                icon=lesson.icon,
                query_params=study.link_params(url_path),
            )
            here = f" · **{t('start.visited', lang)}**" if url_path == last else ""
            about.markdown(
                f"{t(f'start.goal.{url_path}', lang)}  \n"
                f":gray[{t(f'start.place.{url_path}', lang)} · {_status(url_path)}]{here}"
            )


def _import() -> None:
    # pasted text, not st.file_uploader: the uploader's own words ("Upload", "200MB per
    # file") are English whatever the page's language
    text = st.session_state.get("progress_import", "").strip()
    if not text:
        return
    value = progress.parse(text)
    if value is None:
        st.session_state["_progress_import_note"] = ("error", t("start.bad_import", lang))
        return
    progress.replace(value)
    st.session_state["progress_import"] = ""
    count = sum(len(steps) for steps in value["steps"].values())
    st.session_state["_progress_import_note"] = ("success", t("start.imported", lang, n=count))


def _ask_reset() -> None:
    st.session_state["_progress_reset_asked"] = True


def _cancel_reset() -> None:
    st.session_state["_progress_reset_asked"] = False


def _reset() -> None:
    st.session_state["_progress_reset_asked"] = False
    progress.reset()
    st.session_state["_progress_import_note"] = ("success", t("start.reset_done", lang))


with st.expander(t("start.progress", lang), icon=":material/save:"):
    st.caption(t("start.progress_note", lang))
    note = st.session_state.pop("_progress_import_note", None)
    if note:
        getattr(st, note[0])(note[1])
    st.download_button(
        t("start.export", lang),
        progress.dumps(),
        file_name="losslab-progress.json",
        mime="application/json",
        icon=":material/download:",
        on_click="ignore",
    )
    # the box's own "Press Ctrl+Enter to apply" is English: the Import button applies it
    st.markdown(
        "<style>.st-key-progress_import [data-testid=InputInstructions]{display:none}</style>",
        unsafe_allow_html=True,
    )
    st.text_area(
        t("start.import", lang), key="progress_import", placeholder=t("start.import_hint", lang)
    )
    st.button(t("start.import_button", lang), icon=":material/upload:", on_click=_import)
    # clearing cannot be undone: the first button only asks, a second one clears
    if st.session_state.get("_progress_reset_asked"):
        st.warning(t("start.reset_ask", lang))
        yes, no = st.columns(2)
        yes.button(t("start.reset_yes", lang), key="progress_reset_yes", on_click=_reset)
        no.button(t("start.reset_no", lang), key="progress_reset_no", on_click=_cancel_reset)
    else:
        st.button(
            t("start.reset", lang),
            key="progress_reset",
            icon=":material/restart_alt:",
            on_click=_ask_reset,
        )
