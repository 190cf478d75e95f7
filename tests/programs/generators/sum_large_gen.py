print(sum(i * i for i in range(100000)))
print(len([i for i in range(100000) if i % 7 == 0]))
d = {i: str(i) for i in range(1000)}
print(len(d), d[999])
