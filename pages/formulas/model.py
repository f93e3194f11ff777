"""The sheet's content (no Streamlit): groups in the course's order, each a list of formulas.
An optimizer's rule is its registration's LaTeX (`Optimizer.latex_lines`), a schedule's is
`optimizers.schedules.LATEX`: the sheet shows what the app runs."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

import optimizers
from optimizers import schedules
from pages.formulas.strings import STRINGS


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


# The course's order (ui/course.py's chapters): each group names its chapter, and a chapter
# that holds two groups numbers them 2.1, 2.2. Each group's optimizers as registered. A long
# formula is split into lines (`aligned` at its relation, or `gathered`) so it fits a 390 px
# phone's column.
_GROUPS: tuple[tuple[str, str, tuple[Formula, ...]], ...] = (
    ("gd", "gd", (
        _opt("sgd"),
        Formula("formulas.f.minibatch",
                r"\hat g = \frac{1}{m} \sum_{i=1}^{m} \nabla_\theta L(f(x^{(i)}; \theta), y^{(i)})",
                "000 Alg. 8.1"),
        Formula("formulas.f.directional",
                r"\begin{aligned} D_u L(\theta) &= \nabla L(\theta)^{\top} u \\ "
                r"&= \lVert \nabla L \rVert \cos\varphi \end{aligned}",
                "004"),
    )),
    ("taylor", "scaling", (
        Formula("formulas.f.taylor1",
                r"L(\theta + \delta) \approx L(\theta) + \nabla L(\theta)^{\top} \delta", "001"),
        Formula("formulas.f.taylor2",
                r"\begin{aligned} L(\theta + \delta) \approx{}& L(\theta) + g^{\top} \delta \\ "
                r"&+ \tfrac12\, \delta^{\top} H \delta \end{aligned}", "Goodfellow 8.2"),
        Formula("formulas.f.eigen_step",
                r"\begin{aligned} \theta_i &\leftarrow (1 - \varepsilon \lambda_i)\, \theta_i \\ "
                r"&\Rightarrow\ |1 - \varepsilon\lambda_i| < 1 \\ "
                r"&\iff 0 < \varepsilon < \frac{2}{\lambda_i} \end{aligned}",
                "001"),
        Formula("formulas.f.threshold", r"\varepsilon\,\lambda_{\max} < 2", "001; Cohen et al. 2021"),
        Formula("formulas.f.threshold_momentum", r"\varepsilon\,\lambda_{\max} < 2(1+\alpha)",
                "Cohen et al. 2021"),
        Formula("formulas.f.condition",
                r"\begin{gathered} \kappa = \frac{\lambda_{\max}}{\lambda_{\min}},\qquad "
                r"\varepsilon^{*} = \frac{2}{\lambda_{\min} + \lambda_{\max}} \\ "
                r"\frac{L_t - L^{*}}{L_0 - L^{*}} \le \Big(\frac{\kappa - 1}{\kappa + 1}\Big)^{2t}"
                r" \end{gathered}",
                "001"),
        # min-max as the lesson computes it (models.datasets.divisors): centred, divided by
        # half the range, so the features end in about [-1, 1]
        Formula("formulas.f.feature_scaling",
                r"\begin{gathered} x' = \frac{x - \mu}{\sigma} \\ "
                r"x' = \frac{2(x - \mu)}{\max x - \min x} \end{gathered}", "001"),
    )),
    ("newton", "scaling", (
        Formula("formulas.f.newton1d", r"\theta \leftarrow \theta - \frac{g}{h},\quad h = L''(\theta)",
                "001"),
        _opt("newton"),
        _opt("saddle_free_newton"),
        _opt("lbfgs"),
        _opt("nonlinear_cg"),
    )),
    ("critical", "critical", (
        Formula("formulas.f.critical",
                r"\begin{aligned} &\nabla L(\theta) = 0: \\ "
                r"&H \succ 0 \Rightarrow \text{minimum} \\ "
                r"&H \prec 0 \Rightarrow \text{maximum} \\ "
                r"&\lambda_i(H)\ \text{of both signs} \Rightarrow \text{saddle point} \end{aligned}",
                "003"),
        Formula("formulas.f.two_neuron", r"L(w_1, w_2) = (1 - w_1 w_2)^2", "003"),
    )),
    ("cliffs", "cliffs", (
        Formula("formulas.f.clip",
                r"\lVert g \rVert > c \;\Rightarrow\; g \leftarrow \frac{c\, g}{\lVert g \rVert}",
                "000"),
        Formula("formulas.f.power",
                r"\begin{aligned} W &= V \operatorname{diag}(\lambda) V^{-1} \\ "
                r"\Rightarrow\ W^t &= V \operatorname{diag}(\lambda)^t V^{-1} \end{aligned}", "000"),
    )),
    ("momentum", "momentum", (
        _opt("momentum"),
        _opt("nesterov"),
        Formula("formulas.f.momentum_terminal",
                r"g\ \text{constant}:\quad v \to -\frac{\varepsilon\, g}{1 - \alpha}", "Goodfellow 8.3.2"),
    )),
    ("adaptive", "momentum", (
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
    ("schedules", "schedules", tuple(_sched(kind) for kind in schedules.KINDS)),
    ("init", "init", (
        Formula("formulas.f.uniform",
                r"W_{ij} \sim U\!\left(-\tfrac{1}{\sqrt{n_{in}}},\ \tfrac{1}{\sqrt{n_{in}}}\right)",
                "000"),
        Formula("formulas.f.xavier",
                r"\begin{gathered} W_{ij} \sim U\!\left(\pm\sqrt{\tfrac{6}{n_{in} + n_{out}}}\right) \\ "
                r"\operatorname{Var}(W) = \frac{2}{n_{in} + n_{out}} \end{gathered}", "000, 002"),
        Formula("formulas.f.he", r"\operatorname{Var}(W) = \frac{2}{n_{in}}", "002"),
    )),
    ("regularisation", "reg", (
        Formula("formulas.f.l2",
                r"\begin{gathered} \tilde J(w) = J(w) + \tfrac{\lambda}{2}\lVert w\rVert_2^2 \\ "
                r"w \leftarrow w - \varepsilon(\nabla J(w) + \lambda w) \end{gathered}", "002"),
        Formula("formulas.f.l1",
                r"\begin{gathered} \tilde J(w) = J(w) + \lambda\lVert w\rVert_1 \\ "
                r"w \leftarrow w - \varepsilon(\nabla J(w) + \lambda \operatorname{sign}(w)) "
                r"\end{gathered}", "002"),
        Formula("formulas.f.dropout",
                r"\begin{aligned} &m_i \sim \operatorname{Bernoulli}(1 - p) \\ "
                r"&\text{training:}\ \tilde h = \frac{m \odot h}{1 - p} \\ "
                r"&\text{test:}\ \tilde h = h \end{aligned}", "002"),
        Formula("formulas.f.early_stopping", r"k^{*} = \arg\min_k L_{\text{val}}(\theta_k)", "002"),
    )),
    ("batchnorm", "bn", (
        Formula("formulas.f.bn",
                r"\begin{aligned} \mu_B &= \frac{1}{m}\sum_i z_i \\ "
                r"\sigma_B^2 &= \frac{1}{m}\sum_i (z_i - \mu_B)^2 \\ "
                r"\hat z_i &= \frac{z_i - \mu_B}{\sqrt{\sigma_B^2 + \delta}} \\ "
                r"y_i &= \gamma \hat z_i + \beta \end{aligned}", "000"),
        Formula("formulas.f.bn_test",
                r"\begin{aligned} \bar\mu &\leftarrow \varrho\bar\mu + (1-\varrho)\mu_B \\ "
                r"\bar\sigma^2 &\leftarrow \varrho\bar\sigma^2 + (1-\varrho)\sigma_B^2 \\ "
                r"\text{test:}\ y &= \gamma \frac{z - \bar\mu}{\sqrt{\bar\sigma^2 + \delta}} + \beta"
                r" \end{aligned}",
                "Ioffe & Szegedy 2015"),
        Formula("formulas.f.smoothness",
                r"\lVert \nabla L(a) - \nabla L(b) \rVert \le \beta \lVert a - b \rVert",
                "Santurkar et al. 2018"),
    )),
    ("landscape", "real", (
        Formula("formulas.f.slice", r"\begin{gathered} L(\theta^{*} + a\,d_1 + b\,d_2) \\ "
                r"d_{i,j} \leftarrow \frac{d_{i,j}}{\lVert d_{i,j} \rVert} \lVert \theta^{*}_{i,j} \rVert"
                r" \end{gathered}",
                "004; Li et al. 2018"),
        Formula("formulas.f.hvp",
                r"H v = \frac{\partial}{\partial r}\,\nabla L(\theta + r v)\Big|_{r=0}",
                "Cohen et al. 2021"),
    )),
)  # fmt: skip

GROUPS: tuple[tuple[str, tuple[Formula, ...]], ...] = tuple((g, fs) for g, _, fs in _GROUPS)
CHAPTER: dict[str, str] = {group: chapter for group, chapter, _ in _GROUPS}


def numbers(chapters: Sequence[str]) -> dict[str, str]:
    """Each group's number: its chapter's place in `chapters` (the course's chapter keys in
    order, ui/course.py), "2.1", "2.2" when a chapter holds two."""
    index = {key: n for n, key in enumerate(chapters, 1)}
    out = {}
    for group, chapter, _ in _GROUPS:
        siblings = [g for g, c, _ in _GROUPS if c == chapter]
        n = index[chapter]
        out[group] = str(n) if len(siblings) == 1 else f"{n}.{siblings.index(group) + 1}"
    return out


def every_formula() -> tuple[Formula, ...]:
    return tuple(f for _, formulas in GROUPS for f in formulas)


_LOSS_J = re.compile(r"(?<![A-Za-z\\])J(?![A-Za-z])")


# The words inside a formula's \text{...} (the sheet's and the registrations'), each a catalog
# key "formulas.w.*" whose English is the word as written: the 中文 sheet shows its 中文.
def _words() -> dict[str, str]:
    return {v["en"]: k for k, v in STRINGS.items() if k.startswith("formulas.w.")}


_TEXT = re.compile(r"\\text\{([^{}]*)\}")


def display(latex: str, lang: str = "en") -> str:
    """A formula as the sheet shows it, in the lessons' symbols and the reader's language: the
    loss L (not J), the learning rate \\varepsilon (not \\varepsilon), and each \\text{word} in
    `lang`. The optimizers' registered LaTeX, used as is elsewhere, writes J and \\varepsilon; it
    is converted here, at display time, only."""
    words = _words()

    def word(m: re.Match[str]) -> str:
        return r"\text{" + STRINGS[words[m[1]]][lang] + "}" if m[1] in words else m[0]

    latex = _TEXT.sub(word, latex)
    return _LOSS_J.sub("L", latex).replace(r"\varepsilon", r"\varepsilon")


# A source's English words (the registrations' sources are English): "et al." is "等" in 中文,
# as the lessons write it ("Li 等 2018"); the longer phrases are catalog keys "formulas.s.*".
_SOURCE_WORDS = {" et al.": " 等", "Alg. ": "算法 "}


def source(formula: Formula, lang: str) -> str:
    """Where a formula comes from (note §, book, paper), in `lang`, its notes still by file
    number ("000 算法 8.1"): the page writes them as the reader's references (`ui.notes`)."""
    text = formula.source
    if lang != "zh":
        return text
    for key, value in STRINGS.items():
        if key.startswith("formulas.s."):
            text = text.replace(value["en"], value["zh"])
    for en, zh in _SOURCE_WORDS.items():
        text = text.replace(en, zh)
    return text
