"""The strings only the convergence maps use, in 中文 and English (the catalog's format)."""

STRINGS: dict[str, dict[str, str]] = {
    "maps.notice.steps": {
        "zh": "每个格子是一次完整的训练，颜色是进入容差并从此保持在容差内所需的步数（越亮越快），橙红色为发散。",
        "en": "Each cell is one whole run, coloured by the steps it needs to get within tolerance and stay there (brighter is faster); vermillion cells diverged.",
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
        "zh": "虚线是理论发散边界，α = 0 那一行上的短点线是 GD 的边界 ε = 2/$\\lambda_{\\max}$。对 Nesterov，这里的理论只给出边界，不给出最快的 (ε, α)，所以图上没有星号。",
        "en": "The dashed line is theory's divergence limit, the short dotted tick on the row α = 0 GD's limit ε = 2/$\\lambda_{\\max}$. For Nesterov the theory here gives the limit only, not a fastest (ε, α), so no star is drawn.",
    },
    "maps.theory.best_only": {
        "zh": "这张图最好的格子在 {best}。",
        "en": "This map's best cell is at {best}.",
    },
    "maps.notice.no_theory": {
        "zh": "在二次曲面（狭长碗形）上选动量或 Nesterov、以 ε 和 α 为轴，图上会画出理论边界（动量还有理论最快的一对参数）。",
        "en": "Choose the bowl with momentum or Nesterov over ε and α to see the closed-form limits drawn on top (and, for momentum, the fastest pair).",
    },
    "maps.notice.no_minimum": {
        "zh": "这个曲面没有极小值，也就没有容差可到达（一个越过远界的训练，损失可能一路下降，也可能来回放大）。每个格子的颜色是训练离开 |x|, |y| ≤ {bound} 的那一步（越亮越早），灰色为 {steps} 步内没有离开。{total} 个格子中 {left} 个离开，最早在第 {first} 步；{stayed} 个没有离开。",
        "en": "This surface has no minimum, so there is no tolerance to reach (a run that passes the far bound may slide down or swing ever wider). Each cell is coloured by the step its run left |x|, |y| ≤ {bound} (brighter is earlier); grey cells did not leave in {steps} steps. Of the {total} cells, {left} left, the first at step {first}; {stayed} did not.",
    },
    "maps.notice.no_minimum_stayed": {
        "zh": "这个曲面没有极小值，也就没有容差可到达。每个格子按训练离开 |x|, |y| ≤ {bound} 的那一步着色：{total} 个格子在 {steps} 步内都没有离开。",
        "en": "This surface has no minimum, so there is no tolerance to reach. Cells are coloured by the step their run left |x|, |y| ≤ {bound}: none of the {total} left within {steps} steps.",
    },
    "maps.metric.left": {"zh": "越过远界的步数", "en": "step it passed the far bound"},
    "maps.stayed": {"zh": "{steps} 步内未离开", "en": "inside after {steps} steps"},
    "maps.earliest": {"zh": "最早离开的格子", "en": "first to leave"},
    "maps.cell_left": {
        "zh": "第 {step} 步越过远界（|x| 或 |y| > {bound}）",
        "en": "passed the far bound (|x| or |y| > {bound}) at step {step}",
    },
    "maps.cell_stayed": {
        "zh": "{steps} 步内没有越过远界",
        "en": "still within the far bound after {steps} steps",
    },
    "maps.range_swapped": {
        "zh": "{hp} 的范围：上端 {hi} 低于下端 {lo}。图按对调后的范围 {low} 到 {high} 画出。",
        "en": "The range of {hp}: its upper end, {hi}, is below its lower end, {lo}. The map is drawn over the two swapped: {low} to {high}.",
    },
    "maps.x_axis": {"zh": "横轴", "en": "x axis"},
    "maps.y_axis": {"zh": "纵轴", "en": "y axis"},
    "maps.from": {"zh": "{hp} 从", "en": "{hp} from"},
    "maps.to": {"zh": "{hp} 到", "en": "{hp} to"},
    "maps.metric": {"zh": "颜色表示", "en": "Colour shows"},
    "maps.metric.steps": {"zh": "进入并保持在容差内的步数", "en": "steps to stay within tolerance"},
    "maps.metric.loss": {"zh": "最终损失 − 最小值", "en": "final loss − minimum"},
    "maps.tol": {"zh": "容差 tol = 10ᵏ 中的 k", "en": "tolerance: k in tol = 10ᵏ"},
    "maps.tol_help": {
        "zh": "理论给出的是多步之后的收敛速率。容差很小（如 10⁻²⁰）时由这个速率决定最快的格子；容差较大时，最初几步的偶然情况就会让最快的格子偏离理论最优点。",
        "en": "The theory gives the rate over many steps. With a tiny tolerance (10⁻²⁰) that rate picks the fastest cell; with a loose one the first few steps decide, and the fastest cell moves away from the theoretical optimum.",
    },
    "maps.unreached": {"zh": "未稳定在容差内", "en": "not settled within tolerance"},
    "maps.study_hidden": {
        "zh": "答题前，图中的格子颜色、理论线和标记，以及图下方的结论和解释先隐藏。",
        "en": "Until you answer, the map's cells, the theory's lines and marks, and the sentence and explanation below the map stay hidden.",
    },
    "maps.counts": {
        "zh": "{total} 个格子中 {reached} 个进入容差并保持在其中，{diverged} 个发散，{unreached} 个在 {steps} 步内没有稳定在容差内。",
        "en": "Of the {total} cells, {reached} get within the tolerance and stay there, {diverged} diverge and {unreached} are not settled within it after {steps} steps.",
    },
    "maps.loss_ties": {
        "zh": "按最终损失着色时，{ties} 个格子并列最低（{floor}）；这里“最好的格子”是进入并保持在容差内步数最少的那个。",
        "en": "Coloured by final loss, {ties} cells tie at the lowest value ({floor}); the best cell here is the one that settles within the tolerance in the fewest steps.",
    },
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
    "maps.cell_reached": {
        "zh": "从第 {steps} 步起保持在容差内",
        "en": "within tolerance from step {steps} on",
    },
    "maps.cell_reached_one": {
        "zh": "从第 1 步起保持在容差内",
        "en": "within tolerance from step 1 on",
    },
    # the fastest cell among ties (narrow valley: 640 cells need 1 step; one is named)
    "maps.best_among": {
        "zh": "；需要这么少步数的格子共 {n} 个，它是其中最终损失最低的（{loss}）",
        "en": "; one of {n} cells that need that few steps, the one that ends lowest (final loss {loss})",
    },
    # ties that also end at the same final loss as printed (the bowl's three 40-step cells all
    # end at 0: float32 underflow): the one named is the first in the grid's order
    "maps.best_among_same": {
        "zh": "；需要这么少步数的格子共 {n} 个，最终损失按显示都相同（{loss}）；列出的是其中 {x} 最小的（{x} 相同时 {y} 最小）",
        "en": "; one of {n} cells that need that few steps, all ending at the same final loss as printed ({loss}); the one named has the smallest {x} (then {y}) among them",
    },
    "maps.best_among_some": {
        "zh": "；需要这么少步数的格子共 {n} 个，其中 {m} 个的最终损失按显示并列最低（{loss}）；列出的是这 {m} 个中 {x} 最小的（{x} 相同时 {y} 最小）",
        "en": "; one of {n} cells that need that few steps, {m} of which end at the lowest final loss as printed ({loss}); the one named has the smallest {x} (then {y}) among those",
    },
    # no cell within the tolerance: the lowest final loss, tied as printed (the two-neuron
    # surface: every cell ends at loss 1)
    "maps.lowest_among": {
        "zh": "（最终损失按显示与它相同的格子共 {n} 个；列出的是其中 {x} 最小的（{x} 相同时 {y} 最小））",
        "en": " (one of {n} cells that end at that final loss as printed; the one named has the smallest {x} (then {y}))",
    },
    # the first to leave among cells that leave at the same step (the saddle: 12 at step 5)
    "maps.left_among": {
        "zh": "（在这一步离开的格子共 {n} 个；列出的是其中 {x} 最小的（{x} 相同时 {y} 最小））",
        "en": " (one of {n} cells that leave that early; the one named has the smallest {x} (then {y}))",
    },
    "maps.cell_unreached": {
        "zh": "未稳定在容差内（最终损失 {loss}）",
        "en": "not settled within tolerance (final loss {loss})",
    },
    "maps.open_playground": {
        "zh": "在竞赛场中打开这次训练",
        "en": "Open this run in the Playground",
    },
    "maps.theory.newton_text": {
        "zh": "这个曲面是二次型，Hessian 特征值 $\\mu_{\\min}$ = {lmin}、$\\mu_{\\max}$ = {lmax}。阻尼 Newton 的一步把沿第 i 个特征向量的误差乘以 1 − εμᵢ/(μᵢ + λ)；它对每个 μᵢ 的绝对值都小于 1，当且仅当：",
        "en": "This surface is a quadratic with Hessian eigenvalues $\\mu_{\\min}$ = {lmin}, $\\mu_{\\max}$ = {lmax}. A damped Newton step multiplies the error along eigenvector i by 1 − εμᵢ/(μᵢ + λ); every factor is below 1 in size exactly when:",
    },
    "maps.newton.one_step": {
        "zh": "虚线是 Newton 在二次曲面上的发散边界 ε = 2(1 + $\\lambda/\\mu_{\\max}$)，这里是 ε = {limit}。每一步把沿第 i 个特征向量的误差乘以 1 − εμᵢ/(μᵢ + λ)：λ = 0、ε = 1 时这些因子都是 {factor}，一步就落在最小值上（黄色星号）。",
        "en": "The dashed line is Newton's divergence limit on a quadratic, ε = 2(1 + $\\lambda/\\mu_{\\max}$), here ε = {limit}. Each step multiplies the error along eigenvector i by 1 − εμᵢ/(μᵢ + λ): at λ = 0, ε = 1 every factor is {factor}, so one step lands on the minimum (the yellow star).",
    },
    "maps.newton.rounding": {
        "zh": "一步是精确计算的结果；这张图用 32 位浮点数计算，第 1 步之后还留有舍入误差，损失高于容差 {tol}，所以这个格子要 {steps} 步。",
        "en": "One step is exact arithmetic; this map computes in 32-bit floats, where step 1 leaves a rounding error with the loss above the tolerance {tol}, so this cell needs {steps} steps.",
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
    "maps.theory.heavy_ball_text": {
        "zh": "这个曲面是二次型，Hessian 特征值 $\\lambda_{\\min}$ = {lmin}、$\\lambda_{\\max}$ = {lmax}。沿每个特征方向，动量法收敛当且仅当（Goh, Distill 2017）：",
        "en": "This surface is a quadratic with Hessian eigenvalues $\\lambda_{\\min}$ = {lmin}, $\\lambda_{\\max}$ = {lmax}. Along every eigen-direction, heavy-ball momentum converges exactly when (Goh, Distill 2017):",
    },
    "maps.theory.nesterov_text": {
        "zh": "这个曲面是二次型，Hessian 特征值 $\\lambda_{\\min}$ = {lmin}、$\\lambda_{\\max}$ = {lmax}。在点 θ + αv 处取梯度的 Nesterov 动量收敛当且仅当：",
        "en": "This surface is a quadratic with Hessian eigenvalues $\\lambda_{\\min}$ = {lmin}, $\\lambda_{\\max}$ = {lmax}. Nesterov momentum (gradient at θ + αv) converges exactly when:",
    },
    "ask.maps.converged": {
        "zh": "这张图上 {opt} 的 {cells} 种设置中，有多大比例在 {steps} 步内把损失降到离最小值 {tol} 以内并保持在那里？",
        "en": "Of the {cells} settings of {opt} on this map, what share bring the loss within {tol} of the minimum in {steps} steps and keep it there?",
    },
    "ask.maps.diverged": {
        "zh": "这张图上 {opt} 的 {cells} 种设置中，有多大比例在 {steps} 步内发散？",
        "en": "Of the {cells} settings of {opt} on this map, what share diverge within {steps} steps?",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "maps.why": {
        "zh": "在二次函数上，梯度下降沿每个特征方向的误差每步乘以 1 − ελ；只有当每个 |1 − ελ| < 1，也就是 ε < 2/$\\lambda_{\\max}$ 时，误差才会缩小。所以一张“学习率 × 另一个超参数”的图会在理论边界处从收敛突然变成发散。动量改变了这个边界：它把上一步的速度带进来，可以容忍更大的学习率（到 2(1+α)/$\\lambda_{\\max}$），代价是可能振荡。没有动量（α = 0）时，ε 越接近边界训练越慢，因为最陡方向的误差几乎不再缩小，所以最快的 ε 在边界之内一段距离。动量足够大（α 至少为 ((√κ − 1)/(√κ + 1))²，κ = $\\lambda_{\\max}$/$\\lambda_{\\min}$）时，对从 (1 − √α)²/$\\lambda_{\\min}$ 到 (1 + √α)²/$\\lambda_{\\max}$ 的每个 ε，每个方向的误差每步都乘以 √α（损失乘以 α），这一段几乎一直延伸到边界：在这一段里，一行的步数大致相同；更慢的格子在这一段之外——ε 很小的地方（平缓方向走得很慢），或紧挨边界的窄条里。把每组超参数都跑一遍，就能看到理论线和实际结果在哪里吻合、在哪里因为非二次的地形而偏离。",
        "en": "On a quadratic, gradient descent multiplies the error along each eigen-direction by 1 − ελ at every step; the error shrinks only while every |1 − ελ| < 1, that is ε < 2/$\\lambda_{\\max}$. So a map over the learning rate and another hyper-parameter switches from converging to diverging at the theory's boundary. Momentum moves that boundary: carrying the last step's velocity, it tolerates larger learning rates (up to 2(1+α)/$\\lambda_{\\max}$), at the price of oscillating. Without momentum (α = 0) runs slow down as ε nears the boundary, where the steepest direction's error hardly shrinks, so the fastest ε lies some way inside it. With enough momentum, α at least ((√κ − 1)/(√κ + 1))² (κ = $\\lambda_{\\max}$/$\\lambda_{\\min}$), the error shrinks by √α per step in every direction (the loss by α) for every ε from (1 − √α)²/$\\lambda_{\\min}$ to (1 + √α)²/$\\lambda_{\\max}$, a band that reaches almost to the boundary: across it a row needs about the same number of steps; its slower cells lie outside it, at small ε, where the gentle direction creeps, or in the sliver next to the boundary. Running every pair of settings shows where the theory's lines and the real runs agree, and where a surface that is not quadratic makes them part.",
    },
    # ---- study steps (steps.py): the question, the computed reveal and the why -------------
    "maps.step.gd_edge.title": {"zh": "梯度下降的边界", "en": "Gradient descent's edge"},
    "maps.step.gd_edge.question": {
        "zh": "碗面 x²/10 + y²（λ = 0.2 和 2）上的动量法。最下面一行 α = 0 就是梯度下降：ε 从多少起发散？",
        "en": "Momentum on the bowl x²/10 + y² (λ = 0.2 and 2). The bottom row, α = 0, is gradient descent: from which ε on do its runs diverge?",
    },
    "maps.step.gd_edge.why": {
        "zh": "α = 0 时，沿曲率 λ 的方向每步乘 (1 − ελ)。只要 |1 − ελ| < 1 就收敛，需要 ε < 2/λ。最陡的方向 λ = 2 最先出问题，所以界线是 ε = 2/$\\lambda_{\\max}$ = 1，与平缓方向 λ = 0.2 无关。",
        "en": "At α = 0 each step multiplies the part along a curvature λ by (1 − ελ). It converges while |1 − ελ| < 1, that is ε < 2/λ. The steepest direction, λ = 2, fails first, so the edge is ε = 2/$\\lambda_{\\max}$ = 1, whatever the gentle direction λ = 0.2 does.",
    },
    "maps.step.momentum_edge.title": {"zh": "加上动量", "en": "With momentum"},
    "maps.step.momentum_edge.question": {
        "zh": "同一张图，看 α ≈ 0.9 那一行：ε 从多少开始发散？",
        "en": "The same map, the row α ≈ 0.9: from which ε on do the runs diverge?",
    },
    "maps.step.momentum_edge.why": {
        "zh": "重球动量的稳定条件是 0 < ελ < 2(1 + α)。α = 0.9 时界线变成 ε < 2·1.9/2 = 1.9，几乎是梯度下降的两倍：速度项在来回振荡的方向上一正一负相互抵消，容许更大的学习率。代价是 α 越大，每步的收缩越慢（约 √α）。",
        "en": "Heavy-ball momentum is stable for 0 < ελ < 2(1 + α). At α = 0.9 the edge becomes ε < 2·1.9/2 = 1.9, almost twice gradient descent's: along a direction that swings back and forth, the velocity's terms alternate in sign and partly cancel, which tolerates a larger learning rate. The price is that a large α shrinks the error slowly, by about √α per step.",
    },
    "maps.step.edge.feedback": {
        "zh": "你说 ε = {answer}；图中 α = {alpha} 那一行，第一个发散的格子在 ε = {first}（它前面的 ε = {before} 没有发散）。",
        "en": "You said ε = {answer}; in the drawn row α = {alpha} the first diverged cell is at ε = {first} (the one before, ε = {before}, did not diverge).",
    },
    "maps.step.edge.none": {
        "zh": "你说 ε = {answer}；图中 α = {alpha} 那一行没有发散的格子。",
        "en": "You said ε = {answer}; no cell of the drawn row α = {alpha} diverged.",
    },
    "maps.step.fastest.title": {"zh": "最快的动量", "en": "The fastest momentum"},
    "maps.step.fastest.question": {
        "zh": "同一张图：取哪个 α（配上最合适的 ε），进入并保持在容差内所需的步数最少？",
        "en": "The same map: which α (with its best ε) settles within the tolerance in the fewest steps?",
    },
    "maps.step.fastest.feedback": {
        "zh": "你说 α = {answer}；图中步数最少的格子是 {steps} 步，在 α = {alpha}、ε = {lr}。",
        "en": "You said α = {answer}; the drawn map's fewest steps, {steps}, are at α = {alpha}, ε = {lr}.",
    },
    "maps.step.fastest.none": {
        "zh": "你说 α = {answer}；图中没有格子稳定在容差内。",
        "en": "You said α = {answer}; no drawn cell settled within the tolerance.",
    },
    "maps.step.fastest.why": {
        "zh": "最好的 α 不是越大越好。理论上最快的一对是 ε* = (2/(√$\\lambda_{\\min}$ + √$\\lambda_{\\max}$))² ≈ 1.154，α* = ((√κ − 1)/(√κ + 1))² ≈ 0.27，其中条件数 κ = $\\lambda_{\\max}$/$\\lambda_{\\min}$ = 10：这时两个方向以同样的速度 √α* ≈ 0.52 每步收缩。α 再大，两个方向都绕着极小值转圈，收缩反而变慢。",
        "en": "The best α is not the largest. In theory the fastest pair is ε* = (2/(√$\\lambda_{\\min}$ + √$\\lambda_{\\max}$))² ≈ 1.154 and α* = ((√κ − 1)/(√κ + 1))² ≈ 0.27, with condition number κ = $\\lambda_{\\max}$/$\\lambda_{\\min}$ = 10: then both directions shrink at the same rate, √α* ≈ 0.52 per step. A larger α makes both directions circle the minimum, and they shrink more slowly.",
    },
}
