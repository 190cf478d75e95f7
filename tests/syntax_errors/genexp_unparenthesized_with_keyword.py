f(x for x in y, a=1)
