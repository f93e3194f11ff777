"""The one translation catalog: every string a person reads, in 中文 and English.

Keys are dotted ASCII. `t(key, lang, **fmt)` looks a key up and fills `{placeholders}`.
"""

from __future__ import annotations

LANGS = ("zh", "en")
DEFAULT_LANG = "en"

CATALOG: dict[str, dict[str, str]] = {
    # ---- app ----------------------------------------------------------------------------------
    "app.title": {"zh": "损失曲面上的优化器", "en": "Optimizers on a loss landscape"},
    "app.tagline": {
        "zh": "看梯度下降、动量、RMSProp 与 Adam 如何在损失曲面上行进。",
        "en": "See how gradient descent, momentum, RMSProp and Adam move on a loss surface.",
    },
    "app.language": {"zh": "语言", "en": "Language"},
    "app.about.title": {"zh": "关于", "en": "About"},
    "app.about.body": {
        "zh": (
            "课程内容来自五份中文讲义（Goodfellow 等《深度学习》第 8 章；网络优化；"
            "李宏毅《深度学习》临界点；优化器背后的数学）。公式使用讲义的符号：ε、α、ρ、δ、ρ₁、ρ₂。"
        ),
        "en": (
            "Lessons follow five Chinese lecture notes (Goodfellow et al., Deep Learning ch. 8; "
            "network optimisation; critical points after Hung-yi Lee; the mathematics behind "
            "optimizers). Formulas use the notes' symbols: ε, α, ρ, δ, ρ₁, ρ₂."
        ),
    },
    # ---- landscapes ---------------------------------------------------------------------------
    "landscape.bowl.title": {"zh": "狭长碗形 x²/10 + y²", "en": "Elongated bowl x²/10 + y²"},
    "landscape.bowl.blurb": {
        "zh": "讲义 002 图 15-8 的曲面：x 方向平缓、y 方向陡峭，SGD 在此锯齿前进。",
        "en": "Note 002, fig. 15-8: gentle along x, steep along y, so SGD zig-zags.",
    },
    "landscape.saddle.title": {"zh": "鞍点 x² − y²", "en": "Saddle x² − y²"},
    "landscape.saddle.blurb": {
        "zh": "原点梯度为零，却不是极小值：沿 y 方向仍可下降。",
        "en": "The gradient vanishes at the origin, yet it is no minimum: y still goes down.",
    },
    "landscape.monkey_saddle.title": {"zh": "猴鞍 x³ − 3xy²", "en": "Monkey saddle x³ − 3xy²"},
    "landscape.monkey_saddle.blurb": {
        "zh": "三条下降的山谷汇于原点，Hessian 在原点为零（退化临界点）。",
        "en": "Three valleys meet at the origin, where the Hessian is zero (degenerate).",
    },
    "landscape.plateau.title": {"zh": "高原", "en": "Plateau"},
    "landscape.plateau.blurb": {
        "zh": "宽阔平坦的高原包围着一个盆地，远处梯度几乎为零（讲义 000）。",
        "en": "A wide flat plateau around one basin; far out the gradient is almost zero (note 000).",
    },
    "landscape.cliff.title": {"zh": "悬崖", "en": "Cliff"},
    "landscape.cliff.blurb": {
        "zh": "平缓的高原尽头是陡峭的悬崖，撞上悬崖的一步会被抛得很远（讲义 000）。",
        "en": "A gentle plateau ends in a sheer cliff; a step that hits it is thrown far (note 000).",
    },
    "landscape.rosenbrock.title": {"zh": "Rosenbrock 香蕉谷", "en": "Rosenbrock banana valley"},
    "landscape.rosenbrock.blurb": {
        "zh": "弯曲狭窄的山谷，谷底几乎平坦，极小值在 (1, 1)。",
        "en": "A curved, narrow valley with an almost flat floor; the minimum is at (1, 1).",
    },
    "landscape.himmelblau.title": {
        "zh": "Himmelblau（四个极小值）",
        "en": "Himmelblau (four minima)",
    },
    "landscape.himmelblau.blurb": {
        "zh": "四个同样低的极小值、四个鞍点和一个极大值：起点决定终点。",
        "en": "Four equally low minima, four saddles and one maximum: the start decides the end.",
    },
    "landscape.rastrigin.title": {
        "zh": "Rastrigin（众多局部极小值）",
        "en": "Rastrigin (many local minima)",
    },
    "landscape.rastrigin.blurb": {
        "zh": "规则排列的局部极小值包围着原点处的全局极小值。",
        "en": "A grid of local minima around the global minimum at the origin.",
    },
    "landscape.two_neuron.title": {"zh": "两个神经元 (1 − w₁w₂)²", "en": "Two neurons (1 − w₁w₂)²"},
    "landscape.two_neuron.blurb": {
        "zh": "讲义 003：y = w₁w₂x 拟合 (1, 1)，原点是鞍点，极小值在 w₁w₂ = 1 上。",
        "en": "Note 003: y = w₁w₂x fit to (1, 1); a saddle at the origin, minima on w₁w₂ = 1.",
    },
    "landscape.x_plus_sin.title": {"zh": "x + sin x", "en": "x + sin x"},
    "landscape.x_plus_sin.blurb": {
        "zh": "讲义 004：从 x₀ = 2.5 出发，学习率 1、0.1、0.01 的差别。",
        "en": "Note 004: from x₀ = 2.5, what learning rates 1, 0.1 and 0.01 do.",
    },
    "landscape.sin_minus_square.title": {"zh": "25 sin x − x²", "en": "25 sin x − x²"},
    "landscape.sin_minus_square.blurb": {
        "zh": "讲义 004：多个局部极小值与极大值。",
        "en": "Note 004: several local minima and maxima.",
    },
    "landscape.parabola.title": {"zh": "抛物线 x²", "en": "Parabola x²"},
    "landscape.parabola.blurb": {
        "zh": "最简单的凸函数：学习率大于 1 时发散。",
        "en": "The simplest convex function: a learning rate above 1 diverges.",
    },
    # ---- optimizers ---------------------------------------------------------------------------
    "optimizer.sgd.title": {"zh": "SGD", "en": "SGD"},
    "optimizer.momentum.title": {"zh": "动量 Momentum", "en": "Momentum"},
    "optimizer.nesterov.title": {"zh": "Nesterov 动量", "en": "Nesterov"},
    "optimizer.adagrad.title": {"zh": "AdaGrad", "en": "AdaGrad"},
    "optimizer.rmsprop.title": {"zh": "RMSProp", "en": "RMSProp"},
    "optimizer.adam.title": {"zh": "Adam", "en": "Adam"},
    "optimizer.adadelta.title": {"zh": "AdaDelta", "en": "AdaDelta"},
    "optimizer.delta_bar_delta.title": {"zh": "Delta-bar-Delta", "en": "Delta-bar-Delta"},
    "optimizer.adamw.title": {"zh": "AdamW", "en": "AdamW"},
    "optimizer.nadam.title": {"zh": "NAdam", "en": "NAdam"},
    "optimizer.amsgrad.title": {"zh": "AMSGrad", "en": "AMSGrad"},
    "optimizer.lion.title": {"zh": "Lion", "en": "Lion"},
    # ---- hyper-parameters ---------------------------------------------------------------------
    "hp.lr": {"zh": "学习率 ε", "en": "learning rate ε"},
    "hp.momentum": {"zh": "动量参数 α", "en": "momentum α"},
    "hp.rho": {"zh": "衰减速率 ρ", "en": "decay rate ρ"},
    "hp.beta1": {"zh": "一阶矩衰减 ρ₁", "en": "first-moment decay ρ₁"},
    "hp.beta2": {"zh": "二阶矩衰减 ρ₂", "en": "second-moment decay ρ₂"},
    "hp.eps": {"zh": "小常数 δ", "en": "small constant δ"},
    "hp.weight_decay": {"zh": "权重衰减 λ", "en": "weight decay λ"},
    "hp.kappa": {"zh": "增量 κ", "en": "increase κ"},
    "hp.phi": {"zh": "缩减比例 φ", "en": "cut fraction φ"},
}


def t(key: str, lang: str, **fmt: object) -> str:
    """The text for `key` in `lang`, with `{placeholders}` filled from `fmt`.

    An unknown language falls back to DEFAULT_LANG; an unknown key raises KeyError, so a
    missing translation fails loudly in tests instead of showing a raw key to a class.
    """
    entry = CATALOG[key]
    text = entry.get(lang if lang in LANGS else DEFAULT_LANG) or entry[DEFAULT_LANG]
    return text.format(**fmt) if fmt else text
