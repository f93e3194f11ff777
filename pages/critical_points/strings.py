"""The critical-points lesson's strings, in 中文 and English."""

STRINGS: dict[str, dict[str, str]] = {
    "cp.log.zero": {
        "zh": "损失图的对数坐标画不出 0：{runs}。",
        "en": "The loss chart's log axis cannot draw 0: {runs}.",
    },
    "cp.log.run": {
        "zh": "{run}在 {n} 个画出的步上损失正好是最小值（差为 0），第一次在第 {step} 步：这些点没有画出",
        "en": "{run} is exactly at the minimum loss (a gap of 0) at {n} drawn steps, the first at step {step}: those points are not drawn",
    },
    "cp.log.run_one": {
        "zh": "{run}在 1 个画出的步上损失正好是最小值（差为 0），即第 {step} 步：这个点没有画出",
        "en": "{run} is exactly at the minimum loss (a gap of 0) at 1 drawn step, step {step}: that point is not drawn",
    },
    # a run still moving that jumps between two points (x² − y² at ε = 1: x ← −x)
    "critical.run.bouncing": {
        "zh": "它在 {a} 和 {b} 之间来回跳：最后 {m} 个画出的点交替落在这两点上。",
        "en": "It bounces between {a} and {b}: its last {m} drawn points alternate between them.",
    },
    "page.critical.title": {"zh": "临界点与鞍点", "en": "Critical points and saddles"},
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
    # after the probe's kind: what "≈ 0" means on this page (optimizers.analyse), with numbers
    "critical.probe.zero_yes": {
        "zh": "这里 |∇L| = {norm}，本页把 |∇L| ≤ 10⁻³ × (1 + H 元素的最大绝对值 {h}) = {limit} 算作 ≈ 0。",
        "en": "Here |∇L| = {norm}, within what this page counts as ≈ 0: |∇L| ≤ 10⁻³ × (1 + the largest |Hᵢⱼ|, {h}) = {limit}.",
    },
    "critical.probe.zero_no": {
        "zh": "本页把 |∇L| ≤ 10⁻³ × (1 + H 元素的最大绝对值 {h}) = {limit} 算作 ≈ 0，这里 |∇L| = {norm} 超过了它。",
        "en": "This page counts |∇L| ≤ 10⁻³ × (1 + the largest |Hᵢⱼ|, {h}) = {limit} as ≈ 0, and here |∇L| = {norm} is above it.",
    },
    "critical.probe.mark_near": {
        "zh": "图上标出的{kind} {mark} 离检查点 {d}。",
        "en": "The marked {kind} {mark} is {d} from the probe.",
    },
    "critical.probe.mark_on": {
        "zh": "检查点就在图上标出的{kind} {mark} 上。",
        "en": "The probe is on the marked {kind} {mark}.",
    },
    # after a degenerate (or flat) probe's sentence: the loss value decides what H cannot
    "critical.probe.at_min_curve": {
        "zh": "但这里 L = {loss}，等于这个曲面的最小值 {min}：检查点就是一个极小值，位于极小值曲线上。",
        "en": "But here L = {loss}, the surface's minimum value {min}: the probe is a minimum, on the curve of minima.",
    },
    "kind.degenerate.at_min": {
        "zh": "梯度为零，有一个特征值为零，二阶信息不足以判断；但这里的 L 等于曲面的最小值，所以是极小值（在极小值曲线上）。",
        "en": "Zero gradient and a zero eigenvalue, so second-order information cannot decide; but L here is the surface's minimum value, so this is a minimum (on the curve of minima).",
    },
    "critical.probe.red": {
        "zh": "红色箭头是负曲率方向（λ = {lam} 的特征向量）：沿它走一小步，损失下降。",
        "en": "The red arrow is the negative-curvature direction (the eigenvector of λ = {lam}): a small step along it lowers the loss.",
    },
    "critical.probe.red_both": {
        "zh": "两个箭头都是红色：两个特征值 {l1}、{l2} 都为负，两个特征向量方向都是负曲率方向，沿任一箭头走一小步，损失都下降。",
        "en": "Both arrows are red: both eigenvalues, {l1} and {l2}, are negative, so each eigenvector is a negative-curvature direction and a small step along either arrow lowers the loss.",
    },
    "critical.probe.no_red": {
        "zh": "这里没有负特征值，所以没有红色箭头。",
        "en": "No eigenvalue is negative here, so no arrow is red.",
    },
    "critical.probe.green": {
        "zh": "绿色箭头是正曲率方向（λ = {lam} 的特征向量）：沿它走一小步，损失上升。",
        "en": "The green arrow is the positive-curvature direction (the eigenvector of λ = {lam}): a small step along it raises the loss.",
    },
    "critical.probe.green_stable": {
        "zh": "绿色箭头是正曲率方向（λ = {lam} 的特征向量），即鞍点的稳定方向：沿它走一小步，损失上升，沿这条线看鞍点是最低点。",
        "en": "The green arrow is the positive-curvature direction (the eigenvector of λ = {lam}), the saddle's stable direction: a small step along it raises the loss, and along that line the saddle is the lowest point.",
    },
    "critical.probe.green_both": {
        "zh": "两个箭头都是绿色：两个特征值 {l1}、{l2} 都为正，沿任一箭头走一小步，损失都上升。",
        "en": "Both arrows are green: both eigenvalues, {l1} and {l2}, are positive, so a small step along either arrow raises the loss.",
    },
    "critical.run.escaped_along": {
        "zh": "{name} 在第 {step} 步离鞍点 {saddle} 只有 {d}，从第 {out} 步起离开了它（此后每一步都离它超过 {r}）；从鞍点指向终点 {end} 的方向与其负曲率方向所在的直线相差 {angle}°",
        "en": "{name} came within {d} of the saddle {saddle} at step {step} and left it from step {out} on (every later point more than {r} from it); the way from the saddle to its end {end} is {angle}° off its negative-curvature line",
    },
    # after critical.run.escaped_along, where the probe sits on that saddle: which side of the
    # negative-curvature line the run left on, against the red arrow drawn from it
    "critical.run.side_with": {
        "zh": "（在红色箭头所指的一侧）",
        "en": " (on the side the red arrow points to)",
    },
    "critical.run.side_against": {
        "zh": "（在红色箭头所指的反方向一侧）",
        "en": " (on the side opposite the red arrow)",
    },
    "critical.run.escaped_along_on": {
        "zh": "{name} 从鞍点 {saddle} 上出发，从第 {out} 步起离开了它（此后每一步都离它超过 {r}）；从鞍点指向终点 {end} 的方向与其负曲率方向所在的直线相差 {angle}°",
        "en": "{name} started on the saddle {saddle} and left it from step {out} on (every later point more than {r} from it); the way from the saddle to its end {end} is {angle}° off its negative-curvature line",
    },
    "critical.run.escaped_on": {
        "zh": "{name} 从鞍点 {saddle} 上出发，从第 {out} 步起离开了它（此后每一步都离它超过 {r}）。",
        "en": "{name} started on the saddle {saddle} and left it from step {out} on (every later point more than {r} from it).",
    },
    "critical.run.escaped": {
        "zh": "{name} 在第 {step} 步离鞍点 {saddle} 只有 {d}，从第 {out} 步起离开了它（此后每一步都离它超过 {r}）。",
        "en": "{name} came within {d} of the saddle {saddle} at step {step} and left it from step {out} on (every later point more than {r} from it).",
    },
    "critical.run.back": {
        "zh": "{name} 在离开之前冲出去又回来过：第 {o} 步离鞍点 {saddle} 已有 {far}（超过 {r}），第 {b} 步又回到离它 {back} 处。",
        "en": "{name} swung out and came back before it left: {far} from the saddle {saddle} at step {o} (more than {r}), back to {back} from it at step {b}.",
    },
    # a run off a critical point whose steps are under the stop tolerance: why they are short,
    # from the slope against this surface's default ε (shallow: a step there is short even at
    # the default ε; not shallow: its steps are short because the ε set is small)
    "critical.run.creeping": {
        "zh": "{name} 到了 {at}，几乎不动（最后 {window} 步每步都小于 {tol}），但这里不是临界点（|∇L| = {norm}）：坡很缓，即使用这个曲面的默认学习率 ε = {lr0}，这里一步 ε|∇L| 也只有 {s0}，小于 {tol}；它仍在慢慢往前挪",
        "en": "{name} is at {at} and barely moves (each of the last {window} steps shorter than {tol}), but this is no critical point (|∇L| = {norm}): the slope is shallow, even at this surface's default learning rate ε = {lr0} a step ε|∇L| here would be {s0}, under {tol}; it is still creeping on",
    },
    "critical.run.creeping_lr": {
        "zh": "{name} 到了 {at}，几乎不动（最后 {window} 步每步都小于 {tol}），但这里不是临界点（|∇L| = {norm}）：坡并不缓，用这个曲面的默认学习率 ε = {lr0}，这里一步 ε|∇L| 会有 {s0}，不小于 {tol}；步子这么短，是因为学习率 ε = {lr} 太小（它最后画出的一步只有 {last}），它仍在慢慢往前挪",
        "en": "{name} is at {at} and barely moves (each of the last {window} steps shorter than {tol}), but this is no critical point (|∇L| = {norm}): the slope is not shallow, at this surface's default learning rate ε = {lr0} a step ε|∇L| here would be {s0}, not under {tol}; its steps are short because the learning rate ε = {lr} is small (its last drawn step is {last}), and it is still creeping on",
    },
    "critical.run.stuck": {
        "zh": "{name} 停在 {at}（最后 {window} 步每步都小于 {tol}，最后一步为 0），但这里不是临界点（|∇L| = {norm}）：坡很缓，即使用这个曲面的默认学习率 ε = {lr0}，这里一步 ε|∇L| 也只有 {s0}；在 ε = {lr} 时一步 ε|∇L| ≈ {s}，短到已经改变不了位置的数值",
        "en": "{name} stays at {at} (each of the last {window} steps shorter than {tol}, the last one 0), but this is no critical point (|∇L| = {norm}): the slope is shallow, even at this surface's default learning rate ε = {lr0} a step ε|∇L| here would be {s0}; at ε = {lr} a step ε|∇L| ≈ {s} is too short to change the position's value any more",
    },
    "critical.run.stuck_lr": {
        "zh": "{name} 停在 {at}（最后 {window} 步每步都小于 {tol}，最后一步为 0），但这里不是临界点（|∇L| = {norm}）：坡并不缓，用这个曲面的默认学习率 ε = {lr0}，这里一步 ε|∇L| 会有 {s0}，不小于 {tol}；是学习率 ε = {lr} 太小，一步 ε|∇L| ≈ {s}，短到已经改变不了位置的数值",
        "en": "{name} stays at {at} (each of the last {window} steps shorter than {tol}, the last one 0), but this is no critical point (|∇L| = {norm}): the slope is not shallow, at this surface's default learning rate ε = {lr0} a step ε|∇L| here would be {s0}, not under {tol}; the learning rate ε = {lr} is small, and a step ε|∇L| ≈ {s} is too short to change the position's value any more",
    },
    "critical.run.stopped": {
        "zh": "{name} 停在 {at}（最后 {window} 步每步都小于 {tol}）：{kind}。",
        "en": "{name} stopped at {at} (each of the last {window} steps shorter than {tol}): {kind}.",
    },
    "critical.run.stopped_curve": {
        "zh": "{name} 停在 {at}（最后 {window} 步每步都小于 {tol}）：这是一个极小值，位于极小值曲线上（离曲线 {d}）。它终点处的 H（不是检查点的）一个特征值 ≈ 0（{flat}），另一个为 {steep} > 0：H 奇异只是因为极小值连成了一条曲线，沿曲线方向损失不变；这里不是鞍点，也不是卡住的地方。",
        "en": "{name} stopped at {at} (each of the last {window} steps shorter than {tol}): a minimum, on the curve of minima ({d} from it). At this end point (not the probe point) one eigenvalue of H is ≈ 0 ({flat}), the other {steep} > 0: H is singular only because the minima form a curve, along which the loss does not change; this is no saddle and no stall.",
    },
    "critical.run.moving": {
        "zh": "{name} 第 {step} 步仍在移动：位于 {at}，最后一步 {last}",
        "en": "{name} is still moving at step {step}: at {at}, last step {last}",
    },
    "critical.run.near": {
        "zh": "，离{kind} {mark} {d}",
        "en": ", {d} from the {kind} {mark}",
    },
    "critical.run.near_curve": {
        "zh": "，离极小值曲线上最近的点 {mark} {d}",
        "en": ", {d} from the nearest point {mark} of the curve of minima",
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
    "critical.click_hint": {
        "zh": "点击等高线图任意位置，查看该点的梯度、Hessian 与类型。",
        "en": "Click anywhere on the contours to see that point's gradient, Hessian and kind.",
    },
    "critical.escape": {"zh": "逃离鞍点的实验", "en": "Escaping the saddle"},
    "critical.nudge": {"zh": "起点 {v} + 0.01", "en": "Start {v} + 0.01"},
    "critical.nudge_help": {
        "zh": "起点的第二个坐标（纵轴）加 0.01。正好在鞍点稳定方向上的起点，梯度下降会一直留在这条线上；偏离一点，就可能离开它。",
        "en": "Adds 0.01 to the start's second coordinate (the vertical axis). A start exactly on a saddle's stable line stays on it under gradient descent; one a little off it can leave.",
    },
    # the start's two coordinates, named like the surface's axes (w₁, w₂ on the two-neuron net)
    "critical.start": {"zh": "起点 {v}", "en": "start {v}"},
    "critical.gd": {"zh": "梯度下降", "en": "Gradient descent"},
    "critical.gd_noise": {
        "zh": "梯度下降 + 噪声 σ={sigma}",
        "en": "Gradient descent + noise σ={sigma}",
    },
    # σ = 0: no noise is added, the run is gradient descent's own path again
    "critical.gd_no_noise": {
        "zh": "无噪声的梯度下降 σ = 0",
        "en": "Gradient descent with no noise, σ = 0",
    },
    "critical.escape_direction": {
        "zh": "红色箭头是负曲率方向（λ < 0 的特征向量）：沿它走一小步，损失下降。",
        "en": "The red arrow is the negative-curvature direction (the eigenvector with λ < 0): a small step along it lowers the loss.",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "critical.why": {
        "zh": "梯度为零的点不一定是极小值。要分辨，得看二阶导数：Hessian 的特征值全为正是极小值，全为负是极大值，有正有负就是鞍点。在鞍点处，正特征值的方向是“稳定方向”——只沿它们走，梯度下降会一路滑进鞍点；负特征值的方向是逃离的出口，哪怕只有一点点偏离，这个分量每步都会被放大。所以从精确对称的起点出发会停在鞍点，稍微偏一点就会先在鞍点附近徘徊，再沿负曲率方向离开。两神经元网络 (1 − w₁w₂)² 在原点正有这样一个鞍点。",
        "en": "A point where the gradient is zero need not be a minimum. The second derivatives tell: all Hessian eigenvalues positive is a minimum, all negative a maximum, both signs a saddle. At a saddle the positive-eigenvalue directions are the stable directions: moving only along them, gradient descent slides right into the saddle. The negative-eigenvalue directions are the way out: the smallest offset along them is multiplied at every step. So a start on the exact line of symmetry stops at the saddle, while a slightly offset one lingers near it and then leaves along the negative curvature. The two-neuron network's loss (1 − w₁w₂)² has just such a saddle at the origin.",
    },
    # ---- study steps (steps.py): the question, the options, the computed reveal and the why ----
    "critical.step.kind.title": {"zh": "这是什么点", "en": "What kind of point"},
    "critical.step.kind.question": {
        "zh": "两个权重的网络 L = (1 − w₁w₂)²，探针在原点 (0, 0)，那里梯度为零。它是哪一种临界点？",
        "en": "The two-weight network L = (1 − w₁w₂)², the probe at the origin (0, 0), where the gradient is zero. What kind of critical point is it?",
    },
    "critical.step.kind.opt.minimum": {"zh": "极小值", "en": "a minimum"},
    "critical.step.kind.opt.maximum": {"zh": "极大值", "en": "a maximum"},
    "critical.step.kind.opt.saddle": {"zh": "鞍点", "en": "a saddle point"},
    "critical.step.kind.feedback": {
        "zh": "你选的是“{chosen}”。探针 ({x}, {y}) 处 Hessian 的特征值是 {l1} 和 {l2}：{kind}。",
        "en": "You chose “{chosen}”. At the probe ({x}, {y}) the Hessian's eigenvalues are {l1} and {l2}: {kind}.",
    },
    "critical.step.kind.why": {
        "zh": "梯度为零只说明一阶项消失了，要看二阶项 ½ (θ − θ′)ᵀ H (θ − θ′)。在原点 H 的两个特征值一正一负：沿 (1, −1) 方向损失上升，沿 (1, 1) 方向损失下降（w₁w₂ 变大，离 1 更近）。两个方向弯向不同，就是鞍点，不是极小值。",
        "en": "A zero gradient only says the first-order term is gone; the second-order term ½ (θ − θ′)ᵀ H (θ − θ′) decides. At the origin H has one positive and one negative eigenvalue: along (1, −1) the loss rises, along (1, 1) it falls (w₁w₂ grows towards 1). Curving up one way and down the other makes a saddle, not a minimum.",
    },
    "critical.step.stable.title": {"zh": "在稳定线上", "en": "On the stable line"},
    "critical.step.stable.question": {
        "zh": "梯度下降（ε = 0.1）从 (−0.42, 0.42) 出发，正好在鞍点向上弯的那条线上。60 步后它在哪里？",
        "en": "Gradient descent (ε = 0.1) starts at (−0.42, 0.42), exactly on the line along which the saddle curves up. Where is it after 60 steps?",
    },
    "critical.step.stable.opt.saddle": {
        "zh": "在鞍点 (0, 0) 的 0.2 以内",
        "en": "within 0.2 of the saddle (0, 0)",
    },
    "critical.step.stable.opt.minimum": {
        "zh": "在某个极小值（w₁w₂ = 1）的 0.2 以内",
        "en": "within 0.2 of a minimum (where w₁w₂ = 1)",
    },
    "critical.step.stable.opt.elsewhere": {"zh": "两者都不是", "en": "neither"},
    "critical.step.stable.feedback": {
        "zh": "你选的是“{chosen}”。梯度下降从 ({sx}, {sy}) 走了 {steps} 步，停在 ({x}, {y})，离鞍点 {ds}，离最近的极小值 {dm}：{saw}。",
        "en": "You chose “{chosen}”. From ({sx}, {sy}) gradient descent ended at ({x}, {y}) after {steps} steps, {ds} from the saddle and {dm} from the nearest minimum: {saw}.",
    },
    "critical.step.stable.why": {
        "zh": "在 w₁ = −w₂ 这条线上，梯度处处沿着这条线指向原点，所以梯度下降永远离不开它。它一路走到鞍点，梯度变成零，步子也变成零：梯度下降停在了一个并非极小值的地方。只看“梯度为零”来判断训练结束，就会被这种点骗过去。",
        "en": "On the line w₁ = −w₂ the gradient points along the line, towards the origin, everywhere, so gradient descent can never leave it. It walks into the saddle, where the gradient and so the steps become zero: it stops at a point that is not a minimum. Judging training done by a zero gradient alone is fooled by such points.",
    },
    "critical.step.nudge.title": {"zh": "偏一点点", "en": "A hair off the line"},
    "critical.step.nudge.question": {
        "zh": "同样的设置，起点改成 (−0.42, 0.43)，只偏离那条线 0.01。60 步后梯度下降在哪里？在图上点出来。",
        "en": "Same settings, but the start is (−0.42, 0.43), just 0.01 off that line. Where is gradient descent after 60 steps? Tap it on the contour.",
    },
    "critical.step.nudge.opt.saddle": {
        "zh": "在鞍点 (0, 0) 的 0.2 以内",
        "en": "within 0.2 of the saddle (0, 0)",
    },
    "critical.step.nudge.opt.minimum": {
        "zh": "在某个极小值（w₁w₂ = 1）的 0.2 以内",
        "en": "within 0.2 of a minimum (where w₁w₂ = 1)",
    },
    "critical.step.nudge.opt.elsewhere": {"zh": "两者都不是", "en": "neither"},
    "critical.step.nudge.why": {
        "zh": "0.01 的偏离落在鞍点向下弯的方向上（特征值 −2）。靠近鞍点时，这个分量每步乘 1 + 2ε = 1.2，很快被放大，而沿稳定方向的分量被压小。于是路径先滑向鞍点，再沿下降方向拐出去，落到 w₁w₂ = 1 的极小值。鞍点只在一条线上“抓得住”梯度下降，一点扰动（或噪声）就能逃离。",
        "en": "The 0.01 nudge lies partly along the direction where the saddle curves down (eigenvalue −2). Near the saddle that part grows by 1 + 2ε = 1.2 per step, while the part along the stable direction shrinks. So the path slides towards the saddle, then turns out along the falling direction to a minimum where w₁w₂ = 1. A saddle holds gradient descent only on one line; a small push (or noise) is enough to escape.",
    },
    # the nudge step's point reveal (steps.py): the learner's point against the drawn end, then
    # where that end is (the options' words name it: within 0.2 of the saddle or a minimum)
    "critical.step.nudge.point": {
        "zh": "你预测在 ({gx}, {gy})。起点 ({sx}, {sy}) 不在稳定线 w₁ = −w₂ 上（w₁ + w₂ = {sum}），梯度下降从那里走了 {steps} 步，到了 ({x}, {y})。",
        "en": "You put it at ({gx}, {gy}). From ({sx}, {sy}), off the stable line w₁ = −w₂ (w₁ + w₂ = {sum}), gradient descent went to ({x}, {y}) in {steps} steps.",
    },
    # the start moved back onto the line: no nudge to speak of
    "critical.step.nudge.point_on": {
        "zh": "你预测在 ({gx}, {gy})。起点 ({sx}, {sy}) 就在稳定线 w₁ = −w₂ 上，没有偏离；梯度下降从那里走了 {steps} 步，到了 ({x}, {y})。",
        "en": "You put it at ({gx}, {gy}). The start ({sx}, {sy}) is on the stable line w₁ = −w₂, not nudged off it; from there gradient descent went to ({x}, {y}) in {steps} steps.",
    },
    # a typed surface, as critical.step.off_surface names it
    "critical.step.surface_typed": {"zh": "你输入的公式 {f}", "en": "your formula {f}"},
    # steps 2 and 3 answered while the contour shows another surface than theirs
    "critical.step.off_surface": {
        "zh": "这一步问的是两个权重的网络 L = (1 − w₁w₂)²（鞍点在 (0, 0)，极小值在 w₁w₂ = 1 上），而图上现在画的是“{surface}”，所以这里不评判你的答案。把损失曲面换回“两个神经元”再看。",
        "en": "This step asks about the two-weight network L = (1 − w₁w₂)² (its saddle at (0, 0), its minima where w₁w₂ = 1), but the contour now draws “{surface}”, so your answer is not graded here. Set the loss surface back to “Two neurons” to see it checked.",
    },
    "critical.step.nudge.where": {
        "zh": "它离鞍点 {ds}，离最近的极小值 {dm}：{saw}。",
        "en": "It ended {ds} from the saddle and {dm} from the nearest minimum: {saw}.",
    },
}
