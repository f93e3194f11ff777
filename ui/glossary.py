"""The glossary: every term the lessons use, defined once in 中文 and English, with the lessons
that use it (by link). Pure data, no Streamlit: the page kit lists a lesson's terms under its
figure (`kit.study_aids`) and pages/glossary/ gathers them all, searchable.

A term's `pattern` is how it is written on its lessons' pages (a regular expression over both
languages); a test holds every lesson a term names to a page that really writes it.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import re

from ui import notes, registry


@dataclasses.dataclass(frozen=True)
class Term:
    """One glossary entry.

    Attributes:
      key: stable ASCII name (the glossary page's anchor and link, `?q=`).
      zh, en: the term's name in each language.
      zh_def, en_def: its definition in each language (Markdown, `$…$` for maths).
      listed: lessons named by hand (links, `url_path`): kept when their page writes the term
        only in its code (a control's label built there).
      pattern: how the lessons write it (regular expression over both languages).

    `lessons`, the lessons that use it, is computed: those whose strings write it (`written`),
    with the hand-listed ones (a student found "动量" without critical points and basins,
    which both run momentum).
    """

    key: str
    zh: str
    en: str
    zh_def: str
    en_def: str
    listed: tuple[str, ...]
    pattern: str

    @property
    def lessons(self) -> tuple[str, ...]:
        """The links of the lessons that use the term, in the course's registry order."""
        rx = re.compile(self.pattern)
        return tuple(
            url for url, text in written().items() if url in self.listed or rx.search(text)
        )

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def definition(self, lang: str) -> str:
        return self.zh_def if lang == "zh" else self.en_def

    def matches(self, query: str) -> bool:
        """Whether `query` (any case, either language) is in the term's names, key or
        definitions."""
        q = query.strip().casefold()
        text = " ".join((self.key, self.zh, self.en, self.zh_def, self.en_def)).casefold()
        return not q or q in text

    def named_by(self, query: str) -> bool:
        """Whether `query` is in the term's name (either language) or key: shown first."""
        q = query.strip().casefold()
        return bool(q) and any(q in s.casefold() for s in (self.key, self.zh, self.en))


@functools.cache
def written() -> dict[str, str]:
    """Each lesson's link → what it writes: its own strings (both languages) and the shared
    strings its code names by key (`"optimizer.momentum.title"`)."""
    from ui.i18n import SHARED  # late: the catalog reads every lesson's strings

    out = {}
    for lesson in registry.lessons():
        if not lesson.has("strings"):
            continue
        own = importlib.import_module(lesson.module("strings")).STRINGS
        folder = registry.ROOT / "pages" / lesson.folder
        code = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.py")))
        shared = [v for k, v in SHARED.items() if f'"{k}"' in code]
        out[lesson.url_path] = "\n".join(f"{v['zh']}\n{v['en']}" for v in [*own.values(), *shared])
    return out


def _t(key, zh, en, zh_def, en_def, lessons, pattern) -> Term:
    # a note named by its file number ("note 002") reads as the catalog's do: "Note 3 “…”"
    zh_def, en_def = notes.render(zh_def, "zh"), notes.render(en_def, "en")
    return Term(key, zh, en, zh_def, en_def, tuple(lessons.split()), pattern)


TERMS: tuple[Term, ...] = (
    # --- gradient descent and the learning rate ---
    _t(
        "gradient",
        "梯度",
        "gradient",
        "损失对每个参数的偏导数组成的向量 $g = \\nabla L(\\theta)$。它指向损失增长最快的方向，长度是那个方向上的斜率；梯度下降沿 $-g$ 走。",
        "The vector of the loss's partial derivatives, $g = \\nabla L(\\theta)$. It points where the loss rises fastest and its length is the slope that way; gradient descent steps along $-g$.",
        "gradient-geometry learning-rate-1d critical-points cliffs minibatch-noise",
        r"梯度|gradient",
    ),
    _t(
        "learning_rate",
        "学习率",
        "learning rate",
        "每一步沿负梯度走多远的系数 $\\varepsilon$（也写作 η）：$\\theta \\leftarrow \\theta - \\varepsilon g$。太小走得慢，太大会越过谷底甚至发散。",
        "The factor $\\varepsilon$ (also η) that scales each step along the negative gradient: $\\theta \\leftarrow \\theta - \\varepsilon g$. Too small is slow; too large overshoots the valley or diverges.",
        "playground convergence-maps learning-rate-1d second-order schedules feature-scaling batch-normalization edge-of-stability",
        r"学习率|learning rate",
    ),
    _t(
        "directional_derivative",
        "方向导数",
        "directional derivative",
        "沿单位方向 $u$ 的斜率 $D_u L = \\nabla L \\cdot u$。它在 $u$ 与梯度同向时最大、反向时最小，与梯度垂直（等高线的切线方向）时为零。",
        "The slope along a unit direction $u$: $D_u L = \\nabla L \\cdot u$. It is largest along the gradient, most negative against it, and zero perpendicular to it (along the contour).",
        "gradient-geometry",
        r"方向导数|directional derivative",
    ),
    _t(
        "contour",
        "等高线",
        "contour",
        "曲面上损失相等的点连成的线。梯度与等高线垂直；等高线又长又扁说明各方向的曲率相差很大。",
        "A line joining points of equal loss. The gradient is perpendicular to it; long, flat contours mean the curvature differs a lot between directions.",
        "playground gradient-geometry critical-points minibatch-noise feature-scaling regularization",
        r"等高线|contour",
    ),
    _t(
        "taylor",
        "泰勒展开",
        "Taylor expansion",
        "在 $\\theta_0$ 附近用多项式近似损失：一阶 $L(\\theta) \\approx L(\\theta_0) + g^\\top(\\theta-\\theta_0)$，二阶再加 $\\tfrac12(\\theta-\\theta_0)^\\top H(\\theta-\\theta_0)$。只在小半径内可信，所以梯度下降的步子要小。",
        "A polynomial approximation of the loss near $\\theta_0$: first order $L(\\theta) \\approx L(\\theta_0) + g^\\top(\\theta-\\theta_0)$, second order adds $\\tfrac12(\\theta-\\theta_0)^\\top H(\\theta-\\theta_0)$. It holds only within a small radius, which is why gradient descent's steps must be small.",
        "gradient-geometry learning-rate-1d second-order",
        r"泰勒|Taylor",
    ),
    _t(
        "critical_point",
        "临界点",
        "critical point",
        "梯度为零的点 $\\nabla L = 0$：可能是极小值、极大值或鞍点，要看 Hessian 的特征值才能分辨。",
        "A point where the gradient is zero, $\\nabla L = 0$: a minimum, a maximum or a saddle point; the Hessian's eigenvalues tell which.",
        "learning-rate-1d critical-points second-order",
        r"临界点|critical point",
    ),
    _t(
        "hessian",
        "Hessian 矩阵",
        "Hessian",
        "损失的二阶导数组成的矩阵（讲义写作 Hessian 矩阵，也译作海森矩阵）$H_{ij} = \\partial^2 L / \\partial\\theta_i \\partial\\theta_j$，描述每个方向上的曲率。它的特征向量是主曲率方向，特征值是沿这些方向的曲率。",
        "The matrix of the loss's second derivatives, $H_{ij} = \\partial^2 L / \\partial\\theta_i \\partial\\theta_j$: the curvature in every direction. Its eigenvectors are the principal directions, its eigenvalues the curvatures along them.",
        "convergence-maps critical-points second-order network-landscape edge-of-stability",
        r"Hessian",
    ),
    _t(
        "eigenvalue",
        "特征值",
        "eigenvalue",
        "满足 $Hv = \\lambda v$ 的数 $\\lambda$：矩阵沿方向 $v$ 只做伸缩，倍数为 $\\lambda$。Hessian 的特征值是曲率；正的向上弯，负的向下弯。",
        "A number $\\lambda$ with $Hv = \\lambda v$: along $v$ the matrix only stretches, by $\\lambda$. A Hessian's eigenvalues are curvatures: positive bends up, negative bends down.",
        "convergence-maps critical-points second-order network-landscape edge-of-stability",
        r"特征值|eigenvalue",
    ),
    _t(
        "lambda_max",
        "λₘₐₓ（锐度）",
        "λₘₐₓ (sharpness)",
        "Hessian 最大的特征值，即最陡的曲率。步长为 $\\varepsilon$ 的梯度下降只有在 $\\varepsilon\\lambda_{\\max} < 2$ 时才在二次函数上收敛。",
        "The Hessian's largest eigenvalue, the steepest curvature. Gradient descent with step $\\varepsilon$ converges on a quadratic only while $\\varepsilon\\lambda_{\\max} < 2$.",
        "convergence-maps network-landscape edge-of-stability",
        r"λ_max|λ_\{?max|λₘₐₓ|\\lambda_\{?\\max|sharpness|锐度",
    ),
    _t(
        "condition_number",
        "条件数",
        "condition number",
        "最大与最小曲率之比 $\\kappa = \\lambda_{\\max} / \\lambda_{\\min}$。κ 大时等高线细长：学习率受最陡方向限制，在最平方向上却走得极慢。",
        "The ratio of the largest to the smallest curvature, $\\kappa = \\lambda_{\\max} / \\lambda_{\\min}$. A large κ means elongated contours: the learning rate is capped by the steepest direction and crawls along the flattest.",
        "second-order feature-scaling",
        r"条件数|condition number",
    ),
    _t(
        "saddle_point",
        "鞍点",
        "saddle point",
        "梯度为零，但 Hessian 既有正特征值又有负特征值的点：沿一些方向是谷底，沿另一些方向是山脊。",
        "A point with zero gradient whose Hessian has both positive and negative eigenvalues: a valley floor in some directions, a ridge in others.",
        "playground critical-points second-order",
        r"鞍点|saddle",
    ),
    _t(
        "stable_direction",
        "稳定方向",
        "stable direction",
        "鞍点处 Hessian 正特征值对应的方向。只沿这些方向出发，梯度下降会一直滑向鞍点；只要有一点负曲率方向的分量，它就会被放大，最终逃离。",
        "At a saddle, a direction of positive curvature. A start exactly along such directions slides into the saddle; any component along a negative-curvature direction grows, and the path escapes.",
        "critical-points",
        r"稳定方向|stable direction",
    ),
    _t(
        "edge_of_stability",
        "稳定性边缘",
        "edge of stability",
        "全批量梯度下降训练网络时常见的现象（Cohen 等 2021）：锐度 $\\lambda_{\\max}$ 上升到 2/ε 附近并停在那里，损失短期内不单调，但长期仍在下降。",
        "What full-batch gradient descent on a network tends to do (Cohen et al. 2021): the sharpness $\\lambda_{\\max}$ rises to about 2/ε and hovers there, the loss stops falling monotonically but keeps falling over the long run.",
        "second-order network-landscape edge-of-stability",
        r"稳定性边缘|edge of stability",
    ),
    _t(
        "newton",
        "牛顿法",
        "Newton's method",
        "用二阶泰勒模型的极小点作为下一步：$\\theta \\leftarrow \\theta - H^{-1} g$。在二次碗里一步到底，但在鞍点处会被吸引过去，而且每一步都要解一个 Hessian 方程组。",
        "Step to the minimum of the second-order Taylor model: $\\theta \\leftarrow \\theta - H^{-1} g$. One step reaches a quadratic bowl's bottom, but it is drawn to saddles, and each step solves a system with the Hessian.",
        "convergence-maps second-order",
        r"牛顿|Newton",
    ),
    _t(
        "saddle_free_newton",
        "无鞍牛顿法",
        "saddle-free Newton",
        "牛顿法的一个变体：先把 Hessian 矩阵的特征值取绝对值，$|H| = Q|\\Lambda|Q^\\top$，再加阻尼 λ，解 $(|H| + \\lambda I)\\,\\delta = -g$。沿负曲率方向它不再被吸向鞍点，而是离开鞍点（Dauphin 等 2014）。",
        "A variant of Newton's method: take the absolute values of the Hessian's eigenvalues, $|H| = Q|\\Lambda|Q^\\top$, add a damping λ and solve $(|H| + \\lambda I)\\,\\delta = -g$. Along a negative-curvature direction it moves away from a saddle instead of being drawn to it (Dauphin et al. 2014).",
        "second-order",
        r"无鞍牛顿|saddle-free",
    ),
    _t(
        "flop",
        "浮点运算（flop）",
        "flop",
        "一次浮点数的加法或乘法，用来衡量计算量。解一个 d 元稠密线性方程组约需 ⅔d³ 次浮点运算，所以牛顿法的代价随参数个数的立方增长；GFLOP/s 是每秒十亿次浮点运算。",
        "One floating-point addition or multiplication, the unit of computing work. Solving a dense linear system in d unknowns takes about ⅔d³ flops, so Newton's cost grows as the cube of the number of parameters; GFLOP/s is a billion flops per second.",
        "second-order",
        r"浮点运算|flop|FLOP",
    ),
    # --- landscape features ---
    _t(
        "plateau",
        "平台",
        "plateau",
        "损失几乎不变的平坦区域：梯度接近零，梯度下降在这里走得很慢。",
        "A flat region where the loss hardly changes: the gradient is nearly zero and gradient descent crawls.",
        "cliffs",
        r"平台|plateau",
    ),
    _t(
        "cliff",
        "悬崖",
        "cliff",
        "损失突然陡升的地方（例如多个大权重相乘时）。在悬崖上梯度极大，一步就可能把参数抛得很远。",
        "A place where the loss rises abruptly (as when many large weights multiply). The gradient there is huge and one step can throw the parameters far away.",
        "cliffs long-term-dependencies",
        r"悬崖|cliff",
    ),
    _t(
        "basin",
        "吸引域",
        "basin of attraction",
        "从其中任意一点出发，优化器都会到达同一个极小值的起点集合。不同优化器、不同学习率的吸引域不同。",
        "The set of start points from which an optimizer ends in the same minimum. It differs between optimizers and learning rates.",
        "basins minibatch-noise",
        r"吸引域|basin",
    ),
    _t(
        "mountain_pass",
        "山口",
        "pass",
        "两个盆地之间的分水岭上最低的点：从一个盆地到另一个盆地，走这里需要升得最少。它是一个鞍点；噪声的推动要越过它才能把参数送进另一个盆地。",
        "The lowest point on the ridge between two basins: the way from one basin to the other that climbs least. It is a saddle point; a noisy kick must carry the weights over it to move them into the other basin.",
        "minibatch-noise",
        r"山口|\\bpass\\b",
    ),
    _t(
        "himmelblau",
        "Himmelblau 曲面",
        "Himmelblau's surface",
        "测试优化器常用的二维曲面 $z = (x^2 + y - 11)^2 + (x + y^2 - 7)^2$：四个同样深（损失为 0）的极小值，其中一个在 (3, 2)，中间隔着山脊和鞍点，中心附近还有一个极大值。从哪个极小值结束取决于起点和优化器。",
        "A two-dimensional test surface, $z = (x^2 + y - 11)^2 + (x + y^2 - 7)^2$: four equally deep minima (loss 0), one at (3, 2), separated by ridges and saddles, with a maximum near the centre. Which minimum a run ends in depends on the start and the optimizer.",
        "basins",
        r"Himmelblau",
    ),
    # --- batches and noise ---
    _t(
        "sgd",
        "随机梯度下降（SGD）",
        "stochastic gradient descent (SGD)",
        "每一步只用一个样本或一小批样本估计梯度的梯度下降。估计有噪声，但计算便宜，噪声还能帮助离开狭窄的极小值。",
        "Gradient descent that estimates the gradient from one example or a small batch at each step. The estimate is noisy but cheap, and the noise can help leave narrow minima.",
        "cliffs schedules minibatch-noise regularization-network pretraining batch-normalization",
        r"SGD|随机梯度",
    ),
    _t(
        "minibatch",
        "小批量",
        "minibatch",
        "每一步用来估计梯度的一小组训练样本。批量越小，梯度估计的方差越大（约与批量大小成反比）。",
        "The small set of training examples used to estimate the gradient at one step. The smaller the batch, the larger the estimate's variance (roughly inversely proportional to the batch size).",
        "schedules minibatch-noise regularization-network batch-normalization",
        r"小批量|minibatch|mini-batch",
    ),
    _t(
        "epoch",
        "轮（epoch）",
        "epoch",
        "把整个训练集完整过一遍。批量为 B、样本数为 n 时，一轮有 n/B 步。",
        "One full pass over the training set. With n examples and batch size B, an epoch is n/B steps.",
        "minibatch-noise",
        r"epoch|轮",
    ),
    # --- momentum and adaptive steps ---
    _t(
        "momentum",
        "动量",
        "momentum",
        "把过去的梯度按系数 α 累积成速度 $v \\leftarrow \\alpha v - \\varepsilon g$，再沿速度走。方向一致的分量越积越大，来回振荡的分量相互抵消。",
        "Accumulating past gradients into a velocity, $v \\leftarrow \\alpha v - \\varepsilon g$, and stepping along it. Components that agree build up; components that flip sign cancel.",
        "playground convergence-maps network-landscape edge-of-stability",
        r"动量|[Mm]omentum",
    ),
    _t(
        "nesterov",
        "Nesterov 动量",
        "Nesterov momentum",
        "先沿当前速度“预看”一步，在 $\\theta + \\alpha v$ 处取梯度，再更新速度。预看让它在冲过谷底之前就开始减速。",
        "Momentum that takes the gradient at the look-ahead point $\\theta + \\alpha v$ before updating the velocity, so it starts braking before it overshoots.",
        "convergence-maps",
        r"Nesterov|NAG",
    ),
    _t(
        "effective_lr",
        "有效学习率",
        "effective learning rate",
        "某个参数实际用的步长系数。自适应方法按坐标缩放学习率，如 AdaGrad 的 $\\varepsilon / (\\delta + \\sqrt{r_i})$。",
        "The step-size factor a parameter actually gets. Adaptive methods scale the learning rate per coordinate, e.g. AdaGrad's $\\varepsilon / (\\delta + \\sqrt{r_i})$.",
        "schedules batch-normalization",
        r"有效学习率|effective learning rate|effective",
    ),
    _t(
        "adagrad",
        "AdaGrad",
        "AdaGrad",
        "为每个参数累积梯度平方和 $r$，用 $\\varepsilon / (\\delta + \\sqrt{r})$ 作为它的学习率：梯度一直大的方向步子变小。累积只增不减，所以学习率一直在降。",
        "Accumulates each parameter's squared gradients in $r$ and gives it the learning rate $\\varepsilon / (\\delta + \\sqrt{r})$: directions with large gradients get smaller steps. The sum only grows, so the rate keeps falling.",
        "schedules second-order",
        r"AdaGrad",
    ),
    _t(
        "delta_stabiliser",
        "δ（防止除零的小常数）",
        "δ (the constant against division by zero)",
        "AdaGrad、RMSProp 和 Adam 的公式里分母上的小常数，如 $\\varepsilon / (\\delta + \\sqrt{r})$：某个参数的梯度一直为零时，$r = 0$，没有 δ 就会除以零。它通常取 $10^{-8}$ 到 $10^{-6}$（讲义 002 建议 AdaGrad 取 $10^{-6}$，RMSProp 与 Adam 取 $10^{-8}$；本应用的默认值取自讲义 000 的算法：AdaGrad $10^{-7}$（算法 8.4），RMSProp $10^{-6}$（算法 8.5），Adam $10^{-8}$（算法 8.7）），只在 $\\sqrt{r}$ 与它相当时才影响步长。",
        "The small constant in the denominator of AdaGrad's, RMSProp's and Adam's rules, as in $\\varepsilon / (\\delta + \\sqrt{r})$: when a parameter's gradient has always been zero, $r = 0$, and without δ the rule would divide by zero. It is usually $10^{-8}$ to $10^{-6}$ (note 002 suggests $10^{-6}$ for AdaGrad, $10^{-8}$ for RMSProp and Adam; this app's defaults follow note 000's algorithms: $10^{-7}$ for AdaGrad (Alg. 8.4), $10^{-6}$ for RMSProp (Alg. 8.5), $10^{-8}$ for Adam (Alg. 8.7)) and changes the step only where $\\sqrt{r}$ is as small as it.",
        "schedules second-order",
        r"AdaGrad",
    ),
    _t(
        "rmsprop",
        "RMSProp",
        "RMSProp",
        "AdaGrad 的改版：用指数滑动平均 $r \\leftarrow \\rho r + (1-\\rho) g^2$ 代替累积和，久远的梯度被遗忘，学习率不会一直降到零。",
        "AdaGrad with an exponential moving average $r \\leftarrow \\rho r + (1-\\rho) g^2$ instead of a sum: old gradients are forgotten, so the rate does not shrink towards zero.",
        "schedules",
        r"RMSProp",
    ),
    _t(
        "adam_moments",
        "Adam 的一阶/二阶矩",
        "Adam's first and second moments",
        "Adam 同时维护梯度的滑动平均 $s$（一阶矩，方向，像动量）和梯度平方的滑动平均 $r$（二阶矩，尺度，像 RMSProp），按 $\\varepsilon\\,\\hat s/\\sqrt{\\hat r}$ 前进（比值 $\\hat s/\\sqrt{\\hat r}$ 的大小至多约为 1）：每个坐标的步长至多约为 ε。",
        "Adam keeps a moving average $s$ of the gradient (first moment: the direction, like momentum) and one of its square, $r$ (second moment: the scale, like RMSProp), and steps by $\\varepsilon\\,\\hat s/\\sqrt{\\hat r}$ (the ratio $\\hat s/\\sqrt{\\hat r}$ is at most about 1 in size): at most about ε per coordinate.",
        "schedules second-order",
        r"Adam",
    ),
    _t(
        "bias_correction",
        "偏差修正",
        "bias correction",
        "Adam 的 $s$、$r$ 从零开始，前几步被拉向零。除以 $1-\\rho_1^t$、$1-\\rho_2^t$ 把它们放大回梯度本来的量级；t 变大后这两个因子趋于 1。",
        "Adam's $s$ and $r$ start at zero, so early on they are biased towards zero. Dividing by $1-\\rho_1^t$ and $1-\\rho_2^t$ scales them back to the gradient's size; as t grows both factors tend to 1.",
        "schedules second-order",
        r"Adam",
    ),
    _t(
        "delta_bar_delta",
        "Delta-bar-Delta 算法",
        "Delta-bar-Delta",
        "早期的按参数学习率方法：梯度符号与它的滑动平均一致时学习率加一个常数 κε（κ 倍的基础学习率 ε），不一致时乘以 1 − φ。",
        "An early per-parameter learning-rate method: a parameter's rate grows by a constant κε (κ times the base rate ε) while its gradient agrees in sign with its moving average, and is multiplied by 1 − φ when it flips.",
        "schedules",
        r"Delta-bar-Delta",
    ),
    _t(
        "schedule",
        "学习率调度",
        "learning-rate schedule",
        "学习率随步数 k 变化的规则 $\\varepsilon_k$：线性衰减到第 τ 步、$\\varepsilon_0/\\sqrt{k+1}$、阶梯、指数或余弦。先大步接近、后小步收敛，也能压低 SGD 的噪声。",
        "How the learning rate $\\varepsilon_k$ changes with the step k: linear decay to step τ, $\\varepsilon_0/\\sqrt{k+1}$, step, exponential or cosine. Big steps first to get close, small ones later to settle, which also quiets SGD's noise.",
        "playground schedules",
        r"调度|schedule",
    ),
    _t(
        "gradient_clipping",
        "梯度裁剪（梯度截断）",
        "gradient clipping",
        "梯度过长时把它缩短到阈值 $c$：$g \\leftarrow c\\, g / \\lVert g \\rVert$。方向不变，步子有了上限，悬崖上不会一步飞出去。",
        "Shortening a gradient longer than a threshold $c$ to that length: $g \\leftarrow c\\, g / \\lVert g \\rVert$. The direction stays, the step gets a cap, and a cliff no longer throws the parameters away.",
        "playground cliffs long-term-dependencies",
        r"裁剪|clip",
    ),
    # --- networks ---
    _t(
        "activation",
        "激活函数",
        "activation function",
        "每层线性变换之后的非线性函数，如 sigmoid、tanh、ReLU。没有它，多层网络只相当于一个线性变换。",
        "The nonlinear function after each layer's linear map, such as sigmoid, tanh or ReLU. Without it a deep network is just one linear map.",
        "initialization batch-normalization edge-of-stability",
        r"激活|activation",
    ),
    _t(
        "saturation",
        "饱和",
        "saturation",
        "sigmoid、tanh 的输入很大或很小时输出贴近两端，导数接近零：这个单元几乎不再传递梯度。激活值直方图会变成两端高的 U 形。",
        "When a sigmoid or tanh input is large in size the output sits near its ends and the derivative is nearly zero: the unit hardly passes gradient back. The activation histogram turns U-shaped.",
        "initialization batch-normalization",
        r"饱和|saturat",
    ),
    _t(
        "vanishing_exploding",
        "梯度消失 / 梯度爆炸",
        "vanishing / exploding gradients",
        "反向传播把许多因子相乘：因子普遍小于 1，梯度随层数（或时间步）指数变小；普遍大于 1，则指数变大。$W^t$ 沿 $|\\lambda|<1$ 的方向消失、沿 $|\\lambda|>1$ 的方向爆炸。",
        "Backpropagation multiplies many factors: below 1 on the whole, the gradient shrinks exponentially with depth (or time steps); above 1, it grows exponentially. $W^t$ vanishes along $|\\lambda|<1$ and explodes along $|\\lambda|>1$.",
        "initialization long-term-dependencies cliffs",
        r"消失|爆炸|vanish|explod",
    ),
    _t(
        "xavier",
        "Xavier 初始化",
        "Xavier initialisation",
        "按层的输入、输出宽度选权重方差 $\\mathrm{Var}(W) = 2/(n_{in}+n_{out})$，让 tanh/sigmoid 网络各层激活和梯度的方差大致不变。",
        "Weights with variance $\\mathrm{Var}(W) = 2/(n_{in}+n_{out})$ from the layer's widths, so that a tanh or sigmoid network's activations and gradients keep roughly the same variance from layer to layer.",
        "initialization pretraining regularization-network network-landscape edge-of-stability",
        r"Xavier|xavier",
    ),
    _t(
        "he",
        "He（MSRA）初始化",
        "He (MSRA) initialisation",
        "为 ReLU 设计的初始化 $\\mathrm{Var}(W) = 2/n_{in}$：ReLU 把一半输入置零，方差加倍正好补上。",
        "The initialisation for ReLU, $\\mathrm{Var}(W) = 2/n_{in}$: ReLU zeroes half its inputs, and doubling the variance makes up for it.",
        "initialization",
        r"\bHe\b|MSRA|msra|\bhe\b",
    ),
    _t(
        "pretraining",
        "预训练",
        "pre-training",
        "先在另一个（通常更大的）任务上训练网络，再用它的权重作为新任务的起点，而不是随机初始化。",
        "Training a network on another (usually larger) task first and starting the new task from its weights instead of a random initialisation.",
        "pretraining",
        r"预训练|pre-train",
    ),
    _t(
        "batch_norm",
        "批归一化（BN）",
        "batch normalisation (BN)",
        "每层把一个小批量里的激活减去均值、除以标准差，再乘可学习的 γ、加可学习的 β。训练时用当前批的统计量；测试时用训练中累积的滑动平均，所以单个样本的输出不依赖同批的其他样本。",
        "Each layer subtracts its activations' minibatch mean, divides by their standard deviation, then multiplies by a learned γ and adds a learned β. Training uses the batch's statistics; test time uses running averages gathered in training, so one example's output does not depend on the rest of its batch.",
        "batch-normalization",
        r"批归一化|批量归一化|batch norm|BN",
    ),
    _t(
        "beta_smoothness",
        "β-光滑度",
        "β-smoothness",
        "梯度变化有多快的上界：$\\lVert \\nabla L(a) - \\nabla L(b) \\rVert \\le \\beta \\lVert a - b \\rVert$。β 小，梯度在一步之内变化小，大步也可信。这里沿一步测它的有效值（Santurkar 等 2018）。",
        "A bound on how fast the gradient changes: $\\lVert \\nabla L(a) - \\nabla L(b) \\rVert \\le \\beta \\lVert a - b \\rVert$. A small β means the gradient changes little within a step, so larger steps stay reliable. Here its effective value is measured along a step (Santurkar et al. 2018).",
        "batch-normalization",
        r"β-光滑|β-smooth",
    ),
    _t(
        "effective_beta_smoothness",
        "有效 β-光滑度",
        "effective β-smoothness",
        "沿实际的一步测得的 β：在探测的各个步长 s 上，梯度变化与步长之比 $\\lVert \\nabla L(\\theta - s g) - g \\rVert / \\lVert s g \\rVert$ 的最大值。它只描述当前点附近沿梯度方向的光滑程度，不是整个曲面的上界；越小，大步越可信（Santurkar 等 2018）。",
        "β measured along the step actually taken: the largest ratio of the gradient's change to the step, $\\lVert \\nabla L(\\theta - s g) - g \\rVert / \\lVert s g \\rVert$, over the step sizes s probed. It describes the smoothness near the current point along the gradient only, not a bound over the whole surface; the smaller it is, the more a large step can be trusted (Santurkar et al. 2018).",
        "batch-normalization",
        r"有效 β-光滑度|effective β-smoothness",
    ),
    _t(
        "loss_band",
        "损失带",
        "loss band",
        "沿当前梯度方向走不同步长 s 时，损失 $L(\\theta - s g)$ 的变化范围。带子窄，说明损失对步长不敏感，地形更平缓（Santurkar 等 2018）。",
        "The range the loss $L(\\theta - s g)$ covers when stepping along the current gradient with different step sizes s. A narrow band means the loss is insensitive to the step size: a smoother landscape (Santurkar et al. 2018).",
        "batch-normalization",
        r"损失带|loss band",
    ),
    _t(
        "feature_scaling",
        "特征缩放",
        "feature scaling",
        "把每个输入特征变换到相近的尺度：标准化 $(x-\\mu)/\\sigma$，或 min-max 缩放 $2(x-\\mu)/(\\max-\\min)$，它把均值移到 0、把取值范围缩放到宽度 2，约为 [−1, 1]。细长的等高线变圆，条件数变小，同一个学习率对每个方向都合适。",
        "Bringing every input feature to a similar scale: standardising $(x-\\mu)/\\sigma$, or min-max scaling $2(x-\\mu)/(\\max-\\min)$, which moves the mean to 0 and scales the range to a width of 2, about [−1, 1]. Elongated contours turn round, the condition number drops, and one learning rate suits every direction.",
        "feature-scaling batch-normalization",
        r"标准化|standardi|min-max|归一化",
    ),
    # --- regularisation ---
    _t(
        "l2",
        "L2 正则化（权重衰减）",
        "L2 regularisation (weight decay)",
        "在损失上加 $\\tfrac{\\lambda}{2}\\lVert w \\rVert_2^2$。梯度多了 $\\lambda w$，每步把权重按比例拉向零：权重变小，但很少恰好为零。约束区域是圆。",
        "Adding $\\tfrac{\\lambda}{2}\\lVert w \\rVert_2^2$ to the loss. The gradient gains $\\lambda w$, pulling every weight towards zero in proportion: weights shrink but are rarely exactly zero. Its constraint region is a circle.",
        "regularization regularization-network",
        r"L2",
    ),
    _t(
        "l1",
        "L1 正则化",
        "L1 regularisation",
        "在损失上加 $\\lambda \\lVert w \\rVert_1$。它对每个权重施加大小不变的拉力 $\\lambda\\,\\mathrm{sign}(w)$，能把小权重恰好推到零（稀疏）。约束区域是菱形，尖角在坐标轴上。",
        "Adding $\\lambda \\lVert w \\rVert_1$ to the loss. It pulls every weight with the same force $\\lambda\\,\\mathrm{sign}(w)$ and can push small weights exactly to zero (sparsity). Its constraint region is a diamond with corners on the axes.",
        "regularization regularization-network",
        r"L1",
    ),
    _t(
        "subgradient",
        "次梯度",
        "subgradient",
        "不可导点处代替梯度的斜率集合。$|w|$ 在 0 处不可导，它的次梯度是 [−1, 1] 中的任意值；L1 的训练用 $\\mathrm{sign}(w)$（在 0 处取 0）。",
        "The set of slopes that stands in for the gradient where a function has a kink. $|w|$ has none at 0; any value in [−1, 1] is a subgradient there, and L1 training uses $\\mathrm{sign}(w)$ (0 at 0).",
        "regularization-network",
        r"次梯度|subgradient",
    ),
    # --- the maps' and runs' own words (a student met them unexplained: issue 33) ---
    _t(
        "grid",
        "网格",
        "grid",
        "图上均匀排开的一组起点或设置（如 128 × 128 = 128² 个）。每个格子各自从头跑一次完整的训练，颜色是它的结果；格子越密，边界画得越细，计算也越久。",
        "An evenly spaced set of starts or settings laid over the picture (e.g. 128 × 128 = 128² of them). Each cell is one whole training run of its own, coloured by its outcome; a finer grid draws the borders more sharply and takes longer.",
        "",
        r"网格|格子|\bgrid\b|\bcells?\b",
    ),
    _t(
        "cell_edge",
        "格边",
        "cell border",
        "网格上两个相邻格子（起点）之间的边。两侧的格子落到不同的终点，说明这里有吸引域的边界；这样的格边越多，图越“碎”。",
        "The side shared by two neighbouring cells (starts) of the grid, as the basins lesson counts them. When the two cells end in different places a basin's boundary runs along it; the more such borders, the more fragmented the map.",
        "",
        r"格边|cell (?:borders?|edges?)|neighbouring (?:starts|cells)",
    ),
    _t(
        "far_bound",
        "远界",
        "far bound",
        "计算的安全边界，画面上离原点最远的坐标绝对值的 100 倍（画面是 [−2, 2] 时为 $|\\theta| = 200$；悬崖的 x 到 10，为 1000）：参数一旦越过它（或损失溢出），计算就在那一步停止：在有极小值的曲面上，这次运行算作发散；在没有极小值、损失可以无限下降的曲面上（鞍点），各课说它越过了远界，若它在那里的损失比起点低，就说它一路下坡出界。画面只是它里面的一小块。",
        "The computation's safety bound, 100 times the largest |coordinate| the picture reaches ($|\\theta| = 200$ for a picture of [−2, 2]; 1000 for the cliff, whose x reaches 10): once a parameter passes it (or the loss overflows) the run stops at that step. On a surface with a minimum it counts as diverged; on one without, where the loss can fall for ever (the saddles), the lessons say it passed the far bound, and that it went out downhill when its loss there is lower than at its start. The picture is a small part inside it.",
        "",
        r"远界|far bound",
    ),
    _t(
        "tolerance",
        "容差",
        "tolerance",
        "判断“收敛到了”的门槛：损失与曲面的最低损失之差小于 tol = 10ᵏ 时就算到达（收敛图上还要求此后一直保持在容差内）。k 越小（如 k = −20，即 tol = 10⁻²⁰）要求越严，步数由长期的收敛速率决定；k 较大时，最初几步的偶然情况影响更大。",
        "The threshold for “converged”: a run has arrived once its loss is within tol = 10ᵏ of the surface's lowest loss (on the convergence maps: and stays within it to the last step). A smaller k (e.g. k = −20, tol = 10⁻²⁰) is stricter, and the steps are set by the long-run rate; a larger k lets the first few steps' luck matter more.",
        "",
        r"容差|[Tt]olerance",
    ),
    _t(
        "norm12",
        "Norm1 / Norm2",
        "Norm1 / Norm2",
        "一层权重的 L1 范数 $\\sum |w|$ 与 L2 范数 $\\sqrt{\\sum w^2}$（讲义表格里的名字）。L1 正则化压低前者，L2 正则化压低后者。",
        "A layer's weight L1 norm $\\sum |w|$ and L2 norm $\\sqrt{\\sum w^2}$ (the names in the notes' table). L1 regularisation drives down the first, L2 the second.",
        "regularization-network",
        r"Norm1|Norm2",
    ),
    _t(
        "dropout",
        "Dropout",
        "dropout",
        "训练时每一步以概率 p 随机把隐藏单元置零（其余放大 1/(1−p)），相当于同时训练许多共享权重的子网络；测试时不丢弃。单元不能依赖特定的同伴，泛化更好。",
        "In training, each step zeroes every hidden unit with probability p (scaling the rest by 1/(1−p)), like training many weight-sharing sub-networks at once; at test time nothing is dropped. A unit cannot rely on particular partners, which generalises better.",
        "regularization-network",
        r"[Dd]ropout",
    ),
    _t(
        "early_stopping",
        "提前停止",
        "early stopping",
        "在验证损失最低的那一步停止训练（或取回那一步的参数）。训练步数像一个正则化强度：停得早，参数离起点近。",
        "Stopping training (or taking back the parameters) at the step where the validation loss is lowest. The number of steps acts like a regularisation strength: stopping early keeps the parameters near the start.",
        "regularization regularization-network",
        r"提前停止|早停|early stopping|early-stopping",
    ),
    _t(
        "filter_norm",
        "滤波器归一化",
        "filter normalisation",
        "Li 等 2018 画损失地形的方法：随机方向的每个滤波器（每个单元的权重）都缩放到与训练好的权重同样的范数，不同网络的地形才能比较。",
        "Li et al. 2018's way to draw a loss landscape: each filter (a unit's weights) of a random direction is scaled to the norm of the trained weights, so landscapes of different networks compare.",
        "network-landscape",
        r"滤波器归一化|filter-normali|filter normali",
    ),
    _t(
        "residual",
        "残差连接",
        "residual connection",
        "把一层的输入直接加到输出上：$y = x + f(x)$。梯度有一条不经过相乘的通路，深网络的损失地形也更平滑。",
        "Adding a layer's input to its output, $y = x + f(x)$. The gradient gets a path with no products to pass through, and a deep network's loss landscape gets smoother.",
        "network-landscape edge-of-stability",
        r"残差|residual",
    ),
)

_BY_KEY = {term.key: term for term in TERMS}


def get(key: str) -> Term:
    return _BY_KEY[key]


def for_lesson(url_path: str) -> tuple[Term, ...]:
    """The terms the lesson at `/url_path` uses, in the glossary's order."""
    return tuple(term for term in TERMS if url_path in term.lessons)


def search(query: str) -> tuple[Term, ...]:
    """The terms that match `query`: the one it names exactly (a lesson's link, `?q=<key>`)
    first, then those whose name holds it, then those it is in the text of."""
    q = query.strip().casefold()

    def rank(term: Term) -> int:
        if q in {term.key, term.zh.casefold(), term.en.casefold()}:
            return 0
        return 1 if term.named_by(query) else 2

    return tuple(sorted((term for term in TERMS if term.matches(query)), key=rank))


def lesson_title_keys() -> dict[str, str]:
    """Each lesson's title key by its link (a term's lessons are shown by their titles)."""
    return {lesson.url_path: lesson.title_key for lesson in registry.lessons()}


def why_key(url_path: str) -> str:
    """The key of the lesson's "why" text in its strings.py: `<title prefix>.why`
    (`page.bn.title` → `bn.why`)."""
    title = next(lesson.title_key for lesson in registry.lessons() if lesson.url_path == url_path)
    return f"{title.split('.')[1]}.why"


def pattern(term: Term) -> re.Pattern[str]:
    return re.compile(term.pattern)
