a, b c = d in e
