f(x for x in y, a b)
