f（x)
