import sys

loaded = []


def __getattr__(name):
    if name == 'EXPENSIVE':
        loaded.append(name)
        globals()['EXPENSIVE'] = value = 'computed once'
        return value
    if name == 'boom':
        raise KeyError('not an AttributeError')
    raise AttributeError(f"module {__name__} has no attribute {name}")


def __dir__():
    return ['EXPENSIVE', 'loaded']
