# decimal (CPython runs its C _decimal, Pythebo the pure-Python _pydecimal): arithmetic, contexts,
# precision, quantize and rounding modes, signals and traps, conversions and formatting.
import decimal
from decimal import Decimal, localcontext, getcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN

D = Decimal
print(D('1.1') + D('2.2'), D('10') / D('3'), D('1') / D('7'), D(2).sqrt(), D('0.1') * 3 - D('0.3'))
print(D('123.456').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP),
      D('2.665').quantize(D('0.01')), D('-7.5').quantize(D('1'), rounding=ROUND_DOWN))
print(D(3.14), D('1e10'), D('-0'), D('NaN'), D('-Infinity'), D((0, (1, 4, 1, 4), -3)))
print(repr(D('1.50')), str(D('1.50').normalize()), D('100').normalize(), D('1E+2').to_integral_value())
print(D('7') // D('2'), D('-7') // D('2'), D('7') % D('-2'), divmod(D('7.5'), D('2')), D(2) ** 10, D('2') ** D('0.5'))
print(D('1.23').as_tuple(), D('12.5').as_integer_ratio(), int(D('9.99')), float(D('0.1')), round(D('2.5')),
      round(D('3.14159'), 3))
print(D('1.0') == D('1'), D('1.0') == 1, D('0.1') == 0.1, D('1') < D('2'), hash(D('1.0')) == hash(1),
      sorted([D('3'), D('1.5'), D('-2')]))
print(D('3.14159').exp(), D('10').ln(), D('100').log10(), D('-5').copy_abs(), D('5').copy_negate(),
      D('1.2').max(D('1.10')))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D('123456789') + 0, ctx.prec)
    ctx.rounding = ROUND_HALF_UP
    ctx.prec = 7
    print(D('1.234565').quantize(D('0.00001')), +D('2.55555555'))
print(getcontext().prec, getcontext().rounding)
c = Context(prec=3, rounding=ROUND_HALF_EVEN)
print(c.add(D('1.234'), D('1.001')), c.divide(D(2), D(3)), c.power(D(2), 40), c.create_decimal('3.14159'))

ctx = getcontext()
ctx.traps[decimal.DivisionByZero] = False
print(D(1) / D(0), D(-1) / D(0), bool(ctx.flags[decimal.DivisionByZero]))
ctx.traps[decimal.DivisionByZero] = True
ctx.clear_flags()
for bad in [lambda: D(1) / D(0), lambda: D('abc'), lambda: D(0) / D(0), lambda: D('1.5').quantize(D('1e-30'), context=Context(prec=5)),
            lambda: D('sNaN') + 1, lambda: D(1) + 'x', lambda: D(1.5) < 'x']:
    try:
        print(bad())
    except decimal.DecimalException as e:
        # The messages are _decimal's in CPython's build and _pydecimal's here: types only.
        print(type(e).__name__)
    except TypeError as e:
        # _pydecimal's class is named 'Decimal', _decimal's 'decimal.Decimal'.
        print(type(e).__name__, str(e).replace('decimal.Decimal', 'Decimal'))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.InvalidOperation, ArithmeticError))

print(format(D('1234567.891'), ','), format(D('3.14159'), '.2f'), format(D('0.000123'), '.2e'),
      format(D('42'), '08.3f'), format(D('-1.5'), '+'), '{:>10}'.format(D('1.5')), format(D('0.25'), '%'))
print(D('1.23E+5').to_eng_string(), D('0.00001234'), D('123E-10'), D('1E+3').adjusted(), D('123.45').scientific_notation if hasattr(D, 'scientific_notation') else '')
print(sum(D('0.1') for _ in range(10)), D('1.1').fma(2, D('0.1')), D(10).compare(D(2)), D('5').is_signed(),
      D('-0').is_zero(), D('inf').is_infinite(), D('nan').is_nan())
print(decimal.Decimal.from_float(0.5), D(1).next_plus(), D('12345').same_quantum(D('1')), D(255).to_integral())
