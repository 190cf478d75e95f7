# keyword: the hard and soft keyword lists and the membership tests.
import keyword

print(len(keyword.kwlist), keyword.kwlist)
print(keyword.softkwlist)
for w in ['if', 'match', 'case', '_', 'print', 'None', 'True', 'async', 'await', 'nonlocal', 'If', '']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.kwlist) == keyword.kwlist, keyword.__all__)
try:
    keyword.iskeyword([])
except Exception as e:
    print(type(e).__name__, e)
print(keyword.iskeyword(1))
