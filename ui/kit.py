"""The page kit: the fragment a lesson's body runs in (a control moved inside it reruns that
body only, not the app shell, sidebar and navigation), the start-point picker lessons share,
the tap listener and the "Ask the class first" menu of predict-and-reveal. The Playground puts its fragment around its controls and figure alone."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import urllib.parse
from collections.abc import Callable, Iterator, Sequence

import streamlit as st

import landscapes
from ui import activity, figures, glossary, progress, registry, room_store, rooms, study, widgets
from ui.i18n import t
from ui.screen import NARROW_PX, SCREEN_KEY, narrow

# Plotly emits no click for a finger's tap in the selection mode Streamlit gives a chart, so a
# phone could not pick a point. This listener reads pointer events (mouse, pen and touch
# alike) on a chart's plot area and converts the tap to data coordinates with Plotly's own
# axes; a press that moves (a scroll, a pan) is not a tap.
_TAP_JS = """
export default function (component) {
  const { data, setTriggerValue } = component;
  const plot = `.st-key-${data.chart} .nsewdrag`;
  let down = null;
  const onDown = (e) => {
    if (data.touch_only && e.pointerType === "mouse") return;  // the chart's own click has it
    const area = e.target.closest ? e.target.closest(plot) : null;
    down = area ? { x: e.clientX, y: e.clientY, area } : null;
  };
  const onUp = (e) => {
    if (!down) return;
    const { area, x, y } = down;
    down = null;
    if (Math.hypot(e.clientX - x, e.clientY - y) > 12) return;
    const gd = area.closest(".js-plotly-plot");
    const layout = gd && gd._fullLayout;
    if (!layout) return;
    const box = area.getBoundingClientRect();
    setTriggerValue("tap", {
      x: layout.xaxis.p2d(e.clientX - box.left),
      y: layout.yaxis.p2d(e.clientY - box.top),
    });
  };
  document.addEventListener("pointerdown", onDown, true);
  document.addEventListener("pointerup", onUp, true);
  return () => {
    document.removeEventListener("pointerdown", onDown, true);
    document.removeEventListener("pointerup", onUp, true);
  };
}
"""
_tap = st.components.v2.component("losslab_tap", js=_TAP_JS)


def tap(chart_key: str, domain, touch_only: bool = False) -> tuple[float, float] | None:
    """Where a finger (or a mouse) just tapped the plot of the chart keyed `chart_key`, in
    data coordinates inside `domain`; None when this run was not started by a tap. Mount it
    before the chart and before the controls the tap sets. `touch_only` leaves mouse clicks
    to the chart's own selection (a lesson that reads clicks with `on_select`)."""
    result = _tap(
        key=f"tap-{chart_key}",
        data={"chart": chart_key, "touch_only": touch_only},
        on_tap_change=lambda: None,
    )
    point = getattr(result, "tap", None)
    if not isinstance(point, dict):
        return None
    try:
        x, y = float(point["x"]), float(point["y"])
    except (KeyError, TypeError, ValueError):
        return None
    (xlo, xhi), (ylo, yhi) = domain
    if not (xlo <= x <= xhi and ylo <= y <= yhi):
        return None  # on the margin, not the surface
    return x, y


def tap_on_surface(
    chart_key: str, ls: landscapes.Landscape, area=None, also: Sequence[Sequence[float]] = ()
) -> tuple[float, float] | None:
    """Where a click or a finger just landed on a lesson's contour of `ls` (keyed
    `chart_key`), drawn over `area` (its domain unless zoomed): a minimum, saddle or maximum
    near it, or a point of `also` (a start), is that point exactly. None when this run was
    not started by one. Mount it before the controls it sets."""
    area = area or ls.domain
    tapped = tap(chart_key, area)
    if tapped is None:
        return None
    return figures.snap(tapped, area, [*ls.minima, *ls.saddles, *ls.maxima, *also])


# Plotly lays a chart out in pixels, with no media queries: a legend row or a colour bar that
# fits a projector leaves a phone's contour a strip. This page script tells the app whether
# the screen is narrow (a phone: 640 px or less, where Streamlit stacks columns), once, and
# again only when that changes (a phone turned sideways).
_SCREEN_JS = """
export default function (component) {
  const { data, setStateValue } = component;
  const report = () => {
    const narrow = window.innerWidth <= data.px;
    if (narrow !== data.narrow) setStateValue("narrow", narrow);
  };
  report();
  window.addEventListener("resize", report);
  return () => window.removeEventListener("resize", report);
}
"""
_screen = st.components.v2.component("losslab_screen", js=_SCREEN_JS)
_SCREEN = SCREEN_KEY


def watch_screen() -> None:
    """Mounted by app.py before the page: the page's figures then read `narrow()`. The page
    script reports only a width that differs from the guess it is given, so a phone whose
    browser says it is one costs no second run (a class of 30 opens a link at once)."""
    _screen(key=_SCREEN, data={"narrow": narrow(), "px": NARROW_PX},
            on_narrow_change=lambda: None)  # fmt: skip


_FULL_RUN = "_full_run"


@contextlib.contextmanager
def full_run() -> Iterator[None]:
    """Marks the app's own run around the lessons, which already rebuilds the share box."""
    st.session_state[_FULL_RUN] = True
    try:
        yield
    finally:
        st.session_state[_FULL_RUN] = False


def fragment(body: Callable[[], None]) -> Callable[[], None]:
    """`st.fragment`, except that while the sidebar's share box is open a rerun of the fragment
    alone reruns the app after it: the box's link must carry the settings just changed."""

    @st.fragment
    @functools.wraps(body)
    def run() -> None:
        with activity.script_running():  # a fragment's rerun is a visitor's run too
            body()
        # the share box's link, and a study answer the browser must keep (ui/progress.py)
        if not st.session_state.get(_FULL_RUN) and (widgets.share_open() or progress.pending()):
            st.rerun(scope="app")

    return run


def start_picker(
    domain,
    default,
    lang: str,
    keys: tuple[str, str] = ("x0", "y0"),
    labels: tuple[str, str] | None = None,
) -> tuple[float, float]:
    """The start point θ₀ = (x, y): two sliders side by side over the surface's domain,
    bound to the link under `keys` (another point with other `labels`)."""
    (xlo, xhi), (ylo, yhi) = domain
    xl, yl = labels or (t("playground.start_x", lang), t("playground.start_y", lang))
    cx, cy = st.columns(2)
    with cx:
        x = widgets.number_slider(xl, keys[0], low=xlo, high=xhi, default=default[0], step=0.01)
    with cy:
        y = widgets.number_slider(yl, keys[1], low=ylo, high=yhi, default=default[1], step=0.01)
    return x, y


# ---- predict, then reveal ----------------------------------------------------------------------

_OPENED = "_room_opened"
TO_TOP = "_room_to_top"  # set when a lesson's menu sends this session to its new room
ASK, ABOUT = "ask", "about"  # a slide's link to a lesson: open a room on its view at once


def _asked_by_link() -> tuple[str, str | None] | None:
    """`ask=` (and `about=`) in the lesson's link, read once: they leave the address, so a
    reload shows the lesson and does not open another room."""
    widgets.reads(ASK, ABOUT)
    ask = st.query_params.get(ASK)
    if ask is None:
        return None
    about = st.query_params.get(ABOUT)
    for name in (ASK, ABOUT):
        with contextlib.suppress(KeyError):
            del st.query_params[name]
    return ask, about


def _ask_menu(by_link: Callable[[str, str | None], None], help_key: str, lang: str):
    """What both "Ask the class first" menus share: a room just opened is followed, a link's
    `ask=` is taken (`by_link(ask, about)`), and the menu is a lazy popover, as the download
    menus: closed, it costs a slider move nothing. Returns the popover and what the last
    press of Open gave (a Refused, to show in the menu)."""
    opened = st.session_state.pop(_OPENED, None)
    if isinstance(opened, rooms.Room):
        _follow(opened, lang)
    linked = _asked_by_link()
    if linked is not None:
        by_link(*linked)
    menu = st.popover(
        t("room.ask", lang), icon=":material/how_to_vote:", key="_menu_ask", on_change="rerun"
    )
    if menu.open:
        # what the menu does, as its first line: a hover tooltip would sit on its Open button
        # (and a phone has no hover)
        with menu:
            st.caption(t(help_key, lang))
    return menu, opened


def _bad_link(message: str) -> None:
    """A link's question that opens no room: said under the figure, where the menu is, and in
    a toast at the top, which a lecturer sees whatever the page's length."""
    st.warning(message, icon=":material/link_off:")
    st.toast(message, icon=":material/link_off:")


def _follow(room: rooms.Room, lang: str) -> None:
    """This session becomes the room's lecturer; the room page comes in at its top."""
    st.session_state[TO_TOP] = True
    st.switch_page(
        registry.page_file("room"),
        query_params={"code": room.code, "key": room.secret, "lang": lang},
    )


def _open_by_link(make: Callable[[], rooms.Room], lang: str) -> None:
    try:
        room = make()
    except rooms.Refused as refused:
        st.error(t(refused.key, lang, **refused.params), icon=":material/block:")
        return
    _follow(room, lang)


def _open_room(setup: rooms.Setup) -> None:
    ls = landscapes.get(setup.landscape)
    try:
        question = rooms.question(
            st.session_state.get("ask_kind"), setup, ls.minima, st.session_state.get("ask_lane")
        )
        st.session_state[_OPENED] = room_store.ROOMS.open(setup, question, ls.domain)
    except rooms.Refused as refused:
        st.session_state[_OPENED] = refused


def ask_the_class(setup: rooms.Setup, lang: str) -> None:
    """ "Ask the class first": a menu that opens a predict-and-reveal room on the lesson's
    view `setup` (pages/room/); this session then follows the room's lecturer link."""
    menu, opened = _ask_menu(
        lambda kind, about: _ask_path_by_link(setup, kind, about, lang), "room.ask_help", lang
    )
    if not menu.open:
        return
    ls = landscapes.get(setup.landscape)
    with menu:
        kind = st.selectbox(
            t("room.kind", lang),
            rooms.kinds_for(setup, ls.minima),
            format_func=lambda k: t(f"room.kind.{k}", lang),
            key="ask_kind",
        )
        if kind != "lowest":
            st.selectbox(
                t("room.about", lang),
                range(len(setup.lanes)),
                index=len(setup.lanes) - 1,
                format_func=lambda i: rooms.lane_label(setup, i, lang),
                key="ask_lane",
            )
        st.button(
            t("room.open", lang), key="ask_open", type="primary", on_click=_open_room, args=(setup,)
        )
        if isinstance(opened, rooms.Refused):
            st.error(t(opened.key, lang, **opened.params), icon=":material/block:")


def _ask_path_by_link(setup: rooms.Setup, kind: str, about: str | None, lang: str) -> None:
    """`?ask=where&about=momentum` (about: an optimizer racing in the view, or a run's index;
    the last run by default): a room on this view at once; a question the view cannot pose
    says why."""
    ls = landscapes.get(setup.landscape)
    kinds = rooms.kinds_for(setup, ls.minima)
    if kind not in kinds:
        _bad_link(t("room.bad_ask", lang, ask=kind, options=", ".join(kinds)))
        return
    try:
        question = rooms.question(kind, setup, ls.minima, about)
    except ValueError:
        runs = ", ".join(dict.fromkeys(setup.optimizers))
        _bad_link(t("room.bad_about", lang, about=about, options=runs))
        return
    _open_by_link(lambda: room_store.ROOMS.open(setup, question, ls.domain), lang)


def _numbers(lesson: str, numbers: Callable[[], list[rooms.Number]]) -> list[rooms.Number]:
    """The lesson's questions, each with the way back to this view."""
    link = urllib.parse.urlencode(
        {k: v for k, v in st.query_params.to_dict().items() if k not in ("lang", ASK, ABOUT)}
    )
    return [dataclasses.replace(n, lesson=lesson, link=link) for n in numbers()]


def _ask_number_by_link(
    lesson: str, numbers: Callable[[], list[rooms.Number]], name: str, lang: str
) -> None:
    """`?ask=<name>`: a room on this view's question `name` at once; another name says which
    the view has."""
    asked = {n.name: n for n in _numbers(lesson, numbers)}
    if name not in asked:
        options = ", ".join(asked) or "—"
        _bad_link(t("room.bad_ask", lang, ask=name, options=options))
        return
    number = asked[name]
    _open_by_link(
        lambda: room_store.ROOMS.open(None, rooms.number_question(number), number.domain), lang
    )


def _open_number(numbers: list[rooms.Number]) -> None:
    try:
        number = numbers[st.session_state.get("ask_number") or 0]
        room = room_store.ROOMS.open(None, rooms.number_question(number), number.domain)
        st.session_state[_OPENED] = room
    except rooms.Refused as refused:
        st.session_state[_OPENED] = refused


def ask_number(lesson: str, numbers: Callable[[], list[rooms.Number]], lang: str) -> None:
    """ "Ask the class first" on a lesson whose answer is a number: a lazy menu of the
    questions `numbers()` poses about the view on screen (each with the truth the lesson
    computed); opening one makes a room (pages/room/) and this session follows its
    lecturer link. `lesson` is the page's file name under pages/."""
    menu, opened = _ask_menu(
        lambda name, _about: _ask_number_by_link(lesson, numbers, name, lang),
        "room.ask_help_number",
        lang,
    )
    if not menu.open:
        return
    asked = _numbers(lesson, numbers)
    with menu:
        if not asked:
            st.info(t("room.no_number", lang), icon=":material/info:")
            return
        chosen = st.selectbox(
            t("room.kind", lang),
            range(len(asked)),
            format_func=lambda i: asked[i].text(lang),
            key="ask_number",
        )
        st.caption(asked[chosen or 0].text(lang))  # the whole question: a menu line cuts it
        st.button(
            t("room.open", lang),
            key="ask_open",
            type="primary",
            on_click=_open_number,
            args=(asked,),
        )
        if isinstance(opened, rooms.Refused):
            st.error(t(opened.key, lang, **opened.params), icon=":material/block:")


# Plotly has no autoplay: a revealed truth is played once by pressing the figure's own Play
# button, from the page (`gd.dataset.played` is set when Plotly has finished the animation).
_AUTOPLAY_JS = """
export default function (component) {
  const { data } = component;
  const played = (window.__losslabPlayed = window.__losslabPlayed || new Set());
  if (played.has(data.token)) return;
  let tries = 0;
  const attempt = () => {
    const gd = document.querySelector(`.st-key-${data.chart} .js-plotly-plot`);
    const play = gd && gd.querySelector(".updatemenu-button");
    if (!play || !gd.on) {
      if (++tries < 100) setTimeout(attempt, 100);
      return;
    }
    played.add(data.token);
    gd.on("plotly_animated", () => { gd.dataset.played = "1"; });
    play.dispatchEvent(new MouseEvent("click", { bubbles: true }));
  };
  setTimeout(attempt, 300);
}
"""
_autoplay = st.components.v2.component("losslab_autoplay", js=_AUTOPLAY_JS)


def autoplay(chart_key: str, token: str) -> None:
    """Plays the animated chart keyed `chart_key` once per page for `token` (a reveal)."""
    _autoplay(key=f"tap-autoplay-{chart_key}", data={"chart": chart_key, "token": token})


# ---- the why in words, and the lesson's terms -------------------------------------------------


def study_aids(url_path: str, lang: str, expanded: bool = False) -> None:
    """Under a lesson's page (app.py calls it after the page ran, so the figure stays first):
    "Why?", the lesson's reasoning in words (`<prefix>.why` in its strings.py), and the terms
    it uses (ui/glossary.py), each linked to its entry on the glossary page. Both folded and
    lazy, as the download menus: closed, they cost a rerun nothing. Nothing on a page that is
    not a lesson."""
    if url_path not in {lesson.url_path for lesson in registry.lessons()}:
        return
    why = st.expander(
        t("aids.why", lang),
        icon=":material/lightbulb:",
        key="_aids_why",
        expanded=expanded,
        on_change="rerun",
    )
    if why.open:
        with why:
            # while a study step's question is open the reasoning would answer it (critical
            # points' why said where gradient descent on and off the stable line ends)
            if study.question_open(url_path):
                st.caption(t("aids.why_wait", lang))
            else:
                st.markdown(t(glossary.why_key(url_path), lang))
    terms = glossary.for_lesson(url_path)
    box = st.expander(
        t("aids.terms", lang, n=len(terms)),
        icon=":material/menu_book:",
        key="_aids_terms",
        expanded=expanded,
        on_change="rerun",
    )
    if box.open:
        with box:
            _terms(terms, lang)
    study.next_link(url_path, lang)  # the lesson's end: on to the next one in the course


def _terms(terms, lang: str) -> None:
    """The lesson's terms, each linked to its entry on the glossary page."""
    st.caption(t("aids.terms_help", lang))
    for term in terms:
        st.page_link(
            registry.page_file("glossary"),
            label=term.name(lang),
            icon=":material/arrow_forward:",
            # the term's name, not its key: the glossary's box shows what the link
            # carries, and a name opens on its entry first as the key does
            query_params={"q": term.name(lang), "lang": lang},
        )
        st.markdown(term.definition(lang))
