code = compile('x = 5\ny = x * 2\n', '<string>', 'exec')
ns = {}
exec(code, ns)
print(ns['x'], ns['y'], type(code).__name__)
print(eval('1 + 2 * 3'), eval('x + y', ns), eval('a', {'a': 1}, {'a': 2}))
c = compile('3 ** 2', 'f', 'eval')
print(eval(c))
s = compile('print("single", 1 + 1)', 's', 'single')
exec(s)
g = {}
exec('def f(): return 42', g)
print(g['f'](), '__builtins__' in g)
l = {}
exec('z = 1', {}, l)
print(l)
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile('x = 1', 'f', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile('x', 'f', 'bogus')
except ValueError as e:
    print(e)
print(eval('len')('abc'))
print(eval(' 7 '))
