"""The schedules lesson's strings, in 中文 and English (see `ui/i18n.py`)."""

STRINGS: dict[str, dict[str, str]] = {
    "schedules.tab": {"zh": "学习率调度", "en": "Learning-rate schedules"},
    "adaptive.tab": {"zh": "自适应步长", "en": "Adaptive steps"},
    "schedules.notice": {
        "zh": "同一个 SGD、同一个 ε₀，只换学习率调度。梯度带有标准差为 σ 的噪声，就像小批量梯度一样（讲义 000、001；线性衰减见讲义 000，ε₀/√(k+1) 见讲义 001）；把 σ 调到 0 比较一下。",
        "en": "Same SGD, same ε₀, only the schedule changes. The gradient carries noise of spread σ, as a minibatch gradient does (notes 000, 001; linear decay is in note 000, ε₀/√(k+1) in note 001); set σ to 0 to compare.",
    },
    "schedules.noise": {"zh": "梯度噪声 σ", "en": "gradient noise σ"},
    "schedules.ranking": {
        "zh": "最后 {k} 步的平均损失（σ = {sigma}）：{ranking}。",
        "en": "Mean loss over the last {k} steps (σ = {sigma}): {ranking}.",
    },
    "schedules.diverged": {
        "zh": "发散（离开 |x|, |y| ≤ {bound}，每种调度都用这个界；曲线止于界内最后一点，不计入平均）：{runs}。",
        "en": "Diverged (left |x|, |y| ≤ {bound}, the same bound for every schedule; the curve ends at its last point inside, with no average): {runs}.",
    },
    "schedules.diverged_item": {"zh": "{name} 在第 {step} 步", "en": "{name} at step {step}"},
    "schedules.constant_diverged": {
        "zh": "常数学习率发散了，没有平均损失可比；{kept} 没有发散。",
        "en": "The constant rate diverged, so it has no mean loss to compare; {kept} did not diverge.",
    },
    "schedules.constant_diverged_too": {
        "zh": "常数学习率发散了，没有平均损失可比；{kept} 没有发散；{gone}也发散了。",
        "en": "The constant rate diverged, so it has no mean loss to compare; {kept} did not diverge; {gone} diverged too.",
    },
    "schedules.gone_item": {"zh": "{name}（第 {step} 步）", "en": "{name} (step {step})"},
    "schedules.decay_wins": {
        "zh": "{names}比常数学习率结束得更低：它缩小了噪声造成的步子。",
        "en": "{names} end lower than the constant one: they shrink the steps the noise makes.",
    },
    "schedules.decay_lower": {
        "zh": "{names}比常数学习率结束得更低。",
        "en": "{names} end lower than the constant one.",
    },
    "schedules.decays_all": {"zh": "衰减的学习率", "en": "The decaying rates"},
    # the noise-free parts already give the order (n = 3): not credited to the noise
    "schedules.decay_path": {
        "zh": "{names}比常数学习率结束得更低，主要是因为无噪声的路径本身就走得更低（见下面的期望损失），而不是因为压低了噪声。",
        "en": "{names} end lower than the constant one mainly along the noise-free path (the expected losses below), not by damping the noise.",
    },
    "schedules.decay_path_one": {
        "zh": "{names}结束得比常数学习率更低，主要是因为无噪声的路径本身就走得更低（见下面的期望损失），而不是因为压低了噪声。",
        "en": "{names} ends lower than the constant one mainly along the noise-free path (the expected losses below), not by damping the noise.",
    },
    "schedules.floor_path": {
        "zh": "{names}：不加噪声的路径本身就低于常数学习率的 {base}（{items}）：更低的损失主要来自更小的步子让无噪声的误差缩得更快（常数 ε₀ = {eps0} 每步只把较慢方向的误差乘以 {factor}），而不是压低了噪声。",
        "en": "For {names} the noise-free path alone already ends below the constant rate's {base} ({items}): the lower loss comes mainly from their smaller steps shrinking the noise-free error faster (the constant ε₀ = {eps0} multiplies the slower axis's error by {factor} a step), not from damping the noise.",
    },
    "schedules.floor_path_item": {
        "zh": "{name} {clean}，占它期望差距的 {share} %",
        "en": "{name} {clean}, {share} % of its expected gap",
    },
    "schedules.floor_unreached": {
        "zh": "不过还没有降到噪声下限：{items}。剩下的是早先较大学习率积累的噪声，还没有消散。",
        "en": "Not at the floor yet: {items}. The rest is noise gathered at the earlier, larger rates that has not died away.",
    },
    "schedules.floor_unreached_item": {
        "zh": "{name} 期望损失中的噪声部分 {noise} 是它后期学习率下限 {floor} 的 {times} 倍（ε = {eps} 时，λ = {lam} 的方向约需 1/(2ελ) = {steps} 步才能稳定）",
        "en": "{name}'s expected noise part {noise} is {times}× its late rate's floor {floor} (at ε = {eps} the λ = {lam} axis needs about 1/(2ελ) = {steps} steps to settle)",
    },
    # one decay compared (the others chosen equal the constant rate, or none was chosen)
    "schedules.decay_wins_one": {
        "zh": "{names}结束得比常数学习率更低：它缩小了噪声造成的步子。",
        "en": "{names} ends lower than the constant one: it shrinks the steps the noise makes.",
    },
    "schedules.decay_lower_one": {
        "zh": "{names}结束得比常数学习率更低。",
        "en": "{names} ends lower than the constant one.",
    },
    "schedules.decay_wins_quiet_one": {
        "zh": "{names}结束得比常数学习率更低：没有噪声时，是更小的后期步子让它稳住，而常数 ε₀ 做不到。",
        "en": "{names} ends lower than the constant one: with no noise, its smaller late steps settle where the constant ε₀ does not.",
    },
    "schedules.decays_named": {
        "zh": "与常数学习率不同的衰减方式（{names}）",
        "en": "The decays not equal to the constant rate ({names})",
    },
    "schedules.constant_diverged_none": {
        "zh": "常数学习率发散了，没有平均损失可比。",
        "en": "The constant rate diverged, so it has no mean loss to compare.",
    },
    "schedules.grew": {
        "zh": "下面这些没有离开 |x|, |y| ≤ {bound}，所以不算发散，但也没有训练好，损失反而涨了上去：{items}。",
        "en": "These stayed within |x|, |y| ≤ {bound}, so they did not diverge, yet they did not train either; their loss grew: {items}.",
    },
    "schedules.grew_item": {
        "zh": "{name} 的损失从 {start} 涨到 {peak}（峰值在第 {step} 步），{n} 步后仍是 {end}",
        "en": "{name} rose from {start} to a peak of {peak} in step {step}, still {end} after {n} steps",
    },
    "schedules.unstable_tail": {
        "zh": "，最后的学习率 ε = {eps} 仍高于 2/λmax = {limit}，步子还在变大",
        "en": ", its last rate ε = {eps} still above 2/λmax = {limit}, its steps still growing",
    },
    "schedules.frozen_tail": {
        "zh": "，从第 {k} 步起学习率 ε = 0，之后它再也没有动过",
        "en": ", its rate ε 0 from step {k} on, so it has not moved since",
    },
    "schedules.floor_stalled": {
        "zh": "停在半路：学习率降得太早、太多，剩下的路和早先较大学习率积累的噪声偏移都不再缩小，期望损失远高于它的噪声下限，所以噪声下限解释不了它结束的位置：{items}。",
        "en": "Stalled: the rate fell too far too early, so the path still to go and the noise gathered at the earlier, larger rates no longer shrink; the expected loss stays far above the noise floor, which does not explain where it ends: {items}.",
    },
    "schedules.stalled_item": {
        "zh": "{name} 的平均损失 {drawn}，期望损失 {mean}（无噪声部分 {clean}）是它噪声下限 {floor} 的 {times} 倍",
        "en": "{name} ends at {drawn}, its expected loss {mean} ({clean} of it noise-free) {times}× its noise floor {floor}",
    },
    "schedules.floor": {
        # whose floors: a decay ending above the constant rate is not listed (at τ = 1 linear
        # and cosine decay were missing from "each run's" list with nothing said)
        "zh": "噪声下限 εσ²/(2(2 − ελ)) 对 λ = {lams} 求和，列出常数学习率和结束时低于它的衰减，ε 取其最后 {k} 步学习率的平均：{floors}。",
        "en": "The noise floor εσ²/(2(2 − ελ)) summed over λ = {lams}, for the constant rate and each decay that ends below it, at its mean rate over the last {k} steps: {floors}.",
    },
    "schedules.floor_explained": {
        "zh": "{names}：更低的损失来自更小的学习率压低了噪声（后期学习率的噪声下限在对数尺度上至少降了损失降幅的一半，无噪声路径占期望差距不到一半）。",
        "en": "For {names} the lower loss is the noise damped by the smaller rates: on a log scale the late rate's floor falls at least half as far as the loss, and the noise-free path makes less than half of the expected gap.",
    },
    "schedules.floor_luck": {
        "zh": "{names}：后期学习率降得太少，解释不了更低的损失（下限在对数尺度上降得不到损失降幅的一半）：这个差距是噪声的运气，不是调度的功劳。",
        "en": "For {names} the late rate fell too little to explain the lower loss (its floor falls less than half as far as the loss, on a log scale): that gap is the noise's luck, not the schedule.",
    },
    "schedules.decay_wins_quiet": {
        "zh": "{names}比常数学习率结束得更低：没有噪声时，是更小的后期步子让它们稳住，而常数 ε₀ 做不到。",
        "en": "{names} end lower than the constant one: with no noise, their smaller late steps settle where the constant ε₀ does not.",
    },
    "schedules.constant_wins": {
        "zh": "常数学习率结束得最低：在这个噪声水平下，衰减后更小的后期步子得不偿失（下面的期望损失也把常数学习率排在最低）。",
        "en": "The constant rate ends lowest: at this noise level, the decays' smaller late steps cost more than they save (the expected losses below rank the constant rate lowest too).",
    },
    # ε₀ = 0.01: the constant rate's expected loss 4.29 is all noise-free: slow, not noisy
    "schedules.constant_wins_slow": {
        "zh": "常数学习率结束得最低：在这个 ε₀ 下各次运行还在往下走（下面的期望损失几乎全是无噪声部分，噪声几乎不起作用），衰减后更小的步子只会让它们走得更慢。",
        "en": "The constant rate ends lowest: at this ε₀ the runs are still on their way down (the expected losses below are nearly all noise-free: the noise hardly matters), and the decays' smaller late steps only slow them further.",
    },
    "schedules.constant_wins_luck": {
        "zh": "这次常数学习率最低，但按下面的期望损失，{names}应当不高于它：差距是噪声的运气。",
        "en": "The constant rate ends lowest here, but by the expected losses below {names} should end at or below it: the gap is the noise's luck.",
    },
    "schedules.order_luck": {
        "zh": "画出的先后与期望损失相反：{pairs}。这个先后是这次噪声抽样的运气，不是调度的功劳。",
        "en": "The expected losses order these the other way: {pairs}. That drawn order is this noise draw's luck, not the schedules'.",
    },
    "schedules.order_luck_item": {
        "zh": "画出 {low} < {high}，期望损失却是 {e_low} > {e_high}",
        "en": "drawn {low} < {high}, yet expected {e_low} > {e_high}",
    },
    "schedules.expected": {
        "zh": "期望损失（在画出的学习率下，无噪声路径加上噪声的方差），取最后 {k} 步的平均，括号里是无噪声部分：{items}。",
        "en": "Expected loss at the drawn rates (the noise-free path plus the noise's spread), mean over the last {k} steps, the noise-free part in brackets: {items}.",
    },
    "schedules.constant_wins_quiet": {
        "zh": "常数学习率结束得最低：没有噪声（σ = 0）时，衰减没有什么要压制的，只是让后期走得更慢。",
        "en": "The constant rate ends lowest: with no noise (σ = 0), decay has nothing to damp and only slows the late steps.",
    },
    "schedules.mixed": {
        "zh": "有的衰减方式比常数学习率低，有的更高：看衰减得多快。",
        "en": "Some decays end below the constant rate and some above it: it depends on how fast they decay.",
    },
    # the split drawn is not the one expected: which side a decay ends on is the draw's luck
    "schedules.mixed_luck": {
        "zh": "这次有的衰减方式比常数学习率低，有的更高，但期望损失给出的高低与画出的不同：{items}。它们落在常数学习率的哪一边，是这次噪声抽样的运气，不是衰减快慢决定的。",
        "en": "In this draw some decays end below the constant rate and some above it, but the expected losses split them differently: {items}. Which side those end on is this noise draw's luck, not how fast they decay.",
    },
    "schedules.mixed_luck_above": {
        "zh": "{name} 画出来比常数学习率高，期望损失却更低（{e} < {base}）",
        "en": "{name} is drawn above the constant rate yet expected below it ({e} < {base})",
    },
    "schedules.mixed_luck_below": {
        "zh": "{name} 画出来比常数学习率低，期望损失却更高（{e} > {base}）",
        "en": "{name} is drawn below the constant rate yet expected above it ({e} > {base})",
    },
    "schedules.tie_note": {
        "zh": "≈ 表示两个平均损失相差不到 {tie} %，算作持平，不分高低。",
        "en": "≈ marks means within {tie} % of each other: a tie, not a ranking.",
    },
    "schedules.same_as_constant": {
        "zh": "{names}在这里都等同于常数学习率（{why}）：学习率和损失曲线都与常数学习率完全重合。",
        "en": "{names} equal the constant rate here ({why}): the same learning-rate and loss curves.",
    },
    # one name: "step decay equals the constant rate" ("equal" was read as a slip)
    "schedules.same_as_constant_one": {
        "zh": "{names}在这里就是常数学习率（{why}）：学习率和损失曲线与常数学习率完全重合。",
        "en": "{names} equals the constant rate here ({why}): the same learning-rate and loss curves.",
    },
    "schedules.same": {
        "zh": "{names}在这里完全相同（{why}）：学习率和损失曲线重合。",
        "en": "{names} coincide here ({why}): the same learning-rate and loss curves.",
    },
    "schedules.same_one_step": {
        "zh": "只有一步，每种调度都用 ε₀",
        "en": "one step, taken at ε₀ by every schedule",
    },
    "schedules.same_end": {"zh": "终点学习率 / ε₀ = 1", "en": "final rate / ε₀ = 1"},
    "schedules.same_gamma": {"zh": "γ = 1", "en": "γ = 1"},
    "schedules.same_tau": {
        "zh": "τ = {tau} 不小于步数 {n}，阶梯衰减还没到第一次下降",
        "en": "τ = {tau} is not below the {n} steps, so step decay never drops",
    },
    "schedules.same_every_step": {
        "zh": "{n} 步中每一步的学习率都相同",
        "en": "the same learning rate at each of the {n} steps",
    },
    "schedules.untrained": {
        "zh": "没有一种调度训练起来：ε₀ = {eps0} 时，{n} 步里损失只从 {start} 变到 {end}（不到 1 %），谈不上谁更好。",
        "en": "No schedule trained: at ε₀ = {eps0} the loss went only from {start} to {end} in {n} steps (less than 1 %), so none is better.",
    },
    "schedules.all_tied": {
        "zh": "每种衰减方式的平均损失都与常数学习率相差不到 {tie} %：这里调度几乎没有区别。",
        "en": "Every decay ends within {tie} % of the constant rate: here the schedule makes next to no difference.",
    },
    "schedules.split": {
        "zh": "与常数学习率相比：{parts}。",
        "en": "Against the constant rate: {parts}.",
    },
    "schedules.split_below": {"zh": "{names}比它低", "en": "lower for {names}"},
    "schedules.split_even": {
        "zh": "{names}与它持平（相差不到 {tie} %）",
        "en": "a tie (within {tie} %) for {names}",
    },
    "schedules.split_above": {"zh": "{names}比它高", "en": "higher for {names}"},
    "schedules.kinds": {"zh": "调度方式", "en": "Schedules"},
    "schedules.eps0": {"zh": "初始学习率 ε₀", "en": "initial learning rate ε₀"},
    # Plotly text: ε<sub>k</sub> as the formula's ε_k (many fonts have no ₖ glyph)
    "schedules.lr_axis": {"zh": "学习率 ε<sub>k</sub>", "en": "learning rate ε<sub>k</sub>"},
    "adaptive.notice": {
        "zh": "AdaGrad 把所有历史梯度平方累加进 r，所以每个坐标的有效步长只会越来越小；RMSProp 和 Adam 用指数衰减平均，步长不会一直缩小；Delta-bar-Delta 让每个参数的学习率随梯度符号自行增减（讲义 000、002）。",
        "en": "AdaGrad adds every past squared gradient into r, so each coordinate's effective step only shrinks; RMSProp and Adam average with decay, so their steps do not keep shrinking; Delta-bar-Delta grows or cuts each parameter's rate by the sign of its gradient (notes 000, 002).",
    },
    "adaptive.eff_axis": {"zh": "有效步长", "en": "effective step size"},
    "adaptive.eff_caption": {
        "zh": "实线是 x 坐标，虚线是 y 坐标。AdaGrad：ε/(δ+√r)，ε = {adagrad}；RMSProp：ε/√(δ+r)，ε = {rmsprop}；Adam：ε/(√r̂+δ)，ε = {adam}；Delta-bar-Delta：εᵢ，从 ε = {dbd} 开始。四种方法的 ε 各不相同，曲线的高低有很大一部分来自 ε，而不只是规则本身。",
        "en": "Solid: the x coordinate; dashed: y. AdaGrad ε/(δ+√r), ε = {adagrad}; RMSProp ε/√(δ+r), ε = {rmsprop}; Adam ε/(√r̂+δ), ε = {adam}; Delta-bar-Delta εᵢ, starting at ε = {dbd}. The four ε differ, so much of the gap between the curves is their ε, not the rules.",
    },
    "adaptive.table": {
        "zh": "讲义 002 的 r₁、r₂、r₃：实际数值（x, y）",
        "en": "Note 002's r₁, r₂, r₃ with real numbers (x, y)",
    },
    "adaptive.col.adagrad_r": {"zh": "AdaGrad 的 rₜ", "en": "AdaGrad rₜ"},
    "adaptive.col.rmsprop_r": {"zh": "RMSProp 的 rₜ", "en": "RMSProp rₜ"},
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "schedules.why": {
        "zh": "一个固定的学习率要兼顾两件事：开始时走得快，结束时停得稳。学习率调度把它交给时间：先用大步接近极小值，再逐渐减小，让最后的步子小到不再越过谷底，也压低 SGD 的噪声。自适应方法按坐标调整：AdaGrad 累积梯度平方，梯度一直大的坐标步子变小，但累积只增不减，学习率最终会降得太低；RMSProp 改用滑动平均，只记住最近的梯度。Adam 再加上梯度的滑动平均（一阶矩，给出方向，像动量）和梯度平方的滑动平均（二阶矩，给出尺度），按两者之比前进，每个坐标一步约为 ε。两个平均都从零开始，前几步偏小，偏差修正除以 1 − ρᵗ 把它们还原，t 变大后这个因子趋于 1。",
        "en": "A fixed learning rate has to serve two ends: moving fast at first and settling at the end. A schedule hands the job to time: big steps to get near a minimum, then smaller ones so the last steps no longer overshoot and SGD's noise quiets down. Adaptive methods adjust per coordinate: AdaGrad sums squared gradients, so coordinates with large gradients get smaller steps, but the sum only grows and the rate ends up too low; RMSProp uses a moving average instead and remembers recent gradients only. Adam adds a moving average of the gradient (the first moment: the direction, like momentum) to that of its square (the second moment: the scale) and steps by their ratio, about ε per coordinate. Both averages start at zero and are too small at first; bias correction divides by 1 − ρᵗ to undo that, a factor that tends to 1 as t grows.",
    },
    # study steps (ui/study.py): the questions, their options and the why; the feedback
    # sentences are computed from the drawn curves (steps.py, its LEDGER)
    "schedules.step.noisy.title": {"zh": "有噪声", "en": "With noise"},
    "schedules.step.noisy.question": {
        "zh": "在 z = x²/10 + y² 上做 SGD，ε₀ = 0.95，每步梯度带噪声（σ = 0.5），共 60 步。最后几步的平均损失，谁更低：保持常数学习率，还是让学习率衰减？",
        "en": "SGD on z = x²/10 + y², ε₀ = 0.95, with noise on every gradient (σ = 0.5), 60 steps. Which ends with the lower mean loss over the last steps: the constant learning rate, or a decaying one?",
    },
    "schedules.step.noisy.opt.constant": {"zh": "常数学习率", "en": "the constant rate"},
    "schedules.step.noisy.opt.decay": {"zh": "衰减的学习率", "en": "a decaying rate"},
    "schedules.step.noisy.why": {
        "zh": "噪声让每一步都带一个随机的偏移，偏移的大小正比于学习率。学习率不变时，参数到了谷底附近仍被噪声推来推去，损失停在一个由 ε 和 σ 决定的水平上。让学习率衰减，后期的步子变小，噪声的影响也随之变小，参数就能安定在最小值附近。",
        "en": "Noise adds a random kick to every step, and the kick scales with the learning rate. With a constant rate the weights keep being pushed around near the bottom, so the loss levels off at a height set by ε and σ. A decaying rate shrinks the late steps and the kicks with them, so the weights can settle near the minimum.",
    },
    "schedules.step.quiet.title": {"zh": "无噪声", "en": "Without noise"},
    "schedules.step.quiet.question": {
        "zh": "同样的四次运行，但把梯度噪声关掉（σ = 0）。现在最后几步的平均损失，谁更低？",
        "en": "The same four runs with the gradient noise switched off (σ = 0). Which ends lower over the last steps now?",
    },
    "schedules.step.quiet.opt.constant": {"zh": "常数学习率", "en": "the constant rate"},
    "schedules.step.quiet.opt.decay": {"zh": "衰减的学习率", "en": "a decaying rate"},
    "schedules.step.quiet.why": {
        "zh": "没有噪声时，每一步都沿真实梯度走。在 z = x²/10 + y² 上（曲率 λ = 0.2 和 2），每一步把两个方向的偏差分别乘以 |1 − ελ|，较慢的那个方向决定收敛速度：ε 增大到 2/(λmin + λmax) = 0.909 之前越来越快（每步因子 0.818），超过它反而变慢（ε = 0.95 时 0.9，0.99 时 0.98），超过 2/λmax = 1 就发散。所以从 0.95 往下衰减，先是更快：0.5 到 0.95 之间的每个学习率，每步因子都小于 0.9（0.8 时 0.84，0.6 时 0.88）；只有降到 0.5 以下（因子 1 − 0.2ε 大于 0.9），一步才比常数 0.95 的一步收敛得更慢。没有噪声时，衰减是否更低，要看它在 0.5 以上停留多久、多早降到 0.5 以下；有噪声时，更小的后期步子还会压低噪声。",
        "en": "Without noise every step follows the true gradient. On z = x²/10 + y² (curvatures λ = 0.2 and 2) each step multiplies the error along each axis by |1 − ελ|, and the slower axis sets the pace: a larger ε converges faster up to 2/(λmin + λmax) = 0.909 (a factor 0.818 per step), slower beyond it (0.9 at ε = 0.95, 0.98 at 0.99), and diverges above 2/λmax = 1. So a rate decaying from 0.95 first gets faster: every rate between 0.5 and 0.95 has a factor below 0.9 (0.84 at 0.8, 0.88 at 0.6); only below 0.5 (a factor 1 − 0.2ε above 0.9) is a step slower than one at the constant 0.95. Without noise, whether a decay ends lower depends on how long it stays above 0.5 and how early it falls below it; with noise, its smaller late steps also damp the noise.",
    },
    "schedules.step.tail.feedback": {
        "zh": "你选了“{answer}”。最后 {k} 步（σ = {sigma}）下图中损失曲线的平均值：常数学习率 {const}，最低的衰减方式 {best} 为 {low}：更低的是“{saw}”。",
        "en": "You picked “{answer}”. Over the last {k} drawn steps (σ = {sigma}) the loss averages {const} for the constant rate and {low} for the lowest decaying one, {best}: lower is “{saw}”.",
    },
    "schedules.step.missing": {
        "zh": "请在调度方式中同时选上“常数”和至少一种衰减方式，才能比较。",
        "en": "Choose the constant schedule and at least one decaying one to compare them.",
    },
    "schedules.step.grow.title": {"zh": "回升吗", "en": "Step grows back?"},
    "schedules.step.grow.question": {
        "zh": "在同一个碗形曲面上，看沿 y 方向的有效步长（ε 除以 r 的平方根，图中的虚线）。在 50 步里，AdaGrad 和 RMSProp 中，谁的有效步长会在某些步回升？",
        "en": "On the same bowl, look at the effective step along y (ε divided by the root of r, the dashed curves). Over 50 steps, whose effective step goes up again at some steps: AdaGrad's or RMSProp's?",
    },
    "schedules.step.grow.opt.adagrad": {"zh": "只有 AdaGrad", "en": "AdaGrad only"},
    "schedules.step.grow.opt.rmsprop": {"zh": "只有 RMSProp", "en": "RMSProp only"},
    "schedules.step.grow.opt.both": {"zh": "两者都会", "en": "both"},
    "schedules.step.grow.opt.neither": {"zh": "都不会", "en": "neither"},
    "schedules.step.grow.feedback": {
        "zh": "你选了“{answer}”。沿 y 方向，AdaGrad 的有效步长从 {a0} 到 {a1}，{n} 步中回升了 {a_up} 次；RMSProp 的从 {r0} 降到最低 {r_low}，最后是 {r1}，回升了 {r_up} 次：是“{saw}”。",
        "en": "You picked “{answer}”. Along y, AdaGrad's effective step went from {a0} to {a1} and rose {a_up} times in {n} steps; RMSProp's went from {r0} down to {r_low} and ended at {r1}, rising {r_up} times: “{saw}”.",
    },
    "schedules.step.grow.why": {
        "zh": "AdaGrad 的 r 把所有历史梯度的平方加起来，只增不减，所以它的有效步长只会越来越小，走得越久越保守。RMSProp 的 r 是指数滑动平均，旧梯度以 ρ 的速度被遗忘：当参数接近谷底、梯度变小时，r 随之下降，有效步长又会回升。这正是 RMSProp 为解决 AdaGrad 学习率过早衰减而提出的原因。",
        "en": "AdaGrad's r adds up every past squared gradient and never shrinks, so its effective step can only fall: the longer it runs, the more cautious it gets. RMSProp's r is an exponential moving average that forgets old gradients at the rate ρ: as the weights near the bottom and the gradients shrink, r falls and the effective step climbs back. That is why RMSProp was proposed: to fix AdaGrad's learning rate dying out too early.",
    },
}
