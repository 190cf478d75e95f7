import time

t = time.gmtime(0)
print(t)
print(tuple(t), t.tm_year, t.tm_yday, t.tm_zone, t.tm_gmtoff)
print(time.gmtime(1700000000.5))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %U %w %%", time.gmtime(1234567890)))
print(time.strftime("%A %B %p %y %I", time.gmtime(86400 * 400)))
print(time.asctime(time.gmtime(1234567890)))
print(time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
st = time.strptime("2023-07-14 08:30:00", "%Y-%m-%d %H:%M:%S")
print(st, st.tm_wday, st.tm_yday)
print(time.strptime("14 Jul 2023", "%d %b %Y")[:6])
print(time.mktime(time.localtime(1000000000)) == 1000000000)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).n_fields)

a = time.time()
b = time.time()
print(type(a).__name__, b >= a, a > 1.6e9)
m1 = time.monotonic()
time.sleep(0.01)
m2 = time.monotonic()
print(m2 - m1 >= 0.009)
p1 = time.perf_counter()
p2 = time.perf_counter()
print(p2 >= p1, type(time.perf_counter_ns()).__name__, type(time.time_ns()).__name__)
print(type(time.process_time()).__name__, type(time.thread_time()).__name__)
print(time.monotonic_ns() > 0)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, type(info.resolution).__name__)
info = time.get_clock_info("time")
print(info.monotonic, info.adjustable)
print(isinstance(time.timezone, int), isinstance(time.altzone, int), len(time.tzname))

for bad in (lambda: time.sleep(-1), lambda: time.sleep("1"), lambda: time.gmtime("x"),
            lambda: time.strptime("2023", "%d"), lambda: time.strptime("x", "%Y"),
            lambda: time.get_clock_info("nope"), lambda: time.strftime("%Y", (1, 2)),
            lambda: time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.struct_time((1, 2)), lambda: time.gmtime(1e300)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
