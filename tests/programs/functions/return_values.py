def nothing(): pass
def empty(): return
def multi(): return 1, 2
def early(x):
    if x:
        return 'early'
    return 'late'
print(nothing(), empty(), multi(), early(1), early(0))
a, b = multi()
print(a + b)
def star(): return *range(3), 9
print(star())
