"""Rooms for predict-and-reveal (ui/rooms.py): bounds, checks, the lecturer's secret, the
truth a run gives and the sentence that compares it with the class. The room tests run against
every store (ui/room_store.py): this process's memory, SQLite in a file, and a real
redis-server started here."""

import math
import multiprocessing
import sys
import time
import types

import numpy as np
import pytest

import landscapes
import optimizers
from tests.stores import STORES, answer_many, make_store, redis_server, reopen, spec
from ui import presets, room_store, rooms
from ui.i18n import LANGS, t

BOWL = landscapes.get("bowl")
FIG15_8 = rooms.setup_from_preset(presets.PRESETS["fig15_8"])


def run(setup: rooms.Setup):
    ls = landscapes.get(setup.landscape)
    extra = dict(setup.extras)
    schedule = extra.pop("schedule")
    lanes = [
        dict(
            name=opt,
            start=setup.start,
            bound=ls.far_bound,
            schedule=optimizers.Schedule(*schedule),
            **dict(hp),
            **extra,
        )
        for opt, hp in setup.lanes
    ]
    return optimizers.run_batch(ls.loss, setup.steps, lanes)


@pytest.fixture(scope="module")
def redis_url():
    with redis_server() as url:
        yield url


@pytest.fixture(params=STORES)
def store(request, tmp_path):
    """A fresh store of each kind; Redis's server starts once for the module."""
    url = request.getfixturevalue("redis_url") if request.param == "redis" else None
    return make_store(request.param, tmp_path, url)


def fresh_room(
    kind="where", optimizer="momentum", setup=FIG15_8, ls=BOWL, now=1000.0, registry=None
):
    registry = rooms.Rooms() if registry is None else registry
    room = registry.open(setup, rooms.question(kind, setup, ls.minima, optimizer), ls.domain, now)
    return registry, room


def held(registry, room, now=1001.0) -> rooms.Room:
    """The room as its store holds it now (a stored room is a snapshot, not a live object)."""
    return registry.get(room.code, now=now)


def test_the_preset_setup_is_the_playground_run():
    # Fig. 15-8: SGD ε = 0.95 zig-zags; its first step from (−7, 2) is θ − ε∇f by hand.
    sgd = next(tr for tr in run(FIG15_8) if tr.optimizer == "sgd")
    x, y = -7.0, 2.0
    np.testing.assert_allclose(sgd.points[1], [x - 0.95 * x / 5, y - 0.95 * 2 * y], rtol=1e-6)
    assert FIG15_8.steps == 20 and FIG15_8.optimizers == ("sgd", "momentum", "rmsprop", "adam")


def test_a_curve_preset_is_the_1d_lesson_run():
    curve = rooms.setup_from_preset(presets.LR1D_PRESETS["note004"])
    assert curve == rooms.Setup(
        "x_plus_sin",
        (2.5,),
        30,
        (("sgd", (("lr", 1.0),)), ("sgd", (("lr", 0.1),)), ("sgd", (("lr", 0.01),))),
        (("ascent", False),),
    )
    assert rooms.lane_label(curve, 1, "en") == "SGD (ε = 0.1)"
    climb = rooms.setup_from_preset(presets.LR1D_PRESETS["ascent"])
    assert rooms.kinds_for(climb, landscapes.get("sin_minus_square").minima) == ("where", "diverge")


def test_questions_a_view_can_pose():
    assert rooms.kinds_for(FIG15_8, BOWL.minima) == ("where", "lowest", "diverge")
    himmelblau = landscapes.get("himmelblau")
    assert "basin" in rooms.kinds_for(FIG15_8, himmelblau.minima)
    alone = rooms.Setup("bowl", (-7.0, 2.0), 20, FIG15_8.lanes[:1])
    assert "lowest" not in rooms.kinds_for(alone, BOWL.minima)
    with pytest.raises(ValueError):
        rooms.question("basin", FIG15_8, BOWL.minima, "sgd")
    with pytest.raises(ValueError):
        rooms.question("where", FIG15_8, BOWL.minima, "adagrad")  # not racing
    q = rooms.question("basin", FIG15_8, himmelblau.minima, "adam")
    assert q.options == ("m0", "m1", "m2", "m3", "none")
    assert rooms.question("lowest", FIG15_8, BOWL.minima).options == ("0", "1", "2", "3")
    # a run is asked about by its index, or by its optimizer's name (a slide link's opt=)
    assert rooms.question("where", FIG15_8, BOWL.minima, "momentum").lane == 1
    assert rooms.question("where", FIG15_8, BOWL.minima).lane == 3  # the last run
    assert rooms.question("where", FIG15_8, BOWL.minima, "2").lane == 2
    with pytest.raises(ValueError):
        rooms.question("where", FIG15_8, BOWL.minima, 4)


def test_codes_and_secrets(store):
    registry = store
    made = [registry.open(FIG15_8, rooms.Question("where", 0), BOWL.domain) for _ in range(30)]
    codes = {room.code for room in made}
    assert len(codes) == 30
    assert all(len(c) == rooms.CODE_LEN and set(c) <= set(rooms.CODE_ALPHABET) for c in codes)
    assert len({room.secret for room in made}) == 30
    room = made[0]
    typed = registry.get(f" {room.code.lower()} ")  # read off a projector, typed by hand
    assert typed.code == room.code and typed.secret == room.secret
    assert room.is_lecturer(room.secret)
    assert not room.is_lecturer(None) and not room.is_lecturer("") and not room.is_lecturer("x")


@pytest.mark.parametrize(
    ("point", "key"),
    [
        ((8.5, 0.0), "room.refused_outside"),
        ((0.0, -4.01), "room.refused_outside"),
        ((math.nan, 0.0), "room.refused_outside"),
        ((math.inf, 1.0), "room.refused_outside"),
        (None, "room.refused_no_point"),
        ((1.0,), "room.refused_no_point"),
    ],
)
def test_a_point_off_the_surface_is_refused(point, key, store):
    registry, room = fresh_room(registry=store)
    with pytest.raises(rooms.Refused) as refused:
        registry.answer(room.code, "s1", point=point, now=1001.0)
    assert refused.value.key == key
    assert not held(registry, room).answers
    t(key, "en", **refused.value.params)  # the message has what it needs


def test_an_option_that_does_not_exist_is_refused(store):
    registry, room = fresh_room("diverge", "sgd", registry=store)
    for bad in (None, "maybe", "m0", "", "sgd"):
        with pytest.raises(rooms.Refused) as refused:
            registry.answer(room.code, "s1", option=bad, now=1001.0)
        assert refused.value.key == "room.refused_option"
    registry.answer(room.code, "s1", option="no", now=1001.0)
    assert held(registry, room).votes() == {"yes": 0, "no": 1}


def test_a_student_cannot_flood_a_room(store):
    registry, room = fresh_room(registry=store)
    registry.answer(room.code, "s1", point=(1.0, 1.0), now=1001.0)
    with pytest.raises(rooms.Refused) as too_fast:
        registry.answer(room.code, "s1", point=(2.0, 1.0), now=1001.0 + rooms.MIN_INTERVAL / 2)
    assert too_fast.value.key == "room.refused_fast"
    now = 1001.0
    for change in range(rooms.MAX_CHANGES):
        now += rooms.MIN_INTERVAL
        answer = registry.answer(room.code, "s1", point=(float(change), 0.0), now=now)
        assert answer.changes == change + 1
    with pytest.raises(rooms.Refused) as changes:
        registry.answer(room.code, "s1", point=(7.0, 0.0), now=now + rooms.MIN_INTERVAL)
    assert changes.value.key == "room.refused_changes"
    t(changes.value.key, "en", **changes.value.params)
    t(too_fast.value.key, "en", **too_fast.value.params)
    room = held(registry, room, now)
    assert len(room.answers) == 1 and room.answers["s1"].point == (4.0, 0.0)
    assert registry.mine(room.code, "s1") == room.answers["s1"]
    assert registry.mine(room.code, "s2") is None


def test_a_room_holds_a_lecture_hall(store):
    assert rooms.MAX_ANSWERS >= 1000
    registry, room = fresh_room(registry=store)
    for i in range(rooms.MAX_ANSWERS):
        registry.answer(room.code, f"s{i}", point=(i / 200, 0.0), now=1001.0)
    with pytest.raises(rooms.Refused) as full:
        registry.answer(room.code, "late", point=(0.0, 0.0), now=1001.0)
    assert full.value.key == "room.refused_full"
    assert full.value.params == {"answers": rooms.MAX_ANSWERS}
    # a student already in the room may still change their answer
    registry.answer(room.code, "s7", point=(1.0, 1.0), now=1003.0)
    room = held(registry, room, 1003.0)
    assert len(room.answers) == rooms.MAX_ANSWERS == registry.get(room.code, 1003.0, False).count
    assert room.answers["s7"].point == (1.0, 1.0) and room.answers["s8"].point == (0.04, 0.0)


def test_rooms_are_bounded_and_expire(store):
    registry = store
    q = rooms.Question("where", 0)
    for _ in range(rooms.MAX_ROOMS):
        made = registry.open(FIG15_8, q, BOWL.domain, now=0.0)
    with pytest.raises(rooms.Refused) as full:
        registry.open(FIG15_8, q, BOWL.domain, now=1.0)
    assert full.value.key == "room.full"
    # an hour without an answer or a look from the lecturer: gone, and room for new ones
    later = rooms.IDLE_TTL + 1.0
    assert registry.get(made.code, now=later) is None
    fresh = registry.open(FIG15_8, q, BOWL.domain, now=later)
    assert registry.get(fresh.code, now=later).code == fresh.code
    # a room kept busy still ends after a lecture's length
    for k in range(1, 4):
        registry.touch(fresh.code, now=later + k * rooms.IDLE_TTL * 0.9)
        assert registry.get(fresh.code, now=later + k * rooms.IDLE_TTL * 0.9) is not None
    assert registry.get(fresh.code, now=later + rooms.ROOM_TTL + 1.0) is None
    with pytest.raises(rooms.Refused) as gone:
        registry.answer(fresh.code, "s", point=(0.0, 0.0), now=later + rooms.ROOM_TTL + 1.0)
    assert gone.value.key == "room.missing"


def test_only_the_secret_reveals_and_closes(store):
    registry, room = fresh_room(registry=store)
    registry.answer(room.code, "s1", point=(1.0, 1.0), now=1001.0)
    for key in (None, "", room.code, room.secret[:-1]):
        for action in (registry.reveal, registry.close):
            with pytest.raises(rooms.Refused) as refused:
                action(room.code, key, now=1002.0)
            assert refused.value.key == "room.refused_student"
    assert not held(registry, room, 1002.0).revealed
    registry.reveal(room.code, room.secret, now=1002.0)
    assert held(registry, room, 1002.0).revealed
    assert registry.get(room.code, now=1002.0, answers=False).revealed
    with pytest.raises(rooms.Refused) as late:
        registry.answer(room.code, "s2", point=(1.0, 1.0), now=1003.0)
    assert late.value.key == "room.refused_revealed"
    registry.close(room.code, room.secret, now=1004.0)
    assert registry.get(room.code, now=1004.0) is None
    with pytest.raises(rooms.Refused) as gone:
        registry.answer(room.code, "s1", point=(1.0, 1.0), now=1005.0)
    assert gone.value.key == "room.missing"


def test_nicknames_are_printable_and_short(store):
    assert rooms.clean_nickname("  Ada\x00\n Lovelace  ") == "Ada Lovelace"
    assert len(rooms.clean_nickname("x" * 100)) == rooms.NICKNAME_LEN
    registry, room = fresh_room(registry=store)
    registry.answer(room.code, "s1", point=(0.0, 0.0), nickname="李\u200b雷", now=1001.0)
    assert held(registry, room).answers["s1"].nickname == "李雷"
    # a change without a nickname keeps the one given before
    registry.answer(room.code, "s1", point=(1.0, 0.0), now=1003.0)
    assert held(registry, room, 1003.0).answers["s1"].nickname == "李雷"


PERSISTENT = [s for s in STORES if s != "memory"]


@pytest.fixture(params=PERSISTENT)
def shared(request, tmp_path):
    """A store that several processes share: SQLite's file, Redis's server."""
    url = request.getfixturevalue("redis_url") if request.param == "redis" else None
    return make_store(request.param, tmp_path, url)


NUMPY = rooms.Setup(
    "bowl",
    (np.float64(-7.0), 2.0),
    np.int64(20),
    (("sgd", (("lr", np.float32(0.5)),)),),
    (("ascent", np.bool_(False)),),
)


def test_every_question_comes_back_from_the_store_as_it_went_in(shared):
    """A room's question is kept as data, and read back whole: its setup (the run the reveal
    computes), a number question's catalog keys, a curve's one-axis range."""
    himmelblau = landscapes.get("himmelblau")
    curve = rooms.setup_from_preset(presets.LR1D_PRESETS["note004"])
    number = rooms.Number(
        "saturated",
        "initialization",
        "ask.init.saturated",
        (("opt", rooms.Key("opt.sgd")), ("depth", 4)),
        1.3,
        -9.0,
        9.0,
        0.1,
        0.5,
        digits=1,
        unit=" %",
        axis=rooms.Key("opt.adam"),
        link="w=2&x=0.5",
    )
    asked = [
        (FIG15_8, rooms.question("lowest", FIG15_8, BOWL.minima), BOWL.domain),
        (FIG15_8, rooms.question("basin", FIG15_8, himmelblau.minima, "adam"), BOWL.domain),
        (curve, rooms.question("where", curve, (), 1), ((-4.0, 6.0),)),
        (None, rooms.number_question(number), number.domain),
        # a lesson's numbers may come from NumPy: kept as the plain numbers they equal
        (NUMPY, rooms.question("diverge", NUMPY, BOWL.minima, 0), BOWL.domain),
    ]
    opened = [shared.open(*a, now=1000.0) for a in asked]
    other = reopen(shared)  # another worker
    for room, (setup, question, domain) in zip(opened, asked, strict=True):
        back = other.get(room.code, now=1000.0)
        assert (back.setup, back.question) == (setup, question)
        assert back.domain == tuple(tuple(axis) for axis in domain) == room.domain
        assert back.secret == room.secret and not back.revealed
    back = other.get(opened[3].code, now=1000.0).question.number
    assert isinstance(back.axis, rooms.Key) and isinstance(dict(back.params)["opt"], rooms.Key)
    assert hash(other.get(opened[2].code, now=1000.0).setup) == hash(curve)  # a cache key


def test_a_restarted_server_finds_its_rooms_and_answers(shared):
    registry, room = fresh_room(registry=shared)
    for i in range(30):
        registry.answer(room.code, f"s{i}", point=(i / 10, -1.0), nickname=f"n{i}", now=1001.0)
    registry.reveal(room.code, room.secret, now=1002.0)
    del registry
    restarted = reopen(shared)
    back = restarted.get(room.code, now=1003.0)
    assert back is not None and back.revealed and back.count == 30
    assert sorted(back.points()[:, 0].tolist()) == [i / 10 for i in range(30)]
    assert back.answers["s4"] == rooms.Answer((0.4, -1.0), None, "n4", 1001.0, 0)
    with pytest.raises(rooms.Refused) as late:
        restarted.answer(room.code, "s99", point=(0.0, 0.0), now=1004.0)
    assert late.value.key == "room.refused_revealed"


def two_workers_answer(store, code: str, names: list[list[str]]) -> list[tuple[list, list]]:
    """Two processes answer room `code` at the same moment, each its list of students."""
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(len(names)), ctx.Queue()
    workers = [
        ctx.Process(target=answer_many, args=(spec(store), code, part, barrier, results))
        for part in names
    ]
    # A spawned child first re-runs the parent's __main__ from its file. After an AppTest
    # earlier in the session that is app.py, which fails outside a Streamlit run, so the
    # child died before the barrier and its partner waited forever (seen in the whole suite,
    # never in this file alone). The children need nothing from __main__: start them
    # with a bare one.
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        for w in workers:
            w.start()
    finally:
        sys.modules["__main__"] = main
    done = [results.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=30)
        assert w.exitcode == 0
    return done


def test_two_workers_answering_at_once_lose_no_answer(shared):
    registry, room = fresh_room(registry=shared, now=time.time())
    names = [[f"a{i}" for i in range(150)], [f"b{i}" for i in range(150)]]
    done = two_workers_answer(shared, room.code, names)
    assert [len(accepted) for accepted, _ in done] == [150, 150]
    assert all(refused == [] for _, refused in done)
    kept = registry.get(room.code)
    assert set(kept.answers) == {n for part in names for n in part}
    assert kept.count == 300


def test_two_workers_never_pass_the_limit_together(shared):
    registry, room = fresh_room(registry=shared, now=time.time())
    for i in range(rooms.MAX_ANSWERS - 40):
        registry.answer(room.code, f"s{i}", point=(0.0, 0.0))
    done = two_workers_answer(
        shared, room.code, [[f"a{i}" for i in range(60)], [f"b{i}" for i in range(60)]]
    )
    accepted = [n for part, _ in done for n in part]
    refused = [key for _, part in done for key in part]
    assert len(accepted) == 40 and refused == ["room.refused_full"] * 80
    assert registry.get(room.code).count == rooms.MAX_ANSWERS


def test_the_store_is_chosen_by_its_variable(monkeypatch, tmp_path, redis_url):
    monkeypatch.setenv("LOSSLAB_STATE", str(tmp_path / "state"))
    monkeypatch.delenv("LOSSLAB_ROOMS", raising=False)
    default = room_store.from_env()
    assert isinstance(default, room_store.SqliteStore)
    assert default.path == tmp_path / "state" / "rooms.sqlite" and default.path.exists()
    monkeypatch.setenv("LOSSLAB_ROOMS", f"sqlite:///{tmp_path}/elsewhere.db")
    assert room_store.from_env().path == tmp_path / "elsewhere.db"
    monkeypatch.setenv("LOSSLAB_ROOMS", redis_url)
    assert isinstance(room_store.from_env(), room_store.RedisStore)
    monkeypatch.setenv("LOSSLAB_ROOMS", "memory")
    assert isinstance(room_store.from_env(), rooms.Rooms)
    monkeypatch.setenv("LOSSLAB_ROOMS", "postgres://x")
    with pytest.raises(ValueError):
        room_store.from_env()


def test_links():
    link, note = rooms.student_link(
        "http://localhost:8501/room?code=AB&key=s", "K7QF", "zh", lan_ip="192.168.1.20"
    )
    assert (link, note) == ("http://192.168.1.20:8501/room?code=K7QF&lang=zh", "lan")
    # a server that listens on this machine only: phones cannot come, and the note says so
    link, note = rooms.student_link(
        "http://localhost:8501/room",
        "K7QF",
        "en",
        lan_ip="192.168.1.20",
        listens_beyond_local=False,
    )
    assert (link, note) == ("http://localhost:8501/room?code=K7QF&lang=en", "local_only")
    link, note = rooms.student_link("https://lab.example.edu/ml/room?x=1", "K7QF", "en")
    assert (link, note) == ("https://lab.example.edu/ml/room?code=K7QF&lang=en", None)
    assert rooms.student_link("http://[::1]:8501/playground", "AB", "en", lan_ip=None) == (
        "http://[::1]:8501/room?code=AB&lang=en",
        None,
    )
    public = rooms.student_link(
        "http://localhost:8501/room", "AB", "en", public="https://x.org/", lan_ip="10.0.0.2"
    )
    assert public == ("https://x.org/room?code=AB&lang=en", None)
    # behind `make serve` the link names no worker: any worker serves any room
    behind = rooms.student_link("http://10.0.0.2:8501/room", "AB", "en")
    assert behind == ("http://10.0.0.2:8501/room?code=AB&lang=en", None)
    assert rooms.lecturer_link("http://h/room?code=AB&lang=en", "s3/c+") == (
        "http://h/room?code=AB&lang=en&key=s3%2Fc%2B"
    )


# ---- the truth and the sentence ------------------------------------------------------------------


def test_truth_follows_the_run():
    trajs = run(FIG15_8)
    by = {tr.optimizer: tr for tr in trajs}
    found = rooms.truth(
        rooms.question("where", FIG15_8, BOWL.minima, "momentum"), trajs, BOWL.minima, BOWL.domain
    )
    np.testing.assert_allclose(found.point, by["momentum"].points[-1])
    lowest = rooms.truth(
        rooms.question("lowest", FIG15_8, BOWL.minima), trajs, BOWL.minima, BOWL.domain
    )
    finals = [float(tr.losses[-1]) for tr in trajs]
    assert lowest.option == str(int(np.argmin(finals))) and lowest.loss == min(finals)
    assert trajs[int(lowest.option)].optimizer == "rmsprop"  # Fig. 15-8 after 20 steps
    stays = rooms.truth(
        rooms.question("diverge", FIG15_8, BOWL.minima, "sgd"), trajs, BOWL.minima, BOWL.domain
    )
    # SGD's y-factor |1 − 0.95·2| = 0.9 < 1: the zig-zag shrinks, it does not diverge
    assert stays.option == "no" and stays.diverged_at is None
    setup = rooms.Setup("bowl", (-7.0, 2.0), 200, (("sgd", (("lr", 1.1),)),), FIG15_8.extras)
    q = rooms.question("diverge", setup, BOWL.minima, "sgd")
    found = rooms.truth(q, run(setup), BOWL.minima, BOWL.domain)
    assert found.option == "yes" and found.diverged_at is not None  # |1 − 2.2| > 1


def test_basin_truth_on_himmelblau():
    ls = landscapes.get("himmelblau")
    setup = rooms.Setup("himmelblau", (0.0, 0.0), 300, (("adam", (("lr", 0.1),)),), FIG15_8.extras)
    q = rooms.question("basin", setup, ls.minima, "adam")
    trajs = run(setup)
    found = rooms.truth(q, trajs, ls.minima, ls.domain)
    end = trajs[0].points[-1]
    d = np.hypot(*(np.asarray(ls.minima) - end).T)
    assert d.min() <= rooms.near_radius(ls.domain)
    assert found.option == f"m{int(d.argmin())}"


@pytest.mark.parametrize("seed", range(6))
def test_the_where_sentence_counts_what_the_class_said(seed):
    rng = np.random.default_rng(seed)
    registry, room = fresh_room()
    trajs = run(FIG15_8)
    end = next(tr for tr in trajs if tr.optimizer == "momentum").points[-1]
    r = rooms.near_radius(BOWL.domain)
    n = int(rng.integers(1, 30))
    pts = []
    for i in range(n):
        kind = rng.integers(3)  # near the truth, near the minimum, anywhere
        centre = end if kind == 0 else np.zeros(2) if kind == 1 else None
        if centre is None:
            p = rng.uniform([-8, -4], [8, 4])
        else:
            p = np.clip(centre + rng.normal(0, r / 2, 2), [-8, -4], [8, 4])
        pts.append(p)
        registry.answer(room.code, f"s{i}", point=tuple(p), now=1001.0)
    found = rooms.truth(room.question, trajs, BOWL.minima, BOWL.domain)
    where, at_min = rooms.summary(room, found, BOWL.minima)
    pts = np.asarray(pts)
    miss = np.linalg.norm(pts - end, axis=1)
    assert where.key == "room.summary_where"
    assert where.params["n"] == n and where.params["close"] == int((miss <= r).sum())
    assert where.params["miss"] == pytest.approx(float(np.median(miss)))
    assert (where.params["x"], where.params["y"]) == pytest.approx(tuple(end))
    # Momentum (ε = 0.1, α = 0.9) overshoots: after 20 steps it is 2.02 from the minimum
    d = float(np.linalg.norm(end))
    assert d == pytest.approx(2.02, abs=0.005) and d > r
    assert at_min.key == "room.summary_not_at_minimum"
    assert at_min.params == dict(
        expected=int((np.linalg.norm(pts, axis=1) <= r).sum()), n=n, d=pytest.approx(d)
    )
    for lang in LANGS:
        text = t(at_min.key, lang, opt="M", **at_min.params)
        assert str(at_min.params["expected"]) in text and f"{d:.2f}" in text


def test_option_sentences():
    registry, room = fresh_room("lowest", None)
    trajs = run(FIG15_8)
    found = rooms.truth(room.question, trajs, BOWL.minima, BOWL.domain)
    picks = ["0"] * 5 + ["1"] * 3 + [found.option] * 2
    for i, pick in enumerate(picks):
        registry.answer(room.code, f"s{i}", option=pick, now=1001.0)
    (s,) = rooms.summary(room, found, BOWL.minima)
    votes = {o: picks.count(o) for o in ("0", "1", "2", "3")}
    assert s.key == "room.summary_lowest"
    assert s.params["right"] == votes[found.option] and s.params["n"] == len(picks)
    assert s.params["top"] == max(votes, key=votes.get) and s.params["top_votes"] == max(
        votes.values()
    )
    assert s.params["truth"] == found.option and s.params["loss"] == found.loss

    # a tie at the top is no "most chosen"
    registry, room = fresh_room("lowest", None)
    for i, pick in enumerate(["0", "1", "3"]):
        registry.answer(room.code, f"s{i}", option=pick, now=1001.0)
    (s,) = rooms.summary(room, found, BOWL.minima)
    assert s.key == "room.summary_lowest_split" and s.params["top_votes"] == 1

    registry, room = fresh_room("diverge", "sgd")
    for i, pick in enumerate(["yes"] * 4 + ["no"] * 7):
        registry.answer(room.code, f"s{i}", option=pick, now=1001.0)
    found = rooms.truth(room.question, trajs, BOWL.minima, BOWL.domain)
    (s,) = rooms.summary(room, found, BOWL.minima)
    assert s.key == "room.summary_stayed" and s.params["right"] == 7 and s.params["n"] == 11

    registry, room = fresh_room()
    (s,) = rooms.summary(room, found, BOWL.minima)
    assert s.key == "room.summary_none"


def test_a_run_with_its_own_schedule_is_named_by_it():
    lanes = tuple(
        ("sgd", (("lr", 0.95), ("schedule", (kind, 40.0, 0.01, 0.95))))
        for kind in ("constant", "cosine")
    )
    setup = rooms.Setup("bowl", (-7.0, 2.0), 60, lanes, (("noise", 0.5), ("seed", 0)))
    assert rooms.lane_label(setup, 1, "en") == t("schedule.cosine", "en")
    assert rooms.lane_label(setup, 0, "zh") == t("schedule.constant", "zh")
