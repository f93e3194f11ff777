"""The weight-initialisation lesson's own strings, in 中文 and English."""

STRINGS: dict[str, dict[str, str]] = {
    "page.init.title": {"zh": "权重初始化", "en": "Weight initialisation"},
    "init.notice": {
        "zh": "6 层全连接网络，输入是标准正态分布。选择初始化方法和激活函数：直方图显示每层的激活值和反向传播的梯度，结论是根据它们各层标准差的变化算出来的（讲义 002）。",
        "en": "A 6-layer fully connected network fed standard-normal inputs. Choose an initialisation and an activation: the histograms show every layer's activations and back-propagated gradients, and the verdict is measured from how their spread changes through the network (note 002).",
    },
    "init.claim.verdict": {
        "zh": "按讲义对比表的标准（稳定：6 层中激活值和梯度的标准差各自变化不到 {band} 倍，且对 sigmoid 和 tanh，第 6 层落在平坦两端的激活值不超过 {limit}；ReLU 和 Leaky ReLU 对正的输入不饱和，没有平坦的两端）：{verdict}。",
        "en": "By the table's rule (stable: over the 6 layers the activations' spread and the gradient's each change less than ×{band}, and, for sigmoid and tanh, no more than {limit} of layer 6's activations sit in a flat end; ReLU and leaky ReLU do not saturate for positive inputs and have no flat ends): {verdict}.",
    },
    "init.claim.act.stable": {
        "zh": "激活值的标准差从第 1 层到第 6 层变化 {factor} 倍：{start} → {end}，在 {band} 倍以内。",
        "en": "The activations' spread changes by a factor of {factor} from layer 1 to layer 6 ({start} → {end}): within ×{band}.",
    },
    "init.claim.act.grows": {
        "zh": "激活值的标准差从第 1 层到第 6 层放大 {factor} 倍：{start} → {end}，达到 {band} 倍以上：激活值爆炸，后面的层数值失控。",
        "en": "The activations' spread grows ×{factor} from layer 1 to layer 6 ({start} → {end}): ×{band} or more, exploding: the later layers' values run away.",
    },
    "init.claim.act.shrinks": {
        "zh": "激活值的标准差从第 1 层到第 6 层缩小 {factor} 倍：{start} → {end}，达到 {band} 倍以上：激活值塌缩，后面的层几乎没有信号。",
        "en": "The activations' spread shrinks ×{factor} from layer 1 to layer 6 ({start} → {end}): ×{band} or more, collapsing: the later layers carry almost no signal.",
    },
    "init.claim.grad.stable": {
        "zh": "梯度从第 6 层传回第 1 层，标准差变化 {factor} 倍：{start} → {end}，在 {band} 倍以内。",
        "en": "The gradient's spread changes by a factor of {factor} from layer 6 back to layer 1 ({start} → {end}): within ×{band}.",
    },
    "init.claim.grad.grows": {
        "zh": "梯度从第 6 层传回第 1 层，标准差放大 {factor} 倍：{start} → {end}，达到 {band} 倍以上：梯度爆炸，前面的层会迈出巨大的步子。",
        "en": "The gradient's spread grows ×{factor} from layer 6 back to layer 1 ({start} → {end}): ×{band} or more, exploding gradients: the first layers would take huge steps.",
    },
    "init.claim.grad.shrinks": {
        "zh": "梯度从第 6 层传回第 1 层，标准差缩小 {factor} 倍：{start} → {end}，达到 {band} 倍以上：梯度消失，前面的层几乎学不动。",
        "en": "The gradient's spread shrinks ×{factor} from layer 6 back to layer 1 ({start} → {end}): ×{band} or more, vanishing gradients: the first layers barely learn.",
    },
    "init.claim.saturated": {
        "zh": "第 6 层有 {share} 的激活值挤在平坦的两端（{ends}），超过 {limit}：饱和。",
        "en": "{share} of layer 6's activations sit in the flat ends ({ends}), more than {limit}: saturated.",
    },
    "init.claim.saturated_gain": {
        "zh": "饱和，梯度却没有消失：梯度每往回传一层，要乘上权重，也要乘上激活函数的斜率 {slope}。{n} 个输入、标准差 {s} 的权重使梯度的标准差乘上 √{n} × {s} = {wgain}；第 2–{last} 层的斜率因为多数单元在平坦两端，均方根只有 {rms}，所以每层约乘上 {wgain} × {rms} = {gain}（图中实测：{steps} 层平均每层 ×{measured}）。权重越大，越能抵消平坦斜率的缩小。",
        "en": "Saturated, and yet the gradient does not vanish: each layer it passes back through multiplies it by the weights and by the activation's slope {slope}. Weights of spread {s} over {n} inputs multiply the gradient's spread by √{n} × {s} = {wgain}; most units sit on the flat ends, so the slope's root mean square over layers 2–{last} is only {rms}, and each layer multiplies the gradient's spread by about {wgain} × {rms} = {gain} (drawn: ×{measured} a layer on average over {steps} layers). The larger the weights, the more they make up for the flat slope.",
    },
    "init.claim.unsaturated": {
        "zh": "第 6 层有 {share} 的激活值落在平坦的两端（{ends}），不超过 {limit}：没有饱和。",
        "en": "{share} of layer 6's activations sit in the flat ends ({ends}), no more than {limit}: not saturated.",
    },
    "init.same_spread": {
        "zh": "这里每层 $n_{{in}} = n_{{out}}$ = {n}，所以这种初始化的权重标准差是 {std} = 1/√{n}，与{others}相同：它们的直方图几乎一样。",
        "en": "Here every layer has $n_{{in}} = n_{{out}}$ = {n}, so this initialisation's weights have spread {std} = 1/√{n}, the same as {others}: their histograms look almost the same.",
    },
    "init.or": {"zh": "、", "en": " and "},
    "init.ends.sigmoid": {"zh": "a < {lo} 或 a > {hi}", "en": "a below {lo} or above {hi}"},
    "init.ends.tanh": {"zh": "|a| > {hi}", "en": "|a| above {hi}"},
    "init.act.linear": {"zh": "无", "en": "none"},
    "init.setup": {
        "zh": "每层 100 个单元，1000 个标准正态输入；N(0, s) 中的 s 是标准差，与讲义一致。梯度是对一个平方损失关于各层激活值求的导数。",
        "en": "100 units per layer, 1000 standard-normal inputs; s in N(0, s) is the standard deviation, as in the note. Gradients are those of a squared loss with respect to each layer's activations.",
    },
    "init.layer": {"zh": "第 {k} 层", "en": "layer {k}"},
    "init.activations": {"zh": "激活值", "en": "activation"},
    "init.gradients": {"zh": "反向传播的梯度 ∂L/∂a", "en": "back-propagated gradient ∂L/∂a"},
    "init.std_act": {"zh": "激活值标准差", "en": "activation std"},
    "init.std_grad": {"zh": "梯度标准差", "en": "gradient std"},
    "init.verdict.symmetric": {
        "zh": "同一层的所有单元完全相同。第 {blocked} 层收不到梯度（上面一层的零权重把它挡住了：图中这几层的 ∂L/∂a 全为 0），只有第 {last} 层有；训练时第 {blocked} 层每层的单元得到完全相同的更新，永远彼此一样。",
        "en": "Every unit of a layer is identical. No gradient reaches layers {blocked} (the zero weights above each block it: their drawn ∂L/∂a is 0), only layer {last} gets one; in training the units of each of layers {blocked} get identical updates and stay copies of each other forever.",
    },
    "init.short.healthy": {"zh": "稳定", "en": "stable"},
    "init.short.saturated": {"zh": "饱和：分布成凹形", "en": "saturated: U-shaped"},
    "init.short.vanishing": {"zh": "激活值逐层向 0 收缩", "en": "activations shrink toward 0"},
    "init.short.exploding": {"zh": "激活值逐层放大", "en": "activations explode"},
    "init.short.grad_vanishing": {"zh": "梯度逐层消失", "en": "gradients vanish"},
    "init.short.grad_exploding": {"zh": "梯度逐层爆炸", "en": "gradients explode"},
    "init.short.symmetric": {"zh": "单元完全相同", "en": "units identical"},
    "init.short.learns": {"zh": "可以学习", "en": "learns"},
    "init.table.title": {
        "zh": "讲义的初始化对比表：用同一份代码实测",
        "en": "The note's comparison table, measured by the same code",
    },
    "init.table.id": {"zh": "编号", "en": "ID"},
    "init.table.depth": {"zh": "网络深度", "en": "depth"},
    "init.table.layers": {"zh": "{n} 层", "en": "{n}"},
    "init.table.note": {"zh": "讲义的说明", "en": "the note says"},
    "init.table.measured": {"zh": "本页实测", "en": "measured here"},
    "init.note.ok": {"zh": "可以 / 正确", "en": "works"},
    "init.note.wrong": {
        "zh": "错误，不能正确反向传播",
        "en": "wrong: cannot back-propagate properly",
    },
    "init.note.saturated": {
        "zh": "激活值分布成凹形，不利于反向传播",
        "en": "activations U-shaped, bad for back-propagation",
    },
    "init.note.vanishing": {
        "zh": "激活值分布偏向 0，不利于反向传播",
        "en": "activations skewed to 0, bad for back-propagation",
    },
    "init.table.caption": {
        "zh": "单层和双层的行训练一个 1-3-1 的小网络（或一个线性层）；多层的行用本页的 6 层网络统计，标准与本页的结论相同：6 层中激活值和梯度的标准差各自变化不到 {band} 倍、且（对 sigmoid 和 tanh）第 6 层落在平坦两端的激活值不超过 {limit} 为稳定（ReLU 和 Leaky ReLU 不饱和），否则按先后判为饱和、激活值收缩或放大、梯度消失或爆炸。",
        "en": "The one- and two-layer rows train a small 1-3-1 network (or one linear layer). The multi-layer rows use the 6-layer network's statistics with the same rule as the verdict: stable when, over the 6 layers, the activations' spread and the gradient's each change less than ×{band} and (for sigmoid and tanh; ReLU and leaky ReLU do not saturate) no more than {limit} of layer 6's activations sit in a flat end; otherwise, the first that applies of saturated, activations shrinking or exploding, gradients vanishing or exploding.",
    },
    "init.zero.title": {
        "zh": "零初始化：同一层的单元永远一样",
        "en": "Zero initialisation: the units of a layer stay identical",
    },
    "init.zero.loss": {"zh": "训练 2000 步后损失 {loss}", "en": "loss {loss} after 2000 steps"},
    "init.zero.caption": {
        "zh": "1 个输入、3 个 Sigmoid 隐藏单元、1 个输出，拟合一个“鼓包” y = exp(−4(x − 0.3)²)，梯度下降 2000 步（讲义 002 的打印输出）。零初始化时 W1、B1、W2 的 3 个值始终相同，网络等于只有一个隐藏单元，拟合不出鼓包；随机初始化可以。",
        "en": "1 input, 3 sigmoid hidden units, 1 output, fitting a bump y = exp(−4(x − 0.3)²) with 2000 steps of gradient descent (note 002's printout). From zero, the 3 values in W1, B1 and W2 stay equal: the network is as good as one hidden unit and cannot make the bump; from random weights it can.",
    },
    "ask.init.saturated": {
        "zh": "初始化：{init}；激活函数：{act}。最后一层有多大比例的单元落在激活函数的平坦两端（饱和）？",
        "en": "Initialisation {init}, activation {act}: what share of the last layer's units sit in the activation's flat ends (saturated)?",
    },
    "ask.init.gradient": {
        "zh": "初始化：{init}；激活函数：{act}。梯度的标准差从最后一层传回第一层，变了几个数量级？（log₁₀ 第一层标准差 / 最后一层标准差；负数表示变小）",
        "en": "Initialisation {init}, activation {act}: by how many powers of ten does the gradient's spread change from the last layer back to the first? (log₁₀ of the first layer's std over the last's; negative means it shrinks)",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "init.why": {
        "zh": "每一层把上一层的激活乘以权重再过激活函数，所以权重的尺度决定了信号在层间是变大还是变小。权重太小，激活值的标准差和梯度一层层缩小，最后几乎为零（梯度消失）；权重太大，sigmoid 和 tanh 的输入落到平坦的两端，激活堆在两端（饱和）：饱和单元的导数接近零，它们自己几乎学不动；但梯度往回传时既乘上这些很小的导数，也乘上很大的权重，整体是变小还是变大要看两者谁占上风（图旁的结论按画出的数据给出，例如 N(0, 1) 配 tanh 时梯度反而变大）。Xavier 初始化按层的输入输出宽度选方差 2/(nᵢₙ + nₒᵤₜ)，让方差在层间大致不变；ReLU 把一半输入置零，He 初始化把方差加倍到 2/nᵢₙ 来补偿。sigmoid 的斜率最大只有 1/4（在 0 处），所以梯度往回传时每经过一个 sigmoid，在乘上权重之前先至少缩小为 1/4：在让激活值标准差保持不变的 Xavier 尺度下，权重补不回来，梯度每层至少缩小 4 倍（这里是 4.1 倍）；He 的权重更大，补回一部分（每层缩小 3.1 倍），N(0, 1) 几乎全部补回（每层缩小 1.04 倍）；tanh 在 0 处的斜率是 1，所以 Xavier 适合 tanh 而不适合 sigmoid。全零初始化更糟：同一层的单元完全相同，梯度也相同，永远学不出不同的特征。",
        "en": "Each layer multiplies the previous activations by its weights and applies the activation function, so the weights' scale decides whether the signal grows or shrinks from layer to layer. Weights too small, and the activations' spread and the gradients shrink layer after layer to almost nothing (vanishing gradients); too large, and sigmoid and tanh inputs land on their flat ends, activations pile up there (saturation): a saturated unit's derivative is near zero, so it barely learns; but on its way back the gradient is multiplied both by those small derivatives and by the large weights, and which wins decides whether it shrinks or grows (the verdict beside the figure reads it from what is drawn: with N(0, 1) and tanh it grows). Xavier initialisation picks the variance 2/(nᵢₙ + nₒᵤₜ) from the layer's widths so the variance stays about the same across layers; ReLU zeroes half its inputs, and He initialisation doubles the variance to 2/nᵢₙ to make up for it. Sigmoid's slope is at most 1/4 (at 0), so on its way back the gradient is divided by at least 4 at every sigmoid before the weights multiply it: at Xavier's scale, which keeps the activations' spread, the weights do not make that up and the gradient through sigmoid shrinks by at least ×4 a layer (×4.1 here); He's larger weights make up some of it (×3.1 a layer), N(0, 1)'s nearly all (×1.04); tanh's slope at 0 is 1, which is why Xavier suits tanh and not sigmoid. Zero initialisation is worse still: every unit in a layer is identical, gets the same gradient, and never learns a different feature.",
    },
    # ---- study steps (steps.py) ---------------------------------------------------------------
    "init.step.ends.title": {"zh": "饱和", "en": "Saturation"},
    "init.step.ends.question": {
        "zh": "权重取 N(0, 1)，激活函数是 Sigmoid。第 6 层的激活值会落在哪里？",
        "en": "Weights drawn from N(0, 1), sigmoid activations. Where do layer 6's activations end up?",
    },
    "init.step.ends.opt.ends": {"zh": "堆在 0 和 1 两端", "en": "piled up near 0 and 1"},
    "init.step.ends.opt.middle": {"zh": "挤在 0.5 附近", "en": "bunched around 0.5"},
    "init.step.ends.opt.spread": {
        "zh": "在 0 到 1 之间均匀铺开",
        "en": "spread evenly from 0 to 1",
    },
    "init.step.ends.feedback": {
        "zh": "你选了“{picked}”。图中第 {layer} 层的直方图有 {share} 的激活值落在 0.05 以下或 0.95 以上。",
        "en": "You picked “{picked}”. In the figure, {share} of layer {layer}'s activations lie below 0.05 or above 0.95.",
    },
    "init.step.ends.grads": {
        "zh": "表中梯度的标准差从第 {top} 层反向传到第 1 层依次为 {path}：{n} 层共乘以 {ratio}，{n} 步中有 {down} 步比上一层小。",
        "en": "Back-propagated from layer {top} to layer 1, the table's gradient std goes {path}: ×{ratio} over {n} layers, smaller than the layer above at {down} of the {n} steps back.",
    },
    "init.step.ends.why": {
        "zh": "100 个输入、每个权重方差为 1，加权和的标准差约为 10，远远超出 Sigmoid 的弯曲区（大约 −4 到 4）。于是大多数单元被推到平坦的两端，那里导数几乎为零：这样的单元几乎传不回梯度，它的输入权重也几乎学不动。梯度每往回一层要乘 σ′ 再乘 Wᵀ：很小的导数和很大的权重（100 项相加，权重方差为 1）相互抵消，所以梯度的标准差往回一层是变小还是变大，要看表里的数，而不能想当然。问题出在权重的尺度，而不在网络本身。",
        "en": "With 100 inputs and weights of variance 1, a weighted sum has a spread of about 10, far wider than the sigmoid's curved part (roughly −4 to 4). Most units are pushed onto the flat ends, where the derivative is almost zero: such a unit passes almost no gradient back, and its incoming weights hardly learn. Each layer back, the gradient is multiplied by σ′ and then by Wᵀ: the tiny derivatives and the large weights (sums of 100 terms with weights of variance 1) pull against each other, so whether the gradient's std shrinks or grows from one layer to the next is read from the table, not assumed. The fault is the weights' scale, not the network.",
    },
    "init.step.he.title": {"zh": "He 初始化", "en": "He initialisation"},
    "init.step.he.question": {
        "zh": "换成 ReLU 和 He 初始化 W ~ N(0, √(2/nᵢₙ))。第 6 层激活值的标准差是第 1 层的几倍？",
        "en": "Now ReLU with He initialisation, W ~ N(0, √(2/nᵢₙ)). Layer 6's activation spread is how many times layer 1's?",
    },
    "init.step.he.feedback": {
        "zh": "你答 {answer}。表中第 1 层的标准差是 {first}，第 6 层是 {last}：{ratio} 倍。",
        "en": "You said {answer}. The table gives layer 1 a spread of {first} and layer 6 {last}: ×{ratio}.",
    },
    "init.step.he.why": {
        "zh": "ReLU 把大约一半的输入置零，所以每经过一层，信号的二阶矩减半。He 初始化把权重的方差取为 2/nᵢₙ，正好补上这一半：每层的方差乘以 nᵢₙ · (2/nᵢₙ) · ½ = 1，六层之后尺度基本不变。若只用 Xavier 的方差，每层都少一半，信号会逐层缩小。",
        "en": "ReLU sets about half of its inputs to zero, so each layer halves the signal's second moment. He initialisation sets the weights' variance to 2/nᵢₙ, which makes up exactly that half: each layer multiplies the variance by nᵢₙ · (2/nᵢₙ) · ½ = 1, so six layers later the scale has hardly moved. With Xavier's variance instead, each layer would lose half and the signal would shrink layer by layer.",
    },
    "init.step.zero.title": {"zh": "全零", "en": "All zeros"},
    "init.step.zero.question": {
        "zh": "所有权重都初始化为 0（Sigmoid）。第 3 层 100 个单元对 1000 个输入的激活值，直方图是什么样子？",
        "en": "Every weight starts at 0 (sigmoid). What does the histogram of layer 3's 100 units over the 1000 inputs look like?",
    },
    "init.step.zero.opt.one_value": {
        "zh": "只有一根柱子（全部相同）",
        "en": "a single bar (all the same)",
    },
    "init.step.zero.opt.bell": {"zh": "钟形", "en": "a bell"},
    "init.step.zero.opt.ends": {"zh": "堆在 0 和 1 两端", "en": "piled up near 0 and 1"},
    "init.step.zero.feedback": {
        "zh": "你选了“{picked}”。图中第 {layer} 层有 {share} 的激活值落在同一根柱子里，位于 {value}。",
        "en": "You picked “{picked}”. In the figure, {share} of layer {layer}'s activations fall in one bar, at {value}.",
    },
    "init.step.zero.why": {
        "zh": "权重全为 0 时，每个单元的加权和都是 0，Sigmoid 输出都是 0.5，与输入无关。同一层的单元输出相同，收到的梯度也相同，更新后依然相同：这种对称永远打不破，整层只相当于一个单元。随机初始化的作用首先就是打破对称。",
        "en": "With all weights at 0, every unit's weighted sum is 0 and every sigmoid outputs 0.5, whatever the input. Units of one layer give the same output, receive the same gradient and stay the same after each update: the symmetry never breaks, and a whole layer is worth one unit. Random initialisation is there first of all to break that symmetry.",
    },
    # what this page hides while a question is open (the generic notice spoke of "runs")
    "init.study_hidden": {
        "zh": "答题前，直方图、结论和表格先隐藏。",
        "en": "Until you answer, the histograms, the verdict and the table stay hidden.",
    },
}
