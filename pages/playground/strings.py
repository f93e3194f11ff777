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
}
