"""Cliffs and exploding gradients (note 000): one step on the wall throws the parameters far;
gradient clipping keeps the step under control."""
