"""The launcher's AOT training run: a little of everything a typical program does, so that the
JVM's AOT cache (see ./pythebo) holds the classes loaded and linked, and the method profiles, that
most programs need at start-up. Its output is discarded."""


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


class Account:
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance


class Savings(Account):
    def deposit(self, amount):
        return super().deposit(amount) * 1.0


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def primes(limit):
    sieve = [True] * limit
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, limit, i):
                sieve[j] = False
    return [i for i in range(2, limit) if sieve[i]]


def words(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;")
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def pipeline(n):
    def evens(it):
        for v in it:
            if v % 2 == 0:
                yield v

    def squares(it):
        yield from (v * v for v in it)

    return sum(squares(evens(range(n))))


def counter():
    total = 0

    def add(k=1):
        nonlocal total
        total += k
        return total

    return add


def errors(n):
    caught = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                {}["missing"]
            elif i % 3 == 1:
                [][i]
            else:
                int("x%d" % i)
        except (KeyError, IndexError, ValueError) as e:
            caught += len(str(e)) > 0
        finally:
            caught += 0
    return caught


def main():
    for _ in range(3):
        v = Vector(0, 0)
        for i in range(2000):
            v = v + Vector(i, -i)
        accounts = [Account("a%d" % i, i) if i % 2 else Savings("s%d" % i) for i in range(500)]
        for a in accounts:
            a.deposit(3)
        text = "the quick brown fox jumps over the lazy dog. " * 200
        add = counter()
        for i in range(3000):
            add(i)
        data = [(i * 7919) % 1009 for i in range(3000)]
        data.sort()
        table = {str(i): i * 1.5 for i in range(2000)}
        joined = ",".join(f"{k}={v:.2f}" for k, v in list(table.items())[:100])
        big = 1
        for i in range(1, 300):
            big *= i
        print(v, v.norm2, fib(18), len(primes(20000)), words(text)[:3], pipeline(20000), add(0),
              errors(300), sorted(data, reverse=True)[:5], len(joined), big % 1000003,
              pow(3, 10**5, 10**9 + 7), round(sum(x / 7 for x in range(1000)), 6), Account.count,
              "%s-%d-%r" % ("x", 3, 2.5), set(range(5)) | {9}, (1, 2) + (3,), max(data), min(table))


main()


def files():
    # What a program's start usually does with os: the C library calls link on first use, and
    # the posix module's classes load with the Lib modules os imports.
    import os
    here = os.getcwd()
    names = os.listdir(here)
    st = os.stat(here)
    print(len(names), os.path.isdir(here), os.path.join(here, "x"), st.st_mode & 0o170000,
          os.environ.get("HOME"), os.path.exists(os.path.join(here, "no-such-file")))


files()
