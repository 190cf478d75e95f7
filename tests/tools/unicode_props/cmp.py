import sys, unicodedata
java = open('java.txt').read().split('\n')
names = ['alpha','decimal','digit','numeric','space','lower','upper','title','printable','idstart','idpart','cased','ignorable']
def pybits(c):
    ch = chr(c)
    b = 0
    if ch.isalpha(): b |= 1
    if ch.isdecimal(): b |= 2
    if ch.isdigit(): b |= 4
    if ch.isnumeric(): b |= 8
    if ch.isspace(): b |= 16
    if ch.islower(): b |= 32
    if ch.isupper(): b |= 64
    if unicodedata.category(ch) == 'Lt': b |= 128
    if ch.isprintable(): b |= 256
    if ch.isidentifier() or ch == '_': b |= 512   # XID_Start plus underscore
    if ('a'+ch).isidentifier(): b |= 1024
    cased = ch.islower() or ch.isupper() or unicodedata.category(ch)=='Lt'
    if cased: b |= 2048
    # case-ignorable: probe final sigma
    if not cased and ('A'+ch+'\u03a3').lower()[-1] == '\u03c2': b |= 4096
    if cased and (ch+'\u03a3').lower()[-1] == '\u03c3': b |= 4096
    return b
diff = {n: [] for n in names}
maps = {'upper': [], 'lower': [], 'title': [], 'fold': []}
for c in range(0x110000):
    jb, ju, jl, jt = map(int, java[c].split())
    pb = pybits(c)
    x = jb ^ pb
    for k, n in enumerate(names):
        if x >> k & 1:
            diff[n].append(c)
    ch = chr(c)
    if 0xD800 <= c < 0xE000: continue
    if ch.upper() != chr(ju): maps['upper'].append((c, ch.upper()))
    if ch.lower() != chr(jl): maps['lower'].append((c, ch.lower()))
    if ch.title() != chr(jt): maps['title'].append((c, ch.title()))
    if ch.casefold() != ch.lower(): maps['fold'].append((c, ch.casefold()))
def ranges(lst):
    r = []
    for c in lst:
        if r and r[-1][1] == c - 1: r[-1][1] = c
        else: r.append([c, c])
    return r
for n in names:
    print(n, len(diff[n]), len(ranges(diff[n])), [hex(a)+'-'+hex(b) for a,b in ranges(diff[n])][:12], file=sys.stderr)
for n in maps: print(n, len(maps[n]), [(hex(c), s) for c, s in maps[n][:8]], file=sys.stderr)
import json
json.dump({'diff': {n: ranges(diff[n]) for n in names}, 'maps': maps}, open('tables.json', 'w'))
