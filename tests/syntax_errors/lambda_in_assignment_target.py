x = lambda = 1
