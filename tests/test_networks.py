"""Network lessons' math: initialisation statistics, the note's table, zero-init symmetry,
Wᵗ norms, the MLP landscape (filter normalisation, vmapped grid, sharpness, PCA)."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import optimizers
from models import networks


@pytest.mark.parametrize(
    ("kind", "std"),
    [
        ("normal", 1.0),
        ("scaled", 1 / np.sqrt(100)),
        ("xavier_normal", np.sqrt(2 / 200)),
        ("xavier_uniform", np.sqrt(6 / 200) / np.sqrt(3)),
        ("he", np.sqrt(2 / 100)),
    ],
)
def test_init_spreads_are_the_notes_formulas(kind, std):
    w = np.asarray(networks.init_weights(kind, 100, 100, jax.random.PRNGKey(0)))
    assert w.std() == pytest.approx(std, rel=0.03)
    assert abs(w.mean()) < 0.05 * std


def test_the_notes_table_is_what_the_code_measures():
    expected = {
        1: "learns",
        2: "symmetric",
        3: "learns",
        4: "saturated",
        5: "healthy",
        6: "vanishing",
        7: "healthy",
    }
    for rid, depth, init, act, _ in networks.NOTE_TABLE:
        assert networks.measured_verdict(depth, init, act) == expected[rid], rid


def test_xavier_relu_shrinks_while_he_keeps_the_spread():
    xavier = networks.deep_stats("xavier_normal", "relu")
    he = networks.deep_stats("he", "relu")
    assert xavier.act_std[-1] < 0.35 * xavier.act_std[0]
    assert 0.7 < he.act_std[-1] / he.act_std[0] < 1.4
    sig = networks.deep_stats("normal", "sigmoid")
    assert np.mean((sig.activations[-1] < 0.05) | (sig.activations[-1] > 0.95)) > 0.4


def test_gradients_are_the_chain_rule():
    # the last layer's gradient of ½·mean‖a − target‖² is (a − target)/batch
    stats = networks.deep_stats("he", "relu", depth=2, width=8, batch=16, seed=3)
    _, ky, *_ = jax.random.split(jax.random.PRNGKey(3), 4)
    target = np.asarray(jax.random.normal(ky, (16, 8)))
    np.testing.assert_allclose(
        stats.gradients[-1], (stats.activations[-1] - target) / 16, rtol=1e-4, atol=1e-7
    )


def test_zero_init_units_stay_identical_and_random_ones_do_not():
    zero = networks.tiny_net_training("zero")
    for name in ("W1", "B1", "W2"):
        assert np.allclose(zero[name], zero[name].ravel()[0]), name
    assert abs(zero["W1"][0, 0]) > 0.1  # they did learn, identically
    rand = networks.tiny_net_training("normal")
    assert not np.allclose(rand["W1"], rand["W1"][0, 0])
    assert rand["loss"] < 0.1 * zero["loss"]  # one effective unit cannot make the bump


@pytest.mark.parametrize(("lam1", "lam2"), [(1.1, 0.5), (0.9, -0.3), (-1.2, 0.8)])
def test_orbit_norms_follow_lambda_max(lam1, lam2):
    w = networks.recurrence_matrix(lam1, lam2)
    np.testing.assert_allclose(
        np.sort(np.abs(np.linalg.eigvals(w))), sorted([abs(lam1), abs(lam2)])
    )
    path = networks.orbit(w, (1.0, 1.0), 200)
    norms = np.linalg.norm(path, axis=1)
    lam_max = max(abs(lam1), abs(lam2))
    # asymptotically ‖Wᵗv‖ ∝ |λ_max|ᵗ
    assert norms[200] / norms[199] == pytest.approx(lam_max, rel=1e-6)
    np.testing.assert_allclose(path[5], np.linalg.matrix_power(w, 5) @ [1.0, 1.0])


def test_mlp_filter_normalisation_and_grid():
    model = networks.MLP(*networks.moons(), residual=False)
    flat = model.init
    d = model.filter_normalised(flat, seed=1)
    layers, dirs = model.unravel(jnp.asarray(flat)), model.unravel(jnp.asarray(d))
    for (w, _), (dw, db) in zip(layers, dirs, strict=True):
        np.testing.assert_allclose(np.linalg.norm(dw, axis=0), np.linalg.norm(w, axis=0), rtol=1e-5)
        assert not np.any(db)
    d2 = model.filter_normalised(flat, seed=2)
    a, b, z = model.surface(flat, d, d2, 0.5, 5)
    assert z.shape == (5, 5)
    for i, bi in enumerate(b):
        for j, aj in enumerate(a):
            assert z[i, j] == pytest.approx(float(model.loss(flat + aj * d + bi * d2)), rel=1e-5)


def test_sharpness_is_the_top_hessian_eigenvalue():
    model = networks.MLP(*networks.moons(n=40), width=4, hidden=2)
    flat = jnp.asarray(model.init)
    h = np.asarray(jax.hessian(model.loss)(flat))
    top = np.linalg.eigvalsh(h)[-1]
    assert model.sharpness(flat, iters=300) == pytest.approx(top, rel=1e-3)


def test_training_learns_the_moons_and_pca_explains_the_path():
    model = networks.MLP(*networks.moons())
    traj = optimizers.run("adam", model.loss, model.init, 300, lr=0.01)
    assert traj.losses[-1] < 0.2 * traj.losses[0] and model.accuracy(traj.points[-1]) > 0.9
    dirs, coords, explained = networks.pca_directions(traj.points, traj.points[-1])
    np.testing.assert_allclose(dirs @ dirs.T, np.eye(2), atol=1e-8)
    assert explained.sum() > 0.8
    np.testing.assert_allclose(coords[-1], 0.0, atol=1e-9)
