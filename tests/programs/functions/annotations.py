def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
x: int = 5
print(__annotations__)
class C:
    y: str
    z: int = 3
print(C.__annotations__)
print(hasattr(C, 'y'), C.z)
