"""The gradient-geometry lesson's strings, in 中文 and English."""

STRINGS: dict[str, dict[str, str]] = {
    "page.geometry.title": {"zh": "梯度的几何", "en": "The gradient's geometry"},
    "geometry.point": {"zh": "点 θ", "en": "point θ"},
    "geometry.click_hint": {
        "zh": "点击等高线图上任意一点，在那里看方向导数与线性近似。",
        "en": "Click anywhere on the contour to look at the directions and the linear model there.",
    },
    # short: a label of three lines at 1024×768 in 中文 with the projector on; the help says more
    "geometry.tau": {"zh": "允许误差 τ", "en": "tolerance τ"},
    "geometry.tau_help": {
        "zh": "线性近似允许的误差：半径 r 之内，|L(θ+δ) − L(θ) − ∇L·δ| 在每个方向上都不超过 τ·r‖∇L‖。",
        "en": "The linear model's allowed error: within the radius r, |L(θ+δ) − L(θ) − ∇L·δ| stays ≤ τ·r‖∇L‖ in every direction.",
    },
    "geometry.view_plane": {"zh": "等高线与方向", "en": "Contour and directions"},
    "geometry.view_3d": {"zh": "三维：切平面", "en": "3-D: tangent plane"},
    "geometry.trust": {"zh": "线性近似成立的半径", "en": "radius where the linear model holds"},
    "geometry.tangent": {
        "zh": "等高线方向（D<sub>u</sub>L = 0）",
        "en": "along the contour (D<sub>u</sub>L = 0)",
    },
    "geometry.gradient": {"zh": "∇L 方向", "en": "∇L direction"},
    "geometry.descent": {"zh": "−∇L 方向", "en": "−∇L direction"},
    "geometry.step": {"zh": "−ε∇L", "en": "−ε∇L"},
    "geometry.landing": {"zh": "一步之后", "en": "after the step"},
    "geometry.predicted": {"zh": "线性近似的预测", "en": "linear model's prediction"},
    "geometry.plane": {"zh": "切平面", "en": "tangent plane"},
    "geometry.directional": {
        "zh": "方向导数 D<sub>u</sub>L",
        "en": "directional derivative D<sub>u</sub>L",
    },
    "geometry.zero": {"zh": "D<sub>u</sub>L = 0", "en": "D<sub>u</sub>L = 0"},
    "geometry.polar_title": {
        "zh": "各方向 u 上的 $D_u L$（中心 = 最小，外圈 = 最大，虚线圆 = 0）",
        "en": "$D_u L$ in every direction u (centre: smallest, rim: largest, dotted circle: 0)",
    },
    "geometry.directions": {
        "zh": "$D_u L$ 在 {angle}° 方向最大（{top}），即 ∇L 的方向（{grad_angle}°，‖∇L‖ = {norm}）；沿等高线（{t1}° 与 {t2}°，与 ∇L 垂直）它为 0；沿 −∇L 最小（{bottom}）。",
        "en": "$D_u L$ is largest, {top}, at {angle}°: the direction of ∇L ({grad_angle}°, ‖∇L‖ = {norm}). Along the contour ({t1}° and {t2}°, perpendicular to ∇L) it is 0; along −∇L it is smallest, {bottom}.",
    },
    "geometry.radius": {
        "zh": "在 θ 周围半径 r = {radius} 之内，沿任一方向走距离 s，线性近似的误差都不超过 {tau} × s‖∇L‖（s‖∇L‖ 是沿梯度方向走 s 时它预测的变化）。",
        "en": "Within r = {radius} of θ, a move of length s in any direction leaves the linear model off by at most {tau} × s‖∇L‖ (s‖∇L‖ is the change it predicts for a move of s along the gradient).",
    },
    # a kink at θ (|x| at x = 0): said instead of geometry.directions, whose numbers assume
    # a smooth L (optimizers.taylor.Geometry.kink)
    "geometry.kink": {
        "zh": "L 在 θ 处有折点（如 |x| 在 x = 0 处），不可导：从半径 {first} 到 {far}，线性近似的误差都至少是 s‖∇L‖ 的 {error}，而光滑的 L 的误差会随半径一起变小。所以这里算出的 ∇L（{grad_angle}°，‖∇L‖ = {norm}）、方向导数 $D_u L$ = ∇L·u 和左边的极坐标曲线都不能描述 L：沿某些方向，L 的变化率与 ∇L·u 不同。",
        "en": "L has a kink at θ (as |x| has at x = 0) and is not differentiable there: at every radius from {first} to {far} the linear model is off by at least {error} of s‖∇L‖, where a smooth L's error shrinks with the radius. So the ∇L computed here ({grad_angle}°, ‖∇L‖ = {norm}), the directional derivatives $D_u L$ = ∇L·u and the polar curve do not describe L: along some directions its rate of change differs from ∇L·u.",
    },
    "geometry.radius_none": {
        "zh": "在检查的最小半径 {first} 处，线性近似的误差已超过 {tau} × s‖∇L‖（沿梯度方向走 s 时它预测的变化）：它准确到 {tau} 的半径比 {first} 还小，这里没有画圆。",
        "en": "Already at the smallest radius checked, {first}, the linear model is off by more than {tau} × s‖∇L‖ (the change it predicts for a move of s along the gradient): the radius where it holds to {tau} is smaller than {first}, and no circle is drawn.",
    },
    "geometry.radius_at_least": {
        "zh": "在检查过的整个范围内（半径 {radius}），沿任一方向走距离 s，线性近似的误差都不超过 {tau} × s‖∇L‖（沿梯度方向走 s 时它预测的变化）。",
        "en": "Everywhere checked, out to r = {radius}, a move of length s in any direction leaves the linear model off by at most {tau} × s‖∇L‖ (the change it predicts for a move of s along the gradient).",
    },
    "geometry.step_inside": {
        "zh": "ε = {lr} 的一步长 {length}，在半径 {radius} 之内：线性近似预测 ΔL = {predicted}，实际 ΔL = {actual}（预测的 {share}）。",
        "en": "The step with ε = {lr} is {length} long, inside the radius {radius}: the linear model predicts ΔL = {predicted}, the loss changes by {actual} ({share} of the prediction).",
    },
    "geometry.step_outside": {
        "zh": "ε = {lr} 的一步长 {length}，超出半径 {radius}（在此半径内，线性近似沿每个方向的误差都保证不超过 {tau}）。线性近似预测 ΔL = {predicted}，实际 ΔL = {actual}（预测的 {share}）：这一步自己的误差是 {error}，超过 {tau}。",
        "en": "The step with ε = {lr} is {length} long, outside the radius {radius} (within it the linear model is guaranteed to hold to {tau} in every direction). The linear model predicts ΔL = {predicted}, the loss changes by {actual} ({share} of the prediction): this step's own error is {error}, more than {tau}.",
    },
    "geometry.step_outside_within": {
        "zh": "ε = {lr} 的一步长 {length}，超出半径 {radius}（在此半径内，线性近似沿每个方向的误差都保证不超过 {tau}）。线性近似预测 ΔL = {predicted}，实际 ΔL = {actual}（预测的 {share}）：这一步自己的误差是 {error}，仍在 {tau} 以内。",
        "en": "The step with ε = {lr} is {length} long, outside the radius {radius} (within it the linear model is guaranteed to hold to {tau} in every direction). The linear model predicts ΔL = {predicted}, the loss changes by {actual} ({share} of the prediction): this step's own error is {error}, within {tau} all the same.",
    },
    "geometry.step_beyond_smallest": {
        "zh": "ε = {lr} 的一步长 {length}，超出了线性近似准确到 {tau} 的半径（小于 {first}）。线性近似预测 ΔL = {predicted}，实际 ΔL = {actual}（预测的 {share}）：这一步自己的误差是 {error}。",
        "en": "The step with ε = {lr} is {length} long, beyond the radius where the linear model holds to {tau} (smaller than {first}). The linear model predicts ΔL = {predicted}, the loss changes by {actual} ({share} of the prediction): this step's own error is {error}.",
    },
    "geometry.step_below_smallest": {
        "zh": "ε = {lr} 的一步长 {length}，比检查的最小半径 {first} 还短；线性近似准确到 {tau} 的半径也小于 {first}，这一步是否在它之内没有测到。线性近似预测 ΔL = {predicted}，实际 ΔL = {actual}（预测的 {share}）：这一步自己的误差是 {error}。",
        "en": "The step with ε = {lr} is {length} long, shorter than the smallest radius checked, {first}; the radius where the linear model holds to {tau} is smaller than {first} too, and whether this step lies within it was not measured. The linear model predicts ΔL = {predicted}, the loss changes by {actual} ({share} of the prediction): this step's own error is {error}.",
    },
    "geometry.step_outside_up": {
        "zh": "ε = {lr} 的一步长 {length}，超出半径 {radius}：线性近似预测 ΔL = {predicted}，损失却上升了 {actual}。ε 太大，梯度下降所依据的近似不再成立。",
        "en": "The step with ε = {lr} is {length} long, outside the radius {radius}: the linear model predicts ΔL = {predicted}, yet the loss rises by {actual}. Too large an ε breaks the approximation gradient descent was derived from.",
    },
    "geometry.critical": {
        "zh": "这里 ∇L ≈ 0（‖∇L‖ = {norm}）：每个方向的一阶变化都是 0，线性近似预测损失不变，梯度下降不会移动。",
        "en": "∇L ≈ 0 here (‖∇L‖ = {norm}): to first order every direction is flat, the linear model predicts no change, and gradient descent does not move.",
    },
    # ‖∇L‖ small but not 0 (the plateau at (3, 4): 1.1e-08 read "does not move")
    "geometry.near_critical": {
        "zh": "这里 ∇L ≈ 0（‖∇L‖ = {norm}）：一阶近似下每个方向都几乎是平的（斜率都不超过 {norm}），梯度下降的一步 ε∇L 最长只有 ε × {norm}：几乎不动。",
        "en": "∇L ≈ 0 here (‖∇L‖ = {norm}): to first order every direction is nearly flat (no slope steeper than {norm}), so gradient descent's step ε∇L is at most ε × {norm} long: it barely moves.",
    },
    "geometry.caption_3d": {
        "zh": "橙色：切平面 L(θ) + ∇L·δ；蓝圈：线性近似成立的半径；虚线：一步之后，平面上的预测（空心）与曲面上的实际损失（实心）之差。",
        "en": "Orange: the tangent plane L(θ) + ∇L·δ. Blue circle: the radius where the linear model holds. Dashed: after the step, the plane's prediction (open) against the surface's loss (filled).",
    },
    "geometry.caption_plane": {
        "zh": "黑色箭头：∇L 的方向；橙色点线：沿等高线；蓝色虚线圆：线性近似准确到 τ 的半径；彩色箭头：一步 −ε∇L（留在圆内为绿色，越出为红色；无圆且短于检查的最小半径时为灰色；伸出图外时在边缘截断，箭头为开口）。",
        "en": "Black arrow: ∇L's direction. Orange dots: along the contour. Blue dashed circle: where the linear model holds to τ. Coloured arrow: the step −ε∇L (green inside the circle, red outside, grey with no circle and shorter than the smallest radius checked; cut at the plot's edge with an open head where it runs beyond).",
    },
    "geometry.caption_hidden": {
        "zh": "白色菱形：点 θ。",
        "en": "White diamond: the point θ.",
    },
    "geometry.study_hidden": {
        "zh": "答题前，图中只画点 θ：∇L 的方向、沿等高线的方向、一步 −ε∇L，以及下方的极坐标图和结论先隐藏。",
        "en": "Until you answer, the figure shows only the point θ: ∇L's direction, the contour's, the step −ε∇L, and the polar plot and sentences below stay hidden.",
    },
    "geometry.rule": {
        "zh": "方向导数与一阶泰勒展开",
        "en": "The directional derivative and the first-order Taylor model",
    },
    "ask.geometry.radius": {
        "zh": "在 θ = ({x}, {y})，一阶泰勒模型在多大的半径 $r_\\tau$ 之内，误差都不超过 τ = {tau}（相对于 s‖∇L‖）？",
        "en": "At θ = ({x}, {y}), up to what radius $r_\\tau$ does the first-order Taylor model stay within τ = {tau} (of s‖∇L‖)?",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "geometry.why": {
        "zh": "沿单位方向 u 的斜率是方向导数 ∇L·u = ‖∇L‖cos φ，φ 是 u 与梯度的夹角。cos φ 在 φ = 0 时最大，所以梯度方向是上升最快的方向，反方向是下降最快的方向；与梯度垂直的方向斜率为零，这正是等高线的切线方向。梯度下降依据的是一阶泰勒展开：在当前点附近，曲面可以用一个平面近似。这个近似只在一个小半径内准确，步子太大时曲面的弯曲会让“向下”的一步反而上升。",
        "en": "The slope along a unit direction u is the directional derivative ∇L·u = ‖∇L‖cos φ, with φ the angle between u and the gradient. cos φ is largest at φ = 0, so the gradient is the direction of steepest ascent and its opposite the steepest descent; perpendicular to the gradient the slope is zero, which is the contour's tangent. Gradient descent rests on the first-order Taylor expansion: near the current point the surface looks like a plane. That picture is accurate only within a small radius; with too large a step the surface's bending can make a “downhill” step go up.",
    },
    # ---- study steps (steps.py): the question, the computed reveal and the why -------------
    "geometry.step.steepest.title": {"zh": "最陡的方向", "en": "The steepest direction"},
    "geometry.step.steepest.question": {
        "zh": "碗面 x²/10 + y²，θ = (−7, 2)。朝哪个方向走，损失上升得最快？用角度回答（0° 为 +x 方向，逆时针）。",
        "en": "The bowl x²/10 + y² at θ = (−7, 2). In which direction does the loss rise fastest? Answer with an angle (0° is +x, counter-clockwise).",
    },
    "geometry.step.steepest.feedback": {
        "zh": "你说 {answer}°；图中 $D_u L$ 曲线在 {peak}° 最高（$D_u L$ = {top}）。",
        "en": "You said {answer}°; the drawn $D_u L$ curve is highest at {peak}° ($D_u L$ = {top}).",
    },
    "geometry.step.steepest.feedback_descent": {
        "zh": "你说 {answer}°；图中 $D_u L$ 曲线在 {peak}° 最高（$D_u L$ = {top}）。你给的是 −∇L 的方向：曲线在 {low}° 最低（$D_u L$ = {bottom}），那是损失下降最快的方向；题目问的是上升最快的方向，与它正好相反。",
        "en": "You said {answer}°; the drawn $D_u L$ curve is highest at {peak}° ($D_u L$ = {top}). Yours is the direction of −∇L: the curve is lowest at {low}° ($D_u L$ = {bottom}), where the loss falls fastest; the question asks where it rises fastest, the opposite way.",
    },
    "geometry.step.steepest.why": {
        "zh": "沿单位方向 u 的变化率是 $D_u L$ = ∇L·u = ‖∇L‖ cos φ，φ 是 u 与梯度的夹角。cos φ 在 φ = 0 时最大，所以梯度方向就是上升最快的方向，最大变化率正是 ‖∇L‖。这里 ∇L = (−1.4, 4)，指向约 109°（上坡）：在狭长的碗里，下降方向 −∇L = (1.4, −4) 主要沿陡的 y 方向，而不是指向谷底中心。",
        "en": "The rate of change along a unit direction u is $D_u L$ = ∇L·u = ‖∇L‖ cos φ, with φ the angle between u and the gradient. cos φ is largest at φ = 0, so the gradient's own direction is the steepest way up, and the largest rate is ‖∇L‖ itself. Here ∇L = (−1.4, 4) points at about 109° (uphill): in the narrow bowl the descent direction −∇L = (1.4, −4) runs mostly along the steep y direction, not towards the bowl's centre.",
    },
    "geometry.step.flat.title": {"zh": "不升不降的方向", "en": "Where it is flat"},
    "geometry.step.flat.question": {
        "zh": "同一点 θ = (−7, 2)。朝哪个方向走，损失一开始既不升也不降（$D_u L$ = 0）？给出一个角度。",
        "en": "The same point θ = (−7, 2). In which direction does the loss at first neither rise nor fall ($D_u L$ = 0)? Give one angle.",
    },
    "geometry.step.flat.feedback": {
        "zh": "你说 {answer}°；图中 $D_u L$ 曲线在 {t1}° 和 {t2}° 穿过 0。",
        "en": "You said {answer}°; the drawn $D_u L$ curve crosses 0 at {t1}° and {t2}°.",
    },
    # the likeliest wrong answer: ∇L's own direction (109° at (−7, 2)), steepest, not flat
    "geometry.step.flat.feedback_steepest": {
        "zh": "你说 {answer}°：这是{which}的方向（$D_u L$ = {value}），损失在那里变化最快；图中 $D_u L$ 曲线在 {t1}° 和 {t2}° 穿过 0，平坦的方向与它差 90°。",
        "en": "You said {answer}°: that is the {which} direction ($D_u L$ = {value}), where the loss changes fastest; the drawn $D_u L$ curve crosses 0 at {t1}° and {t2}°, the flat directions, at 90° to it.",
    },
    "geometry.step.flat.up": {"zh": "上升最快", "en": "steepest-rise"},
    "geometry.step.flat.down": {"zh": "下降最快", "en": "steepest-descent"},
    "geometry.step.flat.everywhere": {
        "zh": "你说 {answer}°；这里梯度为零，图中 $D_u L$ 在每个方向上都是 0。",
        "en": "You said {answer}°; the gradient is zero here, and the drawn $D_u L$ is 0 in every direction.",
    },
    "geometry.step.flat.why": {
        "zh": "$D_u L$ = ‖∇L‖ cos φ 在 φ = ±90° 时为零：与梯度垂直的两个方向。沿这两个方向，一阶近似下损失不变，它们正是等高线在 θ 处的切线。所以梯度总是垂直于等高线：梯度下降每一步都横穿等高线，而不是沿着它走。",
        "en": "$D_u L$ = ‖∇L‖ cos φ is zero at φ = ±90°: the two directions perpendicular to the gradient. Along them the loss does not change to first order, and they are the contour's tangent at θ. So the gradient is always perpendicular to the contour: each descent step cuts across the contour lines, never along them.",
    },
    "geometry.step.fall.title": {"zh": "大步的真实下降", "en": "What a long step really gains"},
    "geometry.step.fall.question": {
        "zh": "ε = 0.5 时，一阶泰勒近似说这一步 −ε∇L 会让损失下降 ε‖∇L‖² = 8.98。实际下降多少？（填下降的量，或带负号的变化 ΔL，都算。）",
        "en": "With ε = 0.5 the first-order Taylor model says the step −ε∇L lowers the loss by ε‖∇L‖² = 8.98. By how much does it really fall? (Give the fall, or the change ΔL with its minus sign: either counts.)",
    },
    "geometry.step.fall.feedback": {
        "zh": "你说 {answer}；这一步落在 ({x}, {y})，那里 L = {after}，比原来的 {before} 下降 {fall}，是预测值 {predicted} 的 {share}。",
        "en": "You said {answer}; the step lands at ({x}, {y}), where L = {after}, down {fall} from {before}: {share} of the predicted {predicted}.",
    },
    "geometry.step.fall.feedback_signed": {
        "zh": "你说 {answer}：按带符号的变化 ΔL 来读（问的是下降多少，正负号都算对）。这一步落在 ({x}, {y})，那里 L = {after}，比原来的 {before} 变化 ΔL = {change}，即下降 {fall}，是预测值 {predicted} 的 {share}。",
        "en": "You said {answer}: read as the signed change ΔL (the question asks how much it falls, so either sign counts). The step lands at ({x}, {y}), where L = {after}, a change ΔL = {change} from {before}, that is down {fall}: {share} of the predicted {predicted}.",
    },
    "geometry.step.fall.why": {
        "zh": "一阶模型 L(θ + δ) ≈ L(θ) + ∇Lᵀδ 只在 θ 附近的小范围内可靠（虚线圆，误差不超过 τ）。这一步长 2.12，远远超出那个半径。沿 y 方向，模型以为坡度一直是出发点的那么陡，承诺下降 8；可这一步正好走到谷底 y = 0，坡度一路减小到零，实际只降了 4。学习率太大时，梯度方向没有错，错的是“沿直线一直同样陡”的假设。",
        "en": "The linear model L(θ + δ) ≈ L(θ) + ∇Lᵀδ is reliable only close to θ (the dashed circle, where its error stays within τ). This step is 2.12 long, far outside that radius. Along y the model assumes the slope stays as steep as at the start and promises a fall of 8; but the step goes right to the valley floor y = 0, the slope easing to zero on the way, and only 4 of it comes true. With too large a learning rate the gradient's direction is not wrong; the assumption that the slope stays the same along a straight line is.",
    },
}
