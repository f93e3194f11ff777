"""Predict, then reveal (pages/room/) through AppTest: one lecturer and several students,
each its own session on the same server process, as in a lecture hall. The page keeps its
rooms in the default store, SQLite, here a file of each test's own."""

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import landscapes
from tests.lessons import APP, chart, no_exceptions, open_page, page_file
from ui import compute, presets, room_store, rooms
from ui.figures import decode
from ui.i18n import t

BOWL = landscapes.get("bowl")


@pytest.fixture(autouse=True)
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(room_store, "ROOMS", room_store.SqliteStore(tmp_path / "rooms.sqlite"))


def stored(room: rooms.Room) -> rooms.Room:
    """The room as the store holds it now."""
    return room_store.ROOMS.get(room.code)


def join(
    code: str, lang: str = "en", key: str | None = None, me: str | None = None, **query
) -> AppTest:
    """A student's phone opening the students' link (the lecturer's, with its `key`; a page of
    the student's with its answer slot `me`)."""
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["lang"] = lang
    for name, value in query.items():
        at.query_params[name] = value
    at.run()
    at.switch_page(page_file("room"))
    at.query_params["code"] = code
    if key is not None:
        at.query_params["key"] = key
    if me is not None:
        at.query_params["me"] = me
    return at.run()


def query(at: AppTest, name: str) -> str:
    value = at.query_params[name]
    return value[0] if isinstance(value, list) else value


def count(at: AppTest) -> int:
    return int(at.metric[0].value)


def texts(elements) -> list[str]:
    return [e.value for e in elements]


def open_ask_menu(at: AppTest) -> AppTest:
    """Opens the lesson's "Ask the class first" menu (a lazy popover: closed, it is empty)."""
    at.session_state["_menu_ask"] = True
    return at.run()


def answer_point(at: AppTest, x: float, y: float, nickname: str = "") -> AppTest:
    at.slider(key="ans_x").set_value(x).run()
    at.slider(key="ans_y").set_value(y).run()
    if nickname:
        at.text_input(key="nick").input(nickname).run()
    return at.button(key="send").click().run()


def test_a_round_on_fig_15_8_from_a_slide_link():
    lecturer = open_page("room", new="fig15_8", ask="where", opt="momentum")
    no_exceptions(lecturer)
    code, key = query(lecturer, "code"), query(lecturer, "key")
    room = room_store.ROOMS.get(code)
    assert room is not None and room.is_lecturer(key)
    assert room.setup == rooms.setup_from_preset(presets.PRESETS["fig15_8"])
    assert "new" not in lecturer.query_params  # a reload reopens this room, not a new one
    assert count(lecturer) == 0
    assert any("Where will Momentum be after 20 steps?" in m for m in texts(lecturer.markdown))
    assert lecturer.get("image"), "the QR code of the students' link"
    assert any(f"/room?code={code}&lang=en" in m for m in texts(lecturer.markdown))
    (secret_link,) = texts(lecturer.code)
    assert secret_link.endswith(f"/room?code={code}&lang=en&key={key}")
    assert [b.key for b in lecturer.button] == ["reveal", "close"]
    hidden = chart(lecturer, "room_figure")
    assert not [d for d in hidden["data"] if d.get("mode") == "lines+markers"], "paths hidden"

    students = [join(code) for _ in range(3)]
    for at in students:
        no_exceptions(at)
        assert "reveal" not in [b.key for b in at.button] and not at.metric
    # Sending before choosing a point is refused with a message, and nothing is recorded.
    students[0].button(key="send").click().run()
    assert texts(students[0].error) == [t("room.refused_no_point", "en")]
    assert len(stored(room).answers) == 0

    sent = [(1.5, -0.5), (0.1, -0.1), (-3.0, 2.5)]
    for at, (x, y) in zip(students, sent, strict=True):
        answer_point(at, x, y, nickname="Ada")
        assert texts(at.info) == [t("room.sent_point", "en", x=x, y=y)]
    assert sorted(a.point for a in stored(room).answers.values()) == sorted(sent)
    assert {a.nickname for a in stored(room).answers.values()} == {"Ada"}

    lecturer.run()
    assert count(lecturer) == 3

    # A student's link with a wrong key cannot reveal: it is a student's view, and says so.
    intruder = join(code, key="guess")
    assert texts(intruder.warning) == [t("room.student_key", "en")]
    assert "reveal" not in [b.key for b in intruder.button]
    assert not stored(room).revealed

    lecturer.button(key="reveal").click().run()
    no_exceptions(lecturer)
    assert stored(room).revealed
    fig = chart(lecturer, "room_figure")
    traces = {d.get("name"): d for d in fig["data"]}
    cloud = traces[f"{t('room.predictions', 'en')} (3)"]
    np.testing.assert_allclose(
        sorted(zip(decode(cloud["x"]), decode(cloud["y"]), strict=True)), sorted(sent), atol=1e-6
    )
    assert cloud["text"] == ["Ada"] * 3  # a point's hover names its student
    path = traces["Momentum"]
    end = (float(decode(path["x"])[-1]), float(decode(path["y"])[-1]))
    assert end == pytest.approx((1.89, -0.70), abs=0.005)
    assert fig.get("frames"), "the truth animates on the projector"
    # 1 of 3 within 0.8 of (1.89, −0.70); 1 of 3 expected the minimum; it ended 2.02 from it
    miss = np.median([np.hypot(x - end[0], y - end[1]) for x, y in sent])
    assert texts(lecturer.success) == [
        t(
            "room.summary_where",
            "en",
            close=1,
            n=3,
            r=0.8,
            opt="Momentum",
            steps=20,
            x=end[0],
            y=end[1],
            miss=miss,
        ),
        t("room.summary_not_at_minimum", "en", expected=1, n=3, opt="Momentum", d=2.02),
    ]

    # A student who answered sees the truth, the class and their own point after the reveal.
    phone = students[2].run()
    mine = chart(phone, "room_figure")
    names = [d.get("name") for d in mine["data"]]
    assert "Momentum" in names and t("room.your_point", "en") in names
    assert texts(phone.success) == texts(lecturer.success)
    # … and can no longer answer.
    with pytest.raises(rooms.Refused):
        room_store.ROOMS.answer(code, "late", point=(0.0, 0.0))

    lecturer.button(key="close").click().run()
    assert room_store.ROOMS.get(code) is None
    assert texts(lecturer.info) == [t("room.closed", "en", code=code)]
    gone = join(code)
    assert texts(gone.warning) == [t("room.missing", "en", code=code)]


def test_a_students_page_in_a_new_session_finds_their_answer():
    """The answer slot rides in the page's URL (`me=`), not in the session: the page a dead
    worker's phone reconnects with (or a reload) is a new session on another worker, and it
    finds the answer, waits for the reveal, and holds one answer, not two."""
    lecturer = open_page("room", new="fig15_8", ask="where", opt="momentum")
    code = query(lecturer, "code")
    phone = join(code)
    me = query(phone, "me")
    assert len(me) == 16 and me.isalnum()
    answer_point(phone, 1.5, -0.5)
    moved = join(code, me=me)
    no_exceptions(moved)
    assert query(moved, "me") == me
    assert texts(moved.info) == [t("room.sent_point", "en", x=1.5, y=-0.5)]
    assert t("room.waiting", "en") in texts(moved.caption)
    assert room_store.ROOMS.get(code).count == 1
    assert query(join(code), "me") != me  # another tab, another slot


def test_an_option_question_opened_from_the_playground_in_chinese():
    lecturer = open_page("playground", lang="zh")
    assert "ask_kind" not in [s.key for s in lecturer.selectbox]  # closed: nothing built
    open_ask_menu(lecturer)
    lecturer.selectbox(key="ask_kind").set_value("lowest").run()
    lecturer.button(key="ask_open").click().run()
    no_exceptions(lecturer)
    code = query(lecturer, "code")
    room = room_store.ROOMS.get(code)
    assert room.question.kind == "lowest" and room.setup.steps == 50
    assert count(lecturer) == 0
    # (AppTest's next run would go back to the page it opened: the lecturer's link goes on,
    # on a projector)
    lecturer = join(code, "zh", key=query(lecturer, "key"), proj="1")
    assert room.setup.optimizers == ("sgd", "momentum", "rmsprop", "adam")
    assert any(t("room.q.lowest", "zh", steps=50) in m for m in texts(lecturer.markdown))

    a, b = join(code, "zh"), join(code, "zh")
    # No option picked: refused, with the message in the student's language.
    a.button(key="send").click().run()
    assert texts(a.error) == [t("room.refused_option", "zh")]
    # the options are the runs, named by their optimizers
    assert a.radio(key="answer").options == ["SGD", "动量", "RMSProp", "Adam"]
    a.radio(key="answer").set_value("0").run()  # SGD
    a.button(key="send").click().run()
    b.radio(key="answer").set_value("3").run()  # Adam
    b.button(key="send").click().run()
    assert stored(room).votes() == {"0": 1, "1": 0, "2": 0, "3": 1}

    lecturer.run()
    assert count(lecturer) == 2
    lecturer.button(key="reveal").click().run()
    no_exceptions(lecturer)
    s = room.setup
    trajs = compute.trajectories(s.landscape, s.start, s.steps, s.lanes, s.extras)
    found = rooms.truth(room.question, trajs, BOWL.minima, BOWL.domain)
    votes = chart(lecturer, "votes")
    bar = votes["data"][0]
    assert list(bar["x"]) == [1, 0, 0, 1]
    right = room.question.options.index(found.option)
    assert [c != "#9A9A9A" for c in bar["marker"]["color"]] == [i == right for i in range(4)]
    (sentence,) = texts(lecturer.success)
    assert f"2 人中有 {stored(room).votes()[found.option]} 人" in sentence
    # all four paths are drawn for "which ends lowest"
    fig = chart(lecturer, "room_figure")
    drawn = {
        d["name"] for d in fig["data"] if d.get("mode") == "lines+markers" and d["name"] != "head"
    }
    assert len(drawn) == 4


def test_links_without_a_room_say_so():
    no_code = open_page("room")
    assert texts(no_code.warning) == [t("room.no_code", "en")]
    missing = open_page("room", code="ZZZZ")  # e.g. opened before a restart
    assert texts(missing.warning) == [t("room.missing", "en", code="ZZZZ")]
    assert "restart" in missing.warning[0].value
    bad = open_page("room", new="no_such_preset", ask="where")
    no_exceptions(bad)
    assert len(bad.warning) == 1 and "new=no_such_preset" in bad.warning[0].value
    bad_ask = open_page("room", new="fig15_8", ask="basin", opt="sgd")  # one minimum
    assert len(bad_ask.warning) == 1 and "ask=basin" in bad_ask.warning[0].value


@pytest.mark.parametrize(
    ("page", "chart_key", "kind", "expected_lanes"),
    [
        ("cliffs", "cliff_contour", "where", ("sgd",)),
        ("critical-points", "cp_contour", "lowest", ("sgd", "momentum")),
        ("schedules", "sched_contour", "lowest", ("sgd",) * 4),
    ],
)
def test_lessons_with_a_path_ask_the_class_too(page, chart_key, kind, expected_lanes):
    lesson = open_page(page)
    no_exceptions(lesson)
    # the lesson's first path (SGD without clipping or noise), as the lesson draws it
    first = next(
        d
        for d in chart(lesson, chart_key)["data"]
        if d.get("mode") == "lines+markers" and d["name"] != "head"
    )
    open_ask_menu(lesson)
    lesson.selectbox(key="ask_kind").set_value(kind).run()
    lesson.button(key="ask_open").click().run()
    no_exceptions(lesson)
    room = room_store.ROOMS.get(query(lesson, "code"))
    assert room.setup.optimizers == expected_lanes and room.question.kind == kind
    lecturer = join(room.code, key=room.secret)
    lecturer.button(key="reveal").click().run()
    no_exceptions(lecturer)
    drawn = [
        d
        for d in chart(lecturer, "room_figure")["data"]
        if d.get("mode") == "lines+markers" and d["name"] != "head"
    ]
    assert len(drawn) == (len(expected_lanes) if kind == "lowest" else 1)
    # the room runs exactly the lesson's view: its truth is the lesson's path
    np.testing.assert_allclose(decode(drawn[0]["x"]), decode(first["x"]), atol=1e-5)
    np.testing.assert_allclose(decode(drawn[0]["y"]), decode(first["y"]), atol=1e-5)


def test_a_round_on_a_curve_x_plus_sin_x():
    """Note 004 on x + sin x: where is the run with ε = 1 after 30 steps? The answer is a
    number, x, tapped on the curve or set with one slider."""
    lesson = open_page("learning-rate-1d")
    no_exceptions(lesson)
    open_ask_menu(lesson)
    lesson.selectbox(key="ask_kind").set_value("where").run()
    lesson.selectbox(key="ask_lane").set_value(0).run()  # ε = 1
    lesson.button(key="ask_open").click().run()
    no_exceptions(lesson)
    room = room_store.ROOMS.get(query(lesson, "code"))
    assert room.setup.landscape == "x_plus_sin" and room.domain == ((-6.0, 4.0),)
    assert room.question.lane == 0 and dict(room.setup.lanes[0][1]) == {"lr": 1.0}
    assert "lowest" in rooms.kinds_for(room.setup, ())

    students = [join(room.code) for _ in range(2)]
    assert [s.key for s in students[0].slider] == ["ans_x"]  # one number
    for at, x in zip(students, (-3.1, 1.0), strict=True):
        at.slider(key="ans_x").set_value(x).run()
        at.button(key="send").click().run()
        assert texts(at.info) == [t("room.sent_point_1d", "en", x=x)]
    assert sorted(a.point for a in stored(room).answers.values()) == [(-3.1,), (1.0,)]

    lecturer = join(room.code, key=room.secret)
    lecturer.button(key="reveal").click().run()
    no_exceptions(lecturer)
    s = room.setup
    run = compute.trajectories(s.landscape, s.start, s.steps, s.lanes, s.extras)[0]
    end = float(run.points[-1, 0])
    # by hand: x ← x − (1 + cos x) from 2.5 falls towards −π, where 1 + cos x = 0; there
    # e = x + π shrinks as e ← e − e²/2, about 2/k: still ~0.07 above −π after 30 steps
    assert 0.05 < end + np.pi < 0.1
    fig = chart(lecturer, "room_figure")
    traces = {d.get("name"): d for d in fig["data"]}
    path = traces["SGD (ε = 1)"]
    assert decode(path["x"])[-1] == pytest.approx(end, abs=1e-5)
    cloud = traces[f"{t('room.predictions', 'en')} (2)"]
    assert sorted(decode(cloud["x"])) == pytest.approx([-3.1, 1.0], abs=1e-5)
    (where,) = texts(lecturer.success)  # x + sin x has no minimum: one sentence
    r = rooms.near_radius(room.domain)
    close = sum(abs(x - end) <= r for x in (-3.1, 1.0))
    miss = float(np.median([abs(x - end) for x in (-3.1, 1.0)]))
    assert where == t(
        "room.summary_where_1d", "en", close=close, n=2, opt="SGD (ε = 1)", steps=30,
        r=r, x=end, miss=miss,
    )  # fmt: skip


def test_a_number_round_on_long_term_dependencies():
    """A lesson whose answer is a number: the class guesses log₁₀‖Wᵗv‖, then the reveal draws
    every guess on a number line with the true value, and counts them."""
    lesson = open_page("long-term-dependencies", lam1="1.2", ltd_t="30")
    open_ask_menu(lesson)
    (text,) = lesson.selectbox(key="ask_number").options
    assert "λ₁ = 1.2" in text and "t = 30" in text
    lesson.button(key="ask_open").click().run()
    no_exceptions(lesson)
    room = room_store.ROOMS.get(query(lesson, "code"))
    n = room.question.number
    # the truth by hand: W³⁰ v from the lesson's W, v = (1, 1)
    from models import networks

    w = networks.recurrence_matrix(1.2, 0.5)
    norm = np.linalg.norm(np.linalg.matrix_power(w, 30) @ np.ones(2))
    assert n.value == pytest.approx(np.log10(norm))
    assert n.lesson == "long-term-dependencies"

    lecturer = join(room.code, key=room.secret)
    no_exceptions(lecturer)
    assert count(lecturer) == 0
    hidden = chart(lecturer, "room_figure")
    assert not hidden.get("data") and not hidden["layout"].get("shapes"), (
        "nothing before the reveal"
    )
    assert texts(lecturer.caption)[0] == t("room.number_hidden", "en", low="-7.0", high="7.0")

    a, b, c = join(room.code), join(room.code, "zh"), join(room.code)
    assert any(n.text("zh") in m for m in texts(b.markdown))
    a.button(key="send").click().run()  # nothing chosen yet: refused, nothing recorded
    assert texts(a.error) == [t("room.refused_no_number", "en")]
    assert len(stored(room).answers) == 0
    guesses = {a: round(n.value, 1), b: 5.0, c: -3.0}
    for at, g in guesses.items():
        at.slider(key="ans_v").set_value(g).run()
        at.button(key="send").click().run()
        no_exceptions(at)
    assert texts(a.info)[0] == t("room.sent_number", "en", value=f"{round(n.value, 1):.1f}")
    lecturer.run()
    assert count(lecturer) == 3
    lecturer.button(key="reveal").click().run()
    no_exceptions(lecturer)
    fig = chart(lecturer, "room_figure")
    (dots,) = fig["data"]
    assert sorted(np.round(decode(dots["customdata"]) if isinstance(dots["customdata"], dict)
                           else dots["customdata"], 1)) == sorted(guesses.values())  # fmt: skip
    line = fig["layout"]["shapes"][1]
    assert line["x0"] == pytest.approx(n.value)
    first, second = texts(lecturer.success)
    assert first == t(
        "room.summary_number",
        "en",
        close=1,
        n=3,
        tol="0.5",
        value=f"{n.value:.1f}",
        median=f"{np.median(list(guesses.values())):.1f}",
    )
    assert second == t("room.summary_number_sides", "en", high=1, low=1)
    assert lecturer.get("page_link"), "a way to the lesson's view"
    # the phones switch to the truth, each with its own guess marked
    b.run()
    no_exceptions(b)
    mine = chart(b, "room_figure")["data"][-1]
    assert mine["x"] == [5.0] and mine["name"] == t("room.your_point", "zh")
    assert texts(b.success)[0].startswith("3 人中有 1 人")


@pytest.mark.parametrize(
    ("page", "query", "expected"),
    [
        ("initialization", {"act": "tanh"}, ("ask.init.saturated", "ask.init.gradient")),
        ("basins", {"b_grid": "64"}, ("ask.basins.share", "ask.basins.share")),
        ("edge-of-stability", {"eos_lr": "0.1"}, ("ask.eos.sharpness",)),
        ("feature-scaling", {}, ("ask.scaling.steps",) * 3),
        ("batch-normalization", {}, ("ask.bn.saturated",) * 2),
        ("regularization", {}, ("ask.reg.zero",) * 2 + ("ask.reg.stop",)),
        ("convergence-maps", {}, ("ask.maps.converged", "ask.maps.diverged")),
        (
            "regularization-network",
            {},
            ("ask.regnet.accuracy",) * 4 + ("ask.regnet.small",),
        ),
        ("pretraining", {}, ("ask.pretrain.accuracy",) * 2),
        ("minibatch-noise", {}, ("ask.minibatch.left",) * 2),
        ("network-landscape", {"nl_grid": "21"}, ("ask.netland.accuracy",) * 2),
        ("gradient-geometry", {}, ("ask.geometry.radius",)),
    ],
)
def test_lessons_with_a_number_ask_the_class_too(page, query, expected):
    lesson = open_page(page, **query)
    no_exceptions(lesson)
    assert "ask_number" not in [s.key for s in lesson.selectbox]  # closed: nothing built
    open_ask_menu(lesson)
    assert len(lesson.selectbox(key="ask_number").options) == len(expected)
    lesson.selectbox(key="ask_number").set_value(len(expected) - 1).run()
    lesson.button(key="ask_open").click().run()
    no_exceptions(lesson)
    room = room_store.ROOMS.get(globals()["query"](lesson, "code"))
    n = room.question.number
    assert n.key == expected[-1] and n.lesson == page.removeprefix("pages/").removesuffix(".py")
    if n.key == "ask.basins.share":
        # the same number as the lesson's table: Momentum's share of the lowest minimum
        table = lesson.table[0].value if lesson.table else None
        if table is None:  # AppTest went on to the room: read the lesson again
            table = open_page(page, **query).table[0].value
        assert f"{n.value:.1f} %" == table.iloc[0, 2]
    if n.key == "ask.eos.sharpness":
        # where the lesson's run at ε = 0.1 settled, as its own classification reads it
        from models import edge_of_stability as eos
        from pages.edge_of_stability import compute as eos_compute

        runs = eos_compute.edge_runs((0.1,), 0.0)
        assert n.value == pytest.approx(eos.fate(runs, 0).end)
        assert (n.low, n.high) == (0.0, 50.0) and n.tolerance == pytest.approx(3.0)
    if n.key == "ask.scaling.steps":  # min-max scaled, to 10⁻⁴ of the start's excess loss
        # (one least-squares problem in three units since 75afce4: min-max needs 2 steps)
        from pages.feature_scaling import compute as fs

        assert n.value == fs.steps_to_tol("minmax", 1e-4)[0] == 2
    if n.key == "ask.reg.stop":  # where the lesson's validation curve is lowest
        train, val = compute.problem("train"), compute.problem("validation")
        import optimizers

        gd = optimizers.run("sgd", train.loss, (0.0, 0.0), 300, lr=1.0)
        assert n.value == int(np.argmin(val.loss_np(gd.points)))
    if n.key == "ask.maps.diverged":  # SGD over ε on the bowl: the map's own cells
        assert 0 < n.value < 100 and n.link == ""
    if n.key == "ask.regnet.small":  # the lesson's table: L1's weights below 10⁻²
        from models import digits
        from pages.regularization_network import compute as regnet

        runs = regnet.digits_runs(0.003, 0.003, 0.2)  # the lesson's defaults: λ₁, λ₂, p
        table = digits.table(runs, "l1")
        assert n.value == pytest.approx(100 * table.small / table.total)
    if n.key == "ask.pretrain.accuracy":  # from the random start, 50 examples
        from pages.pretraining import compute as pretraining

        ft = pretraining.fine_tuning(50)
        assert n.value == pytest.approx(100 * ft.accuracy["random"])
    if n.key == "ask.minibatch.left":  # B = 16: the lesson's own count under its figure
        lesson = open_page(page, **query)
        pass_x = landscapes.get("sharp_flat").saddles[0][0]  # where the runs' count splits
        said = f"; {int(n.value)} of them ended right of the pass at x = {pass_x:.2f}"
        assert any(said in m for m in texts(lesson.markdown))
    if n.key == "ask.netland.accuracy":  # without residual connections: the lesson's metric
        lesson = open_page(page, **query)
        (shown,) = [m.value for m in lesson.metric if m.label == t("netland.accuracy", "en")]
        assert shown == f"{n.value:.1f} %"
    if n.key == "ask.bn.saturated":  # with BN, sigmoid: the last layer's flat ends
        from models import batchnorm
        from pages.batch_normalization import compute as bn

        last = bn.bn_stats("normal", "sigmoid")["bn"][-1]
        assert n.value == pytest.approx(100 * batchnorm.saturated_share(last, "sigmoid"))
    lecturer = join(room.code, key=room.secret)
    no_exceptions(lecturer)
    lecturer.button(key="reveal").click().run()
    no_exceptions(lecturer)
    assert texts(lecturer.success) == [t("room.summary_none", "en")]


def test_a_slide_link_to_a_lesson_opens_a_room_on_its_view():
    """`?ask=` on a lesson's link opens the room at once (the lesson's figure, with its answer,
    need not be shown first); a question the view cannot pose is named, with those it can."""
    lesson = open_page("initialization", act="tanh", ask="saturated")
    no_exceptions(lesson)
    room = room_store.ROOMS.get(query(lesson, "code"))
    assert room.is_lecturer(query(lesson, "key"))
    n = room.question.number
    assert n.name == "saturated" and n.link == "act=tanh"  # the way back: the same view
    from models import networks
    from pages.initialization import compute as init

    stats = init.init_stats("normal", "tanh")
    assert n.value == pytest.approx(100 * networks.saturated_share(stats, "tanh"))

    bad = open_page("initialization", act="relu", ask="saturated")  # ReLU: no flat ends
    assert t("room.bad_ask", "en", ask="saturated", options="gradient") in texts(bad.warning)
    assert "code" not in bad.query_params and "ask" not in bad.query_params

    path = open_page("playground", "zh", ask="where", about="momentum")
    no_exceptions(path)
    room = room_store.ROOMS.get(query(path, "code"))
    assert room.question.kind == "where" and room.setup.lanes[room.question.lane][0] == "momentum"
    no_run = open_page("playground", ask="where", about="adadelta")
    assert t("room.bad_about", "en", about="adadelta", options="sgd, momentum, rmsprop, adam") in (
        texts(no_run.warning)
    )
    no_kind = open_page("cliffs", ask="lowest")  # one run: nothing to rank
    assert t("room.bad_ask", "en", ask="lowest", options="where, diverge") in texts(no_kind.warning)


def test_the_adaptive_methods_race_in_a_room():
    """The schedules lesson's adaptive view: which of AdaGrad, RMSProp, Adam and delta-bar-delta
    ends lowest on the bowl; the room runs exactly the lesson's four runs."""
    lesson = open_page("schedules", s_view="adaptive", m="30")
    open_ask_menu(lesson)
    lesson.selectbox(key="ask_kind").set_value("lowest").run()
    lesson.button(key="ask_open").click().run()
    no_exceptions(lesson)
    room = room_store.ROOMS.get(query(lesson, "code"))
    assert room.setup.optimizers == ("adagrad", "rmsprop", "adam", "delta_bar_delta")
    assert room.setup.steps == 30 and room.setup.start == (-7.0, 2.0)
    s = room.setup
    trajs = compute.trajectories(s.landscape, s.start, s.steps, s.lanes, s.extras)
    found = rooms.truth(room.question, trajs, BOWL.minima, BOWL.domain)
    finals = [float(tr.losses[-1]) for tr in trajs]
    assert found.option == str(int(np.argmin(finals)))
    lecturer = join(room.code, key=room.secret)
    lecturer.button(key="reveal").click().run()
    no_exceptions(lecturer)
    assert len(texts(lecturer.success)) == 1


def test_closing_a_room_goes_back_to_the_lesson_it_was_opened_from():
    """Fresh read: after closing a room opened from the initialization lesson, the button said
    'Back to the Playground'. It now goes back to that lesson, with the view it asked about."""
    lesson = open_page("initialization", "zh", act="tanh")
    open_ask_menu(lesson)
    lesson.button(key="ask_open").click().run()
    no_exceptions(lesson)
    code = query(lesson, "code")
    lecturer = join(code, "zh", key=query(lesson, "key"))
    lecturer.button(key="close").click().run()
    assert room_store.ROOMS.get(code) is None
    title = t("page.init.title", "zh")
    (link,) = [p for p in lecturer.get("page_link") if "arrow_back" in p.proto.icon]
    assert (
        link.proto.label == t("room.back_to", "zh", lesson=title)
        and "演练场" not in link.proto.label
    )
    assert link.proto.page.endswith("initialization") or "initialization" in link.proto.page
