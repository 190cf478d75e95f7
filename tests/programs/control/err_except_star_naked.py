# A naked exception caught by except* and re-raised escapes wrapped in an ExceptionGroup.
try:
    raise ValueError('naked')
except* ValueError:
    raise
