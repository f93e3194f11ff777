"""The strings only the Playground uses, in 中文 and English (the catalog's format)."""

STRINGS: dict[str, dict[str, str]] = {
    # ---- step-by-step explainer --------------------------------------------------------------
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
    # ---- the race ---------------------------------------------------------------------------
    "playground.optimizers": {"zh": "优化器", "en": "Optimizers"},
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
        "zh": "每个优化器只看得见脚下：梯度告诉它哪边向下、有多陡，更新规则决定走多远。普通梯度下降的步长正比于梯度，所以在陡的方向上容易来回振荡，在平的方向上走得很慢。动量把过去的步子累积起来：一致的方向越走越快，来回的分量相互抵消，因此它能冲过平台和鞍点，也可能冲过谷底。AdaGrad、RMSProp、Adam 按坐标除以梯度的历史尺度，每个方向的步子都差不多大，弯曲程度不同的方向也就不再互相牵制。同一个曲面上，最好的优化器取决于地形和超参数，没有一个永远最快。",
        "en": "Each optimizer sees only the ground under its feet: the gradient says which way is down and how steep, and its update rule says how far to go. Plain gradient descent steps in proportion to the gradient, so it zig-zags across steep directions and crawls along flat ones. Momentum accumulates past steps: directions that agree speed up and back-and-forth parts cancel, so it coasts over plateaus and saddles, and can also overshoot the valley floor. AdaGrad, RMSProp and Adam divide each coordinate by the gradient's past size, so every direction takes a step of similar length and steep directions no longer hold back flat ones. Which optimizer wins depends on the surface and the hyper-parameters; none is fastest everywhere.",
    },
}
