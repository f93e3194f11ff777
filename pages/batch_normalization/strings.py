"""The batch-normalisation lesson's own strings, in 中文 and English."""

STRINGS: dict[str, dict[str, str]] = {
    "page.bn.title": {"zh": "批标准化与输入标准化", "en": "Batch and input normalisation"},
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
        "zh": "梯度可预测性 ‖∇L(θ − s g) − g‖",
        "en": "gradient predictiveness ‖∇L(θ − s g) − g‖",
    },
    "bn.beta": {"zh": "有效 β-光滑度", "en": "effective β-smoothness"},
    "bn.raw": {"zh": "原始像素", "en": "raw pixels"},
    "bn.centred": {"zh": "零中心化", "en": "zero-centred"},
    "bn.unit": {"zh": "单元标准化", "en": "unit-normalised"},
    "bn.computing": {"zh": "正在训练……", "en": "Training…"},
    "bn.no_rate": {"zh": "没有", "en": "none of them"},
    "bn.setup": {
        "zh": "与初始化一课类似的网络：{hidden} 个隐藏层、每层 {width} 个单元（直方图画的就是这 {hidden} 层），再加一个输出层（不画）。激活直方图用 1000 个 N(0,1) 输入；训练用 scikit-learn 自带的 700 张 8×8 手写数字（SGD，批量 32，200 步）。BN 用所给批次自身的统计量（探测时为固定的 128 个样本）。",
        "en": "A network like the initialisation lesson's: {hidden} hidden layers of {width} units (the histograms draw these {hidden}) and an output layer (not drawn). Histograms from 1000 N(0,1) inputs; training on 700 of scikit-learn's bundled 8×8 digits (SGD, batch 32, 200 steps). BN uses the statistics of the batch it is given (for the probes, a fixed minibatch of 128).",
    },
    "bn.layers": {
        "zh": "无 BN：各层激活的标准差从 {p0} 到 {p1}（层间最多相差 ×{pband}），最后一层 {psat} 落在饱和区；有 BN：从 {b0} 到 {b1}（×{bband}），饱和 {bsat}。",
        "en": "Without BN the layers' spread goes from {p0} to {p1} (×{pband} between layers) and {psat} of the last layer sits in a flat end; with BN from {b0} to {b1} (×{bband}), {bsat} in a flat end.",
    },
    "bn.rates": {
        "zh": "{steps} 步后训练损失低于初始值 {share} 的最大学习率：无 BN 为 {plain}，有 BN 为 {bn}。",
        "en": "The largest learning rate whose training loss ends below {share} of where it started after {steps} steps: {plain} without BN, {bn} with BN.",
    },
    "bn.smoothness": {
        "zh": "ε = {lr} 训练过程中，有效 β-光滑度的中位数：无 BN {beta_p}，有 BN {beta_b}；在两者都有限的 {n} 次探测中有 {narrower} 次 BN 的损失带更窄。",
        "en": "Training with ε = {lr}, the median effective β-smoothness is {beta_p} without BN and {beta_b} with BN; BN's loss band is the narrower one at {narrower} of the {n} probes where both are finite.",
    },
    "bn.diverged": {
        "zh": "{name}的训练到第 {step} 步已发散：此后的探测不计入。",
        "en": "The run {name} had blown up by step {step}: the probes from there on are left out.",
    },
    "bn.blew_up": {"zh": "发散（不是有限值）", "en": "not finite (it blew up)"},
    "bn.inputs": {
        "zh": "无 BN、ε = {lr} 训练 {steps} 步后的训练损失：原始像素 {raw}，零中心化 {centred}，单元标准化 {unit}。",
        "en": "Without BN, after {steps} steps with ε = {lr} the training loss is {raw} from raw pixels, {centred} zero-centred and {unit} unit-normalised.",
    },
    "ask.bn.saturated": {
        "zh": "初始化：{init}；激活函数：{act}；{which}。最后一层有多大比例的激活值落在平坦两端（饱和）？",
        "en": "Initialisation {init}, activation {act}, {which}: what share of the last layer's activations sit in the flat ends (saturated)?",
    },
}
