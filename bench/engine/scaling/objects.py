"""Scaling kernel: each thread makes its own objects and calls their methods."""
from harness import run


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle(Point):
    def __init__(self, x, y, weight):
        super().__init__(x, y)
        self.weight = weight

    def moved(self, dx, dy):
        return Particle(self.x + dx, self.y + dy, self.weight)

    def energy(self):
        return self.weight * self.norm1()


def work():
    particles = [Particle(i, -i, i % 5 + 1) for i in range(100)]
    total = 0
    for step in range(16000):
        for i in range(len(particles)):
            p = particles[i].moved(1, step % 3 - 1)
            particles[i] = p
            total += p.energy()
    return total


run(work)
