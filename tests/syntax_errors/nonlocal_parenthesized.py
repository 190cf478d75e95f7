nonlocal (a)
