d = {'apple': 3, 'banana': 1, 'cherry': 2}
for k in d:
    print(k, d[k])
for k, v in sorted(d.items(), key=lambda kv: kv[1]):
    print(v, k)
print(max(d, key=d.get), min(d.values()), sum(d.values()), sorted(d, reverse=True))
inverted = {v: k for k, v in d.items()}
print(inverted, dict(sorted(d.items())), list(zip(d.keys(), d.values())))
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
