"""List building and sorting: comprehensions, appends, slicing, sort with key and reverse."""


def lcg_values(n, seed):
    values = []
    for _ in range(n):
        seed = (seed * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        values.append(seed >> 40)
    return values


def merge_sort(items):
    if len(items) <= 16:
        result = list(items)
        for i in range(1, len(result)):
            key = result[i]
            j = i - 1
            while j >= 0 and result[j] > key:
                result[j + 1] = result[j]
                j -= 1
            result[j + 1] = key
        return result
    middle = len(items) // 2
    left = merge_sort(items[:middle])
    right = merge_sort(items[middle:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def checksum(items):
    total = 0
    for index, value in enumerate(items):
        total = (total * 31 + value * (index + 1)) % 1000000007
    return total


values = lcg_values(200000, 42)
builtin = sorted(values)
by_key = sorted(values, key=lambda v: (v % 1000, -v))
descending = sorted(values, reverse=True)
records = [(v % 97, str(v), v) for v in values[:50000]]
records.sort(key=lambda r: r[1])
records.sort(key=lambda r: r[0])
mine = merge_sort(values[:60000])
squares = [v * v for v in values if v % 3 == 0]
squares.sort()
matrix = [[(i * j) % 17 for j in range(200)] for i in range(200)]
transposed = [list(row) for row in zip(*matrix)]
print("checksum", checksum(builtin), checksum(by_key), checksum(descending),
      checksum([r[2] for r in records]), mine == sorted(values[:60000]), checksum(squares),
      checksum([sum(row) for row in transposed]), builtin[:3], descending[:3])
