from x_mod import X
Y = 2
