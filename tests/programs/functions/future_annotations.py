"""PEP 563: under from __future__ import annotations, annotations are kept as source text."""
from __future__ import annotations

import __future__

print(annotations, annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(len(__future__.all_feature_names), __future__.division)

# Names in annotations are never looked up.
x: undefined_name = 1
y: list[dict[str, int | None]]
z: 'quoted'
a1: lambda x, *a, b=1, **k: x + 1
a2: (1, 2)
a3: ()
a4: (1,)
a5: [1, *b]
a6: {1: 2, **c}
a7: {1, 2}
a8: f(x, *y, k=1, **z)
a9: a.b.c[1:2, ::3]
a10: -x ** 2
a11: (-x) ** 2
a12: not a and b or c
a13: a if b else c
a14: [x for x in y if x for z in w]
a15: {k: v for k, v in d}
a16: (x for x in y)
a17: f'{x!r:>{w}} and {y=}'
a18: 1.5e300 * 2j
a19: b'bytes' + "str'q"
a20: ...
a21: x < y <= z is not w not in q
a24: x[1]
a25: x[1,]
a26: x[()]
a28: a @ b // c % d << e >> f & g ^ h | i
a29: ~x
a30: 1e400
a31: {*a}
a32: f(x for x in y)
a33: x[a:b]
a34: (a, b)[0]
a35: (a + b) * c
a36: a + (b * c)
a37: a - (b - c)
a38: (a - b) - c
a39: 2 ** -1
a40: (a.b)(c)
a41: (1).real
a42: None and True
a43: "a" "b"
a44: r'\n'
a45: f'{x}' f'y'
a46: 10_000
a47: 0x1F
a49: x[*a]
a50: f'{x:{y}}'
a51: '\u00e9\x00'
a52: float('nan')
a53: 1e-5
a54: 123456789012345678901234567890
b1: lambda: 0
b2: lambda *, k: k
b3: lambda a, /, b, *c, d, **e: 0
b4: {**a, 'k': v}
b5: x if (y if z else w) else v
b6: (lambda: 1) if a else b
b7: (a if b else c)[0]
b8: not (a and b)
b9: (not a) + 1
b10: a or b and c
b11: (a or b) and c
b12: -(-x)
b13: +x ** -y
b14: (a < b) < c
b15: a < (b < c)
b16: [*a, *b]
b17: f(*a)(**b)
b18: a[b][c].d(e)
b19: a[1:2:3]
b20: a[:, :]
b21: a[::]
b22: f'{a!s}{b!a}{{}}'
b23: f'{ {1: 2}[1] }'
b24: 1.0
b25: 1e16
b26: -1
b27: True + False
b28: 0.1 + 0.2j
b29: '''triple'''
b30: "it's"
b31: b'\x00\xff'
b32: (1).bit_length()
b33: 1.5.hex()
b34: a.b.c
b35: (a, *b)


class C:
    attr: C
    other: int = 5

    def method(self, a: int, b: 'str' = 's', *args: tuple[int, ...], k: C | None = None, **kw: dict) -> list[C]:
        local: never_evaluated = 1
        return local


def plain(p: undefined, q=1) -> also_undefined:
    pass


print(__annotations__)
print(C.__annotations__, C.other)
print(C.method.__annotations__)
print(plain.__annotations__)
print(C().method(1))


class D:
    C.b: int
    C.e: undefined_but_not_evaluated
    (c): int = 2


print(D.__annotations__, D.c)
