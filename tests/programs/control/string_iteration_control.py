text = 'the quick brown fox jumps over the lazy dog'
counts = {}
for ch in text:
    if ch == ' ':
        continue
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
words = text.split()
print(max(words, key=len), sorted(set(words)), len(words))
