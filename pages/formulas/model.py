"""The sheet's content (no Streamlit): groups in the course's order, each a list of formulas.
An optimizer's rule is its registration's LaTeX (`Optimizer.latex_lines`), a schedule's is
`optimizers.schedules.LATEX`: the sheet shows what the app runs."""

from __future__ import annotations

import dataclasses
import re

import optimizers
from optimizers import schedules


@dataclasses.dataclass(frozen=True)
class Formula:
    """One line of the sheet: its label (a catalog key), its LaTeX and its source (note §).

    `optimizer`/`schedule` name the registration it was read from, when it was."""

    label_key: str
    latex: str
    source: str = ""
    optimizer: str = ""
    schedule: str = ""


def _opt(name: str) -> Formula:
    opt = optimizers.OPTIMIZERS[name]
    return Formula(opt.title_key, opt.latex_lines, opt.source, optimizer=name)


def _sched(kind: str) -> Formula:
    return Formula(f"schedule.{kind}", schedules.LATEX[kind], "000, 001", schedule=kind)


# The course's order (the start page's chapters): each group's optimizers as registered.
_GROUPS: tuple[tuple[str, tuple[Formula, ...]], ...] = (
    ("gd", (
        _opt("sgd"),
        Formula("formulas.f.minibatch",
                r"\hat g = \frac{1}{m} \sum_{i=1}^{m} \nabla_\theta L(f(x^{(i)}; \theta), y^{(i)})",
                "000 Alg. 8.1"),
        Formula("formulas.f.directional",
                r"D_u L(\theta) = \nabla L(\theta)^{\top} u = \lVert \nabla L \rVert \cos\varphi",
                "004"),
    )),
    ("taylor", (
        Formula("formulas.f.taylor1",
                r"L(\theta + \delta) \approx L(\theta) + \nabla L(\theta)^{\top} \delta", "001"),
        Formula("formulas.f.taylor2",
                r"L(\theta + \delta) \approx L(\theta) + g^{\top} \delta "
                r"+ \tfrac12\, \delta^{\top} H \delta", "Goodfellow 8.2"),
        Formula("formulas.f.eigen_step",
                r"\theta_i \leftarrow (1 - \varepsilon \lambda_i)\, \theta_i"
                r"\quad\Rightarrow\quad |1 - \varepsilon\lambda_i| < 1 \iff 0 < \varepsilon < \frac{2}{\lambda_i}",
                "001"),
        Formula("formulas.f.threshold", r"\varepsilon\,\lambda_{\max} < 2", "001; Cohen et al. 2021"),
        Formula("formulas.f.threshold_momentum", r"\varepsilon\,\lambda_{\max} < 2(1+\alpha)",
                "Cohen et al. 2021"),
        Formula("formulas.f.condition",
                r"\kappa = \frac{\lambda_{\max}}{\lambda_{\min}},\qquad "
                r"\varepsilon^{*} = \frac{2}{\lambda_{\min} + \lambda_{\max}},\qquad "
                r"\frac{L_t - L^{*}}{L_0 - L^{*}} \le \Big(\frac{\kappa - 1}{\kappa + 1}\Big)^{2t}",
                "001"),
        Formula("formulas.f.feature_scaling",
                r"x' = \frac{x - \mu}{\sigma}\qquad x' = \frac{x - \min x}{\max x - \min x}", "001"),
    )),
    ("critical", (
        Formula("formulas.f.critical",
                r"\nabla L(\theta) = 0:\ H \succ 0\ \text{min},\ H \prec 0\ \text{max},\ "
                r"\lambda_i(H)\ \text{of both signs: saddle}", "003"),
        Formula("formulas.f.two_neuron", r"L(w_1, w_2) = (1 - w_1 w_2)^2", "003"),
    )),
    ("newton", (
        Formula("formulas.f.newton1d", r"\theta \leftarrow \theta - \frac{g}{h},\quad h = L''(\theta)",
                "001"),
        _opt("newton"),
        _opt("saddle_free_newton"),
        _opt("lbfgs"),
        _opt("nonlinear_cg"),
    )),
    ("cliffs", (
        Formula("formulas.f.clip",
                r"\lVert g \rVert > c \;\Rightarrow\; g \leftarrow \frac{c\, g}{\lVert g \rVert}",
                "000"),
        Formula("formulas.f.power",
                r"W = V \operatorname{diag}(\lambda) V^{-1}\ \Rightarrow\ "
                r"W^t = V \operatorname{diag}(\lambda)^t V^{-1}", "000"),
    )),
    ("momentum", (
        _opt("momentum"),
        _opt("nesterov"),
        Formula("formulas.f.momentum_terminal",
                r"\text{constant } g:\quad v \to -\frac{\varepsilon\, g}{1 - \alpha}", "Goodfellow 8.3.2"),
    )),
    ("adaptive", (
        _opt("adagrad"),
        _opt("rmsprop"),
        _opt("adam"),
        _opt("adadelta"),
        _opt("delta_bar_delta"),
        _opt("adamw"),
        _opt("nadam"),
        _opt("amsgrad"),
        _opt("lion"),
    )),
    ("schedules", tuple(_sched(kind) for kind in schedules.KINDS)),
    ("init", (
        Formula("formulas.f.uniform",
                r"W_{ij} \sim U\!\left(-\tfrac{1}{\sqrt{n_{in}}},\ \tfrac{1}{\sqrt{n_{in}}}\right)",
                "000"),
        Formula("formulas.f.xavier",
                r"W_{ij} \sim U\!\left(\pm\sqrt{\tfrac{6}{n_{in} + n_{out}}}\right),\qquad "
                r"\operatorname{Var}(W) = \frac{2}{n_{in} + n_{out}}", "000, 002"),
        Formula("formulas.f.he", r"\operatorname{Var}(W) = \frac{2}{n_{in}}", "002"),
    )),
    ("regularisation", (
        Formula("formulas.f.l2",
                r"\tilde J(w) = J(w) + \tfrac{\lambda}{2}\lVert w\rVert_2^2,\qquad "
                r"w \leftarrow w - \varepsilon(\nabla J(w) + \lambda w)", "002"),
        Formula("formulas.f.l1",
                r"\tilde J(w) = J(w) + \lambda\lVert w\rVert_1,\qquad "
                r"w \leftarrow w - \varepsilon(\nabla J(w) + \lambda \operatorname{sign}(w))", "002"),
        Formula("formulas.f.dropout",
                r"m_i \sim \operatorname{Bernoulli}(1 - p),\qquad \tilde h = \frac{m \odot h}{1 - p}"
                r"\ \text{(training)},\qquad \tilde h = h\ \text{(test)}", "002"),
        Formula("formulas.f.early_stopping", r"k^{*} = \arg\min_k L_{\text{val}}(\theta_k)", "002"),
    )),
    ("batchnorm", (
        Formula("formulas.f.bn",
                r"\mu_B = \frac{1}{m}\sum_i z_i,\quad \sigma_B^2 = \frac{1}{m}\sum_i (z_i - \mu_B)^2,"
                r"\quad \hat z_i = \frac{z_i - \mu_B}{\sqrt{\sigma_B^2 + \varepsilon}},"
                r"\quad y_i = \gamma \hat z_i + \beta", "000"),
        Formula("formulas.f.bn_test",
                r"\bar\mu \leftarrow \varrho\bar\mu + (1-\varrho)\mu_B,\quad "
                r"\bar\sigma^2 \leftarrow \varrho\bar\sigma^2 + (1-\varrho)\sigma_B^2;\quad "
                r"\text{test: } y = \gamma \frac{z - \bar\mu}{\sqrt{\bar\sigma^2 + \varepsilon}} + \beta",
                "Ioffe & Szegedy 2015"),
        Formula("formulas.f.smoothness",
                r"\lVert \nabla L(a) - \nabla L(b) \rVert \le \beta \lVert a - b \rVert",
                "Santurkar et al. 2018"),
    )),
    ("landscape", (
        Formula("formulas.f.slice", r"L(\theta^{*} + a\,d_1 + b\,d_2),\qquad "
                r"d_{i,j} \leftarrow \frac{d_{i,j}}{\lVert d_{i,j} \rVert} \lVert \theta^{*}_{i,j} \rVert",
                "004; Li et al. 2018"),
        Formula("formulas.f.hvp",
                r"H v = \frac{\partial}{\partial r}\,\nabla L(\theta + r v)\Big|_{r=0}",
                "Cohen et al. 2021"),
    )),
)  # fmt: skip

GROUPS = _GROUPS


def every_formula() -> tuple[Formula, ...]:
    return tuple(f for _, formulas in GROUPS for f in formulas)


_LOSS_J = re.compile(r"(?<![A-Za-z\\])J(?![A-Za-z])")


def display(latex: str) -> str:
    """A formula as the sheet shows it, in the lessons' symbols: the loss L (not J). The
    optimizers' registered LaTeX, used as is elsewhere, writes J; it is converted here, at
    display time, only (the learning rate is \\varepsilon, ε, everywhere already)."""
    return _LOSS_J.sub("L", latex)
