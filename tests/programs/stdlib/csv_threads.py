# One csv reader and one writer shared by threads: every row is read once and written whole.
import csv
import io
import threading

N = 4000
lines = ["%d,\"multi\nline %d\",x%d\n" % (i, i, i) for i in range(N)]
reader = csv.reader(lines)
seen = [[] for _ in range(4)]


def consume(out):
    for row in reader:
        out.append(row)


threads = [threading.Thread(target=consume, args=(seen[k],)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
rows = [row for part in seen for row in part]
print(len(rows), reader.line_num)
print(sorted(int(r[0]) for r in rows) == list(range(N)))
print(all(r[1] == "multi\nline " + r[0] and r[2] == "x" + r[0] for r in rows))


class Sink:
    def __init__(self):
        self.parts = []
        self.lock = threading.Lock()

    def write(self, s):
        with self.lock:
            self.parts.append(s)
        return len(s)


sink = Sink()
writer = csv.writer(sink)


def produce(k):
    for i in range(1000):
        writer.writerow([k, i, "a,b", 'q"q'])


threads = [threading.Thread(target=produce, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
back = list(csv.reader(io.StringIO("".join(sink.parts), newline="")))
print(len(back), sorted(back) == sorted([str(k), str(i), "a,b", 'q"q'] for k in range(4) for i in range(1000)))
