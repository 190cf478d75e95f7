# binascii: base64 both ways, lenient and strict decoding with each of their errors, and the
# argument types (bytes-like objects, ASCII str).
import binascii

def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

for data in [b"YWJj", "YWJj", "YWJjé", 5, bytearray(b"YWJj"), memoryview(b"YWJj"), b"YWJ", b"YW", b"Y", b"YWJjZ",
             b"YW==", b"YW=a", b"YW==YWJj", b"Y W\nJ j", b"YWJjZA=", b"YWJjZA", b"YWJjZ===", b"YQ===", b"====", b"A===",
             b"AB=C", b"AB=\n=", b"", b"-_x+/A", b"\xff\xffYWJj", b"=YWJj", b"YW==YQ==", b"YW===", b"YWI="]:
    print(repr(data) if not isinstance(data, memoryview) else "memoryview", attempt(lambda: binascii.a2b_base64(data)), attempt(lambda: binascii.a2b_base64(data, strict_mode=True)))

print([binascii.b2a_base64(bytes(range(200, 200 + i))) for i in range(7)])
print(binascii.b2a_base64(b"abcd", newline=False), binascii.b2a_base64(b""), binascii.b2a_base64(bytearray(b"\xff\xfe")))
print(attempt(lambda: binascii.b2a_base64("abc")), attempt(lambda: binascii.b2a_base64(b"x", False)))
everything = bytes(range(256))
print(binascii.a2b_base64(binascii.b2a_base64(everything)) == everything, binascii.Error.__mro__, binascii.Error.__module__)
