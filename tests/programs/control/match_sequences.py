def m(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return f'one {x}'
        case [x, y]:
            return f'two {x} {y}'
        case [first, *middle, last]:
            return f'first={first} middle={middle} last={last}'
        case _:
            return 'not a sequence'
for v in [[], [1], (1, 2), [1, 2, 3, 4], 'ab', b'ab', {1: 2}, range(3), 5]:
    print(repr(v), m(v))
def n(v):
    match v:
        case (1, [a, (b, *_)], *rest):
            return a, b, rest
        case [*_]:
            return 'any seq'
print(n((1, [2, (3, 4, 5)], 6)), n([9]))
