count = 0
def outer():
    total = 0
    def inner(n):
        global count
        nonlocal total
        count += 1
        total += n
        return total
    for i in range(4):
        inner(i)
    return total
print(outer(), count)
print(outer(), count)
