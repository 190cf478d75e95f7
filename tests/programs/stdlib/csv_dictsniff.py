# The pure-Python parts of csv on top of _csv: DictReader, DictWriter and Sniffer.
import csv
import io

data = "name,age,city\r\nann,3,Paris\r\nbob,,\r\ncarl,5,Rome,extra,more\r\ndan\r\n"
r = csv.DictReader(io.StringIO(data, newline=""))
print(r.fieldnames)
for row in r:
    print(row)
print(r.line_num)

r = csv.DictReader(io.StringIO("1;2\n3;4\n"), fieldnames=["a", "b"], delimiter=";", restkey="rest", restval="?")
print(list(r))
r = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="rest", restval="?")
print(list(r))
print(list(csv.DictReader(io.StringIO(""))))

s = io.StringIO()
w = csv.DictWriter(s, fieldnames=["x", "y"], restval="-", lineterminator="\n")
w.writeheader()
w.writerow({"x": 1, "y": "a,b"})
w.writerow({"x": 2})
w.writerows([{"y": 3}, {"x": None, "y": 'q"q'}])
print(repr(s.getvalue()))
try:
    w.writerow({"x": 1, "z": 2})
except ValueError as e:
    print("ValueError", e)
w = csv.DictWriter(io.StringIO(), fieldnames=["x"], extrasaction="ignore")
print(w.writerow({"x": 1, "z": 2}))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["x"], extrasaction="bad")
except ValueError as e:
    print("ValueError", e)

sniffer = csv.Sniffer()
samples = [
    "a,b,c\n1,2,3\n4,5,6\n",
    "a;b;c\n1;2;3\n4;5;6\n",
    "a\tb\tc\n1\t2\t3\n",
    "'a','b'\n'1','2'\n'3','4'\n",
    '"x", "y"\n"1", "2"\n"3", "4"\n',
    "name|age\nann|3\nbob|4\n",
]
for sample in samples:
    d = sniffer.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.quoting,
          sniffer.has_header(sample))
    print(list(csv.reader(io.StringIO(sample), d)))
d = sniffer.sniff("a:b:c\n1:2:3\n", delimiters=":")
print(repr(d.delimiter))
try:
    sniffer.sniff("")
except csv.Error as e:
    print("Error", e)
try:
    sniffer.sniff("abc", delimiters=";")
except csv.Error as e:
    print("Error", e)
