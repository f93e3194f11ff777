"""A lesson's number questions (ui/asks.py) and their rooms (ui/rooms.py): the truth is the
lesson's own number, the range does not depend on it, answers outside it are refused, and the
sentence after the reveal counts what the class said."""

import math

import numpy as np
import pytest

from models import edge_of_stability as eos
from models import networks
from pages.edge_of_stability.asks import edge_of_stability
from pages.long_term_dependencies.asks import long_term
from pages.network_landscape.asks import network_landscape
from ui import asks, rooms
from ui.i18n import LANGS, t


def number(**kw) -> rooms.Number:
    base = dict(name="norm", lesson="x", key="ask.ltd.norm", params=(("lam1", "1.1"), ("lam2", "0.5"),
                ("t", 40)), value=1.3, low=-9.0, high=9.0, step=0.1, tolerance=0.5, digits=1)  # fmt: skip
    return rooms.Number(**(base | kw))


def test_nice_ceil():
    assert [asks.nice_ceil(x) for x in (0.3, 1, 1.2, 3, 7, 40, 66.7, 133.3, 400)] == [
        0.5, 1, 2, 5, 10, 50, 100, 200, 500,
    ]  # fmt: skip


def test_a_number_outside_its_range_or_without_tolerance_is_no_question():
    with pytest.raises(ValueError):
        number(value=10.0)
    with pytest.raises(ValueError):
        number(value=math.nan)
    with pytest.raises(ValueError):
        number(tolerance=0.0)


def test_a_number_room_takes_numbers_in_its_range_only():
    registry = rooms.Rooms()
    n = number()
    room = registry.open(None, rooms.number_question(n), n.domain, now=0.0)
    assert room.question.wants_point and room.domain == ((-9.0, 9.0),)
    for bad in (9.5, -10.0, math.inf, math.nan):
        with pytest.raises(rooms.Refused) as refused:
            registry.answer(room.code, "s", point=(bad,), now=1.0)
        assert refused.value.key == "room.refused_number"
        assert refused.value.params == {"low": "-9.0", "high": "9.0"}
    with pytest.raises(rooms.Refused):
        registry.answer(room.code, "s", now=1.0)  # nothing chosen
    registry.answer(room.code, "s", point=(2.0,), now=1.0)
    assert room.points().tolist() == [[2.0]]
    found = rooms.truth(room.question, (), (), room.domain)
    assert found.point == (1.3,)


@pytest.mark.parametrize("seed", range(4))
def test_the_number_sentence_counts_what_the_class_said(seed):
    rng = np.random.default_rng(seed)
    n = number(value=float(rng.uniform(-3, 3)))
    registry = rooms.Rooms()
    room = registry.open(None, rooms.number_question(n), n.domain, now=0.0)
    guesses = np.round(rng.uniform(-9, 9, size=int(rng.integers(3, 40))), 1)
    guesses[: len(guesses) // 3] = np.round(n.value + rng.uniform(-0.4, 0.4, len(guesses) // 3), 1)
    for i, g in enumerate(guesses):
        registry.answer(room.code, f"s{i}", point=(float(g),), nickname=f"n{i}", now=1.0)
    first, *rest = rooms.summary(room, rooms.truth(room.question, (), (), room.domain), ())
    # recounted here, from the numbers
    close = np.abs(guesses - n.value) <= 0.5 + 1e-9
    assert first.key == "room.summary_number"
    assert first.params == dict(
        close=int(close.sum()),
        n=len(guesses),
        tol="0.5",
        value=f"{n.value:.1f}",
        median=f"{np.median(guesses):.2f}"
        if abs(round(np.median(guesses), 1) - np.median(guesses)) > 1e-9
        else f"{np.median(guesses):.1f}",
    )
    above = int(((guesses > n.value) & ~close).sum())
    below = int(((guesses < n.value) & ~close).sum())
    assert above + below == len(guesses) - close.sum()
    if above + below:
        (sides,) = rest
        assert sides.params == dict(high=above, low=below)
    else:
        assert rest == []  # nobody missed: no "of the rest"
    for lang in LANGS:
        t(first.key, lang, **first.params)


def test_a_median_halfway_between_two_answers_is_printed_whole():
    # answers 57 and 40 to a whole-number question: the median is 48.5, not "48"
    n = number(value=60.0, low=0.0, high=100.0, step=1.0, tolerance=5.0, digits=0)
    registry = rooms.Rooms()
    room = registry.open(None, rooms.number_question(n), n.domain, now=0.0)
    registry.answer(room.code, "a", point=(57.0,), now=1.0)
    registry.answer(room.code, "b", point=(40.0,), now=1.0)
    first, *_ = rooms.summary(room, rooms.truth(room.question, (), (), room.domain), ())
    assert first.params["median"] == "48.5"
    assert "48.5" in t(first.key, "zh", **first.params)
    registry.answer(room.code, "c", point=(50.0,), now=1.0)
    first, *_ = rooms.summary(room, rooms.truth(room.question, (), (), room.domain), ())
    assert first.params["median"] == "50"  # whole when it is whole


def test_everyone_right_has_no_second_sentence():
    n = number(value=1.0)
    registry = rooms.Rooms()
    room = registry.open(None, rooms.number_question(n), n.domain, now=0.0)
    registry.answer(room.code, "a", point=(1.2,), now=1.0)
    sentences = rooms.summary(room, rooms.truth(room.question, (), (), room.domain), ())
    assert [s.key for s in sentences] == ["room.summary_number"]
    assert sentences[0].params["close"] == 1


def edge_runs(rates, momentum, sharpness, losses=None):
    sharp = np.asarray(sharpness, dtype=np.float64)
    steps = np.arange(sharp.shape[1]) * eos.EVERY
    if losses is None:
        losses = np.linspace(1.0, 0.1, eos.STEPS + 1)[None].repeat(len(rates), axis=0)
    return eos.EdgeRuns(tuple(rates), momentum, np.asarray(losses), sharp, steps, np.zeros((2, 1)))


def test_edge_of_stability_asks_where_the_sharpness_settles():
    m = eos.STEPS // eos.EVERY + 1
    rising = np.minimum(np.linspace(5, 40, m), 20.0)  # climbs to 2/0.1 = 20, then stays
    rising[-(m // 10) :] = 19.0  # the last tenth: hovering just under the limit
    losses = np.stack([np.linspace(1, 0.1, eos.STEPS + 1), np.full(eos.STEPS + 1, np.inf)])
    runs = edge_runs((0.1, 0.2), 0.0, [rising, rising], losses)
    (q,) = edge_of_stability(runs)  # ε = 0.2 diverged: nothing to ask about it
    assert q.key == "ask.eos.sharpness" and dict(q.params)["lr"] == "0.1"
    assert q.value == pytest.approx(eos.fate(runs, 0).end) and q.value == 19.0
    # 0 to twice the limit 2/ε = 20, rounded up: the range does not depend on the answer
    assert (q.low, q.high, q.step, q.digits) == (0.0, 50.0, 0.5, 1)
    assert q.tolerance == pytest.approx(0.15 * 20)
    with_momentum = edge_of_stability(edge_runs((0.1,), 0.5, [rising]))
    assert with_momentum[0].key == "ask.eos.sharpness_momentum"
    assert with_momentum[0].high == 100.0  # 2(1 + α)/ε = 30; twice that, rounded up
    for lang in LANGS:
        assert "0.1" in q.text(lang) and "0.5" in with_momentum[0].text(lang)


def test_long_term_asks_for_the_power_of_ten():
    w = networks.recurrence_matrix(1.1, 0.5)
    v = np.linalg.matrix_power(w, 40) @ np.array([1.0, 1.0])
    (q,) = long_term(1.1, 0.5, 40, float(np.linalg.norm(v)))
    assert q.value == pytest.approx(math.log10(np.linalg.norm(v)))
    # the λ₁ = 1.1 component dominates: 1.1⁴⁰ ≈ 45, a power of ten of 1.66, times its share
    assert abs(q.value - 40 * math.log10(1.1)) < 1
    assert (q.low, q.high) == (-9.0, 9.0)  # ±(⌈40 · log₁₀1.5⌉ + 1), whatever the λs
    assert long_term(0.0, 0.0, 40, 0.0) == []  # nothing left to take a logarithm of


@pytest.mark.parametrize("act", ["sigmoid", "relu"])
def test_initialisation_asks_the_lessons_numbers(act):
    from pages.initialization import asks as init_asks

    stats = networks.deep_stats("normal", act)
    questions = {q.key: q for q in init_asks.initialisation(stats, act, "normal")}
    if act == "sigmoid":
        sat = questions["ask.init.saturated"]
        assert sat.value == pytest.approx(100 * networks.saturated_share(stats, act))
        assert sat.unit == " %" and (sat.low, sat.high) == (0, 100)
    else:
        assert "ask.init.saturated" not in questions  # ReLU has no flat ends to sit in
    grad = questions["ask.init.gradient"]
    assert grad.value == pytest.approx(math.log10(stats.grad_std[0] / stats.grad_std[-1]))
    for q in questions.values():
        for lang in LANGS:
            assert "{" not in q.text(lang)
    assert "Sigmoid" in questions["ask.init.gradient"].text("zh") or act != "sigmoid"


def test_basins_ask_for_each_optimizers_share():
    from optimizers.basins import Basins
    from pages.basins import asks as basins_asks

    # SGD sends 1 of its 4 starts to the lowest minimum (3, 2), Momentum 2 of 4
    groups = Basins(
        labels=(np.array([0, 1, 1, 1]), np.array([0, 0, 1, 1])),
        centres=np.array([[3.0, 2.0], [-1.0, -1.0]]),
        losses=np.array([0.0, 1.0]),
        minimum_index=np.array([0, -1]),
    )
    qs = basins_asks.basins([("sgd", {"lr": 0.01}), ("momentum", {})], groups)
    assert [q.value for q in qs] == [25.0, 50.0]
    assert basins_asks.basins([("sgd", {"lr": 0.01})], groups, lowest_is_saddle=True) == []
    assert qs[0].text("en").startswith("What share of the grid's starts does SGD (ε = 0.01)")
    assert "(3.00, 2.00)" in qs[1].text("en")
    assert qs[0].show(qs[0].value) == "25 %"


def test_feature_scaling_asks_for_the_steps_each_scaling_needs():
    from pages.feature_scaling.asks import feature_scaling

    qs = feature_scaling({"raw": None, "standard": 2, "minmax": 17}, -4)
    assert [(q.value, q.high, q.tolerance) for q in qs] == [(2, 100, 1.0), (17, 100, 3.0)]
    assert "10⁻⁴" in qs[1].text("en") and "min-max scaled" in qs[1].text("en")
    assert "最小-最大缩放" in qs[1].text("zh")
    (raw,) = feature_scaling({"raw": 2243}, -1)
    assert (raw.high, raw.step, raw.tolerance, raw.digits) == (10_000, 10, 449.0, 0)


def test_batch_norm_asks_for_the_saturated_share_with_and_without():
    from pages.batch_normalization import asks as bn_asks

    # last layers: 62 of 100 sigmoid outputs outside 0.05…0.95 without BN, 13 of 1000 with
    plain = np.r_[np.full(31, 0.01), np.full(31, 0.99), np.full(38, 0.5)]
    normed = np.r_[np.full(13, 0.01), np.full(987, 0.5)]
    stats = {"plain": [np.zeros(3), plain], "bn": [np.zeros(3), normed]}
    qs = bn_asks.batch_norm(stats, "sigmoid", "normal")
    assert [q.value for q in qs] == pytest.approx([62.0, 1.3])
    assert "without BN" in qs[0].text("en") and "有 BN" in qs[1].text("zh")
    assert bn_asks.batch_norm(stats, "relu", "normal") == []


def test_regularisation_asks_where_l1_zeroes_each_weight_and_where_to_stop():
    lambdas = np.linspace(0.0, 1.5, 151)
    path = np.stack([np.maximum(0.95 - lambdas, 0.0), np.maximum(0.02 - lambdas, 0.0)], axis=1)
    validation = np.concatenate([np.linspace(1.0, 0.2, 41), np.linspace(0.2, 0.5, 260)])
    from pages.regularization import asks as reg_asks

    zero1, zero2, stop = reg_asks.regularisation(lambdas, path, validation, 300)
    assert (zero1.name, zero1.value, zero2.value) == ("zero-w1", 0.95, 0.02)
    assert "w₂" in zero2.text("en") and (zero1.low, zero1.high, zero1.step) == (0, 1.5, 0.01)
    assert (stop.value, stop.high, stop.tolerance) == (40, 300, 15.0)  # the lowest: step 40


def test_a_convergence_map_asks_what_share_converges_and_diverges():
    from pages.convergence_maps import asks as maps_asks

    class Result:  # the two arrays a map's question reads
        steps_to_tol = np.array([[3, -1, -1], [10, 7, -1]])
        diverged = np.array([[False, False, True], [False, False, True]])

    converged, diverged = maps_asks.convergence_map(Result(), "optimizer.sgd.title", 200, -6)
    assert converged.value == pytest.approx(50.0) and diverged.value == pytest.approx(100 / 3)
    assert "Of the 6 settings of SGD" in converged.text("en") and "10⁻⁶" in converged.text("en")


def test_the_digits_lessons_ask_for_accuracies_and_small_weights():
    from pages.pretraining import asks as pretraining_asks

    class Table:
        def __init__(self, accuracy, small=0, total=1000):
            self.accuracy, self.small, self.total = accuracy, small, total

    tables = {"none": Table(0.941), "l1": Table(0.95, small=612)}
    from pages.regularization_network import asks as regnet_asks

    acc_none, acc_l1, small = regnet_asks.regularisation_network(tables, ("none", "l1"))
    assert (acc_none.value, acc_l1.value) == pytest.approx((94.1, 95.0))
    assert acc_none.show(acc_none.value) == "94.1 %" and acc_none.tolerance == 2
    assert small.name == "small-l1" and small.value == pytest.approx(61.2)
    assert "1000 weights" in small.text("en")

    class FineTuning:
        def __init__(self):
            self.n_examples, self.accuracy = 20, {"pretrained": 0.88, "random": 0.61}

    pre, rand = pretraining_asks.pretraining(FineTuning())
    assert (pre.value, rand.value) == pytest.approx((88.0, 61.0))
    assert "20 examples, from a pre-trained start" in pre.text("en")
    assert "随机初始化" in rand.text("zh")


def test_minibatch_noise_asks_how_many_runs_leave_the_narrow_valley():
    from pages.minibatch_noise.asks import minibatch_noise

    small, large = minibatch_noise((1, 16), [11, 2], 16)
    assert (small.name, small.value, small.high, small.tolerance) == ("left-1", 11, 16, 2)
    assert "B = 16" in large.text("en") and large.value == 2
    (same,) = minibatch_noise((8, 8), [5, 5], 16)  # one size twice: one question
    assert same.name == "left-8"


def test_the_network_landscape_asks_each_networks_training_accuracy():
    on, off = {"accuracy": 0.975}, {"accuracy": 0.9}
    residual, plain = network_landscape(on, off, "optimizer.adam.title", 300)
    assert (residual.value, plain.value) == pytest.approx((97.5, 90.0))
    assert "with residual connections, trained by Adam for 300 steps" in residual.text("en")
    assert "无残差连接" in plain.text("zh")


def test_the_gradient_geometry_asks_for_the_taylor_radius():
    from pages.gradient_geometry import asks as geometry_asks
    from pages.gradient_geometry import compute

    geom = compute.geometry("bowl", (3.0, 1.0), 0.1)
    tau = 0.2
    (q,) = geometry_asks.gradient_geometry(geom, tau)
    assert q.value == pytest.approx(geom.trust_radius(tau)) and q.name == "radius"
    assert q.high == asks.nice_ceil(float(geom.radii[-1])) and q.low == 0
    # on the bowl x²/10 + y² the radius is about 2τ‖∇L‖/λ_max (the lesson's own formula)
    g = np.hypot(2 * 3.0 / 10, 2 * 1.0)
    assert q.value == pytest.approx(2 * tau * g / 2, rel=0.1)
    assert "θ = (3.00, 1.00)" in q.text("en") and "τ = 20%" in q.text("en")
    assert geometry_asks.gradient_geometry(compute.geometry("bowl", (0.0, 0.0), 0.1), tau) == []
