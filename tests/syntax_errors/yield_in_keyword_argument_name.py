f(yield=1)
