"""The network-landscape lesson's strings in 中文 and English: the catalog entries only it uses."""

STRINGS: dict[str, dict[str, str]] = {
    "page.netland.title": {"zh": "真实网络的损失曲面", "en": "A real network's loss landscape"},
    "netland.notice": {
        "zh": "一个真的小网络（约 1400 个参数）在“双月”数据上训练。它的损失曲面无法整体画出，只能沿两个方向切一刀：随机方向（按滤波器归一化，Li 等 2018）或训练轨迹的两个主成分方向。表中“{without}”和“{with_}”两行比较两者训练终点的最大曲率（尖锐程度）（讲义 004）。",
        "en": "A real small network (about 1,400 parameters) trained on a two-moons dataset. Its loss landscape cannot be drawn whole, only sliced along two directions: random ones (filter-normalised, Li et al. 2018) or the two principal directions of the training trajectory. The table's rows “{without}” and “{with_}” compare the largest curvature (sharpness) at the end of training (note 004).",
    },
    "netland.residual": {
        "zh": "残差连接",
        "en": "residual connections",
    },
    "netland.span": {"zh": "切片范围 ±", "en": "slice range ±"},
    "netland.setup": {
        "zh": "网络：{arch}（共 {hidden} 个 {width} 单元的 tanh 隐藏层），交叉熵损失，200 个生成的点（固定种子），Xavier 初始化。d₁、d₂ 的每个单元的入权重被缩放到 θ* 中对应单元的范数，偏置不动。",
        "en": "Network: {arch} ({hidden} hidden tanh layers of {width} units in all), cross-entropy, 200 generated points (fixed seed), Xavier initialisation. Each unit's incoming weights in d₁, d₂ are scaled to the norm of that unit's weights in θ*; biases stay put.",
    },
    "netland.setup.pca": {
        "zh": "网络：{arch}（共 {hidden} 个 {width} 单元的 tanh 隐藏层），交叉熵损失，200 个生成的点（固定种子），Xavier 初始化。d₁、d₂ 是训练轨迹上各点相对终点的偏移 θₖ − θ*（k = 0 … T）的前两个主方向（奇异值分解，不减均值），长度为 1；坐标轴上的百分比是这些偏移的平方和中落在该方向上的份额。画出的是这两个方向张成的、过 θ* 的平面，范围是轨迹最大坐标的 ±1.25 倍；轨迹是每一步在这个平面上的投影。图中的 ○ 标出训练开始的地方 θ₀（随机方向视图中的 ○ 则是 θ*），轨迹终止于 θ*，即 (0, 0)。",
        "en": "Network: {arch} ({hidden} hidden tanh layers of {width} units in all), cross-entropy, 200 generated points (fixed seed), Xavier initialisation. d₁, d₂ are the top two principal directions (singular value decomposition, no mean removed) of the training path's offsets from its end, θₖ − θ* for k = 0 … T, each of length 1; an axis's percentage is the share of those offsets' sum of squares along it. Drawn is the plane through θ* they span, out to ±1.25 × the path's largest coordinate; the path is each step projected onto it. Here ○ marks where training started, θ₀ (in the random-directions view ○ is θ*); the path ends at θ*, (0, 0).",
    },
    "netland.computing": {
        "zh": "训练网络并计算 {n} 个格点的损失……",
        "en": "Training the network and evaluating {n} grid points…",
    },
    "netland.accuracy": {"zh": "训练准确率", "en": "training accuracy"},
    "netland.final_loss": {"zh": "最终损失", "en": "final loss"},
    "netland.sharpness": {"zh": "尖锐程度", "en": "sharpness"},
    "netland.sharpness_full": {"zh": "尖锐程度 λₘₐₓ(H)", "en": "sharpness λₘₐₓ(H)"},
    "netland.sharpness_help": {
        "zh": "Hessian 的最大特征值 λₘₐₓ(H)，在训练终点 θ* 处只用 Hessian 与向量的乘积反复迭代求得（估计值 θ 满足 ‖Hy − θy‖ ≤ 0.001·θ 时停止），不必写出整个 Hessian。越大，谷越窄越陡。",
        "en": "The Hessian's largest eigenvalue λₘₐₓ(H) at the end of training θ*, found by repeatedly multiplying the Hessian by a vector, never writing the whole Hessian out (it stops once the estimate θ has ‖Hy − θy‖ ≤ 0.001·θ). The larger it is, the narrower and steeper the valley.",
    },
    "netland.params": {"zh": "参数个数", "en": "parameters"},
    "netland.tab_random": {"zh": "随机方向", "en": "Random directions"},
    "netland.tab_pca": {"zh": "训练轨迹（PCA 方向）", "en": "Training path (PCA directions)"},
    "netland.theta_star": {"zh": "训练终点 θ*", "en": "end of training θ*"},
    "netland.pc": {
        "zh": "d{k}（占偏移平方和 {share}%）",
        "en": "d{k} ({share}% of Σ offset²)",
    },
    "netland.claim.same": {
        "zh": "残差连接几乎不改变终点的尖锐程度：有 {on}，无 {off}（相差 {pct} %，在 ±{band} % 以内）。",
        "en": "Residual connections barely change the sharpness at the end: {on} with, {off} without ({pct} % apart, within ±{band} %).",
    },
    "netland.claim.flatter": {
        "zh": "有残差连接时终点更平坦：尖锐程度 {on}，无残差时 {off}（后者是前者的 {factor} 倍）。",
        "en": "With residual connections the end point is flatter: sharpness {on} against {off} without ({factor}× lower).",
    },
    "netland.claim.sharper": {
        "zh": "有残差连接时终点更尖锐：尖锐程度 {on}，无残差时 {off}（前者是后者的 {factor} 倍）。",
        "en": "With residual connections the end point is sharper: sharpness {on} against {off} without ({factor}× higher).",
    },
    "netland.claim.open": {
        "zh": "两次训练并未都结束（{reasons}），所以下面比较的是训练停下的位置，而不是极小值。",
        "en": "Not both runs finished ({reasons}), so what follows compares where training stopped, not minima.",
    },
    "netland.claim.open.fit": {
        "zh": "{which}的网络只拟合了 {acc} % 的训练点，不到 {fit} %",
        "en": "the network {which} fits only {acc} % of the training points, under {fit} %",
    },
    "netland.claim.open.edge": {
        "zh": "{which}的网络结束时 $\\lambda_{\\max}$ 是边缘的 {ratio} 倍，高出 {band} % 以上，梯度下降不能在那里停下",
        "en": "the network {which} ended with $\\lambda_{\\max}$ at {ratio} × the edge, more than {band} % above it, where gradient descent cannot settle",
    },
    "netland.claim.finished.gd": {
        "zh": "按本页的标准两次训练都已结束：都拟合了至少 {fit} % 的训练点，$\\lambda_{\\max}$ 都不比边缘高出 {band} % 以上。",
        "en": "Both runs count as finished by this page's test: each fits at least {fit} % of the training points, and neither $\\lambda_{\\max}$ is more than {band} % above the edge.",
    },
    "netland.claim.finished.adaptive": {
        "zh": "按本页的标准两次训练都已结束：都拟合了至少 {fit} % 的训练点。",
        "en": "Both runs count as finished by this page's test: each fits at least {fit} % of the training points.",
    },
    "netland.claim.unknown": {
        "zh": "无法比较尖锐程度（训练发散或曲率不为正）：有 {on}，无 {off}。",
        "en": "The sharpness cannot be compared (a run diverged or the curvature is not positive): {on} with, {off} without.",
    },
    "netland.claim.slice.lowest": {
        "zh": "在这张切片上，θ*（{dot}中心，a = b = 0）是画出的最低点：损失 {centre}。它只在这两个方向上是最低的，别的方向上不一定。",
        "en": "On this slice θ* ({dot}the centre, a = b = 0) is the lowest point drawn: loss {centre}. That is along these two directions only, not necessarily along others.",
    },
    "netland.claim.slice.below": {
        "zh": "θ*（{dot}中心，a = b = 0）是这次训练在第 {steps} 步结束时所在的点，不是这张切片的最低点：那里的损失是 {centre}，而切片在 (a, b) = ({a}, {b}) 处降到 {low}{star}，比它低 {drop}（{pct} %）。训练在固定的步数后停下，不一定停在极小值上。",
        "en": "θ* ({dot}the centre, a = b = 0) is where this training run was when it ended, after {steps} steps, not the lowest point of this slice: the loss there is {centre}, and the slice goes down to {low}{star} at (a, b) = ({a}, {b}), {drop} lower ({pct} %). Training stops after a fixed number of steps, not necessarily at a minimum.",
    },
    "netland.claim.slice.edge": {
        "zh": "这个最低点在切片的边上：曲面到切片边缘时还在下降，所以它只是这张切片里最低的点，不是切片内部的极小值（放大切片范围能看到更多）。",
        "en": "That point lies on the slice's edge: the surface is still falling where the slice ends, so it is only the lowest point of this slice, not a minimum inside it (a larger slice range shows more).",
    },
    "netland.slice_low": {"zh": "切片最低点", "en": "lowest point of the slice"},
    # the map's two marks, named where a sentence under the contour speaks of their points
    "netland.mark.theta": {"zh": "图中的 ○，", "en": "○ on the map, "},
    "netland.mark.low": {"zh": "（图中的 ☆）", "en": " (☆ on the map)"},
    "netland.claim.loss": {
        "zh": "最终损失：有 {on}，无 {off}。",
        "en": "Final loss: {on} with, {off} without.",
    },
    "netland.claim.step.gd": {
        "zh": "步长也决定尖锐程度：步长为 ε = {lr} 的（全批量）梯度下降只能停在 $\\lambda_{\\max}(H)$ ≤ 2/ε = {edge} 的地方；在网络上，它的尖锐程度通常一路升到这条边缘，然后在它附近徘徊（稳定性边缘，Cohen 等 2021）。所以只能在相同的 ε 下比较两个网络。",
        "en": "The step size sets the sharpness too: (full-batch) gradient descent with step ε = {lr} can settle only where $\\lambda_{\\max}(H)$ ≤ 2/ε = {edge}; on a network its sharpness typically rises until it reaches that edge and then hovers around it (the edge of stability, Cohen et al. 2021). So compare the two networks at the same ε only.",
    },
    "netland.claim.step.momentum": {
        "zh": "步长也决定尖锐程度：步长为 ε = {lr}、动量为 α = {alpha}（本页固定）的梯度下降只能停在 $\\lambda_{\\max}(H)$ ≤ 2(1 + α)/ε = {edge} 的地方；在网络上，它的尖锐程度通常一路升到这条边缘，然后在它附近徘徊（稳定性边缘，Cohen 等 2021）。所以只能在相同的 ε 下比较两个网络。",
        "en": "The step size sets the sharpness too: gradient descent with step ε = {lr} and momentum α = {alpha} (fixed on this page) can settle only where $\\lambda_{\\max}(H)$ ≤ 2(1 + α)/ε = {edge}; on a network its sharpness typically rises until it reaches that edge and then hovers around it (the edge of stability, Cohen et al. 2021). So compare the two networks at the same ε only.",
    },
    "netland.claim.step.adaptive": {
        "zh": "步长也决定尖锐程度，但对 {opt} 来说，稳定性边缘限制的是按它逐坐标步长缩放后的 Hessian，而不是 $\\lambda_{\\max}(H)$ 本身（Cohen 等 2022），所以这里不给出 $\\lambda_{\\max}(H)$ 的边缘。仍然只能在相同的 ε 下比较两个网络。",
        "en": "The step size sets the sharpness too, but for {opt} the edge of stability limits the Hessian rescaled by its per-coordinate step sizes, not $\\lambda_{\\max}(H)$ itself (Cohen et al. 2022), so no edge for $\\lambda_{\\max}(H)$ is given here. Still, compare the two networks at the same ε only.",
    },
    "netland.claim.step.here": {
        "zh": "这里：有残差连接时 {on}；无残差连接时 {off}。",
        "en": "Here: with residual connections {on}; without, {off}.",
    },
    "netland.claim.edge.at": {
        "zh": "$\\lambda_{\\max}$ = {value}，是边缘的 {ratio} 倍，在边缘上（±{band} % 以内）",
        "en": "$\\lambda_{\\max}$ = {value}, {ratio} × the edge: at the edge (within ±{band} %)",
    },
    "netland.claim.edge.failed": {
        "zh": "训练失败，$\\lambda_{\\max}$ = {value} 不是一个稳定状态的尖锐程度，不与边缘比较",
        "en": "training failed, so $\\lambda_{\\max}$ = {value} is not the sharpness of a stable state and is not held against the edge",
    },
    "netland.claim.failed.diverged": {
        "zh": "{which}的训练失败了：它发散了（最终损失 {end}，训练准确率 {acc} %，随机猜测为 {chance} %）。",
        "en": "Training {which} failed: it diverged (final loss {end}; training accuracy {acc} %, chance: {chance} %).",
    },
    "netland.claim.confident": {
        "zh": "{which}的网络把 {acc} % 的训练点分对了，但最终损失 {end} 高于对半猜测的 ln 2 = {even}：分对的点每个损失最多 ln 2，所以分错的 {wrong} % 的点平均每个损失至少 {bound}：损失高是因为这些点。",
        "en": "The network {which} classifies {acc} % of the training points correctly, but its final loss {end} is above ln 2 = {even}, an even guess's: a correct point costs at most ln 2, so the {wrong} % it gets wrong carry a mean loss of at least {bound}: its loss is high because of them.",
    },
    "netland.claim.failed.chance": {
        "zh": "{which}的训练失败了：训练准确率 {acc} % 不高于随机猜测的 {chance} %（最终损失 {end}）。",
        "en": "Training {which} failed: its training accuracy {acc} % is no better than chance, {chance} % (final loss {end}).",
    },
    "netland.claim.failed_compare": {
        "zh": "训练失败的终点不是稳定状态，它的尖锐程度不能拿来比较。",
        "en": "A failed run's end is no stable state: its sharpness is not compared.",
    },
    "netland.claim.edge.below": {
        "zh": "$\\lambda_{\\max}$ = {value}，是边缘的 {ratio} 倍，在边缘以下",
        "en": "$\\lambda_{\\max}$ = {value}, {ratio} × the edge: below it",
    },
    "netland.claim.edge.above": {
        "zh": "$\\lambda_{\\max}$ = {value}，是边缘的 {ratio} 倍，在边缘以上：梯度下降不能在这样尖的地方稳定停下，它的 θ* 只是训练在第 {steps} 步结束时所在的点，不是它停下来的地方：最后一步把 θ 移动了 {move} = ε·|∇L| = {lr} × {prev}，这里的 |∇L| 是这一步出发点（θ* 的前一个点）的梯度，而 θ* 处的梯度又变成了 |∇L| = {grad}",
        "en": "$\\lambda_{\\max}$ = {value}, {ratio} × the edge: above it, where gradient descent cannot settle, so its θ* is only where training ended after {steps} steps, not a point it came to rest at: its last step moved θ by {move} = ε·|∇L| = {lr} × {prev}, with |∇L| taken at the point that step started from (the one before θ*), and at θ* the gradient is |∇L| = {grad}",
    },
    "netland.claim.edge.above.momentum": {
        "zh": "$\\lambda_{\\max}$ = {value}，是边缘的 {ratio} 倍，在边缘以上：梯度下降不能在这样尖的地方稳定停下，它的 θ* 只是训练在第 {steps} 步结束时所在的点，不是它停下来的地方：最后一步把 θ 移动了 {move}（动量法的一步是 α·v − ε∇L，不是 ε·|∇L|，出发点的 |∇L| = {prev}），θ* 处的梯度是 |∇L| = {grad}",
        "en": "$\\lambda_{\\max}$ = {value}, {ratio} × the edge: above it, where gradient descent cannot settle, so its θ* is only where training ended after {steps} steps, not a point it came to rest at: its last step moved θ by {move} (a momentum step is α·v − ε∇L, not ε·|∇L|, with |∇L| = {prev} where it was taken), and at θ* the gradient is |∇L| = {grad}",
    },
    "netland.claim.edge.untrained": {
        "zh": "没有训练起来，$\\lambda_{\\max}$ = {value} 不与边缘比较",
        "en": "it did not train, so $\\lambda_{\\max}$ = {value} is not held against the edge",
    },
    "netland.claim.untrained": {
        "zh": "{which}的网络在 {steps} 步里没有训练起来：损失从 {start} 变为 {end}，只变了 {pct} %（不到 {band} %），训练准确率 {acc} %。",
        "en": "The network {which} did not train in {steps} steps: its loss went from {start} to {end}, a change of only {pct} % (under {band} %); training accuracy {acc} %.",
    },
    "netland.claim.untrained_compare": {
        "zh": "没有训练起来的网络停在起点附近，它的尖锐程度不能拿来比较：试试更大的学习率或更多步数。",
        "en": "A network that did not train is still near where it started: its sharpness is not compared. Try a larger learning rate or more steps.",
    },
    "netland.to_edge": {
        "zh": "稳定性边缘：步长如何决定尖锐程度",
        "en": "The edge of stability: how the step size sets the sharpness",
    },
    "netland.without": {"zh": "无残差连接", "en": "without residual connections"},
    "netland.with": {"zh": "有残差连接", "en": "with residual connections"},
    "netland.timing": {
        "zh": "计算 {n} × {n} = {cells} 个网格点的损失用时 {grid} 秒（含首次编译），训练用时 {train} 秒。$\\lambda_{\\max}(H)$ 只用 Hessian 与向量的乘积反复迭代求得，不必写出整个 Hessian。",
        "en": "Computing the loss at the {n} × {n} = {cells} grid points took {grid} s (first compile included); training took {train} s. $\\lambda_{\\max}(H)$ is found by repeatedly multiplying the Hessian by a vector, never writing the whole Hessian out.",
    },
    "ask.axis.training_accuracy": {"zh": "训练准确率（%）", "en": "training accuracy (%)"},
    "ask.netland.accuracy": {
        "zh": "这个小网络{which}，用 {opt} 训练 {steps} 步：训练准确率是多少？",
        "en": "The small network {which}, trained by {opt} for {steps} steps: what training accuracy does it reach?",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "netland.why": {
        "zh": "即使是本页这个小网络也有约 1400 个参数，无法直接画出损失曲面，只能沿一两个方向切一刀。随机方向的问题是各层的尺度不同：同样长度的扰动对小权重的层影响巨大，对大权重的层几乎没有影响。Li 等人的滤波器归一化把随机方向的每个滤波器缩放到与训练好的权重同样的范数，切片才能反映网络本身的形状，不同网络也才能比较。沿训练轨迹的 PCA 方向切片，能看到优化器实际走过的地形。残差连接让梯度有一条不经过连乘的通路，切出来的地形常常更平滑、更像一个碗，但并非总是如此：例如用 RMSProp（ε = 0.01）训练时，有残差连接的终点反而更尖（图下的句子按这一次训练的结果比较）。",
        "en": "Even this page's small network has about 1,400 parameters, so its loss surface cannot be drawn directly, only sliced along one or two directions. The trouble with a random direction is that layers differ in scale: a perturbation of the same length swamps a layer of small weights and barely touches one of large weights. Li et al.'s filter normalisation scales each filter of the random direction to the norm of the trained weights, so the slice shows the network's own shape and different networks can be compared. Slicing along the PCA directions of the training trajectory shows the ground the optimizer actually covered. Residual connections give the gradient a path without products, and the slices often come out smoother, more like a bowl; not always: trained with RMSProp (ε = 0.01) the end point with them is sharper (the sentences under the figure compare this run's two).",
    },
    # ---- study steps (steps.py) ---------------------------------------------------------------
    "netland.step.pca.elsewhere": {
        "zh": "这一步的答案要在主成分视图里看：切换回去即可。",
        "en": "This step's answer is read from the PCA view: switch back to it.",
    },
    "netland.step.residual.title": {"zh": "残差连接", "en": "Residual connections"},
    "netland.step.residual.question": {
        "zh": "同样的网络、同样的训练，只是每层加上残差连接 h ← h + tanh(Wh + b)。训练结束时所在的点会更平、更尖，还是差不多？",
        "en": "The same network trained the same way, but with a residual connection at every layer, h ← h + tanh(Wh + b). Is the point where training ends flatter, sharper, or about the same?",
    },
    "netland.step.residual.opt.flatter": {"zh": "更平", "en": "flatter"},
    "netland.step.residual.opt.sharper": {"zh": "更尖", "en": "sharper"},
    "netland.step.residual.opt.same": {"zh": "差不多", "en": "about the same"},
    "netland.step.residual.feedback": {
        "zh": "你选了“{picked}”。表中尖锐程度 $\\lambda_{\\max}$：无残差连接 {off}，有残差连接 {on}，相差 {ratio} 倍。",
        "en": "You picked “{picked}”. The table gives the sharpness $\\lambda_{\\max}$ as {off} without residual connections and {on} with them, a factor of {ratio} apart.",
    },
    "netland.step.residual.feedback.same": {
        "zh": "你选了“{picked}”。表中尖锐程度 $\\lambda_{\\max}$：无残差连接 {off}，有残差连接 {on}，大的只比小的高 {pct} %（在 {band} % 以内，算差不多）。",
        "en": "You picked “{picked}”. The table gives the sharpness $\\lambda_{\\max}$ as {off} without residual connections and {on} with them, the larger only {pct} % above the smaller (within {band} %: about the same).",
    },
    "netland.step.residual.why": {
        "zh": "残差连接让每一层只需学习对输入的修正，恒等映射始终畅通：信号和梯度都能直接穿过很多层，一个参数的微小变化不会被层层放大。Li 等人（2018）在很深的网络上看到：去掉跳跃连接，地形会变得崎岖。但训练终点有多尖，还取决于优化器和步长（见下面的稳定性边缘），而这个网络只有 6 层：残差连接让终点更平、更尖还是差不多，要看这一次训练的结果，就是表中的两个数。",
        "en": "With a residual connection each layer only has to learn a correction to its input, and the identity path is always open: signals and gradients pass straight through many layers, and a small change to one parameter is not amplified layer after layer. Li et al. (2018) saw what that does in very deep networks: take the skip connections away and the landscape turns rugged. But how sharp the end of training is also depends on the optimizer and the step size (the edge of stability, below), and this network has only 6 layers: whether residual connections leave it flatter, sharper or about the same is what this run shows, the table's two numbers.",
    },
    "netland.step.pca.title": {"zh": "训练轨迹的维度", "en": "The path's dimensions"},
    "netland.step.pca.question": {
        "zh": "网络有 1 425 个参数。取训练轨迹上各点相对终点的偏移 θₖ − θ*，求它们的第一个主方向（奇异值分解，不减均值）：这些偏移的平方和有多少（%）落在这个方向上？",
        "en": "The network has 1 425 parameters. Take the training path's offsets from its end, θₖ − θ*, and their top principal direction (singular value decomposition, no mean removed): what share (%) of the offsets' sum of squares lies along it?",
    },
    "netland.step.pca.feedback": {
        "zh": "你答 {answer}%。图中第一个主方向的坐标轴标为偏移平方和的 {share}%：轨迹相对 θ* 的偏移有这么多落在这一个方向上，第二个方向再加 {share2}%。",
        "en": "You said {answer} %. The drawn figure's first axis names {share}% of Σ offset², the sum of the path's squared offsets from θ*: that much of it lies along one direction; the second adds {share2}%.",
    },
    "netland.step.pca.why": {
        "zh": "参数空间有 1 425 维，而主成分分析只取轨迹移动最多的两个方向；两根坐标轴上的百分比是轨迹相对 θ* 的偏移平方和落在这两个方向上的份额（不减均值，所以不是方差份额），其余的都在这个平面之外。轨迹并不是在 1 425 维里随机游走：它的位移大多沿少数几个方向（梯度在许多步里指向相近的方向），所以前两个方向能占去大部分。随机方向的切片常常看不到轨迹，而沿主成分方向的切片把轨迹在这个平面上的投影画了出来。这也提醒我们：二维图像只是高维地形的一个截面。",
        "en": "The parameters live in 1 425 dimensions, and PCA keeps the two directions the path moves along most; the percentages on the two axes are the shares of the path's squared offsets from θ* that lie along them (no mean removed, so not shares of variance), the rest being off this plane. The path is no random walk in 1 425 dimensions: most of its displacement runs along a few directions (the gradient points much the same way over many steps), which is why the first two directions can take most of it. A slice along random directions usually misses the path, while one along the principal components draws the path's projection onto that plane. It is a reminder too that a 2-D picture is one section through a high-dimensional landscape.",
    },
    "netland.step.accuracy.title": {"zh": "拟合得多好", "en": "How well it fits"},
    "netland.step.accuracy.question": {
        "zh": "无残差连接的网络用 {opt} 训练 {steps} 步后，训练集上的准确率是多少（%）？",
        "en": "After {steps} steps of {opt}, what is the training accuracy (%) of the network without residual connections?",
    },
    "netland.step.accuracy.feedback": {
        "zh": "你答 {answer}%。表中准确率：无残差连接 {off}%，有残差连接 {on}%。",
        "en": "You said {answer} %. The table gives the accuracy as {off} % without residual connections and {on} % with them.",
    },
    "netland.step.accuracy.why": {
        "zh": "尖锐程度描述的是极小值附近的形状，而不是能不能找到它：地形崎岖时优化会更难、对学习率更敏感，但只要找到了，训练误差可以同样低。极小值的宽窄更多地与泛化和稳定性有关。",
        "en": "Sharpness describes the shape around a minimum, not whether it can be reached: a rugged landscape makes optimisation harder and more sensitive to the learning rate, but once a minimum is found the training error can be just as low. How wide a minimum is matters more for generalisation and stability.",
    },
}
