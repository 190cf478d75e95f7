def f(): pass
def g(): ...
class C: pass
class D: ...
if True: pass
for _ in range(2): pass
while False: pass
print(f(), g(), C.__name__, D.__name__)
