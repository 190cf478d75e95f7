# inspect: signatures (parameters, defaults, annotations, binding), type predicates, members,
# source of functions, getdoc/cleandoc, getmro, frames and the call stack, unwrap, and
# getattr_static, with the errors of bind.
import functools
import inspect


def greet(name, greeting='Hello', *args, punct: str = '!', **kwargs) -> str:
    """Greet someone.

        Indented detail line.
    """
    return '%s, %s%s' % (greeting, name, punct)


def pos_only(a, b, /, c, *, d=4):
    pass


sig = inspect.signature(greet)
print(sig, sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind, p.kind.description, p.default is inspect.Parameter.empty, p.annotation, str(p))
print(inspect.signature(pos_only), inspect.signature(lambda x, *, y=1: 0), inspect.signature(lambda: None))
ba = sig.bind('Bob', 'Hi', 1, 2, punct='?', extra=5)
print(ba, ba.arguments, ba.args, ba.kwargs)
bp = sig.bind_partial(greeting='Yo')
bp.apply_defaults()
print(bp.arguments)
for args, kw in [((), {}), ((1, 2, 3), {'d': 1, 'e': 2}), ((1,), {'b': 2, 'c': 3}), ((1, 2, 3), {'c': 4})]:
    try:
        print(inspect.signature(pos_only).bind(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
new_sig = sig.replace(return_annotation=inspect.Signature.empty, parameters=[inspect.Parameter('z', inspect.Parameter.POSITIONAL_OR_KEYWORD, default=3)])
print(new_sig, inspect.Parameter('q', inspect.Parameter.KEYWORD_ONLY, annotation=int), sig == inspect.signature(greet))
try:
    inspect.Parameter('x', inspect.Parameter.POSITIONAL_ONLY, default=1).replace(name='1bad')
except ValueError as e:
    print('ValueError', e)


class Shape:
    """A shape."""
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    @classmethod
    def make(cls):
        return cls('x')

    @staticmethod
    def helper(v):
        return v

    @property
    def label(self):
        return self.name


class Square(Shape):
    sides = 4

    def __init__(self, name, side=1):
        super().__init__(name)
        self.side = side

    def area(self):
        """Side squared."""
        return self.side ** 2


print(inspect.signature(Square), inspect.signature(Square.area), inspect.signature(Square('s').area), inspect.signature(Shape.make))
print(inspect.getmro(Square), inspect.isclass(Square), inspect.isfunction(Square.area), inspect.ismethod(Square('a').area), inspect.ismethod(Square.area))
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(Square.area), inspect.ismodule(inspect), inspect.isfunction(len))
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.iscoroutinefunction(greet), inspect.isabstract(Shape), inspect.isdatadescriptor(Shape.label))


def gen():
    yield 1


async def coro():
    pass


g = gen()
print(inspect.isgenerator(g), inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g), inspect.iscoroutinefunction(coro), inspect.isasyncgenfunction(coro))
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c))
c.close()
print([n for n, v in inspect.getmembers(Square) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Square('q'), inspect.ismethod)], [n for n, v in inspect.getmembers(Square, inspect.isfunction)])
print(inspect.getdoc(Square.area), repr(inspect.getdoc(greet)), inspect.getdoc(Square), repr(inspect.cleandoc('  a\n    b\n  c\n')))
print(inspect.getsource(gen), end='')
print(inspect.getsourcelines(gen)[1], inspect.getfile(gen).endswith('inspect_basic.py'), inspect.getmodule(gen).__name__, inspect.getmodule(len).__name__)
print(inspect.getcomments(greet), inspect.getattr_static(Square('a'), 'label').__class__.__name__, inspect.getattr_static(Square, 'make').__class__.__name__)


def outer():
    frame = inspect.currentframe()
    print(frame.f_code.co_name, frame.f_back.f_code.co_name, inspect.getframeinfo(frame).function)
    print([f.function for f in inspect.stack()][:2], inspect.stack()[0].code_context)


outer()


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


@deco
def wrapped(x, y=2):
    return x + y


print(inspect.signature(wrapped), inspect.unwrap(wrapped).__name__, inspect.unwrap(wrapped) is wrapped.__wrapped__)
print(inspect.signature(functools.partial(greet, 'Ann')), inspect.getfullargspec(greet))
print(inspect.getcallargs(greet, 'X', punct='.'), inspect.formatannotation(int), inspect.formatannotation(list[int]))
print(inspect.signature(len), inspect.signature(dict.get), inspect.signature(sorted), inspect.signature(divmod))
try:
    inspect.signature(5)
except TypeError as e:
    print('TypeError', e)
print(inspect.get_annotations(greet), inspect.Signature.from_callable(outer))
class Slotted:
    __slots__ = ('a',)


print(inspect.ismethoddescriptor(str.join), inspect.isgetsetdescriptor(type.__dict__['__name__']), type(Slotted.__dict__['a']).__name__)
