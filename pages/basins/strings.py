"""The strings only the basins lesson uses, in 中文 and English (the catalog's format)."""

STRINGS: dict[str, dict[str, str]] = {
    "maps.unsettled": {"zh": "未停稳", "en": "did not settle"},
    "maps.basins.notice": {
        "zh": "每个起点按它最终到达的极小值着色，同一极小值在两幅图中颜色相同。",
        "en": "Each start point is coloured by the minimum its run ends in; one minimum has one colour in both pictures.",
    },
    "maps.basins.broken": {
        "zh": "{name}：相邻两个起点在 {pct} % 的格边上落入不同终点。",
        "en": "{name}: neighbouring starts end in different places across {pct} % of cell borders.",
    },
    "maps.basins.more_broken": {
        "zh": "{more} 的吸引域比 {less} 碎 {factor} 倍：终点对起点更敏感。",
        "en": "{more}'s basins are {factor}× as broken up as {less}'s: where its runs end depends more sharply on where they start.",
    },
    "maps.basins.only_broken": {
        "zh": "{less} 的所有起点落在同一类终点（没有一条格边两侧不同），{more} 的吸引域却是碎的：终点取决于起点。",
        "en": "Every start of {less} ends in the same kind of place (no cell border has different ends on its two sides), while {more}'s basins are broken up: where its runs end depends on where they start.",
    },
    "maps.basins.alike": {
        "zh": "两幅图的吸引域破碎程度相近（相差不到 2 倍）。",
        "en": "Both maps are about as broken up (less than 2× apart).",
    },
    "maps.basins.depth": {
        "zh": "极小值很多：颜色表示到达的极小值有多深（越深色损失越低）。",
        "en": "Many minima: the colour shows how deep the minimum reached is (darker is lower loss).",
    },
    "maps.basins.optimizer": {"zh": "优化器 {n}", "en": "Optimizer {n}"},
    "maps.basins.minimum": {"zh": "终点（极小值）", "en": "ends at (minimum)"},
    "maps.basins.table": {
        "zh": "起点中落入各极小值的比例（共 {groups} 个终点组，列出最多 8 个）。",
        "en": "Share of starts that end in each minimum ({groups} end groups; up to 8 listed).",
    },
    "ask.basins.share": {
        "zh": "{opt}{hps} 从网格上的起点出发，有多大比例落入最低的极小值 ({x}, {y})？",
        "en": "What share of the grid's starts does {opt}{hps} bring to the lowest minimum, ({x}, {y})?",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "basins.why": {
        "zh": "一个有多个极小值的曲面，被分成许多吸引域：从同一块区域出发，优化器会落到同一个极小值。吸引域的边界不只由地形决定，也由优化器决定。梯度下降的小步子基本沿着最陡下降的路径走，边界光滑；动量或大学习率会冲过山脊，跳到别的谷里，边界于是变得破碎，起点稍有不同结果就不同。所以“从哪里开始”和“用什么规则走”同样重要。",
        "en": "A surface with several minima is split into basins of attraction: from anywhere in one region the optimizer ends in the same minimum. Where the basins' borders lie depends on the optimizer as well as the surface. Gradient descent with small steps follows the steepest-descent paths closely, and its borders are smooth; momentum or a large learning rate carries a run over ridges into other valleys, so the borders break up and a slightly different start can end elsewhere. Where you start matters as much as the rule you walk by.",
    },
}
