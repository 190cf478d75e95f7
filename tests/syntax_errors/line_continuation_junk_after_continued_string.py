x = 'a\
b' \x
