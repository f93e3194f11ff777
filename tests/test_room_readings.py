"""After a reveal, "expected X to stop at the minimum; it did" reads: the run stopped (each of
its last steps shorter than a stated share of the domain, `readings.stopped`) and ended close
to the minimum. Read against the run's drawn path, not the summary's own numbers. Issue 31,
case 5: Momentum still spiralling at step 50 was said to have stopped, being 0.43 from it."""

import re

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import landscapes
import optimizers
from tests.lessons import APP, chart, no_exceptions, open_page, page_file
from ui import presets, readings, room_store, rooms
from ui.figures import decode
from ui.i18n import t

BOWL = landscapes.get("bowl")
SETUPS = {name: rooms.setup_from_preset(p) for name, p in presets.PRESETS.items()}
SETUPS["playground"] = rooms.Setup(
    "bowl",
    BOWL.start,
    presets.PLAYGROUND_STEPS,
    tuple(
        (name, tuple(sorted(optimizers.get(name).defaults().items())))
        for name in presets.PLAYGROUND_OPTIMIZERS
    ),
    (("schedule", ("constant", 100.0, 0.01, 0.95)), ("noise", 0.0), ("seed", 0), ("clip", None)),
)


def runs(setup: rooms.Setup):
    ls = landscapes.get(setup.landscape)
    extra = dict(setup.extras)
    schedule = extra.pop("schedule")
    clip = extra.pop("clip", None)
    return [
        optimizers.run(
            opt,
            ls.loss,
            setup.start,
            setup.steps,
            bound=ls.far_bound,
            schedule=optimizers.Schedule(*schedule),
            clip=clip,
            **dict(hp),
            **extra,
        )
        for opt, hp in setup.lanes
    ]


def check_minimum_reading(text: str, drawn: np.ndarray, ls) -> None:
    """The minimum sentence's readings against the drawn path of the asked run."""
    tol = readings.stop_tolerance(ls.domain)
    r = rooms.near_radius(ls.domain)
    lengths = np.linalg.norm(np.diff(drawn, axis=0), axis=1)
    still = len(lengths) >= 5 and bool(np.all(lengths[-5:] < tol))
    d = float(np.linalg.norm(np.asarray(ls.minima) - drawn[-1], axis=1).min())
    said = float(re.search(r"(?:stopped|ended|it is) (\d+\.\d\d) from it", text)[1])
    assert said == pytest.approx(d, abs=0.006)
    if "it did: it stopped" in text:
        assert still and d <= r
    elif "it had not stopped" in text:
        assert not still and d <= r
        last = float(re.search(r"last step ([\d.e+-]+)\)", text)[1])
        assert last == pytest.approx(lengths[-1], rel=0.06)
    elif "it did not: it stopped" in text:
        assert still and d > r
    else:
        assert "it did not: it ended" in text and not still and d > r


@pytest.mark.parametrize("name", sorted(SETUPS))
def test_stopped_at_the_minimum_means_stopped_for_every_run(name):
    setup = SETUPS[name]
    ls = landscapes.get(setup.landscape)
    if not ls.minima:
        pytest.skip(f"{setup.landscape} marks no minimum: no sentence about one")
    trajs = runs(setup)
    for lane, (opt, _) in enumerate(setup.lanes):
        registry = rooms.Rooms()
        room = registry.open(
            setup, rooms.question("where", setup, ls.minima, opt), ls.domain, 1000.0
        )
        registry.answer(room.code, "s0", point=tuple(ls.minima[0]), now=1001.0)
        room = registry.get(room.code, now=1001.0)
        found = rooms.truth(room.question, trajs, ls.minima, ls.domain)
        tr = trajs[lane]
        if tr.diverged_at is not None:
            continue
        at_min = rooms.summary(room, found, ls.minima)[-1]
        for lang in ("en", "zh"):
            text = t(at_min.key, lang, opt=opt, steps=setup.steps, **at_min.params)
            if lang == "en":
                check_minimum_reading(text, tr.points.astype(float), ls)


@pytest.fixture
def memory_rooms(monkeypatch):
    monkeypatch.setattr(room_store, "ROOMS", rooms.Rooms(), raising=False)


def test_the_playground_link_says_momentum_had_not_stopped(memory_rooms):
    lecturer = open_page("playground", ask="where", about="momentum")
    no_exceptions(lecturer)
    code, key = (lecturer.query_params[k] for k in ("code", "key"))
    code, key = (v[0] if isinstance(v, list) else v for v in (code, key))
    for i, point in enumerate([(0.0, 0.0), (3.0, 1.0), (-5.0, -2.0)]):
        room_store.ROOMS.answer(code, f"s{i}", point=point)
    # the lecturer's link, as the page left it: the room page with the secret
    lecturer = AppTest.from_file(APP, default_timeout=180)
    lecturer.query_params["lang"] = "en"
    lecturer.run()
    lecturer.switch_page(page_file("room"))
    lecturer.query_params["code"], lecturer.query_params["key"] = code, key
    lecturer.run()
    lecturer.button(key="reveal").click().run()
    no_exceptions(lecturer)
    fig = chart(lecturer, "room_figure")
    path = next(d for d in fig["data"] if d.get("name") == "Momentum")
    drawn = np.stack([decode(path["x"]), decode(path["y"])], axis=1).astype(float)
    assert len(drawn) == presets.PLAYGROUND_STEPS + 1
    (sentence,) = [s.value for s in lecturer.success if "expected Momentum to stop" in s.value]
    check_minimum_reading(sentence, drawn, BOWL)
    assert sentence.startswith("1 of 3 expected Momentum to stop at the minimum; it had not")
    assert "after 50 steps it is 0.43 from it and still moving" in sentence
