# Files written and never closed: CPython closes (and so flushes) a file when its last reference
# goes, so reading the file back afterwards sees the data; a file still referenced keeps its
# buffer, so a reader sees only what was flushed.
P = '/tmp/pythebo-io-test-unclosed-readback.txt'
B = '/tmp/pythebo-io-test-unclosed-readback.bin'

open(P, 'w').write('hello')
print(repr(open(P).read()))
open(P, 'a').write(' world')
print(repr(open(P).read()))
print(open(P, 'rb').read())

# Still referenced: the small write stays in the buffer.
f = open(P, 'w')
f.write('pending')
print(repr(open(P).read()))
f.flush()
print(repr(open(P).read()))
f.write(' more')
print(repr(open(P).read()))
f = None
print(repr(open(P).read()))

g = open(P, 'a')
g.write('!')
del g
print(repr(open(P).read()))

# Binary, buffered and unbuffered.
open(B, 'wb').write(b'\x00\x01\x02')
print(open(B, 'rb').read())
open(B, 'ab', buffering=0).write(b'\x03')
print(open(B, 'rb').read())
raw = open(B, 'wb', buffering=0)
raw.write(b'raw')
print(open(B, 'rb').read())

# A local of a function goes when it returns.
def save(path, text):
    w = open(path, 'w')
    w.write(text)
    return len(text)

for i in range(5):
    save(P, 'round %d' % i)
    print(open(P).read())

# Rebinding the name: the old file is dropped after the new open truncated the file, and its
# buffered text then lands at its own position.
h = open(P, 'w')
h.write('first')
h = open(P, 'w')
h.write('second')
print(repr(open(P).read()))
h.close()
print(repr(open(P).read()))

# A list of writers that is cleared (the loop variable still holds the last one).
ws = [open(P, 'a') for _ in range(3)]
for w in ws:
    w.write('z')
print(repr(open(P).read()))
ws.clear()
print(repr(open(P).read()))
del w
print(repr(open(P).read()))

# Reading the same file through an unclosed reader, then writing it.
r = open(P)
print(repr(r.read(3)))
open(P, 'w').write('new text')
print(repr(r.read()), repr(open(P).read()))
r.seek(0)
print(repr(r.read()))
