"""The schedules lesson's strings, in 中文 and English (see `ui/i18n.py`)."""

STRINGS: dict[str, dict[str, str]] = {
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
    "schedules.decay_wins_quiet": {
        "zh": "衰减的学习率比常数学习率结束得更低：没有噪声时，是更小的后期步子让它们稳住，而常数 ε₀ 做不到。",
        "en": "The decaying rates end lower than the constant one: with no noise, their smaller late steps settle where the constant ε₀ does not.",
    },
    "schedules.constant_wins": {
        "zh": "常数学习率结束得最低：在这个噪声水平下，衰减只是让后期走得更慢。",
        "en": "The constant rate ends lowest: at this noise level, decay only slows the late steps.",
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
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "schedules.why": {
        "zh": "一个固定的学习率要兼顾两件事：开始时走得快，结束时停得稳。学习率调度把它交给时间：先用大步接近极小值，再逐渐减小，让最后的步子小到不再越过谷底，也压低 SGD 的噪声。自适应方法按坐标调整：AdaGrad 累积梯度平方，梯度一直大的坐标步子变小，但累积只增不减，学习率最终会降得太低；RMSProp 改用滑动平均，只记住最近的梯度。Adam 再加上梯度的滑动平均（一阶矩，给出方向，像动量）和梯度平方的滑动平均（二阶矩，给出尺度），按两者之比前进，每个坐标一步约为 ε。两个平均都从零开始，前几步偏小，偏差修正除以 1 − ρᵗ 把它们还原，t 变大后这个因子趋于 1。",
        "en": "A fixed learning rate has to serve two ends: moving fast at first and settling at the end. A schedule hands the job to time: big steps to get near a minimum, then smaller ones so the last steps no longer overshoot and SGD's noise quiets down. Adaptive methods adjust per coordinate: AdaGrad sums squared gradients, so coordinates with large gradients get smaller steps, but the sum only grows and the rate ends up too low; RMSProp uses a moving average instead and remembers recent gradients only. Adam adds a moving average of the gradient (the first moment: the direction, like momentum) to that of its square (the second moment: the scale) and steps by their ratio, about ε per coordinate. Both averages start at zero and are too small at first; bias correction divides by 1 − ρᵗ to undo that, a factor that tends to 1 as t grows.",
    },
}
