"""Long-term dependencies (note 000): a recurrence multiplies by the same W at every step, so
Wᵗv explodes along eigenvalues |λ| > 1 and vanishes along |λ| < 1."""
