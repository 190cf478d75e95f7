# binascii: hex (with separators), uuencode, quoted-printable, and the CRC-32 and CRC-CCITT
# checksums with running values.
import binascii

def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

data = b"\x01\xff\x02\x03\x04"
for sep, n in [(None, 1), ("-", 1), (b":", 2), (":", -2), (" ", 3), ("::", 1), ("é", 1), ("ĉ", 1), (1, 1),
               (bytearray(b":"), 1), (":", 2**40), (":", 0)]:
    args = () if sep is None else (sep, n)
    print(repr(sep), n, attempt(lambda: binascii.hexlify(data, *args)), attempt(lambda: binascii.b2a_hex(data, *args)))
print(binascii.b2a_hex(data=b"ab", sep=" "), attempt(lambda: binascii.hexlify("ab")))
for s in [b"01ff", "01ff", "01f", "01fg", "01FF", "é1", memoryview(b"0a"), bytearray(b"7f"), 5]:
    print(repr(s) if not isinstance(s, memoryview) else "memoryview", attempt(lambda: binascii.unhexlify(s)), attempt(lambda: binascii.a2b_hex(s)))

for chunk in [b"abc", b"", b"\x00\x00\x00", b"a" * 45, b"a" * 46, bytes(range(45))]:
    print(attempt(lambda: binascii.b2a_uu(chunk)), attempt(lambda: binascii.b2a_uu(chunk, backtick=True)))
for line in [b"#86)C\n", b"#86)C", b"", b"\n", b" \n", b"`\n", b"#86)CXX\n", b"#86)C    \n", b"#86)C  a \n", b"#86",
             b"#8\x7f)C", "#86)C", b"!", b"M" + b"a" * 60, b"#8\n6)C", b"#86)C`\r\n", b"\x00abc"]:
    print(repr(line), attempt(lambda: binascii.a2b_uu(line)))
print(binascii.a2b_uu(binascii.b2a_uu(bytes(range(45)))) == bytes(range(45)))

for text, kw in [(b"hello=world\t\n", {}), (b"hello world \n", {"quotetabs": True}), (b"hello_world \n", {"header": True}),
                 (b"\xff\x00abc\r\nx", {"istext": False}), (b"a" * 100, {}), (b"a" * 74 + b"=\n", {}), (b"=" * 40, {}),
                 (b".\n.abc", {}), (b".", {}), (b"From x\n", {}), (b"line \r\nend \n", {}), (b"trail ", {}),
                 (b"trail\t", {}), (b"a\rb\r\nc\n", {}), (b"x" * 75 + b" y\n" + b"z" * 80 + b"\r\n", {}),
                 (b"\t \t\n", {"quotetabs": True}), (b"a b", {"header": True, "quotetabs": True})]:
    print(binascii.b2a_qp(text, **kw))
for text in [b"hello=3Dworld=\n next=\r\nz=ZZ=4", "a=3d", b"a=", b"a=\r\nb", b"a=  \nb", b"a=3", b"=G1", b"=a1=A1",
             b"a==b", b"a=\rb"]:
    print(repr(text), binascii.a2b_qp(text))
print(binascii.a2b_qp(b"a_b=20", header=True), binascii.a2b_qp(data=b"a_b", header=False))

for crc in [0, 5, -1, 2**40, 0xffffffff]:
    print(binascii.crc32(b"hello", crc), binascii.crc_hqx(b"hello", crc & 0x1ffff))
running = 0
for part in [b"The quick ", b"brown fox ", b"jumps"]:
    running = binascii.crc32(part, running)
print(running == binascii.crc32(b"The quick brown fox jumps"), binascii.crc32(b""), binascii.crc_hqx(b"", 0))
print(attempt(lambda: binascii.crc32("hello")), attempt(lambda: binascii.crc_hqx(b"hello")),
      attempt(lambda: binascii.crc32(b"x", 1.0)))
print(sorted(n for n in dir(binascii) if not n.startswith("_")))
