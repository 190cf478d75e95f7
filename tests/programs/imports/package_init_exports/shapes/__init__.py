from .square import Square
from .calc import area
__all__ = ['Square', 'area']
