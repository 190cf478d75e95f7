"""sys.set_int_max_str_digits: the limit on decimal digits in int/str conversions, and where it applies."""
import sys
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
x = 10**5000
for f in [str, repr, lambda v: '%d' % v, lambda v: format(v, 'd'), lambda v: f'{v:,}', lambda v: '%x' % v, hex, lambda v: '%s' % v, lambda v: '%i' % v, lambda v: format(v, 'n')]:
    try:
        print(len(f(x)))
    except ValueError as e:
        print(e)
for s in ['0'*5000, '1'*4300, '1'*4301, '-' + '1'*4301, '1_' * 4000 + '1', ' ' + '1'*4301]:
    try:
        print(len(str(int(s))))
    except ValueError as e:
        print(e)
print(int('1'*5000, 16).bit_length(), int('1'*4301, 2) > 0)
try: int('1'*5000, 36)
except ValueError as e: print(e)
try: int(b'1'*5000)
except ValueError as e: print(e)
try: sys.set_int_max_str_digits(5)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0); print(len(str(x))); sys.set_int_max_str_digits(641); print(sys.get_int_max_str_digits())
try: str(10**641)
except ValueError as e: print(e)
print(len(str(10**640)))
print(len(str(-10**640+1)))
try: sys.set_int_max_str_digits(maxdigits=700); print(sys.get_int_max_str_digits())
except Exception as e: print(e)
try: int(float(10**300)); print(float('1'*700))
except Exception as e: print(e)
import sys
print(sys.int_info)
x = 10**5000
for f in [int.__repr__, int.__str__, lambda v: v.__format__(''), lambda v: '{}'.format(v), lambda v: f'{v}', lambda v: '%s' % [v], lambda v: str([v]), lambda v: str((v,)), lambda v: '%r' % v, lambda v: str(True + v)]:
    try:
        print(len(f(x)))
    except ValueError as e:
        print(e)
