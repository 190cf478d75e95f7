print(ascii('abc'), ascii('caf\xe9'), ascii('\u20ac\U0001f600'), ascii([1, 'x\n']))
print(repr('a\'b'), repr("a'b\"c"), repr('\t\x00\x7f'), repr('\u0100'))
print(bin(0), bin(5), bin(-5), bin(2**70))
print(hex(0), hex(255), hex(-255), hex(2**64))
print(oct(0), oct(8), oct(-8))
for bad in (1.5, 'x', None):
    try:
        bin(bad)
    except TypeError as e:
        print(e)
