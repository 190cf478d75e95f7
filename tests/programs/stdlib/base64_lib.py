# base64 (the Lib module) over binascii: standard, URL-safe, base32 (and hex), base16, base85 and
# ascii85, with validation and the errors binascii raises through it.
import base64
import binascii

data = bytes(range(0, 256, 7)) + b"hello world"
for name in ["b64encode", "urlsafe_b64encode", "standard_b64encode", "b32encode", "b32hexencode", "b16encode",
             "b85encode", "a85encode"]:
    enc = getattr(base64, name)(data)
    dec = getattr(base64, name.replace("encode", "decode"))(enc)
    print(name, enc, dec == data)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs\nbG8="), base64.encodebytes(b"x" * 60))
for bad, kw in [(b"aGVsbG8", {}), (b"aGVs bG8=", {"validate": True}), (b"a", {}), (b"aGVsbG8=", {"validate": True})]:
    try:
        print(base64.b64decode(bad, **kw))
    except binascii.Error as e:
        print("binascii.Error:", e)
print(base64.b16decode(b"0aFF", casefold=True), base64.b32decode(b"nbswy3dp", casefold=True), base64.decodebytes(b"eHl6\n"))
print(base64.a85encode(b"\0\0\0\0 abc", foldspaces=True, adobe=True, wrapcol=10), base64.b85decode(b"VPa!sWoBn+"))
