assert (a, b):
