# dis: the opcode tables and the code-object facts dis reports (flags, names, argument counts)
# for ordinary functions, generators, coroutines and closures.
import dis

def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

print(len(dis.opname), dis.opname[dis.opmap['LOAD_CONST']], dis.opmap['RETURN_VALUE'], dis.opmap['BINARY_OP'], dis.opmap['CALL'])
print(dis.HAVE_ARGUMENT, dis.EXTENDED_ARG, sorted(dis.hasconst), sorted(dis.hasname)[:5], sorted(dis.hasjrel)[:5], dis.hascompare, dis.haslocal[:3], dis.hasfree)
print(dis.cmp_op, dis.COMPILER_FLAG_NAMES)
print([name for name, _ in dis._nb_ops][:6], dis.opname[dis.opmap['POP_TOP']])

def plain(a, b=2, *args, c, d=4, **kw):
    x = a + b
    return x

def gen(n):
    yield n

async def coro():
    pass

async def agen():
    yield 1

def make_closure():
    v = 1

    def inner():
        return v
    return inner

for f in [plain, gen, coro, agen, make_closure, make_closure(), lambda: 0]:
    c = f.__code__
    print(f.__name__, dis.pretty_flags(c.co_flags), c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_varnames, c.co_freevars, c.co_cellvars, c.co_name, c.co_qualname, c.co_firstlineno)
print(dis.pretty_flags(0), dis.pretty_flags(0x100000))
