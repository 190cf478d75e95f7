# _csv.Dialect and the dialect registry: validation messages, attributes, subclasses.
import _csv
import csv


def attrs(d):
    return (d.delimiter, d.doublequote, d.escapechar, d.lineterminator, d.quotechar, d.quoting,
            d.skipinitialspace, d.strict)


def make(*args, **kw):
    try:
        print(attrs(_csv.Dialect(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


make()
make("excel")
make("excel-tab")
make("unix")
make(csv.excel, delimiter=";")
make(delimiter=";", doublequote=0, escapechar="\\", lineterminator="\n", quotechar="'",
     quoting=csv.QUOTE_ALL, skipinitialspace=[1], strict="yes")
for kw in [dict(delimiter=""), dict(delimiter="ab"), dict(delimiter=1), dict(delimiter=None),
           dict(quotechar=""), dict(quotechar="ab"), dict(quotechar=1), dict(quotechar=None),
           dict(quotechar=None, quoting=csv.QUOTE_NONE), dict(quotechar=None, quoting=csv.QUOTE_MINIMAL),
           dict(escapechar=""), dict(escapechar=1), dict(escapechar="ab"), dict(escapechar=None),
           dict(lineterminator=1), dict(lineterminator=None), dict(lineterminator=""),
           dict(quoting=10), dict(quoting=-1), dict(quoting="a"), dict(quoting=1.0), dict(quoting=None),
           dict(quoting=True), dict(quoting=2 ** 40), dict(quoting=2 ** 70),
           dict(foo=1), dict(delimiter="\n"), dict(escapechar='"'), dict(quotechar=","),
           dict(delimiter="😀"), dict(delimiter=1, quotechar=1)]:
    print(sorted(kw.items()), end=" ")
    make(**kw)
make(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
make("excel", dialect="excel")
make("nope")
make(1)
make(None)


class Attrs:
    delimiter = "|"
    quoting = csv.QUOTE_ALL

    @property
    def strict(self):
        raise ValueError("ignored")


make(Attrs())
make(Attrs(), delimiter=",")

d = _csv.Dialect()
print(_csv.Dialect(d) is d, _csv.Dialect(d, strict=True) is d)
for name in ["delimiter", "quoting", "strict", "doublequote", "escapechar"]:
    try:
        setattr(d, name, 1)
    except AttributeError as e:
        print("AttributeError", e)


class Sub(_csv.Dialect):
    extra = 1


s = Sub(delimiter=";")
print(type(s).__name__, attrs(s), s.extra, _csv.Dialect(s) is s)
r = _csv.reader(["a;b"], s)
print(list(r), r.dialect is s)

# csv.Dialect subclasses are validated through _csv.Dialect
class Good(csv.Dialect):
    delimiter = ":"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


print(list(csv.reader(["a:b"], Good)))


class Bad(csv.Dialect):
    delimiter = "::"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


try:
    Bad()
except csv.Error as e:
    print("Error", e)

# the registry
print(sorted(csv.list_dialects()))
csv.register_dialect("semi", delimiter=";")
csv.register_dialect("good", Good)
csv.register_dialect("derived", "semi", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
print(attrs(csv.get_dialect("semi")), attrs(csv.get_dialect("derived")))
print(csv.get_dialect("good").delimiter, type(csv.get_dialect("good")).__name__)
print(list(csv.reader(["a;b"], "semi")))
print(_csv._dialects["semi"] is csv.get_dialect("semi"))
csv.unregister_dialect("semi")
for call in [lambda: csv.get_dialect("semi"), lambda: csv.unregister_dialect("semi"),
             lambda: csv.register_dialect(1), lambda: csv.register_dialect(),
             lambda: csv.register_dialect("x", "excel", 3), lambda: csv.register_dialect("x", "nope"),
             lambda: csv.register_dialect("x", delimiter=""), lambda: csv.get_dialect(),
             lambda: csv.get_dialect(name="nope"), lambda: csv.get_dialect([]),
             lambda: csv.field_size_limit(1.0), lambda: csv.field_size_limit("1"),
             lambda: csv.field_size_limit(True), lambda: csv.field_size_limit(2 ** 70),
             lambda: csv.field_size_limit(1, 2), lambda: csv.field_size_limit(limit=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(csv.field_size_limit(new_limit=1000), csv.field_size_limit())
print(sorted(csv.list_dialects()))
print(_csv.__version__, _csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE)
print(_csv.Error.__mro__, _csv.Error.__module__, csv.Error is _csv.Error)
print(_csv.Dialect, _csv.Reader, _csv.Writer)
print(_csv.get_dialect.__text_signature__, _csv.reader.__text_signature__)

import pickle
for obj in [_csv.Dialect(), s, csv.reader([]), csv.writer(io.StringIO()) if False else None]:
    if obj is None:
        continue
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print("TypeError", e)
print(_csv.Dialect.__mro__, type(csv.reader([])).__mro__)
