"""A class's __dict__ and vars() list names in definition order, as CPython's dict does; setattr on the class appends, del removes, re-adding moves to the end."""


class A:
    x = 1

    def f(self):
        pass

    y = 2

    def __init__(self):
        pass

    z = 3


print(list(A.__dict__))
print([k for k in vars(A) if not k.startswith('__')])


class B(A):
    b = 1
    a = 2


print(list(B.__dict__))
B.c = 3
B.a = 4
print([k for k in B.__dict__ if not k.startswith('__')])
del B.b
B.b = 5
print([(k, v) for k, v in B.__dict__.items() if not k.startswith('__')])


class Registry(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.commands = [k for k, v in ns.items() if callable(v) and not k.startswith('_')]
        return cls


class Shell(metaclass=Registry):
    def quit(self):
        pass

    def add(self):
        pass

    def list(self):
        pass


print(Shell.commands, [k for k in Shell.__dict__ if not k.startswith('_')])
print(dir(B)[-6:])
