compile('def f(:\n  pass', 'dyn.py', 'exec')
