"""The batch-normalisation lesson's own strings, in 中文 and English."""

STRINGS: dict[str, dict[str, str]] = {
    "page.bn.title": {"zh": "批归一化与输入归一化", "en": "Batch and input normalisation"},
    "bn.view_layers": {"zh": "各层激活", "en": "Activations per layer"},
    "bn.view_rates": {"zh": "学习率范围", "en": "Learning rates"},
    "bn.view_smoothness": {"zh": "沿梯度的地形", "en": "Along the gradient"},
    "bn.view_inputs": {"zh": "输入预处理", "en": "Input preprocessing"},
    "bn.probe_lr": {"zh": "探测时的学习率 ε", "en": "learning rate ε of the probed run"},
    "bn.plain": {"zh": "无 BN", "en": "without BN"},
    "bn.bn": {"zh": "有 BN", "en": "with BN"},
    "bn.layer": {"zh": "第 {k} 层", "en": "layer {k}"},
    "bn.activation": {"zh": "激活值", "en": "activation"},
    "bn.train_loss": {"zh": "训练损失", "en": "training loss"},
    "bn.loss_band": {"zh": "损失带 L(θ − s g)", "en": "loss band L(θ − s g)"},
    "bn.predictiveness": {
        "zh": "梯度可预测性<br>‖∇L(θ − s g) − g‖",
        "en": "gradient predictiveness<br>‖∇L(θ − s g) − g‖",
    },
    "bn.beta": {"zh": "有效 β-光滑度", "en": "effective β-smoothness"},
    "bn.raw": {"zh": "原始像素", "en": "raw pixels"},
    "bn.centred": {"zh": "零中心化", "en": "zero-centred"},
    "bn.unit": {"zh": "单元标准化", "en": "unit-normalised"},
    "bn.computing": {"zh": "正在训练……", "en": "Training…"},
    "bn.setup": {
        "zh": "与初始化一课类似的网络：{hidden} 个隐藏层、每层 {width} 个单元（直方图画的就是这 {hidden} 层），再加一个输出层（不画）。激活直方图用 1000 个 N(0,1) 输入；训练用 scikit-learn 自带的 700 张 8×8 手写数字（SGD，批量 32，200 步）。BN 用所给批次自身的统计量（探测时为固定的 128 个样本）。",
        "en": "A network like the initialisation lesson's: {hidden} hidden layers of {width} units (the histograms draw these {hidden}) and an output layer (not drawn). Histograms from 1000 N(0,1) inputs; training on 700 of scikit-learn's bundled 8×8 digits (SGD, batch 32, 200 steps). BN uses the statistics of the batch it is given (for the probes, a fixed minibatch of 128).",
    },
    "bn.layers": {"zh": "无 BN：{plain}；有 BN：{bn}。", "en": "Without BN {plain}; with BN {bn}."},
    "bn.layers.spread": {
        "zh": "各层激活的标准差从 {s0} 到 {s1}{band}，最后一层 {sat} 落在饱和区",
        "en": "the layers' spread goes from {s0} to {s1}{band} and {sat} of the last layer sits in a flat end",
    },
    "bn.layers.spread.open": {
        "zh": "各层激活的标准差从 {s0} 到 {s1}{band}",
        "en": "the layers' spread goes from {s0} to {s1}{band}",
    },
    "bn.layers.no_flat": {
        "zh": "{act} 不会饱和：输入为正时它无界增长，没有平坦的饱和端，所以这里不数饱和的比例。",
        "en": "{act} does not saturate: it grows without bound for positive inputs, so it has no flat end and no saturated share is counted here.",
    },
    "bn.layers.band": {
        "zh": "（标准差最大的第 {kmax} 层是最小的第 {kmin} 层的 ×{band}）",
        "en": " (the widest layer, layer {kmax}, has ×{band} the spread of the narrowest, layer {kmin})",
    },
    "bn.layers.some_same": {
        "zh": "（有一层的激活值全部相同，标准差为 0）",
        "en": " (in one layer every activation is the same: spread 0)",
    },
    "bn.layers.same": {
        "zh": "每个激活值都相同，每层的标准差都是 0",
        "en": "every activation is the same: spread 0 in every layer",
    },
    "bn.rates": {
        "zh": "{steps} 步后训练损失低于初始值 {share} 的最大学习率：{plain}；{bn}。",
        "en": "The largest learning rate whose training loss ends below {share} of where it started after {steps} steps: {plain}; {bn}.",
    },
    "bn.rates.blew_up": {
        "zh": "{name} 的网络，每个试过的学习率的训练损失到第 {step} 步都已溢出（NaN 或 ∞，不是有限值）：它的曲线只画到溢出之前，只剩一个有限点的画成圆点。",
        "en": "For the network {name}, every rate's training loss has overflowed (NaN or ∞, not finite) by step {step}: its curves stop before that, and a run with a single finite point is drawn as a dot.",
    },
    "bn.rate.found": {"zh": "{name} 为 {rate}", "en": "{rate} {name}"},
    "bn.rate.top": {
        "zh": "{name} 至少为 {rate}（试过的最大学习率，它仍能训练）",
        "en": "at least {rate} {name} (the largest rate tried, and it still trains)",
    },
    "bn.rate.none": {
        "zh": "{name} 时试过的学习率（{tried}）没有一个能做到",
        "en": "no rate tried trains {name} (tried: {tried})",
    },
    "bn.smoothness": {
        "zh": "ε = {lr} 训练过程中，有效 β-光滑度（在所探测的各个步长 s 上 ‖∇L(θ − s g) − g‖ / (s‖g‖) 的最大值，即梯度沿这一步变化多快，越小越平滑）的中位数：无 BN {beta_p}，有 BN {beta_b}；损失带（这些 s 上 L(θ − s g) 从最小到最大的范围，即损失沿这一步变化多大）在两者都有限的 {n} 次探测中有 {narrower} 次是 BN 的更窄。{verdict}",
        "en": "Training with ε = {lr}, the median effective β-smoothness (the largest ‖∇L(θ − s g) − g‖ / (s‖g‖) over the step sizes s probed: how fast the gradient changes along the step, smaller is smoother) is {beta_p} without BN and {beta_b} with BN; BN's loss band (the range of L(θ − s g) over those s: how much the loss changes along the step) is the narrower one at {narrower} of the {n} probes where both are finite. {verdict}",
    },
    "bn.smooth.agree.bn": {
        "zh": "两种量都说明：有 BN 时沿梯度的地形更平滑。",
        "en": "Both measures say the same: with BN the landscape along the gradient is smoother.",
    },
    "bn.smooth.agree.plain": {
        "zh": "两种量都说明：这里有 BN 时沿梯度的地形并不更平滑。",
        "en": "Both measures say the same: here BN does not make the landscape along the gradient smoother.",
    },
    "bn.smooth.disagree": {
        "zh": "这里两种量结论相反：按 β-光滑度（梯度沿这一步变化多快），{beta} 更平滑；按损失带（损失沿这一步变化多大），{band} 更平滑。",
        "en": "Here the two measures disagree: by β-smoothness (how fast the gradient changes along the step) the run {beta} is smoother; by the loss band (how much the loss changes along the step) the run {band} is.",
    },
    "bn.smoothness.one_diverged": {
        "zh": "ε = {lr} 训练时，{dead} 的每次探测都已发散（损失不是有限值），所以两者的损失带（所探测步长 s 上 L(θ − s g) 的范围）无法比较；{alive} 的有效 β-光滑度（这些 s 上 ‖∇L(θ − s g) − g‖ / (s‖g‖) 的最大值）中位数为 {beta}。",
        "en": "Training with ε = {lr}, every probe {dead} diverged (the loss is not finite), so the loss bands (the range of L(θ − s g) over the step sizes s probed) cannot be compared; {alive} the median effective β-smoothness (the largest ‖∇L(θ − s g) − g‖ / (s‖g‖) over those s) is {beta}.",
    },
    "bn.smoothness.both_diverged": {
        "zh": "ε = {lr} 训练时，无 BN 和有 BN 的每次探测都已发散（损失不是有限值），没有可比较的数。",
        "en": "Training with ε = {lr}, every probe diverged both without and with BN (the loss is not finite): there is nothing to compare.",
    },
    "bn.diverged": {
        "zh": "{name} 的训练到第 {step} 步已发散：此后的探测不计入。",
        "en": "The run {name} had blown up by step {step}: the probes from there on are left out.",
    },
    "bn.blew_up": {
        "zh": "从第 {step} 步起发散（NaN 或 ∞，不是有限值）",
        "en": "not finite from step {step} on (NaN or ∞, it blew up)",
    },
    "bn.inputs": {
        "zh": "无 BN、ε = {lr} 训练 {steps} 步后的训练损失：原始像素 {raw}，零中心化 {centred}，单元标准化 {unit}。",
        "en": "Without BN, after {steps} steps with ε = {lr} the training loss from raw pixels is {raw}, zero-centred {centred} and unit-normalised {unit}.",
    },
    # no run learns (Xavier + sigmoid: 2.31, 2.31, 2.31 read as "preprocessing does not matter")
    "bn.inputs_none_learn": {
        "zh": "三者在这些步里都没有学到东西：每条曲线的结尾都与它第 0 步的损失（{starts}）相差不到 5%。",
        "en": "None of the three learns in these steps: each curve ends within 5 % of its loss at step 0 ({starts}).",
    },
    "ask.bn.saturated": {
        "zh": "初始化：{init}；激活函数：{act}；{which}。最后一层有多大比例的激活值落在平坦两端（饱和）？",
        "en": "Initialisation {init}, activation {act}, {which}: what share of the last layer's activations sit in the flat ends (saturated)?",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "bn.why": {
        "zh": "批归一化在每层把一个小批量的激活减去均值、除以标准差，使每个单元的输入保持零均值、单位方差，不管前面的层怎样变化，除非批里所有值都相同（零初始化）：那时标准差仍是 0；这样输入不会随前面各层的变化越漂越远，落在 sigmoid 或 tanh 平坦两端的比例有上限，但不一定比没有 BN 时少（本页两种都量：例如 Xavier 配 tanh 时，无 BN 的最后一层几乎没有饱和，有 BN 反而多一些）。只归一化会限制网络的表达力，所以再乘可学习的 γ、加可学习的 β：网络可以自己选每个单元需要的尺度和位置，必要时甚至恢复原来的激活。训练时用当前批的统计量；测试时没有“批”可用，改用训练中累积的均值和方差的滑动平均，每个样本的输出因此是确定的。Santurkar 等人测得 BN 通常让损失和梯度沿一步变化得更慢（β-光滑度更小、损失带更窄），这是它能用更大学习率的一个解释；本页两种量都测，在某些设置下它们的结论并不一致。",
        "en": "Batch normalisation subtracts a minibatch's mean from each layer's activations and divides by their standard deviation, so every unit's input keeps zero mean and unit variance whatever the earlier layers do, unless every value in the batch is the same (zero initialisation): then its spread stays 0; so an input cannot drift ever further out as the earlier layers change, and the share in a sigmoid's or tanh's flat ends stays bounded, though not always below the share without BN (the page measures both: with Xavier and tanh the last layer without BN has almost none saturated, with BN a few more). Normalising alone would limit what the network can express, so a learned γ multiplies and a learned β is added: the network chooses each unit's scale and offset, and can even undo the normalisation. Training uses the batch's statistics; at test time there is no batch to use, so running averages of the mean and variance gathered in training take their place and each example's output is fixed. Santurkar et al. found that BN usually makes the loss and gradient change more slowly along a step (smaller β-smoothness, a narrower loss band), one account of why larger learning rates work with it; this page measures both, and at some settings the two disagree.",
    },
    # ---- study steps (steps.py) ---------------------------------------------------------------
    "bn.step.elsewhere": {
        "zh": "这一步的答案要在“{view}”视图里看：切换回去即可。",
        "en": "This step's answer is read from the “{view}” view: switch back to it.",
    },
    "bn.step.layers.title": {"zh": "BN 与饱和", "en": "BN and saturation"},
    "bn.step.layers.question": {
        "zh": "权重取 N(0, 1)、激活函数是 Sigmoid 时，没有 BN 的网络最后一个隐藏层约有三分之二落在平坦的两端。在每个 Sigmoid 前加上 BN，这一层落在两端（低于 0.05 或高于 0.95）的比例是多少（%）？",
        "en": "With N(0, 1) weights and sigmoid units, about two thirds of the last hidden layer sit in the flat ends without BN. With BN before every sigmoid, what share (%) of that layer lies in the flat ends (below 0.05 or above 0.95)?",
    },
    "bn.step.layers.feedback": {
        "zh": "你答 {answer}。图中第 {layer} 层落在两端的比例：无 BN 为 {plain}，有 BN 为 {bn}。",
        "en": "You said {answer}. In the figure, the share of layer {layer} in the flat ends is {plain} without BN and {bn} with BN.",
    },
    "bn.step.layers.why": {
        "zh": "BN 在进入 Sigmoid 之前，先把每个单元在一个小批量上的值减去均值、除以标准差，于是输入落在 0 附近、尺度约为 1，正好是 Sigmoid 弯曲、导数大的区域。权重再大，这一步也把它拉回来，所以饱和消失了。γ 和 β 是可学习的缩放和平移：如果网络真的需要偏离这个区域，它可以自己学回去。",
        "en": "Before the sigmoid, BN takes each unit's values over a minibatch, subtracts their mean and divides by their spread, so the inputs sit near 0 with a scale of about 1: the sigmoid's curved part, where its derivative is large. However large the weights, this pulls them back, and the saturation is gone. γ and β are a learned scale and shift: if the network does need to leave that region, it can learn its way back.",
    },
    "bn.step.rates.title": {"zh": "大学习率", "en": "A large learning rate"},
    "bn.step.rates.question": {
        "zh": "学习率 ε = 3 训练 200 步，哪个网络的训练损失还能下降？",
        "en": "With learning rate ε = 3 for 200 steps, which network's training loss still goes down?",
    },
    "bn.step.rates.opt.both": {"zh": "两个都能", "en": "both"},
    "bn.step.rates.opt.bn_only": {"zh": "只有加了 BN 的", "en": "only the one with BN"},
    "bn.step.rates.opt.plain_only": {"zh": "只有没加 BN 的", "en": "only the one without BN"},
    "bn.step.rates.opt.neither": {"zh": "两个都不能", "en": "neither"},
    "bn.step.rates.feedback": {
        "zh": "你选了“{picked}”。图中 ε = {lr} 时，无 BN 的损失从 {plain0} 变到 {plain1}，有 BN 的从 {bn0} 变到 {bn1}。",
        "en": "You picked “{picked}”. In the figure at ε = {lr}, the loss without BN goes from {plain0} to {plain1} and with BN from {bn0} to {bn1}.",
    },
    "bn.step.rates.why": {
        "zh": "没有 BN 时，某一层权重的一次大更新会改变后面所有层输入的尺度，大步长很快让激活跑到饱和区或让损失振荡上升。BN 每步都把各层的输入重新拉回均值 0、方差 1，单元的输出对本层权重的整体缩放不再敏感，损失沿梯度方向也更平滑，所以能承受大得多的学习率。",
        "en": "Without BN, one large update to a layer's weights changes the scale of every later layer's inputs, and a large step soon drives the activations into saturation or makes the loss swing upwards. BN brings every layer's inputs back to mean 0 and variance 1 at each step: a unit's output no longer cares how its layer's weights are scaled overall, and the loss along the gradient is smoother, so a much larger learning rate can be used.",
    },
    "bn.step.inputs.title": {"zh": "输入的预处理", "en": "Preparing the inputs"},
    "bn.step.inputs.question": {
        "zh": "不加 BN，学习率 0.1，训练 200 步。输入用原始像素、零中心化、还是单元标准化，哪个训练损失最低？",
        "en": "Without BN, learning rate 0.1, 200 steps. Raw pixels, zero-centred or unit-normalised inputs: which ends with the lowest training loss?",
    },
    "bn.step.inputs.opt.raw": {"zh": "原始像素", "en": "raw pixels"},
    "bn.step.inputs.opt.centred": {"zh": "零中心化", "en": "zero-centred"},
    "bn.step.inputs.opt.unit": {"zh": "单元标准化", "en": "unit-normalised"},
    "bn.step.inputs.feedback": {
        "zh": "你选了“{picked}”。图中最后的训练损失：原始像素 {raw}，零中心化 {centred}，单元标准化 {unit}；最低的是“{best}”。",
        "en": "You picked “{picked}”. In the figure the last training losses are {raw} from raw pixels, {centred} zero-centred and {unit} unit-normalised, the lowest “{best}”.",
    },
    "bn.step.inputs.why": {
        "zh": "像素值全为正时，第一层一个单元的所有权重梯度同号，只能一起变大或一起变小，走成锯齿；减去均值后这个偏置消失，梯度方向自由得多，这是最大的收益。再把每个像素除以它的标准差，会把几乎不变的像素（比如边缘）也放大到同样的尺度，因此能否再有提升取决于数据：图中的曲线给出了这里的答案。BN 把同样的处理搬到了每一个隐藏层。",
        "en": "When every pixel is positive, the gradients of all of a first-layer unit's weights share one sign, so they can only grow or shrink together and the path zig-zags; subtracting the mean removes that bias and frees the gradient's direction, which is the main gain. Dividing each pixel by its spread also blows up pixels that hardly change (the border, say) to the same scale, so whether it helps further depends on the data: the curves give the answer here. BN takes the same treatment to every hidden layer.",
    },
    "bn.start": {
        "zh": "两个网络从同一组权重出发，画出的第一个损失却不同（无 BN {plain}，有 BN {bn}）：BN 把每个隐藏层的输入归一化为均值 0、标准差 1，于是最后一个隐藏层交给输出层的值的标准差不同（在 700 张训练用的手写数字上：无 BN {hp}，有 BN {hb}；“{view}”视图的直方图用的是 1000 个 N(0,1) 输入，所以那里的标准差是另一组数），初始 logits 的标准差也不同（{lp} 与 {lb}）；随机的 logits 越分散，初始交叉熵越大。",
        "en": "Both networks start from the same weights, yet their first drawn losses differ ({plain} without BN, {bn} with BN): BN normalises every hidden layer's input to mean 0 and spread 1, so the last hidden layer hands the output layer values of another spread (on the 700 training digits: {hp} without BN, {hb} with; the “{view}” histograms use 1000 N(0,1) inputs, so their spreads are other numbers), and the initial logits' spread differs too ({lp} and {lb}); the more spread out the random logits, the higher the starting cross-entropy.",
    },
    "bn.start.other": {
        "zh": "两个网络从同一组权重出发，画出的第一个损失却不同（无 BN {plain}，有 BN {bn}）：BN 把每个隐藏层的输入归一化为均值 0、标准差 1，于是最后一个隐藏层交给输出层的值的标准差不同（在 700 张训练用的手写数字上：无 BN {hp}，有 BN {hb}；“{view}”视图的直方图用的是 1000 个 N(0,1) 输入，所以那里的标准差是另一组数），初始 logits 的标准差也不同（{lp} 与 {lb}）。",
        "en": "Both networks start from the same weights, yet their first drawn losses differ ({plain} without BN, {bn} with BN): BN normalises every hidden layer's input to mean 0 and spread 1, so the last hidden layer hands the output layer values of another spread (on the 700 training digits: {hp} without BN, {hb} with; the “{view}” histograms use 1000 N(0,1) inputs, so their spreads are other numbers), and the initial logits' spread differs too ({lp} and {lb}).",
    },
    "bn.start.same": {
        "zh": "两个网络从同一组权重出发，第一个损失相同（{loss}）。",
        "en": "Both networks start from the same weights and at the same loss ({loss}).",
    },
}
