import six
from six.moves import range, zip_longest, reduce
from six.moves.urllib.parse import urlencode, quote

print(six.PY3, six.PY2, six.string_types, six.integer_types, six.text_type, six.binary_type)
print(six.b("abc"), six.u("abc"), six.ensure_str(b"bytes"), six.ensure_binary("text"), six.ensure_text(b"t"))
print(list(range(3)), list(zip_longest("ab", "c")), reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(urlencode({"a": 1, "b": "x y"}), quote("a b/c"))
d = {"x": 1, "y": 2}
print(sorted(six.iteritems(d)), sorted(six.iterkeys(d)), sorted(six.itervalues(d)))


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)


@six.add_metaclass(Meta)
class Tagged:
    pass


class Other(six.with_metaclass(Meta, object)):
    pass


print(type(Tagged).__name__, Tagged.tag, type(Other).__name__, Other.tag)
print(six.get_function_code(len) if hasattr(len, "__code__") else "builtin has no code")
print(six.callable(len), six.next(iter([7])), six.get_unbound_function(Other.__init__) is object.__init__)


@six.python_2_unicode_compatible
class Named:
    def __str__(self):
        return "named"


print(str(Named()))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        six.reraise(*__import__("sys").exc_info())
except ValueError as e:
    print("reraised", e)
try:
    six.raise_from(KeyError("outer"), ValueError("cause"))
except KeyError as e:
    print("raise_from", repr(e), repr(e.__cause__))
buf = six.StringIO()
six.print_("a", "b", sep="-", file=buf)
print(repr(buf.getvalue()), six.BytesIO(b"xy").read())
print(six.moves.builtins.len("abc"), six.moves.configparser.__name__, six.moves.queue.Queue.__name__)
