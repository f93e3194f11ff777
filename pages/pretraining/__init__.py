"""Initialising from a pre-trained network (note 000): task B (even or odd, from a few
examples) started from task A's hidden layers against a random start."""
