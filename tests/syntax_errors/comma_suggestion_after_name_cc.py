f(a, cc b)
