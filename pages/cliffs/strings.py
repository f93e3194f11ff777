"""The cliffs lesson's strings, in 中文 and English."""

STRINGS: dict[str, dict[str, str]] = {
    "page.cliffs.title": {"zh": "悬崖与梯度爆炸", "en": "Cliffs and exploding gradients"},
    # ---- cliffs --------------------------------------------------------------------------------
    "cliffs.notice": {
        "zh": "在平缓的高原上步子很小；一旦踩到悬崖，梯度暴增，一步就把参数抛到远处。梯度裁剪把梯度长度限制在 c 以内，步长受控（讲义 000）。",
        "en": "On the gentle plateau the steps are small; one step onto the cliff meets a huge gradient and throws the parameters far away. Gradient clipping caps the gradient's length at c and keeps the step under control (note 000).",
    },
    "cliffs.clip_on": {"zh": "梯度裁剪", "en": "gradient clipping"},
    "cliffs.threshold": {"zh": "裁剪阈值 c", "en": "clipping threshold c"},
    "cliffs.caption": {
        "zh": "裁剪只改变梯度的长度、不改变方向，所以每一步最多走 ε·c。",
        "en": "Clipping changes the gradient's length, not its direction, so no step is longer than ε·c.",
    },
    "cliffs.free": {"zh": "SGD（不裁剪）", "en": "SGD (no clipping)"},
    "cliffs.clipped": {"zh": "SGD，裁剪到 c = {c}", "en": "SGD, clipped at c = {c}"},
    "cliffs.thrown": {
        "zh": "不裁剪时，第 {step} 步撞上悬崖：梯度长度 {norm}，这一步走了 {length}。",
        "en": "Without clipping, step {step} hits the cliff: the gradient is {norm} long and the step travels {length}.",
    },
    "cliffs.grad_norm": {"zh": "梯度长度 ‖g‖", "en": "gradient norm ‖g‖"},
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "cliffs.why": {
        "zh": "当许多大权重相乘时，损失曲面上会出现悬崖：一段几乎平坦的地面突然陡升。梯度在悬崖上极大，而梯度下降的步长正比于梯度，所以撞上悬崖的一步会把参数抛得很远，之前的进展一下子丢掉。梯度裁剪只在梯度长度超过阈值时把它缩短到阈值，方向不变：平地上什么都不改，悬崖上步子有了上限。它不让优化器更聪明，只是不让一个极端的梯度毁掉整个训练。",
        "en": "When many large weights multiply, the loss surface grows cliffs: nearly flat ground that suddenly rises steeply. The gradient on a cliff is enormous, and gradient descent's step is proportional to it, so the step that hits the cliff throws the parameters far away and undoes the progress so far. Gradient clipping shortens the gradient to a threshold only when it is longer, keeping its direction: on flat ground nothing changes, on a cliff the step has a cap. It does not make the optimizer smarter; it keeps one extreme gradient from ruining the run.",
    },
}
