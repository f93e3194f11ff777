"""The one translation catalog: every string a person reads, in 中文 and English.

Keys are dotted ASCII. `t(key, lang, **fmt)` looks a key up and fills `{placeholders}`.
What several pages share is written here (`SHARED`); what one lesson alone uses is written in
its folder (`pages/<folder>/strings.py`, `STRINGS`), and `CATALOG` is the two together: a key
written in two places is refused.
"""

from __future__ import annotations

import importlib

from ui import registry

LANGS = ("zh", "en")
DEFAULT_LANG = "en"

SHARED: dict[str, dict[str, str]] = {
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
        "zh": "讲义 002 图 15-8 的曲面：x 方向平缓、y 方向陡峭。学习率接近 1 时 SGD 在谷中来回锯齿（点“图 15-8”预设）。",
        "en": "Note 002, fig. 15-8: gentle along x, steep along y. With a learning rate near 1, SGD zig-zags across the valley (try the Fig. 15-8 preset).",
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
    "landscape.sharp_flat.title": {"zh": "窄谷与宽盆", "en": "Narrow valley, wide basin"},
    "landscape.sharp_flat.blurb": {
        "zh": "左边的极小值更深但很窄，右边的更浅但很宽（讲义 003）。带噪声的小批量梯度会被踢出窄谷，却留在宽盆里。",
        "en": "The left minimum is deeper but narrow, the right one shallower but wide (note 003). Noisy small-batch gradients get kicked out of the narrow one and stay in the wide one.",
    },
    "landscape.two_neuron.title": {"zh": "两个神经元 (1 − w₁w₂)²", "en": "Two neurons (1 − w₁w₂)²"},
    "landscape.two_neuron.blurb": {
        "zh": "讲义 003：y = w₁w₂x 拟合 (1, 1)，原点是鞍点，极小值在 w₁w₂ = 1 上。",
        "en": "Note 003: y = w₁w₂x fit to (1, 1); a saddle at the origin, minima on w₁w₂ = 1.",
    },
    "landscape.x_plus_sin.title": {"zh": "x + sin x", "en": "x + sin x"},
    "landscape.x_plus_sin.blurb": {
        "zh": "讲义 004：x + sin x 没有最小值，它一路下降；在 x = ±π（以及每个 π 的奇数倍）处 f′ = 0 且 f″ = 0，是平坦的拐点，梯度下降可能停在那里。",
        "en": "Note 004: x + sin x has no minimum, it falls without end; at x = ±π (and every odd multiple of π) f′ = 0 and f″ = 0, flat inflection points where gradient descent can stop.",
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
    # ---- step-by-step explainer --------------------------------------------------------------
    "playground.tab_step": {"zh": "逐步讲解", "en": "Step by step"},
    "explain.optimizer": {"zh": "讲解哪个优化器", "en": "Explain which optimizer"},
    "explain.step": {"zh": "第 k 次更新", "en": "Update k"},
    "explain.gradient": {"zh": "−εg", "en": "−εg"},
    "explain.momentum": {"zh": "αv", "en": "αv"},
    "explain.update": {"zh": "Δθ", "en": "Δθ"},
    "explain.caption": {
        "zh": "从 θ_{k} 到 θ_{next}，视图已放大到这一步。黑色箭头 −εg：只按梯度走的一步；{carry}彩色箭头 Δθ：实际走的一步。下面是代入这一步数值的更新规则。",
        "en": "From θ_{k} to θ_{next}, zoomed to this step. Black arrow −εg: the plain gradient step; {carry}coloured arrow Δθ: the step actually taken. Below, the update rule with this step's numbers.",
    },
    "explain.caption.carry": {
        "zh": "灰色箭头 αv：动量带来的部分；",
        "en": "grey arrow αv: what momentum carries; ",
    },
    "explain.field": {"zh": "状态量", "en": "state"},
    "explain.before": {"zh": "更新前", "en": "before"},
    "explain.after": {"zh": "更新后", "en": "after"},
    # ---- downloads --------------------------------------------------------------------------
    "export.title": {"zh": "下载", "en": "Download"},
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
    "landscape.typed.blurb": {
        "zh": "你输入的曲面，画在 [−w, w] 上。图中的极小值、鞍点和极大值是用牛顿法从 256 个起点数值求出的（平坦的退化点不标）。",
        "en": "The surface you typed, drawn on [−w, w]. Its minima, saddles and maxima are found numerically (Newton's method from 256 starts); flat, degenerate points are not marked.",
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
    "optimizer.newton.title": {"zh": "牛顿法 Newton", "en": "Newton"},
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
    "page.lr1d.title": {"zh": "一维中的学习率", "en": "Learning rate in 1-D"},
    # ---- learning rate in 1-D -----------------------------------------------------------------
    "lr1d.notice": {
        "zh": "同一条曲线、同一个起点，只改学习率。切线只在很小的范围内近似曲线（讲义 001）。",
        "en": "Same curve, same start, only the learning rate changes. The tangent only approximates the curve within a small radius (note 001).",
    },
    "lr1d.fate.diverged": {
        "zh": "{lr}：第 {step} 步发散。",
        "en": "{lr}: diverges at step {step}.",
    },
    "lr1d.it": {"zh": "它", "en": "It"},
    "lr1d.fate.stopped_near": {
        "zh": "{lr}：停在 x = {x}（最后 {window} 步每步都小于 {tol}，即坐标轴的 0.01 %），离 x = {c}（{kind}）{dist}；此处 f′ = {g}，f″ = {h}。",
        "en": "{lr}: stopped at x = {x} (each of the last {window} steps moved less than {tol}, 0.01 % of the axis), {dist} from x = {c}, {kind}; there f′ = {g}, f″ = {h}.",
    },
    "lr1d.fate.stopped": {
        "zh": "{lr}：停在 x = {x}（最后 {window} 步每步都小于 {tol}，即坐标轴的 0.01 %），一个驻点：f′ = {g}，f″ = {h}。",
        "en": "{lr}: stopped at x = {x} (each of the last {window} steps moved less than {tol}, 0.01 % of the axis), a critical point: f′ = {g}, f″ = {h}.",
    },
    "lr1d.fate.crawls": {
        "zh": "{lr}：几乎不动（最后 {window} 步每步都小于 {tol}），但 x = {x} 处 f′ = {g} 不为 0：不是驻点，只是步长 ε·f′ 太小。",
        "en": "{lr}: barely moves (each of the last {window} steps is shorter than {tol}), yet f′ = {g} at x = {x} is not 0: no critical point, only a step ε·f′ that small.",
    },
    "lr1d.fate.oscillates_shrinking": {
        "zh": "{lr}：来回振荡，{steps} 步中改变方向 {flips} 次，摆幅在缩小（每步 ×{rate}）；第 {steps} 步 x = {x}，仍在移动（最后一步 {last}）。",
        "en": "{lr}: oscillates, reversing {flips} times in {steps} steps, the swings shrinking (×{rate} per step); x = {x} at step {steps}, still moving (last step {last}).",
    },
    "lr1d.fate.oscillates_growing": {
        "zh": "{lr}：来回振荡且越摆越大（每步 ×{rate}），{steps} 步中改变方向 {flips} 次；第 {steps} 步 x = {x}（最后一步 {last}）。",
        "en": "{lr}: oscillates with growing swings (×{rate} per step), reversing {flips} times in {steps} steps; x = {x} at step {steps} (last step {last}).",
    },
    "lr1d.fate.oscillates_steady": {
        "zh": "{lr}：在一个循环里来回跳，摆幅不变（每步 ×{rate}），{steps} 步中改变方向 {flips} 次；第 {steps} 步 x = {x}（最后一步 {last}）。",
        "en": "{lr}: bounces in a cycle with steady swings (×{rate} per step), reversing {flips} times in {steps} steps; x = {x} at step {steps} (last step {last}).",
    },
    "lr1d.fate.moving": {
        "zh": "{lr}：{steps} 步从 x = {x0} 走到 x = {x}，还在移动（最后一步 {last}，f′ = {g}）。",
        "en": "{lr}: {steps} steps take it from x = {x0} to x = {x}, still moving (last step {last}, f′ = {g}).",
    },
    "lr1d.fate.towards": {
        "zh": "它正朝 x = {c}（{kind}）前进，还差 {dist}。",
        "en": "It is heading for x = {c}, {kind}, still {dist} away.",
    },
    "lr1d.kind.minimum": {"zh": "一个极小值点", "en": "a minimum"},
    "lr1d.kind.maximum": {"zh": "一个极大值点", "en": "a maximum"},
    "lr1d.kind.flat": {
        "zh": "一个平坦的拐点（f″ = 0），不是极小值",
        "en": "a flat inflection point (f″ = 0), not a minimum",
    },
    "lr1d.kind.critical": {"zh": "一个驻点", "en": "a critical point"},
    "lr1d.preset.note004": {"zh": "x + sin x（讲义 004）", "en": "x + sin x (note 004)"},
    "lr1d.preset.parabola": {"zh": "x²：三种结局", "en": "x²: three fates"},
    "lr1d.preset.ascent": {"zh": "25 sin x − x² 上升", "en": "25 sin x − x², ascent"},
    "lr1d.curve": {"zh": "曲线", "en": "Curve"},
    "lr1d.start": {"zh": "起点 x₀", "en": "start x₀"},
    "lr1d.iters": {"zh": "迭代次数", "en": "iterations"},
    # short: at 1024 px the controls column cuts a longer label; the help says what it is for
    "lr1d.ascent": {"zh": "梯度上升", "en": "gradient ascent"},
    "lr1d.ascent_help": {
        "zh": "讲义 004 也演示了沿梯度方向上升以寻找极大值。",
        "en": "Note 004 also climbs along the gradient to find a maximum.",
    },
    "lr1d.k": {"zh": "查看第 k 步的切线", "en": "inspect the tangent at step k"},
    "lr1d.k_help": {
        "zh": "在第 k 个迭代点画出切线，并比较一阶泰勒预测与真实函数值。",
        "en": "Draws the tangent at iterate k and compares the first-order Taylor prediction with the true value.",
    },
    "lr1d.taylor_caption": {
        "zh": "梯度下降来自一阶泰勒展开，只在 Δ 很小时成立：步子越大，预测（空心点）与真实值（实心点）相差越远。",
        "en": "Gradient descent comes from the first-order Taylor expansion, valid only for small Δ: the bigger the step, the further the prediction (hollow) from the truth (filled).",
    },
    "lr1d.tangent": {"zh": "切线", "en": "tangent"},
    "lr1d.taylor_error": {"zh": "泰勒预测与真实值", "en": "Taylor prediction vs truth"},
    "lr1d.table": {
        "zh": "第 {k} 步：泰勒预测与真实变化",
        "en": "Step {k}: Taylor prediction vs actual change",
    },
    "lr1d.col.lr": {"zh": "学习率", "en": "learning rate"},
    "lr1d.col.predicted": {"zh": "预测 f'(x)Δ", "en": "predicted f'(x)Δ"},
    "lr1d.col.actual": {"zh": "真实 f(x+Δ) − f(x)", "en": "actual f(x+Δ) − f(x)"},
    "lr1d.col.error": {"zh": "误差", "en": "error"},
    "page.critical.title": {"zh": "临界点与鞍点", "en": "Critical points and saddles"},
    # ---- critical points ----------------------------------------------------------------------
    "critical.probe": {"zh": "检查点", "en": "Probe point"},
    "critical.intro": {
        "zh": "梯度为零不等于到了极小值：看 Hessian 的特征值（讲义 003）。",
        "en": "A zero gradient is not yet a minimum: look at the Hessian's eigenvalues (note 003).",
    },
    "critical.probe.saddle": {
        "zh": "检查点 {at}：∇L ≈ 0，H 的特征值 {l1} < 0 < {l2}，是鞍点。",
        "en": "At the probe {at} ∇L ≈ 0 and H's eigenvalues are {l1} < 0 < {l2}: a saddle point.",
    },
    "critical.probe.minimum": {
        "zh": "检查点 {at}：∇L ≈ 0，H 的特征值 {l1}、{l2} 都为正，是极小值。",
        "en": "At the probe {at} ∇L ≈ 0 and H's eigenvalues {l1}, {l2} are both positive: a minimum.",
    },
    "critical.probe.maximum": {
        "zh": "检查点 {at}：∇L ≈ 0，H 的特征值 {l1}、{l2} 都为负，是极大值。",
        "en": "At the probe {at} ∇L ≈ 0 and H's eigenvalues {l1}, {l2} are both negative: a maximum.",
    },
    "critical.probe.degenerate": {
        "zh": "检查点 {at}：∇L ≈ 0，但 H 的特征值 {l1}、{l2} 中有 ≈ 0 的：二阶信息判断不了类型（灰色箭头），要看更高阶项。",
        "en": "At the probe {at} ∇L ≈ 0, but H's eigenvalues {l1}, {l2} include one ≈ 0: the second-order test cannot tell the kind (a grey arrow); higher-order terms decide.",
    },
    "critical.probe.not_critical": {
        "zh": "检查点 {at}：∇L = {g}（|∇L| = {norm}）不为零，不是临界点；这里 H 的特征值为 {l1}、{l2}。",
        "en": "At the probe {at} ∇L = {g} (|∇L| = {norm}) is not zero: no critical point; H's eigenvalues there are {l1}, {l2}.",
    },
    "critical.probe.flat": {
        "zh": "检查点 {at}：∇L ≈ 0，且 H = 0（两个特征值都 ≈ 0）：二阶信息判断不了类型（灰色箭头），要看更高阶项。",
        "en": "At the probe {at} ∇L ≈ 0 and H = 0 (both eigenvalues ≈ 0): the second-order test cannot tell the kind (grey arrows); higher-order terms decide.",
    },
    "critical.probe.red": {
        "zh": "红色箭头是负曲率方向（λ = {lam} 的特征向量）：沿它移动，损失下降。",
        "en": "The red arrow is the negative-curvature direction (the eigenvector of λ = {lam}): moving along it lowers the loss.",
    },
    "critical.probe.no_red": {
        "zh": "这里没有负特征值，所以没有红色箭头。",
        "en": "No eigenvalue is negative here, so no arrow is red.",
    },
    "critical.run.escaped_along": {
        "zh": "{name} 在第 {step} 步离鞍点 {saddle} 只有 {d}，随后离开了它（第 {out} 步已远离），离开方向与其负曲率方向相差 {angle}°。",
        "en": "{name} came within {d} of the saddle {saddle} at step {step}, then left it (well away by step {out}), {angle}° off its negative-curvature direction.",
    },
    "critical.run.escaped": {
        "zh": "{name} 在第 {step} 步离鞍点 {saddle} 只有 {d}，随后离开了它（第 {out} 步已远离）。",
        "en": "{name} came within {d} of the saddle {saddle} at step {step}, then left it (well away by step {out}).",
    },
    "critical.run.stopped": {
        "zh": "{name} 停在 {at}（最后 {window} 步每步都小于 {tol}）：{kind}。",
        "en": "{name} stopped at {at} (each of the last {window} steps shorter than {tol}): {kind}.",
    },
    "critical.run.moving": {
        "zh": "{name} 第 {step} 步仍在移动：位于 {at}，最后一步 {last}",
        "en": "{name} is still moving at step {step}: at {at}, last step {last}",
    },
    "critical.run.near": {
        "zh": "，离{kind} {mark} {d}",
        "en": ", {d} from the {kind} {mark}",
    },
    "critical.mark.minimum": {"zh": "极小值", "en": "minimum"},
    "critical.mark.saddle": {"zh": "鞍点", "en": "saddle"},
    "critical.mark.maximum": {"zh": "极大值", "en": "maximum"},
    "critical.at.saddle": {"zh": "一个鞍点，梯度为零", "en": "a saddle point, where ∇L ≈ 0"},
    "critical.at.minimum": {"zh": "一个极小值", "en": "a minimum"},
    "critical.at.maximum": {"zh": "一个极大值", "en": "a maximum"},
    "critical.at.degenerate": {
        "zh": "一个退化临界点（∇L ≈ 0，H 有 ≈ 0 的特征值）",
        "en": "a degenerate critical point (∇L ≈ 0, an eigenvalue of H ≈ 0)",
    },
    "critical.at.not_critical": {
        "zh": "不是临界点（|∇L| = {norm}），只是步子太小",
        "en": "no critical point (|∇L| = {norm}), only steps that small",
    },
    "critical.click_hint": {
        "zh": "点击等高线图任意位置，查看该点的梯度、Hessian 与类型。",
        "en": "Click anywhere on the contours to see that point's gradient, Hessian and kind.",
    },
    "critical.escape": {"zh": "逃离鞍点的实验", "en": "Escaping the saddle"},
    "critical.nudge": {"zh": "把起点偏离一点点", "en": "Nudge the start off the line"},
    "critical.nudge_help": {
        "zh": "起点的 y 加 0.01：离开稳定方向后，梯度下降会在鞍点附近徘徊一阵再逃离。",
        "en": "Adds 0.01 to the start's y: off the stable line, gradient descent lingers near the saddle, then escapes.",
    },
    "critical.gd": {"zh": "梯度下降", "en": "Gradient descent"},
    "critical.gd_noise": {
        "zh": "梯度下降 + 噪声 σ={sigma}",
        "en": "Gradient descent + noise σ={sigma}",
    },
    "critical.escape_direction": {
        "zh": "红色箭头是负曲率方向（λ < 0 的特征向量）：沿它移动，损失下降。",
        "en": "The red arrow is the negative-curvature direction (the eigenvector with λ < 0): moving along it lowers the loss.",
    },
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
    "page.cliffs.title": {"zh": "悬崖与梯度爆炸", "en": "Cliffs and exploding gradients"},
    # ---- cliffs --------------------------------------------------------------------------------
    "cliffs.notice": {
        "zh": "在平缓的高原上步子很小；一旦踩到悬崖，梯度暴增，一步就把参数抛到远处。梯度裁剪把梯度长度限制在 c 以内，步长受控（讲义 000）。",
        "en": "On the gentle plateau the steps are small; one step onto the cliff meets a huge gradient and throws the parameters far away. Gradient clipping caps the gradient's length at c and keeps the step under control (note 000).",
    },
    "cliffs.clip_on": {"zh": "梯度裁剪", "en": "gradient clipping"},
    "cliffs.threshold": {"zh": "裁剪阈值 c", "en": "clipping threshold c"},
    "cliffs.caption": {
        "zh": "裁剪只改变梯度的长度、不改变方向，所以每一步最多走 ε·c。",
        "en": "Clipping changes the gradient's length, not its direction, so no step is longer than ε·c.",
    },
    "cliffs.free": {"zh": "SGD（不裁剪）", "en": "SGD (no clipping)"},
    "cliffs.clipped": {"zh": "SGD，裁剪到 c = {c}", "en": "SGD, clipped at c = {c}"},
    "cliffs.thrown": {
        "zh": "不裁剪时，第 {step} 步撞上悬崖：梯度长度 {norm}，这一步走了 {length}。",
        "en": "Without clipping, step {step} hits the cliff: the gradient is {norm} long and the step travels {length}.",
    },
    "cliffs.grad_norm": {"zh": "梯度长度 ‖g‖", "en": "gradient norm ‖g‖"},
    # ---- batch size and gradient noise -----------------------------------------------------------
    "nav.data": {"zh": "数据与噪声", "en": "Data and noise"},
    "page.minibatch.title": {"zh": "批量大小与梯度噪声", "en": "Batch size and gradient noise"},
    "minibatch.notice": {
        "zh": "同样的训练轮数：整批梯度下降每轮只走一步，但步子稳；批量越小，每轮步数越多，步子越抖（讲义 003）。",
        "en": "Same number of epochs: full-batch gradient descent takes one steady step per epoch; the smaller the batch, the more steps per epoch, and the noisier each one (note 003).",
    },
    "minibatch.data": {
        "zh": "数据：n = {n} 个点，y = 2x + 1 + 噪声（固定随机种子生成）。等高线是全部数据上的真实损失。",
        "en": "Data: n = {n} points, y = 2x + 1 + noise (generated with a fixed seed). The contours are the true loss over all the data.",
    },
    "minibatch.batch": {"zh": "批量大小 B", "en": "batch size B"},
    "minibatch.epochs": {"zh": "训练轮数（epoch）", "en": "epochs"},
    "minibatch.rule": {
        "zh": "每轮先打乱数据，再切成 ⌊n/B⌋ 个批量；B = n 是整批梯度下降，B = 1 是随机梯度下降。",
        "en": "Each epoch shuffles the data and cuts it into ⌊n/B⌋ batches; B = n is full-batch gradient descent, B = 1 is SGD.",
    },
    "minibatch.gd": {"zh": "整批 B = {n}", "en": "full batch B = {n}"},
    "minibatch.mini": {"zh": "小批量 B = {b}", "en": "minibatch B = {b}"},
    "minibatch.sgd": {"zh": "随机 B = 1", "en": "stochastic B = 1"},
    "minibatch.epoch_axis": {"zh": "训练轮数", "en": "epochs"},
    "minibatch.steps_per_epoch": {
        "zh": "{name}：每轮 {k} 步，共 {steps} 步",
        "en": "{name}: {k} per epoch, {steps} steps in all",
    },
    "minibatch.cloud.title": {
        "zh": "一个小批量梯度有多吵",
        "en": "How noisy one minibatch gradient is",
    },
    "minibatch.cloud.caption": {
        "zh": "每个点是随机抽一个大小为 B 的批量、从起点走一步（ε = 0.1）落到的位置；箭头是用全部数据走的一步。B 越大，点云越小；B = n 时缩成一点。",
        "en": "Each dot is where one step (ε = 0.1) from the start lands with a random batch of size B; the arrow is the full-data step. The larger B, the smaller the cloud; at B = n it shrinks to a point.",
    },
    "minibatch.cloud.samples": {"zh": "小批量一步", "en": "one minibatch step"},
    "minibatch.cloud.full": {"zh": "整批一步", "en": "full-batch step"},
    "minibatch.cloud.measured": {
        "zh": "{k} 个批量梯度偏离整批梯度的均方根",
        "en": "RMS distance of {k} batch gradients from the full gradient",
    },
    "minibatch.cloud.theory": {"zh": "公式给出的值", "en": "the formula's value"},
    "minibatch.cloud.full_norm": {"zh": "整批梯度的长度", "en": "length of the full gradient"},
    "minibatch.cloud.note": {
        "zh": "Σ 是单个样本梯度的协方差；(n − B)/(n − 1) 是无放回抽样的修正。",
        "en": "Σ is the covariance of one example's gradient; (n − B)/(n − 1) corrects for drawing without replacement.",
    },
    "minibatch.sharp.title": {
        "zh": "窄谷与宽盆：噪声把小批量踢出窄谷",
        "en": "Narrow valley, wide basin: noise kicks small batches out",
    },
    "minibatch.sharp.small": {"zh": "小批量 B", "en": "small batch B"},
    "minibatch.sharp.large": {"zh": "大批量 B", "en": "large batch B"},
    "minibatch.sharp.caption": {
        "zh": "每种批量从窄谷底出发各跑 {seeds} 次（不同随机种子），ε = 0.05，300 步；菱形是每次的终点，线是其中两次的路径。这里把批量梯度的噪声建模为高斯噪声，单个样本 σ₁ = {sigma}，批量 B 时缩小为 σ₁/√B（上面的点云正是这样缩小的）。",
        "en": "{seeds} runs per batch size (different seeds) from the bottom of the narrow valley, ε = 0.05, 300 steps; diamonds mark where each run ends, lines show two of them. The batch gradient's noise is modelled as Gaussian, σ₁ = {sigma} for one example, σ₁/√B for a batch of B (the cloud above shrinks just so).",
    },
    "minibatch.sharp.ends": {"zh": "B = {b} 的终点", "en": "where B = {b} ends"},
    "minibatch.sharp.left": {
        "zh": "{total} 次中有 {left} 次离开窄谷，落入右边的宽盆",
        "en": "{left} of {total} runs left the narrow valley for the wide basin",
    },
    # ---- feature scaling -------------------------------------------------------------------------
    "page.scaling.title": {"zh": "特征缩放", "en": "Feature scaling"},
    "scaling.notice": {
        "zh": "同一个问题、三种单位：每幅图的数据、模型和最小损失 L* = {lstar} 都相同（特征已减去均值，截距就是平均房价），起点也相同：w = (0, 0)，L = {l0}。变的只有等高线的形状，以及梯度下降在最佳学习率下到达容差所需的步数：{per}（讲义 001）。",
        "en": "One problem in three units: every panel has the same data, the same model and the same least loss L* = {lstar} (the features centred, so the intercept is the mean price), and the same start w = (0, 0) at L = {l0}. Only the contours' shape changes, and with it the steps gradient descent needs at its best step: {per} (note 001).",
    },
    "scaling.per": {
        "zh": "{name} κ = {kappa}，{steps} 步",
        "en": "{name}, κ = {kappa}: {steps} steps",
    },
    "scaling.data": {
        "zh": "数据：{n} 套房子，特征 x₁ = 房间数（{r_lo}–{r_hi}），x₂ = 面积（{a_lo}–{a_hi} m²）；房价 = 3·x₁ + 0.05·x₂ + 噪声（σ = {noise}）。模型：房价 − 平均房价 = w₁x̃₁ + w₂x̃₂，x̃ⱼ = (xⱼ − μⱼ)/sⱼ，各图的 sⱼ 分别为 1、σⱼ、(maxⱼ − minⱼ)/2；从 w = (0, 0) 出发。",
        "en": "Data: {n} flats, features x₁ = rooms ({r_lo}–{r_hi}) and x₂ = floor area ({a_lo}–{a_hi} m²); price = 3·x₁ + 0.05·x₂ + noise (σ = {noise}). Model: price − mean price = w₁x̃₁ + w₂x̃₂ with x̃ⱼ = (xⱼ − μⱼ)/sⱼ, sⱼ = 1, σⱼ or (maxⱼ − minⱼ)/2 in the three panels, from w = (0, 0).",
    },
    "scaling.fit.within": {
        "zh": "最小二乘在原始单位下得到 w = ({w1}, {w2})（标准误 ±{se1}、±{se2}）：在噪声范围内（{k} 个标准误以内）就是规则中的 3 和 0.05。各图的极小值 ★ 是它乘以 sⱼ：{minima}。",
        "en": "Least squares finds w = ({w1}, {w2}) on the raw scale (standard errors ±{se1}, ±{se2}): the rule's 3 and 0.05 to within the noise ({k} standard errors). Each panel's minimum ★ is that times sⱼ: {minima}.",
    },
    "scaling.fit.off": {
        "zh": "最小二乘在原始单位下得到 w = ({w1}, {w2})（标准误 ±{se1}、±{se2}），与规则中的 3 和 0.05 相差超过 {k} 个标准误。各图的极小值 ★ 是它乘以 sⱼ：{minima}。",
        "en": "Least squares finds w = ({w1}, {w2}) on the raw scale (standard errors ±{se1}, ±{se2}), more than {k} standard errors from the rule's 3 and 0.05. Each panel's minimum ★ is that times sⱼ: {minima}.",
    },
    "scaling.tol": {
        "zh": "容差：剩余损失比例 10ᵏ 中的 k",
        "en": "tolerance: k in 10ᵏ of the start's excess loss",
    },
    "scaling.raw": {"zh": "原始特征", "en": "raw features"},
    "scaling.standard": {"zh": "标准化", "en": "standardised"},
    "scaling.minmax": {"zh": "最小-最大缩放", "en": "min-max scaled"},
    "scaling.facts": {
        "zh": "条件数 κ = {kappa} · 最佳学习率 ε* = {lr} · 到达容差需 **{steps}** 步",
        "en": "condition number κ = {kappa} · best step ε* = {lr} · **{steps}** steps to the tolerance",
    },
    "scaling.excess": {
        "zh": "(L − L*)/(L₀ − L*)",
        "en": "(L − L*)/(L₀ − L*)",
    },
    # ---- L1 vs L2 regularisation -----------------------------------------------------------------
    "page.reg.title": {"zh": "L1 与 L2 正则化", "en": "L1 vs L2 regularisation"},
    "reg.notice": {
        "zh": "λ 变大时，L2 让两个权重一起缩小，却不会恰好为零；L1 的菱形尖角先碰到等高线，一个权重恰好变成 0（讲义 002）。",
        "en": "As λ grows, L2 shrinks both weights together but never exactly to zero; the corner of L1's diamond meets the contours first and one weight becomes exactly 0 (note 002).",
    },
    "reg.data": {
        "zh": "训练数据：n = {n} 个点，两个高度相关的特征，y = x₁ + 0.5·x₂ + 噪声。点太少，不加正则时最小值 ★ 被噪声带偏。",
        "en": "Training data: n = {n} points, two strongly correlated features, y = x₁ + 0.5·x₂ + noise. Too few points: without regularisation the minimum ★ is pulled off by the noise.",
    },
    "reg.shapes": {
        "zh": "圆和菱形是与该 λ 等价的约束 ‖w‖ ≤ t：正则化的解就是约束区域与最低等高线相切的点。虚线是 λ 从 0 增大时解走过的路径。",
        "en": "The circle and the diamond are the constraint ‖w‖ ≤ t equivalent to this λ: the regularised solution is where the region touches the lowest contour. The dotted line is the path of the solution as λ grows from 0.",
    },
    "reg.l2": {"zh": "L2（权重衰减）", "en": "L2 (weight decay)"},
    "reg.l1": {"zh": "L1（稀疏）", "en": "L1 (sparse)"},
    "reg.path": {"zh": "λ 增大时的解", "en": "solution as λ grows"},
    "reg.l2_shape": {"zh": "‖w‖₂ = t", "en": "‖w‖₂ = t"},
    "reg.l1_shape": {"zh": "‖w‖₁ = t", "en": "‖w‖₁ = t"},
    "reg.solution": {"zh": "λ = {lam} 的解", "en": "solution at λ = {lam}"},
    "reg.gd": {"zh": "梯度下降（提前停止）", "en": "gradient descent (stopped early)"},
    "reg.value": {"zh": "w = ({w1}, {w2})", "en": "w = ({w1}, {w2})"},
    "reg.zero": {"zh": "{which} 恰好为 0", "en": "{which} is exactly 0"},
    "reg.es.title": {"zh": "提前停止", "en": "Early stopping"},
    "reg.es.train": {"zh": "训练损失", "en": "training loss"},
    "reg.es.val": {"zh": "验证损失", "en": "validation loss"},
    "reg.es.best": {"zh": "第 {k} 步停止", "en": "stop at step {k}"},
    "reg.es.text": {
        "zh": "同一个模型在同一份训练数据上做梯度下降（ε = 1，从 w = 0 出发）。训练损失一直下降；验证损失（200 个新点）在第 **{k}** 步最低（{best}），此后模型开始拟合噪声，{steps} 步时升到 {end}。在第 {k} 步停下，w = ({w1}, {w2})，与左上图中 L2 的解很接近：提前停止的作用类似 L2 正则化。",
        "en": "Gradient descent on the same model and training data (ε = 1, from w = 0). The training loss keeps falling; the validation loss (200 fresh points) is lowest at step **{k}** ({best}), then the model starts fitting the noise and it rises to {end} by step {steps}. Stopped at step {k}, w = ({w1}, {w2}), close to the L2 solutions above: early stopping acts much like L2 regularisation.",
    },
    # ---- weight initialisation ---------------------------------------------------------------------
    "nav.networks": {"zh": "神经网络", "en": "Networks"},
    "page.init.title": {"zh": "权重初始化", "en": "Weight initialisation"},
    "init.notice": {
        "zh": "6 层全连接网络，输入是标准正态分布。选择初始化方法和激活函数：直方图显示每层的激活值和反向传播的梯度，右边的结论是根据它们各层标准差的变化算出来的（讲义 002）。",
        "en": "A 6-layer fully connected network fed standard-normal inputs. Choose an initialisation and an activation: the histograms show every layer's activations and back-propagated gradients, and the sentence beside them is measured from how their spread changes through the network (note 002).",
    },
    "init.claim.act.steady": {
        "zh": "激活值的标准差从第 1 层到第 6 层基本保持：{start} → {end}（变化不到 2 倍）。",
        "en": "The activations keep their spread from layer 1 to layer 6: {start} → {end} (less than ×2 apart).",
    },
    "init.claim.act.grows": {
        "zh": "激活值的标准差从第 1 层到第 6 层放大 {factor} 倍：{start} → {end}。",
        "en": "The activations' spread grows ×{factor} from layer 1 to layer 6: {start} → {end}.",
    },
    "init.claim.act.shrinks": {
        "zh": "激活值的标准差从第 1 层到第 6 层缩小 {factor} 倍：{start} → {end}。",
        "en": "The activations' spread shrinks ×{factor} from layer 1 to layer 6: {start} → {end}.",
    },
    "init.claim.grad.steady": {
        "zh": "梯度从第 6 层传回第 1 层，标准差基本保持：{start} → {end}。",
        "en": "The gradient keeps its spread from layer 6 back to layer 1: {start} → {end}.",
    },
    "init.claim.grad.grows": {
        "zh": "梯度从第 6 层传回第 1 层，标准差放大 {factor} 倍：{start} → {end}。",
        "en": "The gradient's spread grows ×{factor} from layer 6 back to layer 1: {start} → {end}.",
    },
    "init.claim.grad.shrinks": {
        "zh": "梯度从第 6 层传回第 1 层，标准差缩小 {factor} 倍：{start} → {end}。",
        "en": "The gradient's spread shrinks ×{factor} from layer 6 back to layer 1: {start} → {end}.",
    },
    "init.claim.act.exploding": {
        "zh": "激活值爆炸：后面的层数值失控。",
        "en": "Exploding activations: the later layers' values run away.",
    },
    "init.claim.act.collapsing": {
        "zh": "激活值塌缩：后面的层几乎没有信号。",
        "en": "Collapsing activations: the later layers carry almost no signal.",
    },
    "init.claim.grad.exploding": {
        "zh": "梯度爆炸：前面的层会迈出巨大的步子。",
        "en": "Exploding gradients: the first layers would take huge steps.",
    },
    "init.claim.grad.vanishing": {
        "zh": "梯度消失：前面的层几乎学不动。",
        "en": "Vanishing gradients: the first layers barely learn.",
    },
    "init.claim.saturated": {
        "zh": "第 6 层有 {share} 的激活值挤在平坦的两端（饱和）。",
        "en": "{share} of layer 6's activations sit in the flat ends (saturated).",
    },
    "init.init": {"zh": "初始化", "en": "Initialisation"},
    "init.activation": {"zh": "激活函数", "en": "Activation"},
    "init.zero": {"zh": "零初始化", "en": "zero"},
    "init.normal": {"zh": "标准正态 N(0, 1)", "en": "normal N(0, 1)"},
    "init.scaled": {"zh": "N(0, 1/√n_in)", "en": "N(0, 1/√n_in)"},
    "init.xavier_normal": {"zh": "Xavier（正态）", "en": "Xavier (normal)"},
    "init.xavier_uniform": {"zh": "Xavier（均匀）", "en": "Xavier (uniform)"},
    "init.he": {"zh": "He / MSRA", "en": "He / MSRA"},
    "init.act.sigmoid": {"zh": "Sigmoid", "en": "sigmoid"},
    "init.act.tanh": {"zh": "tanh", "en": "tanh"},
    "init.act.relu": {"zh": "ReLU", "en": "ReLU"},
    "init.act.leaky_relu": {"zh": "Leaky ReLU", "en": "leaky ReLU"},
    "init.act.linear": {"zh": "无", "en": "none"},
    "init.setup": {
        "zh": "每层 100 个单元，1000 个标准正态输入；N(0, s) 中的 s 是标准差，与讲义一致。梯度是对一个平方损失关于各层激活值求的导数。",
        "en": "100 units per layer, 1000 standard-normal inputs; s in N(0, s) is the standard deviation, as in the note. Gradients are those of a squared loss with respect to each layer's activations.",
    },
    "init.layer": {"zh": "第 {k} 层", "en": "layer {k}"},
    "init.activations": {"zh": "激活值", "en": "activation"},
    "init.gradients": {"zh": "反向传播的梯度 ∂L/∂a", "en": "back-propagated gradient ∂L/∂a"},
    "init.std_act": {"zh": "激活值标准差", "en": "activation std"},
    "init.std_grad": {"zh": "梯度标准差", "en": "gradient std"},
    "init.verdict.healthy": {
        "zh": "各层分布保持稳定：有利于学习。",
        "en": "Every layer keeps its spread: good for learning.",
    },
    "init.verdict.saturated": {
        "zh": "激活值挤在两端（饱和）：导数接近 0，反向传播的梯度逐层消失。",
        "en": "Activations pile up at the ends (saturated): derivatives near 0, gradients vanish layer by layer.",
    },
    "init.verdict.vanishing": {
        "zh": "激活值逐层向 0 收缩：后面的层几乎没有信号。",
        "en": "Activations shrink toward 0 layer by layer: the later layers carry almost no signal.",
    },
    "init.verdict.exploding": {
        "zh": "激活值逐层放大：数值会爆炸。",
        "en": "Activations grow layer by layer: the values explode.",
    },
    "init.verdict.symmetric": {
        "zh": "同一层的所有单元完全相同：梯度对称回传，它们永远一样。",
        "en": "Every unit of a layer is identical: the gradients flow back symmetrically and they stay the same forever.",
    },
    "init.short.healthy": {"zh": "正确：各层分布稳定", "en": "works: spread steady"},
    "init.short.saturated": {"zh": "饱和：分布成凹形", "en": "saturated: U-shaped"},
    "init.short.vanishing": {"zh": "逐层向 0 收缩", "en": "shrinks toward 0"},
    "init.short.exploding": {"zh": "逐层放大", "en": "explodes"},
    "init.short.symmetric": {"zh": "单元完全相同", "en": "units identical"},
    "init.short.learns": {"zh": "可以学习", "en": "learns"},
    "init.table.title": {
        "zh": "讲义的初始化对比表：用同一份代码实测",
        "en": "The note's comparison table, measured by the same code",
    },
    "init.table.id": {"zh": "编号", "en": "ID"},
    "init.table.depth": {"zh": "网络深度", "en": "depth"},
    "init.table.layers": {"zh": "{n} 层", "en": "{n}"},
    "init.table.note": {"zh": "讲义的说明", "en": "the note says"},
    "init.table.measured": {"zh": "本页实测", "en": "measured here"},
    "init.note.ok": {"zh": "可以 / 正确", "en": "works"},
    "init.note.wrong": {
        "zh": "错误，不能正确反向传播",
        "en": "wrong: cannot back-propagate properly",
    },
    "init.note.saturated": {
        "zh": "激活值分布成凹形，不利于反向传播",
        "en": "activations U-shaped, bad for back-propagation",
    },
    "init.note.vanishing": {
        "zh": "激活值分布偏向 0，不利于反向传播",
        "en": "activations skewed to 0, bad for back-propagation",
    },
    "init.table.caption": {
        "zh": "单层和双层的行训练一个 1-3-1 的小网络（或一个线性层）；多层的行用上面的 6 层网络统计。",
        "en": "The one- and two-layer rows train a small 1-3-1 network (or one linear layer); the multi-layer rows use the 6-layer statistics above.",
    },
    "init.zero.title": {
        "zh": "零初始化：同一层的单元永远一样",
        "en": "Zero initialisation: the units of a layer stay identical",
    },
    "init.zero.loss": {"zh": "训练 2000 步后损失 {loss}", "en": "loss {loss} after 2000 steps"},
    "init.zero.caption": {
        "zh": "1 个输入、3 个 Sigmoid 隐藏单元、1 个输出，拟合一个“鼓包” y = exp(−4(x − 0.3)²)，梯度下降 2000 步（讲义 002 的打印输出）。零初始化时 W1、B1、W2 的 3 个值始终相同，网络等于只有一个隐藏单元，拟合不出鼓包；随机初始化可以。",
        "en": "1 input, 3 sigmoid hidden units, 1 output, fitting a bump y = exp(−4(x − 0.3)²) with 2000 steps of gradient descent (note 002's printout). From zero, the 3 values in W1, B1 and W2 stay equal: the network is as good as one hidden unit and cannot make the bump; from random weights it can.",
    },
    # ---- long-term dependencies ---------------------------------------------------------------------
    "page.ltd.title": {"zh": "长期依赖", "en": "Long-term dependencies"},
    "ltd.notice": {
        "zh": "循环网络每一步都乘同一个矩阵 W。t 步之后是 Wᵗ：沿 |λ| > 1 的特征方向爆炸，沿 |λ| < 1 的方向消失（讲义 000）。把 λ₁ 拉过 1 试试。",
        "en": "A recurrent network multiplies by the same matrix W at every step. After t steps that is Wᵗ: it explodes along eigen-directions with |λ| > 1 and vanishes along those with |λ| < 1 (note 000). Drag λ₁ across 1.",
    },
    "ltd.setup": {
        "zh": "V 的两列是特征向量 (1, 0) 与 (cos 0.6, sin 0.6)；起点 v = (1, 1)。",
        "en": "V's columns are the eigenvectors (1, 0) and (cos 0.6, sin 0.6); the start is v = (1, 1).",
    },
    "ltd.explode": {
        "zh": "|λ|max = {lam} > 1：{t} 步后 ‖Wᵗv‖ = {norm}，爆炸。",
        "en": "|λ|max = {lam} > 1: after {t} steps ‖Wᵗv‖ = {norm}, exploding.",
    },
    "ltd.vanish": {
        "zh": "|λ|max = {lam} < 1：{t} 步后 ‖Wᵗv‖ = {norm}，消失。",
        "en": "|λ|max = {lam} < 1: after {t} steps ‖Wᵗv‖ = {norm}, vanishing.",
    },
    "ltd.steady": {
        "zh": "|λ|max = 1：长度既不爆炸也不消失。",
        "en": "|λ|max = 1: the length neither explodes nor vanishes.",
    },
    "ltd.orbit": {"zh": "Wᵗv 的轨迹", "en": "orbit of Wᵗv"},
    "ltd.norm": {"zh": "‖Wᵗv‖", "en": "‖Wᵗv‖"},
    "ltd.reference": {"zh": "c·{lam}ᵗ", "en": "c·{lam}ᵗ"},
    "ltd.gradients": {
        "zh": "反向传播经过 t 步时梯度也乘了 t 次 Wᵀ：同样的爆炸与消失。梯度爆炸时，一步就可能把参数抛到很远的地方——梯度截断就是为此准备的。",
        "en": "Back-propagating through t steps multiplies the gradient by Wᵀ t times: the same explosion and vanishing. An exploding gradient can throw the parameters far in one step — which is what gradient clipping is for.",
    },
    "ltd.to_cliffs": {"zh": "悬崖与梯度截断", "en": "Cliffs and gradient clipping"},
    # ---- a real network's loss landscape ------------------------------------------------------------
    "page.netland.title": {"zh": "真实网络的损失曲面", "en": "A real network's loss landscape"},
    "netland.notice": {
        "zh": "一个真的小网络（约 1400 个参数）在“双月”数据上训练。它的损失曲面无法整体画出，只能沿两个方向切一刀：随机方向（按滤波器归一化，Li 等 2018）或训练轨迹的两个主成分方向。下方的表比较有无残差连接时训练终点的最大曲率（尖锐程度）（讲义 004）。",
        "en": "A real small network (about 1,400 parameters) trained on a two-moons dataset. Its loss landscape cannot be drawn whole, only sliced along two directions: random ones (filter-normalised, Li et al. 2018) or the two principal directions of the training trajectory. The table below compares the largest curvature (sharpness) at the end of training with and without residual connections (note 004).",
    },
    "netland.residual": {
        "zh": "残差连接",
        "en": "residual connections",
    },
    "netland.span": {"zh": "切片范围 ±", "en": "slice range ±"},
    "netland.setup": {
        "zh": "网络：2 → 16 → 6 个 16 单元的 tanh 隐藏层 → 1，交叉熵损失，200 个生成的点（固定种子），Xavier 初始化。d₁、d₂ 的每个单元的入权重被缩放到 θ* 中对应单元的范数，偏置不动。",
        "en": "Network: 2 → 16 → six hidden tanh layers of 16 → 1, cross-entropy, 200 generated points (fixed seed), Xavier initialisation. Each unit's incoming weights in d₁, d₂ are scaled to the norm of that unit's weights in θ*; biases stay put.",
    },
    "netland.computing": {
        "zh": "训练网络并计算 {n} 个格点的损失……",
        "en": "Training the network and evaluating {n} grid points…",
    },
    "netland.accuracy": {"zh": "训练准确率", "en": "training accuracy"},
    "netland.final_loss": {"zh": "最终损失", "en": "final loss"},
    "netland.sharpness": {"zh": "尖锐程度", "en": "sharpness"},
    "netland.sharpness_full": {"zh": "尖锐程度 λ_max(H)", "en": "sharpness λ_max(H)"},
    "netland.sharpness_help": {
        "zh": "Hessian 的最大特征值 λ_max(H)，在训练终点 θ* 用幂迭代求得。越大，谷越窄越陡。",
        "en": "The Hessian's largest eigenvalue λ_max(H) at the end of training θ*, found by power iteration. The larger it is, the narrower and steeper the valley.",
    },
    "netland.params": {"zh": "参数个数", "en": "parameters"},
    "netland.tab_random": {"zh": "随机方向", "en": "Random directions"},
    "netland.tab_pca": {"zh": "训练轨迹（PCA 方向）", "en": "Training path (PCA directions)"},
    "netland.theta_star": {"zh": "训练终点 θ*", "en": "end of training θ*"},
    "netland.pc": {"zh": "主成分 {k}（{share}% 方差）", "en": "PC {k} ({share}% of variance)"},
    "netland.claim.same": {
        "zh": "残差连接几乎不改变终点的尖锐程度：有 {on}，无 {off}（相差 {pct} %，在 ±{band} % 以内）。",
        "en": "Residual connections barely change the sharpness at the end: {on} with, {off} without ({pct} % apart, within ±{band} %).",
    },
    "netland.claim.flatter": {
        "zh": "有残差连接时终点更平坦：尖锐程度 {on}，无残差时 {off}（小 {factor} 倍）。",
        "en": "With residual connections the end point is flatter: sharpness {on} against {off} without ({factor}× lower).",
    },
    "netland.claim.sharper": {
        "zh": "有残差连接时终点更尖锐：尖锐程度 {on}，无残差时 {off}（大 {factor} 倍）。",
        "en": "With residual connections the end point is sharper: sharpness {on} against {off} without ({factor}× higher).",
    },
    "netland.claim.unknown": {
        "zh": "无法比较尖锐程度（训练发散或曲率不为正）：有 {on}，无 {off}。",
        "en": "The sharpness cannot be compared (a run diverged or the curvature is not positive): {on} with, {off} without.",
    },
    "netland.claim.loss": {
        "zh": "最终损失：有 {on}，无 {off}。",
        "en": "Final loss: {on} with, {off} without.",
    },
    "netland.without": {"zh": "无残差连接", "en": "without residual connections"},
    "netland.with": {"zh": "有残差连接", "en": "with residual connections"},
    "netland.timing": {
        "zh": "网格 {n} × {n} = {cells} 个点的损失，一次 vmap 调用用时 {grid} 秒（含首次编译）；训练 {train} 秒。λ_max(H) 由 50 次 Hessian-向量积的幂迭代求得。",
        "en": "The {n} × {n} = {cells}-point loss grid is one vmapped call: {grid} s (first compile included); training took {train} s. λ_max(H) comes from 50 steps of power iteration on Hessian-vector products.",
    },
    # ---- the edge of stability ----------------------------------------------------------------
    "page.geometry.title": {"zh": "梯度的几何", "en": "The gradient's geometry"},
    "geometry.point": {"zh": "点 θ", "en": "point θ"},
    "geometry.click_hint": {
        "zh": "点击等高线图上任意一点，在那里看方向导数与线性近似。",
        "en": "Click anywhere on the contour to look at the directions and the linear model there.",
    },
    "geometry.tau": {"zh": "允许的线性近似误差 τ", "en": "linear model's allowed error τ"},
    "geometry.tau_help": {
        "zh": "半径 r 之内，|L(θ+δ) − L(θ) − ∇L·δ| 在每个方向上都不超过 τ·r‖∇L‖。",
        "en": "Within the radius r, |L(θ+δ) − L(θ) − ∇L·δ| stays ≤ τ·r‖∇L‖ in every direction.",
    },
    "geometry.view_plane": {"zh": "等高线与方向", "en": "Contour and directions"},
    "geometry.view_3d": {"zh": "三维：切平面", "en": "3-D: tangent plane"},
    "geometry.trust": {"zh": "线性近似成立的半径", "en": "radius where the linear model holds"},
    "geometry.tangent": {"zh": "等高线方向（D_u L = 0）", "en": "along the contour (D_u L = 0)"},
    "geometry.gradient": {"zh": "∇L 方向", "en": "∇L direction"},
    "geometry.descent": {"zh": "−∇L 方向", "en": "−∇L direction"},
    "geometry.step": {"zh": "−ε∇L", "en": "−ε∇L"},
    "geometry.landing": {"zh": "一步之后", "en": "after the step"},
    "geometry.predicted": {"zh": "线性近似的预测", "en": "linear model's prediction"},
    "geometry.plane": {"zh": "切平面", "en": "tangent plane"},
    "geometry.directional": {"zh": "方向导数 D_u L", "en": "directional derivative D_u L"},
    "geometry.zero": {"zh": "D_u L = 0", "en": "D_u L = 0"},
    "geometry.polar_title": {
        "zh": "各方向 u 上的 D_u L（中心 = 最小，外圈 = 最大，虚线圆 = 0）",
        "en": "D_u L in every direction u (centre: smallest, rim: largest, dotted circle: 0)",
    },
    "geometry.directions": {
        "zh": "D_u L 在 {angle}° 方向最大（{top}），即 ∇L 的方向（{grad_angle}°，‖∇L‖ = {norm}）；沿等高线（{t1}° 与 {t2}°）它为 {along}；沿 −∇L 最小（{bottom}）。",
        "en": "D_u L is largest, {top}, at {angle}°: the direction of ∇L ({grad_angle}°, ‖∇L‖ = {norm}). Along the contour ({t1}° and {t2}°) it is {along}; along −∇L it is smallest, {bottom}.",
    },
    "geometry.radius": {
        "zh": "在 θ 周围半径 r = {radius} 之内，线性近似的误差不超过它所预测变化的 {tau}。",
        "en": "Within r = {radius} of θ the linear model is off by at most {tau} of the change it predicts.",
    },
    "geometry.radius_at_least": {
        "zh": "在检查过的整个范围内（半径 {radius}），线性近似的误差都不超过它所预测变化的 {tau}。",
        "en": "Everywhere checked, out to r = {radius}, the linear model is off by at most {tau} of the change it predicts.",
    },
    "geometry.step_inside": {
        "zh": "ε = {lr} 的一步长 {length}，在半径 {radius} 之内：线性近似预测 ΔL = {predicted}，实际 ΔL = {actual}（预测的 {share}）。",
        "en": "The step with ε = {lr} is {length} long, inside the radius {radius}: the linear model predicts ΔL = {predicted}, the loss changes by {actual} ({share} of the prediction).",
    },
    "geometry.step_outside": {
        "zh": "ε = {lr} 的一步长 {length}，超出了线性近似在各方向上都准确到 {tau} 的半径 {radius}：它预测 ΔL = {predicted}，实际 ΔL = {actual}（预测的 {share}）。",
        "en": "The step with ε = {lr} is {length} long, outside the radius {radius} within which the linear model holds to {tau} in every direction: it predicts ΔL = {predicted}, the loss changes by {actual} ({share} of the prediction).",
    },
    "geometry.step_outside_up": {
        "zh": "ε = {lr} 的一步长 {length}，超出半径 {radius}：线性近似预测 ΔL = {predicted}，损失却上升了 {actual}。ε 太大，梯度下降所依据的近似不再成立。",
        "en": "The step with ε = {lr} is {length} long, outside the radius {radius}: the linear model predicts ΔL = {predicted}, yet the loss rises by {actual}. Too large an ε breaks the approximation gradient descent was derived from.",
    },
    "geometry.critical": {
        "zh": "这里 ∇L ≈ 0（‖∇L‖ = {norm}）：每个方向的一阶变化都是 0，线性近似预测损失不变，梯度下降不会移动。",
        "en": "∇L ≈ 0 here (‖∇L‖ = {norm}): to first order every direction is flat, the linear model predicts no change, and gradient descent does not move.",
    },
    "geometry.caption_3d": {
        "zh": "橙色：切平面 L(θ) + ∇L·δ；蓝圈：线性近似成立的半径；虚线：一步之后，平面上的预测（空心）与曲面上的实际损失（实心）之差。",
        "en": "Orange: the tangent plane L(θ) + ∇L·δ. Blue circle: the radius where the linear model holds. Dashed: after the step, the plane's prediction (open) against the surface's loss (filled).",
    },
    "geometry.caption_plane": {
        "zh": "黑色箭头：∇L 的方向；橙色点线：沿等高线；蓝色虚线圆：线性近似准确到 τ 的半径；彩色箭头：一步 −ε∇L（留在圆内为绿色，越出为红色）。",
        "en": "Black arrow: ∇L's direction. Orange dots: along the contour. Blue dashed circle: where the linear model holds to τ. Coloured arrow: the step −ε∇L (green inside the circle, red outside).",
    },
    "geometry.rule": {
        "zh": "方向导数与一阶泰勒展开",
        "en": "The directional derivative and the first-order Taylor model",
    },
    "page.regnet.title": {"zh": "真实网络上的正则化", "en": "Regularisation on a real network"},
    "hp.l2": {"zh": "L2 系数 λ₂", "en": "L2 strength λ₂"},
    "hp.l1": {"zh": "L1 系数 λ₁", "en": "L1 strength λ₁"},
    "hp.drop": {"zh": "丢弃率 p", "en": "dropout rate p"},
    "regnet.view_weights": {"zh": "各层权重", "en": "Weights per layer"},
    "regnet.view_curves": {"zh": "训练与验证曲线", "en": "Training and validation"},
    "regnet.none": {"zh": "无正则", "en": "none"},
    "regnet.l2": {"zh": "L2", "en": "L2"},
    "regnet.l1": {"zh": "L1", "en": "L1"},
    "regnet.dropout": {"zh": "丢弃法", "en": "dropout"},
    "regnet.layer": {"zh": "第 {k} 层", "en": "layer {k}"},
    "regnet.abs_w": {"zh": "|w|", "en": "|w|"},
    "regnet.train": {"zh": "训练", "en": "training"},
    "regnet.valid": {"zh": "验证", "en": "validation"},
    "regnet.early_stop_mark": {"zh": "早停点", "en": "early stop"},
    "regnet.loss": {"zh": "交叉熵损失", "en": "cross-entropy loss"},
    "regnet.computing": {"zh": "正在训练四个网络……", "en": "Training four networks…"},
    "regnet.setup": {
        "zh": "scikit-learn 自带的 8×8 手写数字：300 张训练、400 张验证、1097 张测试；网络 64→16→16→16→10（ReLU，Xavier 初始化），小批量 SGD（批量 10，ε = 0.1）训练 4000 步，四种做法用相同的初始值和小批量。",
        "en": "scikit-learn's bundled 8×8 digits: 300 to train, 400 to validate, 1097 to test. Network 64→16→16→16→10 (ReLU, Xavier initialisation), minibatch SGD (batch 10, ε = 0.1) for 4000 steps; the four variants share the initial weights and the minibatches.",
    },
    "regnet.row.accuracy": {"zh": "测试准确率", "en": "test accuracy"},
    "regnet.row.total": {"zh": "权重总数", "en": "weights in all"},
    "regnet.row.small": {"zh": "小值权重（< 1e-2）", "en": "small weights (< 1e-2)"},
    "regnet.row.tiny": {"zh": "极小值权重（< 1e-5）", "en": "tiny weights (< 1e-5)"},
    "regnet.row.norm1": {"zh": "第 {k} 层 Norm1", "en": "layer {k} Norm1"},
    "regnet.row.norm2": {"zh": "第 {k} 层 Norm2", "en": "layer {k} Norm2"},
    "regnet.row": {"zh": "比较项", "en": "measure"},
    "regnet.small": {
        "zh": "L1 让 {total} 个权重中的 {l1} 个小于 10⁻²，L2 为 {l2} 个，无正则为 {none} 个。",
        "en": "L1 leaves {l1} of the {total} weights below 10⁻², L2 {l2}, no regularisation {none}.",
    },
    "regnet.norms": {
        "zh": "{layers} 层中，L1 的 Norm1 在 {n1} 层最小；L2 的 Norm2 在 {n2} 层最小。",
        "en": "Of the {layers} layers, L1 has the smallest Norm1 in {n1} and L2 the smallest Norm2 in {n2}.",
    },
    "regnet.tiny": {
        "zh": "低于 10⁻⁵ 的 L1 权重只有 {tiny} 个（低于 10⁻² 的有 {small} 个）：次梯度 λ₁·sign(w) 让接近 0 的权重每步来回跳动约 ελ₁ = {jitter}，而不是恰好停在 0。",
        "en": "Only {tiny} L1 weights fall below 10⁻⁵ (against {small} below 10⁻²): the subgradient λ₁·sign(w) makes a weight near 0 jump by about ελ₁ = {jitter} each step rather than settle at exactly 0.",
    },
    "regnet.accuracy": {
        "zh": "测试准确率：无正则 {none}，L2 {l2}，L1 {l1}，丢弃法 {dropout}。",
        "en": "Test accuracy: none {none}, L2 {l2}, L1 {l1}, dropout {dropout}.",
    },
    "regnet.early_stop": {
        "zh": "无正则时验证损失在第 {step} 步最低（{best}）；到第 {end} 步升到 {end_valid}，而训练损失从 {train_then} 降到 {train_end}：它开始记住训练集。早停法保留第 {step} 步的权重。",
        "en": "Without regularisation the validation loss is lowest at step {step} ({best}); by step {end} it has risen to {end_valid} while the training loss fell from {train_then} to {train_end}: the network is memorising its training digits. Early stopping keeps the weights of step {step}.",
    },
    "regnet.early_stop_plain": {
        "zh": "无正则时验证损失在第 {step} 步最低（{best}），第 {end} 步为 {end_valid}：早停法保留第 {step} 步的权重。",
        "en": "Without regularisation the validation loss is lowest at step {step} ({best}) and {end_valid} at step {end}: early stopping keeps the weights of step {step}.",
    },
    "regnet.no_early_stop": {
        "zh": "无正则时验证损失一直降到第 {end} 步：这里不需要早停。",
        "en": "Without regularisation the validation loss falls all the way to step {end}: no early stop is needed here.",
    },
    "regnet.dropout_gap": {
        "zh": "训练结束时验证损失减训练损失：无丢弃 {gap_none}，丢弃率 p = {p} 时 {gap_drop}（验证损失 {valid_none} 对 {valid_drop}）。",
        "en": "At the end, validation minus training loss is {gap_none} without dropout and {gap_drop} with p = {p} (validation loss {valid_none} against {valid_drop}).",
    },
    "page.pretrain.title": {
        "zh": "从预训练网络初始化",
        "en": "Starting from a pre-trained network",
    },
    "pretrain.n": {"zh": "任务 B 的训练样本数", "en": "task B's training examples"},
    "pretrain.pretrained": {"zh": "预训练初始化", "en": "pre-trained start"},
    "pretrain.random": {"zh": "随机初始化", "en": "random start"},
    "pretrain.valid_loss": {"zh": "任务 B 验证损失", "en": "task B validation loss"},
    "pretrain.slice_x": {
        "zh": "沿 随机起点 → 预训练起点",
        "en": "random start → pre-trained start",
    },
    "pretrain.slice_y": {
        "zh": "垂直方向（到预训练路径终点）",
        "en": "across (to the pre-trained run's end)",
    },
    "pretrain.loss": {"zh": "任务 B 训练损失", "en": "task B training loss"},
    "pretrain.computing": {"zh": "正在训练……", "en": "Training…"},
    "pretrain.setup": {
        "zh": "任务 A：识别十个数字（800 张 8×8 图片，SGD 3000 步）。任务 B：判断数字是奇是偶，只给少量样本。两次学习任务 B 共用同一个新的输出层：一次从任务 A 训练好的隐藏层开始，一次从 Xavier 随机隐藏层开始（SGD，批量 10，ε = 0.1，1000 步）。左图是任务 B 训练损失在经过两个起点和预训练路径终点的平面上的切片；两条路径都投影到这个平面上。",
        "en": "Task A: which of the ten digits (800 8×8 images, SGD for 3000 steps). Task B: is the digit even or odd, from a few examples. Task B is learnt twice with the same new output layer: once from task A's trained hidden layers, once from Xavier-random ones (SGD, batch 10, ε = 0.1, 1000 steps). Left: task B's training loss on the plane through both starts and the pre-trained run's end, with both runs projected onto it.",
    },
    "pretrain.accuracy_better": {
        "zh": "在十个数字上预训练（测试准确率 {pre}）后，只用 {n} 个样本学奇偶：测试准确率 {acc_p}，而从随机隐藏层开始为 {acc_r}。",
        "en": "Pre-trained on the ten digits (test accuracy {pre}), the network learns even or odd from {n} examples to a test accuracy of {acc_p}, against {acc_r} from random hidden layers.",
    },
    "pretrain.accuracy_not_better": {
        "zh": "在十个数字上预训练（测试准确率 {pre}）后，用 {n} 个样本学奇偶：测试准确率 {acc_p}，从随机隐藏层开始为 {acc_r}：这里预训练没有带来更好的结果。",
        "en": "Pre-trained on the ten digits (test accuracy {pre}), the network learns even or odd from {n} examples to a test accuracy of {acc_p}, against {acc_r} from random hidden layers: here pre-training did not help.",
    },
    "pretrain.curves": {
        "zh": "新输出层让预训练起点的验证损失为 {v0p}（随机起点 {v0r}）；它在第 {sp} 步降到最低 {minp}，随机起点在第 {sr} 步最低 {minr}。",
        "en": "With the new output layer the pre-trained start's validation loss is {v0p} (random start: {v0r}); it is lowest at step {sp}, {minp}, against {minr} at step {sr} from the random start.",
    },
    "page.bn.title": {"zh": "批标准化与输入标准化", "en": "Batch and input normalisation"},
    "bn.view_layers": {"zh": "各层激活", "en": "Activations per layer"},
    "bn.view_rates": {"zh": "学习率范围", "en": "Learning rates"},
    "bn.view_smoothness": {"zh": "沿梯度的地形", "en": "Along the gradient"},
    "bn.view_inputs": {"zh": "输入预处理", "en": "Input preprocessing"},
    "bn.probe_lr": {"zh": "探测时的学习率 ε", "en": "learning rate ε of the probed run"},
    "bn.plain": {"zh": "无 BN", "en": "without BN"},
    "bn.bn": {"zh": "有 BN", "en": "with BN"},
    "bn.layer": {"zh": "第 {k} 层", "en": "layer {k}"},
    "bn.activation": {"zh": "激活值", "en": "activation"},
    "bn.train_loss": {"zh": "训练损失", "en": "training loss"},
    "bn.loss_band": {"zh": "损失带 L(θ − s g)", "en": "loss band L(θ − s g)"},
    "bn.predictiveness": {
        "zh": "梯度可预测性 ‖∇L(θ − s g) − g‖",
        "en": "gradient predictiveness ‖∇L(θ − s g) − g‖",
    },
    "bn.beta": {"zh": "有效 β-光滑度", "en": "effective β-smoothness"},
    "bn.raw": {"zh": "原始像素", "en": "raw pixels"},
    "bn.centred": {"zh": "零中心化", "en": "zero-centred"},
    "bn.unit": {"zh": "单元标准化", "en": "unit-normalised"},
    "bn.computing": {"zh": "正在训练……", "en": "Training…"},
    "bn.no_rate": {"zh": "没有", "en": "none of them"},
    "bn.setup": {
        "zh": "与初始化一课相同的网络：6 层、每层 100 个单元。激活直方图用 1000 个 N(0,1) 输入；训练用 scikit-learn 自带的 700 张 8×8 手写数字（SGD，批量 32，200 步）。BN 用所给批次自身的统计量（探测时为固定的 128 个样本）。",
        "en": "The initialisation lesson's network: 6 layers of 100 units. Histograms from 1000 N(0,1) inputs; training on 700 of scikit-learn's bundled 8×8 digits (SGD, batch 32, 200 steps). BN uses the statistics of the batch it is given (for the probes, a fixed minibatch of 128).",
    },
    "bn.layers": {
        "zh": "无 BN：各层激活的标准差从 {p0} 到 {p1}（层间最多相差 ×{pband}），最后一层 {psat} 落在饱和区；有 BN：从 {b0} 到 {b1}（×{bband}），饱和 {bsat}。",
        "en": "Without BN the layers' spread goes from {p0} to {p1} (×{pband} between layers) and {psat} of the last layer sits in a flat end; with BN from {b0} to {b1} (×{bband}), {bsat} in a flat end.",
    },
    "bn.rates": {
        "zh": "{steps} 步后训练损失低于初始值 {share} 的最大学习率：无 BN 为 {plain}，有 BN 为 {bn}。",
        "en": "The largest learning rate whose training loss ends below {share} of where it started after {steps} steps: {plain} without BN, {bn} with BN.",
    },
    "bn.smoothness": {
        "zh": "ε = {lr} 训练过程中，有效 β-光滑度的中位数：无 BN {beta_p}，有 BN {beta_b}；在两者都有限的 {n} 次探测中有 {narrower} 次 BN 的损失带更窄。",
        "en": "Training with ε = {lr}, the median effective β-smoothness is {beta_p} without BN and {beta_b} with BN; BN's loss band is the narrower one at {narrower} of the {n} probes where both are finite.",
    },
    "bn.diverged": {
        "zh": "{name}的训练到第 {step} 步已发散：此后的探测不计入。",
        "en": "The run {name} had blown up by step {step}: the probes from there on are left out.",
    },
    "bn.blew_up": {"zh": "发散（不是有限值）", "en": "not finite (it blew up)"},
    "bn.inputs": {
        "zh": "无 BN、ε = {lr} 训练 {steps} 步后的训练损失：原始像素 {raw}，零中心化 {centred}，单元标准化 {unit}。",
        "en": "Without BN, after {steps} steps with ε = {lr} the training loss is {raw} from raw pixels, {centred} zero-centred and {unit} unit-normalised.",
    },
    "page.eos.title": {"zh": "稳定性边缘", "en": "The edge of stability"},
    "eos.rates": {"zh": "学习率 ε（最多 4 个）", "en": "learning rates ε (up to 4)"},
    "eos.momentum": {"zh": "动量 α", "en": "momentum α"},
    "eos.momentum_help": {
        "zh": "α = 0 为全批量梯度下降；α > 0 为动量法，二次函数上的稳定界变为 2(1+α)/ε。",
        "en": "α = 0 is full-batch gradient descent; with α > 0 (momentum) the stability limit on a quadratic becomes 2(1+α)/ε.",
    },
    "eos.none": {
        "zh": "请至少选择一个学习率。",
        "en": "Choose at least one learning rate.",
    },
    "eos.too_many": {
        "zh": "最多同时训练 4 个学习率：只保留前 4 个（{rates}）。",
        "en": "Up to 4 rates train at once: the first 4 are kept ({rates}).",
    },
    "eos.computing": {
        "zh": "全批量训练 3000 步，每 20 步测一次 λ_max…",
        "en": "Training 3000 full-batch steps, measuring λ_max every 20 steps…",
    },
    "eos.setup": {
        "zh": "网络：2 → 16 → 16 → 16 → 16 → 1，ELU 激活，Xavier 初始化；数据：200 个 moons 样本，目标 ±1，平方损失 L = ½·mean(f − y)²。λ_max 是 Hessian 的最大特征值，用 Hessian–向量积的 Lanczos 方法求得，从上一次测量的向量出发，直到残差 ‖Hy − λ̂y‖ ≤ 10⁻³·λ̂（精确到 0.1 %；从不构造完整 Hessian）。",
        "en": "Network: 2 → 16 → 16 → 16 → 16 → 1, ELU, Xavier initialisation; data: 200 moons points, targets ±1, squared loss L = ½·mean(f − y)². λ_max is the Hessian's largest eigenvalue, found by the Lanczos method on Hessian-vector products from the previous measurement's vector, until the residual ‖Hy − λ̂y‖ ≤ 10⁻³·λ̂ (to 0.1 %; the full Hessian is never formed).",
    },
    "eos.rule.title": {"zh": "规则与测量", "en": "The rule and the measurement"},
    "eos.rule.body": {
        "zh": "在二次函数上，当 ελ_max < 2 时梯度下降收敛（动量法：ελ_max < 2(1+α)）。在网络上 λ_max 会随训练变化。",
        "en": "On a quadratic, gradient descent converges when ελ_max < 2 (momentum: ελ_max < 2(1+α)). On a network λ_max changes as it trains.",
    },
    "eos.network": {"zh": "网络", "en": "network"},
    "eos.sharpness": {"zh": "λ_max（尖锐程度）", "en": "λ_max (sharpness)"},
    "eos.loss": {"zh": "训练损失", "en": "training loss"},
    # ---- second-order steps -------------------------------------------------------------------
    "page.second.title": {"zh": "二阶方法", "en": "Second-order steps"},
    "so.view.1d": {"zh": "一维：g/h 与 AdaGrad", "en": "1-D: g/h and AdaGrad"},
    "so.view.2d": {"zh": "二维：牛顿法与鞍点", "en": "2-D: Newton and saddles"},
    "so.view.cost": {"zh": "代价：为何少用", "en": "Cost: why it is rare"},
    "so.adagrad_lr": {"zh": "AdaGrad 的学习率 ε", "en": "AdaGrad's learning rate ε"},
    "so.newton": {"zh": "牛顿法 g/h", "en": "Newton g/h"},
    "so.adagrad": {"zh": "AdaGrad（ε = {lr}）", "en": "AdaGrad (ε = {lr})"},
    "so.1d.note": {
        "zh": "讲义 001（泰勒展开）【结论1】：在 x 处把 f 展开到二阶，当 f″ > 0（碗形）时，最佳步长是 f′/f″，一阶导数除以二阶导数，一步落到这个二阶近似的最低点。f″ < 0 时同一步 −f′/f″ 指向上坡，落到近似的最高点。AdaGrad 的分母 √Σg² 总为正，代替了二阶导数 h。",
        "en": "Note 001 (Taylor expansion), conclusion 1: expanding f to second order at x, where f″ > 0 (a bowl) the best step is f′/f″, the first derivative over the second: it lands on the bottom of that quadratic in one step. Where f″ < 0 the same step −f′/f″ points uphill, to the top of the approximation. AdaGrad's denominator √Σg², always positive, stands in for the second derivative h.",
    },
    "so.1d.divisor": {"zh": "h：f″(xₜ) 或 √Σg²/ε", "en": "h: f″(xₜ) or √Σg²/ε"},
    "so.1d.table": {
        "zh": "前 {rows} 步的数值（N：牛顿法，A：AdaGrad）",
        "en": "The first {rows} steps (N: Newton, A: AdaGrad)",
    },
    "so.1d.first_up": {
        "zh": "第 1 步：在 x₀ = {x0}，g = {g}，h = f″(x₀) = {h}，牛顿步 −g/h = {step} 指向上坡：f 从 {f0} 升到 {f1}。",
        "en": "Step 1: at x₀ = {x0}, g = {g} and h = f″(x₀) = {h}, so Newton's step −g/h = {step} points uphill: f rises from {f0} to {f1}.",
    },
    "so.1d.first_down": {
        "zh": "第 1 步：在 x₀ = {x0}，g = {g}，h = f″(x₀) = {h}，牛顿步 −g/h = {step} 指向下坡：f 从 {f0} 降到 {f1}。",
        "en": "Step 1: at x₀ = {x0}, g = {g} and h = f″(x₀) = {h}, so Newton's step −g/h = {step} points downhill: f falls from {f0} to {f1}.",
    },
    "so.1d.first_up_lands_lower": {
        "zh": "第 1 步：在 x₀ = {x0}，g = {g}，h = f″(x₀) = {h} < 0，牛顿步 −g/h = {step} 指向上坡（与 −g 反向），越过山顶落到另一侧更低处：f 从 {f0} 到 {f1}。",
        "en": "Step 1: at x₀ = {x0}, g = {g} and h = f″(x₀) = {h} < 0, so Newton's step −g/h = {step} points uphill (against −g), jumps over the hilltop and lands lower on the far side: f from {f0} to {f1}.",
    },
    "so.1d.first_down_lands_higher": {
        "zh": "第 1 步：在 x₀ = {x0}，g = {g}，h = f″(x₀) = {h}，牛顿步 −g/h = {step} 指向下坡，但走过了头：f 从 {f0} 升到 {f1}。",
        "en": "Step 1: at x₀ = {x0}, g = {g} and h = f″(x₀) = {h}, so Newton's step −g/h = {step} points downhill but overshoots: f rises from {f0} to {f1}.",
    },
    "so.1d.first_still": {
        "zh": "第 1 步：在 x₀ = {x0}，g = {g}，h = f″(x₀) = {h}：g/h 没有定义，牛顿法（伪逆）走了 {step}，f 从 {f0} 到 {f1}，没有移动。",
        "en": "Step 1: at x₀ = {x0}, g = {g} but h = f″(x₀) = {h}: g/h is undefined, and Newton (by the pseudo-inverse) moves by {step}, f from {f0} to {f1}: it does not move.",
    },
    "so.1d.on": {
        "zh": "{run}：从第 {step} 步起都在 x = {x} 的 {tol} 以内，{kind}（最后 x = {end}，f = {f}）。",
        "en": "{run}: within {tol} of x = {x} from step {step} on, {kind} (last x = {end}, f = {f}).",
    },
    "so.1d.ends": {
        "zh": "{run}：{steps}后在 x = {x}，f = {f}，不在任何驻点上。",
        "en": "{run}: after {steps} at x = {x}, f = {f}, on no critical point.",
    },
    "so.1d.left": {
        "zh": "{run}：第 {step} 步离开了曲线的范围。",
        "en": "{run}: step {step} left the curve's range.",
    },
    "so.1d.standin": {
        "zh": "AdaGrad 第 {step} 步除以的 √Σg²/ε = {h_tilde}，那里真正的 f″ = {h}。",
        "en": "At its step {step}, AdaGrad divides by √Σg²/ε = {h_tilde}, where the true f″ is {h}.",
    },
    "so.gd": {"zh": "梯度下降（ε = {lr}）", "en": "Gradient descent (ε = {lr})"},
    "so.damping_newton": {"zh": "牛顿法的阻尼 λ", "en": "Newton's damping λ"},
    "so.damping_sfn": {"zh": "无鞍牛顿法的阻尼 λ", "en": "saddle-free Newton's damping λ"},
    "so.gd_noise": {
        "zh": "梯度下降 + 噪声 σ = {sigma}",
        "en": "Gradient descent + noise σ = {sigma}",
    },
    "so.sfn": {"zh": "无鞍牛顿法（λ = {damping}）", "en": "Saddle-free Newton (λ = {damping})"},
    "so.newton_damped": {"zh": "牛顿法（λ = {damping}）", "en": "Newton (λ = {damping})"},
    "so.2d.note": {
        "zh": "牛顿法解 (H + λI)Δθ = −g；H 有负特征值时，它沿那个方向走向鞍点。无鞍牛顿法用 |H|（特征值取绝对值），沿负曲率方向离开（Dauphin 等 2014）；它的 λ 让 |H| + λI 在曲率为 0 处（如两神经元曲面上极小值组成的谷）不至于奇异。",
        "en": "Newton solves (H + λI)Δθ = −g; where H has a negative eigenvalue it steps towards the saddle along it. Saddle-free Newton uses |H| (eigenvalues made positive) and leaves along the negative-curvature direction (Dauphin et al. 2014); its λ keeps |H| + λI away from singular where the curvature is 0, as along the two-neuron valley of minima.",
    },
    "so.2d.on": {
        "zh": "{run}：从第 {step} 步起停在{kind} ({x}, {y})，损失 {loss}。",
        "en": "{run}: on the {kind} ({x}, {y}) from step {step} on, loss {loss}.",
    },
    "so.2d.ends": {
        "zh": "{run}：{steps}后在 ({x}, {y})，损失 {loss}。",
        "en": "{run}: after {steps} at ({x}, {y}), loss {loss}.",
    },
    "so.2d.valley": {
        "zh": "{run}：从第 {step} 步起都在极小值组成的谷 {curve} 的 {tol} 以内，最后停在 ({x}, {y})，损失 {loss}。",
        "en": "{run}: within {tol} of the valley of minima {curve} from step {step} on, ending at ({x}, {y}), loss {loss}.",
    },
    "so.valley.two_neuron": {"zh": "w₁w₂ = 1", "en": "w₁w₂ = 1"},
    "so.2d.left_downhill": {
        "zh": "{run}：离开鞍点，在第 {step} 步走出画面：这个曲面没有最低点，它一直往下坡走。",
        "en": "{run}: left the saddle and went out of the picture at step {step}: the surface has no bottom, so the run goes on downhill.",
    },
    "so.2d.start_near": {
        "zh": "起点 ({x}, {y})，在鞍点 ({sx}, {sy}) 的 {r} 以内（每个曲面有自己的起点，可用起点滑块移动）。",
        "en": "Start ({x}, {y}), within {r} of the saddle ({sx}, {sy}) (each surface has its own start; the start sliders move it).",
    },
    "so.2d.start": {
        "zh": "起点 ({x}, {y})（每个曲面有自己的起点，可用起点滑块移动）。",
        "en": "Start ({x}, {y}) (each surface has its own start; the start sliders move it).",
    },
    "so.2d.markers": {
        "zh": "○ 起点 · × 鞍点 · ★ 极小值 · 虚线：极小值组成的谷 · 每条路径的记号不同（●、◇、■、▲）",
        "en": "○ start · × saddle · ★ minimum · dashed line: valley of minima · each path has its own marker (●, ◇, ■, ▲)",
    },
    "so.steps.one": {"zh": "{n} 步", "en": "{n} step"},
    "so.steps.many": {"zh": "{n} 步", "en": "{n} steps"},
    "so.2d.left_area": {
        "zh": "{run}：第 {step} 步离开了画出的区域。",
        "en": "{run}: left the plotted area at step {step}.",
    },
    "so.2d.escape": {
        "zh": "离开鞍点（距离超过 {r}）：{runs}。",
        "en": "Away from the saddle (farther than {r}): {runs}.",
    },
    "so.2d.escape.at": {"zh": "{run} 在第 {step} 步", "en": "{run} by step {step}"},
    "so.2d.escape.never": {"zh": "{run} {steps}内没有", "en": "{run} not within {steps}"},
    "so.2d.bowl": {
        "zh": "碗形的 κ = μ_max/μ_min = {kappa}（μ：H 的特征值）。损失降到最小值之上 10⁻⁶ 以内：牛顿法需要 {newton}，梯度下降（最佳固定步长 ε = {lr}）需要 {gd}（共画 {steps} 步）。",
        "en": "The bowl's κ = μ_max/μ_min = {kappa} (μ: the eigenvalues of H). To bring the loss within 10⁻⁶ of its minimum, Newton needs {newton}, gradient descent with its best fixed step ε = {lr} needs {gd} (of {steps} drawn).",
    },
    "so.kappa.title": {
        "zh": "同一起点、在 x²/κ + y² 上把损失降到 10⁻⁶ 以内所需的步数（二次函数上精确计算）",
        "en": "Steps to bring the loss within 10⁻⁶ on x²/κ + y² from the same start (exact on a quadratic)",
    },
    "so.col.newton": {"zh": "牛顿法", "en": "Newton"},
    "so.col.gd": {"zh": "梯度下降（最佳固定 ε）", "en": "gradient descent (best fixed ε)"},
    "so.cost.note": {
        "zh": "d 个参数：梯度 d 个数，Hessian d² 个数，解线性方程约 ⅔d³ 次浮点运算（LU 分解）。",
        "en": "With d parameters: the gradient is d numbers, the Hessian d², and solving for the step about ⅔d³ floating-point operations (LU).",
    },
    "so.cost.table": {
        "zh": "一个牛顿步的内存与时间（float32，本服务器测得的求解速度）",
        "en": "Memory and time of one Newton step (float32, at this server's measured solve speed)",
    },
    "so.col.model": {"zh": "模型", "en": "model"},
    "so.col.gradient": {"zh": "梯度（d 个数）", "en": "gradient (d floats)"},
    "so.col.hessian": {"zh": "Hessian（d² 个数）", "en": "Hessian (d² floats)"},
    "so.col.solve": {"zh": "解一次（⅔d³）", "en": "one solve (⅔d³)"},
    "so.model.two_neuron": {
        "zh": "两神经元网络（讲义 003：驻点与 Hessian）",
        "en": "two-neuron network (note 003: critical points and the Hessian)",
    },
    "so.model.edge": {"zh": "稳定性边缘的网络", "en": "edge-of-stability network"},
    "so.model.moons": {"zh": "真实网络曲面的 MLP", "en": "network-landscape MLP"},
    "so.model.digits": {"zh": "手写数字 MLP", "en": "digits MLP"},
    "so.model.deep": {"zh": "初始化课的 6 × 100 网络", "en": "initialisation lesson's 6 × 100 net"},
    "so.model.million": {"zh": "10⁶ 参数的模型", "en": "a 10⁶-parameter model"},
    "so.model.billion": {"zh": "10⁹ 参数的模型", "en": "a 10⁹-parameter model"},
    "so.cost.rate": {
        "zh": "本服务器解稠密方程的速度为 {gflops} GFLOP/s：手写数字 MLP（d = {d}）的 Hessian 占 {hessian}，解一次需 {solve}。",
        "en": "This server solves dense systems at {gflops} GFLOP/s: the digits MLP (d = {d}) has a Hessian of {hessian}, and one solve takes {solve}.",
    },
    "so.cost.billion": {
        "zh": "10⁹ 个参数：Hessian 占 {hessian}，是梯度的 {ratio} 倍；以同样速度解一次需 {solve}。",
        "en": "At 10⁹ parameters the Hessian is {hessian}, {ratio} times the gradient, and one solve at the same speed takes {solve}.",
    },
    "so.lbfgs": {"zh": "L-BFGS（记忆 10，线搜索）", "en": "L-BFGS (memory 10, line search)"},
    "so.adam": {"zh": "Adam（学习率 ε = {lr}）", "en": "Adam (learning rate ε = {lr})"},
    "so.race.what": {
        "zh": "L-BFGS 是拟牛顿法：不算 Hessian，而用最近 m = 10 个梯度之差估计曲率。曲线来自手写数字 MLP（{layers}，d = {d} 个参数），在 {n} 个样本上训练。",
        "en": "L-BFGS is a quasi-Newton method: instead of the Hessian it builds a curvature estimate from the last m = 10 gradient differences. The curves come from the digits MLP ({layers}, d = {d} parameters) trained on {n} examples.",
    },
    "so.race.by_time": {"zh": "损失随时间", "en": "loss against time"},
    "so.race.computing": {
        "zh": "在手写数字上训练 L-BFGS 与 Adam 并计时……",
        "en": "Training L-BFGS and Adam on the digits, with a clock…",
    },
    "so.race.seconds": {"zh": "秒（本服务器测得）", "en": "seconds (measured here)"},
    "so.race.loss": {"zh": "训练损失（{n} 个样本）", "en": "training loss ({n} examples)"},
    "so.race.loss_short": {"zh": "训练损失", "en": "training loss"},
    "so.race.end": {
        "zh": "{run}：{steps}，{seconds} 秒（每步 {per_step} 毫秒），损失降到 {loss}。",
        "en": "{run}: {steps} in {seconds} s ({per_step} ms a step), loss down to {loss}.",
    },
    "so.race.same_time": {
        "zh": "同样用 {seconds} 秒：L-BFGS 的损失 {lbfgs}，Adam 的 {adam}；{lower} 更低。",
        "en": "After the same {seconds} s: L-BFGS at loss {lbfgs}, Adam at {adam}; {lower} is lower.",
    },
    "so.unit.ns": {"zh": "{n} 纳秒", "en": "{n} ns"},
    "so.unit.us": {"zh": "{n} 微秒", "en": "{n} µs"},
    "so.unit.ms": {"zh": "{n} 毫秒", "en": "{n} ms"},
    "so.unit.s": {"zh": "{n} 秒", "en": "{n} s"},
    "so.unit.min": {"zh": "{n} 分钟", "en": "{n} min"},
    "so.unit.h": {"zh": "{n} 小时", "en": "{n} h"},
    "so.unit.days": {"zh": "{n} 天", "en": "{n} days"},
    "so.unit.years": {"zh": "{n} 年", "en": "{n} years"},
    "eos.fate.open.reached": {
        "zh": "ε = {lr}：λ_max 从 {start} 上升，在第 {step} 步第一次进入 {limit_name} = {limit} 的 ±{pct} % 以内",
        "en": "ε = {lr}: λ_max rose from {start} and first came within {pct} % of {limit_name} = {limit} at step {step}",
    },
    "eos.fate.open.start": {
        "zh": "ε = {lr}：λ_max 一开始就是 {start}，已是 {now} × {limit_name}（{limit}）",
        "en": "ε = {lr}: λ_max was {start} from the start, already {now} × {limit_name} = {limit}",
    },
    "eos.fate.open.past": {
        "zh": "ε = {lr}：λ_max 从 {start} 越过了 {limit_name} = {limit}，没有一次测量落在它的 ±{pct} % 以内（第 {step} 步第一次高于它）",
        "en": "ε = {lr}: λ_max went from {start} past {limit_name} = {limit} with no measurement within {pct} % of it (first above it at step {step})",
    },
    "eos.fate.stayed": {
        "zh": "，之后一直在它的 ±{pct} % 以内，直到第 {last_step} 步：之后每一次测量都在 {lo}–{hi} × {limit_name} 之间。",
        "en": " and stayed within ±{pct} % of it to step {last_step}: every later measurement lies in {lo}–{hi} × {limit_name}.",
    },
    "eos.fate.ranged.hover": {
        "zh": "；之后它在 {lo}–{hi} × {limit_name} 之间起伏，围绕它徘徊（{share} % 的测量在 ±{pct} % 以内），",
        "en": "; afterwards it ranged over {lo}–{hi} × {limit_name}, hovering around it ({share} % of those measurements within ±{pct} %), ",
    },
    "eos.fate.ranged.away": {
        "zh": "；之后它在 {lo}–{hi} × {limit_name} 之间起伏，只有 {share} % 的测量在它的 ±{pct} % 以内，",
        "en": "; afterwards it ranged over {lo}–{hi} × {limit_name}, only {share} % of those measurements within ±{pct} % of it, ",
    },
    "eos.fate.end.in": {
        "zh": "第 {last_step} 步的最后一次测量是 {last}（{ratio} ×）。",
        "en": "and the last, at step {last_step}, is {last} ({ratio} ×).",
    },
    "eos.fate.end.below": {
        "zh": "第 {last_step} 步的最后一次测量低于它：{last}（{ratio} ×）。",
        "en": "and the last, at step {last_step}, is below it: {last} ({ratio} ×).",
    },
    "eos.fate.end.above": {
        "zh": "第 {last_step} 步的最后一次测量高于它：{last}（{ratio} ×）。",
        "en": "and the last, at step {last_step}, is above it: {last} ({ratio} ×).",
    },
    "eos.fate.below": {
        "zh": "ε = {lr}：λ_max 从 {start} 变为 {last}（{ratio} × {limit_name} = {limit}），{last_step} 步内从未进入它的 ±{pct} % 以内（最高 {peak} ×）。",
        "en": "ε = {lr}: λ_max went from {start} to {last} ({ratio} × {limit_name} = {limit}) and never came within {pct} % of it in {last_step} steps (highest: {peak} ×).",
    },
    "eos.fate.diverged": {
        "zh": "ε = {lr}：损失在第 {step} 步发散（起点 λ_max = {start}，{limit_name} = {limit}）。",
        "en": "ε = {lr}: the loss blew up at step {step} (λ_max {start} at the start; {limit_name} = {limit}).",
    },
    "eos.loss.every": {
        "zh": "损失每一步都在下降：{start} → {end}。",
        "en": "The loss fell at every step: {start} → {end}.",
    },
    "eos.loss.bumpy": {
        "zh": "损失仍在下降（{start} → {end}），但不是单调的：{steps} 步中有 {rises} 步上升。",
        "en": "The loss still fell, {start} → {end}, but not steadily: it rose at {rises} of {steps} steps.",
    },
    "eos.loss.up": {
        "zh": "这段时间损失从 {start} 变为 {end}，没有下降（{steps} 步中有 {rises} 步上升）。",
        "en": "Meanwhile the loss went from {start} to {end}, no lower (it rose at {rises} of {steps} steps).",
    },
    "eos.quad.intro": {
        "zh": "右侧二次函数 ½λx² 的 λ = {lam}（网络第 0 步的 λ_max），且永远不变。",
        "en": "The quadratic on the right, ½λx², has λ = {lam} (the network's λ_max at step 0) for good.",
    },
    "eos.quad.converge": {
        "zh": "ε = {rates} 在其上收敛（ελ 低于稳定界）。",
        "en": "ε = {rates} converge on it (ελ below the limit).",
    },
    "eos.quad.diverge": {
        "zh": "ε = {rates} 在其上发散。",
        "en": "ε = {rates} diverge on it.",
    },
    "eos.quad.contrast": {
        "zh": "网络则不同：ε = {rates} 时 λ_max 自己升到稳定界，之后围绕它徘徊（至少一半的测量在 ±{pct} % 以内），而损失仍在下降。",
        "en": "The network is different: for ε = {rates} its λ_max climbed to the limit by itself and then hovered around it (at least half of the later measurements within ±{pct} %) while the loss still fell.",
    },
    "eos.quad.no_edge": {
        "zh": "这组设置下，网络的 λ_max 没有停在 {limit_name} 上：试试 ε = 0.05、0.1、0.2 且 α = 0。",
        "en": "With these settings no run hovers at {limit_name}: try ε = 0.05, 0.1, 0.2 with α = 0.",
    },
    # ---- convergence maps ----------------------------------------------------------------------
    "page.maps.title": {"zh": "收敛图谱", "en": "Convergence maps"},
    "page.basins.title": {"zh": "吸引域", "en": "Basins of attraction"},
    "maps.view": {"zh": "视图", "en": "View"},
    "maps.view.map": {"zh": "超参数图谱", "en": "Hyper-parameter map"},
    "maps.view.basins": {"zh": "吸引域", "en": "Basins of attraction"},
    "maps.notice.steps": {
        "zh": "每个格子是一次完整的训练，颜色是到达容差的步数（越亮越快），橙红色为发散。",
        "en": "Each cell is one whole run, coloured by the steps it needs (brighter is faster); vermillion cells diverged.",
    },
    "maps.notice.loss": {
        "zh": "每个格子是一次完整的训练，颜色是最后的损失（越亮越低），橙红色为发散。",
        "en": "Each cell is one whole run, coloured by its final loss (brighter is lower); vermillion cells diverged.",
    },
    "maps.notice.theory": {
        "zh": "虚线是理论发散边界，黄色星号是理论最快的 {star}。",
        "en": "The dashed line is theory's divergence limit, the yellow star its fastest, {star}.",
    },
    "maps.theory.on_best": {
        "zh": "它落在这张图最好的格子 {best} 上或紧挨着它。",
        "en": "It sits on this map's best cell, {best}, or right next to it.",
    },
    "maps.theory.off_best": {
        "zh": "这张图最好的格子在 {best}，离星号 {cells} 格。",
        "en": "This map's best cell is at {best}, {cells} cells from the star.",
    },
    "maps.theory.outside": {
        "zh": "星号在这张图的范围之外；图中最好的格子在 {best}。",
        "en": "The star lies outside this map's range; its best cell is at {best}.",
    },
    "maps.theory.no_best": {
        "zh": "这张图的每一格都发散了。",
        "en": "Every cell of this map diverged.",
    },
    "maps.notice.theory_limits_only": {
        "zh": "虚线是理论发散边界，点线是 GD（α = 0）的边界 ε = 2/λ_max。对 Nesterov，这里的理论只给出边界，不给出最快的 (ε, α)，所以图上没有星号。",
        "en": "The dashed line is theory's divergence limit, the dotted line GD's (α = 0) limit ε = 2/λ_max. For Nesterov the theory here gives the limit only, not a fastest (ε, α), so no star is drawn.",
    },
    "maps.theory.best_only": {
        "zh": "这张图最好的格子在 {best}。",
        "en": "This map's best cell is at {best}.",
    },
    "maps.notice.no_theory": {
        "zh": "在二次曲面（狭长碗形）上选动量或 Nesterov、以 ε 和 α 为轴，图上会画出理论边界（动量还有理论最快的一对参数）。",
        "en": "Choose the bowl with momentum or Nesterov over ε and α to see the closed-form limits drawn on top (and, for momentum, the fastest pair).",
    },
    "maps.optimizer": {"zh": "优化器", "en": "Optimizer"},
    "maps.x_axis": {"zh": "横轴", "en": "x axis"},
    "maps.y_axis": {"zh": "纵轴", "en": "y axis"},
    "maps.from": {"zh": "{hp} 从", "en": "{hp} from"},
    "maps.to": {"zh": "{hp} 到", "en": "{hp} to"},
    "maps.grid": {"zh": "网格", "en": "Grid"},
    "maps.metric": {"zh": "颜色表示", "en": "Colour shows"},
    "maps.metric.steps": {"zh": "到达容差的步数", "en": "steps to tolerance"},
    "maps.metric.loss": {"zh": "最终损失 − 最小值", "en": "final loss − minimum"},
    "maps.tol": {"zh": "容差 tol = 10ᵏ 中的 k", "en": "tolerance: k in tol = 10ᵏ"},
    "maps.tol_help": {
        "zh": "理论给出的是多步之后的收敛速率。容差很小（如 10⁻²⁰）时由这个速率决定最快的格子；容差较大时，最初几步的偶然情况就会让最快的格子偏离理论最优点。",
        "en": "The theory gives the rate over many steps. With a tiny tolerance (10⁻²⁰) that rate picks the fastest cell; with a loose one the first few steps decide, and the fastest cell moves away from the theoretical optimum.",
    },
    "maps.computing": {
        "zh": "正在计算 {runs} 次训练 × {steps} 步……",
        "en": "Computing {runs} runs × {steps} steps…",
    },
    "maps.diverged": {"zh": "发散", "en": "diverged"},
    "maps.unreached": {"zh": "未达到容差", "en": "not within tolerance"},
    "maps.unsettled": {"zh": "未停稳", "en": "did not settle"},
    "maps.best": {"zh": "最快的格子", "en": "fastest cell"},
    "maps.lowest": {"zh": "最终损失最低的格子", "en": "lowest final loss"},
    "maps.selected": {"zh": "选中的格子", "en": "selected cell"},
    "maps.click_hint": {
        "zh": "点击任一格子查看它的设置，并在竞赛场中打开这次训练。",
        "en": "Click any cell to see its settings and open that run in the Playground.",
    },
    "maps.all_diverged": {
        "zh": "所有格子都发散了：把学习率范围调小。",
        "en": "Every cell diverged: move the learning-rate range down.",
    },
    "maps.cell_diverged": {"zh": "发散", "en": "diverged"},
    "maps.cell_reached": {"zh": "{steps} 步到达容差", "en": "within tolerance after {steps} steps"},
    "maps.cell_unreached": {
        "zh": "未达到容差（最终损失 {loss}）",
        "en": "never within tolerance (final loss {loss})",
    },
    "maps.open_playground": {
        "zh": "在竞赛场中打开这次训练",
        "en": "Open this run in the Playground",
    },
    "maps.theory.heavy_ball_limit": {
        "zh": "动量：ελ_max = 2(1+α)",
        "en": "momentum: ελ_max = 2(1+α)",
    },
    "maps.theory.nesterov_limit": {
        "zh": "Nesterov：ελ_max = 2(1+α)/(1+2α)",
        "en": "Nesterov: ελ_max = 2(1+α)/(1+2α)",
    },
    "maps.theory.gd_limit": {"zh": "GD（α = 0）：ε = 2/λ_max", "en": "GD (α = 0): ε = 2/λ_max"},
    "maps.theory.newton_limit": {
        "zh": "Newton：ε = 2(1 + λ/μ_max)",
        "en": "Newton: ε = 2(1 + λ/μ_max)",
    },
    "maps.theory.newton_one_step": {
        "zh": "一步到达：λ = 0，ε = 1",
        "en": "one step: λ = 0, ε = 1",
    },
    "maps.theory.newton_text": {
        "zh": "这个曲面是二次型，Hessian 特征值 μ_min = {lmin}、μ_max = {lmax}。阻尼 Newton 的一步把沿第 i 个特征向量的误差乘以 1 − εμᵢ/(μᵢ + λ)；它对每个 μᵢ 的绝对值都小于 1，当且仅当：",
        "en": "This surface is a quadratic with Hessian eigenvalues μ_min = {lmin}, μ_max = {lmax}. A damped Newton step multiplies the error along eigenvector i by 1 − εμᵢ/(μᵢ + λ); every factor is below 1 in size exactly when:",
    },
    "maps.newton.one_step": {
        "zh": "虚线是 Newton 在二次曲面上的发散边界 ε = 2(1 + λ/μ_max)，这里是 ε = {limit}。每一步把沿第 i 个特征向量的误差乘以 1 − εμᵢ/(μᵢ + λ)：λ = 0、ε = 1 时这些因子都是 {factor}，一步就落在最小值上（黄色星号）。",
        "en": "The dashed line is Newton's divergence limit on a quadratic, ε = 2(1 + λ/μ_max), here ε = {limit}. Each step multiplies the error along eigenvector i by 1 − εμᵢ/(μᵢ + λ): at λ = 0, ε = 1 every factor is {factor}, so one step lands on the minimum (the yellow star).",
    },
    "maps.newton.no_cell": {
        "zh": "对数网格上没有 ε = 1 的格子：最接近的是 {cell}，{outcome}。",
        "en": "The log grid has no cell at ε = 1: the nearest, {cell}, is {outcome}.",
    },
    "maps.newton.cell": {
        "zh": "网格上的格子 {cell}：{outcome}。",
        "en": "The grid's cell {cell}: {outcome}.",
    },
    "maps.cell_line": {
        "zh": "**{which}**（{hps}）：{outcome}",
        "en": "**{which}** ({hps}): {outcome}",
    },
    "maps.theory.optimum": {"zh": "理论最优 (ε*, α*)", "en": "optimum (ε*, α*)"},
    "maps.theory.heavy_ball_text": {
        "zh": "这个曲面是二次型，Hessian 特征值 λ_min = {lmin}、λ_max = {lmax}。沿每个特征方向，动量法收敛当且仅当（Goh, Distill 2017）：",
        "en": "This surface is a quadratic with Hessian eigenvalues λ_min = {lmin}, λ_max = {lmax}. Along every eigen-direction, heavy-ball momentum converges exactly when (Goh, Distill 2017):",
    },
    "maps.theory.nesterov_text": {
        "zh": "这个曲面是二次型，Hessian 特征值 λ_min = {lmin}、λ_max = {lmax}。在点 θ + αv 处取梯度的 Nesterov 动量收敛当且仅当：",
        "en": "This surface is a quadratic with Hessian eigenvalues λ_min = {lmin}, λ_max = {lmax}. Nesterov momentum (gradient at θ + αv) converges exactly when:",
    },
    "maps.basins.notice": {
        "zh": "每个起点按它最终到达的极小值着色，同一极小值在两幅图中颜色相同。",
        "en": "Each start point is coloured by the minimum its run ends in; one minimum has one colour in both pictures.",
    },
    "maps.basins.broken": {
        "zh": "{name}：相邻两个起点在 {pct} % 的格边上落入不同终点。",
        "en": "{name}: neighbouring starts end in different places across {pct} % of cell borders.",
    },
    "maps.basins.more_broken": {
        "zh": "{more} 的吸引域比 {less} 碎 {factor} 倍：终点对起点更敏感。",
        "en": "{more}'s basins are {factor}× as broken up as {less}'s: where its runs end depends more sharply on where they start.",
    },
    "maps.basins.alike": {
        "zh": "两幅图的吸引域破碎程度相近（相差不到 2 倍）。",
        "en": "Both maps are about as broken up (less than 2× apart).",
    },
    "maps.basins.depth": {
        "zh": "极小值很多：颜色表示到达的极小值有多深（越深色损失越低）。",
        "en": "Many minima: the colour shows how deep the minimum reached is (darker is lower loss).",
    },
    "maps.basins.optimizer": {"zh": "优化器 {n}", "en": "Optimizer {n}"},
    "maps.basins.minimum": {"zh": "终点（极小值）", "en": "ends at (minimum)"},
    "maps.basins.table": {
        "zh": "起点中落入各极小值的比例（共 {groups} 个终点组，列出最多 8 个）。",
        "en": "Share of starts that end in each minimum ({groups} end groups; up to 8 listed).",
    },
    "page.schedules.title": {"zh": "学习率调度与自适应步长", "en": "Schedules and adaptive steps"},
    # ---- schedules and adaptive steps ----------------------------------------------------------
    "schedules.tab": {"zh": "学习率调度", "en": "Learning-rate schedules"},
    "adaptive.tab": {"zh": "自适应步长", "en": "Adaptive steps"},
    "schedules.notice": {
        "zh": "同一个 SGD、同一个 ε₀，只换学习率调度。梯度带有标准差为 σ 的噪声，就像小批量梯度一样（讲义 000、001）；把 σ 调到 0 比较一下。",
        "en": "Same SGD, same ε₀, only the schedule changes. The gradient carries noise of spread σ, as a minibatch gradient does (notes 000, 001); set σ to 0 to compare.",
    },
    "schedules.noise": {"zh": "梯度噪声 σ", "en": "gradient noise σ"},
    "schedules.ranking": {
        "zh": "最后 {k} 步的平均损失（σ = {sigma}）：{ranking}。",
        "en": "Mean loss over the last {k} steps (σ = {sigma}): {ranking}.",
    },
    "schedules.decay_wins": {
        "zh": "衰减的学习率比常数学习率结束得更低：它缩小了噪声造成的步子。",
        "en": "The decaying rates end lower than the constant one: they shrink the steps the noise makes.",
    },
    "schedules.constant_wins": {
        "zh": "常数学习率结束得最低：噪声这么小时，衰减只是让后期走得更慢。",
        "en": "The constant rate ends lowest: with this little noise, decay only slows the late steps.",
    },
    "schedules.mixed": {
        "zh": "有的衰减方式比常数学习率低，有的更高：看衰减得多快。",
        "en": "Some decays end below the constant rate and some above it: it depends on how fast they decay.",
    },
    "schedules.kinds": {"zh": "调度方式", "en": "Schedules"},
    "schedules.eps0": {"zh": "初始学习率 ε₀", "en": "initial learning rate ε₀"},
    "schedules.lr_axis": {"zh": "学习率 εₖ", "en": "learning rate εₖ"},
    "adaptive.notice": {
        "zh": "AdaGrad 把所有历史梯度平方累加进 r，所以每个坐标的有效步长只会越来越小；RMSProp 和 Adam 用指数衰减平均，步长不会一直缩小；Delta-bar-Delta 让每个参数的学习率随梯度符号自行增减（讲义 000、002）。",
        "en": "AdaGrad adds every past squared gradient into r, so each coordinate's effective step only shrinks; RMSProp and Adam average with decay, so their steps do not keep shrinking; Delta-bar-Delta grows or cuts each parameter's rate by the sign of its gradient (notes 000, 002).",
    },
    "adaptive.eff_axis": {"zh": "有效步长", "en": "effective step size"},
    "adaptive.eff_caption": {
        "zh": "实线是 x 坐标，虚线是 y 坐标。AdaGrad：ε/(δ+√r)；RMSProp：ε/√(δ+r)；Adam：ε/(√r̂+δ)；Delta-bar-Delta：εᵢ。",
        "en": "Solid: the x coordinate; dashed: y. AdaGrad ε/(δ+√r); RMSProp ε/√(δ+r); Adam ε/(√r̂+δ); Delta-bar-Delta εᵢ.",
    },
    "adaptive.table": {
        "zh": "讲义 002 的 r₁、r₂、r₃：实际数值（x, y）",
        "en": "Note 002's r₁, r₂, r₃ with real numbers (x, y)",
    },
    "adaptive.col.adagrad_r": {"zh": "AdaGrad 的 r_t", "en": "AdaGrad r_t"},
    "adaptive.col.rmsprop_r": {"zh": "RMSProp 的 r_t", "en": "RMSProp r_t"},
    # ---- playground ---------------------------------------------------------------------------
    "playground.landscape": {"zh": "损失曲面", "en": "Loss surface"},
    "playground.optimizers": {"zh": "优化器", "en": "Optimizers"},
    "playground.steps": {"zh": "迭代步数", "en": "Steps"},
    "playground.presets": {"zh": "课堂预设", "en": "Lecture presets"},
    "playground.start_x": {"zh": "起点 x", "en": "start x"},
    "playground.start_y": {"zh": "起点 y", "en": "start y"},
    "playground.click_hint": {
        "zh": "在等高线图上点击任意位置，即可把起点移到那里。",
        "en": "Click anywhere on the contour plot to start from there.",
    },
    "playground.markers": {
        "zh": ":green[★] 极小值　:violet[×] 鞍点　:red[▲] 极大值　○ 起点",
        "en": ":green[★] minimum　:violet[×] saddle　:red[▲] maximum　○ start",
    },
    "playground.extras": {
        "zh": "学习率调度、梯度噪声与梯度裁剪",
        "en": "Learning-rate schedule, gradient noise and clipping",
    },
    "playground.schedule": {"zh": "学习率调度", "en": "Learning-rate schedule"},
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
    "playground.clip": {
        "zh": "梯度裁剪阈值（0 = 不裁剪）",
        "en": "gradient clipping norm (0 = off)",
    },
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
    "playground.unstable.quadratic": {
        "zh": "二次曲面上沿 λ = {lam} 的方向：|1 − ελ| = |1 − {lr} × {lam}| = {factor} > 1，该方向上的距离每步 ×{factor}。",
        "en": "On this quadratic, along λ = {lam}: |1 − ελ| = |1 − {lr} × {lam}| = {factor} > 1, so the distance in that direction grows ×{factor} every step.",
    },
    "playground.left": {
        "zh": "第 {left} 步离开画面，第 {step} 步越过远界 |θ| = {bound}，计算在此停止。",
        "en": "It left the picture at step {left} and passed the far bound |θ| = {bound} at step {step}, where the run stops.",
    },
    "playground.left_at_end": {
        "zh": "第 {step} 步越过远界 |θ| = {bound}（或损失溢出），计算在此停止。",
        "en": "At step {step} it passed the far bound |θ| = {bound} (or its loss overflowed); the run stops there.",
    },
    "playground.no_optimizer": {
        "zh": "请至少选择一个优化器。",
        "en": "Choose at least one optimizer.",
    },
    "playground.view": {"zh": "视图", "en": "View"},
    "playground.tab_contour": {"zh": "等高线", "en": "Contours"},
    "playground.tab_3d": {"zh": "三维曲面", "en": "3-D surface"},
    "playground.tab_curves": {"zh": "损失与步长", "en": "Loss and step length"},
    # ---- presets ------------------------------------------------------------------------------
    "preset.fig15_8.title": {"zh": "图 15-8（讲义 002）", "en": "Fig. 15-8 (note 002)"},
    "preset.fig15_8.notice": {
        "zh": "同一个狭长碗面、20 步：SGD（ε=0.95）来回锯齿，动量（ε=0.1）平滑转弯，RMSProp 与 Adam（ε=0.5）每个坐标各自调整步长。",
        "en": "One narrow bowl, 20 steps: SGD (ε = 0.95) zig-zags, Momentum (ε = 0.1) curves smoothly, RMSProp and Adam (ε = 0.5) size each coordinate's step separately.",
    },
    "preset.saddle_momentum.title": {"zh": "动量冲过鞍点", "en": "Momentum past a saddle"},
    "preset.saddle_momentum.notice": {
        "zh": "两者都先滑向鞍点；SGD 在鞍点附近几乎停住，动量像滚动的小球一样冲过去（讲义 003）。",
        "en": "Both slide toward the saddle; SGD nearly stops there while momentum rolls on like a ball (note 003).",
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
    "schedule.linear": {"zh": "线性衰减（讲义 000）", "en": "linear decay (note 000)"},
    "schedule.inv_sqrt": {"zh": "ε₀/√(t+1)（讲义 001）", "en": "ε₀/√(t+1) (note 001)"},
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
    "figure.play": {"zh": "播放", "en": "Play"},
    "figure.pause": {"zh": "暂停", "en": "Pause"},
    "figure.step": {"zh": "步数", "en": "step"},
    "figure.loss": {"zh": "损失", "en": "loss"},
    "figure.loss_minus_min": {"zh": "损失 − 最小值", "en": "loss − minimum"},
    "figure.step_length": {"zh": "步长 ‖Δθ‖", "en": "step length ‖Δθ‖"},
    # ---- URL ----------------------------------------------------------------------------------
    "url.repeated": {
        "zh": "链接中 {param} 出现了多次（{value}），使用第一个值 {fallback}。",
        "en": "The link gives {param} more than once ({value}); using the first, {fallback}.",
    },
    "url.invalid": {
        "zh": "链接中的 {param}={value} 无效或超出范围，已改用默认值 {fallback}。",
        "en": "The link's {param}={value} is invalid or out of range; using the default {fallback} instead.",
    },
    # ---- predict, then reveal (pages/room.py, ui/rooms.py) ----------------------------------
    "page.room.title": {"zh": "先预测，再揭晓", "en": "Predict, then reveal"},
    "room.ask": {"zh": "先让全班预测", "en": "Ask the class first"},
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
    "room.q.where": {
        "zh": "{opt} 走 {steps} 步后会停在哪里？",
        "en": "Where will {opt} be after {steps} steps?",
    },
    "room.q.lowest": {
        "zh": "{steps} 步后，哪个优化器的损失最低？",
        "en": "After {steps} steps, which optimizer has the lowest loss?",
    },
    "room.q.lowest_run": {
        "zh": "{steps} 步后，哪一次运行的损失最低？",
        "en": "After {steps} steps, which run has the lowest loss?",
    },
    "room.q.diverge": {
        "zh": "{opt} 在 {steps} 步内会发散吗？",
        "en": "Does {opt} diverge within {steps} steps?",
    },
    "room.q.basin": {
        "zh": "{opt} 走 {steps} 步后落在哪个极小值附近？",
        "en": "After {steps} steps, which minimum is {opt} near?",
    },
    "room.yes": {"zh": "会", "en": "Yes"},
    "room.no": {"zh": "不会", "en": "No"},
    "room.none": {"zh": "都不是", "en": "None of them"},
    "room.minimum": {"zh": "极小值 ({x:.2f}, {y:.2f})", "en": "minimum ({x:.2f}, {y:.2f})"},
    "room.minimum_1d": {"zh": "极小值 x = {x:.2f}", "en": "minimum x = {x:.2f}"},
    "room.code": {"zh": "房间 {code}", "en": "Room {code}"},
    "room.join": {
        "zh": "用手机扫码，或打开 {link}",
        "en": "Scan with your phone, or open {link}",
    },
    "room.localhost": {
        "zh": "此链接指向这台电脑在局域网中的地址；学生的手机须连在同一网络。",
        "en": "This link points at this computer's address on the local network: students' phones must be on the same network.",
    },
    "room.local_only": {
        "zh": "这台服务器只接受本机访问，手机打不开这个链接：请用 `make run ADDRESS=0.0.0.0`（或 `make serve BIND=0.0.0.0`）在手机所在的网络上启动。",
        "en": "This server answers this computer only, so phones cannot open the link: start it with `make run ADDRESS=0.0.0.0` (or `make serve BIND=0.0.0.0`) on a network the phones share.",
    },
    "room.count": {"zh": "已作答", "en": "Answers"},
    "room.reveal": {"zh": "揭晓", "en": "Reveal"},
    "room.close": {"zh": "关闭房间", "en": "Close the room"},
    "room.closed": {
        "zh": "房间 {code} 已关闭，答案已删除。",
        "en": "Room {code} is closed and its answers are deleted.",
    },
    "room.back": {"zh": "回到演练场", "en": "Back to the Playground"},
    "room.hidden": {
        "zh": "轨迹已隐藏，揭晓后显示。",
        "en": "The paths are hidden until the reveal.",
    },
    "room.lecturer_link": {
        "zh": "讲师链接（只有它能揭晓和关闭，勿投影）",
        "en": "Lecturer's link (only it can reveal and close: do not project it)",
    },
    "room.tap": {
        "zh": "在图上点出你的预测，或用滑块微调。",
        "en": "Tap your prediction on the figure, or fine-tune it with the sliders.",
    },
    "room.your_point": {"zh": "你", "en": "You"},
    "room.predictions": {"zh": "全班", "en": "Class"},
    "room.pick": {"zh": "你的答案", "en": "Your answer"},
    "room.nickname": {"zh": "昵称（可不填）", "en": "Nickname (optional)"},
    "room.send": {"zh": "提交", "en": "Send"},
    "room.sent_point": {
        "zh": "已提交 ({x:.2f}, {y:.2f})。揭晓前仍可修改。",
        "en": "Sent ({x:.2f}, {y:.2f}). You can change it until the reveal.",
    },
    "room.sent_point_1d": {
        "zh": "已提交 x = {x:.2f}。揭晓前仍可修改。",
        "en": "Sent x = {x:.2f}. You can change it until the reveal.",
    },
    "room.sent_option": {
        "zh": "已提交：{option}。揭晓前仍可修改。",
        "en": "Sent: {option}. You can change it until the reveal.",
    },
    "room.waiting": {"zh": "等待讲师揭晓……", "en": "Waiting for the lecturer's reveal…"},
    "room.missing": {
        "zh": "没有开放的房间 {code}。房间只在服务器运行期间存在：讲师关闭房间或服务器重启后，房间即不再存在。",
        "en": "There is no open room {code}. Rooms live only while the server runs: a room the lecturer closed, or any room open before a restart, is gone.",
    },
    "room.no_code": {
        "zh": "这个链接没有房间号。请向讲师要学生链接，或扫投影上的二维码。",
        "en": "This link has no room code. Ask the lecturer for the students' link, or scan the QR code on the projector.",
    },
    "room.student_key": {
        "zh": "链接中的讲师密钥不对：这里显示学生视图，不能揭晓或关闭。",
        "en": "The lecturer's key in this link is wrong: this is the students' view, which cannot reveal or close.",
    },
    "room.full": {
        "zh": "已有 {rooms} 个房间开放，这台服务器不再开新房间；请先关闭一个。",
        "en": "{rooms} rooms are open, the most this server keeps: close one first.",
    },
    "room.bad_new": {
        "zh": "链接中的 new={preset} / ask={ask} / opt={opt} 无法开房间：{reason}",
        "en": "new={preset} / ask={ask} / opt={opt} in the link cannot open a room: {reason}",
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
    "room.refused_no_number": {
        "zh": "请先用滑块选一个数。",
        "en": "Choose a number with the slider first.",
    },
    "room.guess": {"zh": "你的答案", "en": "Your answer"},
    "room.guess_help": {
        "zh": "拖动滑块，或点一下滑块后用方向键微调。",
        "en": "Drag the slider, or tap it and fine-tune with the arrow keys.",
    },
    "room.sent_number": {
        "zh": "已提交 {value}。揭晓前仍可修改。",
        "en": "Sent {value}. You can change it until the reveal.",
    },
    "room.number_hidden": {
        "zh": "答案隐藏，揭晓后显示。每个答案在 {low} 到 {high} 之间。",
        "en": "The answer is hidden until the reveal. Answers lie between {low} and {high}.",
    },
    "room.answer_is": {"zh": "答案 {value}", "en": "answer {value}"},
    "room.open_lesson": {"zh": "在课程中打开这个视图", "en": "Open this view in the lesson"},
    "room.number_of": {"zh": "答案分布", "en": "The class's answers"},
    # a lesson's number questions (ui/asks.py)
    "ask.eos.sharpness": {
        "zh": "全批量梯度下降以 ε = {lr} 训练这个小网络 {steps} 步。它的锐度 λ_max 最后停在多少（取最后 {tail}% 测量的中位数）？",
        "en": "Full-batch gradient descent at ε = {lr} trains the small network for {steps} steps. Where does its sharpness λ_max settle (the median of the last {tail} % of its measurements)?",
    },
    "ask.eos.sharpness_momentum": {
        "zh": "带动量 α = {alpha} 的全批量梯度下降以 ε = {lr} 训练这个小网络 {steps} 步。它的锐度 λ_max 最后停在多少（取最后 {tail}% 测量的中位数）？",
        "en": "Full-batch gradient descent with momentum α = {alpha} at ε = {lr} trains the small network for {steps} steps. Where does its sharpness λ_max settle (the median of the last {tail} % of its measurements)?",
    },
    "ask.ltd.norm": {
        "zh": "λ₁ = {lam1}、λ₂ = {lam2} 时，t = {t} 步后 ‖Wᵗv‖ 有多大？请给出它的数量级 log₁₀‖Wᵗv‖（开始时 v = (1, 1)，log₁₀‖v‖ = 0.15）。",
        "en": "With λ₁ = {lam1} and λ₂ = {lam2}, how large is ‖Wᵗv‖ after t = {t} steps? Give its power of ten, log₁₀‖Wᵗv‖ (at the start v = (1, 1), log₁₀‖v‖ = 0.15).",
    },
    "ask.init.saturated": {
        "zh": "初始化：{init}；激活函数：{act}。最后一层有多大比例的单元落在激活函数的平坦两端（饱和）？",
        "en": "Initialisation {init}, activation {act}: what share of the last layer's units sit in the activation's flat ends (saturated)?",
    },
    "ask.init.gradient": {
        "zh": "初始化：{init}；激活函数：{act}。梯度的标准差从最后一层传回第一层，变了几个数量级？（log₁₀ 第一层标准差 / 最后一层标准差；负数表示变小）",
        "en": "Initialisation {init}, activation {act}: by how many powers of ten does the gradient's spread change from the last layer back to the first? (log₁₀ of the first layer's std over the last's; negative means it shrinks)",
    },
    "ask.axis.saturated": {"zh": "饱和单元的比例（%）", "en": "saturated units (%)"},
    "ask.axis.share": {
        "zh": "落入最低极小值的起点（%）",
        "en": "starts ending in the lowest minimum (%)",
    },
    "ask.axis.steps": {"zh": "步数", "en": "steps"},
    "ask.scaling.steps": {
        "zh": "特征{how}后，以最佳 ε 做梯度下降，要多少步才能把超出最小值的损失降到起点的 {tol} 以下？",
        "en": "With the features {how}, how many steps does gradient descent at its best ε need to bring the excess loss under {tol} of the start's?",
    },
    "ask.bn.saturated": {
        "zh": "初始化：{init}；激活函数：{act}；{which}。最后一层有多大比例的激活值落在平坦两端（饱和）？",
        "en": "Initialisation {init}, activation {act}, {which}: what share of the last layer's activations sit in the flat ends (saturated)?",
    },
    "ask.axis.settings": {"zh": "设置的比例（%）", "en": "share of the settings (%)"},
    "ask.reg.zero": {
        "zh": "用 L1（lasso），λ 从多大起 {w} 恰好为 0？（λ 以 0.01 为步长）",
        "en": "With L1 (the lasso), from which λ on is {w} exactly 0? (λ in steps of 0.01)",
    },
    "ask.reg.stop": {
        "zh": "在训练损失上从 w = 0 做普通梯度下降（ε = 1）：在 {steps} 步中的第几步验证损失最低，也就是早停停在哪一步？",
        "en": "Plain gradient descent from w = 0 (ε = 1) on the training loss: after how many of its {steps} steps is the validation loss lowest, where early stopping stops?",
    },
    "ask.maps.converged": {
        "zh": "这张图上 {opt} 的 {cells} 种设置中，有多大比例在 {steps} 步内把损失降到离最小值 {tol} 以内？",
        "en": "Of the {cells} settings of {opt} on this map, what share bring the loss within {tol} of the minimum in {steps} steps?",
    },
    "ask.maps.diverged": {
        "zh": "这张图上 {opt} 的 {cells} 种设置中，有多大比例在 {steps} 步内发散？",
        "en": "Of the {cells} settings of {opt} on this map, what share diverge within {steps} steps?",
    },
    "ask.axis.accuracy": {"zh": "测试准确率（%）", "en": "test accuracy (%)"},
    "ask.axis.weights": {"zh": "权重的比例（%）", "en": "share of the weights (%)"},
    "ask.regnet.accuracy": {
        "zh": "在 8×8 手写数字上训练，正则方式：{kind}。网络在测试集上答对多少？",
        "en": "Trained on the 8×8 digits with regularisation: {kind}. What share of the test digits does the network get right?",
    },
    "ask.regnet.small": {
        "zh": "用 L1 训练后，{total} 个权重中有多大比例小于 10⁻²？",
        "en": "After training with L1, what share of the {total} weights are below 10⁻² in size?",
    },
    "ask.pretrain.accuracy": {
        "zh": "只用 {n} 个样本学奇偶，从{start}出发：测试准确率是多少？",
        "en": "Learning even or odd from only {n} examples, from a {start}: what test accuracy does the network reach?",
    },
    "ask.axis.runs": {"zh": "次数", "en": "runs"},
    "ask.minibatch.left": {
        "zh": "批量 B = {b}，从窄谷出发的 {total} 次带噪声的运行中，有几次离开窄谷、落入右边的宽盆？",
        "en": "With batches of B = {b}, how many of the {total} noisy runs from the narrow valley leave it for the wide basin?",
    },
    "ask.axis.training_accuracy": {"zh": "训练准确率（%）", "en": "training accuracy (%)"},
    "ask.netland.accuracy": {
        "zh": "这个小网络{which}，用 {opt} 训练 {steps} 步：训练准确率是多少？",
        "en": "The small network {which}, trained by {opt} for {steps} steps: what training accuracy does it reach?",
    },
    "ask.geometry.radius": {
        "zh": "在 θ = ({x}, {y})，一阶泰勒模型在多大的半径 r_τ 之内，误差都不超过 τ = {tau}（相对于 s‖∇L‖）？",
        "en": "At θ = ({x}, {y}), up to what radius r_τ does the first-order Taylor model stay within τ = {tau} (of s‖∇L‖)?",
    },
    "ask.basins.share": {
        "zh": "{opt}{hps} 从网格上的起点出发，有多大比例落入最低的极小值 ({x}, {y})？",
        "en": "What share of the grid's starts does {opt}{hps} bring to the lowest minimum, ({x}, {y})?",
    },
    "room.summary_basin": {
        "zh": "{n} 人中有 {right} 人答对：{opt} 停在 ({x:.2f}, {y:.2f})，答案是“{truth}”。",
        "en": "{right} of {n} were right: {opt} ended at ({x:.2f}, {y:.2f}), so the answer is “{truth}”.",
    },
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
    return catalog


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
    "play",
    "pause",
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
    return text.format(**fmt) if fmt else text
