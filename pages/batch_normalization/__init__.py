"""Batch and input normalisation (note 000): the initialisation lesson's 6-layer network with
and without BN (activations, trainable learning rates, landscape smoothness, after Santurkar
et al. 2018) and raw, zero-centred and unit-normalised inputs."""
