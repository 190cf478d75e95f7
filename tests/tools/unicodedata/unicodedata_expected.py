#!/usr/bin/python3.11
"""Records what CPython 3.11's unicodedata answers, for UnicodeDataTest to compare with.

Writes src/test/resources/org/pythebo/runtime/ucd/expected.txt.gz: UTF-8 text in
sections, each a header line '@KIND VERSION [WHAT]' followed by lines. VERSION is 14.0.0 (the
module's functions) or 3.2.0 (unicodedata.ucd_3_2_0).

  @property VERSION PROPERTY       runs 'FIRST LAST<TAB>VALUE' (hex code points, inclusive)
  @normalize VERSION FORM          runs; VALUE '=' hex code points of normalize(FORM, chr(cp)),
                                   or '*' when that is chr(cp) itself
  @is_normalized VERSION FORM      runs; VALUE '=True' or '=False'
  @name_lookup VERSION             runs over the code points with a 14.0.0 name; VALUE two
                                   letters: Y or N for lookup(name) and lookup(name.lower())
                                   returning chr(cp) (Y) or raising KeyError (N)
  @cjk_lookup VERSION DIGITS       runs over 0..16**DIGITS-1; VALUE '=Y' where lookup of
                                   'CJK UNIFIED IDEOGRAPH-' and the value in DIGITS upper-case
                                   hex digits returns it, '=N' where it raises KeyError
  @lookup VERSION                  'QUERY<TAB>RESULT': QUERY as a JSON string, RESULT '=' and
                                   the hex code points returned, or '!' and the KeyError's
                                   message
  @forms                           'FORM<TAB>Y' where normalize(FORM, 'a') works, 'FORM<TAB>N'
                                   where it raises ValueError('invalid normalization form');
                                   FORM as a JSON string
  @random VERSION                  'INPUT<TAB>NFC<TAB>NFD<TAB>NFKC<TAB>NFKD<TAB>FLAGS': hex code
                                   points; FLAGS T or F for is_normalized in the same order

Run values: '=' and the value (str() of an int or string, repr() of a float), '~' for None
(the function raised or returned the default), '*PREFIX' for a name that is PREFIX followed by
the code point in hex (at least four digits). For 14.0.0 the runs of a section cover every code
point; for 3.2.0 they list only where 3.2.0 differs from 14.0.0. Likewise the 3.2.0 @lookup and
@random sections list only the queries and inputs whose answers differ from 14.0.0's.

Aliases and named sequences cannot be enumerated through unicodedata; the candidates are Unicode
14.0.0's NameAliases.txt and NamedSequences.txt as Perl 5.36 ships them.

Usage: PYTHONHASHSEED=0 /usr/bin/python3.11 tests/tools/unicodedata/unicodedata_expected.py
"""
import gzip
import json
import os
import random
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
OUT = os.path.join(ROOT, 'src', 'test', 'resources', 'org', 'pythebo', 'runtime', 'ucd',
                   'expected.txt.gz')
PERL_UNICORE = '/usr/share/perl/5.36.0/unicore'
CODE_POINTS = 0x110000
DATABASES = (unicodedata, unicodedata.ucd_3_2_0)
FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')
PROPERTIES = ('name', 'category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored',
              'decomposition', 'decimal', 'digit', 'numeric')
RANDOM_SEED = 3110


def hex_cps(text):
    return ' '.join('%X' % ord(c) for c in text)


def encode(value, cp=None):
    if value is None:
        return '~'
    if isinstance(value, float):
        return '=' + repr(value)
    if isinstance(value, str) and cp is not None and value.endswith('%04X' % cp):
        return '*' + value[:-len('%04X' % cp)]
    return '=' + str(value)


def property_value(db, prop, ch):
    if prop in ('name', 'decimal', 'digit', 'numeric'):
        return getattr(db, prop)(ch, None)
    return getattr(db, prop)(ch)


class Output:
    def __init__(self):
        self.lines = []

    def section(self, header):
        self.lines.append('@' + header)

    def runs(self, values, base=None):
        """Runs of equal encoded values; with base, only where they differ from it."""
        start = None
        for cp in range(len(values) + 1):
            listed = cp < len(values) and (base is None or values[cp] != base[cp])
            if start is not None and (not listed or values[cp] != values[start]):
                self.lines.append('%X %X\t%s' % (start, cp - 1, values[start]))
                start = None
            if listed and start is None:
                start = cp


def encoded_property(db, prop):
    values = []
    for cp in range(CODE_POINTS):
        value = property_value(db, prop, chr(cp))
        # A name such as CJK UNIFIED IDEOGRAPH-4E00 becomes *CJK UNIFIED IDEOGRAPH- so that runs
        # of them stay short; other values never end in their own code point's hex.
        values.append(encode(value, cp if prop == 'name' else None))
    return values


def write_properties(out):
    for prop in PROPERTIES:
        base = None
        for db in DATABASES:
            values = encoded_property(db, prop)
            out.section('property %s %s' % (db.unidata_version, prop))
            out.runs(values, base)
            base = values


def write_normalization(out):
    for form in FORMS:
        base_norm = base_flags = None
        for db in DATABASES:
            norm = []
            flags = []
            for cp in range(CODE_POINTS):
                ch = chr(cp)
                result = db.normalize(form, ch)
                norm.append('*' if result == ch else '=' + hex_cps(result))
                flags.append('=' + str(db.is_normalized(form, ch)))
            out.section('normalize %s %s' % (db.unidata_version, form))
            out.runs(norm, base_norm)
            out.section('is_normalized %s %s' % (db.unidata_version, form))
            out.runs(flags, base_flags)
            base_norm, base_flags = norm, flags


def outcome(db, query, cp):
    try:
        found = db.lookup(query)
    except KeyError:
        return 'N'
    assert found == chr(cp), (query, found)
    return 'Y'


def write_name_lookups(out):
    names = [unicodedata.name(chr(cp), None) for cp in range(CODE_POINTS)]
    base = None
    for db in DATABASES:
        values = ['~' if name is None else '=' + outcome(db, name, cp) + outcome(db, name.lower(), cp)
                  for cp, name in enumerate(names)]
        out.section('name_lookup %s' % db.unidata_version)
        out.runs(values, base)
        base = values
    for digits in (4, 5):
        base = None
        for db in DATABASES:
            values = []
            for value in range(16 ** digits):
                query = 'CJK UNIFIED IDEOGRAPH-%0*X' % (digits, value)
                try:
                    assert db.lookup(query) == chr(value)
                    values.append('=Y')
                except KeyError:
                    values.append('=N')
            out.section('cjk_lookup %s %d' % (db.unidata_version, digits))
            out.runs(values, base)
            base = values


def read_aliases():
    text = open(os.path.join(PERL_UNICORE, 'To', 'NameAlia.pl'), encoding='utf-8').read()
    assert 'Version 14.0.0.' in text
    body = text.split("return <<'END';\n", 1)[1].split('\nEND\n', 1)[0]
    return [line.split('\t')[2].rsplit(': ', 1)[0] for line in body.splitlines()]


def read_named_sequences():
    text = open(os.path.join(PERL_UNICORE, 'NamedSequences.txt'), encoding='utf-8').read()
    assert text.startswith('# NamedSequences-14.0.0.txt')
    return [line.split(';')[0] for line in text.splitlines() if line and not line.startswith('#')]


def lookup_queries():
    """Aliases, named sequences and the edge cases of name matching, in several spellings."""
    rng = random.Random(RANDOM_SEED)
    queries = []
    for name in read_aliases() + read_named_sequences():
        queries += [name, name.lower(), name.title(), name + ' ', ' ' + name, name.replace(' ', '  ', 1)]
    for cp in (0x41, 0xE9, 0x1F600, 0xF900, 0x18B00, 0x1B170, 0x18800, 0xFE00, 0xE0100):
        name = unicodedata.name(chr(cp))
        queries += [name, name.lower(), name + '\0', name[:-1], name + 'X', name.replace('-', ' ')]
    # Hangul syllable names: the prefix, then jamo short names glued in any order and number.
    leads, vowels, trails = hangul_jamo_names()
    parts = sorted(set(leads + vowels + trails) - {''})
    for _ in range(3000):
        body = ''.join(rng.choice(parts) for _ in range(rng.randint(0, 4)))
        queries.append('HANGUL SYLLABLE ' + body)
    for body in ('GA', 'GAG', 'A', 'YI', 'GGYEOLS', 'PWIH'):
        for prefix in ('HANGUL SYLLABLE ', 'hangul syllable ', 'HANGUL SYLLABLE  ', 'HANGUL SYLLABLE'):
            queries += [prefix + body, prefix + body.lower(), prefix + body + '\0']
    for text in ('4E00', '04E00', '004E00', '4e00', '4E0', '3400', '4DBF', '9FFF', 'FA0E', '2A6DF',
                 '2A6E0', '3134A', '3134B', '', '4E00 ', '+4E00', ' 4E00', '4E0G'):
        queries += ['CJK UNIFIED IDEOGRAPH-' + text, 'cjk unified ideograph-' + text]
    # Length limits count UTF-8 bytes.
    for n in (255, 256, 257):
        queries += ['A' * n, 'CJK UNIFIED IDEOGRAPH-' + '0' * (n - 26) + '4E00']
    queries += ['\xe9' * 128, '\xe9' * 129, '\u20ac' * 85, '\u20ac' * 86, '\U0001F600' * 64,
                '\U0001F600' * 65, 'A' * 200 + '\0' + 'B' * 56, 'A' * 200 + '\0' + 'B' * 57]
    queries += ['', ' ', '\0', 'NULL', 'null', 'NUL', 'LINE FEED', 'LF', 'SPACE', 'space',
                'LATIN SMALL LETTER DOTLESS I', 'LATIN SMALL LETTER \u0131', 'latin small letter \u017f',
                'LATIN CAPITAL LETTER \u212a', 'latin capital letter a\u0300', 'BYTE ORDER MARK',
                'LATIN CAPITAL LETTER GHA', 'KEYCAP NUMBER SIGN', 'TANGUT IDEOGRAPH-17000',
                'CJK COMPATIBILITY IDEOGRAPH-2F800', 'cjk compatibility ideograph-2f800',
                'CJK COMPATIBILITY IDEOGRAPH-02F800', 'VARIATION SELECTOR-17', 'variation selector-256']
    return list(dict.fromkeys(queries))


def hangul_jamo_names():
    """The jamo short names, read off the names of syllables that use the first of the others."""
    def body(index):
        return unicodedata.name(chr(0xAC00 + index))[len('HANGUL SYLLABLE '):]
    leads = [body(l * 21 * 28)[:-1] for l in range(19)]
    vowels = [body(v * 28)[len(leads[0]):] for v in range(21)]
    trails = [body(t)[len(leads[0]) + len(vowels[0]):] for t in range(28)]
    return leads, vowels, trails


def write_lookups(out):
    queries = lookup_queries()
    base = None
    for db in DATABASES:
        out.section('lookup %s' % db.unidata_version)
        lines = []
        for query in queries:
            try:
                result = '=' + hex_cps(db.lookup(query))
            except KeyError as e:
                result = '!' + e.args[0]
            lines.append('%s\t%s' % (json.dumps(query, ensure_ascii=False), result))
        out.lines += [line for i, line in enumerate(lines) if base is None or line != base[i]]
        base = lines


def random_strings():
    """Strings that exercise decomposition, reordering and composition; no surrogates."""
    rng = random.Random(RANDOM_SEED)
    marks, decomposable, firsts, seconds = [], [], [], []
    for cp in range(CODE_POINTS):
        ch = chr(cp)
        if unicodedata.combining(ch):
            marks.append(cp)
        decomposition = unicodedata.decomposition(ch)
        if decomposition:
            decomposable.append(cp)
            parts = decomposition.split()
            if not parts[0].startswith('<') and len(parts) == 2:
                firsts.append(int(parts[0], 16))
                seconds.append(int(parts[1], 16))
    jamo = list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176)) + list(range(0x11A7, 0x11C3))
    syllables = [0xAC00 + rng.randrange(11172) for _ in range(200)] + [0xAC00 + 28 * i for i in range(0, 399, 7)]
    plain = [ord(c) for c in 'aAeEoOuU sSzZ09']
    anything = [cp for cp in (rng.randrange(CODE_POINTS) for _ in range(2000)) if not 0xD800 <= cp < 0xE000]
    alphabet = marks + decomposable + firsts + seconds + jamo + syllables + plain + anything
    strings = []
    for _ in range(1500):
        strings.append([rng.choice(alphabet) for _ in range(rng.randint(1, 10))])
    for _ in range(1500):
        base = rng.choice(firsts + decomposable + plain + syllables)
        strings.append([base] + [rng.choice(marks + seconds) for _ in range(rng.randint(1, 5))])
    for _ in range(500):
        strings.append([rng.choice(jamo + syllables + marks[:20]) for _ in range(rng.randint(2, 6))])
    # Around the ends of the conjoining jamo ranges that Hangul composition accepts.
    for t in range(0x11A6, 0x11C4):
        strings += [[0xAC00, t], [0x1100, 0x1161, t], [0xAC01, t], [0xD788, t], [0x1112, 0x1175, t]]
    for v in range(0x1160, 0x1177):
        strings += [[0x1100, v], [0x1112, v, 0x11A8]]
    for l in range(0x10FF, 0x1114):
        strings += [[l, 0x1161], [l, 0x1175, 0x11C2]]
    for _ in range(500):
        pieces = [ord(c) for cp in rng.sample(decomposable, 2) for c in unicodedata.normalize('NFD', chr(cp))]
        rng.shuffle(pieces)
        strings.append(pieces)
    return [''.join(map(chr, s)) for s in strings]


def write_random(out):
    strings = random_strings()
    base = None
    for db in DATABASES:
        out.section('random %s' % db.unidata_version)
        lines = []
        for s in strings:
            results = [db.normalize(form, s) for form in FORMS]
            flags = ''.join('T' if db.is_normalized(form, s) else 'F' for form in FORMS)
            lines.append('\t'.join([hex_cps(s)] + [hex_cps(r) for r in results] + [flags]))
        out.lines += [line for i, line in enumerate(lines) if base is None or line != base[i]]
        base = lines


def write_forms(out):
    out.section('forms')
    for form in FORMS + ('nfc', 'Nfd', 'NFKC ', ' NFKD', 'NF', 'NFC\0', '', 'NFKCF', 'NFCD'):
        try:
            unicodedata.normalize(form, 'a')
            accepted = 'Y'
        except ValueError as e:
            assert e.args == ('invalid normalization form',)
            accepted = 'N'
        out.lines.append('%s\t%s' % (json.dumps(form), accepted))


def main():
    if os.environ.get('PYTHONHASHSEED') != '0' or sys.version_info[:2] != (3, 11):
        sys.exit('run with PYTHONHASHSEED=0 /usr/bin/python3.11')
    out = Output()
    write_properties(out)
    write_normalization(out)
    write_name_lookups(out)
    write_lookups(out)
    write_random(out)
    write_forms(out)
    data = ('\n'.join(out.lines) + '\n').encode('utf-8')
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'wb') as f:
        f.write(gzip.compress(data, 9, mtime=0))
    print('%s: %d lines, %d bytes, %d compressed' % (os.path.relpath(OUT, ROOT), len(out.lines),
                                                      len(data), os.path.getsize(OUT)))


if __name__ == '__main__':
    main()
