"""Batch and input normalisation (note 000): the BN rule itself, its steady layers where
N(0, 1) weights saturate a sigmoid network, the range of rates that train, Santurkar et al.'s
probes against a hand computation, and every sentence against its numbers."""

import re

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from models import batchnorm as bn
from models import networks
from pages.batch_normalization import claims
from tests.lessons import chart, no_exceptions, open_page

LOWERED = (
    "/jax/core/compile/jaxpr_to_mlir_module_duration"  # every new program (tests/test_warmup.py)
)
_programs: list[str] = []
jax.monitoring.register_event_duration_secs_listener(
    lambda event, duration, **kw: _programs.append(event) if event == LOWERED else None
)


def test_a_bn_layer_is_zero_centred_and_unit_scaled_before_gamma_and_beta():
    key = jax.random.PRNGKey(0)
    params = bn.init(key, "normal", 20, 3)
    x = 5.0 + 3.0 * jax.random.normal(jax.random.fold_in(key, 1), (256, 20))
    _, kept = bn.forward(params, x, jnp.float32(1.0), "linear", keep=True)
    for h in kept:  # γ = 1, β = 0 and a linear φ: H = Ẑ
        h = np.asarray(h, np.float64)
        np.testing.assert_allclose(h.mean(axis=0), 0.0, atol=1e-4)
        np.testing.assert_allclose(h.var(axis=0), 1.0, rtol=1e-3)
    _, plain = bn.forward(params, x, jnp.float32(0.0), "linear", keep=True)
    w, b = params[0]["w"], params[0]["b"]
    np.testing.assert_allclose(plain[0], x @ w + b[None, :], rtol=1e-5, atol=1e-4)  # no BN: XW + b


def test_bn_keeps_every_layer_steady_where_normal_weights_saturate_a_sigmoid():
    stats = bn.layer_stats("normal", "sigmoid")
    assert bn.saturated_share(stats["plain"][-1], "sigmoid") > 0.4
    assert bn.saturated_share(stats["bn"][-1], "sigmoid") < 0.05
    spreads = bn.spreads(stats["bn"])
    assert spreads.max() / spreads.min() < 1.2


def test_bn_trains_at_larger_rates():
    training = bn.train("normal", "sigmoid")
    assert np.isfinite(training.bn).all()
    assert training.largest_rate("bn") > training.largest_rate("plain")
    # "trains" is what it says: the final loss below half the initial
    for losses, lr in zip(training.bn, bn.RATES, strict=True):
        assert training.trains(losses) == (losses[-1] < 0.5 * losses[0])
        if lr == training.largest_rate("bn"):
            assert losses[-1] < 0.5 * losses[0]


def test_the_probes_at_the_start_match_a_hand_computation():
    lr = 0.3
    probes = bn.probe("xavier_normal", "tanh", lr)
    x, y = bn.inputs("unit")
    params = bn.init(jax.random.PRNGKey(0), "xavier_normal", 64, 10)
    pick = np.random.default_rng(0).choice(len(y), bn.PROBE_BATCH, replace=False)
    xb, yb = jnp.asarray(x[pick]), jnp.asarray(y[pick])
    for flag, row in ((0.0, probes.plain[0]), (1.0, probes.bn[0])):
        loss = lambda p, flag=flag: bn._loss(p, xb, yb, jnp.float32(flag), "tanh")  # noqa: E731
        g = jax.grad(loss)(params)
        flat_g, unravel = jax.flatten_util.ravel_pytree(g)
        flat_p = jax.flatten_util.ravel_pytree(params)[0]
        values, diffs, betas = [], [], []
        for scale in bn.PROBE_SCALES:
            s = np.float32(scale * lr)
            q = unravel(flat_p - s * flat_g)
            values.append(float(loss(q)))
            d = float(jnp.linalg.norm(jax.flatten_util.ravel_pytree(jax.grad(loss)(q))[0] - flat_g))
            diffs.append(d)
            betas.append(d / (s * float(jnp.linalg.norm(flat_g))))
        expected = [min(values), max(values), min(diffs), max(diffs), max(betas)]
        np.testing.assert_allclose(row, expected, rtol=2e-3)


def _numbers(text: str) -> list[float]:
    text = re.sub(r"BN|β|ε = ", " ", text)
    return [float(v) for v in re.findall(r"\d+(?:\.\d+)?", text)]


@pytest.mark.parametrize(("init", "act", "lr"), [("normal", "sigmoid", 0.1), ("he", "relu", 1.0)])
def test_every_sentence_holds_against_its_numbers(init, act, lr):
    stats, training, probes = (
        bn.layer_stats(init, act),
        bn.train(init, act),
        bn.probe(init, act, lr),
    )
    said = claims.batch_norm(stats, training, probes, act, "en")
    plain, normed = bn.spreads(stats["plain"]), bn.spreads(stats["bn"])
    layers = _numbers(said["layers"])
    assert layers[0] == pytest.approx(plain[0], rel=5e-3)
    assert layers[1] == pytest.approx(plain[-1], rel=5e-3)
    assert layers[3] == pytest.approx(100 * bn.saturated_share(stats["plain"][-1], act), abs=0.51)
    assert layers[4] == pytest.approx(normed[0], rel=5e-3)
    rates = said["rates"]
    for which in ("plain", "bn"):
        largest = training.largest_rate(which)
        assert (f"{largest:g}" if largest is not None else "none of them") in rates
    smooth = _numbers(said["smoothness"])
    ok_p, ok_b = (np.isfinite(r[1:]).all(axis=1) for r in (probes.plain, probes.bn))
    both = ok_p & ok_b
    narrower = np.sum(
        (probes.bn[1:][both, 1] - probes.bn[1:][both, 0])
        < (probes.plain[1:][both, 1] - probes.plain[1:][both, 0])
    )
    # a network with no finite probe has a β-smoothness of ∞, which states no number
    medians = [
        np.median(r[1:][ok, 4]) for r, ok in ((probes.plain, ok_p), (probes.bn, ok_b)) if ok.any()
    ]
    expected = [lr, *medians, narrower, both.sum()]
    assert smooth[: len(expected)] == pytest.approx(expected, rel=5e-3)
    assert ("∞" in said["smoothness"]) == (not (ok_p.any() and ok_b.any()))
    assert ("blown up" in said["smoothness"]) == (not (ok_p.all() and ok_b.all()))
    inputs = _numbers(said["inputs"])
    ends = training.preprocessing[:, -1]
    assert inputs[2:] == pytest.approx([v for v in ends if np.isfinite(v)], rel=5e-3)
    assert ("blew up" in said["inputs"]) == (not np.isfinite(ends).all())


@pytest.mark.parametrize(
    ("view", "key"),
    [
        ("layers", "bn_hist_bn"),
        ("rates", "bn_rates"),
        ("smoothness", "bn_smooth"),
        ("inputs", "bn_inputs"),
    ],
)
def test_every_view_draws_its_figure(view, key):
    at = open_page("batch-normalization", bn_view=view)
    no_exceptions(at)
    fig = chart(at, key)
    assert fig["data"]


# the rule's last line as the notes write it, for each activation (the leak is 0.01)
RULE_H = {
    "sigmoid": r"H &= \sigma(\gamma \hat Z + \beta),\quad \sigma(z) = \frac{1}{1 + e^{-z}}",
    "tanh": r"H &= \tanh(\gamma \hat Z + \beta)",
    "relu": r"H &= \max\{0,\ \gamma \hat Z + \beta\}",
    "leaky_relu": r"H &= \max\{0.01\,(\gamma \hat Z + \beta),\ \gamma \hat Z + \beta\}",
}


@pytest.mark.parametrize("act", networks.ACTIVATIONS)
def test_the_rule_shown_applies_the_chosen_activation(act):
    """The formula beside the histograms is H = φ(γẐ + β) with the φ the network runs: no
    max{0, …} under a sigmoid. The drawn activations lie in that φ's range."""
    at = open_page("batch-normalization", bn_act=act)
    no_exceptions(at)
    (rule,) = [m.value.strip("$\n") for m in at.latex if r"\hat Z" in m.value]  # st.latex's $$…$$
    assert rule.endswith(RULE_H[act] + r" \end{aligned}")
    assert (r"\max" in rule) == (act in ("relu", "leaky_relu"))
    # the histograms' shared x range is the smallest and largest activation drawn
    ranges = [
        chart(at, f"bn_hist_{which}")["layout"]["xaxis"]["range"] for which in ("plain", "bn")
    ]
    lo, hi = min(r[0] for r in ranges), max(r[1] for r in ranges)
    bounds = {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0), "relu": (0.0, np.inf)}
    if act in bounds:
        assert bounds[act][0] <= lo and hi <= bounds[act][1]
    else:  # leaky ReLU lets 0.01 of a negative input through
        assert lo < 0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_setup_counts_the_layers_the_histograms_draw(lang):
    at = open_page("batch-normalization", lang=lang)
    no_exceptions(at)
    panels = {which: len(chart(at, f"bn_hist_{which}")["data"]) for which in ("plain", "bn")}
    assert panels == {"plain": bn.DEPTH - 1, "bn": bn.DEPTH - 1} == {"plain": 5, "bn": 5}
    (setup,) = [c.value for c in at.caption if "100" in c.value]
    stated = {int(v) for v in re.findall(r"(\d+) (?:hidden layers|个隐藏层)", setup)}
    assert stated == {5}
    assert "6 layers" not in setup and "6 层" not in setup


def test_one_program_serves_every_activation():
    """φ is a traced argument (a lax.switch): once one activation's view is computed, every
    other activation's compiles nothing (a first choice in class waits for no compiler)."""
    for program in (bn._stats, bn._train, bn._probe):  # what earlier tests compiled is forgotten
        program.clear_cache()
    bn.layer_stats("normal", "sigmoid"), bn.train("normal", "sigmoid")
    bn.probe("normal", "sigmoid", 0.1)
    before = len(_programs)
    for act in networks.ACTIVATIONS:
        bn.layer_stats("normal", act), bn.train("normal", act), bn.probe("normal", act, 0.1)
    assert len(_programs) == before, f"{len(_programs) - before} new programs"


def test_the_switch_runs_the_named_activation():
    """lax.switch's branch i is ACTIVATIONS[i]: each layer applies the named φ to γẐ + β."""
    key = jax.random.PRNGKey(2)
    params = bn.init(key, "xavier_normal", 8, 3)
    x = jax.random.normal(jax.random.fold_in(key, 1), (16, 8))
    _, pre = bn.forward(params, x, jnp.float32(0.0), "linear", keep=True)
    z = np.asarray(pre[0], np.float64)
    expected = {
        "sigmoid": 1 / (1 + np.exp(-z)),
        "tanh": np.tanh(z),
        "relu": np.maximum(z, 0),
        "leaky_relu": np.maximum(0.01 * z, z),
    }
    for act, want in expected.items():
        _, kept = bn.forward(params, x, jnp.float32(0.0), act, keep=True)
        np.testing.assert_allclose(kept[0], want, rtol=1e-5, atol=1e-6)
