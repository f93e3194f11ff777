"""The network lessons through AppTest: the plotted numbers against the math."""

import html
import re

import numpy as np
import pytest

from models import networks
from tests.lessons import chart, lines, no_exceptions, open_page
from ui.figures import decode

PAGES = ["initialization", "long-term-dependencies", "network-landscape"]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pages_run_in_both_languages(page, lang):
    at = open_page(page, lang)
    no_exceptions(at)
    assert len(at.get("plotly_chart")) >= 1


def test_initialization_histograms_and_table():
    at = open_page("initialization", init="he", act="relu")
    no_exceptions(at)
    stats = networks.deep_stats("he", "relu")
    fig = chart(at, "init_acts")
    assert len(fig["data"]) == 6
    for trace in fig["data"]:
        assert decode(trace["y"]).sum() == pytest.approx(1.0, abs=1e-6)  # fractions per layer
    table = at.table[0].value
    assert list(table.iloc[0, 1:]) == [f"{v:.3g}" for v in stats.act_std]
    # He with ReLU trains: the activations keep their spread, the gradient grows under ×4
    assert at.success and "activations keep their spread" in at.success[0].value
    note = at.table[1].value
    assert list(note["measured here"]) == [
        "learns",
        "units identical",
        "learns",
        "saturated: U-shaped",
        "works: spread steady",
        "shrinks toward 0",
        "works: spread steady",
    ]
    # zero init: three identical values per row (a plain preformatted block)
    code = html.unescape(at.get("html")[0].proto.body)
    w1 = code.splitlines()[0].split("[[")[1].split("]]")[0].split()
    assert len(set(w1)) == 1


def test_zero_init_is_flagged_as_symmetric():
    at = open_page("initialization", init="zero", act="tanh")
    assert "identical" in at.warning[0].value


def test_long_term_norms():
    at = open_page("long-term-dependencies", lam1="1.2", lam2="0.4", ltd_t="60")
    no_exceptions(at)
    drawn = lines(chart(at, "ltd_norm"))
    path = networks.orbit(networks.recurrence_matrix(1.2, 0.4), (1.0, 1.0), 60)
    np.testing.assert_allclose(drawn["‖Wᵗv‖"][1], np.linalg.norm(path, axis=1), rtol=1e-5)
    ratio = drawn["‖Wᵗv‖"][1][-1] / drawn["‖Wᵗv‖"][1][-2]
    assert ratio == pytest.approx(1.2, rel=1e-5)
    assert "exploding" in at.error[0].value
    at = open_page("long-term-dependencies", lam1="0.9", lam2="-0.5")
    assert "vanishing" in at.warning[0].value


def test_network_landscape_numbers():
    at = open_page("network-landscape", nl_grid="21")
    no_exceptions(at)
    metrics = {m.label: m.value for m in at.metric}
    assert float(metrics["training accuracy"].rstrip(" %")) > 90
    assert metrics["parameters"] == "1 425"
    compare = at.table[0].value
    without, with_res = (float(v) for v in compare["sharpness λ_max(H)"])
    assert float(metrics["sharpness"]) == pytest.approx(without, rel=1e-3)
    assert with_res < without  # residual connections: a flatter minimum here
    assert not any(e.proto.id.endswith("-nl_pca") for e in at.get("plotly_chart"))  # not shown
    at.radio(key="nl_view").set_value("pca").run()
    pca = chart(at, "nl_pca")
    path = next(tr for tr in pca["data"] if tr.get("mode") == "lines+markers")
    assert len(path["x"]["bdata"]) > 0


def test_network_landscape_states_what_residual_connections_did_to_the_sharpness():
    at = open_page("network-landscape", nl_grid="21")
    compare = at.table[0].value
    without, with_res = (float(v) for v in compare["sharpness λ_max(H)"])
    text = " ".join(m.value for m in at.markdown)
    if abs(with_res / without - 1) <= 0.10:
        assert "barely change" in text and f"{with_res:.3g} with, {without:.3g} without" in text
    else:
        word = "flatter" if with_res < without else "sharper"
        assert f"the end point is {word}" in text
    assert "watch the largest curvature" not in text  # no promise the numbers may not keep
    fig = chart(at, "nl_random")
    scale = next(tr for tr in fig["data"] if tr.get("name") == "scale")
    assert scale["marker"]["showscale"] and scale["marker"]["colorbar"]["ticktext"]
    hover = next(tr for tr in fig["data"] if tr.get("name") == "hover")
    assert "loss %{z" in hover["hovertemplate"]


@pytest.mark.parametrize(
    ("on", "off", "expected"),
    [
        (24.88, 25.01, "barely change"),
        (5.81, 1.27, "sharper: sharpness 5.81 against 1.27 without (4.6× higher)"),
        (1.0, 30.0, "flatter: sharpness 1 against 30 without (30× lower)"),
        (float("nan"), 3.0, "cannot be compared"),
    ],
)
def test_the_residual_sentence_follows_the_numbers(on, off, expected):
    from pages.network_landscape import claims

    losses = np.array([0.5, 0.1])
    text = claims.residual_sharpness(
        {"sharpness": on, "losses": losses}, {"sharpness": off, "losses": losses}, "en"
    )
    assert expected in text
    assert claims.residual_sharpness(
        {"sharpness": on, "losses": losses}, {"sharpness": off, "losses": losses}, "zh"
    )


# ---- the network landscape: the sharpness sentences against the table the page draws -------
def _sharpness_table(at) -> tuple[float, float]:
    """(with, without) λ_max(H) as the page's table prints them."""
    compare = at.table[0].value
    without, with_res = (float(v) for v in compare["sharpness λ_max(H)"])
    return with_res, without


@pytest.mark.parametrize(
    "query",
    [
        {},  # the default view: SGD ε = 0.5, 300 steps
        {"nl_opt": "sgd", "nl_lr": "1e-05", "nl_n": "50"},  # both slider ends
        {"nl_opt": "sgd", "nl_lr": "10", "nl_n": "1000"},
        {"nl_opt": "momentum", "nl_lr": "0.3"},  # λ of largest magnitude −3.44 here
        {"nl_opt": "adam", "nl_lr": "0.01", "nl_n": "1000"},
    ],
    ids=["default", "sgd-low", "sgd-high", "momentum", "adam"],
)
def test_the_sharpness_sentences_hold_for_the_drawn_table(query):
    from pages.network_landscape import claims

    at = open_page("network-landscape", nl_grid="21", **query)
    no_exceptions(at)
    with_res, without = _sharpness_table(at)
    text = " ".join(m.value for m in at.markdown)
    assert f"{with_res:.3g} with" in text or f"sharpness {with_res:.3g}" in text
    if abs(with_res / without - 1) <= claims.SAME_SHARPNESS:
        assert "barely change" in text
    else:
        word = "flatter" if with_res < without else "sharper"
        assert f"the end point is {word}" in text
    opt = query.get("nl_opt", "sgd")
    lr = float(query.get("nl_lr", 0.5))
    if opt == "adam":
        assert "no edge for λ_max(H)" in text and "× the edge" not in text
        return
    edge = 2 * (1.9 if opt == "momentum" else 1.0) / lr  # 2/ε, heavy ball α = 0.9: 2(1 + α)/ε
    assert f"= {edge:.3g};" in text
    for which, value in (("with residual connections", with_res), ("without,", without)):
        ratio = value / edge
        said = re.search(which + r" λ_max = ([\d.e+-]+), ([\d.e+-]+) × the edge: (\w+)", text)
        assert said, text
        assert float(said.group(2)) == pytest.approx(ratio, rel=0.01)  # 3 digits of 3 digits
        word = "at" if 0.9 <= ratio <= 1.1 else ("below" if ratio < 0.9 else "above")
        assert said.group(3) == word
    if not query:  # the lesson's point shows in its default view
        assert with_res < without / 2
        assert 0.9 <= with_res / 4 <= 1.1  # residual: at the edge 2/ε = 4


def test_the_drawn_sharpness_is_the_dense_hessians_largest_eigenvalue():
    """Momentum ε = 0.3 without residual connections ends where the eigenvalue of largest
    magnitude is negative (−3.44): power iteration printed that as λ_max."""
    import jax
    import jax.numpy as jnp

    import optimizers
    from pages.network_landscape import compute

    at = open_page("network-landscape", nl_grid="21", nl_opt="momentum", nl_lr="0.3")
    _, without = _sharpness_table(at)
    model = compute.mlp(False)
    end = optimizers.run("momentum", model.loss, model.init, 300, lr=0.3).points[-1]
    h = np.asarray(jax.jit(jax.hessian(model.loss))(jnp.asarray(end)), np.float64)
    top = np.linalg.eigvalsh((h + h.T) / 2)[-1]
    assert without == pytest.approx(top, rel=5e-3)  # the table prints 3 digits
    assert without > 0


def test_the_lessons_training_is_the_optimizers_rule():
    """One program for every optimizer and step count, step for step what `optimizers.run`
    computes."""
    import optimizers
    from pages.network_landscape import compute, model

    net = compute.mlp(True)
    for name, lr in (("sgd", 0.5), ("momentum", 0.1), ("adam", 0.01), ("rmsprop", 0.01)):
        points, losses, dead = model.train(net.loss, net.init, name, 60, lr)
        ref = optimizers.run(name, net.loss, net.init, 60, lr=lr)
        np.testing.assert_allclose(points, ref.points, atol=1e-5)
        np.testing.assert_allclose(losses, ref.losses, rtol=1e-5)
        assert dead is None and ref.diverged_at is None


_programs: list[str] = []


def _count(event, duration, **kw):
    if event == "/jax/core/compile/jaxpr_to_mlir_module_duration":
        _programs.append(event)


def test_no_control_of_the_network_landscape_compiles_after_its_warm_up():
    """The step slider's far end, another optimizer, another rate or another grid size:
    each used to compile a program of its own (about 10 s on a warm server)."""
    import jax

    from pages.network_landscape import compute

    jax.monitoring.register_event_duration_secs_listener(_count)
    compute.warm()
    before = len(_programs)
    for residual in (False, True):
        compute.trained_landscape(residual, "sgd", 0.5, 1000, 41, 1.0)
        compute.trained_landscape(residual, "momentum", 0.1, 550, 41, 1.0)
        compute.trained_landscape(residual, "rmsprop", 0.03, 300, 41, 1.0)
        compute.trained_landscape(residual, "adam", 0.01, 50, 81, 1.0)
        compute.trained_landscape(residual, "sgd", 0.5, 300, 21, 0.5)
    assert len(_programs) == before, f"{len(_programs) - before} new programs"
