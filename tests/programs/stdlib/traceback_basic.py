import sys
import traceback


def level3():
    raise ValueError("deep problem")


def level2():
    level3()


def level1():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("wrapped") from e


try:
    level1()
except RuntimeError as exc:
    err = exc

for line in traceback.format_exception(err):
    print(line, end="")
print("---")
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception_only(err))
print("".join(traceback.format_exception(err, chain=False)), end="")
print("---")
print("".join(traceback.format_tb(err.__traceback__)), end="")
print("---")
frames = traceback.extract_tb(err.__cause__.__traceback__)
for fs in frames:
    print(fs.filename.rsplit("/", 1)[-1], fs.lineno, fs.name, repr(fs.line))
print(len(frames), frames[-1].name, list(frames[0])[1:])
print("---")
te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, te.stack[0].name)
print("".join(te.format_exception_only()), end="")
print(len(list(te.format())))


def show_stack():
    return traceback.extract_stack(limit=2)


st = show_stack()
print([(f.name, f.line) for f in st])
print(traceback.format_list([("file.py", 3, "func", "x = 1"), ("b.py", 7, "<module>", None)]))
summary = traceback.StackSummary.from_list([("a.py", 1, "f", "pass")])
print(summary.format())

try:
    {}["missing"]
except KeyError:
    print(traceback.format_exc().splitlines()[-1])
    sys.stdout.write("".join(traceback.format_exception(*sys.exc_info())).splitlines()[0] + "\n")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    lines = traceback.format_exception(e)
    print([l for l in lines if not l.startswith("  ")])

traceback.print_exception(ValueError("no traceback"), file=sys.stdout)
traceback.print_exception(err, limit=1, file=sys.stdout)
try:
    raise SyntaxError("bad syntax", ("prog.py", 3, 5, "x = = 1\n", 3, 6))
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")


class Custom(Exception):
    def __str__(self):
        return "custom text"


print(traceback.format_exception_only(Custom()), traceback.format_exception_only(Exception("")))
eg = ExceptionGroup("group", [ValueError("a"), TypeError("b")])
print("".join(traceback.format_exception(eg)), end="")
e2 = ValueError("with note")
e2.add_note("a note")
print(traceback.format_exception_only(e2))
print(traceback.format_exception_only(None, None) if False else "", end="")
traceback.print_stack(limit=1, file=sys.stdout)
print(traceback.walk_tb(err.__traceback__).__class__.__name__, len(list(traceback.walk_tb(err.__traceback__))))
