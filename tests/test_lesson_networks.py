"""The network lessons through AppTest: the plotted numbers against the math."""

import html

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
