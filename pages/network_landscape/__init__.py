"""A real network's loss landscape (note 004; Li et al. 2018): a small MLP trained on a
generated moons dataset; its loss along two filter-normalised random directions (contour and
3-D) and along the two PCA directions of its training trajectory; residual connections on/off."""
