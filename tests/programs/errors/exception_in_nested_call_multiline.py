def fmt(a, b, c):
    return a + b + c
result = fmt(
    1,
    'two',
    3,
)
