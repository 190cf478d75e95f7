counter = 0
def inc():
    global counter
    counter += 1
    return counter
for i in range(5):
    print(inc())
print('counter', counter)
def make():
    global newname
    newname = 'created'
make()
print(newname)
def readonly():
    return counter * 2
print(readonly())
