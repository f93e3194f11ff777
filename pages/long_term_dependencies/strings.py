"""The long-term dependencies lesson's strings in 中文 and English: the catalog entries only it uses."""

STRINGS: dict[str, dict[str, str]] = {
    "page.ltd.title": {"zh": "长期依赖", "en": "Long-term dependencies"},
    "ltd.notice": {
        "zh": "循环网络每一步都乘同一个矩阵 W。t 步之后是 Wᵗ：沿 |λ| > 1 的特征方向爆炸，沿 |λ| < 1 的方向消失（讲义 000）。把 λ₁ 拉到 1 以下（或把 λ₂ 拉到 1 以上）试试。",
        "en": "A recurrent network multiplies by the same matrix W at every step. After t steps that is Wᵗ: it explodes along eigen-directions with |λ| > 1 and vanishes along those with |λ| < 1 (note 000). Drag λ₁ below 1 (or λ₂ above 1).",
    },
    "ltd.setup": {
        "zh": "λ₁、λ₂ 是 W 的两个特征值：W 每一步把对应的特征方向拉伸（或压缩）的倍数，负值还会翻转方向；|λ|max 是两者绝对值中较大的一个。V 的两列是特征向量 (1, 0) 与 (cos 0.6, sin 0.6)；t 是步数；起点 v = (1, 1)。",
        "en": "λ₁ and λ₂ are W's eigenvalues: the factor by which one step stretches (or shrinks) each eigen-direction, a negative one also flipping it; |λ|max is the larger of their absolute values. V's columns are the eigenvectors (1, 0) and (cos 0.6, sin 0.6); t is the number of steps; the start is v = (1, 1).",
    },
    "ltd.explode": {
        "zh": "|λ|max = {lam} > 1：长远看 ‖Wᵗv‖ 按 {lam}ᵗ 无界增长，即爆炸（虚线）。{t} 步后 ‖Wᵗv‖ = {norm}，是起点 ‖v‖ = {v0} 的 {factor} 倍。",
        "en": "|λ|max = {lam} > 1: in the long run ‖Wᵗv‖ grows as {lam}ᵗ without bound, it explodes (the dashed line). After {t} steps ‖Wᵗv‖ = {norm}, {factor}× the start's ‖v‖ = {v0}.",
    },
    "ltd.vanish": {
        "zh": "|λ|max = {lam} < 1：长远看 ‖Wᵗv‖ 按 {lam}ᵗ 缩小到 0，即消失（虚线）。{t} 步后 ‖Wᵗv‖ = {norm}，是起点 ‖v‖ = {v0} 的 {factor} 倍。",
        "en": "|λ|max = {lam} < 1: in the long run ‖Wᵗv‖ shrinks as {lam}ᵗ to 0, it vanishes (the dashed line). After {t} steps ‖Wᵗv‖ = {norm}, {factor}× the start's ‖v‖ = {v0}.",
    },
    # |λ|max = 1: what each part of v does (one kept, the other fading), computed
    "ltd.vanish_zero": {
        "zh": "λ₁ = λ₂ = 0：W = 0，所以从第 1 步起 Wᵗv = 0，‖Wᵗv‖ 立刻消失，{t} 步后仍是 0。对数坐标画不出 0：图上只有起点 t = 0 处的 ‖v‖ = {v0}（圆点），也没有虚线。",
        "en": "λ₁ = λ₂ = 0: W = 0, so Wᵗv = 0 from step 1 on: ‖Wᵗv‖ vanishes at once and is still 0 after {t} steps. A log axis cannot draw 0: the chart shows only the start, ‖v‖ = {v0} at t = 0 (the dot), and no dashed line.",
    },
    "ltd.underflow": {
        "zh": "从第 {k} 步起 ‖Wᵗv‖ 小于计算机能存的最小正数（约 5×10⁻³²⁴），算出来就是 0，对数坐标画不出 0，曲线在那里断开。",
        "en": "From step {k} on ‖Wᵗv‖ is below the smallest positive number the computer holds (about 5×10⁻³²⁴): it is computed as 0, which a log axis cannot draw, so the curve stops there.",
    },
    "ltd.dip": {
        "zh": "画出的 ‖Wᵗv‖ 不是单调的：{t} 步中有 {falls} 步比前一步低（最大的一次下降是从 t = {a} 到 t = {b}，缩小为 1/{fall}）；它最大的一次回升是从 t = {k} 的 {low} 升到 t = {m} 的 {peak}，是低点的 {times} 倍（起点是 {v0}）：v 的两个特征分量方向不垂直，会互相抵消一部分。",
        "en": "The drawn ‖Wᵗv‖ does not move one way only: it is lower than the step before at {falls} of its {t} steps (the largest fall, ×1/{fall}, from t = {a} to t = {b}); its largest rise is from {low} at t = {k} up to {peak} at t = {m}, {times}× the low (the start is {v0}): v's two eigen-parts are not perpendicular and partly cancel.",
    },
    "ltd.rise": {
        "zh": "画出的 ‖Wᵗv‖ 不是单调的：{t} 步中有 {falls} 步比前一步低（最大的一次下降是从 t = {a} 到 t = {b}，缩小为 1/{fall}）；它最大的一次上升是从起点（t = 0）的 {v0} 升到 t = {m} 的 {peak}，是起点的 {times} 倍：v 的两个特征分量方向不垂直，它们按不同的倍数缩放（或变号），互相抵消的多少每步都在变。",
        "en": "The drawn ‖Wᵗv‖ does not move one way only: it is lower than the step before at {falls} of its {t} steps (the largest fall, ×1/{fall}, from t = {a} to t = {b}); its largest rise is from the start's {v0} (t = 0) up to {peak} at t = {m}, {times}× the start: v's two eigen-parts are not perpendicular, and as they scale by different factors (or flip sign) they cancel more or less from step to step.",
    },
    "ltd.steady": {
        "zh": "|λ|max = 1：v 沿 λ{i} = {one} 的特征向量的分量长度 {keep} 保持不变，另一个分量每步乘 λ{j} = {other}、逐渐消失，所以 ‖Wᵗv‖ 从 {v0} 趋向 {keep}，之后不再变化（虚线是平的）。{t} 步后 ‖Wᵗv‖ = {norm}，是起点 ‖v‖ = {v0} 的 {factor} 倍。",
        "en": "|λ|max = 1: the part of v along λ{i} = {one}'s eigenvector keeps its length {keep}, the other part is multiplied by λ{j} = {other} each step and fades, so ‖Wᵗv‖ goes from {v0} towards {keep} and then stays there (the dashed line is flat). After {t} steps ‖Wᵗv‖ = {norm}, {factor}× the start's ‖v‖ = {v0}.",
    },
    "ltd.steady_same": {
        "zh": "|λ₁| = |λ₂| = 1，且 λ₁ = λ₂ = {lam}：W = {lam}·I，v 的两个分量都保持长度，‖Wᵗv‖ 既不爆炸也不消失，一直是 {v0}（虚线是平的）。{t} 步后 ‖Wᵗv‖ = {norm}，是起点 ‖v‖ = {v0} 的 {factor} 倍。",
        "en": "|λ₁| = |λ₂| = 1 with λ₁ = λ₂ = {lam}: W = {lam}·I, both parts of v keep their length, and ‖Wᵗv‖ neither explodes nor vanishes, it stays {v0} (the dashed line is flat). After {t} steps ‖Wᵗv‖ = {norm}, {factor}× the start's ‖v‖ = {v0}.",
    },
    "ltd.steady_flip": {
        "zh": "|λ₁| = |λ₂| = 1，λ₁ = −λ₂：v 的两个分量都保持长度，其中一个每步变号，所以 ‖Wᵗv‖ 既不爆炸也不消失，在 {v0} 与 {other} 之间来回（虚线是平的）。{t} 步后 ‖Wᵗv‖ = {norm}，是起点 ‖v‖ = {v0} 的 {factor} 倍。",
        "en": "|λ₁| = |λ₂| = 1 with λ₁ = −λ₂: both parts of v keep their length and one flips sign every step, so ‖Wᵗv‖ neither explodes nor vanishes, it alternates between {v0} and {other} (the dashed line is flat). After {t} steps ‖Wᵗv‖ = {norm}, {factor}× the start's ‖v‖ = {v0}.",
    },
    "ltd.orbit": {"zh": "Wᵗv 的轨迹", "en": "orbit of Wᵗv"},
    "ltd.norm": {"zh": "‖Wᵗv‖", "en": "‖Wᵗv‖"},
    "ltd.reference": {"zh": "c·{lam}ᵗ", "en": "c·{lam}ᵗ"},
    "ltd.gradients": {
        "zh": "反向传播经过 t 步时梯度也乘了 t 次 Wᵀ：同样的爆炸与消失。梯度爆炸时，一步就可能把参数抛到很远的地方——梯度裁剪就是为此准备的。",
        "en": "Back-propagating through t steps multiplies the gradient by Wᵀ t times: the same explosion and vanishing. An exploding gradient can throw the parameters far in one step — which is what gradient clipping is for.",
    },
    "ask.ltd.norm": {
        "zh": "λ₁ = {lam1}、λ₂ = {lam2} 时，t = {t} 步后 ‖Wᵗv‖ 有多大？请给出它的数量级 log₁₀‖Wᵗv‖（开始时 v = (1, 1)，log₁₀‖v‖ = 0.15）。",
        "en": "With λ₁ = {lam1} and λ₂ = {lam2}, how large is ‖Wᵗv‖ after t = {t} steps? Give its power of ten, log₁₀‖Wᵗv‖ (at the start v = (1, 1), log₁₀‖v‖ = 0.15).",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "ltd.why": {
        "zh": "循环网络在每个时间步都乘以同一个矩阵 W，t 步之后就是 Wᵗ。把 W 分解成 V diag(λ) V⁻¹，Wᵗ = V diag(λ)ᵗ V⁻¹：每个特征方向被放大 λᵗ 倍。|λ| 略大于 1，λᵗ 随 t 指数爆炸；略小于 1，则指数消失。所以只有 |λ| 恰好接近 1 的方向能把信息带过很多步，很远之前的输入对梯度几乎没有贡献，网络难以学习长期依赖。梯度爆炸可以用梯度裁剪控制，梯度消失则需要改结构（如 LSTM 的门）。",
        "en": "A recurrent network multiplies by the same matrix W at every time step, so after t steps by Wᵗ. Writing W = V diag(λ) V⁻¹ gives Wᵗ = V diag(λ)ᵗ V⁻¹: each eigen-direction is scaled by λᵗ. With |λ| a little above 1, λᵗ explodes exponentially in t; a little below 1, it vanishes exponentially. Only directions with |λ| very close to 1 carry information over many steps, inputs from long ago add almost nothing to the gradient, and the network struggles to learn long-term dependencies. Exploding gradients can be tamed by clipping; vanishing ones need a different architecture (an LSTM's gates, say).",
    },
    # ---- study steps (steps.py) ---------------------------------------------------------------
    "ltd.step.explode.title": {"zh": "爆炸有多快", "en": "How fast it explodes"},
    "ltd.step.explode.question": {
        "zh": "W 的特征值是 λ₁ = 1.1 和 λ₂ = 0.5，从 v = (1, 1) 出发（长度 1.41）。40 步之后 ‖Wᵗv‖ 大约是多少？",
        "en": "W has eigenvalues λ₁ = 1.1 and λ₂ = 0.5; the start is v = (1, 1), of length 1.41. After 40 steps, about how long is Wᵗv?",
    },
    "ltd.step.explode.feedback": {
        "zh": "你答 {answer}。图中 ‖Wᵗv‖ 从 {start} 开始，t = {t} 时是 {end}。",
        "en": "You said {answer}. The drawn ‖Wᵗv‖ starts at {start} and is {end} at t = {t}.",
    },
    "ltd.step.explode.why": {
        "zh": "把 v 分解到两个特征方向上：Wᵗv = a·1.1ᵗ·u₁ + b·0.5ᵗ·u₂。0.5ᵗ 很快消失，剩下的只有 λ₁ 方向上的那一份，它每步乘 1.1，40 步共乘 1.1⁴⁰ ≈ 45。终点的长短还取决于 v 在 u₁ 方向上的分量 a，而不是 v 的全部长度，所以它不等于 1.41 × 45。",
        "en": "Split v along the two eigen-directions: Wᵗv = a·1.1ᵗ·u₁ + b·0.5ᵗ·u₂. The 0.5ᵗ part fades within a few steps, and what is left is the part along λ₁'s direction, multiplied by 1.1 at every step, 1.1⁴⁰ ≈ 45 over 40 steps. How long it ends depends on v's share a along u₁, not on v's whole length, so it is not 1.41 × 45.",
    },
    "ltd.step.vanish.title": {"zh": "略小于 1", "en": "Just below 1"},
    "ltd.step.vanish.question": {
        "zh": "把 λ₁ 从 1.1 改成 0.9（λ₂ 仍是 0.5）。40 步里 ‖Wᵗv‖ 会怎样？",
        "en": "λ₁ goes from 1.1 to 0.9 (λ₂ stays 0.5). Over 40 steps, what does ‖Wᵗv‖ do?",
    },
    "ltd.step.vanish.opt.explodes": {"zh": "仍然爆炸", "en": "it still explodes"},
    "ltd.step.vanish.opt.vanishes": {"zh": "衰减到接近 0", "en": "it shrinks towards 0"},
    "ltd.step.vanish.opt.stays": {"zh": "长度大致不变", "en": "its length stays about the same"},
    "ltd.step.vanish.feedback": {
        "zh": "你选了“{picked}”。图中 ‖Wᵗv‖ 从 {start} 变到 t = {t} 时的 {end}，最后一步乘以 {rate}。",
        "en": "You picked “{picked}”. The drawn ‖Wᵗv‖ goes from {start} to {end} at t = {t}, its last step a factor of {rate}.",
    },
    "ltd.step.vanish.against": {
        "zh": "同样 {t} 步，学习步骤 1 的 λ₁ = 1.1、λ₂ = 0.5 把长度放大到开始时的 {grown} 倍，这里变成开始时的 {now} 倍。",
        "en": "Over the same {t} steps, study step 1's λ₁ = 1.1 and λ₂ = 0.5 make the length {grown} times its start; here it ends {now} times its start.",
    },
    "ltd.step.vanish.why": {
        "zh": "两个特征值的绝对值都小于 1，每个方向上的分量每步都被缩小，0.9⁴⁰ ≈ 0.015。λ₁ 只比学习步骤 1 的小了 0.2，40 步后的长度却相差三个数量级以上（1.1⁴⁰ / 0.9⁴⁰ ≈ 3000）：反复相乘把 1 附近的微小差别放大成数量级的差别。反向传播穿过很多时间步时，梯度同样乘很多次 Wᵀ，所以远处的信息会消失。",
        "en": "Both eigenvalues are below 1 in size, so each direction's part shrinks at every step: 0.9⁴⁰ ≈ 0.015. λ₁ is only 0.2 below study step 1's, yet after 40 steps the lengths differ by more than three orders of magnitude (1.1⁴⁰ / 0.9⁴⁰ ≈ 3000): repeated multiplication turns a small difference around 1 into orders of magnitude. Back-propagating through many time steps multiplies the gradient by Wᵀ just as often, which is how distant information fades out.",
    },
    "ltd.step.race.title": {"zh": "谁说了算", "en": "Which one wins"},
    "ltd.step.race.question": {
        "zh": "λ₁ = 1.02，λ₂ = −1.05。在 40 步中的最后 10 步里，‖Wᵗv‖ 平均每一步乘以多少？",
        "en": "λ₁ = 1.02 and λ₂ = −1.05. Over the last 10 of the 40 steps, by what factor per step does ‖Wᵗv‖ change on average?",
    },
    "ltd.step.race.feedback": {
        "zh": "你答 {answer}。图中 ‖Wᵗv‖ 在最后 {span} 步里平均每步乘以 {rate}。",
        "en": "You said {answer}. Over its last {span} steps the drawn ‖Wᵗv‖ changes by a factor of {rate} per step.",
    },
    "ltd.step.race.zigzag": {
        "zh": "但它不是每步都这样变：它来回锯齿，这 {span} 步里有 {falls} 步变短；最后两步分别乘以 {r1} 和 {r2}（t = {t0}、{t1}、{t2} 时为 {n0}、{n1}、{n2}）。",
        "en": "It does not change like that at every step: it zig-zags, falling at {falls} of those {span} steps; its last two steps multiply it by {r1} and {r2} ({n0}, {n1}, {n2} at t = {t0}, {t1}, {t2}).",
    },
    "ltd.step.race.steady": {
        "zh": "这 {span} 步里每一步的倍数都在 {low} 到 {high} 之间。",
        "en": "Each of those {span} steps multiplies it by between {low} and {high}.",
    },
    "ltd.step.race.steady.one": {
        "zh": "这 {span} 步里每一步都乘以 {rate}。",
        "en": "Each of those {span} steps multiplies it by {rate}.",
    },
    "ltd.step.race.why": {
        "zh": "长期来看，绝对值最大的特征值决定增长：这里 |−1.05| > 1.02。负号让那个方向上的分量每步翻转一次，而 1.02 方向上的分量不翻转：两个分量这一步相加、下一步部分抵消，所以轨迹来回跳，长度也锯齿式地一步长一步短，只有两步合起来平均每步约乘 1.05。另一个分量相对它按 (1.02/1.05)ᵗ 缩小，到 t = 40 也只缩到开始时的 0.31 倍，所以锯齿消失得很慢，t = 40 时仍然看得见。",
        "en": "In the long run the eigenvalue largest in size sets the growth: here |−1.05| > 1.02. The minus sign flips that direction's part at every step while the 1.02 part keeps its sign: the two parts add at one step and partly cancel at the next, so the orbit jumps from side to side and its length zig-zags, longer one step and shorter the next; only over two steps together does it grow by about 1.05 per step. The other part shrinks against it as (1.02/1.05)ᵗ, only to 0.31 of its start by t = 40, so the zig-zag fades slowly and is still visible at t = 40.",
    },
    "ltd.study_hidden": {
        "zh": "答题前，右图只画出坐标轴：‖Wᵗv‖ 的曲线、左边的轨迹和上方的结论先隐藏。",
        "en": "Until you answer, the right-hand figure shows only its axes: the ‖Wᵗv‖ curve, the orbit on the left and the verdict above stay hidden.",
    },
}
