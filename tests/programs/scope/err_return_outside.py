print('never printed')
x = 1
return x
