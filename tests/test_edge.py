"""The edge-of-stability lesson: λ_max from Hessian-vector products against the dense Hessian,
the training loop against optax, the quadratic's closed form, the default view's promise
(sharpness ends within 15 % of 2/ε where the lesson says so) and every sentence against the
numbers it states."""

import re

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from landscapes import edge_of_stability as eos
from landscapes import networks
from tests.lessons import chart, lines, no_exceptions, open_page
from ui import claims


@pytest.fixture(scope="module")
def small():
    x, labels = networks.moons(40)
    return eos.squared_elu(x, 2.0 * labels - 1.0, width=4, hidden=2)


@pytest.fixture(scope="module")
def default_runs():
    return eos.train(eos.DEFAULT_RATES, 0.0)


def dense_top(loss, flat) -> float:
    h = np.asarray(jax.hessian(loss)(jnp.asarray(flat)), dtype=np.float64)
    return float(np.linalg.eigvalsh((h + h.T) / 2).max())


def test_sharpness_from_hessian_vector_products_matches_the_dense_hessian(small):
    rng = np.random.default_rng(0)
    for flat in (small.init, small.init + 0.3 * rng.standard_normal(small.size)):
        lam, v = eos.top_eigenvalue(small.loss, flat, iters=2000)
        expected = dense_top(small.loss, flat)
        assert lam == pytest.approx(expected, rel=1e-3)
        assert np.linalg.norm(v) == pytest.approx(1.0, rel=1e-4)


def test_training_matches_optax_sgd_with_momentum(small):
    runs = eos.train((0.1, 0.3), 0.5, net=small, steps=eos.CHUNK)
    for i, lr in enumerate(runs.rates):
        opt = optax.sgd(lr, momentum=0.5)  # v ← g + αv, θ ← θ − εv: our v is −ε times it
        params = jnp.asarray(small.init)
        state = opt.init(params)
        losses = []
        for _ in range(eos.CHUNK):
            value, g = jax.value_and_grad(small.loss)(params)
            losses.append(float(value))
            updates, state = opt.update(g, state)
            params = optax.apply_updates(params, updates)
        np.testing.assert_allclose(runs.params[i], params, rtol=1e-3, atol=1e-4)
        np.testing.assert_allclose(runs.losses[i, :-1], losses, rtol=1e-3, atol=1e-6)
        assert runs.losses[i, -1] == pytest.approx(float(small.loss(params)), rel=1e-3)


def test_the_quadratic_is_its_closed_form_and_its_limit_is_2_1_plus_alpha_over_eps():
    lam = 8.0
    for lr in (0.05, 0.2, 0.26):
        x, out = 1.0, [0.5 * lam]
        for _ in range(30):
            x -= lr * lam * x
            out.append(0.5 * lam * x * x)
        np.testing.assert_allclose(eos.quadratic_losses(lam, lr, 0.0, 30), out, rtol=1e-12)
    for alpha in (0.0, 0.5, 0.9):
        edge = eos.stability_limit(1.0, alpha) / lam  # the largest stable ε
        below = eos.quadratic_losses(lam, 0.98 * edge, alpha, 3000)
        above = eos.quadratic_losses(lam, 1.02 * edge, alpha, 3000)
        assert below[-1] < 1e-3 * below[0] and above[-1] > 1e3 * above[0]
        assert eos.quadratic_stable(lam, 0.98 * edge, alpha)
        assert not eos.quadratic_stable(lam, 1.02 * edge, alpha)


def test_the_default_shows_sharpening_up_to_2_over_eps(default_runs):
    runs = default_runs
    fates = [eos.fate(runs, i) for i in range(len(runs.rates))]
    assert [f.kind for f in fates] == ["below", "edge", "edge", "edge"]
    for i, f in enumerate(fates):
        start, end = runs.sharpness[i, 0], runs.sharpness[i, -1]
        limit = 2 / runs.rates[i]
        assert end > min(2 * start, 0.9 * limit)  # it sharpens, as far as the rate lets it
        if f.kind == "edge":
            assert abs(end / limit - 1) <= 0.15
            assert runs.losses[i, -1] < 0.5 * runs.losses[i, 0]
            assert np.any(np.diff(runs.losses[i]) > 0)  # not monotonically
        else:
            assert end < 0.9 * limit
    # the warm-started measurement along the way is the dense Hessian's at the end
    net = eos.network()
    for i in (1, 3):
        assert runs.sharpness[i, -1] == pytest.approx(dense_top(net.loss, runs.params[i]), rel=0.02)


NUMBER = r"[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?"


def check_sentence(sentence: str, runs: eos.EdgeRuns, i: int) -> None:
    """Holds one rate's sentence against the recorded series, computed here independently."""
    f = eos.fate(runs, i)
    sharp, losses = runs.sharpness[i], runs.losses[i]
    limit = 2 * (1 + runs.momentum) / runs.rates[i]
    assert sentence.startswith(f"ε = {runs.rates[i]:g}:")
    assert f"= {claims.number(limit)}" in sentence
    if f.kind == "diverged":
        step = int(re.search(r"step (\d+)", sentence).group(1))
        assert np.all(np.isfinite(losses[:step])) and not (
            np.isfinite(losses[step]) and losses[step] <= 1e3 * losses[0]
        )
        return
    hit = np.flatnonzero(sharp >= 0.9 * limit)
    end = float(np.median(sharp[-max(1, round(0.1 * len(sharp))) :]))
    if "still below the edge" in sentence:
        assert hit.size == 0
        assert f"to {claims.number(end)}" in sentence
    else:
        step = int(runs.sharp_steps[hit[0]])
        assert step == 0 or f"step {step}" in sentence
        after = sharp[hit[0] :] / limit
        lo, hi = np.percentile(after, [10, 90])
        assert (
            f"({lo:.2f}–{hi:.2f} ×" in sentence or "fell back" in sentence or "above it" in sentence
        )
        if "stayed" in sentence:
            assert abs(end / limit - 1) <= 0.15
    start = 0 if hit.size == 0 else int(runs.sharp_steps[hit[0]])
    trace = losses[start:]
    rises = int(np.sum(np.diff(trace) > 0))
    if rises:
        assert f"rose at {rises} of {len(trace) - 1} steps" in sentence
    else:
        assert "at every step" in sentence or "no lower" in sentence
    assert f"{claims.number(trace[0])} → {claims.number(trace[-1])}" in sentence or (
        f"from {claims.number(trace[0])} to {claims.number(trace[-1])}" in sentence
    )


@pytest.mark.parametrize(
    ("rates", "alpha"), [(eos.DEFAULT_RATES, 0.0), ((0.05, 0.1, 0.2, 0.3), 0.5), ((0.15, 0.3), 0.0)]
)
def test_every_sentence_holds_against_a_real_run(rates, alpha, default_runs):
    runs = default_runs if (rates, alpha) == (eos.DEFAULT_RATES, 0.0) else eos.train(rates, alpha)
    sentences, quadratic = claims.edge_of_stability(runs, "en")
    assert len(sentences) == len(rates)
    for i, sentence in enumerate(sentences):
        check_sentence(sentence, runs, i)
    lam = runs.sharpness[0, 0]
    assert f"λ = {claims.number(lam)}" in quadratic
    for lr in rates:
        stable = lr * lam < 2 * (1 + alpha)
        part = re.search(r"ε = ([\d., ]+) converge", quadratic)
        assert (f"{lr:g}" in (part.group(1).strip().split(", ") if part else [])) == stable
    zh, _ = claims.edge_of_stability(runs, "zh")
    for en, other in zip(sentences, zh, strict=True):  # the same numbers in both languages
        assert sorted(re.findall(NUMBER, en)) == sorted(re.findall(NUMBER, other))


def synthetic(sharp: np.ndarray, losses: np.ndarray, lr: float, alpha: float) -> eos.EdgeRuns:
    steps = (len(sharp) - 1) * eos.EVERY
    return eos.EdgeRuns(
        rates=(lr,),
        momentum=alpha,
        losses=losses[None, : steps + 1],
        sharpness=sharp[None],
        sharp_steps=np.arange(0, steps + 1, eos.EVERY),
        params=np.zeros((1, 1)),
    )


@settings(max_examples=150, deadline=None)
@given(
    lr=st.sampled_from(eos.RATES),
    alpha=st.sampled_from([0.0, 0.3, 0.9]),
    start=st.floats(0.1, 3.0),
    rise=st.floats(0.0, 2.0),
    plateau=st.floats(0.3, 1.8),
    wobble=st.floats(0.0, 0.2),
    blow_up=st.one_of(st.none(), st.integers(1, 399)),
    seed=st.integers(0, 2**16),
)
def test_every_sentence_holds_for_drawn_series(
    lr, alpha, start, rise, plateau, wobble, blow_up, seed
):
    """Sharpness series of every shape (rising to, past or short of the limit, or falling
    back) and losses with noise or a blow-up: the sentence always states their numbers."""
    rng = np.random.default_rng(seed)
    limit = 2 * (1 + alpha) / lr
    n = 21
    ramp = np.minimum(1.0, np.linspace(0, rise, n))
    sharp = limit * (start / 10 + ramp * (plateau - start / 10))
    sharp *= 1 + wobble * rng.standard_normal(n)
    losses = np.exp(-np.linspace(0, 3, (n - 1) * eos.EVERY + 1))
    losses *= 1 + wobble * rng.standard_normal(losses.size)
    losses = np.abs(losses) + 1e-6
    if blow_up is not None:
        losses[blow_up:] = np.inf
    runs = synthetic(sharp, losses, lr, alpha)
    sentences, _ = claims.edge_of_stability(runs, "en")
    check_sentence(sentences[0], runs, 0)
    assert claims.edge_of_stability(runs, "zh")[0][0]


def test_the_page_draws_the_runs_and_states_them():
    at = open_page("pages/edge-of-stability.py")
    no_exceptions(at)
    fig = chart(at, "eos_chart")
    runs = eos.train(eos.DEFAULT_RATES, 0.0)
    traces = lines(fig)
    for i, lr in enumerate(eos.DEFAULT_RATES):
        steps, sharp = traces[f"ε = {lr:g}"]
        np.testing.assert_allclose(steps, runs.sharp_steps)
        np.testing.assert_allclose(sharp, runs.sharpness[i], rtol=1e-6)
    text = "\n".join(m.value for m in at.markdown)
    assert "ε = 0.1: λ_max rose from" in text and "2/ε = 20" in text
    assert "2/ε" in {t.get("name") for t in fig["data"]}


def test_the_page_with_momentum_uses_2_1_plus_alpha_over_eps_and_shows_a_divergence():
    at = open_page(
        "pages/edge-of-stability.py", eos_alpha="0.5", eos_lr=["0.05", "0.1", "0.2", "0.3"]
    )
    no_exceptions(at)
    text = "\n".join(m.value for m in at.markdown)
    assert "2(1+α)/ε = 30" in text  # ε = 0.1, α = 0.5
    assert any("ε = 0.3" in e.value for e in at.error)  # diverged, shown as data


def test_the_page_refuses_bad_links_with_notices():
    at = open_page("pages/edge-of-stability.py", eos_lr=["0.07", "0.1"])
    no_exceptions(at)
    assert any("0.07" in w.value for w in at.warning)
    at = open_page(
        "pages/edge-of-stability.py", eos_lr=["0.01", "0.02", "0.05", "0.1", "0.2"], lang="zh"
    )
    no_exceptions(at)
    assert any("0.01, 0.02, 0.05, 0.1" in w.value for w in at.warning)
    next(b for b in at.get("button_group") if b.key == "eos_lr").set_value([]).run()
    assert any("至少" in i.value for i in at.info)


def test_on_a_phone_the_quadratic_panels_share_the_lambda_axis_and_no_tick_labels_collide(
    default_runs,
):
    from ui import lesson_figures

    def layout(narrow: bool) -> dict:
        fig = lesson_figures.edge_figure(
            default_runs,
            [np.ones(51)] * len(default_runs.rates),
            labels={"network": "n", "loss": "L", "step": "step", "limit": "2/ε"},
            quadratic_steps=50,
            narrow=narrow,
        )
        return fig.to_plotly_json()["layout"]

    wide, phone = layout(False), layout(True)
    assert wide["yaxis3"].get("showticklabels", True) and not phone["yaxis3"]["showticklabels"]
    assert phone["yaxis4"]["side"] == "right"  # the quadratic's loss labels stay off the gap
    # the network's step ticks stop short of its right edge, where the quadratic's 0 begins
    last = float(default_runs.sharp_steps[-1])
    assert phone["xaxis"]["tickvals"] == [0.0, 1000.0, 2000.0] and last == 3000
    assert phone["xaxis3"]["domain"][0] - phone["xaxis"]["domain"][1] >= 0.079
