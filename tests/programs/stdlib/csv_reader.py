# _csv.reader: the parser's states, quoting, escapes, line numbers and its errors.
import _csv
import csv
import io


def read(data, **kw):
    out = []
    try:
        r = csv.reader(data, **kw)
        for row in r:
            out.append(row)
        print(repr(out), r.line_num)
    except Exception as e:
        print(type(e).__name__, e, repr(out))


read(["a,b,c"])
read(["a,b,c\r\n", "1,2,3\r\n"])
read(["a,b\n", "\n", "c,d\n"])
read([""])
read(["", "x"])
read(['"a,b",c'])
read(['"a""b",c'])
read(['"multi\n', 'line",x\n', 'y\n'])
read(['"unterminated'])
read(['"unterminated'], strict=True)
read(['a,"b"c'])
read(['a,"b"c'], strict=True)
read(['"a"b,c'])
read(['a,"b" ,c'], strict=True)
read(['a\rb'])
read(['a\r', 'b'])
read(['a\r\n', 'b\r\n'])
read(['a,b\r'])
read(['a\\,b,c'], escapechar='\\')
read(['a\\\n', 'b'], escapechar='\\')
read(['a\\\r\n', 'b'], escapechar='\\')
read(['a\\'], escapechar='\\')
read(['"a\\'], escapechar='\\')
read(['"a\\"b",c'], escapechar='\\')
read(['"a\\"b",c'], escapechar='\\', doublequote=False)
read(['"a"b"'], doublequote=False)
read(['a, b,  c'], skipinitialspace=True)
read(['a, "b, c"'], skipinitialspace=True)
read(['a, "b, c"'])
read(['a;b;c'], delimiter=';')
read(['a\tb'], dialect='excel-tab')
read(['a\tb'], dialect=csv.excel_tab)
read(['"a",b'], quoting=csv.QUOTE_NONE)
read(['a"b,c'], quoting=csv.QUOTE_NONE)
read(['1,2.5,"3",-1e3, 4'], quoting=csv.QUOTE_NONNUMERIC)
read(['1,,2'], quoting=csv.QUOTE_NONNUMERIC)
read(['1,abc'], quoting=csv.QUOTE_NONNUMERIC)
read(["'a,b',c"], quotechar="'")
read(['a\0b,c'])
read(['é,ü,😀,"😀,x"'])
read(['a😀b😀c'], delimiter='😀')
read([1])
read([b"a,b"])
read(["a", 2])
read(["a,b"], quoting=7)
read(["a,b"], delimiter="")
read(5)
read(iter(["x,y", "z"]))


def lines():
    yield "g,h"
    yield "i,j"
    raise ValueError("source failed")


read(lines())

# a field size limit
old = csv.field_size_limit(5)
print(old)
read(["12345,1"])
read(["123456,1"])
read(['"123456"'])
print(csv.field_size_limit(old))
print(csv.field_size_limit())

# files
f = io.StringIO("name,age\r\nann,3\r\n\"bob, jr\",4\r\n")
r = csv.reader(f)
print(next(r), r.line_num)
print(list(r), r.line_num)
print(r.dialect.delimiter, r.dialect.quoting)
try:
    r.line_num = 3
except AttributeError as e:
    print("AttributeError", e)
f = io.StringIO("a,b\nc,d\n", newline="")
print(list(csv.reader(f)))
r = csv.reader(["a"])
print(iter(r) is r, type(r).__name__, type(r).__module__)
print(next(r))
try:
    next(r)
except StopIteration:
    print("StopIteration")

# an error leaves the reader usable for the next row
r = csv.reader(['a,"b"c', "d,e"], strict=True)
try:
    next(r)
except csv.Error as e:
    print("Error", e)
print(next(r), r.line_num)
