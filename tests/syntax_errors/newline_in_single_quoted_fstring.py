f'abc
d'
