from .. import sub
from ..sub import NAME
from . import __name__ as parent_name
def where():
    return (__name__, __package__, NAME, sub.__name__, parent_name)
