"""Predict, then reveal: a room where the class answers before the trajectories are shown
(reached by the link a lesson's "Ask the class first" opens, not from the sidebar)."""
