print('a start')
A_VALUE = 'a-early'
import b
print('a after import b, b.B_VALUE =', b.B_VALUE)
A_VALUE = 'a-final'
def use_b():
    return 'a uses ' + b.B_VALUE
