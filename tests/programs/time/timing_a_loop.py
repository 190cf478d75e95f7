import time
start = time.perf_counter()
total = sum(range(100000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 10, type(elapsed).__name__)
