try:
    raise KeyError('first')
except KeyError:
    print(undefined_in_handler)
