"""Object-heavy code: small classes, inheritance, super(), properties and many method calls."""


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    def __init__(self, name):
        self.name = name
        self.moves = 0

    def area(self):
        return 0

    def move(self, delta):
        self.moves += 1
        self.origin = self.origin.add(delta)


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
        self.origin = Vector(0, 0)

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    @property
    def side(self):
        return self.w


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
        self.origin = Vector(1, 1)

    def area(self):
        return 3 * self.r * self.r


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(-amount)
        return True


def simulate(rounds):
    shapes = []
    for i in range(60):
        kind = i % 3
        if kind == 0:
            shapes.append(Rect(i + 1, i + 2))
        elif kind == 1:
            shapes.append(Square(i + 1))
        else:
            shapes.append(Circle(i + 1))
    step = Vector(1, -1)
    total = 0
    for r in range(rounds):
        for s in shapes:
            s.move(step)
            total += s.area() + s.origin.dot(step)
            if isinstance(s, Square):
                total += s.side
    moves = 0
    for s in shapes:
        moves += s.moves
    return total, moves


def bank(n):
    accounts = [Account(i) for i in range(50)]
    failed = 0
    for i in range(n):
        a = accounts[i % 50]
        a.deposit(i % 97).deposit(3)
        if not accounts[(i * 7) % 50].withdraw(i % 113):
            failed += 1
    balance = 0
    entries = 0
    for a in accounts:
        balance += a.balance
        entries += len(a.history)
    return balance, entries, failed


total, moves = simulate(15000)
balance, entries, failed = bank(600000)
print("checksum", total, moves, balance, entries, failed)
