code = '''
total = 0
for i in range(5):
    total += i
def helper():
    return total * 2
result = helper()
'''
ns = {}
exec(code, ns)
print(ns['total'], ns['result'])
g = {'base': 10}
l = {}
exec('val = base + 1', g, l)
print(l, 'val' in g)
exec('import sys as m2', g)
print(g['m2'].__name__)
def in_func():
    exec('inner = 5')
    return 'inner' in locals()
print(in_func())
print(eval('[i * 2 for i in range(3)]'))
print(eval('__name__'), eval('__name__', {'__name__': 'custom'}))
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print('caught', e)
