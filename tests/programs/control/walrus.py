data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print('long', n)
while (item := data.pop()) != 1:
    print('popped', item)
print(data, item)
print([y for x in range(6) if (y := x * x) % 2], y)
print((a := 5) + a, a)
def f():
    if (v := 10) > 5:
        return v
print(f())
print(any((hit := v) > 5 for v in [1, 7, 2]), hit)
