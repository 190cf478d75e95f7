def compute():
    total = 1
    return totl * 2
compute()
