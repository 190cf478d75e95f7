# The boxed report of an uncaught exception group: nesting, chained members, notes, truncation.
def leaf(i):
    try:
        raise KeyError(i)
    except KeyError as k:
        raise ValueError(f'v{i}') from k
def members():
    out = []
    for i in range(3):
        try:
            leaf(i)
        except ValueError as v:
            out.append(v)
    return out
wide = ExceptionGroup('wide', [TypeError(n) for n in range(17)])
deep = ValueError('bottom')
for d in range(12):
    deep = ExceptionGroup(f'level{d}', [deep])
inner = ExceptionGroup('inner', members())
inner.add_note('inner note')
try:
    raise ExceptionGroup('outer', [inner, wide, deep, OSError(2, 'gone')])
except ExceptionGroup as e:
    e.add_note('two\nlines')
    raise
