"""Initialising from a pre-trained network (note 000): the pre-trained hidden layers give task B
a better result from few examples, the slice passes through the points it names and its losses
are the network's, and every sentence states the run's numbers."""

import re

import jax.numpy as jnp
import numpy as np
import pytest

from models import digits
from pages.pretraining import claims
from tests.lessons import chart, lines, no_exceptions, open_page


@pytest.fixture(scope="module")
def default():
    return digits.fine_tune(50)


def test_pretraining_learns_the_ten_digits_and_helps_even_or_odd(default):
    assert default.pretrain_accuracy > 0.9
    assert default.accuracy["pretrained"] > default.accuracy["random"] + 0.03
    assert default.valid["pretrained"].min() < default.valid["random"].min()


def test_the_slice_holds_both_starts_and_the_networks_own_losses(default):
    p, r = default.path["pretrained"], default.path["random"]
    np.testing.assert_allclose(r[0], [0.0, 0.0], atol=1e-9)  # the random start is the origin
    assert p[0][0] > 0 and abs(p[0][1]) < 1e-6  # the pre-trained start on the first axis
    assert abs(p[-1][1]) > 0  # its end spans the second
    assert np.isfinite(default.slice_loss).all() and default.slice_loss.min() >= 0
    d = digits.data()
    assert len(d.y_test) + len(d.y_train) + len(d.y_valid) == 1797


def test_the_fine_tuning_step_is_plain_sgd():
    """Two SGD steps of the shared program against the rule written out by hand."""
    import jax

    key = jax.random.PRNGKey(3)
    params = digits.init(key)
    x = jnp.asarray(digits.data().x_train[:20])
    y = jnp.asarray(digits.data().y_train[:20])
    got, _, _ = digits._sgd(params, x, y, x, y, key, steps=2, every=1)
    expected = params
    for k in range(2):
        idx = jax.random.choice(jax.random.fold_in(key, k), 20, (digits.BATCH,), replace=False)
        g = jax.grad(digits._loss)(expected, x[idx], y[idx])
        expected = [
            (w - digits.LR * gw, b - digits.LR * gb)
            for (w, b), (gw, gb) in zip(expected, g, strict=True)
        ]
    for (w, b), (ew, eb) in zip(got, expected, strict=True):
        np.testing.assert_allclose(w, ew, rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(b, eb, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("n", digits.N_EXAMPLES)
def test_every_sentence_states_the_runs_numbers(n):
    ft = digits.fine_tune(n)
    accuracy, _ = claims.fine_tuning(ft, "en")
    numbers = [float(v) for v in re.findall(r"\d+\.\d+|\d+", accuracy)]
    assert numbers == pytest.approx(
        [
            round(ft.pretrain_accuracy, 3),
            n,
            round(ft.accuracy["pretrained"], 3),
            round(ft.accuracy["random"], 3),
        ]
    )
    assert ("did not help" in accuracy) == (ft.accuracy["pretrained"] <= ft.accuracy["random"])


def test_task_b_has_a_two_way_output_layer_that_starts_at_an_even_guess():
    """Even or odd is two classes: the new output layer has two outputs and starts at zero, so
    both starts' loss is ln 2 (a ten-way head would start near ln 10 = 2.30)."""
    w, b = digits.new_head()
    assert w.shape == (digits.LAYERS[-2], 2) and b.shape == (2,)
    ft = digits.fine_tune(50)
    assert ft.valid["random"][0] == pytest.approx(np.log(2), abs=1e-4)
    assert ft.valid["pretrained"][0] == pytest.approx(np.log(2), abs=1e-4)


@pytest.mark.parametrize("n", digits.N_EXAMPLES)
def test_the_curves_sentence_is_what_the_curves_draw(n):
    """Read back from the drawn validation curves: where each starts (ln 2 = 0.693, an even
    guess), where each is lowest and at which step."""
    at = open_page("pretraining", pt_n=str(n))
    no_exceptions(at)
    drawn = lines(chart(at, "pt_curves"))
    (sp, p), (sr, r) = drawn["pre-trained start"], drawn["random start"]
    assert p[0] == pytest.approx(np.log(2), abs=1e-4)  # 2.30 ≈ ln 10 with a ten-way head
    assert r[0] == pytest.approx(np.log(2), abs=1e-4)
    said = [line for m in at.markdown for line in m.value.split("\n")]
    sentence = next(line for line in said if "validation loss" in line)
    assert "Both runs start at a validation loss of 0.693 = ln 2" in sentence
    after = sentence.split("ln 2", 1)[1]
    stated = [float(v) for v in re.findall(r"\d+(?:\.\d+)?", after)]
    assert stated == pytest.approx([sp[p.argmin()], p.min(), r.min(), sr[r.argmin()]], rel=5e-3)


def test_the_page_draws_both_runs():
    at = open_page("pretraining", pt_n="20")
    no_exceptions(at)
    ft = digits.fine_tune(20)
    curves = chart(at, "pt_curves")
    assert len(curves["data"]) == 2
    text = " ".join(m.value for m in at.markdown)
    assert f"from 20 examples to a test accuracy of {ft.accuracy['pretrained']:.3f}" in text
    slice_ = chart(at, "pt_slice")
    assert slice_["data"][0]["type"] == "contour"


def test_the_validation_loss_axis_has_readable_ticks_inside_the_drawn_range():
    """Fresh read: the log loss axis ticked whole decades only, so a range under one decade
    (0.2–0.9 here) showed one label. Now at least two round ticks, each inside the drawn
    range, each label the value it stands at."""
    import json

    from tests import ledger as reader

    at = open_page("pretraining")
    fig = next(
        json.loads(e.proto.spec) for e in at.get("plotly_chart") if "pt_curves" in e.proto.id
    )
    drawn = np.concatenate([reader.xy(t)[1] for t in reader.traces(fig).values()])
    drawn = drawn[np.isfinite(drawn)]
    yaxis = fig["layout"]["yaxis"]
    assert yaxis["type"] == "log"
    labels, values = yaxis.get("ticktext", []), yaxis.get("tickvals", [])
    assert len(labels) >= 2
    for label, value in zip(labels, values, strict=True):
        assert reader.number(label) == pytest.approx(value, rel=1e-6)
        assert drawn.min() * (1 - 1e-6) <= value <= drawn.max() * (1 + 1e-6)
