"""Playground: several optimizers race on one surface, with a step-by-step view of one rule."""
