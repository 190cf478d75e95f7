# _csv.writer: quoting rules, escapes, lineterminators, what writerow returns, and errors.
import csv
import io


def write(rows, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        for row in rows:
            w.writerow(row)
    except Exception as e:
        print(type(e).__name__, e, repr(s.getvalue()))
        return
    print(repr(s.getvalue()))


write([["a", "b", "c"], [1, 2.5, None], []])
write([["a,b", 'c"d', "e\nf", "g\rh", "", None]])
write([["a,b", 'c"d', "e\nf", "g\rh"]], lineterminator="\n")
write([[""]])
write([["", ""]])
write([[None]])
write([[""]], quoting=csv.QUOTE_NONE)
write([[""]], quoting=csv.QUOTE_ALL)
write([["a", 1, 2.5, None, True, "", 1 + 2j, 10 ** 20]], quoting=csv.QUOTE_ALL)
write([["a", 1, 2.5, None, True, "", 1 + 2j, 10 ** 20]], quoting=csv.QUOTE_NONNUMERIC)
write([["a", 1, 0.1, 1 / 3, 1e100, float("inf"), float("nan"), -0.0]])
write([["a,b"]], quoting=csv.QUOTE_NONE)
write([["a,b", "c\\d", 'e"f', "x\ny"]], quoting=csv.QUOTE_NONE, escapechar="\\")
write([["a,b", "c\\d", 'e"f', "x\ny"]], escapechar="\\", doublequote=False)
write([['e"f']], doublequote=False)
write([['e"f']], doublequote=False, quoting=csv.QUOTE_ALL)
write([["a,b", "c\\d"]], escapechar="\\")
write([["a;b", "c,d"]], delimiter=";")
write([["a", "b"]], lineterminator="!!")
write([["a!b", "c"]], lineterminator="!")
write([["a", "b"], ["c"]], lineterminator="")
write([["it's", "x"]], quotechar="'")
write([['a"b']], quotechar=None, escapechar="\\")
write([['a"b']], quotechar=None)
write([["😀", "a😀b"]], delimiter="😀")
write([["a", "b"]], dialect="excel-tab")
write([["a", "b"]], dialect="unix")
write([range(3), (x * 2 for x in range(3)), "abc", {"k": 1}]])
write([1])
write([[1], 5])


class Field:
    def __str__(self):
        return "custom,field"


class BadField:
    def __str__(self):
        raise RuntimeError("no str")


write([[Field()]])
write([[BadField()]])


class Counter:
    def __init__(self):
        self.lines = []

    def write(self, line):
        self.lines.append(line)
        return len(self.lines) * 100


c = Counter()
w = csv.writer(c)
print(w.writerow(["a"]), w.writerow(["b"]), w.writerows([["c"], ["d"]]), c.lines)
print(w.dialect.lineterminator == "\r\n", type(w).__name__)

s = io.StringIO()
print(csv.writer(s).writerow(["abc", "d"]), repr(s.getvalue()))

for bad in [1, object()]:
    try:
        csv.writer(bad)
    except TypeError as e:
        print("TypeError", e)


class NotCallable:
    write = 3


try:
    csv.writer(NotCallable())
except TypeError as e:
    print("TypeError", e)
try:
    csv.writer()
except TypeError as e:
    print("TypeError", e)
try:
    csv.writer(io.StringIO(), "excel", 3)
except TypeError as e:
    print("TypeError", e)

# round trip
rows = [["a", 'b"c', "d,e", "f\ng", "", " h "], ["1", "2"], [""]]
s = io.StringIO(newline="")
csv.writer(s).writerows(rows)
print(list(csv.reader(io.StringIO(s.getvalue(), newline=""))) == rows)
print(type(csv.writer(io.StringIO())).__mro__)
try:
    import pickle
    pickle.dumps(csv.writer(io.StringIO()))
except TypeError as e:
    print("TypeError", e)
