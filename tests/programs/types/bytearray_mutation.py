# bytearray mutation: items, slices (simple and extended), in-place operators and their errors.
ba = bytearray(b'0123456789')
ba[0] = 65
ba[-1] = 0x5a
ba[2:5] = b'xy'
ba[6:6] = [1, 2]
ba[::3] = bytes(len(ba[::3]))
print(ba, len(ba))
del ba[1]
del ba[-2:]
del ba[::2]
print(ba)
ba[1:3] = bytearray(b'--')
ba[:] = ba + ba
ba[0:0] = memoryview(b'<')
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.insert(0, 33)
ba.insert(100, 34)
ba.insert(-100, 35)
ba.extend(range(97, 100))
ba.extend(b'!!')
ba.extend(x for x in (48, 49))
ba.remove(ord('!'))
print(ba, ba.count(b'!'), ba.index(b'a'))
ba2 = bytearray(b'ab')
alias = ba2
ba2 += b'cd'
ba2 *= 2
print(ba2, alias is ba2, ba2 * 0, 3 * bytearray(b'z'), bytearray(b'q') + b'r', b'r' + bytearray(b'q'))
ba2.reverse()
c = ba2.copy()
ba2.clear()
print(ba2, c, bool(ba2), bool(c), list(bytearray(b'abc')), [x for x in bytearray(b'\x00\xff')])
it = iter(bytearray(b'ab'))
print(next(it), next(it), next(it, 'end'))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray('hé', 'utf-8'), bytearray(b'x') == b'x', bytearray(b'a') < b'b', b'a' in bytearray(b'cab'), 98 in bytearray(b'cab'))
def setitem(k, v):
    b = bytearray(b'xyz')
    b[k] = v
    return b
def delitem(k):
    b = bytearray(b'xyz')
    del b[k]
    return b
for f in (lambda: setitem(5, 1), lambda: setitem(0, 256), lambda: setitem(0, b'a'), lambda: setitem(slice(0, 2), 5),
          lambda: setitem(slice(0, 2), 'ab'), lambda: setitem(slice(0, 3, 2), b'abc'), lambda: setitem('a', 1), lambda: setitem(slice(0, 2), [1, 300]),
          lambda: delitem(5), lambda: delitem('a'), lambda: bytearray(b'x').append(256), lambda: bytearray(b'x').append('a'),
          lambda: bytearray(b'x').remove(200), lambda: bytearray(b'x').pop(5), lambda: bytearray().pop(), lambda: bytearray(b'x').insert(0, -1),
          lambda: bytearray(b'x').extend(5), lambda: bytearray(b'x').extend('ab'), lambda: hash(bytearray()), lambda: bytearray(1.5),
          lambda: bytearray([300]), lambda: bytearray(-1), lambda: bytearray('x'), lambda: bytearray(b'a') + 'b', lambda: bytearray(b'a') * 1.5):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
