"""Predict, then reveal: a room where the class answers before the trajectories are shown.

One page, two views. The lecturer's link (`?code=…&key=…`) shows the question, the count of
answers, the students' link large with its QR code, and Reveal / Close. The students' link
(`?code=…`) shows the question and the figure only; a student taps a prediction (or picks an
option) and sends it. After the reveal both show every prediction and the truth.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import secrets
import urllib.parse

import numpy as np
import segno
import streamlit as st

import landscapes
from ui import (
    compute,
    figures,
    kit,
    lesson_figures,
    presets,
    registry,
    room_store,
    rooms,
    shell,
    widgets,
)
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)

GRID = 400
HEIGHT = 470  # the lecturer's figure: with the question beside it, wholly on a 1280×720 screen
STUDENT_HEIGHT = 360  # a phone's width sets the plot; little blank above and below it
NUMBER_HEIGHT = 200  # a student's number line before the reveal: the slider stays in view
LIVE_EVERY = 2.0  # seconds between the lecturer's count refreshes
WAIT_EVERY = 3.0  # … and a student's look for the reveal
SEAT = "me"  # the query parameter of a student's answer slot (one per browser tab)
CHOSEN = "_room_chosen"  # the student has tapped or moved a slider: a prediction exists
REFUSED = "_room_refused"
CLOSED = "_room_closed"
CLOSED_FROM = "_room_closed_from"  # (lesson link, its query): where "Back to" goes
NO_MENU = {"displaylogo": False, "displayModeBar": False}


def _run_title(room: rooms.Room) -> str:
    lane = room.question.lane
    return "" if lane is None else rooms.lane_label(room.setup, lane, lang)


def _text(room: rooms.Room) -> str:
    q = room.question
    if q.number is not None:
        return q.number.text(lang)
    # "which optimizer" when each run is one; "which run" when one optimizer runs several times
    kind = "lowest_run" if q.kind == "lowest" and room.setup.repeats else q.kind
    return t(f"room.q.{kind}", lang, opt=_run_title(room), steps=room.setup.steps)


def _option_label(room: rooms.Room, option: str, minima) -> str:
    q = room.question
    if q.kind == "lowest":
        return rooms.lane_label(room.setup, int(option), lang)
    if q.kind == "diverge":
        return t(f"room.{option}", lang)
    if option == "none":
        return t("room.none", lang)
    mark = minima[int(option[1:])]
    if len(mark) == 1:
        return t("room.minimum_1d", lang, x=mark[0])
    return t("room.minimum", lang, x=mark[0], y=mark[1])


def _sentences(room: rooms.Room, found: rooms.Truth, ls) -> list[str]:
    out = []
    for s in rooms.summary(room, found, ls.minima):
        params = dict(s.params, opt=_run_title(room), steps=room.setup.steps)
        for name in ("truth", "top"):
            if name in params:
                params[name] = _option_label(room, params[name], ls.minima)
        for name in ("x", "y"):  # printed with 2 decimals: no "−0.00" for a point at 0
            if name in params:
                params[name] = round(float(params[name]), 2) + 0.0
        out.append(t(s.key, lang, **params))
    return out


def _open_from_link() -> None:
    """`?new=<preset>&ask=<question>[&opt=<optimizer or run index>]`, a link for slides: opens
    a room on a Playground or 1-D lesson preset, and the page becomes that room's lecturer
    link."""
    name, ask, opt = (st.query_params.get(k) for k in ("new", "ask", "opt"))
    try:
        preset = presets.PRESETS.get(name) or presets.LR1D_PRESETS[name]
        setup = rooms.setup_from_preset(preset)
        ls = landscapes.get(setup.landscape)
        room = room_store.ROOMS.open(
            setup, rooms.question(ask or "where", setup, ls.minima, opt or None), ls.domain
        )
    except rooms.Refused as refused:
        st.error(t(refused.key, lang, **refused.params), icon=":material/block:")
        return
    except (KeyError, ValueError) as err:
        st.warning(
            t("room.bad_new", lang, preset=name, ask=ask, opt=opt, reason=str(err).strip("'")),
            icon=":material/link_off:",
        )
        return
    for gone in ("new", "ask", "opt"):
        with contextlib.suppress(KeyError):
            del st.query_params[gone]
    st.query_params["code"], st.query_params["key"] = room.code, room.secret


def _trajectories(room: rooms.Room):
    s = room.setup
    return compute.trajectories(s.landscape, s.start, s.steps, s.lanes, s.extras)


def on_figure(room: rooms.Room, point) -> tuple[float, float]:
    """Where a room's point sits on its figure: itself on a surface, (x, f(x)) on a curve."""
    if len(point) == 2:
        return float(point[0]), float(point[1])
    xs, fx = compute.surface(room.setup.landscape, 600)
    return float(point[0]), float(np.interp(point[0], xs, fx))


def figure(room: rooms.Room, trajs, extra: list[dict], *, student: bool):
    """The room's figure: the start only until the reveal, then the run(s) asked about, with
    `extra` traces (the cloud, a student's own point). On a surface, a contour (a student's
    copy leaves out the colour bar, so a phone's width goes to the surface); on a curve, the
    curve with the runs' points on it."""
    labels = figure_labels(lang)
    labels["uirevision"] = room.code
    paths = []
    one_d = len(room.domain) == 1
    if trajs is not None:
        q = room.question
        shown = range(len(room.setup.lanes)) if q.kind == "lowest" else (q.lane,)
        palette_1d = lesson_figures.SERIES_COLOURS
        paths = [
            figures.PathView(
                key=trajs[i].optimizer,
                label=rooms.lane_label(room.setup, i, lang),
                points=np.column_stack([trajs[i].points[:, 0], trajs[i].losses])
                if one_d
                else trajs[i].points,
                losses=trajs[i].losses,
                step_lengths=trajs[i].step_lengths,
                diverged_at=trajs[i].diverged_at,
                # one colour per run where an optimizer's colour would name several
                colour_override=palette_1d[i % len(palette_1d)]
                if one_d or room.setup.repeats
                else None,
            )
            for i in shown
        ]
    start = (
        []
        if paths
        else [figures.marker_trace(on_figure(room, room.setup.start), labels["start"], "start")]
    )
    if one_d:
        xs, fx = compute.surface(room.setup.landscape, 600)
        labels["x"] = "x"  # one parameter: the curve's own variable
        return figures.curve_figure(
            xs,
            fx,
            paths,
            labels=labels,
            extra=[*start, *extra],
            height=STUDENT_HEIGHT if student else HEIGHT,
            legend=bool(paths) or any(trace.get("showlegend", True) for trace in extra),
        )
    return compute.landscape_contour(
        room.setup.landscape,
        paths,
        labels,
        grid=GRID,
        height=STUDENT_HEIGHT if student else HEIGHT,
        extra=[*start, *extra],
        legend=bool(paths) or any(trace.get("showlegend", True) for trace in extra),
        colour_bar=not student,
        animate=not student,  # the lecturer plays the truth to the room; a phone shows it
    )


def show(fig, key: str) -> None:
    """A room's chart: no tool bar and no download menu, on a projector or a phone."""
    widgets.chart(fig, key=key, theme=None, config=NO_MENU, menu=lambda shown: None)


def _cloud(room: rooms.Room) -> list[dict]:
    if not room.question.wants_point:
        return []
    points = [on_figure(room, p) for p in room.points()]
    return [figures.cloud_trace(points, t("room.predictions", lang), room.nicknames())]


def _truth_view(room: rooms.Room, trajs, own: list[dict], *, student: bool) -> None:
    show(
        figure(room, trajs, [*_cloud(room), *own], student=student),
        "room_figure",
    )


def _summary(room: rooms.Room, found: rooms.Truth, ls) -> None:
    for sentence in _sentences(room, found, ls):
        st.success(sentence, icon=":material/lightbulb:")
    q = room.question
    if q.wants_point:
        return
    votes = room.votes()
    show(
        figures.votes_figure(
            [_option_label(room, o, ls.minima) for o in q.options],
            [votes[o] for o in q.options],
            right=q.options.index(found.option) if found.option in q.options else None,
        ),
        "votes",
    )


def student_link(room: rooms.Room) -> tuple[str, str | None]:
    """The students' link, and a note on who can reach it (`rooms.student_link`)."""
    from streamlit import net_util

    return rooms.student_link(
        st.context.url,
        room.code,
        lang,
        public=os.environ.get("LOSSLAB_PUBLIC_URL"),
        lan_ip=net_util.get_internal_ip(),
        listens_beyond_local=st.get_option("server.address") not in rooms.LOCAL_HOSTS,
    )


@st.cache_data(max_entries=64, show_spinner=False)
def qr_png(link: str) -> bytes:
    """The link as a QR code, drawn here (segno): nothing is fetched."""
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=8, border=2)
    return buffer.getvalue()


# ---- a lesson's number question ----------------------------------------------------------------


def number_figure(room: rooms.Room, *, student: bool, own: float | None = None):
    """The number line of a number question: empty until the reveal, then every answer as a
    dot, and the true value in its band of answers that count as right."""
    n = room.question.number
    truth = None
    guesses, names = np.empty(0), []
    if room.revealed:
        guesses, names = room.points()[:, 0], room.nicknames()
        truth = (n.value, n.tolerance, t("room.answer_is", lang, value=n.show(n.value)))
    return figures.guesses_figure(
        guesses,
        low=n.low,
        high=n.high,
        labels={
            "axis": n.axis_title(lang) or t("room.number_of", lang),
            "class": t("room.predictions", lang),
            "you": t("room.your_point", lang),
        },
        truth=truth,
        nicknames=names,
        own=own,
        height=(STUDENT_HEIGHT if room.revealed else NUMBER_HEIGHT) if student else HEIGHT,
    )


def number_summary(room: rooms.Room) -> None:
    n = room.question.number
    for s in rooms.summary(room, rooms.truth(room.question, (), (), room.domain), ()):
        st.success(t(s.key, lang, **s.params), icon=":material/lightbulb:")
    st.page_link(
        registry.page_file(n.lesson),
        label=t("room.open_lesson", lang),
        icon=":material/open_in_new:",
        query_params=dict(urllib.parse.parse_qsl(n.link)) | {"lang": lang},
    )


def _hidden_range(room: rooms.Room) -> str:
    n = room.question.number
    return t("room.number_hidden", lang, low=n.show(n.low), high=n.show(n.high))


# ---- the lecturer's view ---------------------------------------------------------------------


def _reveal(code: str, key: str) -> None:
    with contextlib.suppress(rooms.Refused):  # closed meanwhile: the page then says so
        room_store.ROOMS.reveal(code, key)


def _origin(room: rooms.Room | None) -> tuple[str, dict]:
    """The lesson a room was opened from and its view's query: a lesson's number question
    names its lesson; a room on a Playground preset came from the Playground."""
    number = None if room is None else getattr(room.question, "number", None)
    if number is not None:
        return number.lesson, dict(urllib.parse.parse_qsl(number.link))
    return "playground", {}


def _close(code: str, key: str) -> None:
    origin = _origin(room_store.ROOMS.get(code, answers=False))
    with contextlib.suppress(rooms.Refused):
        room_store.ROOMS.close(code, key)
    st.session_state[CLOSED] = code
    st.session_state[CLOSED_FROM] = origin
    for name in ("code", "key"):
        with contextlib.suppress(KeyError):
            del st.query_params[name]


def lecturer(room: rooms.Room, ls) -> None:
    room_store.ROOMS.touch(room.code)
    link, note = student_link(room)
    figure_col, side = st.columns([2.1, 1], gap="medium")
    with side:
        st.subheader(t("room.code", lang, code=room.code))
        st.markdown(f"#### {_text(room)}")
    number = room.question.number is not None
    if room.revealed:
        with figure_col:
            if number:
                show(number_figure(room, student=False), "room_figure")
            else:
                trajs = _trajectories(room)
                found = rooms.truth(room.question, trajs, ls.minima, ls.domain)
                _truth_view(room, trajs, [], student=False)
                kit.autoplay("room_figure", room.code)  # the truth runs through the cloud
        with side:
            if number:
                number_summary(room)
            else:
                _summary(room, found, ls)
    else:
        with figure_col:
            show(
                number_figure(room, student=False)
                if number
                else figure(room, None, [], student=False),
                "room_figure",
            )
            st.caption(_hidden_range(room) if number else t("room.hidden", lang))
        with side:
            count, reveal = st.columns([1, 1.3], vertical_alignment="bottom")
            with count:
                live_count(room.code)
            with reveal:
                st.button(
                    t("room.reveal", lang),
                    key="reveal",
                    type="primary",
                    icon=":material/visibility:",
                    on_click=_reveal,
                    args=(room.code, room.secret),
                )
            st.image(qr_png(link), width=200)
            st.markdown(t("room.join", lang, link=f"`{link}`"))
            if note == "lan":
                st.caption(t("room.localhost", lang))
            elif note == "local_only":
                st.warning(t("room.local_only", lang), icon=":material/wifi_off:")
    with side:
        st.button(
            t("room.close", lang),
            key="close",
            icon=":material/close:",
            on_click=_close,
            args=(room.code, room.secret),
        )
        with st.expander(t("room.lecturer_link", lang)):
            st.code(rooms.lecturer_link(link, room.secret), language=None)


@st.fragment(run_every=LIVE_EVERY)
def live_count(code: str) -> None:
    """The count of answers, refreshed while the lecturer waits (the reveal may come from
    another worker: the lecturer's link opened on a second screen)."""
    room = room_store.ROOMS.get(code, answers=False)
    if room is None or room.revealed:
        st.rerun(scope="app")
    room_store.ROOMS.touch(code)  # a lecturer watching the count keeps the room from going idle
    st.metric(t("room.count", lang), room.count)


# ---- a student's view --------------------------------------------------------------------------


def _send(code: str, me: str, wants_point: bool, dim: int, number: bool = False) -> None:
    """The Send button's callback: it runs once per press, before the rerun draws the page."""
    state = st.session_state
    try:
        if wants_point and not state.get(CHOSEN):
            raise rooms.Refused("room.refused_no_number" if number else "room.refused_no_point")
        keys = ("ans_v",) if number else ("ans_x", "ans_y")[:dim]
        room_store.ROOMS.answer(
            code,
            me,
            point=tuple(state.get(k) for k in keys) if wants_point else None,
            option=state.get("answer"),
            nickname=state.get("nick", ""),
        )
    except rooms.Refused as refused:
        state[REFUSED] = refused


def _moved() -> None:
    st.session_state[CHOSEN] = True


def seat() -> str:
    """The student's answer slot, kept in the page's URL (`me=`) rather than in the session: a
    page that a worker's death (or a reload) moves to a new session finds its answer again,
    keeps waiting for the reveal, and cannot answer a second time."""
    me = st.query_params.get(SEAT, "")
    if not (me.isascii() and me.isalnum() and 8 <= len(me) <= 32):
        me = secrets.token_hex(8)
        st.query_params[SEAT] = me
    return me


def student(room: rooms.Room, ls) -> None:
    me = seat()
    st.markdown(f"##### {t('room.code', lang, code=room.code)} · {_text(room)}")
    if room.revealed and room.question.number is not None:
        mine = room.answers.get(me)
        show(
            number_figure(room, student=True, own=mine.point[0] if mine else None),
            "room_figure",
        )
        number_summary(room)
        return
    if room.revealed:
        trajs = _trajectories(room)
        found = rooms.truth(room.question, trajs, ls.minima, ls.domain)
        mine = room.answers.get(me)
        own = []
        if mine is not None and mine.point is not None:
            own = [
                figures.marker_trace(on_figure(room, mine.point), t("room.your_point", lang), "own")
            ]
        _truth_view(room, trajs, own, student=True)
        _summary(room, found, ls)
        return
    answer_box(room, ls, me)


@st.fragment
def answer_box(room: rooms.Room, ls, me: str) -> None:
    """The student's prediction and the Send button: a tap or a slider reruns only this."""
    q = room.question
    if q.number is not None:
        n = q.number
        chosen = st.session_state.get(CHOSEN, False)
        show(
            number_figure(
                room, student=True, own=st.session_state.get("ans_v") if chosen else None
            ),
            "room_figure",
        )
        st.caption(_hidden_range(room))
        widgets.number_slider(
            t("room.guess", lang),
            "ans_v",
            low=n.low,
            high=n.high,
            default=n.low + round((n.high - n.low) / 2 / n.step) * n.step,
            step=n.step,
            integer=n.digits == 0,
            help=t("room.guess_help", lang),
            on_change=_moved,
        )
    elif q.wants_point:
        one_d = len(room.domain) == 1
        centre = tuple((lo + hi) / 2 for lo, hi in room.domain)
        tap_area = (room.domain[0], (-math.inf, math.inf)) if one_d else room.domain
        tapped = kit.tap("room_figure", tap_area)
        if tapped is not None:  # before the sliders exist in this run: they take the tap
            st.session_state["ans_x"] = round(tapped[0], 2)
            if not one_d:
                st.session_state["ans_y"] = round(tapped[1], 2)
            st.session_state[CHOSEN] = True
        chosen = st.session_state.get(CHOSEN, False)
        point = tuple(
            st.session_state.get(key, c) for key, c in zip(("ans_x", "ans_y"), centre, strict=False)
        )
        own = (
            [figures.marker_trace(on_figure(room, point), t("room.your_point", lang), "own")]
            if chosen
            else []
        )
        show(
            figure(room, None, own, student=True),
            "room_figure",
        )
        st.caption(t("room.tap", lang))
        columns = st.columns(len(room.domain))
        for column, key, (lo, hi), c in zip(
            columns, ("ans_x", "ans_y"), room.domain, centre, strict=False
        ):
            with column:
                widgets.number_slider(
                    key[-1], key, low=lo, high=hi, default=c, step=0.01, on_change=_moved
                )
    else:
        show(
            figure(room, None, [], student=True),
            "room_figure",
        )
        st.radio(
            t("room.pick", lang),
            q.options,
            index=None,
            format_func=lambda o: _option_label(room, o, ls.minima),
            key="answer",
        )
    st.text_input(t("room.nickname", lang), key="nick", max_chars=rooms.NICKNAME_LEN)
    st.button(
        t("room.send", lang),
        key="send",
        type="primary",
        icon=":material/send:",
        on_click=_send,
        args=(room.code, me, q.wants_point, len(room.domain), q.number is not None),
    )
    refused = st.session_state.pop(REFUSED, None)
    if refused is not None:
        st.error(t(refused.key, lang, **refused.params), icon=":material/block:")
    mine = room_store.ROOMS.mine(room.code, me)  # as stored: this fragment's `room` is older
    if mine is not None:
        if q.number is not None:
            st.info(t("room.sent_number", lang, value=q.number.show(mine.point[0])))
        elif mine.point is not None:
            if len(mine.point) == 1:
                st.info(t("room.sent_point_1d", lang, x=mine.point[0]))
            else:
                st.info(t("room.sent_point", lang, x=mine.point[0], y=mine.point[1]))
        else:
            st.info(t("room.sent_option", lang, option=_option_label(room, mine.option, ls.minima)))
        wait_for_reveal(room.code)


@st.fragment(run_every=WAIT_EVERY)
def wait_for_reveal(code: str) -> None:
    """A student who has answered looks for the reveal now and then."""
    room = room_store.ROOMS.get(code, answers=False)
    if room is None or room.revealed:
        st.rerun(scope="app")
    st.caption(t("room.waiting", lang))


# ---- the page ------------------------------------------------------------------------------------

# The link's keys this page reads itself (an old link's `w=`, which named a worker, is read and
# ignored: any worker serves any room); any other key gets a notice naming it, as on a lesson.
widgets.reads("new", "ask", "opt", "code", "key", SEAT, "w")
notice_area = st.container()

if "new" in st.query_params and "code" not in st.query_params:
    _open_from_link()

code = st.query_params.get("code")
closed = st.session_state.pop(CLOSED, None)
back_to, back_query = st.session_state.pop(CLOSED_FROM, ("playground", {}))
# A student's page before the reveal needs the question only, not the class's answers; any
# worker reads the room from the store (an old link's `w=`, which named a worker, is ignored).
room = room_store.ROOMS.get(code, answers=False) if code else None
if room is not None and room.revealed:
    room = room_store.ROOMS.get(code)
if closed:
    st.info(t("room.closed", lang, code=closed), icon=":material/check:")
    # back to the lesson the room was opened from (was always "Back to the Playground")
    lesson = next(p for p in registry.every_page() if p.url_path == back_to)
    st.page_link(
        registry.page_file(back_to),
        label=t("room.back_to", lang, lesson=t(lesson.title_key, lang)),
        icon=":material/arrow_back:",
        query_params=back_query | {"lang": lang},
    )
elif room is None:
    if code or "new" not in st.query_params:
        st.warning(
            t("room.missing", lang, code=code) if code else t("room.no_code", lang),
            icon=":material/meeting_room:",
        )
    st.page_link(
        registry.page_file("playground"), label=t("room.back", lang), icon=":material/arrow_back:"
    )
else:
    landscape = None if room.setup is None else landscapes.get(room.setup.landscape)
    key = st.query_params.get("key")
    if room.is_lecturer(key):
        lecturer(room, landscape)
        if st.session_state.pop(kit.TO_TOP, False):
            widgets.scroll_to_top()  # the lesson was scrolled down to its menu
    else:
        if key:
            st.warning(t("room.student_key", lang), icon=":material/lock:")
        student(room, landscape)

with notice_area:
    widgets.show_url_notices(lang)
