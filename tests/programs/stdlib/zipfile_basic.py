import io
import os
import tempfile
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr("hello.txt", "Hello, zip!\n" * 10)
    zf.writestr(zipfile.ZipInfo("dir/", date_time=(2020, 1, 1, 0, 0, 0)), "")
    info = zipfile.ZipInfo("dir/data.bin", date_time=(2021, 6, 15, 12, 30, 44))
    info.compress_type = zipfile.ZIP_STORED
    zf.writestr(info, bytes(range(256)))
    zf.writestr("notes/readme.md", "# Title\n", compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    zf.comment = b"archive comment"
data = buf.getvalue()
print(data[:4], zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b"not a zip")))

with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.namelist(), zf.comment)
    for i in zf.infolist():
        print(i.filename, i.file_size, i.compress_type, i.is_dir(), i.date_time if i.filename.startswith("dir") else "",
              hex(i.CRC))
    print(zf.read("hello.txt")[:12], len(zf.read("dir/data.bin")), zf.getinfo("notes/readme.md").compress_size > 0)
    with zf.open("hello.txt") as f:
        print(f.readline(), f.read(5))
    print(zf.testzip())
    print(repr(zf.getinfo("dir/data.bin")))
    p = zipfile.Path(zf)
    print(sorted(x.name for x in p.iterdir()), (p / "notes" / "readme.md").read_text(), (p / "dir").is_dir())

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "source.txt")
    with open(src, "w") as f:
        f.write("from disk\n")
    archive = os.path.join(tmp, "a.zip")
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(src, arcname="inside/source.txt")
    with zipfile.ZipFile(archive, "a") as zf:
        zf.writestr("appended.txt", b"more")
    with zipfile.ZipFile(archive) as zf:
        print(zf.namelist())
        out = os.path.join(tmp, "out")
        zf.extractall(out)
        print(sorted(os.listdir(out)), open(os.path.join(out, "inside", "source.txt")).read(), end="")
        print(zf.extract("appended.txt", out) == os.path.join(out, "appended.txt"))

lzma_buf = io.BytesIO()
for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", method) as zf:
        zf.writestr("x", "x" * 1000)
    with zipfile.ZipFile(b) as zf:
        print(method, zf.getinfo("x").compress_size, zf.read("x") == b"x" * 1000)

for bad in [lambda: zipfile.ZipFile(io.BytesIO(b"garbage")), lambda: zipfile.ZipFile(io.BytesIO(data)).read("nope"),
            lambda: zipfile.ZipFile(io.BytesIO(), "q"), lambda: zipfile.ZipFile(io.BytesIO(data)).open("hello.txt", "x"),
            lambda: zipfile.ZipInfo("f", date_time=(1970, 1, 1, 0, 0, 0)), lambda: zipfile.ZipFile(io.BytesIO(), "w", 99)]:
    try:
        bad()
    except (zipfile.BadZipFile, KeyError, ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
zf = zipfile.ZipFile(io.BytesIO(), "w")
zf.close()
try:
    zf.writestr("late", "x")
except ValueError as e:
    print("ValueError:", e)
bad_crc = bytearray(data)
bad_crc[bad_crc.index(b"Hello")] ^= 1
with zipfile.ZipFile(io.BytesIO(bytes(bad_crc))) as zf:
    try:
        zf.read("dir/data.bin")
        zf.read("hello.txt")
    except zipfile.BadZipFile as e:
        print("BadZipFile:", e)
