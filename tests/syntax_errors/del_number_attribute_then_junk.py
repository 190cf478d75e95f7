del 0 .x y
