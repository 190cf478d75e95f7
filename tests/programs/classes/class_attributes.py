class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.shared.append(C.count)
a, b = C(), C()
print(C.count, a.shared, a.shared is b.shared)
a.count = 100
print(a.count, b.count, C.count)
del a.count
print(a.count)
C.new = 'late'
print(a.new, b.new)
print('shared' in C.__dict__, 'shared' in a.__dict__)
