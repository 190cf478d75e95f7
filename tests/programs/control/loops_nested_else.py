found = None
for i in range(2, 30):
    for j in range(2, i):
        if i % j == 0:
            break
    else:
        found = i
        print('prime', i)
print('last prime', found)
count = 0
while True:
    count += 1
    if count > 5:
        break
print(count)
