x in:
    pass
