from y_mod import Y
X = 1
