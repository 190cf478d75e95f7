a, b c: int
