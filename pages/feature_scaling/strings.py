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
        "zh": "λ_max、λ_min：损失曲面最陡和最平方向上的曲率（海森矩阵的最大和最小特征值）；条件数 κ 是二者之比，κ 越大等高线越扁。ε*：让最慢方向收敛最快的学习率。L*：最小损失；L_t − L*：第 t 步时超出最小值的损失（剩余损失），至多是起点的 ((κ−1)/(κ+1))^{2t} 倍（上式）。",
        "en": "λ_max, λ_min: the curvature of the loss along its steepest and its flattest direction (the largest and smallest eigenvalues of its Hessian); the condition number κ is their ratio, and the larger it is the more elongated the contours. ε*: the step size that makes the slowest direction shrink fastest. L*: the least loss; L_t − L*: the excess loss after t steps, at most ((κ−1)/(κ+1))^{2t} times the start's (the formula above).",
    },
    "scaling.tol": {
        "zh": "容差：剩余损失比例 10ᵏ 中的 k",
        "en": "tolerance: k in 10ᵏ of the start's excess loss",
    },
    "scaling.raw": {"zh": "原始特征", "en": "raw features"},
    "scaling.standard": {"zh": "标准化", "en": "standardised"},
    "scaling.minmax": {"zh": "最小-最大缩放", "en": "min-max scaled"},
    "scaling.facts": {
        "zh": "条件数 κ = {kappa} · 最佳学习率 ε* = {lr} · 到达容差需 **{steps}** 步",
        "en": "condition number κ = {kappa} · best step ε* = {lr} · **{steps}** steps to the tolerance",
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
        "zh": "线性回归的损失是参数的二次函数，它的曲率由特征的尺度决定：一个特征的数值大，沿它的权重曲率就大。尺度相差很大时，等高线细长，条件数 κ = λ_max/λ_min 很大。梯度下降的学习率必须小于 2/λ_max 才不发散，而沿平坦方向的进展又正比于 ελ_min，所以所需的步数大约随 κ 增长。标准化或 min-max 缩放把特征拉到相近的尺度，等高线变圆，同一个学习率适合每个方向，几步就能到达同样的最小损失。缩放不改变模型能拟合到多好，只改变走到那里要多久。",
        "en": "A linear regression's loss is a quadratic in its weights, and its curvature comes from the features' scales: a feature with large values gives its weight a large curvature. When the scales differ a lot the contours are elongated and the condition number κ = λ_max/λ_min is large. Gradient descent's learning rate must stay below 2/λ_max, while progress along the flat direction goes as ελ_min, so the steps needed grow roughly with κ. Standardising or min-max scaling brings the features to similar scales: the contours turn round, one learning rate suits every direction, and a few steps reach the same least loss. Scaling does not change how well the model can fit, only how long it takes to get there.",
    },
}
