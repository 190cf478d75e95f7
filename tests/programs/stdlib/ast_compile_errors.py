# compile() of trees built by hand: the root must suit the mode, and malformed nodes, wrong
# contexts, empty bodies, bad positions and bad constants are errors, CPython's each; valid
# trees compile and run.
import _ast as ast

L = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)


def M(*stmts):
    return ast.Module(body=list(stmts), type_ignores=[])


def E(e):
    return ast.Expr(e, **L)


def N(name, ctx=None):
    return ast.Name(name, ctx or ast.Load(), **L)


def C(value):
    return ast.Constant(value, **L)


def ARGS(**kw):
    fields = dict(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
    fields.update(kw)
    return ast.arguments(**fields)


def without_address(text):
    """'<ast.Pass object at 0x7f...>' without the address, which differs from run to run."""
    at = text.find(" at 0x")
    return text if at < 0 else text[:at] + text[text.index(">", at):]


def check(label, tree, mode="exec", flags=0):
    try:
        code = compile(tree, "<tree>", mode, flags)
    except (TypeError, ValueError, SyntaxError, OverflowError, RecursionError, SystemError, RuntimeError) as e:
        print(label, "->", type(e).__name__, without_address(str(e)))
    else:
        print(label, "->", type(code).__name__)


print("== roots and modes")
check("module", M(E(N("x"))))
check("module missing type_ignores", ast.Module(body=[E(N("x"))]))
check("module missing body", ast.Module(type_ignores=[]))
check("body not a list", ast.Module(body=ast.Pass(**L), type_ignores=[]))
check("body a tuple", ast.Module(body=(ast.Pass(**L),), type_ignores=[]))
check("type_ignores None", ast.Module(body=[], type_ignores=None))
check("expression in exec", ast.Expression(N("x")))
check("expression in eval", ast.Expression(N("x")), "eval")
check("module in eval", M(), "eval")
check("interactive in exec", ast.Interactive(body=[]))
check("interactive in single", ast.Interactive(body=[]), "single")
check("bare expr in eval", N("x"), "eval")
check("pass in exec", ast.Pass(), "exec")
check("function type in eval", ast.FunctionType([], N("x")), "eval")
check("function type in func_type", ast.FunctionType([], N("x")), "func_type")
check("only ast returns the tree", M(), "exec", ast.PyCF_ONLY_AST)
tree = M(E(N("x")))
print("same object", compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST) is tree)


class MyModule(ast.Module):
    pass


check("module subclass", MyModule([ast.Pass(**L)], []))

print("== missing fields and attributes")
check("no positions", M(ast.Pass()))
check("lineno only", M(ast.Pass(lineno=1)))
check("no end positions", M(ast.Pass(lineno=1, col_offset=0)))
check("no ctx", M(E(ast.Name("x", **L))))
check("no value", M(E(ast.Constant(**L))))
check("expr without positions", M(ast.Expr(C(1))))
check("arg without positions", M(ast.FunctionDef("f", ARGS(args=[ast.arg("x")]), [ast.Pass(**L)], [], **L)))
check("arguments missing fields", M(ast.FunctionDef("f", ast.arguments(), [ast.Pass(**L)], [], **L)))
check("args None", M(ast.FunctionDef("f", None, [ast.Pass(**L)], [], **L)))
check("keyword without positions", M(E(ast.Call(N("f"), [], [ast.keyword(None, C(1))], **L))))
check("type ignore without tag", M(E(C(1))).__class__(body=[], type_ignores=[ast.TypeIgnore(1)]))
check("simple missing", M(ast.AnnAssign(N("x", ast.Store()), N("int"), None, **L)))
check("pattern without end", M(ast.Match(N("x"), [ast.match_case(ast.MatchValue(C(1), lineno=1, col_offset=0), None,
                                                                 [ast.Pass(**L)])], **L)))
check("match_case not a node", M(ast.Match(N("x"), [1], **L)))

print("== required values")
check("Expr value None", M(ast.Expr(None, **L)))
check("Name id None", M(E(ast.Name(None, ast.Load(), **L))))
check("Attribute attr None", M(E(ast.Attribute(N("x"), None, ast.Load(), **L))))
check("arg name None", M(ast.FunctionDef("f", ARGS(args=[ast.arg(None, **L)]), [ast.Pass(**L)], [], **L)))
check("arg None", M(ast.FunctionDef("f", ARGS(args=[None]), [ast.Pass(**L)], [], **L)))
check("withitem None", M(ast.With([None], [ast.Pass(**L)], **L)))
check("comprehension None", M(E(ast.ListComp(C(1), [None], **L))))
check("keyword None", M(E(ast.Call(N("f"), [], [None], **L))))
check("alias None", M(ast.Import([None], **L)))
check("Expression body None", ast.Expression(body=None), "eval")
check("ImportFrom module and level None", M(ast.ImportFrom(None, [ast.alias("a", **L)], None, **L)))
check("ImportFrom level missing", M(ast.ImportFrom("m", [ast.alias("a", **L)], **L)))

print("== wrong kinds of values")
check("stmt where expr", M(ast.Expr(ast.Pass(**L), **L)))
check("int where expr", M(ast.Expr(1, **L)))
check("int in body", M(1))
check("abstract expr", M(E(ast.expr(**L))))
check("abstract type_ignore", ast.Module(body=[], type_ignores=[ast.type_ignore()]))
check("int in type_ignores", ast.Module(body=[], type_ignores=[1]))
check("int ctx", M(E(ast.Name("x", 1, **L))))
check("ctx class", M(E(ast.Name("x", ast.Load, **L))))
check("ctx None", M(E(ast.Name("x", None, **L))))
check("op class", M(ast.AugAssign(N("x", ast.Store()), ast.Add, C(1), **L)))
check("op of another kind", M(ast.AugAssign(N("x", ast.Store()), ast.Load(), C(1), **L)))
check("cmpop None", M(E(ast.Compare(C(1), [None], [C(2)], **L))))
check("identifier int", M(E(ast.Name(1, ast.Load(), **L))))
check("identifier in list", M(ast.Global([1], **L)))


class Text(str):
    pass


check("identifier str subclass", M(E(ast.Name(Text("x"), ast.Load(), **L))))
check("kind int", M(E(ast.Constant(None, kind=3, **L))))
check("kind bytes", M(E(ast.Constant(1, b"x", **L))))
check("tag int", ast.Module(body=[], type_ignores=[ast.TypeIgnore(1, 2)]))
check("lineno str", M(ast.Pass(lineno="a", col_offset=0)))
check("lineno float", M(E(ast.Name("x", ast.Load(), lineno=1.0, col_offset=0))))
check("lineno None", M(E(ast.Name("x", ast.Load(), lineno=None, col_offset=0))))
check("lineno bool", M(ast.Pass(lineno=True, col_offset=False)))
check("lineno huge", M(ast.Pass(lineno=2 ** 40, col_offset=0)))
check("args None list", M(E(ast.Call(N("x"), None, [], **L))))
check("conversion huge", M(E(ast.JoinedStr([ast.FormattedValue(C(1), 2 ** 40, None, **L)], **L))))
check("simple None", M(ast.AnnAssign(N("x", ast.Store()), N("int"), None, None, **L)))

print("== contexts")
check("Del in load", M(E(N("x", ast.Del()))))
check("Store in load", M(E(N("x", ast.Store()))))
check("assign to Load", M(ast.Assign([N("x")], C(1), **L)))
check("assign to call", M(ast.Assign([ast.Call(N("f"), [], [], **L)], C(1), **L)))
check("delete Load", M(ast.Delete([N("x")], **L)))
check("aug target Load", M(ast.AugAssign(N("x"), ast.Add(), C(1), **L)))
check("starred store of Load", M(ast.Assign([ast.Starred(N("x"), ast.Store(), **L)], C(1), **L)))
check("tuple store of Load", M(ast.Assign([ast.Tuple([N("x")], ast.Store(), **L)], C(1), **L)))
check("for target Load", M(ast.For(N("x"), N("y"), [ast.Pass(**L)], [], **L)))
check("with vars Load", M(ast.With([ast.withitem(C(1), N("x"))], [ast.Pass(**L)], **L)))
check("comprehension target Load", M(E(ast.DictComp(C(1), C(1), [ast.comprehension(N("x"), N("y"), [], 0)], **L))))
check("lambda body Store", M(E(ast.Lambda(ARGS(), N("x", ast.Store()), **L))))
check("slice Store", M(E(ast.Subscript(N("x"), N("i", ast.Store()), ast.Load(), **L))))
check("format spec Store", M(E(ast.JoinedStr([ast.FormattedValue(C(1), -1, N("x", ast.Store()), **L)], **L))))
check("eval body Store", ast.Expression(body=N("x", ast.Store())), "eval")
check("named expr Load target", M(E(ast.NamedExpr(N("x"), C(1), **L))))
check("named expr Store target", M(E(ast.NamedExpr(N("x", ast.Store()), C(1), **L))))

print("== lists and counts")
for kind, stmt in [
    ("FunctionDef", ast.FunctionDef("f", ARGS(), [], [], **L)),
    ("AsyncFunctionDef", ast.AsyncFunctionDef("f", ARGS(), [], [], **L)),
    ("ClassDef", ast.ClassDef("C", [], [], [], [], **L)),
    ("For", ast.For(N("x", ast.Store()), N("y"), [], [], **L)),
    ("AsyncFor", ast.AsyncFor(N("x", ast.Store()), N("y"), [], [], **L)),
    ("While", ast.While(C(1), [], [], **L)),
    ("If", ast.If(C(1), [], [], **L)),
    ("With", ast.With([], [ast.Pass(**L)], **L)),
    ("AsyncWith", ast.AsyncWith([], [ast.Pass(**L)], **L)),
    ("Match", ast.Match(N("x"), [], **L)),
    ("Try", ast.Try([ast.Pass(**L)], [], [], [], **L)),
    ("Try orelse", ast.Try([ast.Pass(**L)], [], [ast.Pass(**L)], [ast.Pass(**L)], **L)),
    ("Try empty body", ast.Try([], [], [], [ast.Pass(**L)], **L)),
    ("handler empty body", ast.Try([ast.Pass(**L)], [ast.ExceptHandler(None, None, [], **L)], [], [], **L)),
    ("TryStar", ast.TryStar([ast.Pass(**L)], [], [], [], **L)),
    ("TryStar empty", ast.TryStar([], [], [], [], **L)),
    ("Delete", ast.Delete([], **L)),
    ("Assign", ast.Assign([], C(1), **L)),
    ("Import", ast.Import([], **L)),
    ("ImportFrom", ast.ImportFrom("x", [], 0, **L)),
    ("ImportFrom level", ast.ImportFrom("x", [ast.alias("a", **L)], -1, **L)),
    ("Global", ast.Global([], **L)),
    ("Nonlocal", ast.Nonlocal([], **L)),
    ("Raise cause only", ast.Raise(None, C(1), **L)),
    ("AnnAssign simple attribute", ast.AnnAssign(ast.Attribute(N("x"), "a", ast.Store(), **L), N("int"), None, 1, **L)),
    ("BoolOp one value", E(ast.BoolOp(ast.And(), [C(1)], **L))),
    ("BoolOp None", E(ast.BoolOp(ast.And(), [C(1), None], **L))),
    ("Compare none", E(ast.Compare(C(1), [], [], **L))),
    ("Compare ops only", E(ast.Compare(C(1), [ast.Eq()], [], **L))),
    ("Compare counts", E(ast.Compare(C(1), [ast.Eq(), ast.Lt()], [C(1)], **L))),
    ("Dict counts", E(ast.Dict([None], [], **L))),
    ("Dict None key", E(ast.Dict([None], [C(1)], **L))),
    ("Dict None value", E(ast.Dict([C(1)], [None], **L))),
    ("Set empty", E(ast.Set([], **L))),
    ("ListComp no generators", E(ast.ListComp(C(1), [], **L))),
    ("call arg None", E(ast.Call(N("x"), [None], [], **L))),
    ("defaults", ast.FunctionDef("f", ARGS(defaults=[C(1)]), [ast.Pass(**L)], [], **L)),
    ("default None", ast.FunctionDef("f", ARGS(args=[ast.arg("x", **L)], defaults=[None]), [ast.Pass(**L)], [], **L)),
    ("kw_defaults", ast.FunctionDef("f", ARGS(kwonlyargs=[ast.arg("x", **L)]), [ast.Pass(**L)], [], **L)),
    ("kw_defaults None", ast.FunctionDef("f", ARGS(kwonlyargs=[ast.arg("x", **L)], kw_defaults=[None]),
                                         [ast.Pass(**L)], [], **L)),
    ("statement None", None),
]:
    check(kind, M(stmt))
check("interactive None", ast.Interactive(body=[None]), "single")

print("== names and constants")
for name in ("None", "True", "False", "__debug__"):
    check("Name " + name, M(E(N(name))))
check("Global None", M(ast.Global(["None"], **L)))
check("def None", M(ast.FunctionDef("None", ARGS(), [ast.Pass(**L)], [], **L)))
check("attribute None", M(E(ast.Attribute(N("x"), "None", ast.Load(), **L))))
check("alias None", M(ast.Import([ast.alias("None", **L)], **L)))


class Int(int):
    pass


for value in [1, 2 ** 100, 1.5, 2 + 3j, -0j, "s", b"b", True, None, ..., (1, (2, b"x"), frozenset({3})),
              [1], (1, [2]), frozenset({(1, 2)}), Int(3), Text("t"), {1: 2}, object]:
    check("Constant " + type(value).__name__, M(E(C(value))))

print("== positions")
check("line range", M(E(ast.Name("x", ast.Load(), lineno=2, col_offset=0, end_lineno=1, end_col_offset=0))))
check("column range", M(E(ast.Name("x", ast.Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=0))))
check("negative line", M(ast.Pass(lineno=-2, col_offset=5, end_lineno=-2, end_col_offset=0)))
check("negative column", M(ast.Pass(lineno=-2, col_offset=-5, end_lineno=-2, end_col_offset=0)))
check("negative line, end", M(E(ast.Name("x", ast.Load(), lineno=-1, col_offset=5, end_lineno=1, end_col_offset=0))))
check("column before line", M(ast.Pass(lineno=1, col_offset=-5, end_lineno=2, end_col_offset=0)))
check("zero", M(ast.Pass(lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)))
check("end None", M(E(ast.Name("x", ast.Load(), lineno=1, col_offset=5, end_lineno=None, end_col_offset=None))))
check("bad range before bad context", M(E(ast.Name("x", ast.Store(), lineno=2, col_offset=0, end_lineno=1,
                                                 end_col_offset=1))))
check("arg range", M(ast.FunctionDef("f", ARGS(args=[ast.arg("x", lineno=2, col_offset=0, end_lineno=1,
                                                             end_col_offset=0)]), [ast.Pass(**L)], [], **L)))
check("handler range", M(ast.Try([ast.Pass(**L)], [ast.ExceptHandler(None, None, [ast.Pass(**L)], lineno=2,
                                                                     col_offset=0, end_lineno=1, end_col_offset=1)],
                                  [], [], **L)))
check("keyword range unchecked", M(E(ast.Call(N("f"), [], [ast.keyword("a", C(1), lineno=2, col_offset=0, end_lineno=1,
                                                                       end_col_offset=1)], **L))))

print("== patterns")


def P(pattern, guard=None):
    return M(ast.Match(N("x"), [ast.match_case(pattern, guard, [ast.Pass(**L)])], **L))


def AS(name=None, pattern=None):
    return ast.MatchAs(pattern, name, **L)


for label, pattern in [
    ("value int", ast.MatchValue(C(1), **L)),
    ("value name", ast.MatchValue(N("x"), **L)),
    ("value attribute", ast.MatchValue(ast.Attribute(N("x"), "y", ast.Load(), **L), **L)),
    ("value attribute Store", ast.MatchValue(ast.Attribute(N("x", ast.Store()), "y", ast.Load(), **L), **L)),
    ("value None", ast.MatchValue(C(None), **L)),
    ("value True", ast.MatchValue(C(True), **L)),
    ("value Ellipsis", ast.MatchValue(C(...), **L)),
    ("value tuple", ast.MatchValue(C((1, 2)), **L)),
    ("value bytes", ast.MatchValue(C(b"x"), **L)),
    ("value negative", ast.MatchValue(ast.UnaryOp(ast.USub(), C(1), **L), **L)),
    ("value negative name", ast.MatchValue(ast.UnaryOp(ast.USub(), N("x"), **L), **L)),
    ("value complex", ast.MatchValue(ast.BinOp(C(1), ast.Add(), C(2j), **L), **L)),
    ("value sum", ast.MatchValue(ast.BinOp(C(1), ast.Add(), C(2), **L), **L)),
    ("value f-string", ast.MatchValue(ast.JoinedStr([], **L), **L)),
    ("singleton 1", ast.MatchSingleton(1, **L)),
    ("singleton None", ast.MatchSingleton(None, **L)),
    ("sequence empty", ast.MatchSequence([], **L)),
    ("sequence two stars", ast.MatchSequence([ast.MatchStar("a", **L), ast.MatchStar("b", **L)], **L)),
    ("star _", ast.MatchSequence([ast.MatchStar("_", **L)], **L)),
    ("star None", ast.MatchSequence([ast.MatchStar("None", **L)], **L)),
    ("star alone", ast.MatchStar("a", **L)),
    ("mapping counts", ast.MatchMapping([C(1)], [], **L)),
    ("mapping rest", ast.MatchMapping([C(1)], [AS("x")], "r", **L)),
    ("mapping name key", ast.MatchMapping([N("y")], [AS("x")], **L)),
    ("mapping None key", ast.MatchMapping([C(None)], [AS("x")], **L)),
    ("mapping rest _", ast.MatchMapping([C(1)], [AS("x")], "_", **L)),
    ("mapping duplicate", ast.MatchMapping([C(1), C(1)], [AS("x"), AS("y")], **L)),
    ("class", ast.MatchClass(N("C"), [], [], [], **L)),
    ("class constant", ast.MatchClass(C(1), [], [], [], **L)),
    ("class call attribute", ast.MatchClass(ast.Attribute(ast.Call(N("f"), [], [], **L), "y", ast.Load(), **L),
                                            [], [], [], **L)),
    ("class counts", ast.MatchClass(N("C"), [], ["a"], [], **L)),
    ("class attr None", ast.MatchClass(N("C"), [], ["None"], [AS()], **L)),
    ("class repeated", ast.MatchClass(N("C"), [], ["a", "a"], [AS(), AS()], **L)),
    ("class Store", ast.MatchClass(N("C", ast.Store()), [], [], [], **L)),
    ("as without name", AS(None, AS())),
    ("as _", AS("_")),
    ("as True", AS("True")),
    ("as star", AS("x", ast.MatchStar("a", **L))),
    ("or empty", ast.MatchOr([], **L)),
    ("or one", ast.MatchOr([AS()], **L)),
    ("or capture", ast.MatchOr([AS("x"), AS("y")], **L)),
    ("or values", ast.MatchOr([ast.MatchValue(C(1), **L), ast.MatchValue(C(2), **L)], **L)),
    ("constant where pattern", C(1)),
]:
    check(label, P(pattern))
check("guard Store", P(AS(), N("x", ast.Store())))
check("empty case body", M(ast.Match(N("x"), [ast.match_case(AS(), None, [])], **L)))

print("== compile-time errors")
check("starred load", M(E(ast.Starred(N("x"), ast.Load(), **L))))
check("return outside", M(ast.Return(None, **L)))
check("yield outside", M(E(ast.Yield(None, **L))))
check("await outside", M(E(ast.Await(C(1), **L))))
check("nonlocal at module", M(ast.Nonlocal(["x"], **L)))

print("== recursion")
e = C(1)
for i in range(3000):
    e = ast.UnaryOp(ast.USub(), e, **L)
check("deep", ast.Expression(e), "eval")

print("== list changed while read")


class Shrinking(ast.Pass):
    @property
    def lineno(self):
        body.pop()
        return 1


body = [Shrinking(col_offset=0), ast.Pass(**L), ast.Pass(**L)]
check("shrinking", ast.Module(body=body, type_ignores=[]))

print("== runs")
ns = {}
exec(compile(M(ast.Assign([N("x", ast.Store())], ast.BinOp(C(6), ast.Mult(), C(7), **L), **L),
               ast.Expr(ast.Call(N("print"), [N("x"), C((1, 2)), C(2 + 3j), C(frozenset({9}))], [], **L), **L)),
             "<run>", "exec"), ns)
print(ns["x"])
print(eval(compile(ast.Expression(ast.Compare(C(1), [ast.Lt(), ast.LtE()], [C(2), C(2)], **L)), "<e>", "eval")))
exec(compile(ast.Interactive([E(ast.BinOp(C("a"), ast.Add(), C("b"), **L))]), "<i>", "single"))
