# contextvars: ContextVar get/set/reset with defaults, Tokens, Context as a mapping, run and
# copy, and the errors, as CPython's (reprs with addresses are not printed).
import contextvars
from contextvars import Context, ContextVar, Token, copy_context

v = ContextVar('v', default=1)
w = ContextVar('w')
print(v.name, w.name, v.get(), v.get(5), w.get('fallback'))
try:
    w.get()
except LookupError as e:
    print('LookupError', e.args[0] is w)

t = w.set('one')
print(type(t).__name__, t.var is w, t.old_value is Token.MISSING, repr(Token.MISSING), w.get())
t2 = w.set('two')
print(t2.old_value, w.get())
w.reset(t2)
print(w.get())
w.reset(t)
print(w.get('gone'))
try:
    w.reset(t)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('<Token used var=<ContextVar name=\'w\' at 0x'),
          str(e).endswith('has already been used once'))

t3 = v.set(10)
try:
    w.reset(t3)
except ValueError as e:
    print('ValueError', str(e).endswith('was created by a different ContextVar'))


def reset_elsewhere():
    try:
        v.reset(t3)
    except ValueError as e:
        print('ValueError', str(e).endswith('was created in a different Context'))


copy_context().run(reset_elsewhere)
v.reset(t3)
print(v.get())

# Context: a mapping of the variables set in it.
ctx = copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, list(ctx), ctx.get(v), ctx.get(v, 'd'))
x = ContextVar('x')
x.set('in main')
ctx2 = copy_context()
print(len(ctx2), x in ctx2, ctx2[x], ctx2.get(x), [k.name for k in ctx2], list(ctx2.values()),
      [(k.name, val) for k, val in ctx2.items()], [k.name for k in ctx2.keys()])
print(ctx2 == copy_context(), ctx2 == ctx, ctx2 != ctx, ctx == 1)
try:
    ctx[x]
except KeyError as e:
    print('KeyError', e.args[0] is x)


def in_context(value, *, extra=None):
    x.set(value)
    return x.get(), extra, len(copy_context())


print(ctx.run(in_context, 'inside', extra='kw'), x.get(), ctx[x], ctx2[x])
print(ctx.run(lambda: x.get()), ctx.copy()[x], ctx.copy() is not ctx)


def reenter():
    try:
        ctx.run(print, 'never')
    except RuntimeError as e:
        print('RuntimeError', str(e).startswith('cannot enter context: <_contextvars.Context object at 0x'),
              str(e).endswith('is already entered'))


ctx.run(reenter)
fresh = Context()
print(len(fresh), fresh.run(x.get, 'no value here'))

for bad in [lambda: ContextVar(), lambda: ContextVar(1), lambda: ContextVar('a', 1),
            lambda: ContextVar('a', defaults=1), lambda: Context(1), lambda: Token(), lambda: ctx[1],
            lambda: ctx.get(1), lambda: 1 in ctx, lambda: v.reset(1), lambda: w.set(), lambda: hash(ctx),
            lambda: w.get(default=3), lambda: ctx.run(), lambda: ContextVar(name='kw'), lambda: ContextVar('a', name='b')]:
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__ + ':', e)
for base in (ContextVar, Context, Token):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print('TypeError:', e)
print(ContextVar('n', default=None).get(), ContextVar[int], Token[str])
print(repr(v).startswith("<ContextVar name='v' default=1 at 0x"), repr(w).startswith("<ContextVar name='w' at 0x"))
print(hash(v) == hash(v), v == v, v != w, contextvars.__all__)
