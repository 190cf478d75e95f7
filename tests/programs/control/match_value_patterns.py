class Color:
    RED = 'red'
    GREEN = 'green'
class NS:
    class Inner:
        VAL = 42
def m(v):
    match v:
        case Color.RED:
            return 'is red'
        case Color.GREEN:
            return 'is green'
        case NS.Inner.VAL:
            return 'forty-two'
        case _:
            return 'unknown'
for v in ['red', 'green', 42, 'blue']:
    print(v, m(v))
