with (a as b)
