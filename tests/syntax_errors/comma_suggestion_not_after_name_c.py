f(a, c b)
