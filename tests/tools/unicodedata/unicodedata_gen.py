#!/usr/bin/python3.11
"""Writes the unicodedata tables of org.pythebo.runtime.ucd from CPython 3.11 itself.

Every value is what CPython 3.11's unicodedata (Unicode 14.0.0) and unicodedata.ucd_3_2_0 answer;
nothing is read from the Unicode data files except the candidate lists that unicodedata cannot
enumerate (name aliases and named sequences: Perl 5.36 ships them for Unicode 14.0.0), and each
candidate is kept only as CPython's lookup() resolves it. See README.md for the format.

Usage: PYTHONHASHSEED=0 /usr/bin/python3.11 tests/tools/unicodedata/unicodedata_gen.py
"""
import os
import re
import struct
import sys
import unicodedata
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
OUT_DIR = os.path.join(ROOT, 'src', 'main', 'resources', 'org', 'pythebo', 'runtime', 'ucd')
PERL_UNICORE = '/usr/share/perl/5.36.0/unicore'
NAME_ALIASES = os.path.join(PERL_UNICORE, 'To', 'NameAlia.pl')
NAMED_SEQUENCES = os.path.join(PERL_UNICORE, 'NamedSequences.txt')

FORMAT_VERSION = 1
CODE_POINTS = 0x110000
BLOCK = 128
NEW = unicodedata
OLD = unicodedata.ucd_3_2_0
HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3
L_COUNT, V_COUNT, T_COUNT = 19, 21, 28
CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-'


class Writer:
    """Big-endian bytes with LEB128 varints, deflated when done."""

    def __init__(self):
        self.out = bytearray()

    def u8(self, value):
        self.out.append(value)

    def varint(self, value):
        assert value >= 0
        while value >= 0x80:
            self.out.append((value & 0x7F) | 0x80)
            value >>= 7
        self.out.append(value)

    def ascii(self, text):
        data = text.encode('ascii')
        self.varint(len(data))
        self.out += data

    def u16s(self, values):
        """A count, then the values as raw big-endian 16-bit numbers (read in bulk)."""
        self.varint(len(values))
        self.out += struct.pack('>%dH' % len(values), *values)

    def u8s(self, values):
        """A count, then the values as raw bytes."""
        self.varint(len(values))
        self.out += bytes(values)

    def double(self, value):
        self.out += struct.pack('>d', value)

    def strings(self, items):
        self.varint(len(items))
        for item in items:
            self.ascii(item)

    def ascending(self, code_points):
        """A sorted list of code points as gaps."""
        self.varint(len(code_points))
        previous = -1
        for cp in code_points:
            self.varint(cp - previous - 1)
            previous = cp

    def save(self, name, magic):
        payload = magic + bytes([FORMAT_VERSION]) + bytes(self.out)
        path = os.path.join(OUT_DIR, name)
        with open(path, 'wb') as f:
            f.write(zlib.compress(payload, 9))
        print(f'{name}: {len(payload)} bytes, {os.path.getsize(path)} deflated')


def properties(db, cp):
    ch = chr(cp)
    decimal = db.decimal(ch, None)
    digit = db.digit(ch, None)
    numeric = db.numeric(ch, None)
    return (db.category(ch), db.bidirectional(ch), db.combining(ch), db.east_asian_width(ch),
            db.mirrored(ch), -1 if decimal is None else decimal, -1 if digit is None else digit,
            numeric)


def parse_decomposition(text):
    """CPython's decomposition string as (tag, code points); tag '' for canonical."""
    if not text:
        return None
    parts = text.split()
    tag = parts.pop(0) if parts[0].startswith('<') else ''
    mapping = tuple(int(p, 16) for p in parts)
    formatted = ' '.join(([tag] if tag else []) + ['%04X' % cp for cp in mapping])
    assert formatted == text, (text, formatted)
    return tag, mapping


def two_stage_tables(value_lists):
    """Each list of per-code-point values as a two-stage table over one shared pool of blocks."""
    pool = []
    block_number = {}
    indexes = []
    for values in value_lists:
        index = []
        for start in range(0, CODE_POINTS, BLOCK):
            block = tuple(values[start:start + BLOCK])
            if block not in block_number:
                block_number[block] = len(block_number)
                pool.extend(block)
            index.append(block_number[block])
        indexes.append(index)
    return indexes, pool


def full_decomposition(cp, decompositions, compatibility):
    """The recursive expansion of cp's decomposition mapping (no reordering)."""
    entry = decompositions.get(cp)
    if entry is None or (entry[0] and not compatibility):
        return (cp,)
    return tuple(x for part in entry[1] for x in full_decomposition(part, decompositions, compatibility))


def canonical_order(cps):
    """cps with each run of non-starters stably sorted by (Unicode 14.0) combining class."""
    result = list(cps)
    start = 0
    while start < len(result):
        end = start
        while end < len(result) and NEW.combining(chr(result[end])):
            end += 1
        result[start:end] = sorted(result[start:end], key=lambda cp: NEW.combining(chr(cp)))
        start = end + 1
    return tuple(result)


def write_properties():
    new_props = [properties(NEW, cp) for cp in range(CODE_POINTS)]
    old_props = [properties(OLD, cp) for cp in range(CODE_POINTS)]

    categories = sorted({p[0] for p in new_props + old_props})
    bidis = sorted({p[1] for p in new_props + old_props})
    widths = sorted({p[3] for p in new_props + old_props})
    numerics = sorted({p[7] for p in new_props + old_props if p[7] is not None})
    records = sorted(set(new_props) | set(old_props),
                     key=lambda p: (p[0], p[1], p[2], p[3], p[4], p[5], p[6], -1 if p[7] is None else p[7]))
    record_index = {r: i for i, r in enumerate(records)}

    w = Writer()
    w.ascii(NEW.unidata_version)
    w.ascii(OLD.unidata_version)
    w.strings(categories)
    w.strings(bidis)
    w.strings(widths)
    w.varint(len(numerics))
    for value in numerics:
        w.double(value)
    w.varint(len(records))
    for cat, bidi, ccc, width, mirrored, decimal, digit, numeric in records:
        w.u8(categories.index(cat))
        w.u8(bidis.index(bidi))
        w.u8(ccc)
        w.u8(widths.index(width))
        w.u8(mirrored)
        w.u8(decimal & 0xFF)
        w.u8(digit & 0xFF)
        w.varint(0 if numeric is None else numerics.index(numeric) + 1)
    # The record of each code point, in each version: blocks of 128 records, shared blocks once.
    indexes, pool = two_stage_tables([[record_index[p] for p in props] for props in (new_props, old_props)])
    assert len(records) <= 0xFFFF and len(pool) // BLOCK <= 0xFFFF
    w.u16s(pool)
    for index in indexes:
        w.u16s(index)

    # Decomposition mappings, as decomposition() reports them, for each version.
    tags = ['']
    version_decompositions = []
    for db in (NEW, OLD):
        mappings = {}
        for cp in range(CODE_POINTS):
            entry = parse_decomposition(db.decomposition(chr(cp)))
            if entry is not None:
                mappings[cp] = entry
                if entry[0] not in tags:
                    tags.append(entry[0])
        version_decompositions.append(mappings)
    w.strings(tags)
    for mappings in version_decompositions:
        w.ascending(sorted(mappings))
        for cp in sorted(mappings):
            tag, mapping = mappings[cp]
            w.u8(tags.index(tag))
            w.varint(len(mapping))
            for part in mapping:
                w.varint(part)

    # Canonical decompositions that NFC does not recompose (Full_Composition_Exclusion).
    new_decompositions = version_decompositions[0]
    exclusions = [cp for cp, (tag, _) in sorted(new_decompositions.items())
                  if not tag and NEW.normalize('NFC', chr(cp)) != chr(cp)]
    w.ascending(exclusions)

    # Where a version's normalization does not follow its own decomposition() mappings (3.2.0's
    # normalization keeps the mappings that Unicode later corrected), the mapping it uses instead.
    for db, mappings in ((NEW, new_decompositions), (OLD, version_decompositions[1])):
        overrides = {}
        for cp in range(CODE_POINTS):
            if HANGUL_FIRST <= cp <= HANGUL_LAST:
                continue
            for form, compatibility in (('NFD', False), ('NFKD', True)):
                expanded = canonical_order(full_decomposition(cp, mappings, compatibility))
                actual = tuple(ord(c) for c in db.normalize(form, chr(cp)))
                if expanded != actual:
                    assert overrides.get(cp, actual) == actual
                    overrides[cp] = actual
        w.ascending(sorted(overrides))
        for cp in sorted(overrides):
            w.varint(len(overrides[cp]))
            for part in overrides[cp]:
                w.varint(part)
    w.save('properties.bin', b'PUCP')


def name_tokens(name, cp, lexicon):
    """A name as word numbers; 0 stands for '-' and cp's hex digits ending the name."""
    suffix = cp is not None and name.endswith('-%04X' % cp)
    words = (name[:-len('-%04X' % cp)] if suffix else name).split(' ')
    assert all(words), name
    return [lexicon[word] for word in words] + ([0] if suffix else [])


def read_aliases():
    """(code point, alias) for each alias in Unicode 14.0.0's NameAliases.txt."""
    text = open(NAME_ALIASES, encoding='utf-8').read()
    assert 'Version 14.0.0.' in text
    body = text.split("return <<'END';\n", 1)[1].split('\nEND\n', 1)[0]
    aliases = []
    for line in body.splitlines():
        cp, _, alias = line.split('\t')
        aliases.append((int(cp, 16), alias.rsplit(': ', 1)[0]))
    return aliases


def read_named_sequences():
    text = open(NAMED_SEQUENCES, encoding='utf-8').read()
    assert text.startswith('# NamedSequences-14.0.0.txt')
    sequences = []
    for line in text.splitlines():
        if line and not line.startswith('#'):
            name, cps = line.split(';')
            sequences.append((name, tuple(int(x, 16) for x in cps.split())))
    return sequences


def write_names():
    names = {}
    cjk = []
    hangul = {}
    for cp in range(CODE_POINTS):
        name = NEW.name(chr(cp), None)
        old_name = OLD.name(chr(cp), None)
        # 3.2.0 names are the current ones, for the characters 3.2.0 assigns.
        assert old_name == (name if OLD.category(chr(cp)) != 'Cn' else None), hex(cp)
        if name is None:
            continue
        if name == CJK_PREFIX + '%04X' % cp:
            cjk.append(cp)
        elif HANGUL_FIRST <= cp <= HANGUL_LAST:
            hangul[cp - HANGUL_FIRST] = name[len('HANGUL SYLLABLE '):]
        else:
            names[cp] = name
    assert len(hangul) == L_COUNT * V_COUNT * T_COUNT

    # The jamo short names, read off the syllables that use the first jamo of the other parts.
    leads = [hangul[l * V_COUNT * T_COUNT][:-1] for l in range(L_COUNT)]
    vowels = [hangul[v * T_COUNT][len(leads[0]):] for v in range(V_COUNT)]
    trails = [hangul[t][len(leads[0]) + len(vowels[0]):] for t in range(T_COUNT)]
    for index, syllable in hangul.items():
        l, v, t = index // (V_COUNT * T_COUNT), index // T_COUNT % V_COUNT, index % T_COUNT
        assert syllable == leads[l] + vowels[v] + trails[t]

    aliases = read_aliases()
    for cp, alias in aliases:
        assert NEW.lookup(alias) == chr(cp), alias
    sequences = read_named_sequences()
    for name, cps in sequences:
        assert NEW.lookup(name) == ''.join(map(chr, cps)), name

    entries = ([(name, cp) for cp, name in sorted(names.items())]
               + [(alias, cp) for cp, alias in aliases]
               + [(name, None) for name, _ in sequences])
    counts = {}
    for name, cp in entries:
        suffix = cp is not None and name.endswith('-%04X' % cp)
        for word in (name[:-len('-%04X' % cp)] if suffix else name).split(' '):
            counts[word] = counts.get(word, 0) + 1
    words = sorted(counts, key=lambda word: (-counts[word], word))
    lexicon = {word: i + 1 for i, word in enumerate(words)}

    w = Writer()
    w.ascii(''.join(words))
    w.u8s([len(word) for word in words])
    w.ascending(sorted(names))
    w.varint(len(aliases))
    for cp, _ in aliases:
        w.varint(cp)
    w.varint(len(sequences))
    for _, cps in sequences:
        w.varint(len(cps))
        for cp in cps:
            w.varint(cp)
    # The word numbers of every entry: named characters, then aliases, then named sequences.
    entry_tokens = ([name_tokens(names[cp], cp, lexicon) for cp in sorted(names)]
                    + [name_tokens(alias, cp, lexicon) for cp, alias in aliases]
                    + [name_tokens(name, None, lexicon) for name, _ in sequences])
    w.u8s([len(tokens) for tokens in entry_tokens])
    w.u16s([token for tokens in entry_tokens for token in tokens])
    cjk_ranges = []
    for cp in cjk:
        if cjk_ranges and cjk_ranges[-1][1] == cp - 1:
            cjk_ranges[-1][1] = cp
        else:
            cjk_ranges.append([cp, cp])
    w.varint(len(cjk_ranges))
    for first, last in cjk_ranges:
        w.varint(first)
        w.varint(last)
    w.strings(leads)
    w.strings(vowels)
    w.strings(trails)
    w.save('names.bin', b'PUCN')


def main():
    if os.environ.get('PYTHONHASHSEED') != '0' or sys.version_info[:2] != (3, 11):
        sys.exit('run with PYTHONHASHSEED=0 /usr/bin/python3.11')
    assert NEW.unidata_version == '14.0.0' and OLD.unidata_version == '3.2.0'
    os.makedirs(OUT_DIR, exist_ok=True)
    write_properties()
    write_names()


if __name__ == '__main__':
    main()
