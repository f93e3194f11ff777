"""The minibatch-noise lesson's strings in both languages."""

STRINGS: dict[str, dict[str, str]] = {
    "page.minibatch.title": {"zh": "批量大小与梯度噪声", "en": "Batch size and gradient noise"},
    "minibatch.notice": {
        "zh": "同样的训练轮数：整批梯度下降每轮只走一步，但步子稳；批量越小，每轮步数越多，步子越抖（讲义 003）。",
        "en": "Same number of epochs: full-batch gradient descent takes one steady step per epoch; the smaller the batch, the more steps per epoch, and the noisier each one (note 003).",
    },
    "minibatch.data": {
        "zh": "数据：n = {n} 个点，y = 2x + 1 + 噪声（固定随机种子生成）。等高线是全部数据上的真实损失。",
        "en": "Data: n = {n} points, y = 2x + 1 + noise (generated with a fixed seed). The contours are the true loss over all the data.",
    },
    "minibatch.batch": {"zh": "批量大小 B", "en": "batch size B"},
    "minibatch.epochs": {"zh": "训练轮数（epoch）", "en": "epochs"},
    "minibatch.rule": {
        "zh": "一轮（epoch）是把全部 n 个样本用一遍。每轮先打乱数据，再切成 ⌊n/B⌋ 个大小为 B 的批量，每个批量的平均梯度走一步；B = n 是整批梯度下降，B = 1 是随机梯度下降（SGD）。",
        "en": "An epoch is one pass over all n examples. Each epoch shuffles the data and cuts it into ⌊n/B⌋ batches of B, one step per batch along its mean gradient; B = n is full-batch gradient descent, B = 1 is stochastic gradient descent (SGD).",
    },
    "minibatch.gd": {"zh": "整批 B = {n}", "en": "full batch B = {n}"},
    "minibatch.mini": {"zh": "小批量 B = {b}", "en": "minibatch B = {b}"},
    "minibatch.sgd": {"zh": "随机 B = 1", "en": "stochastic B = 1"},
    "minibatch.diverged": {
        "zh": "{name} 在第 {step} 步发散",
        "en": "{name} diverged at step {step}",
    },
    "minibatch.diverged.why": {
        "zh": "（w 或 b 超出了 ±{bound}）：它的路径和损失曲线画到前一步为止。ε = {lr}；整批梯度下降在这个损失上只有 ε < 2/$\\lambda_{{\\max}}$ = {stable} 时才稳定（$\\lambda_{{\\max}}$ 是损失最陡方向上的曲率，即海森矩阵的最大特征值）。",
        "en": "(w or b passed ±{bound}): its path and loss curve are drawn up to the step before. ε = {lr}; full-batch gradient descent on this loss is stable only for ε < 2/$\\lambda_{{\\max}}$ = {stable} ($\\lambda_{{\\max}}$: the loss's curvature along its steepest direction, the largest eigenvalue of its Hessian).",
    },
    "minibatch.steps.stopped": {
        "zh": "{name}：每轮 {k} 步，本应共 {steps} 步，发散后只画到第 {last} 步",
        "en": "{name}: {k} per epoch, {steps} steps set, drawn up to step {last} (it diverged)",
    },
    "minibatch.epoch_axis": {"zh": "训练轮数", "en": "epochs"},
    "minibatch.steps_per_epoch": {
        "zh": "{name}：每轮 {k} 步，共 {steps} 步",
        "en": "{name}: {k} per epoch, {steps} steps in all",
    },
    "minibatch.cloud.title": {
        "zh": "一个小批量梯度有多吵",
        "en": "How noisy one minibatch gradient is",
    },
    "minibatch.cloud.caption": {
        "zh": "每个点是随机抽一个大小为 B 的批量、从起点走一步（ε = 0.1）落到的位置；箭头是用全部数据走的一步。B 越大，点云越小；B = n 时缩成一点。",
        "en": "Each dot is where one step (ε = 0.1) from the start lands with a random batch of size B; the arrow is the full-data step. The larger B, the smaller the cloud; at B = n it shrinks to a point.",
    },
    "minibatch.cloud.samples": {"zh": "小批量一步", "en": "one minibatch step"},
    "minibatch.cloud.full": {"zh": "整批一步", "en": "full-batch step"},
    "minibatch.cloud.measured": {
        "zh": "{k} 个批量梯度偏离整批梯度的均方根（RMS）",
        "en": "RMS (root-mean-square) distance of {k} batch gradients from the full gradient",
    },
    "minibatch.cloud.theory": {"zh": "公式给出的值", "en": "the formula's value"},
    "minibatch.cloud.full_norm": {"zh": "整批梯度的长度", "en": "length of the full gradient"},
    "minibatch.cloud.note": {
        "zh": "g_B 是一个批量的平均梯度，∇L 是全部数据的梯度；Σ 是单个样本梯度的协方差，tr Σ 是它的迹（对角线之和，即两个分量的方差之和）；(n − B)/(n − 1) 是无放回抽样的修正。",
        "en": "g_B is one batch's mean gradient and ∇L the full-data gradient; Σ is the covariance of one example's gradient and tr Σ its trace (the sum of its diagonal: the two components' variances added); (n − B)/(n − 1) corrects for drawing without replacement.",
    },
    "minibatch.sharp.title": {
        "zh": "窄谷与宽盆：噪声把小批量踢出窄谷",
        "en": "Narrow valley, wide basin: noise kicks small batches out",
    },
    "minibatch.sharp.small": {"zh": "小批量 B", "en": "small batch B"},
    "minibatch.sharp.large": {"zh": "大批量 B", "en": "large batch B"},
    "minibatch.sharp.caption": {
        "zh": "每种批量从窄谷底出发各跑 {seeds} 次（不同随机种子），ε = 0.05，300 步；菱形是每次的终点，线是其中两次的路径。这里把批量梯度的噪声建模为高斯噪声，单个样本 σ₁ = {sigma}，批量 B 时缩小为 σ₁/√B（即公式中的 ξ；B 远小于 n 时，上面的点云也是这样缩小的）。",
        "en": "{seeds} runs per batch size (different seeds) from the bottom of the narrow valley, ε = 0.05, 300 steps; diamonds mark where each run ends, lines show two of them. The batch gradient's noise is modelled as Gaussian, σ₁ = {sigma} for one example, σ₁/√B for a batch of B (ξ in the formula; the cloud above shrinks the same way while B is small next to n).",
    },
    "minibatch.sharp.swapped": {
        "zh": "小批量 B = {small} 比大批量 B = {large} 还大：下面按交换后的值画，小批量 B = {drawn_small}，大批量 B = {drawn_large}。",
        "en": "The small batch B = {small} is larger than the large batch B = {large}: they are swapped for the drawing, small batch B = {drawn_small}, large batch B = {drawn_large}.",
    },
    "minibatch.sharp.equal": {
        "zh": "小批量与大批量都是 B = {small}，没有大小之分：改用默认值画，小批量 B = {drawn_small}，大批量 B = {drawn_large}。",
        "en": "The small and the large batch are both B = {small}, so neither is smaller: the defaults are drawn instead, small batch B = {drawn_small}, large batch B = {drawn_large}.",
    },
    "minibatch.sharp.ends": {"zh": "B = {b} 的终点", "en": "where B = {b} ends"},
    "minibatch.sharp.left": {
        "zh": "{total} 次中有 {left} 次离开窄谷，落入右边的宽盆",
        "en": "{left} of {total} runs left the narrow valley for the wide basin",
    },
    "ask.minibatch.left": {
        "zh": "批量 B = {b}，从窄谷出发的 {total} 次带噪声的运行中，有几次离开窄谷、落入右边的宽盆？",
        "en": "With batches of B = {b}, how many of the {total} noisy runs from the narrow valley leave it for the wide basin?",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "minibatch.why": {
        "zh": "训练损失是所有样本损失的平均，它的梯度也是平均；小批量梯度只用一部分样本估计它，是无偏的，但有噪声，噪声的方差大致与批量大小成反比。所以批量越小，路径越抖，每一步却越便宜。噪声不全是坏事：在狭窄的极小值里，梯度随位置变化很快，噪声造成的抖动足以把参数踢出去；在宽阔的极小值里，同样的抖动只是原地晃动。这就是小批量训练偏爱宽极小值的一个解释。要在最后停稳，可以减小学习率或加大批量。",
        "en": "The training loss is the average of every example's loss, and so is its gradient; a minibatch gradient estimates it from a few examples, without bias but with noise whose variance falls roughly in proportion to the batch size. So the smaller the batch, the noisier the path and the cheaper each step. Noise is not all bad: in a narrow minimum the gradient changes fast with position and the jitter can kick the parameters out; in a wide minimum the same jitter only shakes them in place. That is one account of why minibatch training favours wide minima. To settle at the end, lower the learning rate or grow the batch.",
    },
}
