i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        break
    print('even', i)
else:
    print('never: broke out')
print('i =', i)
n = 0
while n < 3:
    n += 1
else:
    print('while else ran', n)
for x in []:
    pass
else:
    print('for else on empty')
for x in range(3):
    for y in range(3):
        if y == 1:
            break
        print(x, y)
    else:
        print('inner else')
