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
}
