print(format(3.14159, '.2f'), format(42, '08b'), format(255, 'x'), format(255, '#X'), format(1234567, ','), format(1234567, '_'))
print(format('s', '>5') + '|', format('s', '<5') + '|', format('s', '^5') + '|', format('s', '*^6'))
print(format(0.5, '%'), format(12345.678, 'e'), format(1e20, 'g'), format(-0.0, '+'), format(1, '+'), format(1, ' '))
print(format(3, 'c' if False else 'd'), format(65, 'c'), format(True), format(None), format([1, 2]))
print(format(1.0), format(1e16), format(123.456, '.1e'), format(2**64, ','), format(-42, '=8'))
for spec in ('q', '.2x', ',s'):
    try:
        print(format(5, spec))
    except ValueError as e:
        print(e)
