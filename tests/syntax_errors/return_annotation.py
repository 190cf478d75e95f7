return: int
