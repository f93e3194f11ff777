"""The regularisation lesson's strings in both languages."""

STRINGS: dict[str, dict[str, str]] = {
    "page.reg.title": {"zh": "L1 与 L2 正则化", "en": "L1 vs L2 regularisation"},
    "reg.lam": {"zh": "λ：正则化强度", "en": "λ: regularisation strength"},
    "reg.notice": {
        "zh": "λ 变大时，L2 缩短的是 ‖w‖₂（圆的半径：λ = 0 时 {r0}，λ = {lmax} 时 {r1}），而不是每个权重：{w} 从 {a} 变到 {b}；它不会把权重固定在 0。{l1}（讲义 002）",
        "en": "As λ grows, L2 shrinks the length ‖w‖₂ (the circle's radius: {r0} at λ = 0, {r1} at λ = {lmax}), not each weight: {w} goes from {a} to {b}; it holds no weight at 0. {l1} (note 002)",
    },
    "reg.notice.l1": {
        "zh": "沿着画出的 L1 路径（按图下读数的 3 位小数）：{events}；λ ≥ {both} 时两个权重都为 0。",
        "en": "Along the drawn L1 path (to the readout's 3 decimals): {events}; from λ = {both} on both weights are 0.",
    },
    # where L1's diamond meets the contours at the λ set: computed from the drawn solution
    "reg.contact.corner": {
        "zh": "λ = {lam} 时，L1 的菱形在尖角处碰到等高线，所以 {which} 恰好为 0。",
        "en": "At λ = {lam}, L1's diamond meets the contours at a corner, so {which} is exactly 0.",
    },
    "reg.contact.edge": {
        "zh": "λ = {lam} 时，L1 的菱形在一条边上碰到等高线，不在尖角，所以两个权重都不恰好为 0（在尖角处会有一个为 0）。",
        "en": "At λ = {lam}, L1's diamond meets the contours on an edge, not at a corner, so neither weight is exactly 0 (at a corner one would be).",
    },
    "reg.contact.point": {
        "zh": "λ = {lam} 时，L1 的菱形已缩成一个点 (0, 0)：两个权重都恰好为 0。",
        "en": "At λ = {lam}, L1's diamond has shrunk to the point (0, 0): both weights are exactly 0.",
    },
    "reg.l1.zero": {"zh": "λ = {lam} 时 {which} 变成 0", "en": "{which} becomes 0 at λ = {lam}"},
    "reg.l1.back": {
        "zh": "λ = {lam} 时 {which} 又离开 0",
        "en": "{which} leaves 0 again at λ = {lam}",
    },
    "reg.l1.and": {"zh": "，", "en": ", and "},
    "reg.l1.then": {"zh": "；", "en": "; "},
    "reg.data": {
        "zh": "训练数据：n = {n} 个点，两个高度相关的特征，y = x₁ + 0.5·x₂ + 噪声。点太少，不加正则时最小值 ★ 被噪声带偏。",
        "en": "Training data: n = {n} points, two strongly correlated features, y = x₁ + 0.5·x₂ + noise. Too few points: without regularisation the minimum ★ is pulled off by the noise.",
    },
    "reg.shapes": {
        "zh": "圆和菱形是与该 λ 等价的约束 ‖w‖ ≤ t：正则化的解就是约束区域与最低等高线相切的点。虚线是 λ 从 0 增大时解走过的路径。λ 是惩罚项相对数据损失 L(w) 的权重；‖w‖₂ = √(w₁² + w₂²)，‖w‖₁ = |w₁| + |w₂|；t 是约束区域的半径。",
        "en": "The circle and the diamond are the constraint ‖w‖ ≤ t equivalent to this λ: the regularised solution is where the region touches the lowest contour. The dotted line is the path of the solution as λ grows from 0. λ weighs the penalty against the data loss L(w); ‖w‖₂ = √(w₁² + w₂²), ‖w‖₁ = |w₁| + |w₂|; t is the constraint's radius.",
    },
    "reg.l2": {"zh": "L2（权重衰减）", "en": "L2 (weight decay)"},
    "reg.l1": {"zh": "L1（稀疏）", "en": "L1 (sparse)"},
    "reg.path": {"zh": "λ 增大时的解", "en": "solution as λ grows"},
    "reg.l2_shape": {"zh": "‖w‖₂ = t", "en": "‖w‖₂ = t"},
    "reg.l1_shape": {"zh": "‖w‖₁ = t", "en": "‖w‖₁ = t"},
    "reg.solution": {"zh": "λ = {lam} 的解", "en": "solution at λ = {lam}"},
    "reg.gd": {"zh": "梯度下降（提前停止）", "en": "gradient descent (stopped early)"},
    "reg.value": {"zh": "λ = {lam} 时：w = ({w1}, {w2})", "en": "At λ = {lam}: w = ({w1}, {w2})"},
    "reg.zero": {"zh": "{which} 恰好为 0", "en": "{which} is exactly 0"},
    # printed 0.000 but not 0 (the lasso's w₂ at λ = 0.66 is 7.3×10⁻⁵): said, not left to read
    "reg.near_zero": {
        "zh": "{which} = {value}：按 3 位小数是 0.000，但不恰好为 0",
        "en": "{which} = {value}: 0.000 to 3 decimals, yet not exactly 0",
    },
    "reg.zero.both": {"zh": "w₁ 和 w₂ 都恰好为 0", "en": "w₁ and w₂ are both exactly 0"},
    "reg.es.title": {"zh": "提前停止", "en": "Early stopping"},
    "reg.es.train": {"zh": "训练损失", "en": "training loss"},
    "reg.es.val": {"zh": "验证损失", "en": "validation loss"},
    "reg.es.best": {"zh": "第 {k} 步停止", "en": "stop at step {k}"},
    "reg.es.text": {
        "zh": "同一个模型在同一份训练数据上做梯度下降（ε = 1，从 w = 0 出发）。训练损失一直下降；验证损失（200 个新点）在第 **{k}** 步最低（{best}），此后模型开始拟合噪声，{steps} 步时升到 {end}。在第 {k} 步停下，w = ({w1}, {w2})，离上图虚线上 λ = {lam} 的 L2 解只有 {d}：提前停止的作用类似 L2 正则化。",
        "en": "Gradient descent on the same model and training data (ε = 1, from w = 0). The training loss keeps falling; the validation loss (200 fresh points) is lowest at step **{k}** ({best}), then the model starts fitting the noise and it rises to {end} by step {steps}. Stopped at step {k}, w = ({w1}, {w2}), {d} from the L2 solution at λ = {lam} on the dotted path above: early stopping acts much like L2 regularisation.",
    },
    "ask.reg.zero": {
        "zh": "用 L1（lasso），λ 增大到多少时 {w} 第一次恰好为 0？（λ 以 0.01 为步长）",
        "en": "With L1 (the lasso), at which λ does {w} first become exactly 0? (λ in steps of 0.01)",
    },
    "ask.reg.stop": {
        "zh": "在训练损失上从 w = 0 做普通梯度下降（ε = 1）：在 {steps} 步中的第几步验证损失最低，也就是早停停在哪一步？",
        "en": "Plain gradient descent from w = 0 (ε = 1) on the training loss: after how many of its {steps} steps is the validation loss lowest, where early stopping stops?",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "reg.why": {
        "zh": "正则化在数据损失上加一项惩罚，最优点因此是两者的折中：数据损失的等高线与惩罚的等值线相切的地方。L2 惩罚 λ‖w‖²/2 的等值线是圆，切点一般不在坐标轴上，所以权重整体变小但很少恰好为零。L1 惩罚 λ‖w‖₁ 的等值线是菱形，尖角在坐标轴上，等高线往往先碰到尖角，于是某些权重恰好为零：L1 产生稀疏解。λ 越大，最优点越靠近原点。提前停止是另一种正则化：从零出发的梯度下降在验证损失最低时停下，参数还没走远，效果类似一个小的 L2 惩罚。",
        "en": "Regularisation adds a penalty to the data loss, so the optimum is a compromise: where a contour of the data loss touches a level set of the penalty. The L2 penalty λ‖w‖²/2 has circles as level sets, which a contour generally touches off the axes, so the weights shrink together but are rarely exactly zero. The L1 penalty λ‖w‖₁ has diamonds with corners on the axes, which a contour tends to meet first, so some weights become exactly zero: L1 gives sparse solutions. The larger λ, the closer the optimum moves to the origin. Early stopping is another regulariser: gradient descent from zero stopped where the validation loss is lowest has not gone far, much like a small L2 penalty.",
    },
    # study steps (ui/study.py): the questions, their options and the why; the feedback
    # sentences are computed from the drawn data (steps.py, its LEDGER)
    "reg.step.zero.title": {"zh": "谁给出 0", "en": "Which gives a zero"},
    "reg.step.zero.question": {
        "zh": "λ = 0.3 时，L2 正则化和 L1 正则化的解中，哪一个有某个权重恰好等于 0？",
        "en": "At λ = 0.3, whose solution has a weight exactly equal to 0: L2 regularisation's or L1's?",
    },
    "reg.step.zero.opt.l2": {"zh": "只有 L2", "en": "L2 only"},
    "reg.step.zero.opt.l1": {"zh": "只有 L1", "en": "L1 only"},
    "reg.step.zero.opt.both": {"zh": "两者都有", "en": "both"},
    "reg.step.zero.opt.neither": {"zh": "都没有", "en": "neither"},
    "reg.step.zero.feedback": {
        "zh": "你选了“{answer}”。λ = {lam} 时图中 L2 的解是 ({a1}, {a2})，L1 的解是 ({b1}, {b2})：是“{saw}”。",
        "en": "You picked “{answer}”. At λ = {lam} the drawn L2 solution is ({a1}, {a2}) and the L1 solution ({b1}, {b2}): “{saw}”.",
    },
    "reg.step.zero.why": {
        "zh": "正则化的解是损失等高线与约束区域 ‖w‖ ≤ t 第一次相碰的点。L2 的区域是圆，边界处处光滑，相碰点一般不在坐标轴上，所以权重只是变小。L1 的区域是菱形，尖角正好在坐标轴上，等高线往往先碰到尖角，于是有一个权重恰好为 0：这就是 L1 带来稀疏的原因。",
        "en": "The regularised solution is where the loss contours first touch the region ‖w‖ ≤ t. L2's region is a circle, smooth everywhere, so the touching point is generally off the axes and the weights only shrink. L1's region is a diamond whose corners sit on the axes; the contours tend to meet a corner first, so one weight is exactly 0. That is why L1 gives sparse weights.",
    },
    "reg.step.stop.title": {"zh": "何时停下", "en": "When to stop"},
    "reg.step.stop.question": {
        "zh": "不加正则，从 w = 0 出发做梯度下降（ε = 1）共 300 步。验证损失在第几步最低？",
        "en": "Without a penalty, gradient descent from w = 0 (ε = 1) for 300 steps. At which step is the validation loss lowest?",
    },
    "reg.step.stop.feedback": {
        "zh": "你估计第 {answer} 步；图中验证损失在第 {k} 步最低（{best}）：相差 {off} 步。",
        "en": "You said step {answer}; the drawn validation loss is lowest at step {k} ({best}): {off} steps away.",
    },
    "reg.step.stop.why": {
        "zh": "训练一开始，权重沿着数据里最强的方向变化，这些方向在训练集和验证集上是共同的，所以两条损失一起下降。之后梯度下降开始拟合只属于训练点的噪声，训练损失继续下降，验证损失却回升。在验证损失最低处停下，就是提前停止。",
        "en": "Early in training the weights move along the data's strongest directions, which the training and validation sets share, so both losses fall. Later gradient descent starts fitting noise that belongs to the training points alone: the training loss keeps falling while the validation loss climbs back. Stopping where the validation loss is lowest is early stopping.",
    },
    "reg.step.near.title": {"zh": "提前停止像谁", "en": "What early stopping resembles"},
    "reg.step.near.question": {
        "zh": "在验证损失最低处停下的权重 w，离哪一个最近：L2 解随 λ 变化的路径、L1 解的路径，还是不加正则的最小值？",
        "en": "The weights w stopped where the validation loss is lowest: which are they nearest, the path of L2 solutions as λ grows, the path of L1 solutions, or the unregularised minimum?",
    },
    "reg.step.near.opt.l2": {"zh": "L2 解的路径", "en": "the L2 path"},
    "reg.step.near.opt.l1": {"zh": "L1 解的路径", "en": "the L1 path"},
    "reg.step.near.opt.none": {"zh": "不加正则的最小值", "en": "the unregularised minimum"},
    "reg.step.near.feedback": {
        "zh": "你选了“{answer}”。提前停止的 w = ({w1}, {w2})，到图中 L2 路径的距离为 {d2}，到 L1 路径为 {d1}，到不加正则的最小值为 {d0}：最近的是“{saw}”。",
        "en": "You picked “{answer}”. The early-stopped w = ({w1}, {w2}) lies {d2} from the drawn L2 path, {d1} from the L1 path and {d0} from the unregularised minimum: nearest is “{saw}”.",
    },
    "reg.step.near.why": {
        "zh": "从 w = 0 出发，梯度下降先沿曲率大的方向走完，曲率小的方向只走了一部分。L2 正则化做的事情类似：它对曲率小的方向收缩得最多。所以少走几步大致相当于加了一个 L2 惩罚，步数越少，对应的 λ 越大。",
        "en": "Starting from w = 0, gradient descent covers the high-curvature directions first and only part of the low-curvature ones. L2 regularisation does much the same: it shrinks the low-curvature directions the most. So stopping early acts roughly like an L2 penalty, and the fewer the steps, the larger the matching λ.",
    },
    "reg.step.sets": {
        "zh": "这一步把 λ 设为 {new}（你原来设的是 {old}）。",
        "en": "This step sets λ = {new} (you had set {old}).",
    },
}
