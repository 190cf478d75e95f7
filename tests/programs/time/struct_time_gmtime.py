import time
t = time.gmtime(10**9)
print(t)
print(t.tm_year, t[1], t[-1], len(t), t.tm_zone, t.tm_gmtoff, isinstance(t, tuple), type(t).__name__)
print(time.gmtime(0)[:6], time.gmtime(1.9).tm_sec, time.gmtime(-1.5)[:6])
print(time.asctime(t), time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %y %U %W %w %%', t))
print(time.strftime('%d/%m/%Y', (2020, 2, 29, 0, 0, 0, 5, 60, 0)))
s = time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0))
print(s, s.tm_zone, s == (2001, 2, 3, 4, 5, 6, 5, 34, 0))
for bad in [(1, 2, 3), list(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
try:
    t.tm_year = 5
except AttributeError as e:
    print('AttributeError', e)
for args in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0)]:
    try:
        time.asctime(args)
    except ValueError as e:
        print(e)
try:
    time.strftime('%Y', (1, 2))
except TypeError as e:
    print(e)
try:
    time.gmtime('x')
except TypeError as e:
    print(e)
for v in [-1, float('nan')]:
    try:
        time.sleep(v)
    except ValueError as e:
        print(e)
print(time.get_clock_info('monotonic').monotonic, time.get_clock_info('time').adjustable)
try:
    time.get_clock_info('nope')
except ValueError as e:
    print(e)
print(type(time.time_ns()).__name__, type(time.thread_time()).__name__, time.thread_time_ns() >= 0)
