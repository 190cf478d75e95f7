if a <:
    pass
