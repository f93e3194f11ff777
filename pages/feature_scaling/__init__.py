"""Feature scaling (note 001): one regression, its centred features in raw, standardised and
min-max units; the same least loss in every panel, elongated vs round contours, and the steps
gradient descent needs on each at its best step size 2/(λ_min + λ_max)."""
