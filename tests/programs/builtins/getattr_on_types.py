print(getattr(int, 'real').__class__.__name__, getattr(5, 'real'), getattr('a', 'upper')())
print(getattr([], '__len__')(), getattr(str, 'join')('-', 'abc'))
