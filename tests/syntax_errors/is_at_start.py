is x
