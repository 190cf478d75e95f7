import time
prev = time.monotonic()
ok = True
for _ in range(1000):
    now = time.monotonic()
    ok = ok and now >= prev
    prev = now
print('monotonic non-decreasing', ok)
p1 = time.perf_counter(); p2 = time.perf_counter()
print('perf_counter non-decreasing', p2 >= p1)
n1 = time.monotonic_ns(); n2 = time.monotonic_ns()
print('monotonic_ns int', type(n1).__name__ == 'int', n2 >= n1)
pn1 = time.perf_counter_ns(); pn2 = time.perf_counter_ns()
print('perf_counter_ns', type(pn1) is int, pn2 >= pn1)
