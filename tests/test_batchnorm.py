"""Batch and input normalisation (note 000): the BN rule itself, its steady layers where
N(0, 1) weights saturate a sigmoid network, the range of rates that train, Santurkar et al.'s
probes against a hand computation, and every sentence against its numbers."""

import json
import re

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from models import batchnorm as bn
from models import networks
from pages.batch_normalization import claims, figures
from tests.lessons import chart, no_exceptions, open_page
from ui.figures import decode

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
    # the band names the widest and narrowest layers: "layer k, has ×r … layer j"
    assert (layers[2], layers[4]) == (np.argmax(plain) + 1, np.argmin(plain) + 1)
    if act in ("sigmoid", "tanh"):
        assert layers[5] == pytest.approx(
            100 * bn.saturated_share(stats["plain"][-1], act), abs=0.51
        )
        assert layers[6] == pytest.approx(normed[0], rel=5e-3)
    else:  # ReLU does not saturate: no share of a flat end, and the words say why
        assert "flat end" not in said["layers"].split(".")[0]
        assert "does not saturate" in said["layers"]
        assert layers[5] == pytest.approx(normed[0], rel=5e-3)
    rates = said["rates"]
    for which, name in (("plain", "without BN"), ("bn", "with BN")):
        largest = training.largest_rate(which)
        expected = f"{largest:g} {name}" if largest is not None else f"no rate tried trains {name}"
        assert expected in rates
    smooth = _numbers(said["smoothness"])
    ok_p, ok_b = (np.isfinite(r[1:]).all(axis=1) for r in (probes.plain, probes.bn))
    both = ok_p & ok_b
    narrower = np.sum(
        (probes.bn[1:][both, 1] - probes.bn[1:][both, 0])
        < (probes.plain[1:][both, 1] - probes.plain[1:][both, 0])
    )
    if both.any():
        medians = [np.median(r[1:][ok, 4]) for r, ok in ((probes.plain, ok_p), (probes.bn, ok_b))]
        expected = [lr, *medians, narrower, both.sum()]
        assert smooth[: len(expected)] == pytest.approx(expected, rel=5e-3)
    else:  # no probe finite for both: the sentence says so (see the test below)
        assert (
            "cannot be compared" in said["smoothness"] or "nothing to compare" in said["smoothness"]
        )
    assert "∞" not in said["smoothness"]
    # a run that blew up part of the way is noted; one whose every probe diverged is said so
    assert ("blown up" in said["smoothness"]) == any(
        ok.any() and not ok.all() for ok in (ok_p, ok_b)
    )
    inputs = _numbers(said["inputs"])
    ends = training.preprocessing[:, -1]
    # "not finite from step k" names the step a run blew up at before the finite ends
    finite = [v for v in ends if np.isfinite(v)]
    assert inputs[len(inputs) - len(finite) :] == pytest.approx(finite, rel=5e-3)
    if len(finite) < len(ends):
        assert "not finite from step" in said["inputs"]
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


# ---- the sentences a fresh reader found wrong or empty (issue 31) -------------------------------
_CJK = r"[\u4e00-\u9fff]"
_LATIN = r"[A-Za-z0-9]"


def _drawn_smoothness(fig: dict, names: dict[str, str]) -> dict[str, dict[str, np.ndarray]]:
    """Per network, what the smoothness figure draws: the loss band's width at each probe
    (its filled shape is the top edge, then the bottom edge backwards) and the β line."""
    out: dict[str, dict[str, np.ndarray]] = {}
    for key, name in names.items():
        traces = [tr for tr in fig["data"] if tr.get("name") == name]
        band = decode(next(tr for tr in traces if tr.get("fill") == "toself")["y"])
        beta = decode(next(tr for tr in traces if tr.get("mode") == "lines+markers")["y"])
        n = len(band) // 2
        out[key] = {"width": band[:n] - band[::-1][:n], "beta": beta}
    return out


@pytest.mark.parametrize(
    ("init", "act"), [(i, a) for i in networks.INITS for a in networks.ACTIVATIONS]
)
def test_the_smoothness_verdict_is_the_one_the_drawn_figure_gives(init, act):
    """Every (initialisation, activation) the page offers, at its default ε: the sentence gives
    one verdict a student can take away, read from the drawn figure: both measures say BN is
    smoother (a smaller median β and a narrower loss band at most probes where both are
    finite), both say it is not, or it says plainly that they disagree and which says what.
    When no probe is finite for both networks it says so and prints no "0 of 0". In 中文 a
    Latin word or number is set off by spaces from the characters around it."""
    stats, training, probes = (
        bn.layer_stats(init, act),
        bn.train(init, act),
        bn.probe(init, act, 0.1),
    )
    names = {"plain": "without BN", "bn": "with BN"}
    fig = figures.smoothness_figure(
        probes.steps,
        {"plain": probes.plain, "bn": probes.bn},
        names=names,
        colours={"plain": "#555555", "bn": "#0072B2"},
        titles=["a", "b", "c"],
        x_title="step",
    )
    drawn = _drawn_smoothness(json.loads(fig.to_json()), names)  # what the browser gets
    said = claims.batch_norm(stats, training, probes, act, "en")["smoothness"]
    finite = {k: np.isfinite(d["width"]) & np.isfinite(d["beta"]) for k, d in drawn.items()}
    both = finite["plain"] & finite["bn"]
    assert "0 of the 0" not in said and "∞" not in said
    if not both.any():
        dead = [names[k] for k in names if not finite[k].any()]
        assert dead and all(f"every probe {name} diverged" in said for name in dead[:1]), said
        assert "cannot be compared" in said or "nothing to compare" in said, said
    else:
        beta = {k: np.median(d["beta"][finite[k]]) for k, d in drawn.items()}
        narrower = int(np.sum(drawn["bn"]["width"][both] < drawn["plain"]["width"][both]))
        assert f"at {narrower} of the {int(both.sum())} probes" in said, said
        quoted = [float(v) for v in re.findall(r"is (\S+) without BN and (\S+) with BN", said)[0]]
        assert quoted == pytest.approx([beta["plain"], beta["bn"]], rel=5e-3)
        by_beta = beta["bn"] < beta["plain"]
        by_band = 2 * narrower > both.sum()
        if by_beta and by_band:
            assert "Both measures say the same: with BN the landscape" in said, said
        elif not by_beta and not by_band:
            assert "Both measures say the same: here BN does not make" in said, said
        else:
            smoother_by_beta = "with BN" if by_beta else "without BN"
            smoother_by_band = "with BN" if by_band else "without BN"
            assert "Here the two measures disagree" in said, said
            assert (
                f"by β-smoothness (how fast the gradient changes along the step) the run {smoother_by_beta} is smoother"
                in said
            )
            assert (
                f"by the loss band (how much the loss changes along the step) the run {smoother_by_band} is"
                in said
            )
    for text in claims.batch_norm(stats, training, probes, act, "zh").values():
        assert not re.search(f"{_CJK}{_LATIN}|{_LATIN}{_CJK}", text), text
        assert "的 0 次探测中有 0 次" not in text and "为 没有" not in text and "×0.0" not in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_zero_weights_are_said_in_words_without_a_ratio(lang):
    """Zero initialisation: the page draws every activation of every layer at one value
    (spread 0): the sentence says so and prints no ratio 0/0, and no tried rate trains."""
    at = open_page("batch-normalization", lang=lang, bn_init="zero")
    no_exceptions(at)
    for which in ("plain", "bn"):
        for trace in chart(at, f"bn_hist_{which}")["data"]:
            y = decode(trace["y"])
            assert np.count_nonzero(y) == 1  # one bar: every activation the same
    stats = bn.layer_stats("zero", "sigmoid")
    said = claims.batch_norm(
        stats, bn.train("zero", "sigmoid"), bn.probe("zero", "sigmoid", 0.1), "sigmoid", lang
    )
    layers, rates = said["layers"], said["rates"]
    if lang == "en":
        assert layers == (
            "Without BN every activation is the same: spread 0 in every layer; "
            "with BN every activation is the same: spread 0 in every layer."
        )
        assert "no rate tried trains without BN (tried: 0.01, 0.03, 0.1, 0.3, 1, 3)" in rates
        assert "none of them" not in rates
    else:
        assert (
            layers
            == "无 BN：每个激活值都相同，每层的标准差都是 0；有 BN：每个激活值都相同，每层的标准差都是 0。"
        )
        assert "无 BN 时试过的学习率（0.01, 0.03, 0.1, 0.3, 1, 3）没有一个能做到" in rates
    assert "×" not in layers


def test_a_network_whose_every_probe_diverged_is_said_so():
    """N(0, 1) weights with ReLU: every probe of the network without BN is not finite (the
    figure draws no finite point of it), so the bands cannot be compared: the sentence says so
    and gives the median β of the network with BN, the median of what the figure draws."""
    at = open_page("batch-normalization", bn_init="normal", bn_act="relu", bn_view="smoothness")
    no_exceptions(at)
    drawn = _drawn_smoothness(chart(at, "bn_smooth"), {"plain": "without BN", "bn": "with BN"})
    assert not np.isfinite(drawn["plain"]["beta"]).any()
    beta = np.median(drawn["bn"]["beta"][np.isfinite(drawn["bn"]["beta"])])
    said = claims.batch_norm(
        bn.layer_stats("normal", "relu"),
        bn.train("normal", "relu"),
        bn.probe("normal", "relu", 0.1),
        "relu",
        "en",
    )["smoothness"]
    assert said == (
        "Training with ε = 0.1, every probe without BN diverged (the loss is not finite), so the "
        "loss bands (the range of L(θ − s g) over the step sizes s probed) cannot be compared; "
        "with BN the median effective β-smoothness (the largest ‖∇L(θ − s g) − g‖ / (s‖g‖) over "
        f"those s) is {beta:#.3g}."
    )
    assert any(said in m.value for m in at.markdown)


def test_the_spreads_side_by_side_have_the_same_digits():
    said = claims.batch_norm(
        bn.layer_stats("normal", "sigmoid"),
        bn.train("normal", "sigmoid"),
        bn.probe("normal", "sigmoid", 0.1),
        "sigmoid",
        "zh",
    )
    assert "从 0.209 到 0.210" in said["layers"]
    assert "有 BN 1.10" in said["smoothness"]


@pytest.mark.parametrize(
    ("lang", "beta", "band"),
    [
        ("en", "β-smoothness (the largest ‖∇L(θ − s g) − g‖ / (s‖g‖)", "loss band (the range of L"),
        (
            "zh",
            "有效 β-光滑度（在所探测的各个步长 s 上",
            "损失带（这些 s 上 L(θ − s g) 从最小到最大的范围",
        ),
    ],
)
def test_the_smoothness_sentence_says_what_its_two_measures_are(lang, beta, band):
    """Fresh read: "effective β-smoothness" and "loss band" were named and never explained. The
    sentence that uses them now says what each is, in both languages."""
    at = open_page("batch-normalization", lang)
    no_exceptions(at)
    text = "\n".join(m.value for m in at.markdown)
    assert beta in text and band in text
