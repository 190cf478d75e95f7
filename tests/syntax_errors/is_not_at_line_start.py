is not a
