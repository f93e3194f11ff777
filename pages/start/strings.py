"""The start page's strings, in 中文 and English: the path, each lesson's goal and its place in
the notes."""

STRINGS: dict[str, dict[str, str]] = {
    "page.start.title": {"zh": "学习路线", "en": "Course path"},
    "start.intro": {
        "zh": "按讲义的顺序学：每章几课，每课先动手再看结论。带“练习”的课有几步小题：先预测，再看你的答案与算出的结果差多少。进度只存在这个浏览器里。",
        "en": "Follow the notes' order: a few lessons a chapter, each one tried before it is explained. Lessons with study steps ask you to predict first, then show how far your answer was from the computed result. Your progress stays in this browser only.",
    },
    "start.continue": {"zh": "继续上次的课：{lesson}", "en": "Continue where I left off: {lesson}"},
    "start.begin": {"zh": "从第 1 章开始：{lesson}", "en": "Start with chapter 1: {lesson}"},
    "start.playground": {"zh": "直接打开优化器竞赛场", "en": "Open the Playground directly"},
    "start.steps": {"zh": "练习已作答 {done}/{total}", "en": "steps answered {done}/{total}"},
    "start.steps_done": {
        "zh": "练习全部作答 {total}/{total}",
        "en": "every step answered {total}/{total}",
    },
    "start.no_steps": {"zh": "自由探索", "en": "free explorer"},
    "start.visited": {"zh": "上次停在这里", "en": "you were here last"},
    "start.progress": {"zh": "我的进度", "en": "My progress"},
    "start.progress_note": {
        "zh": "进度只保存在这个浏览器的本地存储里，不上传到服务器。换电脑时可导出为文件，再在另一台电脑上把文件内容粘贴到下面导入。",
        "en": "Your progress is kept in this browser's local storage only, never sent to the server. To move it to another computer, export it as a file and paste its contents below there.",
    },
    "start.export": {"zh": "导出进度文件", "en": "Export progress as a file"},
    "start.import": {
        "zh": "导入进度：把导出文件的内容粘贴到这里",
        "en": "Import progress: paste the exported file's contents here",
    },
    "start.import_hint": {"zh": '{"steps": …}', "en": '{"steps": …}'},
    "start.import_button": {"zh": "导入", "en": "Import"},
    "start.imported": {"zh": "已导入：{n} 个练习步骤。", "en": "Imported: {n} study steps."},
    "start.bad_import": {
        "zh": "这个文件不是本课程的进度文件，未导入。",
        "en": "This file is not a progress file of this course: nothing was imported.",
    },
    "start.reset": {"zh": "清除我的进度", "en": "Reset my progress"},
    "start.reset_ask": {
        "zh": "确定要清除所有练习进度吗？清除后无法恢复（除非先导出）。",
        "en": "Clear all your study progress? This cannot be undone (unless you export it first).",
    },
    "start.reset_yes": {"zh": "确定清除", "en": "Yes, clear it"},
    "start.reset_no": {"zh": "取消", "en": "Cancel"},
    "start.reset_done": {"zh": "进度已清除。", "en": "Your progress was reset."},
    # each lesson: its goal in a line and its place in the notes
    "start.goal.gradient-geometry": {
        "zh": "看清梯度为什么是最陡的方向，以及一阶泰勒近似在多大范围内可信。",
        "en": "See why the gradient is the steepest direction, and how far the first-order Taylor model can be trusted.",
    },
    "start.place.gradient-geometry": {
        "zh": "讲义 004 方向导数；讲义 001 §1.3",
        "en": "note 004, directional derivative; note 001 §1.3",
    },
    "start.goal.learning-rate-1d": {
        "zh": "在一条曲线上比较三个学习率：太小走不动，太大会振荡甚至发散。",
        "en": "Compare three learning rates on one curve: too small crawls, too large oscillates or diverges.",
    },
    "start.place.learning-rate-1d": {
        "zh": "讲义 004 一维梯度下降；讲义 001 §1.2–1.3",
        "en": "note 004, 1-D gradient descent; note 001 §1.2–1.3",
    },
    "start.goal.minibatch-noise": {
        "zh": "比较全批量、小批量与随机梯度下降：批越小，梯度越吵。",
        "en": "Compare full-batch, minibatch and stochastic gradient descent: the smaller the batch, the noisier the gradient.",
    },
    "start.place.minibatch-noise": {
        "zh": "讲义 000 §2；讲义 003 §2.1",
        "en": "note 000 §2; note 003 §2.1",
    },
    "start.goal.feature-scaling": {
        "zh": "同一个回归问题：缩放特征后，狭长的等高线变圆，梯度下降快得多。",
        "en": "One regression: scaled features turn elongated contours round, and gradient descent gets much faster.",
    },
    "start.place.feature-scaling": {"zh": "讲义 001 §3", "en": "note 001 §3"},
    "start.goal.second-order": {
        "zh": "用二阶信息（曲率）定步长：牛顿法的快与它在鞍点上的陷阱。",
        "en": "Steps sized by curvature: Newton's speed and its trap at a saddle.",
    },
    "start.place.second-order": {
        "zh": "讲义 001 §2.1；讲义 003 §1.1",
        "en": "note 001 §2.1; note 003 §1.1",
    },
    "start.goal.critical-points": {
        "zh": "用 Hessian 区分极小值与鞍点，并沿负曲率方向逃离鞍点。",
        "en": "Tell a minimum from a saddle with the Hessian, and escape a saddle along negative curvature.",
    },
    "start.place.critical-points": {
        "zh": "讲义 003 §1.1；讲义 000 §1",
        "en": "note 003 §1.1; note 000 §1",
    },
    "start.goal.basins": {
        "zh": "每个起点最后落到哪个极小值：两个优化器的吸引域并排比较。",
        "en": "Which minimum each start ends in: two optimizers' basins of attraction side by side.",
    },
    "start.place.basins": {"zh": "讲义 000 §1 局部极小值", "en": "note 000 §1, local minima"},
    "start.goal.cliffs": {
        "zh": "悬崖上的一步会把参数甩得很远；梯度裁剪把步长控制住。",
        "en": "One step on a cliff throws the parameters far; gradient clipping keeps the step in check.",
    },
    "start.place.cliffs": {"zh": "讲义 000 §1 悬崖和梯度爆炸", "en": "note 000 §1, cliffs"},
    "start.goal.long-term-dependencies": {
        "zh": "反复乘同一个 W：特征值的绝对值 |λ| 大于 1 的方向爆炸，小于 1 的方向消失。",
        "en": "Multiplying by the same W again and again: directions whose eigenvalue has |λ| above 1 explode, below 1 vanish.",
    },
    "start.place.long-term-dependencies": {
        "zh": "讲义 000 §1 长期依赖",
        "en": "note 000 §1, long-term dependencies",
    },
    "start.goal.playground": {
        "zh": "SGD、动量、RMSProp 与 Adam 在同一曲面上赛跑，逐步看每条更新规则。",
        "en": "SGD, momentum, RMSProp and Adam race on one surface; follow each update rule step by step.",
    },
    "start.place.playground": {
        "zh": "讲义 002 图 15-8；讲义 000 §2–3",
        "en": "note 002, fig. 15-8; note 000 §2–3",
    },
    "start.goal.convergence-maps": {
        "zh": "扫遍两个超参数：哪些组合收敛、哪些发散，与理论边界对照。",
        "en": "Sweep two hyper-parameters: which pairs converge and which diverge, against the theory's bounds.",
    },
    "start.place.convergence-maps": {
        "zh": "讲义 000 §2–3；讲义 001 §2",
        "en": "note 000 §2–3; note 001 §2",
    },
    "start.goal.schedules": {
        "zh": "学习率怎样随时间变化：线性衰减、ε₀/√(k+1) 与逐坐标的自适应步长。",
        "en": "How the step size changes over time: linear decay, ε₀/√(k+1) and per-coordinate adaptive steps.",
    },
    "start.place.schedules": {
        "zh": "讲义 000 §3；讲义 001 §2",
        "en": "note 000 §3; note 001 §2",
    },
    "start.goal.initialization": {
        "zh": "零、正态、Xavier 与 He 初始化如何改变六层网络各层的激活分布。",
        "en": "How zero, normal, Xavier and He initialisation shape a 6-layer network's activations.",
    },
    "start.place.initialization": {
        "zh": "讲义 002 初始化；讲义 000 权重初始化",
        "en": "note 002, initialisation; note 000, weight initialisation",
    },
    "start.goal.regularization": {
        "zh": "L2 的圆与 L1 的菱形：正则化把极小值拉向哪里，以及早停。",
        "en": "The L2 circle and the L1 diamond: where regularisation pulls the minimum, and early stopping.",
    },
    "start.place.regularization": {"zh": "讲义 002 正则化", "en": "note 002, regularisation"},
    "start.goal.regularization-network": {
        "zh": "在真实的小网络上比较无正则、L2、L1 与 dropout。",
        "en": "No regularisation, L2, L1 and dropout on a real small network.",
    },
    "start.place.regularization-network": {
        "zh": "讲义 002 正则化与 dropout",
        "en": "note 002, regularisation and dropout",
    },
    "start.goal.batch-normalization": {
        "zh": "批归一化与输入归一化如何让各层激活稳定、训练更快。",
        "en": "How batch and input normalisation keep activations steady and training fast.",
    },
    "start.place.batch-normalization": {
        "zh": "讲义 000 批归一化",
        "en": "note 000, batch normalisation",
    },
    "start.goal.pretraining": {
        "zh": "从预训练网络出发，与随机初始化比较少样本任务的学习。",
        "en": "Start from a pre-trained network and compare with a random start on a task with few examples.",
    },
    "start.place.pretraining": {"zh": "讲义 000 预训练", "en": "note 000, pre-training"},
    "start.goal.network-landscape": {
        "zh": "沿两个随机方向，或沿训练路径的主方向（PCA），切开真实网络的损失地形。",
        "en": "Slice a real network's loss landscape along two random directions, or along its training path's main directions (PCA).",
    },
    "start.place.network-landscape": {
        "zh": "讲义 004（Li 等 2018）",
        "en": "note 004 (Li et al. 2018)",
    },
    "start.goal.edge-of-stability": {
        "zh": "全批量梯度下降把锐度推到 2/ε 附近，损失却仍在下降。",
        "en": "Full-batch gradient descent pushes the sharpness up to about 2/ε while the loss keeps falling.",
    },
    "start.place.edge-of-stability": {
        "zh": "讲义 001 稳定条件 ελ < 2",
        "en": "note 001, the stability rule ελ < 2",
    },
    # "continue" when the last lesson visited is finished: the next one with open steps
    "start.continue_next": {"zh": "继续：下一课 {lesson}", "en": "Continue: next lesson, {lesson}"},
    "start.all_done": {
        "zh": "所有练习都已作答，从头复习：{lesson}",
        "en": "Every step answered: revise from the start, {lesson}",
    },
}
