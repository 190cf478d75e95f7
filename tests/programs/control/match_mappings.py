def m(v):
    match v:
        case {'type': 'point', 'x': x, 'y': y}:
            return f'point {x},{y}'
        case {'type': 'circle', **rest}:
            return f'circle {sorted(rest.items())}'
        case {}:
            return 'some mapping'
        case _:
            return 'no'
for v in [{'type': 'point', 'x': 1, 'y': 2, 'extra': 0}, {'type': 'circle', 'r': 5}, {'a': 1}, {}, [], 'x']:
    print(v, '->', m(v))
class M(dict):
    pass
print(m(M(type='circle')))
