import time
t = time.time()
print(type(t).__name__, t > 1.6e9)
tn = time.time_ns()
print(type(tn).__name__, abs(tn / 1e9 - t) < 5)
