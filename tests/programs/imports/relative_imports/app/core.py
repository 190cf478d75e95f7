from . import util
from .util import helper
def run():
    return 'run: ' + helper() + ' / ' + util.__name__
