"""The gradient-geometry lesson's strings, in 中文 and English."""

STRINGS: dict[str, dict[str, str]] = {
    "page.geometry.title": {"zh": "梯度的几何", "en": "The gradient's geometry"},
    "geometry.point": {"zh": "点 θ", "en": "point θ"},
    "geometry.click_hint": {
        "zh": "点击等高线图上任意一点，在那里看方向导数与线性近似。",
        "en": "Click anywhere on the contour to look at the directions and the linear model there.",
    },
    "geometry.tau": {"zh": "允许的线性近似误差 τ", "en": "linear model's allowed error τ"},
    "geometry.tau_help": {
        "zh": "半径 r 之内，|L(θ+δ) − L(θ) − ∇L·δ| 在每个方向上都不超过 τ·r‖∇L‖。",
        "en": "Within the radius r, |L(θ+δ) − L(θ) − ∇L·δ| stays ≤ τ·r‖∇L‖ in every direction.",
    },
    "geometry.view_plane": {"zh": "等高线与方向", "en": "Contour and directions"},
    "geometry.view_3d": {"zh": "三维：切平面", "en": "3-D: tangent plane"},
    "geometry.trust": {"zh": "线性近似成立的半径", "en": "radius where the linear model holds"},
    "geometry.tangent": {"zh": "等高线方向（D_u L = 0）", "en": "along the contour (D_u L = 0)"},
    "geometry.gradient": {"zh": "∇L 方向", "en": "∇L direction"},
    "geometry.descent": {"zh": "−∇L 方向", "en": "−∇L direction"},
    "geometry.step": {"zh": "−ε∇L", "en": "−ε∇L"},
    "geometry.landing": {"zh": "一步之后", "en": "after the step"},
    "geometry.predicted": {"zh": "线性近似的预测", "en": "linear model's prediction"},
    "geometry.plane": {"zh": "切平面", "en": "tangent plane"},
    "geometry.directional": {"zh": "方向导数 D_u L", "en": "directional derivative D_u L"},
    "geometry.zero": {"zh": "D_u L = 0", "en": "D_u L = 0"},
    "geometry.polar_title": {
        "zh": "各方向 u 上的 D_u L（中心 = 最小，外圈 = 最大，虚线圆 = 0）",
        "en": "D_u L in every direction u (centre: smallest, rim: largest, dotted circle: 0)",
    },
    "geometry.directions": {
        "zh": "D_u L 在 {angle}° 方向最大（{top}），即 ∇L 的方向（{grad_angle}°，‖∇L‖ = {norm}）；沿等高线（{t1}° 与 {t2}°）它为 {along}；沿 −∇L 最小（{bottom}）。",
        "en": "D_u L is largest, {top}, at {angle}°: the direction of ∇L ({grad_angle}°, ‖∇L‖ = {norm}). Along the contour ({t1}° and {t2}°) it is {along}; along −∇L it is smallest, {bottom}.",
    },
    "geometry.radius": {
        "zh": "在 θ 周围半径 r = {radius} 之内，线性近似的误差不超过它所预测变化的 {tau}。",
        "en": "Within r = {radius} of θ the linear model is off by at most {tau} of the change it predicts.",
    },
    "geometry.radius_none": {
        "zh": "即使在检查的最小半径 {first} 处，线性近似的误差也超过它预测的变化的 {tau}：没有它成立的圆（半径 0）。",
        "en": "Even at the smallest radius checked, {first}, the linear model is off by more than {tau} of the change it predicts: there is no circle where it holds (radius 0).",
    },
    "geometry.radius_at_least": {
        "zh": "在检查过的整个范围内（半径 {radius}），线性近似的误差都不超过它所预测变化的 {tau}。",
        "en": "Everywhere checked, out to r = {radius}, the linear model is off by at most {tau} of the change it predicts.",
    },
    "geometry.step_inside": {
        "zh": "ε = {lr} 的一步长 {length}，在半径 {radius} 之内：线性近似预测 ΔL = {predicted}，实际 ΔL = {actual}（预测的 {share}）。",
        "en": "The step with ε = {lr} is {length} long, inside the radius {radius}: the linear model predicts ΔL = {predicted}, the loss changes by {actual} ({share} of the prediction).",
    },
    "geometry.step_outside": {
        "zh": "ε = {lr} 的一步长 {length}，超出了线性近似在各方向上都准确到 {tau} 的半径 {radius}：它预测 ΔL = {predicted}，实际 ΔL = {actual}（预测的 {share}）。",
        "en": "The step with ε = {lr} is {length} long, outside the radius {radius} within which the linear model holds to {tau} in every direction: it predicts ΔL = {predicted}, the loss changes by {actual} ({share} of the prediction).",
    },
    "geometry.step_outside_up": {
        "zh": "ε = {lr} 的一步长 {length}，超出半径 {radius}：线性近似预测 ΔL = {predicted}，损失却上升了 {actual}。ε 太大，梯度下降所依据的近似不再成立。",
        "en": "The step with ε = {lr} is {length} long, outside the radius {radius}: the linear model predicts ΔL = {predicted}, yet the loss rises by {actual}. Too large an ε breaks the approximation gradient descent was derived from.",
    },
    "geometry.critical": {
        "zh": "这里 ∇L ≈ 0（‖∇L‖ = {norm}）：每个方向的一阶变化都是 0，线性近似预测损失不变，梯度下降不会移动。",
        "en": "∇L ≈ 0 here (‖∇L‖ = {norm}): to first order every direction is flat, the linear model predicts no change, and gradient descent does not move.",
    },
    "geometry.caption_3d": {
        "zh": "橙色：切平面 L(θ) + ∇L·δ；蓝圈：线性近似成立的半径；虚线：一步之后，平面上的预测（空心）与曲面上的实际损失（实心）之差。",
        "en": "Orange: the tangent plane L(θ) + ∇L·δ. Blue circle: the radius where the linear model holds. Dashed: after the step, the plane's prediction (open) against the surface's loss (filled).",
    },
    "geometry.caption_plane": {
        "zh": "黑色箭头：∇L 的方向；橙色点线：沿等高线；蓝色虚线圆：线性近似准确到 τ 的半径；彩色箭头：一步 −ε∇L（留在圆内为绿色，越出为红色）。",
        "en": "Black arrow: ∇L's direction. Orange dots: along the contour. Blue dashed circle: where the linear model holds to τ. Coloured arrow: the step −ε∇L (green inside the circle, red outside).",
    },
    "geometry.rule": {
        "zh": "方向导数与一阶泰勒展开",
        "en": "The directional derivative and the first-order Taylor model",
    },
    "ask.geometry.radius": {
        "zh": "在 θ = ({x}, {y})，一阶泰勒模型在多大的半径 r_τ 之内，误差都不超过 τ = {tau}（相对于 s‖∇L‖）？",
        "en": "At θ = ({x}, {y}), up to what radius r_τ does the first-order Taylor model stay within τ = {tau} (of s‖∇L‖)?",
    },
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "geometry.why": {
        "zh": "沿单位方向 u 的斜率是方向导数 ∇L·u = ‖∇L‖cos φ，φ 是 u 与梯度的夹角。cos φ 在 φ = 0 时最大，所以梯度方向是上升最快的方向，反方向是下降最快的方向；与梯度垂直的方向斜率为零，这正是等高线的切线方向。梯度下降依据的是一阶泰勒展开：在当前点附近，曲面可以用一个平面近似。这个近似只在一个小半径内准确，步子太大时曲面的弯曲会让“向下”的一步反而上升。",
        "en": "The slope along a unit direction u is the directional derivative ∇L·u = ‖∇L‖cos φ, with φ the angle between u and the gradient. cos φ is largest at φ = 0, so the gradient is the direction of steepest ascent and its opposite the steepest descent; perpendicular to the gradient the slope is zero, which is the contour's tangent. Gradient descent rests on the first-order Taylor expansion: near the current point the surface looks like a plane. That picture is accurate only within a small radius; with too large a step the surface's bending can make a “downhill” step go up.",
    },
}
