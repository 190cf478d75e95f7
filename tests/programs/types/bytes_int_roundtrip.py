# int.to_bytes / int.from_bytes: byte orders, signedness, lengths and their errors.
for n in (0, 1, 255, 256, 1024, 2**63, -1, -128, -129, 2**100):
    for signed in (False, True):
        try:
            b = n.to_bytes(16, 'big', signed=signed)
            print(n, signed, b.hex(), int.from_bytes(b, 'big', signed=signed), int.from_bytes(n.to_bytes(16, 'little', signed=signed), 'little', signed=signed))
        except OverflowError as e:
            print(n, signed, 'OverflowError', e)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (0).to_bytes(0, 'big'), True.to_bytes(1, 'big'), (5).to_bytes(), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes([1, 2], 'little'), int.from_bytes(b''), int.from_bytes(bytearray(b'\xff\xff'), 'big', signed=True), bool.from_bytes(b'\x01', 'big'))
for f in (lambda: (-1).to_bytes(2, 'big'), lambda: (65536).to_bytes(2, 'big'), lambda: (1).to_bytes(-1, 'big'), lambda: (1).to_bytes(1, 'mid'),
          lambda: (1).to_bytes(1, 5), lambda: (128).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(1.5, 'big'), lambda: int.from_bytes('ab', 'big'),
          lambda: int.from_bytes(5, 'big'), lambda: int.from_bytes(b'\x01', 'x'), lambda: int.from_bytes([300], 'big')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
