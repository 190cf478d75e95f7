#!/usr/bin/python3.11
"""CPython 3.11's side of bench/unicodedata.sh: the calls UnicodeDataBench times, in ns per call."""
import time
import unicodedata

LATIN = "Ça été une journée très spéciale à Genève, naïve façade, coöperate"
HANGUL = "유니코드 정규화는 한글 음절을 자모로 분해하고 다시 조합합니다"
ASCII = "The quick brown fox jumps over the lazy dog 0123456789"


def best(what, calls, body, rounds=7):
    times = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        body()
        times.append(time.perf_counter_ns() - start)
    print('%-44s %8.1f ns/call' % (what, min(times) / calls))


def main():
    chars = [chr(cp) for cp in range(0x110000)]
    bmp = chars[:0x10000]
    best('category (every code point)', len(chars), lambda: [unicodedata.category(c) for c in chars], 3)
    best('name (U+0000..U+FFFF)', len(bmp), lambda: [unicodedata.name(c, None) for c in bmp], 3)
    names = [n for n in (unicodedata.name(c, None) for c in chars[:0x30000]) if n]
    best('lookup (every name up to U+2FFFF)', len(names), lambda: [unicodedata.lookup(n) for n in names], 3)
    for label, text in (('ASCII', ASCII), ('Latin', LATIN), ('Hangul', HANGUL)):
        nfd = unicodedata.normalize('NFD', text)
        for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
            best('normalize %s %s (%d chars)' % (form, label, len(text)), 10000,
                 lambda: [unicodedata.normalize(form, text) for _ in range(10000)])
            best('normalize %s %s NFD input' % (form, label), 10000,
                 lambda: [unicodedata.normalize(form, nfd) for _ in range(10000)])
    old = unicodedata.ucd_3_2_0
    best('ucd_3_2_0 normalize NFKC Latin', 10000, lambda: [old.normalize('NFKC', LATIN) for _ in range(10000)])


if __name__ == '__main__':
    main()
