"""Weight initialisation (notes 002, 000): how each initialisation and activation spreads a
6-layer network's activations and gradients, the note's table measured live, and zero
initialisation leaving every unit of a layer identical."""
