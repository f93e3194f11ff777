"""The formula sheet's strings in 中文 and English (the optimizers' and schedules' names are
the shared catalog's)."""

STRINGS = {
    "page.formulas.title": {"zh": "公式表", "en": "Formula sheet"},
    "formulas.intro": {
        "zh": "应用用到的每条更新规则、学习率调度和恒等式，用讲义的符号，按课程顺序分组。优化器和调度的公式直接取自应用运行的代码。",
        "en": "Every update rule, schedule and identity the app uses, in the notes' symbols, "
        "grouped in the course's order. The optimizers' and schedules' formulas are taken from "
        "the code the app runs.",
    },
    "formulas.print": {
        "zh": "打印：用浏览器的“打印”（电脑上按 Ctrl+P，Mac 上 ⌘P；手机上在浏览器菜单里）。打印稿只有公式：侧边栏、页眉和搜索框不会印出来。",
        "en": "To print: use the browser's Print (Ctrl+P on a computer, ⌘P on a Mac; on a phone, "
        "in the browser's menu). The printout holds the formulas only: the sidebar, the header "
        "and the search box are left out.",
    },
    "formulas.search": {
        "zh": "筛选公式（名称、符号或讲义编号）",
        "en": "Filter the formulas (name, symbol or note)",
    },
    "formulas.placeholder": {
        "zh": "例如：Adam、动量、2/λ、讲义 3",
        "en": "e.g. Adam, momentum, 2/λ, Note 3",
    },
    "formulas.count": {"zh": "{n} / {total} 条公式", "en": "{n} of {total} formulas"},
    "formulas.none": {
        "zh": "没有公式包含“{q}”。试试更短的词，或换一种语言。",
        "en": "No formula contains “{q}”. Try a shorter word, or the other language.",
    },
    "formulas.symbols": {
        "zh": "符号：θ 参数，g = ∇L(θ) 梯度，ε 学习率，α 动量系数，ρ、ρ₁、ρ₂ 衰减率，δ 防止除零的小常数，H Hessian 矩阵，λ H 的特征值，κ = $\\lambda_{\\max}$/$\\lambda_{\\min}$ 条件数，⊙ 逐元素相乘。有些规则借用同一个字母：λ 在 Newton 和无鞍 Newton 里是阻尼，在 AdamW 和 Lion 里是权重衰减（正则化里是正则化强度）；Delta-bar-Delta 的 κ 是学习率的加性增量，φ 是乘性削减；L-BFGS 保存 m 对 (s, y)，η 是线搜索的步长因子（不做线搜索时为 1）；非线性共轭梯度里 α 是线搜索的步长；Lion 的 m 是梯度的滑动平均。",
        "en": "Symbols: θ parameters, g = ∇L(θ) the gradient, ε the learning rate, α the "
        "momentum, ρ, ρ₁, ρ₂ decay rates, δ a small constant against division by zero, H the "
        "Hessian, λ an eigenvalue of H, κ = $\\lambda_{\\max}$/$\\lambda_{\\min}$ the condition "
        "number, ⊙ elementwise product. Some rules reuse a letter: λ is the damping in Newton's "
        "and saddle-free Newton's rules and the weight decay in AdamW's and Lion's (in "
        "regularisation, its strength); in Delta-bar-Delta κ is the rate's additive increase and "
        "φ its multiplicative cut; L-BFGS keeps m pairs (s, y) and η is its line search's step "
        "factor (1 without one); in non-linear CG α is the line search's step; in Lion m is the "
        "gradient's moving average.",
    },
    "formulas.g.gd": {
        "zh": "梯度下降与学习率",
        "en": "Gradient descent and the learning rate",
    },
    "formulas.g.taylor": {
        "zh": "泰勒展开与 2/λ 阈值；特征缩放",
        "en": "Taylor and the 2/λ threshold; feature scaling",
    },
    "formulas.g.newton": {
        "zh": "牛顿步与二阶方法",
        "en": "Newton's step and second-order methods",
    },
    "formulas.g.critical": {"zh": "临界点与鞍点", "en": "Critical points and saddles"},
    "formulas.g.cliffs": {
        "zh": "悬崖、梯度裁剪与长期依赖",
        "en": "Cliffs, gradient clipping and long-term dependencies",
    },
    "formulas.g.momentum": {"zh": "动量与 Nesterov 动量", "en": "Momentum and Nesterov"},
    "formulas.g.adaptive": {
        "zh": "自适应步长：AdaGrad、RMSProp、Adam、AdaDelta 等",
        "en": "Adaptive steps: AdaGrad, RMSProp, Adam, AdaDelta and others",
    },
    "formulas.g.schedules": {"zh": "学习率调度", "en": "Learning-rate schedules"},
    "formulas.g.init": {"zh": "初始化（Xavier、He）", "en": "Initialisation (Xavier, He)"},
    "formulas.g.regularisation": {
        "zh": "正则化：L1、L2、Dropout（随机失活）、提前停止",
        "en": "Regularisation: L1, L2, dropout, early stopping",
    },
    "formulas.g.batchnorm": {"zh": "批归一化", "en": "Batch normalisation"},
    "formulas.g.landscape": {
        "zh": "真实网络的损失地形与稳定性边缘",
        "en": "Real networks' landscapes and the edge of stability",
    },
    "formulas.f.minibatch": {"zh": "小批量梯度估计", "en": "minibatch gradient estimate"},
    "formulas.f.directional": {"zh": "方向导数", "en": "directional derivative"},
    "formulas.f.taylor1": {
        "zh": "一阶泰勒展开（梯度下降的依据）",
        "en": "first-order Taylor expansion (behind gradient descent)",
    },
    "formulas.f.taylor2": {"zh": "二阶泰勒展开", "en": "second-order Taylor expansion"},
    "formulas.f.eigen_step": {
        "zh": "二次函数上沿特征方向的一步，及收敛条件",
        "en": "one step along an eigen-direction of a quadratic, and when it converges",
    },
    "formulas.f.threshold": {
        "zh": "梯度下降的稳定条件",
        "en": "gradient descent's stability condition",
    },
    "formulas.f.threshold_momentum": {
        "zh": "带动量时的稳定条件",
        "en": "the stability condition with momentum",
    },
    "formulas.f.condition": {
        "zh": "条件数、最佳学习率与收敛速度",
        "en": "condition number, best learning rate and convergence rate",
    },
    "formulas.f.feature_scaling": {
        "zh": "标准化与最小-最大缩放（中心化后除以半个取值范围，约落在 [−1, 1]）",
        "en": "standardisation and min-max scaling (centred, divided by half the range: about [−1, 1])",
    },
    "formulas.f.critical": {
        "zh": "用 Hessian 矩阵判断临界点（H ≻ 0：H 正定，所有特征值为正；H ≺ 0：负定，所有特征值为负）",
        "en": "telling critical points apart by the Hessian (H ≻ 0: H is positive definite, all "
        "its eigenvalues positive; H ≺ 0: negative definite, all negative)",
    },
    "formulas.f.two_neuron": {
        "zh": "两个神经元 y = w₁w₂x 在 (1, 1) 上的损失",
        "en": "the two-neuron net y = w₁w₂x on the pair (1, 1)",
    },
    "formulas.f.newton1d": {"zh": "一维牛顿步", "en": "Newton's step in 1-D"},
    "formulas.f.clip": {"zh": "梯度裁剪（按范数）", "en": "gradient clipping (by norm)"},
    "formulas.f.power": {"zh": "同一个 W 连乘 t 次", "en": "the same W multiplied t times"},
    "formulas.f.momentum_terminal": {
        "zh": "梯度不变时动量的极限速度",
        "en": "momentum's terminal velocity under a constant gradient",
    },
    "formulas.f.uniform": {"zh": "均匀初始化", "en": "uniform initialisation"},
    "formulas.f.xavier": {"zh": "Xavier（Glorot）初始化", "en": "Xavier (Glorot) initialisation"},
    "formulas.f.he": {
        "zh": "He（MSRA）初始化，用于 ReLU",
        "en": "He (MSRA) initialisation, for ReLU",
    },
    "formulas.f.l2": {"zh": "L2 正则化（权重衰减）", "en": "L2 regularisation (weight decay)"},
    "formulas.f.l1": {"zh": "L1 正则化（次梯度）", "en": "L1 regularisation (subgradient)"},
    "formulas.f.dropout": {
        "zh": "Dropout 随机失活（训练时丢弃，测试时不丢弃）",
        "en": "dropout (dropped in training, not at test time)",
    },
    "formulas.f.early_stopping": {"zh": "提前停止", "en": "early stopping"},
    "formulas.f.bn": {
        "zh": "批归一化（训练时，用当前批的统计量）",
        "en": "batch normalisation (training: the batch's statistics)",
    },
    "formulas.f.bn_test": {
        "zh": "批归一化在测试时：训练中累积的滑动平均",
        "en": "batch normalisation at test time: running averages from training",
    },
    "formulas.f.smoothness": {"zh": "β-光滑度", "en": "β-smoothness"},
    "formulas.f.slice": {
        "zh": "沿两个滤波器归一化的随机方向切片",
        "en": "a slice along two filter-normalised random directions",
    },
    "formulas.f.hvp": {
        "zh": "Hessian 矩阵与向量的乘积（求 $\\lambda_{\\max}$）",
        "en": "Hessian-vector product (to find $\\lambda_{\\max}$)",
    },
    # the words inside formulas (\text{...}): the English is the word as the LaTeX writes it
    "formulas.w.minimum": {"zh": "极小值", "en": "minimum"},
    "formulas.w.maximum": {"zh": "极大值", "en": "maximum"},
    "formulas.w.both_signs": {"zh": "有正有负", "en": "of both signs"},
    "formulas.w.saddle": {"zh": "鞍点", "en": "saddle point"},
    "formulas.w.constant": {"zh": "不变", "en": "constant"},
    "formulas.w.training": {"zh": "训练时：", "en": "training:"},
    "formulas.w.test": {"zh": "测试时：", "en": "test:"},
    "formulas.w.val": {"zh": "验证", "en": "val"},
    "formulas.w.prev": {"zh": "上一步", "en": "prev"},
    "formulas.w.pairs": {"zh": "对", "en": "pairs"},
    # the longer phrases of the registrations' sources ("et al." and "Alg." are model._SOURCE_WORDS)
    "formulas.s.lm": {
        "zh": "λ > 0 时即 Levenberg–Marquardt 法（阻尼牛顿法）",
        "en": "Levenberg–Marquardt for λ > 0",
    },
    "formulas.s.optax": {
        "zh": "与 optax 库的 L-BFGS 实现相同",
        "en": "optax.lbfgs",
    },
}
