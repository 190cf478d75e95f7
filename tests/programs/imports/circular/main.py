import a
print('main sees', a.A_VALUE, a.b.B_VALUE)
print(a.use_b(), a.b.use_a())
