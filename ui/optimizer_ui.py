"""What the UI knows about each optimizer, one entry per registered rule: its colour on every
page, the order in which a convergence map takes its hyper-parameters as axes, how the
step-by-step view writes its rule with numbers, whether it draws a momentum carry, and which
closed-form overlay a map gets. Adding an optimizer is its rule (`optimizers/rules.py`) plus
one entry here; `tests/test_optimizer_ui.py` fails on a rule without one, or on a
hyper-parameter an entry does not place. Pure: no Streamlit."""

from __future__ import annotations

import dataclasses

import optimizers

# How ui/explain.py substitutes the numbers into a rule; "numbers" writes θ, g and Δθ only.
EXPLAINERS = (
    "sgd",
    "momentum",
    "nesterov",
    "adagrad",
    "rmsprop",
    "adam",
    "adadelta",
    "newton",
    "saddle_free",
    "lbfgs",
    "cg",
    "numbers",
)
# Closed-form stability limits on a quadratic (optimizers/theory.py): over (ε, α) for the
# momentum rules, over (λ, ε) for damped Newton.
THEORIES = ("heavy_ball", "nesterov", "newton")


@dataclasses.dataclass(frozen=True)
class OptimizerUI:
    colour: str  # Okabe–Ito and Tol colours: distinguishable with colour-blindness
    map_axes: tuple[str, ...]  # every hyper-parameter, the map's preferred axes first
    explainer: str = "numbers"  # one of EXPLAINERS
    momentum_arrow: bool = False  # the step-by-step view draws the carry αv
    theory: str | None = None  # one of THEORIES: the map's closed-form overlay
    # ε = 1 is its whole step on any surface (Newton, L-BFGS): a surface's suggested ε, made
    # for gradient-sized steps, does not apply
    own_lr: bool = False


ADAM_AXES = ("lr", "beta1", "beta2", "eps")

ENTRIES: dict[str, OptimizerUI] = {
    "sgd": OptimizerUI("#0072B2", ("lr",), "sgd"),  # blue
    "momentum": OptimizerUI(
        "#D55E00", ("lr", "momentum"), "momentum", momentum_arrow=True, theory="heavy_ball"
    ),  # vermillion
    "nesterov": OptimizerUI(
        "#E69F00", ("lr", "momentum"), "nesterov", momentum_arrow=True, theory="nesterov"
    ),  # orange
    "adagrad": OptimizerUI("#56B4E9", ("lr", "eps"), "adagrad"),  # sky blue
    "rmsprop": OptimizerUI("#009E73", ("lr", "rho", "eps"), "rmsprop"),  # bluish green
    "adam": OptimizerUI("#CC79A7", ADAM_AXES, "adam"),  # reddish purple
    "adadelta": OptimizerUI("#999933", ("rho", "eps"), "adadelta"),  # olive
    "delta_bar_delta": OptimizerUI("#000000", ("lr", "rho", "kappa", "phi")),  # black
    "adamw": OptimizerUI("#882255", (*ADAM_AXES[:3], "weight_decay", "eps"), "adam"),  # wine
    "nadam": OptimizerUI("#332288", ADAM_AXES, "adam"),  # indigo
    "amsgrad": OptimizerUI("#44AA99", ADAM_AXES, "adam"),  # teal
    "lion": OptimizerUI("#CC6677", ("lr", "beta1", "beta2", "weight_decay")),  # rose
    # a map of a Newton rule: damping λ (x) against ε (y)
    "newton": OptimizerUI(
        "#117733", ("damping", "lr"), "newton", own_lr=True, theory="newton"
    ),  # dark green
    "saddle_free_newton": OptimizerUI(
        "#AA4499", ("damping", "lr"), "saddle_free", own_lr=True
    ),  # purple
    "lbfgs": OptimizerUI("#DDAA33", ("lr", "memory", "linesearch"), "lbfgs", own_lr=True),  # ochre
    "nonlinear_cg": OptimizerUI("#661100", ("lr", "linesearch"), "cg", own_lr=True),  # brown
}
UNKNOWN = OptimizerUI("#555555", ())


def suggested_lr(name: str, lr_hint: tuple[float, float]) -> float:
    """The ε a page starts `name` with on a surface whose `lr_hint` is (for gradient-sized
    steps, for normalised steps): the hint that fits the rule, or its own default."""
    opt = optimizers.get(name)
    if get(name).own_lr:
        return opt.spec("lr").default
    return lr_hint[1] if opt.normalised else lr_hint[0]


def get(name: str) -> OptimizerUI:
    """The entry of a registered optimizer (a grey one without a place for anything else)."""
    return ENTRIES.get(name, UNKNOWN)
