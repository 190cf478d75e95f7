# quopri (the Lib module) over binascii's quoted-printable codec: strings, headers, tabs, files.
import io
import quopri

samples = [b"plain text", b"caf\xc3\xa9 = 5\n", b"trailing space \nnext\t\n", b"a" * 90 + b"\n", b"under_score and space",
           b".\nFrom here\n", b"\x00\x01\xff"]
for s in samples:
    enc = quopri.encodestring(s)
    print(enc, quopri.decodestring(enc) == s, quopri.encodestring(s, quotetabs=True), quopri.encodestring(s, header=True))
print(quopri.decodestring(b"a=3Db=\nc_d", header=True), quopri.decodestring("=41=42"))
print(quopri.a2b_qp is not None, quopri.b2a_qp is not None)
