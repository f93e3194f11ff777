"""L1 vs L2 regularisation (note 002): the data loss with the L2 circle and the L1 diamond,
the regularised minimum's path as λ grows, and early stopping on the same model."""
