print(str(0), str(-0), str(12345678901234567890), repr(-5), int('-0'), int('+5'), int('  12_3  '))
for s in ('1__2', '_1', '1_', '0x', '12a', '١٢', ' ', '+', '0b2'):
    try:
        print(repr(s), int(s, 0) if s.startswith('0') else int(s))
    except ValueError as e:
        print(e)
print(int('zz', 36), int('ZZ', 36), int('-0b11', 0), int('0O17', 0), int('0XFF', 16), int('11', base=2))
print(f'{12345:,}', f'{-12345:_}', f'{255:#o}', f'{255:08x}', f'{5:+d}', f'{-5: d}', f'{42:^9}|', f'{42:<5}|')
print('%d %i %5d %-5d| %05d %x %X %o %+d' % (1, 2, 3, 4, 5, 255, 255, 8, 9))
