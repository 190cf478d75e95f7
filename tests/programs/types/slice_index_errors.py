class I:
    def __index__(self):
        return 1
cases = ['[1,2,3][1.5:]', '[1,2,3]["a":]', '"abc"[None:1.5]', '(1,2)[::0]', 'b"ab"[1.5:]', 'bytearray(b"ab")[:"x"]',
         'range(3)[1.5:]', '[1,2,3][:10**30]', '[1,2,3][-10**30:]', '[1,2,3][::10**30]', '[1,2,3][::-10**30]',
         '"abcdef"[I():10**20]', 'range(10)[I()::2]', '(1,2,3)[I():]', '"abc".find("c", 1.5)', 'b"abc".find(b"c", 0, 2.5)',
         'slice(1.5, 2).indices(5)', 'slice(1, 10**30, 2).indices(5)', 'slice(None, None, 0).indices(3)',
         '[1,2,3].__getitem__(slice("a", 2))', 'memoryview(b"abc")[1.5:]']
for s in cases:
    try:
        print(s, '->', eval(s))
    except Exception as e:
        print(s, '->', type(e).__name__, e)
