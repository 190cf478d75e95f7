import pyparsing as pp

integer = pp.Word(pp.nums).set_parse_action(lambda t: int(t[0]))
ident = pp.Word(pp.alphas + "_", pp.alphanums + "_")
expr = pp.infix_notation(integer | ident, [
    (pp.one_of("* /"), 2, pp.opAssoc.LEFT),
    (pp.one_of("+ -"), 2, pp.opAssoc.LEFT),
])
print(expr.parse_string("1 + 2 * x - (3 / y)").as_list())
greeting = ident("greet") + pp.Suppress(",") + ident("name") + pp.Literal("!")
r = greeting.parse_string("Hello, World!")
print(r.as_list(), r.greet, r["name"], r.as_dict())
kv = pp.dict_of(ident, pp.Suppress("=") + integer)
print(kv.parse_string("a=1 b=2").as_dict())
csv = pp.delimited_list(pp.quoted_string | pp.Word(pp.alphanums))
print(csv.parse_string('x, "y z", 3').as_list())
try:
    integer.parse_string("abc")
except pp.ParseException as e:
    print("ParseException:", e, e.line, e.col)
print(list(ident.scan_string("foo 12 bar_1")), ident.transform_string("a b"), pp.__version__)
nested = pp.nested_expr()
print(nested.parse_string("(a (b c) (d))").as_list())
print((pp.Keyword("if") + ident).search_string("if x; if y").as_list())
