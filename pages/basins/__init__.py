"""Basins of attraction: every start point of a surface coloured by the minimum two optimizers
end in, side by side, and how broken up each map is (once a view of the convergence maps)."""
