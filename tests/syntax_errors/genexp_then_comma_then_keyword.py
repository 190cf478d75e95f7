f(x for x in y, k=1)
