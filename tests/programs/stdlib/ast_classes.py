# _ast: the node classes (hierarchy, _fields, _attributes, __match_args__, docstrings, the None
# defaults of optional fields), the constructor's positional and keyword arguments and its
# errors, __reduce__ with copy, subclasses of node classes, and the flags.
import _ast
import copy

names = sorted(n for n in dir(_ast) if isinstance(getattr(_ast, n), type) and issubclass(getattr(_ast, n), _ast.AST))
print(len(names))
for n in names:
    cls = getattr(_ast, n)
    own = {k: v for k, v in vars(cls).items() if not k.startswith("__") or k == "__match_args__"}
    print(n, [b.__name__ for b in cls.__mro__], cls.__module__, own)
    print("   ", repr(cls.__doc__))
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(_ast.AST, _ast.AST.__name__, _ast.AST.__qualname__, _ast.AST._fields, _ast.AST._attributes, _ast.AST.__match_args__)
print(_ast.AST.__init__.__text_signature__, _ast.Name.__init__ is _ast.AST.__init__, _ast.Name.__qualname__)


def show(value):
    """A value without addresses: nodes by class and attributes."""
    if isinstance(value, _ast.AST):
        return type(value).__name__ + "(" + ", ".join(f"{k}={show(v)}" for k, v in vars(value).items()) + ")"
    if isinstance(value, list):
        return "[" + ", ".join(show(v) for v in value) + "]"
    return repr(value)


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ", show(r))


attempt(lambda: _ast.Name())
attempt(lambda: _ast.Name("x"))
attempt(lambda: _ast.Name("x", _ast.Load(), lineno=3, col_offset=0))
attempt(lambda: _ast.Name("x", _ast.Load(), 3))
attempt(lambda: _ast.Name("x", id="y"))
attempt(lambda: _ast.Name(ctx=_ast.Store(), id="y", other=[1]))
attempt(lambda: _ast.AST())
attempt(lambda: _ast.AST(1))
attempt(lambda: _ast.AST(foo=2))
attempt(lambda: _ast.Load(1))
attempt(lambda: _ast.Pass(1))
attempt(lambda: _ast.BinOp(1, 2, 3, 4))
attempt(lambda: _ast.arguments(posonlyargs=[], args=[]))
attempt(lambda: _ast.comprehension(1, 2, 3, 4))
attempt(lambda: _ast.Name().id)
attempt(lambda: _ast.Return().value)
attempt(lambda: _ast.Name().lineno)
attempt(lambda: _ast.Name().end_lineno)
attempt(lambda: _ast.arg().type_comment)
attempt(lambda: _ast.keyword().arg)
attempt(lambda: _ast.ImportFrom().level)
attempt(lambda: _ast.Name.__new__(_ast.Name, 1, 2))
attempt(lambda: _ast.AST.__init__(_ast.Name(), "a", "b"))
attempt(lambda: _ast.AST.__init__(_ast.Name(), "a", "b", "c"))
attempt(lambda: _ast.AST.__init__(1))
attempt(lambda: _ast.AST.__reduce__(1))
attempt(lambda: _ast.AST.__new__(int))

n = _ast.Name("x", _ast.Load(), lineno=1, col_offset=2)
print(n.__reduce__()[0], n.__reduce__()[1], sorted(n.__reduce__()[2]))
print(_ast.AST().__reduce__())
n.extra = "kept"
del n.lineno
print(sorted(vars(n)), hasattr(n, "lineno"))
c = copy.copy(n)
print(type(c).__name__, c.id, c.ctx is n.ctx, c.extra, c is n)
tree = compile("def f(a, b=1):\n    return a + b", "<s>", "exec", _ast.PyCF_ONLY_AST)
d = copy.deepcopy(tree)
print(type(d).__name__, d.body[0].name, show(d.body[0].body[0].value.op), d.body[0] is tree.body[0])
print(d.body[0].args.defaults[0].value, d.body[0].lineno, d.body[0].end_col_offset)
ns = {}
exec(compile(d, "<copy>", "exec"), ns)
print(ns["f"](2))


class MyName(_ast.Name):
    _fields = ("id", "ctx", "note")

    def shout(self):
        return self.id.upper()


m = MyName("spam", _ast.Load(), "hello", lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)
print(type(m).__name__, m.shout(), m.note, isinstance(m, _ast.expr), m.__reduce__()[0] is MyName)
attempt(lambda: MyName(1, 2, 3, 4))
ns = {"spam": "eggs"}
print(eval(compile(_ast.Expression(m), "<sub>", "eval"), ns))


class Empty(_ast.AST):
    pass


print(Empty._fields, vars(Empty(a=1)))
attempt(lambda: Empty(1))


class Odd(_ast.AST):
    _fields = ("a", 1)


attempt(lambda: Odd("x", "y"))

# Parsed trees share one instance of each context and operator class, as CPython's do.
t = compile("x = y + z - w\nx.a += 1", "<s>", "exec", _ast.PyCF_ONLY_AST)
assign, aug = t.body
print(assign.targets[0].ctx is aug.target.ctx, assign.value.left.right.ctx is assign.value.right.ctx)
print(type(assign.value.op).__name__, type(assign.value.left.op).__name__, assign.value.left.op is aug.op)
print(isinstance(assign.value.op, _ast.operator), _ast.Load() is _ast.Load())

# Lib code matches nodes structurally.
match t.body[0]:
    case _ast.Assign([_ast.Name(id=target)], _ast.BinOp(left, _ast.Sub(), right)):
        print("matched", target, type(left).__name__, right.id)
