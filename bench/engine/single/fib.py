"""Recursion: naive Fibonacci, Ackermann-like mutual recursion and a recursive tree walk."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def build(depth):
    if depth == 0:
        return None
    return (build(depth - 1), build(depth - 1))


def count_nodes(tree):
    if tree is None:
        return 0
    return 1 + count_nodes(tree[0]) + count_nodes(tree[1])


evens = 0
for k in range(4000):
    if is_even(k % 400):
        evens += 1
print("checksum", fib(31), tak(24, 16, 8), evens, count_nodes(build(16)))
