"""Batch size and gradient noise (notes 000, 003): full-batch GD, minibatch and SGD on a real
linear regression's loss; the spread of minibatch gradients; noise that leaves a narrow
minimum but not a wide one."""
