"""The edge of stability (Cohen et al., ICLR 2021; note 001's stability rule ελ_max < 2):
full-batch gradient descent on a small network, its sharpness λ_max rising to 2/ε and hovering
there while the loss keeps falling; beside it a quadratic, whose λ_max never moves."""
