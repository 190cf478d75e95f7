import timeit

t = timeit.timeit("sum(range(100))", number=100)
print(type(t).__name__, t >= 0)
t = timeit.timeit(lambda: sorted([3, 1, 2]), number=50)
print(t >= 0)
r = timeit.repeat("x * 2", setup="x = 21", repeat=3, number=10)
print(len(r), all(v >= 0 for v in r))
counter = []
timer = timeit.Timer(stmt="counter.append(1)", globals={"counter": counter})
timer.timeit(number=7)
print(len(counter))
n, elapsed = timeit.Timer("pass").autorange()
print(n >= 1, elapsed >= 0)
calls = []
timeit.Timer("pass").autorange(callback=lambda number, time_taken: calls.append(number))
print(calls[:3], all(a < b for a, b in zip(calls, calls[1:])))
fake = iter(range(0, 1000, 5)).__next__
t = timeit.Timer("pass", timer=fake)
print(t.timeit(number=3), t.repeat(repeat=2, number=4))
print(timeit.default_timer is __import__("time").perf_counter)
print(timeit.Timer("a = 1\nb = 2", setup="import math\nc = math.pi").timeit(number=2) >= 0)

for bad in [lambda: timeit.Timer("return 5"), lambda: timeit.Timer("x = (", ), lambda: timeit.Timer(5),
            lambda: timeit.Timer("pass", setup=7), lambda: timeit.timeit("1/0", number=1),
            lambda: timeit.Timer("break")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
import io, sys, contextlib
err = io.StringIO()
tm = timeit.Timer("1/0")
try:
    tm.timeit(number=1)
except ZeroDivisionError:
    with contextlib.redirect_stderr(err):
        tm.print_exc()
print(err.getvalue().splitlines()[-1])
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
    timeit.main(["-n", "3", "-r", "2", "-u", "sec", "pass"])
print(out.getvalue().split(":")[0])
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
    print(timeit.main(["-u", "parsec", "pass"]))
print(out.getvalue())
