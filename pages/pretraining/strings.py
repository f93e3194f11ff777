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
        "zh": "沿 随机起点 → 预训练起点",
        "en": "random start → pre-trained start",
    },
    "pretrain.slice_y": {
        "zh": "垂直方向（到预训练路径终点）",
        "en": "across (to the pre-trained run's end)",
    },
    "pretrain.loss": {"zh": "任务 B 训练损失", "en": "task B training loss"},
    "pretrain.computing": {"zh": "正在训练……", "en": "Training…"},
    "pretrain.setup": {
        "zh": "任务 A：识别十个数字（800 张 8×8 图片，SGD 3000 步）。任务 B：判断数字是奇是偶，只给少量样本。两次学习任务 B 共用同一个新的输出层（两个输出：偶、奇；初始为零）：一次从任务 A 训练好的隐藏层开始，一次从 Xavier 随机隐藏层开始（SGD，批量 10，ε = 0.1，1000 步）。左图是任务 B 训练损失在经过两个起点和预训练路径终点的平面上的切片；两条路径都投影到这个平面上。",
        "en": "Task A: which of the ten digits (800 8×8 images, SGD for 3000 steps). Task B: is the digit even or odd, from a few examples. Task B is learnt twice with the same new output layer (two outputs, even and odd, starting at zero): once from task A's trained hidden layers, once from Xavier-random ones (SGD, batch 10, ε = 0.1, 1000 steps). Left: task B's training loss on the plane through both starts and the pre-trained run's end, with both runs projected onto it.",
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
        "zh": "两次运行的验证损失都从 {v0p} = ln 2 开始：新的二分类输出层初始为零，对奇偶各猜一半。预训练起点在第 {sp} 步降到最低 {minp}，随机起点在第 {sr} 步最低 {minr}。",
        "en": "Both runs start at a validation loss of {v0p} = ln 2: the new two-way output layer starts at zero, an even guess between even and odd. The pre-trained start is lowest at step {sp}, {minp}, against {minr} at step {sr} from the random start.",
    },
    "pretrain.curves": {
        "zh": "新输出层让预训练起点的验证损失为 {v0p}（随机起点 {v0r}）；它在第 {sp} 步降到最低 {minp}，随机起点在第 {sr} 步最低 {minr}。",
        "en": "With the new output layer the pre-trained start's validation loss is {v0p} (random start: {v0r}); it is lowest at step {sp}, {minp}, against {minr} at step {sr} from the random start.",
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
}
