"""The notes' seven rules written plainly in NumPy, one Python loop iteration per step.

Independent of the JAX engine on purpose: it is the tests' oracle for every rule optax does not
share (Nesterov's look-ahead form, delta-bar-delta) and the benchmark's baseline.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

Grad = Callable[[np.ndarray], np.ndarray]


def run(name: str, grad: Grad, start, steps: int, **hp: float) -> np.ndarray:
    """The points θ₀ … θ_steps of rule `name` with gradient function `grad`, in float64."""
    theta = np.asarray(start, dtype=np.float64).copy()
    zeros = np.zeros_like(theta)
    v, r, s, t = zeros.copy(), zeros.copy(), zeros.copy(), 0
    c, bar = np.ones_like(theta), zeros.copy()
    points = [theta.copy()]
    for _ in range(steps):
        if name == "sgd":
            theta = theta - hp["lr"] * grad(theta)
        elif name == "momentum":
            v = hp["momentum"] * v - hp["lr"] * grad(theta)
            theta = theta + v
        elif name == "nesterov":
            g = grad(theta + hp["momentum"] * v)
            v = hp["momentum"] * v - hp["lr"] * g
            theta = theta + v
        elif name == "adagrad":
            g = grad(theta)
            r = r + g * g
            theta = theta - hp["lr"] / (hp["eps"] + np.sqrt(r)) * g
        elif name == "rmsprop":
            g = grad(theta)
            r = hp["rho"] * r + (1 - hp["rho"]) * g * g
            theta = theta - hp["lr"] / np.sqrt(hp["eps"] + r) * g
        elif name == "adam":
            g = grad(theta)
            t += 1
            s = hp["beta1"] * s + (1 - hp["beta1"]) * g
            r = hp["beta2"] * r + (1 - hp["beta2"]) * g * g
            s_hat = s / (1 - hp["beta1"] ** t)
            r_hat = r / (1 - hp["beta2"] ** t)
            theta = theta - hp["lr"] * s_hat / (np.sqrt(r_hat) + hp["eps"])
        elif name == "adadelta":
            g = grad(theta)
            s = hp["rho"] * s + (1 - hp["rho"]) * g * g
            delta = np.sqrt((r + hp["eps"]) / (s + hp["eps"])) * g
            theta = theta - delta
            r = hp["rho"] * r + (1 - hp["rho"]) * delta * delta
        elif name == "delta_bar_delta":
            g = grad(theta)
            agree = bar * g
            c = np.where(agree > 0, c + hp["kappa"], np.where(agree < 0, c * (1 - hp["phi"]), c))
            theta = theta - hp["lr"] * c * g
            bar = (1 - hp["rho"]) * g + hp["rho"] * bar
        else:
            raise ValueError(f"no NumPy reference for {name!r}")
        points.append(theta.copy())
    return np.array(points)


RULES = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adadelta", "delta_bar_delta")
