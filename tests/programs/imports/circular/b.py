print('b start')
import a
print('b sees partially initialised a:', a.A_VALUE, hasattr(a, 'use_b'))
B_VALUE = 'b-value'
def use_a():
    return 'b uses ' + a.A_VALUE
