"""The pre-training lesson's own strings, in 中文 and English."""

STRINGS: dict[str, dict[str, str]] = {
    "page.pretrain.title": {
        "zh": "从预训练网络初始化",
        "en": "Starting from a pre-trained network",
    },
    "pretrain.n": {"zh": "任务 B 的训练样本数", "en": "task B's training examples"},
    "pretrain.pretrained": {"zh": "预训练初始化", "en": "pre-trained start"},
    "pretrain.random": {"zh": "随机初始化", "en": "random start"},
    "pretrain.valid_loss": {"zh": "任务 B 验证损失", "en": "task B validation loss"},
    "pretrain.slice_x": {
        "zh": "沿“随机起点 → 预训练起点”方向",
        "en": "random start → pre-trained start",
    },
    "pretrain.slice_y": {
        "zh": "垂直方向（到预训练路径终点）",
        "en": "across (to the pre-trained run's end)",
    },
    "pretrain.loss": {"zh": "任务 B 训练损失", "en": "task B training loss"},
    "pretrain.computing": {"zh": "正在训练……", "en": "Training…"},
    "pretrain.setup": {
        "zh": "任务 A：识别十个数字（800 张 8×8 图片，SGD 3000 步）。任务 B：判断数字是奇是偶，只给少量样本。两次学习任务 B 共用同一个新的输出层（两个输出：偶、奇；初始为零）：一次从任务 A 训练好的隐藏层开始，一次从 Xavier 随机隐藏层开始（SGD，批量 10，ε = 0.1，1000 步）。左图是任务 B 训练损失在经过两个起点和预训练路径终点的平面上的切片；两条路径都投影到这个平面上。投影路径下方的地图数值是平面上那一点的损失，不是这次训练自身的损失：随机起点的训练离开了这个平面，它实际的训练损失最终远低于地图在它投影终点处的读数。",
        "en": "Task A: which of the ten digits (800 8×8 images, SGD for 3000 steps). Task B: is the digit even or odd, from a few examples. Task B is learnt twice with the same new output layer (two outputs, even and odd, starting at zero): once from task A's trained hidden layers, once from Xavier-random ones (SGD, batch 10, ε = 0.1, 1000 steps). Left: task B's training loss on the plane through both starts and the pre-trained run's end, with both runs projected onto it. The map's value under a point of a projected path is the loss at that point of the plane, not the run's own loss: the random run leaves the plane, and its real training loss ends far below what the map reads under its projected end.",
    },
    "pretrain.accuracy_better": {
        "zh": "在十个数字上预训练（测试准确率 {pre}）后，只用 {n} 个样本学奇偶：测试准确率 {acc_p}，而从随机隐藏层开始为 {acc_r}。",
        "en": "Pre-trained on the ten digits (test accuracy {pre}), the network learns even or odd from {n} examples to a test accuracy of {acc_p}, against {acc_r} from random hidden layers.",
    },
    "pretrain.accuracy_not_better": {
        "zh": "在十个数字上预训练（测试准确率 {pre}）后，用 {n} 个样本学奇偶：测试准确率 {acc_p}，从随机隐藏层开始为 {acc_r}：这里预训练没有带来更好的结果。",
        "en": "Pre-trained on the ten digits (test accuracy {pre}), the network learns even or odd from {n} examples to a test accuracy of {acc_p}, against {acc_r} from random hidden layers: here pre-training did not help.",
    },
    "pretrain.curves_even": {
        "zh": "两次运行的验证损失都从 {v0p} = ln 2 开始：新的二分类输出层初始为零，对奇偶各猜一半。单个点看，预训练起点在第 {sp} 步降到最低 {minp}，随机起点在第 {sr} 步最低 {minr}。",
        "en": "Both runs start at a validation loss of {v0p} = ln 2: the new two-way output layer starts at zero, an even guess between even and odd. Point by point, the pre-trained start is lowest at step {sp}, {minp}, against {minr} at step {sr} from the random start.",
    },
    "pretrain.curves": {
        "zh": "新输出层让预训练起点的验证损失为 {v0p}（随机起点 {v0r}）；单个点看，它在第 {sp} 步降到最低 {minp}，随机起点在第 {sr} 步最低 {minr}。",
        "en": "With the new output layer the pre-trained start's validation loss is {v0p} (random start: {v0r}); point by point it is lowest at step {sp}, {minp}, against {minr} at step {sr} from the random start.",
    },
    "pretrain.overfit": {
        "zh": "把每 {w} 个相邻的点取平均：{start}的平均验证损失在第 {step} 步附近最低（{low}；此后单个点上下抖动约 ±{noise}），之后回升，到第 {end} 步附近为 {last}：升高 {up}（{rise} %），是单点抖动的 {ratio} 倍，超过 {times} 倍，是持续的上升而不是噪声：对任务 B 的少量训练样本过拟合，新样本上的损失变大。",
        "en": "Averaged over {w} neighbouring points, the {start}'s validation loss is lowest around step {step}, {low} (from there a single point scatters by about ±{noise}), then rises to {last} around step {end}: up {up} ({rise} %), {ratio} × a single point's scatter, more than {times} ×, a steady rise rather than noise: it overfits task B's few training examples, its loss on new ones growing.",
    },
    "pretrain.no_overfit": {
        "zh": "把每 {w} 个相邻的点取平均：{start}的平均验证损失在第 {step} 步附近最低（{low}；此后单个点上下抖动约 ±{noise}），到第 {end} 步附近为 {last}，只升高 {up}（{rise} %），是单点抖动的 {ratio} 倍，不超过 {times} 倍：这些步数内看不出过拟合，这点起伏是噪声。",
        "en": "Averaged over {w} neighbouring points, the {start}'s validation loss is lowest around step {step}, {low} (from there a single point scatters by about ±{noise}), and around step {end} it is {last}, up only {up} ({rise} %), {ratio} × a single point's scatter, not more than {times} ×: no overfitting to see in these steps; the ups and downs are noise.",
    },
    "ask.pretrain.accuracy": {
        "zh": "只用 {n} 个样本学奇偶，从{start}出发：测试准确率是多少？",
        "en": "Learning even or odd from only {n} examples, from a {start}: what test accuracy does the network reach?",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "pretrain.why": {
        "zh": "随机初始化的网络要从头学习有用的特征，数据很少时很难学好。如果先在一个相关的任务上训练，隐藏层已经学会了通用的特征（例如笔画和形状），新任务只需在此基础上调整。本页两次运行的起始损失相同，都是 ln 2，因为新的输出层初始为零；但从预训练权重出发，隐藏层已经能区分数字的形状，损失从那里开始在更好的地形中下降，用少量样本往往就能比随机起点学得更快、泛化更好。两个任务越相关，好处越大。",
        "en": "A randomly initialised network has to learn useful features from scratch, which is hard with few examples. Trained first on a related task, its hidden layers have already learned general features (strokes and shapes, say), and the new task only has to adjust them. Here both runs start at the same loss, ln 2, because the new output layer starts at zero; but from pre-trained weights the hidden layers already tell the digits' shapes apart, so the loss falls from there in a better-behaved landscape, and a few examples tend to train faster and generalise better than from a random start. The more related the two tasks, the larger the gain.",
    },
    # ---- study steps (steps.py) ---------------------------------------------------------------
    "pretrain.step.start.title": {"zh": "起点的损失", "en": "The starting loss"},
    "pretrain.step.start.question": {
        "zh": "任务 B 判断数字是奇是偶。新的两类输出层初始化为 0，再开始微调。第 0 步的验证损失（交叉熵）是多少？",
        "en": "Task B tells even from odd. The new two-way output layer starts at zero before fine-tuning. What is the validation loss (cross-entropy) at step 0?",
    },
    "pretrain.step.start.feedback": {
        "zh": "你答 {answer}。图中两条验证曲线在第 0 步分别是 {p0}（预训练）和 {r0}（随机）。",
        "en": "You said {answer}. At step 0 the drawn validation curves are at {p0} (pre-trained) and {r0} (random).",
    },
    "pretrain.step.start.why": {
        "zh": "输出层的权重全为 0 时，两个类别的得分相同，softmax 给每类 1/2 的概率，不管隐藏层学到了什么。每个样本的交叉熵都是 −ln ½ = ln 2 ≈ 0.693。所以两种起点在同一个损失上出发：差别只会在训练中显现出来。",
        "en": "With the output layer's weights all zero, both classes get the same score and softmax gives each a probability of ½, whatever the hidden layers have learned. Every example's cross-entropy is −ln ½ = ln 2 ≈ 0.693. So both starts set off from the same loss: any difference shows only as they train.",
    },
    "pretrain.step.lowest.title": {"zh": "谁更低", "en": "Which gets lower"},
    "pretrain.step.lowest.question": {
        "zh": "只有 50 个训练样本。哪个起点的验证损失能降得更低？",
        "en": "Only 50 training examples. Which start brings the validation loss lower?",
    },
    "pretrain.step.lowest.opt.pretrained": {"zh": "预训练的起点", "en": "the pre-trained start"},
    "pretrain.step.lowest.opt.random": {"zh": "随机的起点", "en": "the random start"},
    "pretrain.step.lowest.opt.same": {"zh": "差不多", "en": "about the same"},
    "pretrain.step.lowest.feedback": {
        "zh": "你选了“{picked}”。图中预训练起点的最低验证损失是第 {sp} 步的 {lp}，随机起点是第 {sr} 步的 {lr}。",
        "en": "You picked “{picked}”. The drawn pre-trained curve is lowest at step {sp}, {lp}, and the random one at step {sr}, {lr}.",
    },
    "pretrain.step.lowest.why": {
        "zh": "在十个数字上训练过的隐藏层已经会提取笔画和形状，区分奇偶只需在这些特征上学一个简单的边界，几十个样本就够。随机的隐藏层只有随机组合出来的特征，能用但弱得多，要从 50 个样本里同时学好特征和边界，很快就记住了训练集，验证损失在更高处就开始回升。预训练把参数放到了损失地形上一个好的区域里。",
        "en": "Hidden layers trained on the ten digits already pick out strokes and shapes; telling even from odd then needs only a simple boundary on those features, and a few dozen examples will do. Random hidden layers have only random features, usable but much weaker: from 50 examples they must learn better features and the boundary together, soon memorise the training set, and the validation loss turns up again from a higher point. Pre-training puts the parameters in a good region of the landscape.",
    },
    "pretrain.step.more.title": {"zh": "更多样本", "en": "More examples"},
    "pretrain.step.more.question": {
        "zh": "把任务 B 的训练样本从 50 个增加到 200 个。两种起点最低验证损失之间的差距会怎样？（50 个样本时差 0.148。）",
        "en": "Task B now has 200 training examples instead of 50. What happens to the gap between the two starts' lowest validation losses? (With 50 it was 0.148.)",
    },
    "pretrain.step.more.opt.grows": {"zh": "变大", "en": "it grows"},
    "pretrain.step.more.opt.shrinks": {"zh": "变小", "en": "it shrinks"},
    "pretrain.step.more.opt.same": {"zh": "基本不变", "en": "it stays about the same"},
    "pretrain.step.more.feedback": {
        "zh": "你选了“{picked}”。图中 {n} 个样本时，最低验证损失为 {lp}（预训练）和 {lr}（随机），相差 {gap}。",
        "en": "You picked “{picked}”. With {n} examples the drawn lowest validation losses are {lp} (pre-trained) and {lr} (random), {gap} apart.",
    },
    "pretrain.step.more.why": {
        "zh": "样本越多，随机起点自己也能学出有用的特征，预训练带来的先验就不那么重要了。预训练的价值在数据少的时候最大：它用另一个任务的大量数据，弥补了本任务数据的不足。",
        "en": "With more examples the random start can learn useful features by itself, and the prior that pre-training brings matters less. Pre-training is worth most when data are scarce: it makes up for the task's few examples with another task's many.",
    },
}
