import sys
print('sys' in sys.modules, '__main__' in sys.modules, sys.modules['__main__'].__name__, 'builtins' in sys.modules)
sys.stdout.write('written directly\n')
n = sys.stdout.write('count\n')
print(n)
sys.stderr.write('err line\n')
print(sys.stdout is sys.__stdout__, sys.stdin is not None, hasattr(sys.stdout, 'flush'))
sys.stdout.flush()
print(sys.stdout.encoding if False else 'enc skipped', sys.stdin.isatty(), sys.stdout.isatty() if False else 'skip')
