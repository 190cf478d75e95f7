items = [1, 2, 3]
count = '3'
print(len(items) + count)
