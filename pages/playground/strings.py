"""The strings only the Playground uses, in 中文 and English (the catalog's format)."""

STRINGS: dict[str, dict[str, str]] = {
    # ---- step-by-step explainer --------------------------------------------------------------
    "explain.optimizer": {"zh": "讲解哪个优化器", "en": "Explain which optimizer"},
    "explain.step": {"zh": "第 k 次更新", "en": "Update k"},
    "explain.gradient": {"zh": "−εg", "en": "−εg"},
    "explain.momentum": {"zh": "αv", "en": "αv"},
    "explain.update": {"zh": "Δθ", "en": "Δθ"},
    # {k} and {next} as subscript digits (explain.subscript): "θ_3" read as a literal underscore
    "explain.caption": {
        "zh": "从 θ{k} 到 θ{next}，视图已放大到这一步。黑色箭头 −εg：只按梯度走的一步；{carry}彩色箭头 Δθ：实际走的一步。下面是代入这一步数值的更新规则。",
        "en": "From θ{k} to θ{next}, zoomed to this step. Black arrow −εg: the plain gradient step; {carry}coloured arrow Δθ: the step actually taken. Below, the update rule with this step's numbers.",
    },
    "explain.caption.carry": {
        "zh": "灰色箭头 αv：动量带来的部分；",
        "en": "grey arrow αv: what momentum carries; ",
    },
    "explain.field": {"zh": "状态量", "en": "state"},
    "explain.before": {"zh": "更新前", "en": "before"},
    "explain.after": {"zh": "更新后", "en": "after"},
    # ---- the race ---------------------------------------------------------------------------
    "playground.optimizers": {"zh": "优化器", "en": "Optimizers"},
    # on a phone the first chosen optimizer's ε under the figure, named with its optimizer;
    # its tab says where it went
    "playground.lr_of": {"zh": "{name}：{label}", "en": "{name}: {label}"},
    "playground.lr_under_figure": {
        "zh": "这个方法的学习率 ε 在图的下方设置。",
        "en": "This method's learning rate ε is set under the figure.",
    },
    # the contour's x-axis title for a domain wider than 2:1, drawn with y stretched {s}×
    "playground.x_stretched": {"zh": "{x}；纵轴拉高 {s} 倍", "en": "{x}; y drawn {s}× tall"},
    "playground.click_hint": {
        "zh": "在等高线图上点击任意位置，即可把起点移到那里。",
        "en": "Click anywhere on the contour plot to start from there.",
    },
    # a run thrown out whose steps grow as it runs back down toward a marked minimum
    # L-BFGS's rule θ ← θ − η ε P g: what η is (optimizers.rules._backtrack)
    "playground.lbfgs_eta": {
        "zh": "η 是线搜索给出的步长系数。线搜索关闭时（ls = 0，默认）η = 1：每一步都走完整的 ε P g，即使这一步让损失上升。打开时（ls = 1），η 从 min(1.5 × 上一步的 η, 1) 开始，每次乘 0.8，直到损失下降得足够多（Armijo 条件），最多缩 15 次。",
        "en": "η is the line search's step factor. With the line search off (ls = 0, the default) η = 1: every step is the full ε P g, even one that raises the loss. With it on (ls = 1), η starts at min(1.5 × the last η, 1) and is cut ×0.8 until the loss falls enough (Armijo's condition), at most 15 cuts.",
    },
    # a run that stopped at a marked maximum or saddle (claims.stopped_sentence)
    "playground.stopped_at": {
        "zh": "{name} 停在了{kind} {point}，而不是极小值：从第 {step} 步起画出的每一步都短于 {tol}，最后画出的点离它 {dist}。它在那里画出的损失是 {last}（第 {end} 步），起点（第 0 步）是 {first}。",
        "en": "{name} stopped at the {kind} {point}, not at a minimum: from step {step} on every drawn step is shorter than {tol}, and its last drawn point is {dist} from it. Its drawn loss there is {last} (step {end}), against {first} at its start (step 0).",
    },
    "playground.kind.maximum": {"zh": "极大值", "en": "maximum"},
    "playground.kind.saddle": {"zh": "鞍点", "en": "saddle"},
    "playground.settings_line": {
        "zh": "图中各方法的设置：{runs}（每种方法的 ε 在它自己的标签页里设置）",
        "en": "Each run in the figure: {runs} (each method's ε is set on its own tab)",
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
    "playground.clip": {
        "zh": "梯度裁剪阈值（0 = 不裁剪）",
        "en": "gradient clipping norm (0 = off)",
    },
    "playground.no_optimizer": {
        "zh": "请至少选择一个优化器。",
        "en": "Choose at least one optimizer.",
    },
    "playground.tab_step": {"zh": "逐步讲解", "en": "Step by step"},
    "playground.tab_curves": {"zh": "损失与步长", "en": "Loss and step length"},
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "playground.why": {
        "zh": "每个优化器只看得见脚下：梯度告诉它哪边向下、有多陡，更新规则决定走多远。普通梯度下降的步长正比于梯度，所以在陡的方向上容易来回振荡，在平的方向上走得很慢。动量把过去的步子累积起来：一致的方向越走越快，来回的分量相互抵消，因此它能冲过平台和鞍点，也可能冲过谷底。AdaGrad、RMSProp、Adam 按坐标除以梯度的历史尺度，每个坐标的步长由 ε 决定，而不由它有多陡决定，弯曲程度不同的方向也就不再互相牵制。这并不让它们在任何设置下都更快：每个优化器有自己的 ε，ε 小时它们的步子一直很小，而梯度下降的步子乘上大的梯度，可以走得很远。同一个曲面上，最好的优化器取决于地形和超参数，没有一个永远最快。",
        "en": "Each optimizer sees only the ground under its feet: the gradient says which way is down and how steep, and its update rule says how far to go. Plain gradient descent steps in proportion to the gradient, so it zig-zags across steep directions and crawls along flat ones. Momentum accumulates past steps: directions that agree speed up and back-and-forth parts cancel, so it coasts over plateaus and saddles, and can also overshoot the valley floor. AdaGrad, RMSProp and Adam divide each coordinate by the gradient's past size, so a coordinate's step is set by ε, not by how steep it is, and steep directions no longer hold back flat ones. That does not make them faster at any setting: each optimizer has its own ε, and with a small one their steps stay small where gradient descent's, scaled by a large gradient, go far. Which optimizer wins depends on the surface and the hyper-parameters; none is fastest everywhere.",
    },
    # ---- study steps (steps.py): the question, the options, the computed reveal and the why ----
    "playground.step.valley_end.title": {"zh": "动量到哪", "en": "Momentum's end"},
    "playground.step.valley_end.question": {
        "zh": "狭长的碗 z = x²/10 + y²，从 (−7, 2) 出发，梯度下降与动量（α = 0.9）都用 ε = 0.1，走 50 步。第 50 步时动量在哪里？在图上点出来。（极小值在 (0, 0)）",
        "en": "The narrow bowl z = x²/10 + y², from (−7, 2); gradient descent and momentum (α = 0.9) both with ε = 0.1, 50 steps. Where is momentum after step 50? Tap it on the contour. (The minimum is at (0, 0).)",
    },
    "playground.step.valley_end.gd": {
        "zh": "同样 ε 的梯度下降停在 x = {x}。",
        "en": "Plain gradient descent with the same ε stopped at x = {x}.",
    },
    "playground.step.valley_end.gd.moving": {
        "zh": "同样 ε 的梯度下降第 {steps} 步时在 x = {x}，仍在移动。",
        "en": "Plain gradient descent with the same ε was at x = {x} at step {steps}, still moving.",
    },
    "playground.step.valley_end.why": {
        "zh": "沿谷底方向梯度只有 x/5，ε = 0.1 的梯度下降每步只走剩余距离的 2%（每步乘 0.98），50 步后还剩约 0.98⁵⁰ ≈ 0.36。动量把过去的步子累加起来：谷底方向上每一步都指向同一边，速度可以涨到单步的 1/(1 − α) = 10 倍。于是它冲过 x = 0（最远到 x ≈ 2.07）再折返，每步摆幅约乘 √α ≈ 0.95。",
        "en": "Along the valley floor the gradient is only x/5, so gradient descent with ε = 0.1 covers 2 % of the remaining distance per step (×0.98), leaving about 0.98⁵⁰ ≈ 0.36 of it after 50 steps. Momentum adds up its past steps: on the floor they all point the same way, so its speed can grow to 1/(1 − α) = 10 times a single step. It shoots past x = 0 (as far as x ≈ 2.07) and swings back, each swing shrinking by about √α ≈ 0.95 per step.",
    },
    "playground.step.valley_first.title": {"zh": "谁先到", "en": "Who gets there first"},
    "playground.step.valley_first.question": {
        "zh": "同一个碗、同样的设置（ε = 0.1，50 步）。谁先走到离极小值 (0, 0) 不到 0.5 的地方？",
        "en": "Same bowl, same settings (ε = 0.1, 50 steps). Which first comes within 0.5 of the minimum (0, 0)?",
    },
    "playground.step.valley_first.opt.sgd": {
        "zh": "梯度下降（SGD）",
        "en": "gradient descent (SGD)",
    },
    "playground.step.valley_first.opt.momentum": {"zh": "动量", "en": "momentum"},
    "playground.step.valley_first.opt.neither": {
        "zh": "50 步内都到不了",
        "en": "neither, within 50 steps",
    },
    "playground.step.valley_first.feedback": {
        "zh": "图中，{runs}。",
        "en": "In the figure, {runs}.",
    },
    "playground.step.valley_first.reached": {
        "zh": "{name} 在第 {step} 步第一次进入 0.5 以内",
        "en": "{name} first came within 0.5 at step {step}",
    },
    "playground.step.valley_first.never": {
        "zh": "{name} 在 {steps} 步内没有进入 0.5 以内，最后离极小值 {dist}",
        "en": "{name} did not come within 0.5 in {steps} steps and ended {dist} away",
    },
    "playground.step.valley_first.why": {
        "zh": "动量一开始跟梯度下降差不多，但谷底方向的梯度一直指向同一边，累积的速度越来越大，所以它后来居上。这正是狭长谷底上动量的用处：小梯度方向上的步子被放大，而横跨谷底的来回摆动彼此抵消。代价是冲过头再折返，所以它先到 0.5 以内，却未必停在那里。",
        "en": "Momentum starts much like gradient descent, but along the valley floor the gradient keeps pointing the same way, so its built-up speed keeps growing and it overtakes. That is what momentum is for in a narrow valley: steps along the shallow direction add up, while the back-and-forth across the valley cancels out. The price is overshooting and coming back, so it gets within 0.5 first but need not stay there.",
    },
    "playground.step.saddle.title": {"zh": "鞍点", "en": "At a saddle"},
    "playground.step.saddle.question": {
        "zh": "马鞍面 z = x² − y²，从 (−1.8, 0.01) 出发，ε = 0.05，走 25 步。梯度下降（SGD）最后在哪里？",
        "en": "The saddle z = x² − y², from (−1.8, 0.01), ε = 0.05, 25 steps. Where does plain gradient descent (SGD) end?",
    },
    "playground.step.saddle.opt.near_saddle": {
        "zh": "还在鞍点 (0, 0) 的 0.5 以内",
        "en": "still within 0.5 of the saddle at (0, 0)",
    },
    "playground.step.saddle.opt.escaped": {
        "zh": "越过鞍点，沿 y 方向离开",
        "en": "past the saddle, leaving along y",
    },
    "playground.step.saddle.opt.start": {
        "zh": "还在起点的 0.5 以内",
        "en": "still within 0.5 of its start",
    },
    "playground.step.saddle.feedback": {
        "zh": "最后，{runs}。",
        "en": "In the end, {runs}.",
    },
    "playground.step.saddle.run": {
        "zh": "{name} 停在 ({x}, {y})，离鞍点 {dist}",
        "en": "{name} stopped at ({x}, {y}), {dist} from the saddle",
    },
    "playground.step.saddle.run.moving": {
        "zh": "{name} 第 {steps} 步时在 ({x}, {y})，仍在移动，离鞍点 {dist}",
        "en": "{name} was at ({x}, {y}) at step {steps}, still moving, {dist} from the saddle",
    },
    "playground.step.saddle.why": {
        "zh": "起点几乎在 x 轴上，y 方向的梯度 −2y 极小，所以梯度下降先沿 x 滑向鞍点，那里梯度很小，步子也随之变短：它每步只把 y 放大 1.1 倍，25 步后还没离开。动量带着滑下来时攒的速度，像小球一样滚过鞍点；y 的微小偏差也被它累积放大，于是很快沿 y 方向离开。",
        "en": "The start is almost on the x axis, so the gradient along y, −2y, is tiny: gradient descent slides along x towards the saddle, where the gradient is small and its steps shrink with it. It grows y by only ×1.1 per step and has not left after 25 steps. Momentum keeps the speed it gathered on the way down and rolls across like a ball; it also builds up the small push along y and soon leaves that way.",
    },
    # the point reveal (steps.py valley_end): "stopped at" only for a run that stopped
    # (ui.readings.stopped on its drawn path); a run still moving is "at step N … still moving"
    "playground.step.valley_end.point": {
        "zh": "你预测在 ({gx}, {gy})；动量走了 {steps} 步，停在 ({x}, {y})。",
        "en": "You put it at ({gx}, {gy}); momentum stopped at ({x}, {y}) after {steps} steps.",
    },
    "playground.step.valley_end.point.moving": {
        "zh": "你预测在 ({gx}, {gy})；动量第 {steps} 步时在 ({x}, {y})，仍在移动。",
        "en": "You put it at ({gx}, {gy}); at step {steps} momentum was at ({x}, {y}), still moving.",
    },
}
