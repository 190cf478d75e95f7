print(chr(65), chr(0x20ac), chr(0x1f600) == '\U0001f600', chr(0))
print(ord('a'), ord('\u20ac'), ord('\U0001f600'), ord(b'a'), ord(bytearray(b'z')))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(e)
for bad in ('ab', '', b'xy'):
    try:
        ord(bad)
    except TypeError as e:
        print(e)
try:
    chr('a')
except TypeError as e:
    print(e)
