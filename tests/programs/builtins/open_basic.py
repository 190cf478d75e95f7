with open('open_basic.py') as f:
    first = f.readline()
    rest = f.read()
print(repr(first), len(rest.splitlines()))
with open('open_basic.py', 'rb') as f:
    print(f.read(10))
try:
    open('does_not_exist.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
