def f():
    x = 'fn'
    class C:
        global x
        x = 'class sets global'
    return x
print(f())
print(x)
class A:
    def __init__(self):
        self.v = 1
    v = 0
print(A.v, A().v)
