def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received
g = echo()
print(g.send(None))
print(g.send('a'))
print(g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
g2 = echo()
try:
    g2.send('too early')
except TypeError as e:
    print(e)
