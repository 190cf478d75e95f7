# except* may not name an exception group type.
try:
    raise ValueError(4)
except* ExceptionGroup:
    pass
