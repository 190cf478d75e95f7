"""Dict and string work: word counting, joins, splits, formatting, slicing and dict updates."""

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi "
         "rho sigma tau upsilon phi chi psi omega").split()


def make_text(n):
    parts = []
    seed = 7
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        parts.append(WORDS[(seed >> 16) % len(WORDS)])
        if seed % 11 == 0:
            parts.append("\n")
    return " ".join(parts)


def word_counts(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def bigrams(text):
    table = {}
    words = text.split()
    for i in range(len(words) - 1):
        key = words[i] + "-" + words[i + 1]
        if key in table:
            table[key] += 1
        else:
            table[key] = 1
    return table


def string_ops(n):
    checksum = 0
    for i in range(n):
        s = f"item-{i}:{i * 3}"
        t = s.upper().replace("ITEM", "it")
        head, _, tail = t.partition(":")
        checksum += len(head) + int(tail) + t.find("-") + s.count("1")
        if s.startswith("item-9") or s.endswith("0"):
            checksum += 1
        checksum += ord(s[len(s) // 2])
    return checksum


def dict_churn(n):
    d = {}
    for i in range(n):
        d[i] = str(i)
        d["k" + str(i % 1000)] = i
        if i % 3 == 0:
            del d[i]
    total = 0
    for key, value in d.items():
        if isinstance(key, int):
            total += key + len(value)
        else:
            total += value
    merged = dict(d)
    merged.update({"extra": 1})
    return total, len(d), len(merged), list(d)[:3] == list(merged)[:3]


text = make_text(300000)
counts = word_counts(text)
pairs = bigrams(text)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("checksum", len(text), ranked[0], ranked[-1], len(pairs), max(pairs.values()),
      string_ops(300000), dict_churn(300000))
