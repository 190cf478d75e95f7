# Runtime errors of the match statement, with CPython's messages.
def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)
class NotTuple:
    __match_args__ = ['a']
class BadName:
    __match_args__ = ('a', 1)
    a = 1
class One:
    __match_args__ = ('a',)
    a = 1
def m1():
    match NotTuple():
        case NotTuple(1):
            pass
def m2():
    match BadName():
        case BadName(1, 2):
            pass
def m3():
    match One():
        case One(1, a=1):
            pass
def m4():
    match 3:
        case int(1, 2):
            pass
def m5():
    match 3:
        case print():
            pass
def m6():
    match One():
        case One(1, 2):
            pass
def m7():
    k = One()
    match {'a': 1, 'b': 2}:
        case {One.a: 1, 'b': 2}:
            print('attribute key works')
    One.a = 'b'
    match {'a': 1, 'b': 2}:
        case {'b': 2, One.a: 2}:
            pass
for i, f in enumerate([m1, m2, m3, m4, m5, m6, m7], 1):
    attempt(i, f)
class Prop:
    __match_args__ = ('p',)
    @property
    def p(self):
        raise KeyError('from property')
def m9():
    match Prop():
        case Prop(x):
            pass
attempt(9, m9)
class NoAttr:
    __match_args__ = ('missing',)
match NoAttr():
    case NoAttr(x):
        print('no')
    case _:
        print('missing attribute means no match')
match Prop():
    case Prop(p=1):
        pass
