"""Critical points (notes 003, 000): gradient, Hessian and the kind of any point; escaping a
saddle along its negative-curvature direction."""
