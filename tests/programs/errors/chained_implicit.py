def load():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('could not load')
load()
