"""Regularisation on a real network (note 002): no regularisation, L2, L1 and dropout on a
small MLP trained on scikit-learn's bundled 8×8 digits; the note's table of accuracies, small
weights and per-layer norms, live; early stopping on the real validation curve."""
