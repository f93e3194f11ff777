"""The long-term dependencies lesson's strings in 中文 and English: the catalog entries only it uses."""

STRINGS: dict[str, dict[str, str]] = {
    "page.ltd.title": {"zh": "长期依赖", "en": "Long-term dependencies"},
    "ltd.notice": {
        "zh": "循环网络每一步都乘同一个矩阵 W。t 步之后是 Wᵗ：沿 |λ| > 1 的特征方向爆炸，沿 |λ| < 1 的方向消失（讲义 000）。把 λ₁ 拉过 1 试试。",
        "en": "A recurrent network multiplies by the same matrix W at every step. After t steps that is Wᵗ: it explodes along eigen-directions with |λ| > 1 and vanishes along those with |λ| < 1 (note 000). Drag λ₁ across 1.",
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
    "ltd.steady": {
        "zh": "|λ|max = 1：长远看 ‖Wᵗv‖ 既不爆炸也不消失（虚线是平的）。{t} 步后 ‖Wᵗv‖ = {norm}，是起点 ‖v‖ = {v0} 的 {factor} 倍。",
        "en": "|λ|max = 1: in the long run ‖Wᵗv‖ neither explodes nor vanishes (the dashed line is flat). After {t} steps ‖Wᵗv‖ = {norm}, {factor}× the start's ‖v‖ = {v0}.",
    },
    "ltd.orbit": {"zh": "Wᵗv 的轨迹", "en": "orbit of Wᵗv"},
    "ltd.norm": {"zh": "‖Wᵗv‖", "en": "‖Wᵗv‖"},
    "ltd.reference": {"zh": "c·{lam}ᵗ", "en": "c·{lam}ᵗ"},
    "ltd.gradients": {
        "zh": "反向传播经过 t 步时梯度也乘了 t 次 Wᵀ：同样的爆炸与消失。梯度爆炸时，一步就可能把参数抛到很远的地方——梯度截断就是为此准备的。",
        "en": "Back-propagating through t steps multiplies the gradient by Wᵀ t times: the same explosion and vanishing. An exploding gradient can throw the parameters far in one step — which is what gradient clipping is for.",
    },
    "ltd.to_cliffs": {"zh": "悬崖与梯度截断", "en": "Cliffs and gradient clipping"},
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
}
