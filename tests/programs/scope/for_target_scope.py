for i in range(3):
    pass
print(i)
def f():
    for j in []:
        pass
    try:
        return j
    except UnboundLocalError as e:
        return str(e)
print(f())
for a, (b, c) in [(1, (2, 3))]:
    pass
print(a, b, c)
class C:
    for k in range(2):
        pass
print(C.k)
