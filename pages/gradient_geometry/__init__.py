"""The gradient's geometry (notes 004 and 001): at any point of a surface, the directional
derivative D_u L = ∇L·u over every direction, the contour's tangent where it is zero, and the
radius within which the first-order Taylor model behind gradient descent holds."""
