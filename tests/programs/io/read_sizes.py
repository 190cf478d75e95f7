"""read(size) of each I/O layer: the buffered one refuses sizes below -1, FileIO and TextIOWrapper read all."""
f = open('/tmp/pythebo-io-test-readsize.txt', 'w'); f.write('abc'); f.close()
for mode, kw in [('rb', {}), ('r', {}), ('rb', {'buffering': 0}), ('r+b', {})]:
    f = open('/tmp/pythebo-io-test-readsize.txt', mode, **kw)
    for n in [-2, -1, None, 1, 0]:
        try:
            print(mode, kw, n, f.read(n))
            f.seek(0)
        except Exception as e:
            print(mode, kw, n, type(e).__name__, e)
    f.close()
