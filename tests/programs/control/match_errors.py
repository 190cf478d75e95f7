class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
class TooMany:
    __match_args__ = ('a',)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(e)
for src in ['match x:\n    case a:\n        pass\n    case 1:\n        pass\n',
            'match x:\n    case [a, a]:\n        pass\n',
            'match x:\n    case a | b:\n        pass\n',
            'match x:\n    case {**r, "k": 1}:\n        pass\n']:
    try:
        compile(src, 'm.py', 'exec')
    except SyntaxError as e:
        print(e.msg, e.lineno)
