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
    # the minibatch slider at B = 1 or B = n draws a second run of the same batch size
    "minibatch.same.sgd": {
        "zh": "{mini} 与 {sgd} 的批量相同，两条路径只差每轮打乱数据、抽取样本的随机数，所以终点不同：{mini_end} 与 {sgd_end}。",
        "en": "{mini} and {sgd} have the same batch size; their paths differ only in the random shuffle that picks each step's examples, so they end apart: {mini_end} and {sgd_end}.",
    },
    "minibatch.same.gd": {
        "zh": "{mini} 与 {gd} 的批量相同：每一步都用全部数据，打乱顺序不改变平均梯度，两条路径重合，终点都在 {mini_end}。",
        "en": "{mini} and {gd} have the same batch size: every step uses all the data, and shuffling does not change the mean gradient, so the two paths coincide, both ending at {mini_end}.",
    },
    "minibatch.diverged": {
        "zh": "{name} 在第 {step} 步发散",
        "en": "{name} diverged at step {step}",
    },
    "minibatch.unstable": {
        "zh": "{name} 还没有越过 ±{bound}（越过才算发散），但从第 {step} 步起不稳定：之后每一步都比第 {step} 步长，平均每步 ×{growth}，损失从 {start} 升到 {end}",
        "en": "{name} has not passed ±{bound} (where a run counts as diverged) but became unstable from step {step}: every later step is longer than step {step}, ×{growth} per step on average, and its loss rose from {start} to {end}",
    },
    "minibatch.unstable.dipped": {
        "zh": "{name} 还没有越过 ±{bound}（越过才算发散），但从第 {step} 步起不稳定：之后每一步都比第 {step} 步长，平均每步 ×{growth}，损失先从 {start} 降到第 {low_step} 步（第 {epoch} 轮）的 {low}，然后升到 {end}",
        "en": "{name} has not passed ±{bound} (where a run counts as diverged) but became unstable from step {step}: every later step is longer than step {step}, ×{growth} per step on average, and its loss fell from {start} to {low} by step {low_step} (epoch {epoch}), then rose to {end}",
    },
    "minibatch.unstable.peaked": {
        "zh": "{name} 还没有越过 ±{bound}（越过才算发散），但从第 {step} 步起不稳定：之后每一步都比第 {step} 步长，平均每步 ×{growth}，损失先从 {start} 升到第 {high_step} 步（第 {high_epoch} 轮）的 {high}，最后为 {end}",
        "en": "{name} has not passed ±{bound} (where a run counts as diverged) but became unstable from step {step}: every later step is longer than step {step}, ×{growth} per step on average, and its loss climbed from {start} to {high} by step {high_step} (epoch {high_epoch}) and ended at {end}",
    },
    "minibatch.unstable.swings": {
        "zh": "{name} 还没有越过 ±{bound}（越过才算发散），但从第 {step} 步起不稳定：之后每一步都比第 {step} 步长，平均每步 ×{growth}，损失上下起伏，从 {start} 到 {end}：最低 {low}（第 {low_step} 步，第 {epoch} 轮），最高 {high}（第 {high_step} 步，第 {high_epoch} 轮）",
        "en": "{name} has not passed ±{bound} (where a run counts as diverged) but became unstable from step {step}: every later step is longer than step {step}, ×{growth} per step on average, and its loss went up and down from {start} to {end}: lowest {low} at step {low_step} (epoch {epoch}), highest {high} at step {high_step} (epoch {high_epoch})",
    },
    "minibatch.unstable.why": {
        "zh": "ε = {lr}；整批梯度下降在这个损失上只有 ε < 2/$\\lambda_{{\\max}}$ = {stable} 时才稳定（越过 ±{bound} 才算发散）。",
        "en": "ε = {lr}; full-batch gradient descent on this loss is stable only for ε < 2/$\\lambda_{{\\max}}$ = {stable} (a run counts as diverged past ±{bound}).",
    },
    "minibatch.diverged.why": {
        "zh": "（w 或 b 超出了 ±{bound}）：它的路径和损失曲线画到前一步为止。ε = {lr}；整批梯度下降在这个损失上只有 ε < 2/$\\lambda_{{\\max}}$ = {stable} 时才稳定（$\\lambda_{{\\max}}$ 是损失最陡方向上的曲率，即Hessian 矩阵的最大特征值）。",
        "en": "(w or b passed ±{bound}): its path and loss curve are drawn up to the step before. ε = {lr}; full-batch gradient descent on this loss is stable only for ε < 2/$\\lambda_{{\\max}}$ = {stable} ($\\lambda_{{\\max}}$: the loss's curvature along its steepest direction, the largest eigenvalue of its Hessian).",
    },
    "minibatch.batch_why": {
        "zh": "ε = {lr} 在这个界以内，但每一步只看自己那一批的曲率，它可能更陡（B = 1 时就是单个样本的 1 + xᵢ²）：{items}。沿那个方向，ε 大于 2/λ 的一步会让偏差变大；这样的步子压过其余的步子时，运行就会发散，尽管整批梯度下降不会。",
        "en": "ε = {lr} is inside that bound, but each step sees only its own batch's curvature, which can be steeper (at B = 1 one example's 1 + xᵢ²): {items}. Along that direction a step with ε above 2/λ makes the error grow; where such steps outweigh the others, the run diverges though full-batch descent would not.",
    },
    "minibatch.batch_why_item": {
        "zh": "{name} 用到的最陡一批 λ = {lam}，只有 ε < 2/λ = {limit} 时稳定",
        "en": "the steepest batch {name} stepped on has λ = {lam}, stable only for ε < 2/λ = {limit}",
    },
    "minibatch.steps.stopped": {
        "zh": "{name}：每轮 {k} 步，本应共 {steps} 步，发散后只画到第 {last} 步",
        "en": "{name}: steps per epoch = {k}, {steps} steps set, drawn up to step {last} (it diverged)",
    },
    "minibatch.epoch_axis": {"zh": "训练轮数", "en": "epochs"},
    "minibatch.steps_per_epoch": {
        "zh": "{name}：每轮 {k} 步，共 {steps} 步",
        "en": "{name}: steps per epoch = {k}, {steps} steps in all",
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
    "minibatch.cloud.measured": {
        "zh": "{k} 个批量梯度偏离整批梯度的均方根（RMS）",
        "en": "RMS (root-mean-square) distance of {k} batch gradients from the full gradient",
    },
    "minibatch.cloud.theory": {"zh": "公式给出的值", "en": "the formula's value"},
    "minibatch.cloud.full_norm": {"zh": "整批梯度的长度", "en": "length of the full gradient"},
    "minibatch.cloud.note": {
        "zh": "$g_B$ 是一个批量的平均梯度，∇L 是全部数据的梯度；Σ 是单个样本梯度的协方差，tr Σ 是它的迹（对角线之和，即两个分量的方差之和）；(n − B)/(n − 1) 是无放回抽样的修正。",
        "en": "$g_B$ is one batch's mean gradient and ∇L the full-data gradient; Σ is the covariance of one example's gradient and tr Σ its trace (the sum of its diagonal: the two components' variances added); (n − B)/(n − 1) corrects for drawing without replacement.",
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
    # over a diamond that holds several runs' ends (pages/minibatch_noise/figures.py)
    "minibatch.sharp.stack": {"zh": "{n} 个终点", "en": "{n} ends"},
    "minibatch.sharp.left": {
        "zh": "{total} 次中有 {left} 次离开窄谷（终点离谷底 ({bx}, {by}) 超过 {reach}，即比山口离谷底还远）；终点在 x = {pass_x} 处山口右边（宽盆一侧）的有 {basin} 次。",
        "en": "{left} of {total} runs left the narrow valley (ended more than {reach} from its bottom at ({bx}, {by}), farther than the pass is); {basin} of them ended right of the pass at x = {pass_x}, on the wide basin's side.",
    },
    "minibatch.sharp.ends_outside": {
        "zh": "B = {b} 的终点（在图外，画在边框上）",
        "en": "where B = {b} ends (beyond the axes, drawn at the edge)",
    },
    "minibatch.sharp.outside": {
        "zh": "有 {out} 个终点在画出的范围之外（山口右边 {right} 个，左边 {left} 个），画在边框上（空心菱形；悬停或轻点可见实际坐标）。",
        "en": "End points beyond the axes: {out} ({right} right of the pass, {left} left of it), drawn at the edge (open diamonds; hover over or tap one for where it is).",
    },
    "minibatch.sharp.paths_out": {
        "zh": "画出的路径中有 {n} 条离开了画面，画面外的部分看不到。",
        "en": "Drawn paths that left the picture: {n}; their part beyond it is not shown.",
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
    # study steps (ui/study.py): the questions, their options and the why; the feedback
    # sentences are computed from the drawn data (steps.py, its LEDGER)
    "minibatch.step.epochs.title": {"zh": "同样的轮数", "en": "The same epochs"},
    "minibatch.step.epochs.question": {
        "zh": "三次运行都把 20 个样本各用 5 遍（5 轮），ε = 0.1：整批 B = 20、小批量 B = 5、随机 B = 1。哪一次最后离最小损失最近？",
        "en": "Three runs each use the 20 examples 5 times over (5 epochs), ε = 0.1: full batch B = 20, minibatch B = 5 and stochastic B = 1. Which ends closest to the least loss?",
    },
    "minibatch.step.epochs.opt.gd": {"zh": "整批 B = 20", "en": "full batch B = 20"},
    "minibatch.step.epochs.opt.mini": {"zh": "小批量 B = 5", "en": "minibatch B = 5"},
    "minibatch.step.epochs.opt.sgd": {"zh": "随机 B = 1", "en": "stochastic B = 1"},
    "minibatch.step.epochs.feedback": {
        "zh": "你选了“{answer}”。图中三条曲线最后的 L − L*：整批 {gd}，小批量 {mini}，随机 {sgd}；最低的是“{saw}”。",
        "en": "You picked “{answer}”. The drawn curves end at L − L* = {gd} (full batch), {mini} (minibatch) and {sgd} (stochastic); lowest is “{saw}”.",
    },
    "minibatch.step.epochs.why": {
        "zh": "一轮里整批梯度下降只走一步，小批量走 ⌊n/B⌋ 步（不够一批的余数不用），随机梯度下降走 n 步。每一步的梯度都是对真实梯度的估计，小批量的估计带噪声，但方向大体正确；在同样的计算量下，多走很多步带噪声的小步，通常比少走几步精确的大步离最小值更近。代价是最后在最小值附近抖动。",
        "en": "In one epoch full-batch descent takes one step, a minibatch run ⌊n/B⌋ steps (a remainder short of a batch is dropped) and stochastic descent n steps. Each step's gradient estimates the true one; a small batch's estimate is noisy but points roughly the right way, so for the same computation many noisy steps usually get closer than a few exact ones. The price is jitter around the minimum at the end.",
    },
    "minibatch.step.small.title": {"zh": "小批量离开窄谷", "en": "Small batches leave"},
    "minibatch.step.small.question": {
        "zh": "在有一个窄谷和一个宽盆的曲面上，从窄谷出发，用 B = 1 的噪声梯度（σ₁ = 4）跑 16 次，每次 300 步。有几次最后停在山口右边（宽盆一侧）？",
        "en": "On a surface with a narrow valley and a wide basin, 16 runs start in the narrow valley with B = 1 gradient noise (σ₁ = 4), 300 steps each. How many end right of the pass, on the wide basin's side?",
    },
    "minibatch.step.count.feedback": {
        "zh": "你估计 {answer} 次；B = {b} 的 {total} 个终点中有 {left} 个在 x = {pass_x} 处的山口右边：相差 {off}。",
        "en": "You said {answer}; {left} of the {total} drawn end points of B = {b} lie right of the pass at x = {pass_x}: {off} away.",
    },
    "minibatch.step.small.why": {
        "zh": "梯度噪声的标准差是 σ₁/√B，B = 1 时最大。窄谷的壁陡但窄，噪声的一次推动就可能把参数推过山口；宽盆平缓而宽阔，同样大小的推动离不开它。所以小批量的噪声倾向于把参数从窄的极小值带到宽的极小值。",
        "en": "The gradient noise has standard deviation σ₁/√B, largest at B = 1. The narrow valley is steep but small, so one noisy kick can push the weights over the pass; the wide basin is gentle and broad, and kicks of the same size do not get out of it. Small-batch noise therefore tends to carry the weights from narrow minima to wide ones.",
    },
    "minibatch.step.large.title": {"zh": "大批量留下", "en": "Large batches stay"},
    "minibatch.step.large.question": {
        "zh": "同样的 16 次运行，但批量 B = 16：有几次最后停在山口右边（宽盆一侧）？",
        "en": "The same 16 runs with batch B = 16: how many end right of the pass, on the wide basin's side?",
    },
    "minibatch.step.large.why": {
        "zh": "B = 16 时噪声只有 B = 1 时的 1/4（σ₁/√16）。这么小的推动不足以越过窄谷的山口，运行几乎按真实梯度走，停在出发的窄谷底部。讲义用这一点解释为什么小批量训练常常得到更平坦、泛化更好的极小值。",
        "en": "At B = 16 the noise is a quarter of B = 1's (σ₁/√16). Kicks that small cannot clear the narrow valley's pass, so the runs follow nearly the true gradient and settle at the bottom of the valley they started in. The notes use this to explain why small-batch training often finds flatter minima that generalise better.",
    },
}
