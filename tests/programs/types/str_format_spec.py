# format() / __format__ mini-language for str, int, bool and float: layout, grouping, errors.
def show(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)

for spec in ['', '10', '<10', '>10', '^10', '*^11', '😀>6', '.2', '10.3', 's', 'd', '+', '#', '=5', ',', 'z', '0', '05']:
    show('abc', spec)
for spec in ['', 'd', '+d', ' d', '08d', '=+8', '<08', '^9', ',', '_', '_x', '#_b', '#o', '#X', 'c', '+c', '#c', ',c', 'n', ',n',
             '010,', '09,', '08,', '012_x', '.2', 'z', 'e', '.3f', '%', 'g', 's', '\n', '<<<', '-#0,10.3', '99999999999999999999']:
    show(1234, spec)
    show(-1234, spec)
for spec in ['', 'd', '^10', 'x', '.2f', 's']:
    show(True, spec)
show(0x110000, 'c')
show(-1, 'c')
show(65, '^5c')
show(10**30, ',')
show(10**30, 'e')
show(10**400, 'e')
show(-255, '#010x')
for v in [0.0, -0.0, 1.0, 0.5, 2.5, 0.125, 1e16, 1e22, 1e-5, 123456.789, -1.5e-300, 5e-324, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan')]:
    print(repr(v), [format(v, s) for s in ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0f', '.3e', '.3g', '#g', '#.0f',
                                            '.3', '#', '010.2f', '+,.2f', '_.1f', 'z.1f', '=+12.3e', '^12', '.0%']])
for spec in ['d', 'x', 'c', 's', 'z+', '#z', '.', ',_', '_,', '.2,']:
    show(1.5, spec)
print(f"{3.14159:{'>'}{10}.{3}}|{'x':{'*'}^{7}}|{12345:_}|{-0.0:z}|{255:#x}")
class Money:
    def __format__(self, spec):
        return 'M(' + spec + ')'
print(format(Money(), 'abc'), f"{Money():x>5}", '{:q}'.format(Money()))
for bad in [None, [], object]:
    try:
        format(bad, 'x')
    except TypeError as e:
        print('TypeError', str(e).replace("'type'", 'type'))
print(format(None), format([1]), format(3, ''))
try:
    format(1, 5)
except TypeError as e:
    print('TypeError', e)
