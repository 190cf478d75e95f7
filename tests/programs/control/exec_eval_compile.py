src = '''
def square(n):
    return n * n
result = [square(i) for i in range(4)]
'''
ns = {}
exec(compile(src, 'mod.py', 'exec'), ns)
print(ns['result'])
print(eval(compile('result[-1] + 1', 'e', 'eval'), ns))
x = 5
print(eval('x * 2'), eval('x * 2', {'x': 100}))
def f():
    y = 3
    return eval('y + 1')
print(f())
code = compile('a = 1\nb = a + 1', '<s>', 'exec')
print(code.co_filename, code.co_name)
loc = {}
exec(code, {}, loc)
print(loc)
try:
    exec('def bad(:\n    pass', {})
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    eval('undefined_name_q')
except NameError as e:
    print(e)
