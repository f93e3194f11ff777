"""Learning rate in 1-D (notes 001, 004): the same curve, several step sizes side by side."""
