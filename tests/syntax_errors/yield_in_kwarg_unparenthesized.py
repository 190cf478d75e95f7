f(a=yield x)
