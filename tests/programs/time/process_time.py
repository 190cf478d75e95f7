import time
a = time.process_time()
s = 0
for i in range(200000):
    s += i
b = time.process_time()
print(type(a).__name__, b >= a, s)
an = time.process_time_ns()
print(type(an).__name__, an >= 0)
