from tabulate import tabulate

rows = [["Sun", 696000, 1989100000], ["Earth", 6371, 5973.6], ["Moon", 1737, 73.5], ["Mars", 3390, 641.85]]
print(tabulate(rows, headers=["Planet", "R (km)", "mass (x 10^29 kg)"]))
print(tabulate(rows, tablefmt="grid", floatfmt=".1f"))
print(tabulate([{"a": 1, "b": None}, {"a": 22, "b": "x"}], headers="keys", tablefmt="pipe", missingval="?"))
print(tabulate([["α", "wide text"], ["b", 3.14159]], tablefmt="rst", colalign=("right", "left")))
print(tabulate([[1, 2], [3, 4]], headers="firstrow", tablefmt="html"))
print(tabulate([["a\nb", 1]], tablefmt="fancy_grid", showindex=True))
