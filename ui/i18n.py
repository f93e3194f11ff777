"""The one translation catalog: every string a person reads, in 中文 and English.

Keys are dotted ASCII. `t(key, lang, **fmt)` looks a key up and fills `{placeholders}`.
What several pages share is written here (`SHARED`); what one lesson alone uses is written in
its folder (`pages/<folder>/strings.py`, `STRINGS`), and `CATALOG` is the two together: a key
written in two places is refused.
"""

from __future__ import annotations

import importlib
import re

from ui import notes, registry

LANGS = ("zh", "en")
DEFAULT_LANG = "en"

SHARED: dict[str, dict[str, str]] = {
    # ---- app ----------------------------------------------------------------------------------
    "app.tab_title": {"zh": "损失曲面实验室", "en": "Loss Landscape Lab"},
    "app.title": {"zh": "损失曲面上的优化器", "en": "Optimizers on a loss landscape"},
    "app.tagline": {
        "zh": "看梯度下降、动量、RMSProp 与 Adam 如何在损失曲面上行进。",
        "en": "See how gradient descent, momentum, RMSProp and Adam move on a loss surface.",
    },
    "app.language": {"zh": "语言", "en": "Language"},
    "app.about.title": {"zh": "关于", "en": "About"},
    "app.about.body": {
        "zh": (
            "课程内容来自五份中文讲义（Goodfellow 等《深度学习》第 8 章；从泰勒展开看梯度下降与"
            "特征缩放；网络优化；李宏毅《深度学习》临界点；优化器背后的数学）。公式使用讲义的符号：ε、α、ρ、δ、ρ₁、ρ₂。"
        ),
        "en": (
            "Lessons follow five Chinese lecture notes (Goodfellow et al., Deep Learning ch. 8; "
            "gradient descent from the Taylor expansion, and feature scaling; network "
            "optimisation; critical points after Hung-yi Lee; the mathematics behind optimizers). Formulas use the notes' symbols: ε, α, ρ, δ, ρ₁, ρ₂."
        ),
    },
    # ---- landscapes ---------------------------------------------------------------------------
    "landscape.bowl.title": {"zh": "狭长碗形 x²/10 + y²", "en": "Elongated bowl x²/10 + y²"},
    # the pickers' names, where the title with its formula or aside is cut in a column
    "landscape.bowl.short": {"zh": "狭长碗形", "en": "Elongated bowl"},
    "landscape.himmelblau.short": {"zh": "Himmelblau", "en": "Himmelblau"},
    "landscape.rastrigin.short": {"zh": "Rastrigin", "en": "Rastrigin"},
    "landscape.monkey_saddle.short": {"zh": "猴鞍", "en": "Monkey saddle"},
    "landscape.rosenbrock.short": {"zh": "Rosenbrock", "en": "Rosenbrock"},
    "landscape.bowl.blurb": {
        "zh": "讲义 002 图 15-8 的曲面：x 方向平缓、y 方向陡峭（λ = 0.2 与 2）。常数学习率、不裁剪梯度、无噪声的 SGD：ε 在 0.5 与 1 之间时在谷中来回锯齿、锯齿逐步缩小（点“图 15-8”预设）；ε = 1 时 |1 − 2ε| = 1，锯齿不再缩小；ε > 1 时 |1 − 2ε| > 1，锯齿每步变大，SGD 发散。",
        "en": "Note 002, fig. 15-8: gentle along x, steep along y (λ = 0.2 and 2). Plain SGD (a constant rate, no clipping, no noise): with ε between 0.5 and 1 it zig-zags across the valley and the zig-zag shrinks (try the Fig. 15-8 preset); at ε = 1, |1 − 2ε| = 1 and it no longer shrinks; above 1, |1 − 2ε| > 1, the zig-zag grows every step and SGD diverges.",
    },
    "landscape.saddle.title": {"zh": "鞍点 x² − y²", "en": "Saddle x² − y²"},
    "landscape.saddle.blurb": {
        "zh": "原点梯度为零，却不是极小值：沿 y 方向损失仍会下降（曲率 −2）。",
        "en": "The gradient vanishes at the origin, yet it is no minimum: the loss still goes down along y (curvature −2).",
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
        "zh": "平缓的高原尽头是陡峭的悬崖（讲义 000）。撞上悬崖的一步可能被抛得很远：关掉梯度裁剪（阈值 0），把 ε 调大试试。",
        "en": "A gentle plateau ends in a sheer cliff (note 000). A step that hits it can be thrown far: try a larger ε with gradient clipping off (0).",
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
    "landscape.sharp_flat.title": {"zh": "窄谷与宽盆", "en": "Narrow valley, wide basin"},
    "landscape.sharp_flat.blurb": {
        "zh": "左边的极小值更深但很窄，右边的更浅但很宽（讲义 003）。梯度带噪声时（在“学习率调度、梯度噪声与梯度裁剪”里打开梯度噪声，像小批量梯度那样），一次运行可能被踢出窄谷，落进宽盆。",
        "en": "The left minimum is deeper but narrow, the right one shallower but wide (note 003). With noisy gradients, as small batches give (switch gradient noise on under “Learning-rate schedule, gradient noise and clipping”), a run can be kicked out of the narrow one and land in the wide one.",
    },
    "landscape.two_neuron.title": {"zh": "两个神经元", "en": "Two neurons"},
    "landscape.two_neuron.blurb": {
        "zh": "讲义 003：y = w₁w₂x 拟合 (1, 1)，原点是鞍点，极小值在 w₁w₂ = 1 上。",
        "en": "Note 003: y = w₁w₂x fit to (1, 1); a saddle at the origin, minima on w₁w₂ = 1.",
    },
    "landscape.x_plus_sin.title": {"zh": "x + sin x", "en": "x + sin x"},
    "landscape.x_plus_sin.blurb": {
        "zh": "讲义 004：x + sin x 没有最小值，它一路下降；在 x = ±π（以及每个 π 的奇数倍）处 f′ = 0 且 f″ = 0，是平坦的拐点：f′ = 0，梯度下降（或上升）可能停在那里。",
        "en": "Note 004: x + sin x has no minimum, it falls without end; at x = ±π (and every odd multiple of π) f′ = 0 and f″ = 0, flat inflection points: f′ = 0 there, so gradient descent (or ascent) can stop there.",
    },
    "landscape.sin_minus_square.title": {"zh": "25 sin x − x²", "en": "25 sin x − x²"},
    "landscape.sin_minus_square.blurb": {
        "zh": "讲义 004：多个局部极小值与极大值。",
        "en": "Note 004: several local minima and maxima.",
    },
    "landscape.parabola.title": {"zh": "抛物线 x²", "en": "Parabola x²"},
    "landscape.parabola.blurb": {
        "zh": "最简单的凸函数。梯度下降 x ← (1 − 2ε)x：学习率大于 1 时，除极小值 x = 0 外从任何起点出发都会发散。梯度上升 x ← (1 + 2ε)x：任何学习率下都从 0 以外的起点一路上坡远离 0。",
        "en": "The simplest convex function. Gradient descent, x ← (1 − 2ε)x: a learning rate above 1 diverges from every start but the minimum x = 0. Gradient ascent, x ← (1 + 2ε)x: every learning rate climbs away from 0, from every start but 0.",
    },
    # ---- downloads --------------------------------------------------------------------------
    "export.title": {"zh": "下载", "en": "Download"},
    "export.zoom": {
        "zh": "在图上拖动可放大一块区域，双击图表恢复原样。",
        "en": "Drag across the chart to zoom in; double-click it to zoom back out.",
    },
    "export.html": {
        "zh": "网页 HTML（离线可用，含动画）",
        "en": "Web page HTML (works offline, animated)",
    },
    "export.png": {"zh": "图片 PNG（1280×720）", "en": "Picture PNG (1280×720)"},
    "export.figure_json": {"zh": "图形 JSON（Plotly）", "en": "Figure JSON (Plotly)"},
    "export.data_csv": {"zh": "图中数据 CSV", "en": "Plotted data CSV"},
    "export.data_json": {"zh": "图中数据与设置 JSON", "en": "Plotted data and settings JSON"},
    "export.race": {"zh": "导出轨迹", "en": "Export the race"},
    "export.csv": {"zh": "轨迹 CSV", "en": "Trajectories CSV"},
    "export.json": {"zh": "轨迹与设置 JSON", "en": "Trajectories and settings JSON"},
    "export.gif": {
        "zh": "竞赛动画 GIF（需几秒）",
        "en": "Race animation GIF (takes a few seconds)",
    },
    # ---- classroom ---------------------------------------------------------------------------
    "app.projector": {"zh": "投影模式", "en": "Projector mode"},
    "app.projector.help": {
        "zh": "大字号、粗线条、高对比度：在 1280×720 的投影上，教室后排也能看清。对所有页面有效，并记在链接里。",
        "en": "Large type, thick lines, high contrast: readable from the back of a room on a 1280×720 projector. Applies to every page and is kept in the link.",
    },
    "share.title": {"zh": "分享此视图", "en": "Share this view"},
    "share.hide": {
        "zh": "在链接中隐藏这些控件（例如放进幻灯片时只留学习率滑块）",
        "en": "Hide these controls in the link (say, only the learning-rate slider on a slide)",
    },
    "share.copy_button": {"zh": "复制链接", "en": "Copy link"},
    "share.copied": {"zh": "已复制", "en": "Copied"},
    "share.copy": {
        "zh": "链接包含当前的全部设置。",
        "en": "The link holds every current setting.",
    },
    # ---- typed surfaces ------------------------------------------------------------------------
    "landscape.typed.title": {"zh": "自己输入公式…", "en": "Your own formula…"},
    # the picker's option: "自己输入公式…" showed as "自己输入公式." in a 1024 px projector column
    "landscape.typed.short": {"zh": "自定义公式", "en": "Your formula"},
    "landscape.typed.blurb": {
        "zh": "你输入的曲面，画在 [−w, w] 上。图中的极小值、鞍点和极大值是用牛顿法从 256 个起点数值求出的（平坦的退化点不标）。",
        "en": "The surface you typed, drawn on [−w, w]. Its minima, saddles and maxima are found numerically (Newton's method from 256 starts); flat, degenerate points are not marked.",
    },
    "landscape.typed.blurb_1d": {
        "zh": "你输入的曲线，画在 [−w, w] 上。图中的极小值和极大值是用牛顿法从 16 个起点数值求出的（f″ = 0 的平坦点不标）。",
        "en": "The curve you typed, drawn on [−w, w]. Its minima and maxima are found numerically (Newton's method from 16 starts); flat points (f″ = 0) are not marked.",
    },
    "typed.range": {"zh": "定义域 [−w, w] 的 w", "en": "domain [−w, w]: w"},
    "typed.label2": {"zh": "f(x, y) =", "en": "f(x, y) ="},
    "typed.label1": {"zh": "f(x) =", "en": "f(x) ="},
    "typed.placeholder2": {"zh": "例如 x^2/10 + y^2", "en": "e.g. x^2/10 + y^2"},
    "typed.placeholder1": {"zh": "例如 x + sin(x)", "en": "e.g. x + sin(x)"},
    "typed.help": {
        "zh": "可用：数字、x、y、+ − * /、^ 或 ** 表示乘方、括号；函数 sin cos tan exp log sqrt abs tanh sinh cosh arctan；常数 pi、e。定义域 [−w, w] 在下面设置（默认 w = 5），最多 300 个字符。公式只被解析，不会被当作代码执行。",
        "en": "Allowed: numbers, x, y, + − * /, ^ or ** for powers, parentheses; the functions sin cos tan exp log sqrt abs tanh sinh cosh arctan; the constants pi and e. The domain [−w, w] is set below (w = 5 by default); at most 300 characters. The formula is parsed, never run as code.",
    },
    "typed.fallback": {
        "zh": "下面暂时显示默认曲面。",
        "en": "The default surface is shown until the formula is fixed.",
    },
    "typed.nonfinite": {
        "zh": "定义域中有 {share}% 的点上函数值或梯度不是有限数（例如负数的对数、除以零）：图中这些地方是空白，走到那里的优化器会停下并报告发散。",
        "en": "The surface or its gradient is not finite on {share}% of the domain (a log of a negative number, a division by zero…): those parts of the plot are blank, and an optimizer that reaches them stops and is reported as diverged.",
    },
    "typed.err.not_text": {"zh": "公式必须是文字。", "en": "The formula must be text."},
    "typed.err.empty": {"zh": "公式是空的。", "en": "The formula is empty."},
    "typed.err.too_long": {
        "zh": "公式太长：最多 300 个字符。",
        "en": "The formula is too long: at most 300 characters.",
    },
    "typed.err.bad_char": {
        "zh": "第 {column} 个字符 “{piece}” 不能用（只能用 ASCII 字符，例如 x^2 而不是 x²）。",
        "en": "Character {column}, “{piece}”, is not allowed (ASCII only: write x^2, not x²).",
    },
    "typed.err.syntax": {
        "zh": "第 {column} 个字符附近不是合法的公式（括号是否配对？运算符之间是否少了数？）。",
        "en": "This is not a formula near character {column} (are the parentheses balanced, is a number missing between operators?).",
    },
    "typed.err.too_deep": {
        "zh": "公式嵌套太深（最多 24 层）。",
        "en": "The formula is nested too deeply (at most 24 levels).",
    },
    "typed.err.not_number": {
        "zh": "第 {column} 个字符处的 “{piece}” 不是数。",
        "en": "“{piece}” at character {column} is not a number.",
    },
    "typed.err.unknown_name": {
        "zh": "第 {column} 个字符处的名字 “{piece}” 不认识：变量只能是 x、y，常数只有 pi、e。",
        "en": "Unknown name “{piece}” at character {column}: the variables are x and y, the constants pi and e.",
    },
    "typed.err.bare_function": {
        "zh": "第 {column} 个字符处的函数 “{piece}” 需要括号里的自变量，例如 {piece}(x)。",
        "en": "The function “{piece}” at character {column} needs an argument in parentheses, e.g. {piece}(x).",
    },
    "typed.err.unknown_function": {
        "zh": "第 {column} 个字符处的 “{piece}” 不是允许的函数。",
        "en": "“{piece}” at character {column} is not an allowed function.",
    },
    "typed.err.arity": {
        "zh": "第 {column} 个字符处的函数 “{piece}” 只接受一个自变量。",
        "en": "The function “{piece}” at character {column} takes exactly one argument.",
    },
    "typed.err.not_allowed": {
        "zh": "第 {column} 个字符处的 “{piece}” 不允许：只能用数、变量、+ − * / ^、括号和列出的函数。",
        "en": "“{piece}” at character {column} is not allowed: only numbers, variables, + − * / ^, parentheses and the listed functions.",
    },
    # ---- optimizers ---------------------------------------------------------------------------
    "optimizer.sgd.title": {"zh": "SGD", "en": "SGD"},
    "optimizer.momentum.title": {"zh": "动量", "en": "Momentum"},
    "optimizer.nesterov.title": {"zh": "Nesterov 动量", "en": "Nesterov"},
    "optimizer.adagrad.title": {"zh": "AdaGrad", "en": "AdaGrad"},
    "optimizer.rmsprop.title": {"zh": "RMSProp", "en": "RMSProp"},
    "optimizer.adam.title": {"zh": "Adam", "en": "Adam"},
    "optimizer.adadelta.title": {"zh": "AdaDelta", "en": "AdaDelta"},
    # 《深度学习》中译本 §8.5 calls it "Delta-bar-delta 算法": a 中文 reader knows it by that
    "optimizer.delta_bar_delta.title": {"zh": "Delta-bar-Delta 算法", "en": "Delta-bar-Delta"},
    "optimizer.adamw.title": {"zh": "AdamW", "en": "AdamW"},
    "optimizer.nadam.title": {"zh": "NAdam", "en": "NAdam"},
    "optimizer.amsgrad.title": {"zh": "AMSGrad", "en": "AMSGrad"},
    "optimizer.lion.title": {"zh": "Lion", "en": "Lion"},
    "optimizer.newton.title": {"zh": "牛顿法", "en": "Newton"},
    "optimizer.saddle_free_newton.title": {"zh": "无鞍牛顿法", "en": "Saddle-free Newton"},
    "optimizer.lbfgs.title": {"zh": "L-BFGS", "en": "L-BFGS"},
    "optimizer.nonlinear_cg.title": {"zh": "非线性共轭梯度", "en": "Nonlinear CG"},
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
    "hp.damping": {"zh": "阻尼 λ", "en": "damping λ"},
    "hp.memory": {"zh": "记忆长度 m", "en": "memory m"},
    "hp.linesearch": {"zh": "线搜索（0 关 / 1 开）", "en": "line search (0 off / 1 on)"},
    # ---- navigation and pages -----------------------------------------------------------------
    "nav.explore": {"zh": "探索", "en": "Explore"},
    "page.playground.title": {"zh": "优化器竞赛场", "en": "Optimizer playground"},
    "nav.geometry": {"zh": "几何直觉", "en": "Geometry"},
    # ---- learning rate in 1-D -----------------------------------------------------------------
    "lr1d.kind.minimum": {"zh": "一个极小值点", "en": "a minimum"},
    "lr1d.kind.maximum": {"zh": "一个极大值点", "en": "a maximum"},
    "lr1d.kind.flat": {
        "zh": "一个平坦的拐点（f″ = 0），不是极小值",
        "en": "a flat inflection point (f″ = 0), not a minimum",
    },
    "lr1d.kind.critical": {"zh": "一个驻点", "en": "a critical point"},
    # ascent: a flat inflection point is no maximum (descent's word says "not a minimum");
    # shared, as the kinds above: second order's 1-D sentences fill it too
    "lr1d.kind.flat_ascent": {
        "zh": "一个平坦的拐点（f″ = 0），不是极大值",
        "en": "a flat inflection point (f″ = 0), not a maximum",
    },
    "lr1d.preset.note004": {"zh": "x + sin x（讲义 004）", "en": "x + sin x (note 004)"},
    "lr1d.preset.parabola": {"zh": "x²：三种结局", "en": "x²: three fates"},
    "lr1d.preset.ascent": {"zh": "25 sin x − x² 上升", "en": "25 sin x − x², ascent"},
    "lr1d.curve": {"zh": "曲线", "en": "Curve"},
    "lr1d.start": {"zh": "起点 x₀", "en": "start x₀"},
    "lr1d.iters": {"zh": "迭代次数", "en": "iterations"},
    # ---- critical points ----------------------------------------------------------------------
    "kind.minimum": {"zh": "极小值", "en": "Minimum"},
    "kind.maximum": {"zh": "极大值", "en": "Maximum"},
    "kind.saddle": {"zh": "鞍点", "en": "Saddle point"},
    "kind.degenerate": {"zh": "退化临界点", "en": "Degenerate critical point"},
    "kind.not_critical": {"zh": "不是临界点", "en": "Not a critical point"},
    "kind.minimum.why": {
        "zh": "梯度为零，Hessian 的特征值全为正：各个方向都向上。",
        "en": "Zero gradient and all Hessian eigenvalues positive: every direction goes up.",
    },
    "kind.maximum.why": {
        "zh": "梯度为零，Hessian 的特征值全为负：各个方向都向下。",
        "en": "Zero gradient and all Hessian eigenvalues negative: every direction goes down.",
    },
    "kind.saddle.why": {
        "zh": "梯度为零，特征值有正有负：有的方向向上，有的方向向下。",
        "en": "Zero gradient, eigenvalues of both signs: some directions go up, some go down.",
    },
    "kind.degenerate.why": {
        "zh": "梯度为零，但有特征值为零：二阶信息不足以判断（如猴鞍、谷底、高原）。",
        "en": "Zero gradient but a zero eigenvalue: second-order information cannot decide (monkey saddle, a valley floor, a plateau).",
    },
    "kind.not_critical.why": {
        "zh": "梯度不为零：沿负梯度方向损失会下降。",
        "en": "The gradient is not zero: the loss decreases along the negative gradient.",
    },
    # ---- batch size and gradient noise -----------------------------------------------------------
    "nav.data": {"zh": "数据与噪声", "en": "Data and noise"},
    # ---- weight initialisation ---------------------------------------------------------------------
    "nav.networks": {"zh": "神经网络", "en": "Networks"},
    # ---- the course's chapters, in the notes' order (ui/course.py) --------------------------
    "course.chapter": {"zh": "第 {n} 章", "en": "Chapter {n}"},
    "course.ch.gd": {"zh": "梯度下降与学习率", "en": "Gradient descent and the learning rate"},
    "course.ch.scaling": {"zh": "特征缩放与泰勒展开", "en": "Feature scaling and Taylor"},
    "course.ch.critical": {"zh": "临界点与鞍点", "en": "Critical points and saddles"},
    "course.ch.cliffs": {"zh": "悬崖与长期依赖", "en": "Cliffs and long-term dependencies"},
    "course.ch.momentum": {"zh": "动量与自适应步长", "en": "Momentum and adaptive steps"},
    "course.ch.schedules": {"zh": "学习率调度", "en": "Schedules"},
    "course.ch.init": {"zh": "初始化", "en": "Initialisation"},
    "course.ch.reg": {"zh": "正则化与 dropout", "en": "Regularisation and dropout"},
    "course.ch.bn": {"zh": "批归一化与预训练", "en": "Batch normalisation and pre-training"},
    "course.ch.real": {
        "zh": "真实网络的损失地形与稳定性边缘",
        "en": "Real networks' landscapes and the edge of stability",
    },
    "course.more": {"zh": "更多页面", "en": "More pages"},
    # ---- study steps (ui/study.py) -----------------------------------------------------------
    "study.title": {
        "zh": "练习（已作答 {done}/{total}）",
        "en": "Study steps ({done}/{total} answered)",
    },
    "study.preset_changed": {
        "zh": "这一步把你设置的 {n} 个控件调成了它自己的值。",
        "en": "This step set {n} of your controls to its own values.",
    },
    "study.help": {
        "zh": "每一步先设好视图，再请你预测，然后把你的答案与图中算出的结果对照。",
        "en": "Each step sets the view, asks you to predict, then checks your answer against the result drawn in the figure.",
    },
    "study.step": {"zh": "{n}. {title}", "en": "{n}. {title}"},
    # a step counts once answered, right or not: predicting, then checking, is the exercise.
    # Its mark says what is known of the answer, in words (a tick on a wrong answer read as
    # "correct"): the verdict of a number or a point, else only that it was answered
    "study.mark.right": {"zh": "（答对了）", "en": " (right)"},
    "study.mark.close": {"zh": "（接近）", "en": " (close)"},
    "study.mark.off": {"zh": "（偏差较大）", "en": " (off)"},
    "study.mark.wrong": {"zh": "（不对）", "en": " (wrong)"},
    "study.mark.answered": {"zh": "（已作答）", "en": " (answered)"},
    # on a phone the steps are numbers in one row, the mark a sign after the number (a tick
    # only for right, a cross for off); the chosen step's title and mark in words under them
    "study.sign.right": {"zh": " :material/check:", "en": " :material/check:"},
    "study.sign.close": {"zh": " :material/adjust:", "en": " :material/adjust:"},
    "study.sign.off": {"zh": " :material/close:", "en": " :material/close:"},
    "study.sign.wrong": {"zh": " :material/close:", "en": " :material/close:"},
    "study.sign.answered": {"zh": " :material/edit:", "en": " :material/edit:"},
    "study.your_answer": {"zh": "你的答案", "en": "Your answer"},
    # a number question's input: its unit in the label and in the empty box (ui/study.py)
    "study.your_answer_unit": {"zh": "你的答案（{unit}）", "en": "Your answer ({unit})"},
    "study.number": {"zh": "输入一个数", "en": "a number"},
    "study.number_unit": {"zh": "输入一个数，单位 {unit}", "en": "a number, in {unit}"},
    "study.check": {"zh": "核对", "en": "Check"},
    "study.again": {"zh": "再答一次", "en": "Answer again"},
    "study.hidden": {
        "zh": "答题前，图中的轨迹和下方的结论先隐藏。",
        "en": "Until you answer, the runs in the figure and the sentences under it stay hidden.",
    },
    "init.init": {"zh": "初始化", "en": "Initialisation"},
    "init.activation": {"zh": "激活函数", "en": "Activation"},
    "init.zero": {"zh": "零初始化", "en": "zero"},
    "init.normal": {"zh": "标准正态 N(0, 1)", "en": "normal N(0, 1)"},
    "init.scaled": {"zh": "N(0, 1/√nᵢₙ)", "en": "N(0, 1/√nᵢₙ)"},
    "init.xavier_normal": {"zh": "Xavier（正态）", "en": "Xavier (normal)"},
    "init.xavier_uniform": {"zh": "Xavier（均匀）", "en": "Xavier (uniform)"},
    "init.he": {"zh": "He / MSRA", "en": "He / MSRA"},
    "init.act.sigmoid": {"zh": "Sigmoid", "en": "sigmoid"},
    "init.act.tanh": {"zh": "tanh", "en": "tanh"},
    "init.act.relu": {"zh": "ReLU", "en": "ReLU"},
    "init.act.leaky_relu": {"zh": "Leaky ReLU", "en": "leaky ReLU"},
    # ---- second-order steps -------------------------------------------------------------------
    "page.second.title": {"zh": "二阶方法", "en": "Second-order steps"},
    # ---- convergence maps ----------------------------------------------------------------------
    "page.maps.title": {"zh": "收敛图谱", "en": "Convergence maps"},
    "page.basins.title": {"zh": "吸引域", "en": "Basins of attraction"},
    "maps.view": {"zh": "视图", "en": "View"},
    "maps.view.map": {"zh": "超参数图谱", "en": "Hyper-parameter map"},
    "maps.view.basins": {"zh": "吸引域", "en": "Basins of attraction"},
    "maps.optimizer": {"zh": "优化器", "en": "Optimizer"},
    "maps.grid": {"zh": "网格", "en": "Grid"},
    "maps.computing": {
        "zh": "正在计算 {runs} 次训练 × {steps} 步……",
        "en": "Computing {runs} runs × {steps} steps…",
    },
    "maps.diverged": {"zh": "发散", "en": "diverged"},
    "maps.theory.heavy_ball_limit": {
        "zh": "动量：ελ<sub>max</sub> = 2(1+α)",
        "en": "momentum: ελ<sub>max</sub> = 2(1+α)",
    },
    "maps.theory.nesterov_limit": {
        "zh": "Nesterov：ελ<sub>max</sub> = 2(1+α)/(1+2α)",
        "en": "Nesterov: ελ<sub>max</sub> = 2(1+α)/(1+2α)",
    },
    "maps.theory.gd_limit": {
        "zh": "GD（仅 α = 0 一行）：ε = 2/λ<sub>max</sub>",
        "en": "GD (the row α = 0 only): ε = 2/λ<sub>max</sub>",
    },
    "maps.theory.newton_limit": {
        "zh": "Newton：ε = 2(1 + λ/μ<sub>max</sub>)",
        "en": "Newton: ε = 2(1 + λ/μ<sub>max</sub>)",
    },
    "maps.theory.newton_one_step": {
        "zh": "一步到达：λ = 0，ε = 1",
        "en": "one step: λ = 0, ε = 1",
    },
    "maps.theory.optimum": {"zh": "理论最优 (ε*, α*)", "en": "optimum (ε*, α*)"},
    "page.schedules.title": {"zh": "学习率调度与自适应步长", "en": "Schedules and adaptive steps"},
    # ---- playground ---------------------------------------------------------------------------
    "playground.landscape": {"zh": "损失曲面", "en": "Loss surface"},
    "playground.steps": {"zh": "迭代步数", "en": "Steps"},
    "playground.presets": {"zh": "课堂预设", "en": "Lecture presets"},
    "playground.start_x": {"zh": "起点 x", "en": "start x"},
    "playground.start_y": {"zh": "起点 y", "en": "start y"},
    "playground.end_ratio": {"zh": "终点学习率 / ε₀", "en": "final rate / ε₀"},
    "playground.end_ratio_help": {
        "zh": "$\\varepsilon_\\tau / \\varepsilon_0$：线性/余弦衰减在第 τ 步到达的学习率 $\\varepsilon_\\tau$ 是 ε₀ 的几倍。",
        "en": "$\\varepsilon_\\tau / \\varepsilon_0$: the learning rate $\\varepsilon_\\tau$ that linear and cosine decay reach at step τ, as a fraction of ε₀.",
    },
    "playground.tau_help": {
        "zh": "线性/余弦衰减在第 τ 步结束；阶梯衰减每 τ 步乘以 γ。",
        "en": "Linear and cosine decay end at step τ; step decay multiplies by γ every τ steps.",
    },
    "playground.gamma_help": {
        "zh": "阶梯与指数衰减的衰减因子。",
        "en": "The factor of step and exponential decay.",
    },
    "playground.noise": {"zh": "梯度噪声 σ", "en": "gradient noise σ"},
    "playground.noise_help": {
        "zh": "给每一步的梯度加上 N(0, σ²) 噪声，模拟小批量 SGD 的随机性。",
        "en": "Adds N(0, σ²) noise to every gradient, like the randomness of minibatch SGD.",
    },
    "playground.seed": {"zh": "随机种子", "en": "seed"},
    "playground.clip_help": {
        "zh": "梯度范数超过阈值时按比例缩小到阈值（讲义 000 的悬崖）。",
        "en": "A gradient longer than this is scaled down to this norm (note 000's cliffs).",
    },
    "playground.diverged": {
        "zh": "{name} 在第 {step} 步发散",
        "en": "{name} diverged at step {step}",
    },
    "playground.unstable": {
        "zh": "{name} 从第 {step} 步起不稳定：之后每一步都比第 {step} 步长，平均每步 ×{growth}（步长 {first} → {last}）。",
        "en": "{name} became unstable from step {step}: every step after it was longer than step {step}, ×{growth} per step on average (step length {first} → {last}).",
    },
    "playground.escaped": {
        "zh": "{name} 在往下坡逃逸，并非不稳定：第 {step} 步之后的每一步都比第 {step} 步长，平均每步 ×{growth}（步长 {first} → {last}），而画出的损失每一步都在下降，从第 {from_step} 步的 {high} 降到第 {to_step} 步的 {low}。",
        "en": "{name} is escaping downhill, not unstable: every step after step {step} is longer than step {step}, ×{growth} per step on average (step length {first} → {last}), while its drawn loss falls at every step, from {high} at step {from_step} to {low} at step {to_step}.",
    },
    "playground.escaped.saddle": {
        "zh": "它沿着鞍点的负曲率方向（曲率 {lam}）离开：最后画出的第 {step} 步时，它沿这个方向离鞍点 {along}，横向只偏 {across}。",
        "en": "It leaves along the saddle's negative-curvature direction (curvature {lam}): at the last drawn step, {step}, it is {along} from the saddle that way and {across} across it.",
    },
    "playground.returning": {
        "zh": "{name} 正在回到极小值 {point}，并非不稳定：第 {step} 步之后的每一步都比第 {step} 步长，平均每步 ×{growth}（步长 {first} → {last}），画出的损失每一步都在下降，从第 {from_step} 步的 {high} 降到第 {to_step} 步的 {low}，它到 {point} 的距离从 {far} 缩短到 {near}。",
        "en": "{name} is coming back toward the minimum {point}, not unstable: every step after step {step} is longer than step {step}, ×{growth} per step on average (step length {first} → {last}), as its drawn loss falls at every step, from {high} at step {from_step} to {low} at step {to_step}, and its distance to {point} shrinks from {far} to {near}.",
    },
    "playground.downhill": {
        "zh": "{name} 一路下坡：画出的每一步损失都不比前一步高（{first} → {last}）。",
        "en": "{name} kept going downhill: no drawn step raised the loss ({first} → {last}).",
    },
    "playground.unstable.quadratic": {
        "zh": "二次曲面上沿 λ = {lam} 的方向：|1 − ελ| = |1 − {lr} × {lam}| = {factor} > 1，该方向上的距离每步 ×{factor}。",
        "en": "On this quadratic, along λ = {lam}: |1 − ελ| = |1 − {lr} × {lam}| = {factor} > 1, so the distance in that direction grows ×{factor} every step.",
    },
    "playground.left": {
        "zh": "第 {left} 步离开画面，第 {step} 步越过远界 |{var}| = {bound}，计算在此停止。",
        "en": "It left the picture at step {left} and passed the far bound |{var}| = {bound} at step {step}, where the run stops.",
    },
    "playground.left_not_yet": {
        "zh": "第 {left} 步离开画面；到最后画出的第 {step} 步仍在远界 |θ| = {bound} 以内，还没有停止计算。",
        "en": "It left the picture at step {left}; at the last drawn step, {step}, it is still within the far bound |θ| = {bound}, so the run has not stopped yet.",
    },
    "playground.outside_back": {
        "zh": "{name} 在第 {left} 步离开画面，从第 {back} 步起回到画面内，直到最后画出的第 {step} 步。",
        "en": "{name} left the picture at step {left}; from step {back} to the last drawn step, {step}, it is back inside it.",
    },
    "playground.outside_end": {
        "zh": "{name} 在第 {left} 步离开画面；最后画出的第 {step} 步时它在画面外的 {point}，仍在远界 |θ| = {bound} 以内。",
        "en": "{name} left the picture at step {left}; at the last drawn step, {step}, it is outside it at {point}, still within the far bound |θ| = {bound}.",
    },
    "playground.unstable_inside": {
        "zh": "到最后画出的第 {step} 步它仍在画面内（远界 |θ| = {bound}）。",
        "en": "At the last drawn step, {step}, it is still inside the picture (far bound |θ| = {bound}).",
    },
    "playground.left_at_end": {
        "zh": "第 {step} 步越过远界 |{var}| = {bound}（或损失溢出），计算在此停止。",
        "en": "At step {step} it passed the far bound |{var}| = {bound} (or its loss overflowed); the run stops there.",
    },
    "playground.view": {"zh": "视图", "en": "View"},
    "playground.tab_contour": {"zh": "等高线", "en": "Contours"},
    "playground.tab_3d": {"zh": "三维曲面", "en": "3-D surface"},
    # ---- presets ------------------------------------------------------------------------------
    # the pill's name short: "(Note 3 “Network optimization”)" wrapped the presets to a second
    # row and pushed the Playground's contour past a 1280×720 screen; its notice names the note instead
    "preset.fig15_8.title": {"zh": "图 15-8", "en": "Fig. 15-8"},
    "preset.fig15_8.notice": {
        "zh": "讲义 002 图 15-8，同一个狭长碗面、20 步：SGD（ε=0.95）来回锯齿，动量（ε=0.1）平滑转弯，RMSProp 与 Adam（ε=0.5）每个坐标各自调整步长。",
        "en": "Note 002, fig. 15-8, one narrow bowl, 20 steps: SGD (ε = 0.95) zig-zags, Momentum (ε = 0.1) curves smoothly, RMSProp and Adam (ε = 0.5) size each coordinate's step separately.",
    },
    "preset.saddle_momentum.title": {"zh": "动量冲过鞍点", "en": "Momentum past a saddle"},
    "preset.saddle_momentum.notice": {
        "zh": "两者都先滑向鞍点；SGD 在鞍点附近慢下来、迟迟离不开，动量像滚动的小球一样冲过去（讲义 003）。",
        "en": "Both slide toward the saddle; SGD slows down near it and lingers, while momentum rolls on like a ball (note 003).",
    },
    "preset.rosenbrock_adam_sgd.title": {
        "zh": "Rosenbrock：Adam 对 SGD",
        "en": "Adam vs SGD, Rosenbrock",
    },
    "preset.rosenbrock_adam_sgd.notice": {
        "zh": "在弯曲的香蕉谷里，SGD 的步长被陡峭的谷壁限制，沿谷底挪动很慢；Adam 按坐标缩放步长，沿谷底前进得多。",
        "en": "In the curved banana valley the steep walls cap SGD's step, so it crawls along the floor; Adam scales each coordinate and travels much further.",
    },
    "preset.plateau_adaptive.title": {"zh": "高原：自适应步长", "en": "Plateau"},
    "preset.plateau_adaptive.notice": {
        "zh": "高原上梯度几乎为零：SGD 寸步难行，动量慢慢积累速度，Adam 把微小的梯度归一化后照样前进（讲义 000）。",
        "en": "On the plateau the gradient is almost zero: SGD barely moves, momentum slowly gathers speed, and Adam normalises the tiny gradient and walks on (note 000).",
    },
    # ---- schedules ----------------------------------------------------------------------------
    "schedule.constant": {"zh": "常数", "en": "constant"},
    "schedule.linear": {"zh": "线性衰减", "en": "linear decay"},
    # the step is k, as in the formula under the chart (ε_k = ε₀/√(k + 1)) and its x axis
    "schedule.inv_sqrt": {"zh": "ε₀/√(k+1)", "en": "ε₀/√(k+1)"},
    "schedule.step": {"zh": "阶梯衰减", "en": "step decay"},
    "schedule.exponential": {"zh": "指数衰减", "en": "exponential decay"},
    "schedule.cosine": {"zh": "余弦衰减", "en": "cosine decay"},
    # ---- figures ------------------------------------------------------------------------------
    "figure.x": {"zh": "x（参数 1）", "en": "x (parameter 1)"},
    "figure.y": {"zh": "y（参数 2）", "en": "y (parameter 2)"},
    "figure.z": {"zh": "损失", "en": "loss"},
    "figure.start": {"zh": "起点", "en": "start"},
    "figure.minimum": {"zh": "极小值", "en": "minimum"},
    "figure.saddle": {"zh": "鞍点", "en": "saddle"},
    "figure.maximum": {"zh": "极大值", "en": "maximum"},
    "figure.click": {"zh": "点击：从这里出发", "en": "click: start here"},
    "figure.step": {"zh": "步数", "en": "step"},
    "figure.loss": {"zh": "损失", "en": "loss"},
    "figure.loss_minus_min": {"zh": "损失 − 最小值", "en": "loss − minimum"},
    "figure.loss_no_min": {
        "zh": "损失（没有最小值可减）",
        "en": "loss (no minimum to subtract)",
    },
    "figure.step_length": {"zh": "步长 ‖Δθ‖", "en": "step length ‖Δθ‖"},
    # ---- URL ----------------------------------------------------------------------------------
    "url.repeated": {
        "zh": "链接中 {param} 出现了多次（{value}），使用第一个值 {fallback}。",
        "en": "The link gives {param} more than once ({value}); using the first, {fallback}.",
    },
    "url.unused": {
        "zh": "链接中的 {param}={value} 是自己输入的公式，只在曲面选“自定义公式”时使用；当前曲面是“{fallback}”，已忽略该公式。",
        "en": "The link's {param}={value} is a typed formula, used only when the surface is “Your formula”; the surface is “{fallback}”, so it is ignored.",
    },
    "url.no_setting": {
        "zh": "本页没有设置项 {param}：链接中的 {value} 已忽略。",
        "en": "This page has no setting {param}: the link's {value} was ignored.",
    },
    "url.no_settings": {
        "zh": "本页没有这些设置项，链接中的值已忽略：{items}。",
        "en": "This page has none of these settings; the link's values were ignored: {items}.",
    },
    "url.invalid": {
        "zh": "链接中的 {param}={value} 无效或超出范围，已改用默认值 {fallback}。",
        "en": "The link's {param}={value} is invalid or out of range; using the default {fallback} instead.",
    },
    # ---- predict, then reveal (pages/room/, ui/rooms.py) ----------------------------------
    "page.room.title": {"zh": "先预测，再揭晓", "en": "Predict, then reveal"},
    # for the lecturer: a student alone has no class to ask (the menu opens a room for a class)
    "room.ask": {"zh": "讲课用：让全班先预测", "en": "For lecturers: let the class predict first"},
    "room.ask_help": {
        "zh": "开一个房间：学生用手机作答，轨迹在你揭晓之前一直隐藏。",
        "en": "Opens a room: students answer on their phones, and the paths stay hidden until you reveal them.",
    },
    "room.kind": {"zh": "问题", "en": "Question"},
    "room.ask_help_number": {
        "zh": "开一个房间：学生用手机估一个数，答案在你揭晓之前一直隐藏。",
        "en": "Opens a room: students estimate a number on their phones, and the answer stays hidden until you reveal it.",
    },
    "room.bad_ask": {
        "zh": "链接中的 ask={ask} 不是这个视图能问的问题，没有开房间。这个视图能问：{options}。",
        "en": "ask={ask} in the link is not a question this view can pose, so no room was opened. This view can pose: {options}.",
    },
    "room.bad_about": {
        "zh": "链接中的 about={about} 不是这个视图里的运行，没有开房间。这里运行的是：{options}（也可用序号 0、1、…）。",
        "en": "about={about} in the link is not a run of this view, so no room was opened. Running here: {options} (or a run's index 0, 1, …).",
    },
    "room.no_number": {
        "zh": "当前视图没有可问的数（例如每个运行都发散了）；换一个设置再试。",
        "en": "This view has no number to ask about (every run diverged, say): change a setting and try again.",
    },
    "room.kind.where": {"zh": "它走完后停在哪里？", "en": "Where will it be at the end?"},
    "room.kind.lowest": {"zh": "谁的损失最低？", "en": "Which ends lowest?"},
    "room.kind.diverge": {"zh": "它会发散吗？", "en": "Does it diverge?"},
    "room.kind.basin": {"zh": "它落入哪个极小值？", "en": "Which minimum does it end in?"},
    "room.about": {"zh": "关于哪个优化器", "en": "About which optimizer"},
    "room.open": {"zh": "开房间", "en": "Open the room"},
    "room.missing": {
        "zh": "没有开放的房间 {code}。房间只在服务器运行期间存在：讲师关闭房间或服务器重启后，房间即不再存在。",
        "en": "There is no open room {code}. Rooms live only while the server runs: a room the lecturer closed, or any room open before a restart, is gone.",
    },
    "room.full": {
        "zh": "已有 {rooms} 个房间开放，这台服务器不再开新房间；请先关闭一个。",
        "en": "{rooms} rooms are open, the most this server keeps: close one first.",
    },
    "room.refused_revealed": {
        "zh": "已经揭晓，不再收答案。",
        "en": "The answer is revealed: no more predictions.",
    },
    "room.refused_no_point": {
        "zh": "请先在图上点一个点。",
        "en": "Tap a point on the figure first.",
    },
    "room.refused_outside": {
        "zh": "这个点不在曲面范围内（x 在 {xlo:g}…{xhi:g}，y 在 {ylo:g}…{yhi:g}）。",
        "en": "That point is off the surface (x in {xlo:g}…{xhi:g}, y in {ylo:g}…{yhi:g}).",
    },
    "room.refused_outside_1d": {
        "zh": "这个点不在曲线范围内（x 在 {xlo:g}…{xhi:g}）。",
        "en": "That point is off the curve (x in {xlo:g}…{xhi:g}).",
    },
    "room.refused_option": {"zh": "请先选一个答案。", "en": "Pick an answer first."},
    "room.refused_full": {
        "zh": "房间已满（{answers} 个答案）。",
        "en": "The room is full ({answers} answers).",
    },
    "room.refused_fast": {
        "zh": "太快了：请隔 {seconds:g} 秒再提交。",
        "en": "Too fast: wait {seconds:g} s before sending again.",
    },
    "room.refused_changes": {
        "zh": "你已修改 {changes} 次，答案不再更改。",
        "en": "You have changed your answer {changes} times: it stays as it is.",
    },
    "room.refused_student": {
        "zh": "只有讲师链接能揭晓或关闭。",
        "en": "Only the lecturer's link can reveal or close.",
    },
    "room.summary_none": {
        "zh": "没有人作答。",
        "en": "Nobody answered.",
    },
    "room.summary_where": {
        "zh": "{n} 人中有 {close} 人把 {opt} 放在它 {steps} 步后的位置 ({x:.2f}, {y:.2f}) 的 {r:.2g} 以内；预测与它的距离中位数为 {miss:.2f}。",
        "en": "{close} of {n} put {opt} within {r:.2g} of where it was after {steps} steps, ({x:.2f}, {y:.2f}); the median miss was {miss:.2f}.",
    },
    "room.summary_where_1d": {
        "zh": "{n} 人中有 {close} 人把 {opt} 放在它 {steps} 步后的位置 x = {x:.2f} 的 {r:.2g} 以内；预测与它的距离中位数为 {miss:.2f}。",
        "en": "{close} of {n} put {opt} within {r:.2g} of where it was after {steps} steps, x = {x:.2f}; the median miss was {miss:.2f}.",
    },
    "room.summary_where_diverged": {
        "zh": "{opt} 在第 {k} 步发散，离开了曲面：{n} 个预测都把它放在曲面上。",
        "en": "{opt} diverged at step {k} and left the surface: all {n} predictions put it on the surface.",
    },
    "room.summary_at_minimum": {
        "zh": "{n} 人中有 {expected} 人预期 {opt} 停在极小值；它确实停下了，离极小值 {d:.2f}（最后 {window} 步每步都短于 {tol:.2g}）。",
        "en": "{expected} of {n} expected {opt} to stop at the minimum; it did: it stopped {d:.2f} from it (each of its last {window} steps shorter than {tol:.2g}).",
    },
    "room.summary_moving_near_minimum": {
        "zh": "{n} 人中有 {expected} 人预期 {opt} 停在极小值；它还没有停下：{steps} 步后离极小值 {d:.2f}，仍在移动（最后一步 {last:.2g}）。",
        "en": "{expected} of {n} expected {opt} to stop at the minimum; it had not stopped: after {steps} steps it is {d:.2f} from it and still moving (last step {last:.2g}).",
    },
    "room.summary_stopped_elsewhere": {
        "zh": "{n} 人中有 {expected} 人预期 {opt} 停在极小值；它没有：它停在离极小值 {d:.2f} 处（最后 {window} 步每步都短于 {tol:.2g}）。",
        "en": "{expected} of {n} expected {opt} to stop at the minimum; it did not: it stopped {d:.2f} from it (each of its last {window} steps shorter than {tol:.2g}).",
    },
    "room.summary_not_at_minimum": {
        "zh": "{n} 人中有 {expected} 人预期 {opt} 停在极小值；它没有，离极小值还有 {d:.2f}。",
        "en": "{expected} of {n} expected {opt} to stop at the minimum; it did not: it ended {d:.2f} from it.",
    },
    "room.summary_all_diverged": {
        "zh": "每个优化器都发散了，{n} 个答案都不对。",
        "en": "Every optimizer diverged: none of the {n} answers was right.",
    },
    "room.summary_unstable": {
        "zh": "它从第 {step} 步起就不稳定了：此后每一步平均是前一步的 {growth:.2f} 倍长。",
        "en": "It was unstable from step {step} on: from there each step was on average {growth:.2f} times as long as the one before.",
    },
    "room.summary_all_runs_diverged": {
        "zh": "每一次运行都发散了，{n} 个答案都不对。",
        "en": "Every run diverged: none of the {n} answers was right.",
    },
    "room.summary_lowest": {
        "zh": "{n} 人中有 {right} 人选了 {truth}，它的损失最低（{loss:.3g}）；选得最多的是 {top}（{top_votes} 人）。",
        "en": "{right} of {n} chose {truth}, which ended lowest (loss {loss:.3g}); the most chosen was {top} ({top_votes}).",
    },
    "room.summary_lowest_split": {
        "zh": "{n} 人中有 {right} 人选了 {truth}，它的损失最低（{loss:.3g}）；没有哪个答案比其他答案得票更多（最多 {top_votes} 人）。",
        "en": "{right} of {n} chose {truth}, which ended lowest (loss {loss:.3g}); no answer was chosen more often than every other (at most {top_votes}).",
    },
    "room.summary_diverged": {
        "zh": "{n} 人中有 {right} 人答对：{opt} 在第 {k} 步发散。",
        "en": "{right} of {n} were right: {opt} diverged at step {k}.",
    },
    "room.summary_stayed": {
        "zh": "{n} 人中有 {right} 人答对：{opt} 在 {steps} 步内没有发散。",
        "en": "{right} of {n} were right: {opt} did not diverge in {steps} steps.",
    },
    "room.summary_basin_1d": {
        "zh": "{n} 人中有 {right} 人答对：{opt} 停在 x = {x:.2f}，答案是“{truth}”。",
        "en": "{right} of {n} were right: {opt} ended at x = {x:.2f}, so the answer is “{truth}”.",
    },
    "room.summary_number": {
        "zh": "{n} 人中有 {close} 人的答案在正确值 {value} 的 ±{tol} 以内；答案的中位数为 {median}。",
        "en": "{close} of {n} answered within ±{tol} of the true value, {value}; the median answer was {median}.",
    },
    "room.summary_number_sides": {
        "zh": "其余的答案中，{high} 个偏高，{low} 个偏低。",
        "en": "Of the rest, {high} were too high and {low} too low.",
    },
    "room.refused_number": {
        "zh": "答案须在 {low} 到 {high} 之间。",
        "en": "The answer must lie between {low} and {high}.",
    },
    # a lesson's number questions (ui/asks.py)
    "ask.axis.saturated": {"zh": "饱和单元的比例（%）", "en": "saturated units (%)"},
    "ask.axis.share": {
        "zh": "落入最低极小值的起点（%）",
        "en": "starts ending in the lowest minimum (%)",
    },
    "ask.axis.steps": {"zh": "步数", "en": "steps"},
    "ask.axis.settings": {"zh": "设置的比例（%）", "en": "share of the settings (%)"},
    "ask.axis.accuracy": {"zh": "测试准确率（%）", "en": "test accuracy (%)"},
    "ask.axis.weights": {"zh": "权重的比例（%）", "en": "share of the weights (%)"},
    "ask.axis.runs": {"zh": "次数", "en": "runs"},
    "room.summary_basin": {
        "zh": "{n} 人中有 {right} 人答对：{opt} 停在 ({x:.2f}, {y:.2f})，答案是“{truth}”。",
        "en": "{right} of {n} were right: {opt} ended at ({x:.2f}, {y:.2f}), so the answer is “{truth}”.",
    },
    # under every lesson (kit.study_aids): the why in words and the lesson's terms
    "aids.why": {"zh": "为什么？", "en": "Why?"},
    "aids.why_wait": {
        "zh": "先回答上面学习步骤的问题：解释会透露答案，回答之后在这里显示。",
        "en": "Answer the study step's question first: the explanation would give the answer away; it shows here once you have answered.",
    },
    "aids.terms": {"zh": "本课术语（{n} 个）", "en": "Terms in this lesson ({n})"},
    "aids.terms_help": {
        "zh": "点术语名打开术语表中的条目。",
        "en": "Click a term's name to open its entry in the glossary.",
    },
    # ---- study steps: a point question (ui/study.py Point) and the verdicts of numbers and points
    "study.your_guess": {"zh": "你的预测", "en": "your guess"},
    "study.tap_hint": {
        "zh": "在等高线图上点一下放下你的预测，或者输入 x 和 y。",
        "en": "Tap the contour plot to place your guess, or type x and y.",
    },
    # the verdict: the distance as shown against the tolerance as shown (ui/study.py verdict)
    "study.verdict.right": {"zh": "答对了", "en": "Right"},
    # a multiple choice's reveal: the verdict in words before the lesson's sentence
    "study.choice.right": {"zh": "答对了", "en": "Right"},
    "study.choice.wrong": {"zh": "不对", "en": "Not quite"},
    "study.choice.verdict": {"zh": "{verdict}。{text}", "en": "{verdict}. {text}"},
    "study.choice.verdict.named": {
        "zh": "{verdict}：是“{right}”。{text}",
        "en": "{verdict}: it is “{right}”. {text}",
    },
    "study.verdict.close": {"zh": "接近", "en": "Close"},
    "study.verdict.off": {"zh": "偏差较大", "en": "Off"},
    "study.verdict.number": {
        "zh": "{verdict}：你的答案与 {truth} 相差 {dist}；相差 ±{tol} 以内算答对，±{far} 以内算接近。",
        "en": "{verdict}: your answer is {dist} from {truth}; within ±{tol} counts as right, within ±{far} as close.",
    },
    "study.verdict.number.at_most": {
        "zh": "{verdict}：你的答案与 {truth} 相差 {dist}；不超过 {truth} 且相差 {tol} 以内算答对（高于 {truth} 不算），±{far} 以内算接近。",
        "en": "{verdict}: your answer is {dist} from {truth}; from {tol} below {truth} up to {truth} itself counts as right (nothing above it), within ±{far} as close.",
    },
    "study.verdict.number.exact_close": {
        "zh": "{verdict}：你的答案与 {truth} 相差 {dist}；只有 {truth} 本身算答对，±{far} 以内算接近。",
        "en": "{verdict}: your answer is {dist} from {truth}; only {truth} itself counts as right, within ±{far} as close.",
    },
    "study.verdict.number.exact": {
        "zh": "{verdict}：你的答案与 {truth} 相差 {dist}；只有 {truth} 本身算答对。",
        "en": "{verdict}: your answer is {dist} from {truth}, and only {truth} itself counts as right.",
    },
    "study.verdict.point": {
        "zh": "{verdict}：相距 {dist}；{tol}（曲面较长边的 {pct}%）以内算答对，{far} 以内算接近。",
        "en": "{verdict}: {dist} away; within {tol} ({pct} % of the surface's longer side) counts as right, within {far} as close.",
    },
    # ---- the learner's path through the course (ui/study.py, pages/start/) -------------------
    "study.no_step": {"zh": "不选练习（自由探索）", "en": "no study step (the free explorer)"},
    "study.kept_answer": {"zh": "你的答案：{answer}", "en": "Your answer: {answer}"},
    "study.next": {"zh": "下一课：{title} →", "en": "Next: {title} →"},
    "study.next_home": {
        "zh": "课程结束：回到学习路线 →",
        "en": "End of the course: back to the path →",
    },
    # the sidebar's lessons with the learner's steps (ui/study.py marked)
    "study.sidebar_some": {"zh": "{title} · {done}/{total}", "en": "{title} · {done}/{total}"},
    "study.sidebar_done": {"zh": "{title}（已完成）", "en": "{title} (done)"},
}


def _with_lessons(shared: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """The shared strings and every registered lesson's own, each key from one place only."""
    catalog = dict(shared)
    for lesson in registry.every_page():
        if not lesson.has("strings"):
            continue
        strings = importlib.import_module(lesson.module("strings")).STRINGS
        twice = sorted(catalog.keys() & strings.keys())
        if twice:
            raise ValueError(f"{lesson.module('strings')} repeats catalog keys: {twice}")
        catalog.update(strings)
    # a lecture note named by its file number ("讲义 000") reads "讲义 1《优化》" (ui/notes.py)
    return {
        key: {lang: notes.render(text, lang) for lang, text in entry.items()}
        for key, entry in catalog.items()
    }


CATALOG: dict[str, dict[str, str]] = _with_lessons(SHARED)

FIGURE_LABELS = (
    "x",
    "y",
    "z",
    "start",
    "minimum",
    "saddle",
    "maximum",
    "click",
    "step",
)


def figure_labels(lang: str) -> dict[str, str]:
    """The translated labels every figure builder takes (axes, markers, animation controls)."""
    return {key: t(f"figure.{key}", lang) for key in FIGURE_LABELS}


def t(key: str, lang: str, **fmt: object) -> str:
    """The text for `key` in `lang`, with `{placeholders}` filled from `fmt`.

    An unknown language falls back to DEFAULT_LANG; an unknown key raises KeyError, so a
    missing translation fails loudly in tests instead of showing a raw key to a class.
    """
    entry = CATALOG[key]
    text = entry.get(lang if lang in LANGS else DEFAULT_LANG) or entry[DEFAULT_LANG]
    if not fmt:
        return text
    filled = fill(text, fmt)
    return spaced(filled) if lang == "zh" else singular(filled)


# Chinese text spaces a Latin word or a number off the characters around it ("在第 3 步",
# "Adam 的", "σ = 0.1 在"): a filled name or number gets that space where the template put
# none. Formulas ($…$) are kept as written.
_HAN = "\u4e00-\u9fff"
_LATIN_HAN = re.compile(f"(?<=[A-Za-z0-9%])(?=[{_HAN}])|(?<=[{_HAN}])(?=[A-Za-z0-9])")
_FORMULA = re.compile(r"(\$[^$]*\$)")


def spaced(text: str) -> str:
    """Chinese `text` with the spaces `_LATIN_HAN` describes."""
    parts = _FORMULA.split(text)
    for i in range(0, len(parts), 2):
        parts[i] = _LATIN_HAN.sub(" ", parts[i])
    return "".join(parts)


# English counts: a template says "{steps} steps"; filled with 1 it reads "1 step". A count is
# a bare 1 (not 0.1, 2.1 or x1); the nouns are the ones the catalog counts.
COUNTED = (
    "steps",
    "times",
    "points",
    "examples",
    "cells",
    "layers",
    "runs",
    "answers",
    "weights",
    "units",
    "settings",
    "saddles",
    "rooms",
    "predictions",
    "parameters",
    "days",
    "years",
    "inputs",
    "probes",
    "terms",
    "formulas",
    "epochs",
    "starts",
    "seeds",
    "minima",
    "maxima",
    "classes",
    "end groups",
)
_IRREGULAR = {"minima": "minimum", "maxima": "maximum", "classes": "class"}
# a counted noun after 1, or after 1 and one of these words ("1 drawn steps")
_BETWEEN = ("drawn", "more", "later", "last", "first", "other")
_ONE_OF = re.compile(
    r"(?<![\w.,\u2212\-×])1 ((?:(?:" + "|".join(_BETWEEN) + r") )?)(" + "|".join(COUNTED) + r")\b"
)


def singular(text: str) -> str:
    """`text` with "1 steps" read as "1 step", and "1 drawn steps" as "1 drawn step" (every
    noun in `COUNTED`)."""
    return _ONE_OF.sub(
        lambda m: "1 " + m.group(1) + _IRREGULAR.get(m.group(2), m.group(2)[:-1]), text
    )


# A placeholder is `{name}` or `{name:spec}`; `{{` and `}}` are braces. Any other brace is
# text, so inline LaTeX keeps its groups as written ($\lambda_{\max}$: KaTeX takes no bare
# `\max` as a subscript) whether or not the string is filled.
_PIECE = re.compile(r"\{\{|\}\}|\{(\w+)(?::([^{}]*))?\}")


def pieces(text: str) -> list[tuple[str, str | None]]:
    """(literal text, placeholder name or None) in order, as `fill` reads `text`."""
    out: list[tuple[str, str | None]] = []
    literal, at = "", 0
    for m in _PIECE.finditer(text):
        literal += text[at : m.start()]
        at = m.end()
        if m.group(1) is None:
            literal += m.group(0)[0]
            continue
        out.append((literal, m.group(1)))
        literal = ""
    out.append((literal + text[at:], None))
    return out


def fill(text: str, fmt: dict) -> str:
    """`text` with its placeholders filled from `fmt` (str.format's rules for them)."""

    def one(m: re.Match) -> str:
        if m.group(1) is None:
            return m.group(0)[0]
        return format(fmt[m.group(1)], m.group(2) or "")

    return _PIECE.sub(one, text)
