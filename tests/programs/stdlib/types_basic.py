import types

ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns.c)
print(ns == types.SimpleNamespace(a=1, b="two", c=[3]), ns != types.SimpleNamespace())
del ns.b
print(ns, vars(ns))
print(repr(types.SimpleNamespace()))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)

mod = types.ModuleType("mymod", "the doc")
mod.x = 5
print(mod.__name__, mod.__doc__, mod.x, repr(mod).startswith("<module 'mymod'"))
print(sorted(k for k in vars(mod)))


def gen():
    yield 1


async def coro():
    pass


class C:
    def method(self):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass


print(isinstance(gen, types.FunctionType), isinstance(gen(), types.GeneratorType))
c = coro()
print(isinstance(c, types.CoroutineType))
c.close()
print(isinstance(C().method, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(C.__dict__["cm"], classmethod), type(C.sm) is types.FunctionType)
print(types.MethodType(lambda self: self.__class__.__name__, C())())
print(isinstance(str.join, types.MethodDescriptorType), isinstance(object.__init__, types.WrapperDescriptorType))
print(isinstance(object().__str__, types.MethodWrapperType), isinstance(dict.__dict__["fromkeys"], types.ClassMethodDescriptorType))
print(isinstance(types.FunctionType.__code__, types.GetSetDescriptorType))
print(type(None) is types.NoneType, type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType)
print(isinstance(gen.__code__, types.CodeType), isinstance(types.__dict__, dict))
mp = types.MappingProxyType({"k": 1})
print(mp, mp["k"], len(mp), list(mp.items()), "k" in mp)
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError:", e)

try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
print(isinstance(tb, types.TracebackType), isinstance(tb.tb_frame, types.FrameType))

Dyn = types.new_class("Dyn", (C,), {}, lambda ns: ns.update({"attr": 42}))
print(Dyn.__name__, Dyn.attr, Dyn.__mro__[1].__name__)
meta, ns2, kwds = types.prepare_class("X", (object,), {"metaclass": type})
print(meta, ns2, kwds)
print(types.resolve_bases((int, str)))


class Mixin:
    pass


class FakeBase:
    def __mro_entries__(self, bases):
        return (Mixin,)


print(types.resolve_bases((FakeBase(), int)))
Made = types.new_class("Made", (FakeBase(),))
print([k.__name__ for k in Made.__mro__], Made.__orig_bases__[0].__class__.__name__)

ga = types.GenericAlias(list, (int,))
print(ga, ga.__origin__, ga.__args__, ga == list[int])
print(int | str, isinstance(int | str, types.UnionType), (int | None).__args__)


class Prop:
    @types.DynamicClassAttribute
    def name(self):
        return "instance value"


print(Prop().name)


print(types.CellType, types.ModuleType, types.GeneratorType)
