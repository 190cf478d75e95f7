class C:
    def __init__(self):
        self.value = 1
c = C()
for name in ('valeu', 'nothing', '__foo__'):
    try:
        getattr(c, name)
    except AttributeError as e:
        print(e)
try:
    C.nope
except AttributeError as e:
    print(e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    'abc'.upper = None
except AttributeError as e:
    print(e)
try:
    [].foo
except AttributeError as e:
    print(e)
try:
    del c.missing
except AttributeError as e:
    print(e)
