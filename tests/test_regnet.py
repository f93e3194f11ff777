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
from tests.lessons import chart, lines, no_exceptions, open_page


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


def _layers_named(sentence: str, norm: str) -> set[int]:
    """The layers the norms sentence says `norm` is smallest in, as a reader takes it: "in 3
    of the 4 layers (layers 1, 2, 3)" is layers {1, 2, 3}, its count agreeing."""
    part = next(p for p in sentence.split("; ") if norm in p)
    if "in none of the 4 layers" in part:
        return set()
    found = re.search(r"in (?:(\d+) of the|all) 4 layers \(layers ([\d, ]+)\)", part)
    assert found, sentence
    layers = {int(k) for k in found.group(2).split(", ")}
    assert len(layers) == (int(found.group(1)) if found.group(1) else 4), sentence
    return layers


@pytest.mark.parametrize(
    ("l1", "l2", "drop"), [(0.003, 0.003, 0.2), (0.0003, 0.03, 0.5), (0.03, 0.0001, 0.0)]
)
def test_every_sentence_holds_against_its_numbers(l1, l2, drop):
    runs = digits.train(l1, l2, drop)
    tables = {k: digits.table(runs, k) for k in digits.KINDS}
    said = claims.regularisation_network(runs, tables, "en")
    # "L1 still shrinks its weights …" where L1 is not the smallest Norm1 in every layer
    shrinks = [s for s in said if s.startswith("L1 still shrinks")]
    small, norms, tiny, accuracy, stop, gap = [s for s in said if s not in shrinks]
    assert bool(shrinks) == ("in all 4 layers" not in norms.split(";")[0]), (norms, shrinks)
    assert _numbers(small) == [
        tables["l1"].small,
        tables["none"].total,
        tables["l2"].small,
        tables["none"].small,
    ]
    n1 = {
        i + 1
        for i in range(4)
        if tables["l1"].norm1[i] <= min(tables["none"].norm1[i], tables["l2"].norm1[i])
    }
    n2 = {
        i + 1
        for i in range(4)
        if tables["l2"].norm2[i] <= min(tables["none"].norm2[i], tables["l1"].norm2[i])
    }
    assert _layers_named(norms, "Norm1") == n1 and _layers_named(norms, "Norm2") == n2
    # "Of the {small} L1 weights below 10⁻², [only] {tiny} ({share} %…) fall below 10⁻⁵"
    assert _numbers(tiny)[:2] == [tables["l1"].small, tables["l1"].tiny]
    assert _numbers(tiny)[2] == pytest.approx(
        100 * tables["l1"].tiny / max(tables["l1"].small, 1), abs=0.5
    )
    assert _numbers(accuracy) == pytest.approx([round(tables[k].accuracy, 3) for k in digits.KINDS])
    step, best = runs.best_step("none")
    i = runs.index("none")
    if "lowest" in stop:
        assert _numbers(stop)[:2] == pytest.approx([step, best], rel=5e-3)
        assert runs.valid_loss[i, -1] > best
    else:
        assert runs.valid_loss[i, -1] <= best
    lead = gap.split(": ", 1)[0]
    assert _numbers(lead)[:4] == pytest.approx(
        [
            int(runs.steps[-1]),
            runs.valid_loss[i, -1],
            runs.valid_loss[i, -1] - runs.train_loss[i, -1],
            tables["none"].accuracy,
        ],
        rel=5e-3,
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


def test_the_norms_sentence_names_the_layers_the_table_shows_smallest():
    """ "L2 的 Norm2 在 3 层最小" read as "in layer 3": the sentence now says how many of the
    four layers and which, and those are the rows where the table's column is the smallest."""
    at = open_page("regularization-network")
    table = at.table[0].value.set_index("measure")
    norms = next(m.value for m in at.markdown if "smallest Norm1" in m.value)
    norms = next(line for line in norms.splitlines() if "smallest Norm1" in line)
    for norm, mine, others in (("Norm1", "L1", ("none", "L2")), ("Norm2", "L2", ("none", "L1"))):
        named = _layers_named(norms, norm)
        for k in range(1, 5):
            row = table.loc[f"layer {k} {norm} = {'Σ|w|' if norm == 'Norm1' else '√Σw²'}"]
            least = min(float(row[c]) for c in others)
            if k in named:
                assert float(row[mine]) <= least, (norm, k, norms)
            else:
                assert float(row[mine]) >= least, (norm, k, norms)
    # at the defaults: L1's Norm1 in all four, L2's Norm2 in layers 1, 2, 3 (the reader's "3")
    assert "L1 has the smallest Norm1 in all 4 layers (layers 1, 2, 3, 4)" in norms
    assert "L2 has the smallest Norm2 in 3 of the 4 layers (layers 1, 2, 3)" in norms
    zh = open_page("regularization-network", "zh")
    zh_text = " ".join(m.value for m in zh.markdown)
    assert "L2 的 Norm2 在 4 层中的 3 层（第 1、2、3 层）最小" in zh_text


def test_a_benefit_in_validation_loss_says_when_test_accuracy_fell():
    """At the defaults L1 and dropout lower the validation loss but label fewer test digits
    (0.912 and 0.906 against 0.931): the clause must say so, not stop at "lower" (it was "a
    benefit in validation loss"; now "lower", and "only at the end" when the drawn curve was
    above the unregularised one on the way, which `test_the_fit_verdicts_read_the_drawn_curves`
    checks against the curves)."""
    at = open_page("regularization-network", rn_view="curves")
    table = at.table[0].value
    acc = {k: table[c][0] for k, c in {"none": "none", "l1": "L1", "dropout": "dropout"}.items()}
    _, clauses = _fit_clauses(at)
    end = _drawn_end(chart(at, "rn_curves"))
    for kind in ("l1", "dropout"):
        assert float(acc[kind]) < float(acc["none"])
        assert end[kind][1] <= end["none"][1]  # lower at the last step, as drawn
        ratio = f"{end[kind][1] / end['none'][1]:.2g}"
        assert (
            _own(clauses[kind])
            .rstrip(".")
            .endswith(
                f"at step 4000, validation loss {ratio}× the unregularised run's, lower, though "
                f"test accuracy falls from {acc['none']} to {acc[kind]}"
            )
        ), clauses[kind]
        assert "a benefit" not in clauses[kind]
    assert (acc["none"], acc["l1"], acc["dropout"]) == ("0.931", "0.912", "0.906")
    zh = " ".join(m.value for m in open_page("regularization-network", "zh").markdown)
    ratio = f"{end['l1'][1] / end['none'][1]:.2g}"
    assert f"第 4000 步的验证损失降到无正则的 {ratio} 倍，但测试准确率从 0.931 降到 0.912" in zh
    assert "更低：验证损失上有益" not in zh and "验证损失有所改善" not in zh


def test_the_curves_view_marks_the_early_stop():
    at = open_page("regularization-network", rn_view="curves", rn_l2="0.01")
    no_exceptions(at)
    fig = chart(at, "rn_curves")
    star = next(tr for tr in fig["data"] if tr.get("marker", {}).get("symbol") == "star")
    runs = digits.train(0.003, 0.01, 0.2)
    assert star["x"][0] == runs.best_step("none")[0]
    assert "L2" in " ".join(m.value for m in at.markdown)


# The fit sentence as a reader takes it, against the curves the figure draws at their last step
# and the accuracies the table prints: "it underfits" = a smaller gap bought with a validation
# loss 1.5× the unregularised run's or more (or test accuracy 0.10 or more below it); "lower"
# = a smaller gap and a validation loss at or below the unregularised run's at the last step
# (followed by "only at the end: …" when its drawn validation curve was above the unregularised
# one at some drawn point); "no gain" = a smaller gap and a validation loss above it, but under
# 1.5×.
NAMES = {
    "l2": ("L2 (λ₂ = ", "L2"),
    "l1": ("L1 (λ₁ = ", "L1"),
    "dropout": ("dropout p = ", "dropout"),
}


def _fit_clauses(at) -> tuple[str, dict[str, str]]:
    text = next(m.value for m in at.markdown if "against no regularisation" in m.value)
    item = next(line for line in text.splitlines() if "against no regularisation" in line)
    lead, rest = item.split("): ", 1)
    clauses = {}
    # the clauses are split where the next variant's name starts: a note inside one has its
    # own "; " (L1's spike: "13×; its own points either side are …")
    for clause in re.split(r"; (?=L2 \(|L1 \(|dropout p = )", rest):
        kind = next(k for k, (prefix, _) in NAMES.items() if clause.startswith(prefix))
        clauses[kind] = clause
    assert set(clauses) == set(NAMES), item
    return lead, clauses


def _drawn_end(fig: dict) -> dict[str, tuple[float, float]]:
    drawn = lines(fig, "lines")
    column = {"none": "none", **{k: label for k, (_, label) in NAMES.items()}}
    return {
        k: (float(drawn[f"{c} · training"][1][-1]), float(drawn[f"{c} · validation"][1][-1]))
        for k, c in column.items()
    }


def _drawn_valid(fig: dict) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Each variant's drawn validation curve: its steps and its values."""
    drawn = lines(fig, "lines")
    column = {"none": "none", **{k: label for k, (_, label) in NAMES.items()}}
    return {
        k: (np.asarray(drawn[f"{c} · validation"][0]), np.asarray(drawn[f"{c} · validation"][1]))
        for k, c in column.items()
    }


# the note after a "lower" clause whose drawn validation curve was above the plain run's on
# the way (it read "(only at the end: …)", taken as "lower only at the end")
_ABOVE = ", while on the way its drawn validation curve is below the unregularised one at "


def _own(clause: str) -> str:
    """A clause without the underfitting rule (its own sentence after the last clause) and
    without the note on the way (it follows a "lower" clause)."""
    return clause.split(". Underfitting, here")[0].split(_ABOVE)[0]


def _stated(clause: str) -> tuple[float, float]:
    """The gap and the validation-loss ratio a clause states, as a reader reads them."""
    gap = re.search(r"(?:smaller gap|the gap is not smaller) \(([^)]+)\)", clause)
    ratio = re.search(r"validation loss (\S+)× the unregularised run's", clause)
    assert gap and ratio, clause
    return float(gap.group(1)), float(ratio.group(1))


_COLUMN = {"l2": "L2", "l1": "L1", "dropout": "dropout"}

FIT_SETTINGS = [
    {"rn_l1": "0.01", "rn_p": "0.5"},  # the issue's link: dropout underfits
    {},  # the defaults
    {"rn_p": "0"},
    {"rn_p": "0.8"},
    {"rn_l1": "0.0001"},
    {"rn_l1": "0.1"},
    {"rn_l2": "0.0001"},
    {"rn_l2": "0.1"},
]


@pytest.mark.parametrize(
    "query", FIT_SETTINGS, ids=lambda q: "&".join(f"{k}={v}" for k, v in q.items()) or "default"
)
def test_the_fit_verdicts_read_the_drawn_curves(query):
    at = open_page("regularization-network", rn_view="curves", **query)
    no_exceptions(at)
    fig = chart(at, "rn_curves")
    end = _drawn_end(fig)
    curves = _drawn_valid(fig)
    table = at.table[0].value
    accuracy = {
        k: float(table[c][0])
        for k, c in {"none": "none", "l2": "L2", "l1": "L1", "dropout": "dropout"}.items()
    }
    train0, valid0 = end["none"]
    gap0 = valid0 - train0
    lead, clauses = _fit_clauses(at)
    assert _numbers(lead)[1:4] == pytest.approx([valid0, gap0, accuracy["none"]], rel=5e-3)
    for kind, clause in clauses.items():
        train, valid = end[kind]
        if "unregularised run itself" in clause:  # p = 0: the very same curves
            assert kind == "dropout" and query.get("rn_p") == "0"
            assert (train, valid) == (train0, valid0)
            continue
        gap, ratio = valid - train, valid / valid0
        own = _own(clause)
        stated_gap, stated_ratio = _stated(own)
        # "… test accuracy 0.096, no better than guessing … (about 0.1)": the accuracy, not 0.1
        stated = own.rsplit("test accuracy", 1)[1].split(", no better than")[0]
        stated_acc = _numbers(stated)[-1]
        assert stated_gap == pytest.approx(gap, rel=5e-3, abs=1e-3), clause
        assert stated_ratio == pytest.approx(ratio, rel=0.05), clause
        assert stated_acc == accuracy[kind], clause
        steps, curve = curves[kind]
        _, curve0 = curves["none"]
        above = curve > curve0 * (1 + 1e-6)  # the start is one point for all: the same weights
        lower = "the unregularised run's, lower" in own
        assert (_ABOVE in clause) == (lower and bool(above.any())), clause
        if "it underfits" in clause:
            assert gap < gap0, clause
            assert ratio >= 1.5 or accuracy[kind] <= accuracy["none"] - 0.10, clause
        elif lower:
            assert f"at step {int(steps[-1])}, validation loss" in own, clause
            assert gap < gap0 and valid <= valid0, clause
            assert accuracy[kind] > accuracy["none"] - 0.10, clause
            falls = f"test accuracy falls from {table['none'][0]} to {table[_COLUMN[kind]][0]}"
            assert (falls in clause) == (accuracy[kind] < accuracy["none"]), clause
            if above.any():  # "only at the end": read against the drawn curves
                note = clause.split(_ABOVE, 1)[1]
                j = int(np.argmax(curve / curve0))  # its largest multiple of the plain run
                said = re.search(
                    r"(\d+) of (\d+) points and above it at (\d+), "
                    r"by the largest multiple at step (\d+)(, a one-point spike)? "
                    r"\((\S+) against the unregularised run's (\S+), (\S+)×",
                    note,
                )
                assert said, clause
                below = curve < curve0 * (1 - 1e-6)
                assert int(said.group(1)) == int(below.sum()), clause
                assert (int(said.group(3)), int(said.group(2))) == (int(above.sum()), len(curve))
                assert int(said.group(4)) == int(steps[j]), clause
                assert float(said.group(6)) == pytest.approx(curve[j], rel=5e-3), clause
                assert float(said.group(7)) == pytest.approx(curve0[j], rel=5e-3), clause
                assert float(said.group(8)) == pytest.approx(curve[j] / curve0[j], rel=0.05)
                if said.group(5):  # a spike: one point ≥ 3× both its drawn neighbours
                    assert curve[j] >= 3 * max(curve[j - 1], curve[j + 1]), clause
        elif "no gain" in clause:
            assert gap < gap0 and valid0 < valid < 1.5 * valid0, clause
            assert accuracy[kind] > accuracy["none"] - 0.10, clause
        else:
            assert "not smaller" in clause and gap >= gap0, clause


def test_dropout_at_half_underfits_at_the_issues_link():
    """/regularization-network?rn_l1=0.01&rn_p=0.5&rn_view=curves: dropout's gap is smaller, but
    its validation loss is about 3× the plain run's and it labels 43 % of the test digits: it
    underfits, and the sentence must say so rather than frame the gap as a benefit."""
    at = open_page("regularization-network", rn_view="curves", rn_l1="0.01", rn_p="0.5")
    _, clauses = _fit_clauses(at)
    drop = clauses["dropout"]
    assert drop.startswith("dropout p = 0.5: smaller gap")
    assert "it underfits" in drop and "benefit" not in drop and ", lower" not in drop
    assert "2.9× the unregularised run's" in drop and "test accuracy 0.428" in drop
    end = _drawn_end(chart(at, "rn_curves"))
    assert 2.8 < end["dropout"][1] / end["none"][1] < 3.0  # the issue's "3× worse", as drawn
    # L2 at its default both narrows the gap and lowers the validation loss at the last step
    l2 = _own(clauses["l2"])
    assert l2.startswith("L2 (λ₂ = 0.003): smaller gap (") and "benefit" not in clauses["l2"]
    ratio = f"{end['l2'][1] / end['none'][1]:.2g}"
    assert l2.endswith(
        f"at step 4000, validation loss {ratio}× the unregularised run's, lower (test accuracy "
        f"{at.table[0].value['L2'][0]})"
    ), clauses["l2"]
    assert (
        end["l2"][1] <= end["none"][1]
        and end["l2"][1] - end["l2"][0] < end["none"][1] - end["none"][0]
    )
    zh = open_page("regularization-network", "zh", rn_view="curves", rn_l1="0.01", rn_p="0.5")
    assert any("丢弃率 p = 0.5：差距更小" in m.value and "欠拟合" in m.value for m in zh.markdown)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ("Norm1 is a layer's sum of absolute weights Σ|w|", "√Σw²", "Norm1 = Σ|w|")),
        ("zh", ("Norm1 是一层权重绝对值之和 Σ|w|", "√Σw²", "Norm1 = Σ|w|")),
    ],
)
def test_norm1_and_norm2_are_said_in_words_where_they_appear(lang, words):
    """Fresh read: "Norm1" and "Norm2" were used and never defined. The sentence and the table
    rows that use them say what they are (as models/digits.py computes them)."""
    at = open_page("regularization-network", lang)
    assert not at.exception
    text = "\n".join(m.value for m in at.markdown)
    text += (
        "\n"
        + "\n".join(str(t.value) for t in at.table)
        + "\n".join(str(d.value) for d in at.dataframe)
    )
    for word in words:
        assert word in text, word


def test_a_phone_draws_each_variants_curves_in_a_panel_of_its_own():
    """On a phone (390 px) the eight curves in one plot lay on top of each other: one panel
    per variant, stacked, each with its own two curves (validation solid, training dashed), on
    one log scale, each panel 150 px tall or more; the legend names the two kinds of line."""
    from pages.regularization_network import figures

    steps = np.arange(0, 4001, 100)
    kinds = ("none", "l2", "l1", "dropout")
    train = {k: np.exp(-steps / (1000 + 500 * i)) for i, k in enumerate(kinds)}
    valid = {k: 0.5 + train[k] for k in kinds}
    labels = dict(step="step", loss="loss", train="training", valid="validation", early_stop="es")
    names = {k: k.upper() for k in kinds}
    fig = figures.training_curves(
        steps, train, valid, names=names, early_stop=(1200, 0.8), labels=labels, narrow=True
    ).to_dict()
    layout = fig["layout"]
    panels = sorted(k for k in layout if k.startswith("yaxis"))
    assert len(panels) == 4
    plot_px = layout["height"] - layout["margin"]["t"] - layout["margin"]["b"]
    for key in panels:
        lo, hi = layout[key]["domain"]
        assert (hi - lo) * plot_px >= 150, (key, (hi - lo) * plot_px)
        assert layout[key]["type"] == "log"
    assert {layout[k].get("matches") for k in panels} == {"y"}
    by_panel: dict[str, set[str]] = {}
    for trace in fig["data"]:
        if trace.get("legendgroup") in kinds:
            by_panel.setdefault(trace.get("yaxis", "y"), set()).add(trace["legendgroup"])
            assert trace["showlegend"] is False
    assert sorted(by_panel.values(), key=str) == sorted(({k} for k in kinds), key=str)
    assert [a["text"] for a in layout["annotations"] if a.get("text")] == list(names.values())
    shown = [tr["name"] for tr in fig["data"] if tr.get("showlegend", True)]
    assert shown == ["validation", "training", "es"]


def test_the_weights_leftmost_bin_says_it_holds_everything_below_1e_minus_7():
    """Fresh read (`?lang=zh&proj=1&rn_l2=0.1&rn_l1=0.1&rn_p=0.8`): the histogram's leftmost
    bin (10⁻⁷ to 10⁻⁶·⁷⁵) silently held 1544 L2 weights far below 10⁻⁷. Its tick at the
    axis's left end now reads "≤10⁻⁷", and the drawn bin counts every weight under 10⁻⁶·⁷⁵."""
    from pages.regularization_network import figures

    at = open_page("regularization-network", "zh", rn_l2="0.1", rn_l1="0.1", rn_p="0.8")
    no_exceptions(at)
    fig = chart(at, "rn_weights")
    layout = fig["layout"]
    axes = [k for k in layout if k.startswith("xaxis")]
    assert axes
    for name in axes:
        axis = layout[name]
        assert axis["range"][0] == figures.LOG_FLOOR
        ticks = dict(zip(axis["tickvals"], axis["ticktext"], strict=True))
        assert ticks[figures.LOG_FLOOR] == "≤10⁻⁷", ticks
    runs = digits.train(0.1, 0.1, 0.8)
    trace = next(tr for tr in fig["data"] if tr.get("legendgroup") == "l2")  # layer 1's
    ((x, y),) = lines({"data": [trace]}).values()
    w = np.abs(np.asarray(runs.weights[runs.index("l2")][0], np.float64)).ravel()
    first = int(np.sum(w < 10.0 ** (figures.LOG_FLOOR + 0.25)))
    assert x[0] < figures.LOG_FLOOR + 0.25 and int(y[0]) == first
    assert int(np.sum(w < 10.0**figures.LOG_FLOOR)) > 1000  # far below the axis: the "≤" holds
