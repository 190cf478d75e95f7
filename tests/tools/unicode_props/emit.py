import json
t = json.load(open('tables.json'))
def jstr(s):
    out = '"'
    for ch in s:
        for u in ch.encode('utf-16-be').hex(), :
            pass
        b = ch.encode('utf-16-be')
        for i in range(0, len(b), 2):
            out += '\\u%04x' % int.from_bytes(b[i:i+2], 'big')
    return out + '"'
def ints(name, vals, per=10):
    lines = []
    for i in range(0, len(vals), per):
        lines.append('        ' + ', '.join('0x%x' % v for v in vals[i:i+per]) + ',')
    return '    private static final int[] %s = {\n%s\n    };\n' % (name, '\n'.join(lines))
out = []
for n in ['alpha','decimal','digit','numeric','space','lower','upper','idstart','idpart','cased','ignorable']:
    flat = [x for r in t['diff'][n] for x in r]
    out.append(ints(n.upper() + '_FIX', flat))
for n in ['upper','lower','title','fold']:
    m = t['maps'][n]
    out.append(ints(n.upper() + '_FROM', [c for c, s in m]))
    lines = []
    for i in range(0, len(m), 6):
        lines.append('        ' + ', '.join(jstr(s) for c, s in m[i:i+6]) + ',')
    out.append('    private static final String[] %s_TO = {\n%s\n    };\n' % (n.upper(), '\n'.join(lines)))
open('tables.java.txt', 'w').write('\n'.join(out))
