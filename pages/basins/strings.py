"""The strings only the basins lesson uses, in 中文 and English (the catalog's format)."""

STRINGS: dict[str, dict[str, str]] = {
    "maps.unsettled": {"zh": "未停稳", "en": "did not settle"},
    "maps.basins.stayed": {"zh": "停在起点", "en": "stayed where it started"},
    "maps.basins.curve": {"zh": "极小值曲线 {curve}", "en": "the curve of minima {curve}"},
    "landscape.two_neuron.curve0": {"zh": "w₁w₂ = 1 的 w > 0 分支", "en": "w₁w₂ = 1, w > 0 branch"},
    "landscape.two_neuron.curve1": {"zh": "w₁w₂ = 1 的 w < 0 分支", "en": "w₁w₂ = 1, w < 0 branch"},
    "maps.basins.tolerance": {
        "zh": "一次训练只有停在某个终点 {tol} 以内才算到达它；在平坦处停下、离起点不到 {tol}、又不在任何终点的，算作“停在起点”。",
        "en": "A run counts for an end point only if it ends within {tol} of it; one that settled on a flat stretch less than {tol} from its start, at no end point, stayed where it started.",
    },
    "maps.basins.tolerance_curve": {
        "zh": "一次训练只有停在某个终点 {tol} 以内才算到达它；停在极小值曲线上（损失与最小值相差不到 {loss}）的，不论停在曲线哪里，都算这条曲线的分支；在平坦处停下、离起点不到 {tol}、又不在任何终点的，算作“停在起点”。",
        "en": "A run counts for an end point only if it ends within {tol} of it; one that ends on a curve of minima (its loss within {loss} of the minimum's) counts for that branch of the curve, wherever on it; one that settled on a flat stretch less than {tol} from its start, at no end point, stayed where it started.",
    },
    "maps.basins.notice": {
        "zh": "每个起点按它的终点着色：到达的极小值（★），或停在鞍点（×）、极大值（▲）附近，同一终点在两幅图中颜色相同；或发散、未停稳、停在起点。",
        "en": "Each start point is coloured by where its run ends: the minimum it reached (★), or a saddle (×) or maximum (▲) it stalled at, one colour per end in both pictures; or diverged, did not settle, or stayed where it started.",
    },
    "maps.basins.broken": {
        "zh": "{name}：相邻两个起点在 {pct} % 的格边上落入不同终点。",
        "en": "{name}: neighbouring starts end in different places across {pct} % of cell borders.",
    },
    "maps.basins.no_basins": {
        "zh": "{name}：起点中 {reached} % 到达极小值，{stayed} % 停在起点（在平坦处没动，不在任何终点），{diverged} % 发散，{unsettled} % 在 {steps} 步内未停稳。",
        "en": "{name}: of its starts, {reached} % reach a minimum, {stayed} % stay where they start (on a flat stretch, at no end point), {diverged} % diverge and {unsettled} % do not settle within {steps} steps.",
    },
    "maps.basins.short_runs": {
        "zh": "{name} 未停稳的起点在 {steps} 步里只移动了 {moved}（中位数；图宽 {width}）：对这么少的步数，步子太小，这些训练还没走到任何地方。吸引域仍在，只是这张图还看不出来。",
        "en": "{name}'s unsettled runs moved only {moved} (median; the map is {width} wide) in {steps} steps: the steps are too small for this many, so the runs have not got anywhere yet. The basins are there; this map does not show them yet.",
    },
    "maps.basins.deferred": {
        "zh": "哪幅图的吸引域更碎，留到“哪张图更碎”这一步作答后再显示。",
        "en": "Which map's basins are more broken up is shown once the step “More broken up?” is answered.",
    },
    # unsettled runs that ended in a minimum's bowl, still moving (claims.basins_broken)
    "maps.basins.hovering": {
        "zh": "{name} 未停稳的训练并没有离极小值很远：其中 {share} % 停在离某个极小值 {radius} 以内（中位数 {gap}，按终点处一步牛顿法指向的极小值量，那里 Hessian 正定），在 {steps} 步里移动了 {moved}（中位数）；但它们仍在动，所以图上没有算作停在那里。",
        "en": "{name}'s unsettled runs are not short of a minimum: {share} % of them end within {radius} of one (median {gap}, measured to the minimum a Newton step from the end aims at, the Hessian there positive definite), having moved {moved} (median) in {steps} steps; they are still moving, so the map does not count them as having settled there.",
    },
    "maps.basins.sign_step": {
        "zh": "{name} 的一步是 ε·sign(·)：不论梯度多大，每个坐标都走 ±{lr}，步长从不缩小，所以它的训练在极小值周围来回徘徊，而不会停稳。",
        "en": "{name}'s step is ε·sign(·): ±{lr} in each coordinate whatever the gradient, so it never shrinks, and its runs hover around a minimum instead of settling.",
    },
    "maps.basins.no_minimum": {
        "zh": "这个曲面没有极小值：没有起点能到达极小值，两幅图都没有吸引域。",
        "en": "This surface has no minimum: no start can reach one, so neither map has basins.",
    },
    # the diverged runs of a map on a surface with no minimum, when every one left lower than
    # it started (compute.went_downhill): sliding out, as the Playground says, not unstable
    "maps.basins.ends_downhill": {
        "zh": "{name} 的起点中，{diverged} % 一路下坡出界（离开 |x|, |y| ≤ {bound}，每个出界处的损失都比起点低：没有极小值挡住它们），{unsettled} % 未停稳，{stayed} % 停在起点，{saddle} % 停在鞍点附近（×）。",
        "en": "{name}'s starts: {diverged} % went out downhill (left |x|, |y| ≤ {bound}, each lower where it left than where it started: no minimum stops them), {unsettled} % did not settle, {stayed} % stayed where they started, {saddle} % ended near the saddle (×).",
    },
    "maps.basins.downhill": {"zh": "下坡出界", "en": "went out downhill"},
    "maps.basins.ends": {
        "zh": "{name} 的起点中，{diverged} % 发散（离开 |x|, |y| ≤ {bound}），{unsettled} % 未停稳，{stayed} % 停在起点，{saddle} % 停在鞍点附近（×）。",
        "en": "{name}'s starts: {diverged} % diverged (left |x|, |y| ≤ {bound}), {unsettled} % did not settle, {stayed} % stayed where they started, {saddle} % ended near the saddle (×).",
    },
    "maps.basins.no_compare": {
        "zh": "破碎程度只在至少 {pct} % 的起点到达极小值的两幅图之间比较，这里不比较。",
        "en": "Fragmentation is compared only between maps where at least {pct} % of starts reach a minimum, so not here.",
    },
    "maps.basins.momentum": {
        "zh": "{name} 的动量系数 α = {alpha}（本页固定）。",
        "en": "{name} uses momentum α = {alpha} (fixed on this page).",
    },
    "maps.basins.more_broken": {
        "zh": "{more} 的吸引域比 {less} 碎 {factor} 倍：终点对起点更敏感。",
        "en": "{more}'s basins are {factor}× as broken up as {less}'s: where its runs end depends more sharply on where they start.",
    },
    "maps.basins.only_broken": {
        "zh": "{less} 的所有起点落在同一类终点（没有一条格边两侧不同）；只有在 {more} 的图上，终点才取决于起点，就在上面数到的那些格边上。",
        "en": "Every start of {less} ends in the same kind of place (no cell border has different ends on its two sides); only on {more}'s map does where a run ends depend on where it starts, at the borders counted above.",
    },
    "maps.basins.alike": {
        "zh": "两幅图的吸引域破碎程度相近（相差不到 2 倍）。",
        "en": "Both maps are about as broken up (less than 2× apart).",
    },
    "maps.basins.depth": {
        "zh": "终点组很多（{groups} 个：{minima} 个极小值 ★，{saddles} 个鞍点 ×，{maxima} 个极大值 ▲）：颜色表示终点的损失（越深色越低）。",
        "en": "Many end groups ({groups}: {minima} minima ★, {saddles} saddles ×, {maxima} maxima ▲): the colour shows the loss where a run ends (darker is lower).",
    },
    "maps.basins.optimizer": {"zh": "优化器 {n}", "en": "Optimizer {n}"},
    "maps.basins.minimum": {"zh": "终点（极小值）", "en": "ends at (minimum)"},
    "maps.basins.table": {
        "zh": "起点中落入各极小值的比例（共 {groups} 个终点组，列出最多 8 个）。",
        "en": "Share of starts that end in each minimum ({groups} end groups; up to 8 listed).",
    },
    "maps.basins.end": {"zh": "终点", "en": "ends at"},
    "maps.basins.table_kinds": {
        "zh": "起点中落入各终点的比例（共 {groups} 个终点组：{minima} 个极小值，{saddles} 个鞍点，{maxima} 个极大值；列出最多 8 个）。",
        "en": "Share of starts by where they end ({groups} end groups: {minima} minima, {saddles} saddles, {maxima} maxima; up to 8 listed).",
    },
    "maps.basins.moved": {"zh": "移动了", "en": "moved"},
    "maps.basins.table_none": {
        "zh": "起点按终点分的比例（这个曲面没有极小值）。",
        "en": "Share of starts by where they end (this surface has no minimum).",
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
    # ---- study steps (steps.py): the question, the options, the computed reveal and the why ----
    "basins.study_hidden": {
        "zh": "答题前，两张图的颜色（每个起点的训练停在哪里）和图下方的结论先隐藏。",
        "en": "Until you answer, the maps' colours (where each start's run ends) and the sentences under them stay hidden.",
    },
    "basins.step.start_mark": {"zh": "问题中的起点", "en": "the question's start"},
    "basins.step.start.title": {"zh": "同一个起点", "en": "One start, two runs"},
    "basins.step.start.question": {
        "zh": "从 (4.2, 1.3) 出发（最近的极小值 (3, 2) 距离 1.4），SGD 和动量（α = 0.9，ε 相同）各停在哪里？",
        "en": "From (4.2, 1.3), 1.4 from the nearest minimum (3, 2): where do SGD and momentum (α = 0.9, same ε) end?",
    },
    "basins.step.start.opt.both_nearest": {
        "zh": "都在最近的 (3, 2)",
        "en": "both at (3, 2), the nearest",
    },
    "basins.step.start.opt.second_away": {
        "zh": "SGD 在 (3, 2)，动量在别处",
        "en": "SGD at (3, 2), momentum elsewhere",
    },
    "basins.step.start.opt.both_away": {
        "zh": "都不在 (3, 2)",
        "en": "neither at (3, 2)",
    },
    "basins.step.start.feedback": {
        "zh": "你选的是“{chosen}”。图中起点格子 ({x}, {y})：{runs}。也就是：{saw}。",
        "en": "You chose “{chosen}”. From the drawn start cell ({x}, {y}): {runs}. That is: {saw}.",
    },
    "basins.step.start.end": {
        "zh": "{name} 停在 ({mx}, {my})",
        "en": "{name} ends at ({mx}, {my})",
    },
    "basins.step.start.lost": {
        "zh": "{name} 没有停在极小值",
        "en": "{name} does not settle at a minimum",
    },
    "basins.step.start.why": {
        "zh": "梯度下降的每一步只看脚下的坡度，小步长时它沿着最陡的方向滑进眼前的山谷，所以它的吸引域几乎就是“离哪个极小值近就去哪个”。动量带着积累的速度，冲进 (3, 2) 的山谷后还能越过谷边的山脊，滑进下一个山谷。终点不只取决于起点，也取决于优化器怎么走。",
        "en": "Each gradient-descent step looks only at the slope underfoot; with small steps it slides down the steepest way into the valley it is in, so its basins are close to “whichever minimum is near”. Momentum carries the speed it has built up: having rushed into the valley of (3, 2) it can climb over the ridge beyond and slide into the next valley. Where a run ends depends not only on where it starts but on how the optimizer moves.",
    },
    "basins.step.broken.title": {"zh": "哪张图更碎", "en": "More broken up?"},
    "basins.step.broken.question": {
        "zh": "同样的两张图：哪一张的吸引域更破碎（相邻的起点更常停在不同的极小值）？",
        "en": "The same two maps: whose basins are more broken up (neighbouring starts more often ending at different minima)?",
    },
    "basins.step.broken.opt.first": {
        "zh": "标题为“SGD”的图（梯度下降）",
        "en": "the map titled “SGD” (gradient descent)",
    },
    "basins.step.broken.opt.second": {
        "zh": "标题为“动量”的图",
        "en": "the map titled “Momentum”",
    },
    "basins.step.broken.opt.alike": {
        "zh": "差不多（相差不到 2 倍）",
        "en": "about the same (within a factor of 2)",
    },
    "basins.step.broken.feedback": {
        "zh": "你选的是“{chosen}”。图中相邻起点停在不同地方的格子边所占比例：{runs}。也就是：{saw}。",
        "en": "You chose “{chosen}”. In the drawn maps, the share of cell borders across which neighbouring starts end in different places: {runs}. That is: {saw}.",
    },
    "basins.step.broken.run": {
        "zh": "{name}：{pct} % 的格子边",
        "en": "{name} across {pct} % of borders",
    },
    "basins.step.broken.why": {
        "zh": "梯度下降的终点随起点连续变化，只在分水岭上突然改变，所以它的图是几块完整的色块。动量的终点取决于它在哪里积累了多少速度、在哪里冲过山脊：起点挪一点，冲过的山脊就可能不同。于是它的吸引域被切成许多细条，边界比梯度下降多得多。",
        "en": "Gradient descent's end changes with its start only at a watershed, so its map is a few solid patches. Momentum's end depends on where it built up how much speed and which ridge it rushed over: move the start a little and it may cross a different ridge. Its basins are cut into many thin strips, with far more borders than gradient descent's.",
    },
    "basins.step.nearest.title": {"zh": "去最近的极小值吗", "en": "To the nearest minimum?"},
    "basins.step.nearest.question": {
        "zh": "看标题为“SGD”的图（梯度下降）。它的起点中，大约百分之多少停在离起点最近的那个极小值？",
        "en": "Look at the map titled “SGD” (gradient descent). About what share (%) of its starts end at the minimum nearest to the start?",
    },
    "basins.step.nearest.feedback": {
        "zh": "你说 {answer} %；图中停在最近极小值的起点所占比例：{runs}。",
        "en": "You said {answer} %; in the drawn maps, the share of starts that end at the minimum nearest to them: {runs}.",
    },
    "basins.step.nearest.run": {"zh": "{name}：{pct} % 的起点", "en": "{name}: {pct} % of starts"},
    "basins.step.nearest.why": {
        "zh": "Himmelblau 的四个山谷大小相近，分水岭大致落在两个极小值的中间，所以小步长的梯度下降几乎总去最近的那个，例外只在分水岭弯曲的地方。动量的比例低得多：它的终点由速度和山脊决定，而不只是由距离决定。",
        "en": "Himmelblau's four valleys are of similar size and its watersheds lie roughly halfway between minima, so gradient descent with small steps nearly always goes to the nearest one, the exceptions where a watershed bends. Momentum's share is far lower: its end is decided by its speed and the ridges, not by distance alone.",
    },
    "basins.step.hidden_label": {"zh": "作答后显示", "en": "shown once you answer"},
}
