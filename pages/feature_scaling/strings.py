"""The feature-scaling lesson's strings in both languages."""

STRINGS: dict[str, dict[str, str]] = {
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
    "scaling.terms": {
        "zh": "$\\lambda_{\\max}$、$\\lambda_{\\min}$：损失曲面最陡和最平方向上的曲率（Hessian 矩阵的最大和最小特征值）；条件数 κ 是二者之比，κ 越大等高线越扁。ε*：让最慢方向收敛最快的学习率。L*：最小损失；$L_t$ − L*：第 t 步时超出最小值的损失（剩余损失），至多是起点的 ((κ−1)/(κ+1))²ᵗ 倍（上式）。",
        "en": "$\\lambda_{\\max}$, $\\lambda_{\\min}$: the curvature of the loss along its steepest and its flattest direction (the largest and smallest eigenvalues of its Hessian); the condition number κ is their ratio, and the larger it is the more elongated the contours. ε*: the step size that makes the slowest direction shrink fastest. L*: the least loss; $L_t$ − L*: the excess loss after t steps, at most ((κ−1)/(κ+1))²ᵗ times the start's (the formula above).",
    },
    "scaling.path_steps": {
        "zh": "等高线上画的路径步数",
        "en": "Steps of the paths on the contours",
    },
    "scaling.path_steps.help": {
        "zh": "只决定三幅等高线图上画出的梯度下降路径走多少步。下方的收敛曲线和各处的步数（到达容差所需的步数）都在完整的曲线上数，最多 {max} 步，与这个滑块无关。",
        "en": "Sets only how many steps of gradient descent the three contour panels draw. The convergence curves below and every step count (the steps needed to reach the tolerance) are counted on the full curves, up to {max} steps, whatever this slider says.",
    },
    "scaling.tol": {
        "zh": "容差：剩余损失比例 10ᵏ 中的 k",
        "en": "tolerance: k in 10ᵏ of the start's excess loss",
    },
    "scaling.beside": {"zh": "与原始特征并排", "en": "beside the raw features"},
    "scaling.raw": {"zh": "原始特征", "en": "raw features"},
    "scaling.standard": {"zh": "标准化", "en": "standardised"},
    "scaling.minmax": {"zh": "最小-最大缩放", "en": "min-max scaled"},
    "scaling.floor": {
        "zh": "{name}的曲线从第 {step} 步起是平的，停在初始超额损失的 {value}（直到第 {end} 步，每一步都在它的 {flat} % 以内）：是 float32 的舍入让这个条件很差（κ = {kappa}）的运行停在这里，并不是 float32 到了极限：同样用 float32 计算，图中{lower}。精确运算下，同样的步子到第 {end} 步会降到 {exact}。",
        "en": "The {name} curve is flat from step {step} on, at {value} of the start's excess loss (every later step to {end} within {flat} % of it): float32 rounding stops this badly conditioned run (κ = {kappa}) there, not a limit of float32 as such: on this chart, in float32 too, {lower}. In exact arithmetic the same steps would reach {exact} by step {end}.",
    },
    "scaling.floor.lower": {
        "zh": "{name}的曲线降到 {value}",
        "en": "the {name} curve falls to {value}",
    },
    "scaling.floor.and": {"zh": "，", "en": " and "},
    # why a curve ends before the last step: the page draws each down to a share of the start's
    "scaling.cut": {
        "zh": "每条曲线只画到它第一次低于初始超额损失的 {cut} 为止：{ends}。",
        "en": "Each curve is drawn only until it first falls under {cut} of the start's excess loss: {ends}.",
    },
    "scaling.cut.end": {
        "zh": "{name}的曲线在第 {step} 步（{value}）结束",
        "en": "the {name} curve ends at step {step} ({value})",
    },
    "scaling.facts": {
        "zh": "条件数 κ = {kappa} · 最佳学习率 ε* = {lr} · 到达容差需 **{steps}** 步",
        "en": "condition number κ = {kappa} · best step ε* = {lr} · **{steps} steps** to the tolerance",
    },
    "scaling.excess": {
        "zh": "(L − L*)/(L₀ − L*)",
        "en": "(L − L*)/(L₀ − L*)",
    },
    "ask.scaling.steps": {
        "zh": "特征{how}后，以最佳 ε 做梯度下降，要多少步才能把超出最小值的损失降到起点的 {tol} 以下？",
        "en": "With the features {how}, how many steps does gradient descent at its best ε need to bring the excess loss under {tol} of the start's?",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "scaling.why": {
        "zh": "线性回归的损失是参数的二次函数，它的曲率由特征的尺度决定：一个特征的数值大，沿它的权重曲率就大。尺度相差很大时，等高线细长，条件数 κ = $\\lambda_{\\max}$/$\\lambda_{\\min}$ 很大。梯度下降的学习率必须小于 2/$\\lambda_{\\max}$ 才不发散，而沿平坦方向的进展又正比于 $\\varepsilon\\lambda_{\\min}$，所以所需的步数大约随 κ 增长。标准化或 min-max 缩放把特征拉到相近的尺度，等高线变圆，同一个学习率适合每个方向，几步就能到达同样的最小损失。缩放不改变模型能拟合到多好，只改变走到那里要多久。",
        "en": "A linear regression's loss is a quadratic in its weights, and its curvature comes from the features' scales: a feature with large values gives its weight a large curvature. When the scales differ a lot the contours are elongated and the condition number κ = $\\lambda_{\\max}$/$\\lambda_{\\min}$ is large. Gradient descent's learning rate must stay below 2/$\\lambda_{\\max}$, while progress along the flat direction goes as $\\varepsilon\\lambda_{\\min}$, so the steps needed grow roughly with κ. Standardising or min-max scaling brings the features to similar scales: the contours turn round, one learning rate suits every direction, and a few steps reach the same least loss. Scaling does not change how well the model can fit, only how long it takes to get there.",
    },
    # study steps (ui/study.py): the questions, their options and the why; the feedback
    # sentences are computed from the drawn curves (steps.py, its LEDGER)
    "scaling.step.raw.title": {"zh": "原始特征要几步", "en": "Steps on raw features"},
    "scaling.step.raw.question": {
        "zh": "用原始特征（房间数和面积），以最佳学习率做梯度下降：要多少步才能把超出最小值的损失降到起点的 10⁻⁴ 以下？",
        "en": "On the raw features (rooms and floor area), gradient descent at its best learning rate: how many steps until the excess loss is under 10⁻⁴ of the start's?",
    },
    "scaling.step.raw.feedback": {
        "zh": "你估计 {answer} 步；下图中原始特征的曲线在第 {steps} 步首次降到 10⁻⁴ 以下。",
        "en": "You said {answer} steps; the raw-feature curve in the lower figure first falls under 10⁻⁴ at step {steps}.",
    },
    "scaling.step.raw.why": {
        "zh": "面积的数值比房间数大几十倍，所以沿 w₂ 的曲率远大于沿 w₁ 的曲率，等高线被压成细长的椭圆。学习率受最陡方向限制（必须小于 2/$\\lambda_{\\max}$），于是在平缓方向上每步只前进很少：剩余损失每步只缩小约 ((κ − 1)/(κ + 1))² 倍，κ 上千时就要几千步。",
        "en": "Floor area runs tens of times larger than the room count, so the curvature along w₂ dwarfs that along w₁ and the contours are squeezed into a long thin ellipse. The steepest direction caps the learning rate (below 2/$\\lambda_{\\max}$), so along the gentle direction each step gains very little: the excess loss shrinks only by ((κ − 1)/(κ + 1))² per step, and with κ in the thousands that takes thousands of steps.",
    },
    "scaling.step.ratio.title": {"zh": "标准化省多少", "en": "What standardising saves"},
    "scaling.step.ratio.question": {
        "zh": "把特征标准化（减均值、除以标准差）后，到达同一容差 10⁻⁴ 所需的步数比原始特征少多少倍？",
        "en": "Once the features are standardised (mean removed, divided by the standard deviation), how many times fewer steps reach the same tolerance 10⁻⁴ than on the raw features?",
    },
    "scaling.step.ratio.opt.same": {"zh": "差不多（不到 3 倍）", "en": "about the same (under 3×)"},
    "scaling.step.ratio.opt.tens": {"zh": "几倍到一百倍", "en": "3 to 100 times fewer"},
    "scaling.step.ratio.opt.hundreds": {"zh": "一百倍以上", "en": "over 100 times fewer"},
    "scaling.step.ratio.feedback": {
        "zh": "你选了“{answer}”。原始特征的曲线在第 {raw} 步降到 10⁻⁴ 以下，标准化的曲线在第 {std} 步，快了 {ratio} 倍，属于“{saw}”。",
        "en": "You picked “{answer}”. The raw curve falls under 10⁻⁴ at step {raw}, the standardised one at step {std}, {ratio} times fewer, which is “{saw}”.",
    },
    "scaling.step.ratio.why": {
        "zh": "标准化后两个特征的尺度相同，而且这里两者几乎不相关，所以等高线接近正圆，κ 接近 1。此时同一个学习率对每个方向都合适，最佳学习率一步就几乎走到最小值。模型、数据和最小损失都没有变，变的只是走到那里的路有多好走。",
        "en": "After standardising, both features share one scale, and here they are nearly uncorrelated, so the contours are almost circles and κ is close to 1. One learning rate then suits every direction, and the best one lands almost on the minimum in a single step. The model, the data and the least loss are unchanged; only how easy the road there is has changed.",
    },
    "scaling.step.tighter.title": {"zh": "容差再严一万倍", "en": "A tolerance 10 000× tighter"},
    "scaling.step.tighter.question": {
        "zh": "仍用原始特征，把容差从 10⁻⁴ 收紧到 10⁻⁸（严一万倍）：所需步数大约变成原来的多少倍？",
        "en": "Still on the raw features, the tolerance tightened from 10⁻⁴ to 10⁻⁸ (10 000 times stricter): about how many times as many steps are needed?",
    },
    "scaling.step.tighter.opt.same": {
        "zh": "差不多（不到 1.5 倍）",
        "en": "about the same (under 1.5×)",
    },
    "scaling.step.tighter.opt.double": {"zh": "大约两倍", "en": "about twice as many"},
    "scaling.step.tighter.opt.huge": {"zh": "多得多（四倍以上）", "en": "far more (over 4×)"},
    "scaling.step.tighter.feedback": {
        "zh": "你选了“{answer}”。原始特征的曲线在第 {raw} 步降到 10⁻⁴ 以下，在第 {tight} 步降到 10⁻⁸ 以下，是 {ratio} 倍，属于“{saw}”。",
        "en": "You picked “{answer}”. The raw curve falls under 10⁻⁴ at step {raw} and under 10⁻⁸ at step {tight}, {ratio} times as many, which is “{saw}”.",
    },
    "scaling.step.tighter.why": {
        "zh": "在二次损失上，梯度下降每步把剩余损失乘以同一个因子，所以剩余损失随步数按几何级数下降（损失取对数、步数不取对数时是一条直线；下图的步数轴也取对数，所以原始特征的曲线不是直线，而是越往右向下弯得越陡，直到它停在图下所说的底部）。容差每严一个数量级，就多走固定的步数；10⁻⁸ 是 10⁻⁴ 的平方，步数就翻倍。真正决定步数的是 κ：它决定每步的因子有多接近 1。",
        "en": "On a quadratic loss each gradient-descent step multiplies the excess loss by the same factor, so it falls geometrically with the steps (a straight line against a linear step axis; the chart below has a logarithmic step axis too, so there the raw curve is no straight line: it bends down ever more steeply, until it meets the floor the text under the chart describes). Each extra order of magnitude of tolerance costs the same fixed number of steps; 10⁻⁸ is the square of 10⁻⁴, so the steps double. What sets that number is κ: it decides how close to 1 the per-step factor is.",
    },
}
