def f():
    a = 'outer'
    class C:
        a = 'class a'
        def get(self):
            return a
        b = (lambda: a)()
    return C().get(), C.b
print(f())
class K:
    items = [1, 2, 3]
    total = sum(items)
    first = [i for i in items]
print(K.total, K.first)
class L:
    n = 3
    try:
        lst = [n for _ in range(2)]
    except NameError as e:
        lst = str(e)
print(L.lst)
