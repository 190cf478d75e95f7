import time
t0 = time.monotonic()
time.sleep(0.1)
t1 = time.monotonic()
print('slept at least 0.09', t1 - t0 >= 0.09, 'under 5', t1 - t0 < 5)
time.sleep(0)
print('sleep(0) ok')
for bad in (-1, 'x'):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
