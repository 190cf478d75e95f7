def helper():
    return 'helper'
def helper_chain():
    from .core import run
    return 'chain -> ' + run()
