def m(v):
    match v:
        case [x, y] if x > y:
            return f'desc {x} {y}'
        case [x, y]:
            return f'other pair {x} {y}'
        case (1 | 2) as small:
            return f'small {small}'
        case {'k': [_, *_] as lst}:
            return f'list under k {lst}'
        case str(s) if len(s) > 3:
            return 'long str'
        case _:
            return 'fallback'
for v in [[3, 1], [1, 3], 1, 2, {'k': [1, 2]}, {'k': []}, 'long!', 'ab']:
    print(m(v))
x = 'global'
match 5:
    case x:
        pass
print(x)
