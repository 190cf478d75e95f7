cases = [
    'return 1',
    'yield 1',
    'await x',
    'nonlocal x',
    'def f():\n    nonlocal y\n',
    'def f():\n    x = 1\n    global x\n',
    'def f():\n    print(x)\n    global x\n',
    'def f(a, a): pass',
    'def f(a, *, a): pass',
    'lambda a, a: 0',
    'def f():\n    from math import *\n',
    'class C:\n    nonlocal z\n',
    'def f(x):\n    global x\n',
    'def f(x):\n    nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
    'break',
    'continue',
    'async def f():\n    yield from x\n',
    'def f():\n    x: int = 1\n    global x\n',
    '[(yield) for x in y]',
    'def f():\n    [i := 0 for i in range(3)]\n',
    'class C:\n    [j := 0 for x in range(3)]\n',
    'def f():\n    return [x for x in (yield)]\n',
]
for src in cases:
    try:
        compile(src, 'case.py', 'exec')
        print('OK', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, e.msg, e.lineno, e.offset)
