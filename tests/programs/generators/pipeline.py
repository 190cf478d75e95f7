def read(lines):
    for l in lines:
        yield l.strip()
def nonblank(lines):
    for l in lines:
        if l:
            yield l
def numbered(lines):
    for i, l in enumerate(lines, 1):
        yield f'{i}: {l}'
src = ['  alpha ', '', 'beta', '   ', 'gamma']
for line in numbered(nonblank(read(src))):
    print(line)
