"""Batch and input normalisation (note 000): a network like the initialisation lesson's (five
hidden layers of 100 units and an output layer) with and without BN (activations, trainable
learning rates, landscape smoothness, after Santurkar et al. 2018) and raw, zero-centred and
unit-normalised inputs."""
