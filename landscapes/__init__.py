"""Loss surfaces: pure `jnp` functions plus the metadata the lessons draw.

>>> import landscapes
>>> bowl = landscapes.get("bowl")
>>> float(bowl.loss(jnp.array([-7.0, 2.0])))
8.9
"""

from landscapes import grid as grid
from landscapes import surfaces as surfaces
from landscapes.base import Landscape, Loss, Point, get, names, register

__all__ = ["Landscape", "Loss", "Point", "get", "grid", "names", "register", "surfaces"]
