"""Regularisation on a real network (note 002): the digits are the bundled ones, the update
rules against optax and the note's L1 rule by hand, the note's pattern (L1 drives most weights
to ~0, L2 shrinks them all), early stopping, and every sentence against its numbers."""

import re

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest

from models import digits
from pages.regularization_network import claims
from tests.lessons import chart, no_exceptions, open_page


@pytest.fixture(scope="module")
def default_runs():
    return digits.train(0.003, 0.003, 0.2)


def test_the_digits_are_scikit_learns_bundled_set_split_300_400_1097():
    d = digits.data()
    assert (len(d.y_train), len(d.y_valid), len(d.y_test)) == (300, 400, 1097)
    assert d.x_train.shape[1] == 64 and d.x_train.min() >= 0.0 and d.x_train.max() <= 1.0
    assert set(np.unique(d.y_train)) == set(range(10))
    # read from the file without importing scikit-learn: the same rows load_digits returns
    from sklearn.datasets import load_digits

    bundled = load_digits()
    order = np.random.default_rng(digits.SEED).permutation(len(bundled.target))
    x = np.concatenate([d.x_train, d.x_valid, d.x_test])
    y = np.concatenate([d.y_train, d.y_valid, d.y_test])
    np.testing.assert_array_equal(x, (bundled.data[order] / 16.0).astype(np.float32))
    np.testing.assert_array_equal(y, bundled.target[order])


def _loop(l1, l2, steps):
    """The same minibatches by hand: L2 through optax (weight decay on W only), L1 as the
    note writes it, W ← W − ε(dW + λ₁ sign W)."""
    d = digits.data()
    key = jax.random.PRNGKey(digits.SEED)
    params = digits.init(key)
    run_key = jax.random.fold_in(key, 1)
    x, y = jnp.asarray(d.x_train), jnp.asarray(d.y_train)
    mask = [(True, False) for _ in params]
    opt = optax.chain(optax.add_decayed_weights(l2, mask=mask), optax.sgd(digits.LR))
    state = opt.init(params)
    for k in range(steps):
        idx = jax.random.choice(
            jax.random.fold_in(run_key, k), digits.N_TRAIN, (10,), replace=False
        )
        grads = jax.grad(
            lambda p, idx=idx: digits.cross_entropy(digits.forward(p, x[idx]), y[idx])
        )(params)
        grads = [
            (gw + l1 * jnp.sign(w), gb) for (w, _), (gw, gb) in zip(params, grads, strict=True)
        ]
        updates, state = opt.update(grads, state, params)
        params = optax.apply_updates(params, updates)
    return params


@pytest.mark.parametrize(("kind", "l1", "l2"), [("l2", 0.0, 0.01), ("l1", 0.01, 0.0)])
def test_training_follows_the_rules_step_by_step(kind, l1, l2):
    runs = digits.train(0.01, 0.01, 0.0, steps=digits.EVERY)
    expected = _loop(l1, l2, digits.EVERY)
    i = runs.index(kind)
    for (w, b), got_w, got_b in zip(expected, runs.weights[i], runs.biases[i], strict=True):
        np.testing.assert_allclose(got_w, w, rtol=1e-4, atol=1e-5)
        np.testing.assert_allclose(got_b, b, rtol=1e-4, atol=1e-5)


def test_l1_drives_most_weights_to_zero_and_l2_shrinks_them_all(default_runs):
    none, l2, l1 = (digits.table(default_runs, k) for k in ("none", "l2", "l1"))
    assert none.total == l1.total == 64 * 16 + 16 * 16 + 16 * 16 + 16 * 10
    assert l1.small > none.total / 2 > l2.small > none.small  # the note's 524 > 204 > 7 pattern
    for i in range(4):
        assert l1.norm1[i] < min(none.norm1[i], l2.norm1[i])  # L1: the smallest Norm1
        assert l2.norm2[i] < none.norm2[i]  # L2 pulls every layer towards the origin
    assert sum(l2.norm2[i] < l1.norm2[i] for i in range(4)) >= 3
    assert l2.accuracy > none.accuracy  # L2 generalises better than nothing here


def test_without_regularisation_the_network_overfits_and_early_stopping_finds_the_turn(
    default_runs,
):
    i = default_runs.index("none")
    step, best = default_runs.best_step("none")
    assert 0 < step < default_runs.steps[-1] / 2
    assert best == default_runs.valid_loss[i].min()
    assert default_runs.valid_loss[i, -1] > 1.1 * best  # it turned up
    assert default_runs.train_loss[i, -1] < 0.1 * default_runs.train_loss[i, step // digits.EVERY]


def _numbers(text: str) -> list[float]:
    """The numbers a sentence states, its names (L1, L2, 10⁻², λ₁, ελ₁) left out."""
    text = re.sub(r"L[12]\b|Norm[12]|10⁻[²⁵]|ε?λ[₁₂]", " ", text)
    return [float(x) for x in re.findall(r"\d+(?:\.\d+)?(?:e[+-]?\d+)?", text)]


@pytest.mark.parametrize(
    ("l1", "l2", "drop"), [(0.003, 0.003, 0.2), (0.0003, 0.03, 0.5), (0.03, 0.0001, 0.0)]
)
def test_every_sentence_holds_against_its_numbers(l1, l2, drop):
    runs = digits.train(l1, l2, drop)
    tables = {k: digits.table(runs, k) for k in digits.KINDS}
    small, norms, tiny, accuracy, stop, gap = claims.regularisation_network(runs, tables, "en")
    assert _numbers(small) == [
        tables["l1"].small,
        tables["none"].total,
        tables["l2"].small,
        tables["none"].small,
    ]
    n1 = sum(
        tables["l1"].norm1[i] <= min(tables["none"].norm1[i], tables["l2"].norm1[i])
        for i in range(4)
    )
    n2 = sum(
        tables["l2"].norm2[i] <= min(tables["none"].norm2[i], tables["l1"].norm2[i])
        for i in range(4)
    )
    assert _numbers(norms) == [4, n1, n2]
    assert _numbers(tiny)[0] == tables["l1"].tiny
    assert _numbers(accuracy) == pytest.approx([round(tables[k].accuracy, 3) for k in digits.KINDS])
    step, best = runs.best_step("none")
    i = runs.index("none")
    if "lowest" in stop:
        assert _numbers(stop)[:2] == pytest.approx([step, best], rel=5e-3)
        assert runs.valid_loss[i, -1] > best
    else:
        assert runs.valid_loss[i, -1] <= best
    d = runs.index("dropout")
    stated = _numbers(gap)
    assert stated[0] == pytest.approx(runs.valid_loss[i, -1] - runs.train_loss[i, -1], rel=5e-3)
    assert stated[1] == pytest.approx(
        runs.valid_loss[d, -1] - runs.train_loss[d, -1], rel=5e-3, abs=1e-3
    )


def test_the_page_shows_the_notes_table_live():
    at = open_page("regularization-network")
    no_exceptions(at)
    runs = digits.train(0.003, 0.003, 0.2)
    table = at.table[0].value
    for kind, column in (("none", "none"), ("l2", "L2"), ("l1", "L1")):
        tb = digits.table(runs, kind)
        assert list(table[column][:4]) == [
            f"{tb.accuracy:.3f}",
            str(tb.total),
            str(tb.small),
            str(tb.tiny),
        ]
    fig = chart(at, "rn_weights")
    assert len(fig["data"]) == 3 * 4  # three variants, four layers
    # the two update rules, each whole: "\\qquad" glued to the next "J" was an unknown command
    # that KaTeX drew in red
    rules = next(m.value for m in at.latex if "sign" in m.value)
    assert not re.search(r"\\q?quad[A-Za-z]", rules)
    assert r"dW + \lambda_2 W" in rules and r"dW + \lambda_1\,\mathrm{sign}(W)" in rules


def test_the_curves_view_marks_the_early_stop():
    at = open_page("regularization-network", rn_view="curves", rn_l2="0.01")
    no_exceptions(at)
    fig = chart(at, "rn_curves")
    star = next(tr for tr in fig["data"] if tr.get("marker", {}).get("symbol") == "star")
    runs = digits.train(0.003, 0.01, 0.2)
    assert star["x"][0] == runs.best_step("none")[0]
    assert "L2" in " ".join(m.value for m in at.markdown)
