f(lambda /: 1)
