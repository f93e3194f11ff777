"""The edge-of-stability lesson's strings in 中文 and English: the catalog entries only it uses."""

STRINGS: dict[str, dict[str, str]] = {
    "page.eos.title": {"zh": "稳定性边缘", "en": "The edge of stability"},
    "eos.lanczos_until": {"zh": "Lanczos 迭代，直到", "en": "Lanczos, until"},
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
        "zh": "全批量训练 3000 步，每 20 步测一次 λₘₐₓ…",
        "en": "Training 3000 full-batch steps, measuring λₘₐₓ every 20 steps…",
    },
    "eos.setup": {
        "zh": "网络：2 → 16 → 16 → 16 → 16 → 1，ELU 激活，Xavier 初始化；数据：200 个 moons 样本，目标 ±1，平方损失 L = ½·mean(f − y)²。$\\lambda_{\\max}$ 是 Hessian 的最大特征值，用 Hessian–向量积的 Lanczos 方法求得，从上一次测量的向量出发，直到残差 ‖Hy − λ̂y‖ ≤ 10⁻³·λ̂（精确到 0.1 %；从不构造完整 Hessian）。",
        "en": "Network: 2 → 16 → 16 → 16 → 16 → 1, ELU, Xavier initialisation; data: 200 moons points, targets ±1, squared loss L = ½·mean(f − y)². $\\lambda_{\\max}$ is the Hessian's largest eigenvalue, found by the Lanczos method on Hessian-vector products from the previous measurement's vector, until the residual ‖Hy − λ̂y‖ ≤ 10⁻³·λ̂ (to 0.1 %; the full Hessian is never formed).",
    },
    "eos.rule.title": {"zh": "规则与测量", "en": "The rule and the measurement"},
    "eos.rule.body": {
        "zh": "在二次函数上，当 $\\varepsilon\\lambda_{\\max}$ < 2 时梯度下降收敛（动量法：$\\varepsilon\\lambda_{\\max}$ < 2(1+α)）。在网络上 $\\lambda_{\\max}$ 会随训练变化。",
        "en": "On a quadratic, gradient descent converges when $\\varepsilon\\lambda_{\\max}$ < 2 (momentum: $\\varepsilon\\lambda_{\\max}$ < 2(1+α)). On a network $\\lambda_{\\max}$ changes as it trains.",
    },
    "eos.network": {"zh": "网络", "en": "network"},
    "eos.loss": {"zh": "训练损失", "en": "training loss"},
    "eos.off_chart": {
        "zh": "λ 轴画到 {top} 为止：{items} 在它之上，这条虚线在图外。",
        "en": "The λ axis stops at {top}: {items} lies above it, so that dashed line is off the chart.",
    },
    "eos.off_chart.item": {
        "zh": "{rate} 的稳定界 {limit_name} = {limit}",
        "en": "the limit {limit_name} = {limit} of {rate}",
    },
    "eos.fate.open.reached": {
        "zh": "ε = {lr}：$\\lambda_{\\max}$ 从 {start} 上升，在第 {step} 步第一次进入 {limit_name} = {limit} 的 ±{pct} % 以内",
        "en": "ε = {lr}: $\\lambda_{\\max}$ rose from {start} and first came within {pct} % of {limit_name} = {limit} at step {step}",
    },
    "eos.fate.open.overshot": {
        "zh": "ε = {lr}：$\\lambda_{\\max}$ 从 {start} 上升，第 {over_step} 步越过 {limit_name} = {limit}，到了 {over} ×，之后才在第 {step} 步第一次进入它的 ±{pct} % 以内",
        "en": "ε = {lr}: $\\lambda_{\\max}$ rose from {start}, shot past {limit_name} = {limit} to {over} × at step {over_step}, and only then first came within {pct} % of it, at step {step}",
    },
    "eos.fate.open.start": {
        "zh": "ε = {lr}：$\\lambda_{\\max}$ 一开始就是 {start}，已是 {now} × {limit_name}（其中 {limit_name} = {limit}）",
        "en": "ε = {lr}: $\\lambda_{\\max}$ was {start} from the start, already {now} × {limit_name}, where {limit_name} = {limit}",
    },
    "eos.fate.open.past": {
        "zh": "ε = {lr}：$\\lambda_{\\max}$ 从 {start} 越过了 {limit_name} = {limit}，没有一次测量落在它的 ±{pct} % 以内（第 {step} 步第一次高于它）",
        "en": "ε = {lr}: $\\lambda_{\\max}$ went from {start} past {limit_name} = {limit} with no measurement within {pct} % of it (first above it at step {step})",
    },
    "eos.fate.open.above": {
        "zh": "ε = {lr}：$\\lambda_{\\max}$ 一开始就高于 {limit_name} = {limit}：{start}（{now} ×）",
        "en": "ε = {lr}: $\\lambda_{\\max}$ started above {limit_name} = {limit}, at {start} ({now} ×)",
    },
    "eos.fate.above.dip": {
        # "回到" (came back) to a band it had never been in: it started above it
        "zh": "，第 {dip_step} 步降到 {dip}（{dip_ratio} ×），随后回升，在第 {step} 步进入它的 ±{pct} % 以内",
        "en": ", fell to {dip} ({dip_ratio} ×) at step {dip_step}, then rose again, to within {pct} % of it at step {step}",
    },
    "eos.fate.above.reached": {
        "zh": "，在第 {step} 步第一次进入它的 ±{pct} % 以内",
        "en": " and first came within {pct} % of it at step {step}",
    },
    "eos.fate.above.never": {
        "zh": "，没有一次测量落在它的 ±{pct} % 以内",
        "en": " and no measurement came within {pct} % of it",
    },
    "eos.fate.stayed": {
        "zh": "，之后一直在它的 ±{pct} % 以内，直到第 {last_step} 步：之后每一次测量都在 {lo}–{hi} × {limit_name} 之间。",
        "en": " and stayed within ±{pct} % of it to step {last_step}: every later measurement lies in {lo}–{hi} × {limit_name}.",
    },
    "eos.fate.ranged.hover": {
        "zh": "；之后它在 {lo}–{hi} × {limit_name} 之间起伏，围绕它徘徊（{share} % 的测量在 ±{pct} % 以内；{below} 个低于它，{above} 个高于它），",
        "en": "; afterwards it ranged over {lo}–{hi} × {limit_name}, hovering around it ({share} % of those measurements within ±{pct} %; {below} below it, {above} above), ",
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
        "zh": "ε = {lr}：$\\lambda_{\\max}$ 从 {start} 变为 {last}（{ratio} × {limit_name}，其中 {limit_name} = {limit}），{last_step} 步内从未进入它的 ±{pct} % 以内（最高 {peak} ×）。",
        "en": "ε = {lr}: $\\lambda_{\\max}$ went from {start} to {last} ({ratio} × {limit_name}, where {limit_name} = {limit}) and never came within {pct} % of it in {last_step} steps (highest: {peak} ×).",
    },
    "eos.fate.diverged": {
        "zh": "ε = {lr}：损失在第 {step} 步发散（起点 $\\lambda_{\\max}$ = {start}，{limit_name} = {limit}）。",
        "en": "ε = {lr}: the loss blew up at step {step} ($\\lambda_{\\max}$ {start} at the start; {limit_name} = {limit}).",
    },
    "eos.loss.every": {
        "zh": "从第 {first} 步到第 {last} 步，损失每一步都在下降：{start} → {end}。",
        "en": "From step {first} to step {last} the loss fell at every step: {start} → {end}.",
    },
    "eos.loss.bumpy": {
        "zh": "从第 {first} 步到第 {last} 步，损失最终更低（{start} → {end}），但不是一路下降：这 {steps} 步中有 {rises} 步比上一步高",
        "en": "From step {first} to step {last} the loss ended lower, {start} → {end}, but not steadily: it was higher than the step before at {rises} of those {steps} steps",
    },
    "eos.loss.spike": {
        "zh": "；最大的一次尖峰在第 {at} 步，升到 {peak}，是第 {first} 步损失的 {ratio} 倍，仍低于第 0 步的 {zero}。",
        "en": "; its largest spike reached {peak} at step {at}, {ratio} × the loss at step {first}, still below its value at step 0, {zero}.",
    },
    "eos.loss.spike.zero": {
        "zh": "；最大的一次尖峰在第 {at} 步，升到 {peak}，是第 {first} 步损失的 {ratio} 倍，甚至高于第 0 步的 {zero}。",
        "en": "; its largest spike reached {peak} at step {at}, {ratio} × the loss at step {first} and above even its value at step 0, {zero}.",
    },
    "eos.loss.spike.start": {
        "zh": "；最大的一次尖峰在第 {at} 步，升到 {peak}，是第 0 步损失的 {ratio} 倍。",
        "en": "; its largest spike reached {peak} at step {at}, {ratio} × its loss at step 0.",
    },
    "eos.loss.spike.small": {
        "zh": "；之后再没有高过 {start}，单步最大的上升是 {rise}（第 {at} 步升到 {to}）。",
        "en": "; it never went back above {start}, its largest one-step rise being {rise} (to {to} at step {at}).",
    },
    "eos.loss.up": {
        "zh": "从第 {first} 步到第 {last} 步，损失从 {start} 变为 {end}，没有下降（这 {steps} 步中有 {rises} 步比上一步高）。",
        "en": "From step {first} to step {last} the loss went from {start} to {end}, no lower (it was higher than the step before at {rises} of those {steps} steps).",
    },
    "eos.quad.intro": {
        "zh": "右侧二次函数 ½λx² 的 λ = {lam}（网络第 0 步的 $\\lambda_{\\max}$），且永远不变。",
        "en": "The quadratic on the right, ½λx², has λ = {lam} (the network's $\\lambda_{\\max}$ at step 0) for good.",
    },
    "eos.quad.converge": {
        "zh": "ε = {rates} 在其上收敛（ελ 低于稳定界）。",
        "en": "On it gradient descent converges at ε = {rates} (ελ below the limit).",
    },
    "eos.quad.same_pace": {
        "zh": "有动量 α = {alpha} 时，ε = {rates} 收敛得一样快：只要 ελ 在 (1 − √α)² 与 (1 + √α)² 之间，误差就一边振荡一边收缩，每步乘以 √α = {rho}，与 ε 无关（损失的峰值每步乘以 α），所以这些曲线几乎叠在一起。",
        "en": "With momentum α = {alpha}, ε = {rates} converge at one pace: while ελ lies between (1 − √α)² and (1 + √α)² the error oscillates as it shrinks, by √α = {rho} a step whatever ε is (the loss's peaks by α), so these curves run almost on top of each other.",
    },
    "eos.quad.diverge": {
        "zh": "ε = {rates} 在其上发散。",
        "en": "On it gradient descent diverges at ε = {rates}.",
    },
    "eos.quad.contrast": {
        "zh": "网络则不同：ε = {rates} 时 $\\lambda_{\\max}$ 自己升到稳定界，之后在它上下徘徊（至少一半的测量在 ±{pct} % 以内，高于它和低于它的都有），而损失最终比那时更低。",
        "en": "The network is different: for ε = {rates} its $\\lambda_{\\max}$ climbed to the limit by itself and then hovered around it (at least half of the later measurements within ±{pct} %, some above it and some below) while the loss still ended lower than there.",
    },
    "eos.quad.contrast.above": {
        "zh": "ε = {rates} 时网络的 $\\lambda_{\\max}$ 一开始就高于稳定界（二次函数在这里发散），却自己进入了它的 ±{pct} % 以内，之后在它上下徘徊（至少一半的测量在其中，高于它和低于它的都有），而损失最终比那时更低。",
        "en": "For ε = {rates} the network's $\\lambda_{\\max}$ started above the limit, where the quadratic diverges, yet came into its ±{pct} % band by itself and then hovered around it (at least half of the later measurements in it, some above it and some below) while the loss still ended lower than there.",
    },
    "eos.quad.contrast.start": {
        "zh": "ε = {rates} 时网络的 $\\lambda_{\\max}$ 一开始就在稳定界的 ±{pct} % 以内，之后在它上下徘徊（至少一半的测量在其中，高于它和低于它的都有），而损失最终比那时更低。",
        "en": "For ε = {rates} the network's $\\lambda_{\\max}$ was within ±{pct} % of the limit from the start and hovered around it (at least half of the measurements in that band, some above it and some below) while the loss still ended lower than there.",
    },
    "eos.quad.no_edge": {
        "zh": "这组设置下，网络的 $\\lambda_{\\max}$ 没有停在 {limit_name} 上：试试 ε = 0.05、0.1、0.2 且 α = 0。",
        "en": "With these settings no run hovers at {limit_name}: try ε = 0.05, 0.1, 0.2 with α = 0.",
    },
    "ask.eos.sharpness": {
        "zh": "全批量梯度下降以 ε = {lr} 训练这个小网络 {steps} 步。它的锐度 λₘₐₓ 最后停在多少（取最后 {tail}% 测量的中位数）？",
        "en": "Full-batch gradient descent at ε = {lr} trains the small network for {steps} steps. Where does its sharpness λₘₐₓ settle (the median of the last {tail} % of its measurements)?",
    },
    "ask.eos.sharpness_momentum": {
        "zh": "带动量 α = {alpha} 的全批量梯度下降以 ε = {lr} 训练这个小网络 {steps} 步。它的锐度 λₘₐₓ 最后停在多少（取最后 {tail}% 测量的中位数）？",
        "en": "Full-batch gradient descent with momentum α = {alpha} at ε = {lr} trains the small network for {steps} steps. Where does its sharpness λₘₐₓ settle (the median of the last {tail} % of its measurements)?",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "eos.why": {
        "zh": "在二次函数上，步长为 ε 的梯度下降只在 $\\varepsilon\\lambda_{\\max}$ < 2 时收敛：沿最陡方向的误差每步乘以 1 − $\\varepsilon\\lambda_{\\max}$。$\\varepsilon\\lambda_{\\max}$ > 2 时这个因子小于 −1，即 |1 − $\\varepsilon\\lambda_{\\max}$| > 1，误差每步变号并被放大。加上动量 α（本页 0 ≤ α ≤ 0.9）时，这个条件变为 $\\varepsilon\\lambda_{\\max}$ < 2(1 + α)：锐度的上限是 2(1 + α)/ε，α = 0 时就是 2/ε；图中虚线画的就是这个上限。真实网络的曲率不是常数：训练初期锐度 $\\lambda_{\\max}$ 往往不断上升（渐进锐化），直到接近这个上限。到了这里，二次理论预言会发散，但网络没有：每当锐度越过上限，沿最陡方向的振荡会把参数推到曲率较低的区域，锐度于是停在上限附近；锐度一开始就高于上限的训练（ε 较大，旁边的二次函数在这里发散）也以同样的方式被压回上限。损失因此短期内上下波动，长期仍在下降：稳定性不只是学习率的事，优化器也在改变它所在的地形。",
        "en": "On a quadratic, gradient descent with step ε converges only while $\\varepsilon\\lambda_{\\max}$ < 2: the error along the steepest direction is multiplied by 1 − $\\varepsilon\\lambda_{\\max}$ at every step. Once $\\varepsilon\\lambda_{\\max}$ > 2 that factor is below −1, so |1 − $\\varepsilon\\lambda_{\\max}$| > 1 and the error flips sign and grows at every step. With momentum α (0 ≤ α ≤ 0.9 on this page) the condition becomes $\\varepsilon\\lambda_{\\max}$ < 2(1 + α): the sharpness's limit is 2(1 + α)/ε, which is 2/ε when α = 0; the dashed lines draw this limit. A real network's curvature is not constant: early in training its sharpness $\\lambda_{\\max}$ tends to rise (progressive sharpening) until it nears the limit. There the quadratic theory predicts divergence, but the network does not diverge: whenever the sharpness crosses the limit, the oscillation along the steepest direction pushes the parameters into a region of lower curvature, so the sharpness hovers near the limit; a run whose sharpness starts above the limit (a large ε, where the quadratic beside it diverges) is pushed down to it the same way. The loss then goes up and down in the short run and still falls in the long run: stability is not the learning rate's alone, as the optimizer also reshapes the ground it stands on.",
    },
    # ---- study steps (steps.py) ---------------------------------------------------------------
    "eos.step.alpha_held": {
        "zh": "学习步骤按无动量 α = {alpha} 提问（原为 {before}，关闭步骤后恢复）。",
        "en": "The steps use α = {alpha}, no momentum (it was {before}; back when they close).",
    },
    "eos.step.alpha_same": {
        "zh": "学习步骤按无动量 α = {alpha} 提问。",
        "en": "The steps use α = {alpha}, no momentum.",
    },
    "eos.step.level.title": {"zh": "锐度停在哪", "en": "Where the sharpness settles"},
    "eos.step.level.question": {
        "zh": "学习率 ε = 0.1，网络的 $\\lambda_{\\max}$ 从 8.48 开始。训练 3000 步，$\\lambda_{\\max}$ 最后停在多少附近？",
        "en": "Learning rate ε = 0.1; the network's $\\lambda_{\\max}$ starts at 8.48. Over 3000 steps, around what value does $\\lambda_{\\max}$ settle?",
    },
    "eos.step.level.feedback": {
        "zh": "你答 {answer}。图中 ε = {lr} 的 $\\lambda_{\\max}$ 在后一半步数里的中位数是 {level}，是它的界限 {limit} 的 {ratio} 倍；这一半里它在 {low} 到 {high} 之间（界限的 {low_ratio}–{high_ratio} 倍），{later} 次测量中有 {above} 次高于界限。",
        "en": "You said {answer}. The drawn $\\lambda_{\\max}$ of ε = {lr} has a median of {level} over the second half of the run, {ratio} × its limit {limit}; over that half it ranged from {low} to {high} ({low_ratio}–{high_ratio} × the limit), above the limit at {above} of its {later} measurements.",
    },
    "eos.step.level.why": {
        "zh": "二次函数的稳定条件 $\\varepsilon\\lambda_{\\max}$ < 2 给出 $\\lambda_{\\max}$ 的上限 2/ε = 20。网络的锐度先被训练一路推高，碰到这个上限后就停在它附近：它会高于上限（高出多少、多少次，上面的句子按图中数据给出），却不会一去不返，因为只要高于上限，沿最陡方向的来回摆动就把参数推到更平的地方。所以学习率不仅决定步子多大，还决定网络最后停在多尖的区域：ε 越大，停下的地方越平。",
        "en": "The quadratic's stability rule $\\varepsilon\\lambda_{\\max}$ < 2 caps $\\lambda_{\\max}$ at 2/ε = 20. Training first pushes the network's sharpness up, and once it meets that cap it stays near it: it goes above it (how far and how often, the sentence above says from the drawn curve) but does not run away, because whenever it is above, the back-and-forth swing along the steepest direction carries the parameters somewhere flatter. So the learning rate sets not only the step's size but how sharp a region the network ends up in: the larger ε, the flatter.",
    },
    "eos.step.loss.title": {"zh": "到了边缘之后", "en": "At the edge"},
    "eos.step.loss.question": {
        "zh": "ε = 0.2：$\\lambda_{\\max}$ 在第 40 步左右就到了 2/ε = 10，之后一直在它上下。二次函数上，曲率超过 2/ε 就会发散。这之后损失会怎样？",
        "en": "ε = 0.2: $\\lambda_{\\max}$ reaches 2/ε = 10 by about step 40 and stays around it. On a quadratic, curvature above 2/ε diverges. What does the loss do from then on?",
    },
    "eos.step.loss.opt.blows_up": {"zh": "越来越大，发散", "en": "grows without bound"},
    "eos.step.loss.opt.falls_unsteadily": {
        "zh": "上下波动，但总体仍在下降",
        "en": "goes up and down, yet falls overall",
    },
    "eos.step.loss.opt.stalls": {"zh": "停住不再变化", "en": "stops changing"},
    "eos.step.loss.feedback": {
        "zh": "你选了“{picked}”。图中 ε = {lr} 的损失从第 {since} 步的 {first} 降到第 {end} 步的 {last}（{when}），这 {steps} 步中有 {rises} 步比上一步高。",
        "en": "You picked “{picked}”. The drawn loss of ε = {lr} went from {first} at step {since} to {last} at step {end} ({when}), and was higher than the step before at {rises} of those {steps} steps.",
    },
    "eos.step.loss.since.stayed": {
        "zh": "从它的 $\\lambda_{\\max}$ 第一次进入虚线上限 ±{pct} % 以内的那一步算起",
        "en": "counted from the step its $\\lambda_{\\max}$ first came within {pct} % of its dashed limit",
    },
    "eos.step.loss.since.below": {
        "zh": "它的 $\\lambda_{\\max}$ 从未进入虚线上限 ±{pct} % 以内，所以从第 0 步算起",
        "en": "counted from step 0: its $\\lambda_{\\max}$ never came within {pct} % of its dashed limit",
    },
    "eos.step.loss.since.past": {
        "zh": "从它的 $\\lambda_{\\max}$ 第一次超过虚线上限 {pct} % 以上的那一步算起",
        "en": "counted from the step its $\\lambda_{\\max}$ first rose more than {pct} % above its dashed limit",
    },
    "eos.step.loss.why": {
        "zh": "二次理论只看一个固定的曲率，网络的曲率却随参数而变。锐度略超 2/ε 时，最陡方向上的误差会放大几步，损失随之抬高；这几步大摆动本身又把参数带到锐度更低的地方，误差重新收缩。于是损失在短时间里有升有降，在长时间里继续下降：单调下降不是收敛的必要条件。",
        "en": "The quadratic theory looks at one fixed curvature; a network's curvature moves with its parameters. When the sharpness is a little above 2/ε, the error along the steepest direction grows for a few steps and the loss rises; those large swings themselves take the parameters where the sharpness is lower, and the error shrinks again. The loss goes up and down over a few steps and keeps falling over many: a loss need not fall at every step to make progress.",
    },
    "eos.step.quadratic.title": {"zh": "二次函数的上限", "en": "The quadratic's limit"},
    "eos.step.quadratic.question": {
        "zh": "右边的二次函数 ½λx² 取 λ = 8.48（网络第 0 步的 $\\lambda_{\\max}$），它的曲率永远不变。能让梯度下降收敛的最大学习率 ε 是多少？",
        "en": "The quadratic on the right, ½λx², has λ = 8.48 (the network's $\\lambda_{\\max}$ at step 0), and its curvature never changes. What is the largest learning rate ε with which gradient descent converges on it?",
    },
    "eos.step.quadratic.feedback": {
        "zh": "你答 {answer}。图中二次函数的 λ 为 {lam}，ελ < 2 一直成立到 ε = 2/λ = {bound}；{fate}右下图画出的 {total} 个学习率中有 {n} 个收敛。",
        "en": "You said {answer}. The drawn quadratic has λ = {lam}, so ελ < 2 holds up to ε = 2/λ = {bound}; {fate} Of the {total} drawn rates, {n} converge on it (bottom right).",
    },
    "eos.step.quadratic.fate.shrinks": {
        "zh": "ε = {answer} 时每一步把 x 乘以 1 − ελ = {factor}，绝对值小于 1：x 缩小，梯度下降收敛。",
        "en": "at ε = {answer} each step multiplies x by 1 − ελ = {factor}, less than 1 in size: x shrinks and gradient descent converges.",
    },
    "eos.step.quadratic.fate.grows": {
        "zh": "ε = {answer} 时每一步把 x 乘以 1 − ελ = {factor}，绝对值大于 1：x 越来越大，梯度下降发散。",
        "en": "at ε = {answer} each step multiplies x by 1 − ελ = {factor}, more than 1 in size: x grows and gradient descent diverges.",
    },
    "eos.step.quadratic.fate.stays": {
        "zh": "ε = {answer} 时每一步把 x 乘以 1 − ελ = {factor}，绝对值等于 1：x 既不缩小也不增大，梯度下降不收敛。",
        "en": "at ε = {answer} each step multiplies x by 1 − ελ = {factor}, exactly 1 in size: x neither shrinks nor grows, and gradient descent does not converge.",
    },
    "eos.step.quadratic.why": {
        "zh": "在 ½λx² 上一步梯度下降把 x 乘以 1 − ελ。只要 |1 − ελ| < 1，也就是 0 < ε < 2/λ，x 就每步缩小（ε 超过 1/λ 后这个因子为负，x 在缩小的同时每步变号）；ε 一超过 2/λ，因子 1 − ελ 就小于 −1：x 仍每步变号，而且开始放大。二次函数的 λ 不会改变，所以这个上限是硬的；网络则不同：它的锐度随训练而变化，到达这个上限后往往围绕它徘徊，而不是一去不返，这正是左边的曲线与右边不同的地方；图下的句子逐个学习率说明每条曲线实际去了哪里。",
        "en": "On ½λx² one step of gradient descent multiplies x by 1 − ελ. While |1 − ελ| < 1, that is 0 < ε < 2/λ, x shrinks at every step (past ε = 1/λ the factor is negative, so x also flips sign at every step while it shrinks); once ε passes 2/λ the factor 1 − ελ is below −1: x keeps flipping sign and now grows. The quadratic's λ never changes, so that limit is hard. A network is different: its sharpness moves as it trains, and where it reaches the limit it tends to hover around it rather than run past it for good, which is what sets the left curves apart from the right; the sentences under the figure say, rate by rate, where each drawn curve went.",
    },
}
