"""Schedules and adaptive steps: how the step size changes over time, globally (schedules) and
per coordinate (AdaGrad, RMSProp, Adam, Delta-bar-Delta) (notes 000, 001, 002)."""
