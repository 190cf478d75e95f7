# Hashes of a few thousand pseudo-random str, bytes, float and tuple values, and the order of sets
# built from them. HashSeedTest runs this under CPython and Pythebo with the same PYTHONHASHSEED.
state = 12345
def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n
# Lone surrogates are low ones only: a str is a Java String here, where a high surrogate followed
# by a low one is one character, not two as in CPython (see docs/ARCHITECTURE.md, Values).
alphabets = ['abcdefghijklmnopqrstuvwxyz', 'ÀÉÎõüß', 'αβγδ€₹', '😀🐍𝄞', '\udc80\udfff']
def rstr():
    out = []
    for _ in range(rand(24)):
        alphabet = alphabets[rand(len(alphabets))]
        out.append(alphabet[rand(len(alphabet))] if rand(3) else chr(97 + rand(26)))
    return ''.join(out)
values = []
for i in range(3000):
    kind = rand(4)
    if kind == 0:
        values.append(rstr())
    elif kind == 1:
        values.append(bytes(rand(256) for _ in range(rand(30))))
    elif kind == 2:
        values.append((rand(2**53) - 2**52) * 2.0 ** (rand(200) - 100))
    else:
        values.append((rstr(), rand(1000), bytes([rand(256)])))
for v in values:
    print(hash(v))
for start in range(0, 3000, 97):
    print(set(values[start:start + rand(60)]))
strs = [v for v in values if isinstance(v, str)]
print(frozenset(strs[:50]), {*strs[50:90]})
