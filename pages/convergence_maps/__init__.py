"""Convergence maps: every pair of two hyper-parameters swept in one vmapped call, with the
closed-form theory on top and one click back to the Playground."""
