"""The regularisation-network lesson's strings in both languages."""

STRINGS: dict[str, dict[str, str]] = {
    "page.regnet.title": {"zh": "真实网络上的正则化", "en": "Regularisation on a real network"},
    "hp.l2": {"zh": "L2 系数 λ₂", "en": "L2 strength λ₂"},
    "hp.l1": {"zh": "L1 系数 λ₁", "en": "L1 strength λ₁"},
    "hp.drop": {"zh": "丢弃率 p", "en": "dropout rate p"},
    "regnet.view_weights": {"zh": "各层权重", "en": "Weights per layer"},
    "regnet.view_curves": {"zh": "训练与验证曲线", "en": "Training and validation"},
    "regnet.drop_not_drawn": {
        "zh": "这幅图只比较无正则、L2 和 L1 的权重；丢弃率 p 的效果见下表和“{curves}”视图。",
        "en": "This view compares the weights of no regularisation, L2 and L1; the dropout rate p shows in the table below and in the “{curves}” view.",
    },
    "regnet.none": {"zh": "无正则", "en": "none"},
    "regnet.l2": {"zh": "L2", "en": "L2"},
    "regnet.l1": {"zh": "L1", "en": "L1"},
    "regnet.dropout": {"zh": "丢弃法", "en": "dropout"},
    "regnet.layer": {"zh": "第 {k} 层", "en": "layer {k}"},
    "regnet.abs_w": {"zh": "|w|", "en": "|w|"},
    "regnet.abs_w.floor": {"zh": "（左端 ≤10⁻⁷）", "en": "(left end ≤10⁻⁷)"},
    "regnet.train": {"zh": "训练", "en": "training"},
    "regnet.valid": {"zh": "验证", "en": "validation"},
    "regnet.early_stop_mark": {"zh": "早停点", "en": "early stop"},
    "regnet.loss": {"zh": "交叉熵损失", "en": "cross-entropy loss"},
    "regnet.computing": {"zh": "正在训练四个网络……", "en": "Training four networks…"},
    "regnet.setup": {
        "zh": "scikit-learn 自带的 8×8 手写数字：300 张训练、400 张验证、1097 张测试；网络 64→16→16→16→10（ReLU，Xavier 初始化），小批量 SGD（批量 10，ε = 0.1）训练 4000 步，四种做法用相同的初始值和小批量。",
        "en": "scikit-learn's bundled 8×8 digits: 300 to train, 400 to validate, 1097 to test. Network 64→16→16→16→10 (ReLU, Xavier initialisation), minibatch SGD (batch 10, ε = 0.1) for 4000 steps; the four variants share the initial weights and the minibatches.",
    },
    "regnet.row.accuracy": {"zh": "测试准确率", "en": "test accuracy"},
    "regnet.row.total": {"zh": "权重总数", "en": "weights in all"},
    "regnet.row.small": {"zh": "小值权重（< 1e-2）", "en": "small weights (< 1e-2)"},
    "regnet.row.tiny": {"zh": "极小值权重（< 1e-5）", "en": "tiny weights (< 1e-5)"},
    "regnet.row.norm1": {"zh": "第 {k} 层 Norm1 = Σ|w|", "en": "layer {k} Norm1 = Σ|w|"},
    "regnet.row.norm2": {"zh": "第 {k} 层 Norm2 = √Σw²", "en": "layer {k} Norm2 = √Σw²"},
    "regnet.row": {"zh": "比较项", "en": "measure"},
    "regnet.small": {
        "zh": "L1 让 {total} 个权重中的 {l1} 个小于 10⁻²，L2 为 {l2} 个，无正则为 {none} 个。",
        "en": "L1 leaves {l1} of the {total} weights below 10⁻², L2 {l2}, no regularisation {none}.",
    },
    "regnet.norms": {
        "zh": "L1 的 Norm1 {l1}；L2 的 Norm2 {l2}。（Norm1 是一层权重绝对值之和 Σ|w|，L1 罚的就是它；Norm2 是一层权重平方和的平方根 √Σw²，L2 罚的是它的平方。）",
        "en": "L1 has the smallest Norm1 {l1}; L2 has the smallest Norm2 {l2}. (Norm1 is a layer's sum of absolute weights Σ|w|, what L1 penalises; Norm2 is the square root of its sum of squared weights √Σw², whose square L2 penalises.)",
    },
    "regnet.norms.l1_shrinks": {
        "zh": "L1 仍然让权重变小：它各层 Norm1 之和是 {l1}，无正则是 {none}；只是 L2 的更小（{l2}）。",
        "en": "L1 still shrinks its weights: its Norm1 summed over the layers is {l1}, against {none} without regularisation; L2's is smaller still ({l2}).",
    },
    "regnet.norms.some": {
        "zh": "在 {layers} 层中的 {n} 层（第 {which} 层）最小",
        "en": "in {n} of the {layers} layers (layers {which})",
    },
    "regnet.norms.all": {
        "zh": "在全部 {layers} 层（第 {which} 层）都最小",
        "en": "in all {layers} layers (layers {which})",
    },
    "regnet.norms.none": {
        "zh": "在 {layers} 层中没有一层最小",
        "en": "in none of the {layers} layers",
    },
    "regnet.tiny": {
        "zh": "低于 10⁻² 的 {small} 个 L1 权重中，只有 {tiny} 个（{share}）低于 10⁻⁵：次梯度 λ₁·sign(w) 让接近 0 的权重每步来回跳动约 ελ₁ = {jitter}，而不是恰好停在 0。",
        "en": "Of the {small} L1 weights below 10⁻², only {tiny} ({share}) fall below 10⁻⁵: the subgradient λ₁·sign(w) makes a weight near 0 jump by about ελ₁ = {jitter} each step rather than settle at exactly 0.",
    },
    "regnet.tiny_most": {
        "zh": "低于 10⁻² 的 {small} 个 L1 权重中，{tiny} 个（{share}，过半）低于 10⁻⁵，但仍不是恰好为 0：次梯度 λ₁·sign(w) 让接近 0 的权重每步来回跳动约 ελ₁ = {jitter}，而不是恰好停在 0。",
        "en": "Of the {small} L1 weights below 10⁻², {tiny} ({share}, most of them) fall below 10⁻⁵, yet not to exactly 0: the subgradient λ₁·sign(w) makes a weight near 0 jump by about ελ₁ = {jitter} each step rather than settle at exactly 0.",
    },
    "regnet.accuracy": {
        "zh": "测试准确率：无正则 {none}，L2 {l2}，L1 {l1}，丢弃法 {dropout}。",
        "en": "Test accuracy: none {none}, L2 {l2}, L1 {l1}, dropout {dropout}.",
    },
    "regnet.early_stop": {
        "zh": "无正则时验证损失在第 {step} 步最低（{best}）；到第 {end} 步升到 {end_valid}，而训练损失从 {train_then} 降到 {train_end}：它开始记住训练集。早停法保留第 {step} 步的权重。",
        "en": "Without regularisation the validation loss is lowest at step {step} ({best}); by step {end} it has risen to {end_valid} while the training loss fell from {train_then} to {train_end}: the network is memorising its training digits. Early stopping keeps the weights of step {step}.",
    },
    "regnet.early_stop_plain": {
        "zh": "无正则时验证损失在第 {step} 步最低（{best}），第 {end} 步为 {end_valid}：早停法保留第 {step} 步的权重。",
        "en": "Without regularisation the validation loss is lowest at step {step} ({best}) and {end_valid} at step {end}: early stopping keeps the weights of step {step}.",
    },
    "regnet.no_early_stop": {
        "zh": "无正则时验证损失一直降到第 {end} 步：这里不需要早停。",
        "en": "Without regularisation the validation loss falls all the way to step {end}: no early stop is needed here.",
    },
    "regnet.fit.lead": {
        "zh": "第 {end} 步时与无正则比（验证损失 {valid0}，差距 = 验证减训练损失 {gap0}，测试准确率 {acc0}）：",
        "en": "At step {end}, against no regularisation (validation loss {valid0}, gap = validation minus training loss {gap0}, test accuracy {acc0}): ",
    },
    "regnet.fit.name.l2": {"zh": "L2（λ₂ = {value}）", "en": "L2 (λ₂ = {value})"},
    "regnet.fit.name.l1": {"zh": "L1（λ₁ = {value}）", "en": "L1 (λ₁ = {value})"},
    "regnet.fit.name.dropout": {"zh": "丢弃率 p = {value}", "en": "dropout p = {value}"},
    "regnet.fit.same": {
        "zh": "{name} 就是无正则那次训练本身",
        "en": "{name} is the unregularised run itself",
    },
    "regnet.fit.gain": {
        "zh": "{name}：差距缩小到 {gap}，第 {end} 步的验证损失降到无正则的 {ratio} 倍（测试准确率 {acc}）",
        "en": "{name}: smaller gap ({gap}) and, at step {end}, validation loss {ratio}× the unregularised run's, lower (test accuracy {acc})",
    },
    "regnet.fit.gain.acc_falls": {
        "zh": "{name}：差距缩小到 {gap}，第 {end} 步的验证损失降到无正则的 {ratio} 倍，但测试准确率从 {acc0} 降到 {acc}",
        "en": "{name}: smaller gap ({gap}) and, at step {end}, validation loss {ratio}× the unregularised run's, lower, though test accuracy falls from {acc0} to {acc}",
    },
    "regnet.fit.above": {
        "zh": "，而一路上它的验证曲线在画出的 {points} 个点中有 {below} 个低于无正则、{above} 个高于无正则，高出的倍数最大是在第 {peak_step} 步（{peak} 对无正则的 {base}，{times} 倍）",
        "en": ", while on the way its drawn validation curve is below the unregularised one at {below} of {points} points and above it at {above}, by the largest multiple at step {peak_step} ({peak} against the unregularised run's {base}, {times}×)",
    },
    # the largest multiple at one drawn point far above both its neighbours: a spike, said so
    "regnet.fit.above.spike": {
        "zh": "，而一路上它的验证曲线在画出的 {points} 个点中有 {below} 个低于无正则、{above} 个高于无正则，高出的倍数最大是在第 {peak_step} 步的一个单点尖峰（{peak} 对无正则的 {base}，{times} 倍；它前后两个点只有 {before} 和 {after}）",
        "en": ", while on the way its drawn validation curve is below the unregularised one at {below} of {points} points and above it at {above}, by the largest multiple at step {peak_step}, a one-point spike ({peak} against the unregularised run's {base}, {times}×; its own points either side are {before} and {after})",
    },
    "regnet.fit.no_gain": {
        "zh": "{name}：差距更小（{gap}），但验证损失是无正则的 {ratio} 倍，更高，测试准确率 {acc}：没有收益",
        "en": "{name}: smaller gap ({gap}), but validation loss {ratio}× the unregularised run's, higher, and test accuracy {acc}: no gain",
    },
    "regnet.fit.underfits": {
        "zh": "{name}：差距更小（{gap}），但验证损失是无正则的 {ratio} 倍，测试准确率只有 {acc}：欠拟合",
        "en": "{name}: smaller gap ({gap}), but validation loss {ratio}× the unregularised run's and test accuracy {acc}: it underfits",
    },
    "regnet.fit.underfits.chance": {
        "zh": "{name}：差距更小（{gap}），但验证损失是无正则的 {ratio} 倍，测试准确率 {acc}，不比在 10 个数字里随便猜（约 0.1）好：它什么也没学到，欠拟合",
        "en": "{name}: smaller gap ({gap}), but validation loss {ratio}× the unregularised run's and test accuracy {acc}, no better than guessing among the 10 digits (about 0.1): it learnt nothing, it underfits",
    },
    "regnet.fit.underfit_rule": {
        "zh": "这里欠拟合的标准是：验证损失达到无正则的 {loss_rule} 倍或以上，或测试准确率低 {acc_rule} 或以上。",
        "en": " Underfitting, here, means a validation loss {loss_rule}× the unregularised run's or more, or a test accuracy {acc_rule} or more below it.",
    },
    "regnet.fit.wider": {
        "zh": "{name}：差距没有变小（{gap}），验证损失是无正则的 {ratio} 倍，测试准确率 {acc}",
        "en": "{name}: the gap is not smaller ({gap}); validation loss {ratio}× the unregularised run's, test accuracy {acc}",
    },
    "ask.regnet.accuracy": {
        "zh": "在 8×8 手写数字上训练，正则方式：{kind}。网络在测试集上答对多少？",
        "en": "Trained on the 8×8 digits with regularisation: {kind}. What share of the test digits does the network get right?",
    },
    "ask.regnet.small": {
        "zh": "用 L1 训练后，{total} 个权重中有多大比例小于 10⁻²？",
        "en": "After training with L1, what share of the {total} weights are below 10⁻² in size?",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "regnet.why": {
        "zh": "网络参数很多，能把训练集记得一清二楚，却在新样本上出错：这就是过拟合。L2 正则化每步把每个权重按比例拉向零，权重整体变小，网络更平滑；L1 对每个权重施加同样大小的拉力（它在零处不可导，用次梯度 sign(w)），把不重要的权重推向零：近端（proximal）步能把它们置为恰好为零，但本页用的普通次梯度步让零附近的权重每步跳动约 ελ₁，所以大多数只是变得很小，而不是恰好为 0。Dropout 在训练时每一步随机关掉一部分隐藏单元，并把留下的放大 1/(1−p)，相当于同时训练许多共享权重的子网络；每个单元不能依赖特定的同伴，学到的特征更稳健。测试时不丢弃任何单元，因为训练时的放大已经让期望输出一致。提前停止保留验证损失最低那一步的权重，不等它再回升。",
        "en": "A network has enough parameters to memorise its training set and still err on new examples: overfitting. L2 regularisation pulls every weight towards zero in proportion at each step, so the weights shrink together and the network becomes smoother; L1 pulls every weight with the same force (it has a kink at zero, where the subgradient sign(w) is used), pushing unimportant weights towards zero: a proximal step would set them to exactly zero, but the plain subgradient step used here makes a weight near zero jump by about ελ₁ each step, so most end up small rather than exactly 0. Dropout switches off a random share of the hidden units at every training step and scales the rest by 1/(1−p), like training many weight-sharing sub-networks at once; no unit can rely on particular partners, so the features it learns are more robust. At test time no unit is dropped, since the scaling in training already keeps the expected output the same. Early stopping keeps the weights of the step where the validation loss was lowest, before it rises again.",
    },
    # study steps (ui/study.py): the questions, their options and the why; the feedback
    # sentences are computed from the drawn data (steps.py, its LEDGER)
    "regnet.step.sparse.title": {"zh": "谁的权重最小", "en": "Whose weights are small"},
    "regnet.step.sparse.question": {
        "zh": "同一个网络在手写数字上训练三次：不加正则、加 L2、加 L1。训练后，哪一个网络中 |w| < 10⁻² 的权重最多？",
        "en": "The same network trained on the digits three times: without a penalty, with L2 and with L1. Afterwards, which network has the most weights with |w| < 10⁻²?",
    },
    "regnet.step.sparse.opt.none": {"zh": "无正则", "en": "no penalty"},
    "regnet.step.sparse.opt.l2": {"zh": "L2", "en": "L2"},
    "regnet.step.sparse.opt.l1": {"zh": "L1", "en": "L1"},
    "regnet.step.sparse.feedback": {
        "zh": "你选了“{answer}”。把图中各层直方图 10⁻² 以下的柱子加起来：无正则 {none} 个，L2 {l2} 个，L1 {l1} 个；最多的是 {saw}。",
        "en": "You picked “{answer}”. Adding up the drawn histograms' bars below 10⁻² over the layers: {none} weights without a penalty, {l2} with L2, {l1} with L1; most: {saw}.",
    },
    "regnet.step.sparse.why": {
        "zh": "L2 的梯度项是 λ₂W，与权重成正比：权重越小，拉力越小，所以权重只是整体变小，很少真正接近零。L1 的梯度项是 λ₁·sign(W)，不管权重多小，拉力都一样大，于是对损失帮助不大的权重被一路推到零附近。这就是 L1 得到稀疏网络的原因。",
        "en": "L2's gradient term is λ₂W, proportional to the weight: the smaller the weight, the weaker the pull, so weights shrink overall but seldom get near zero. L1's term is λ₁·sign(W), the same pull however small the weight, so weights that do little for the loss are pushed all the way to near zero. That is why L1 gives a sparse network.",
    },
    "regnet.step.stop.title": {"zh": "提前停止在哪", "en": "Where to stop early"},
    "regnet.step.stop.question": {
        "zh": "不加正则的网络训练 4000 步。它的验证损失在第几步最低？",
        "en": "The network without a penalty trains for 4000 steps. At which step is its validation loss lowest?",
    },
    "regnet.step.stop.feedback": {
        "zh": "你估计第 {answer} 步；图中无正则网络的验证损失在第 {step} 步最低（{best}），到第 {end} 步升到 {last}：相差 {off} 步。",
        "en": "You said step {answer}; the drawn validation loss of the network without a penalty is lowest at step {step} ({best}) and is {last} by step {end}: {off} steps away.",
    },
    "regnet.step.stop.why": {
        "zh": "训练集只有 300 张图，而网络有上千个权重，足以把它们记住。前一段训练学到的是能推广到新图的规律，验证损失随之下降；之后网络开始记住训练集里的个别样本，训练损失还在下降，验证损失却回升。提前停止就是保留验证损失最低时的参数。",
        "en": "The training set is only 300 images, and the network's thousand-odd weights are enough to memorise them. Early training learns patterns that carry over to new images, so the validation loss falls; later the network starts memorising individual training images, and while the training loss keeps falling the validation loss climbs. Early stopping keeps the weights from where the validation loss was lowest.",
    },
    "regnet.step.gap.title": {"zh": "谁的差距最小", "en": "The smallest gap"},
    "regnet.step.gap.question": {
        "zh": "训练结束时，四个网络中哪一个的验证损失与训练损失之差最小？",
        "en": "At the end of training, which of the four networks has the smallest gap between its validation and training loss?",
    },
    "regnet.step.gap.opt.none": {"zh": "无正则", "en": "no penalty"},
    "regnet.step.gap.opt.l2": {"zh": "L2", "en": "L2"},
    "regnet.step.gap.opt.l1": {"zh": "L1", "en": "L1"},
    "regnet.step.gap.opt.dropout": {"zh": "丢弃法", "en": "dropout"},
    "regnet.step.gap.feedback": {
        "zh": "你选了“{answer}”。第 {end} 步时图中验证损失减训练损失：{gaps}；最小的是 {saw}。",
        "en": "You picked “{answer}”. At step {end} the drawn validation loss minus training loss is {gaps}; smallest: {saw}.",
    },
    "regnet.step.gap.why": {
        "zh": "验证损失与训练损失之差衡量网络把训练集记住了多少。每种正则化都限制了网络记忆的能力：L2 和 L1 让权重保持小，丢弃法让每个神经元不能依赖特定的同伴。差距变小只有在验证损失本身没有变差时才算收获；否则只是欠拟合。",
        "en": "The gap between validation and training loss measures how much of the training set the network has memorised. Each regulariser limits that: L2 and L1 keep the weights small, dropout stops any unit relying on particular partners. A smaller gap is a gain only if the validation loss itself did not get worse; otherwise it is underfitting.",
    },
    "regnet.study_hidden": {
        "zh": "答题前，图中只画出坐标轴：各条曲线（或直方图）和旁边的结论先隐藏。",
        "en": "Until you answer, the figure shows only its axes: the curves (or histograms) and the sentences beside it stay hidden.",
    },
}
