class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return '$%.2f' % self.v
        return format(self.v, spec)
    def __str__(self): return 'Money(%s)' % self.v
m = Money(3.5)
print(format(m, 'usd'), f'{m:usd}', f'{m:>8}', f'{m}', '{:usd}'.format(m))
class NoFormat: 
    def __str__(self): return 'nf'
print(format(NoFormat()), f'{NoFormat()}')
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print(e)
