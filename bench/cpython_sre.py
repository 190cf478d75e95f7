#!/usr/bin/python3.11
"""CPython's side of bench/sre.sh: times typical regular-expression scans over ~1 MB of text.

Writes into DIR the text (text.txt, UTF-8) and, for each benchmark, the code _sre.compile gets
(patterns.txt: name, subject kind, flags, groups, code words), so Pythebo's engine runs exactly that code on
exactly that text; then times CPython counting the matches of Pattern.finditer, best of ROUNDS
in CPU time of the thread (the machine is shared, wall time measures the neighbours),
and prints one line per benchmark:
    name=N matches=M best_seconds=S

Usage: cpython_sre.py DIR ROUNDS
"""
import os
import random
import re
import sys
import time

import re._compiler as sre_compile
import re._parser as sre_parse

# name, pattern, flags, subject: str (the text), bytes (its Latin-1 encoding; the pattern is
# encoded too) or astral (the text plus one character beyond U+FFFF, so no str fast path).
BENCHMARKS = [
    ('email', r'[\w.+-]+@[\w-]+\.[\w.-]+', 0, 'str'),
    ('words', r'\w+', 0, 'str'),
    ('split', r'\W+', 0, 'str'),
    ('ignorecase_literal', r'holmes', re.IGNORECASE, 'str'),
    ('literal', r'Watson', 0, 'str'),
    ('line_end_digits', r'(?m)\d+$', 0, 'str'),
    ('email_bytes', r'[\w.+-]+@[\w-]+\.[\w.-]+', 0, 'bytes'),
    ('words_bytes', r'\w+', 0, 'bytes'),
    ('email_astral', r'[\w.+-]+@[\w-]+\.[\w.-]+', 0, 'astral'),
    ('words_astral', r'\w+', 0, 'astral'),
]


def subject(text, kind):
    if kind == 'bytes':
        return text.encode('latin-1')
    if kind == 'astral':
        return text + '\U0001F600'
    return text


def make_text():
    """About 1 MB of word-like text with some e-mail addresses, numbers and line breaks."""
    rng = random.Random(42)
    words = ('the of and to in a is that it was for on are as with his they at be this from '
             'have or by one had not but what all were when we there can an your which their '
             'said if do will each about how up out them then she many some so these would '
             'other into has more her two like him see time could no make than first been its '
             'who now people my made over did down only way find use may water long little very '
             'after words called just where most know Holmes Watson HOLMES holmes café naïve '
             'Straße').split()
    parts = []
    size = 0
    while size < 1_000_000:
        r = rng.random()
        if r < 0.01:
            w = '%s.%s@%s.com' % (rng.choice(words), rng.choice(words), rng.choice(words))
        elif r < 0.03:
            w = str(rng.randint(0, 99999))
        else:
            w = rng.choice(words)
        parts.append(w)
        parts.append('\n' if rng.random() < 0.08 else rng.choice([' ', ' ', ' ', ', ', '. ']))
        size += len(w) + 1
    return ''.join(parts)


def main():
    out_dir = sys.argv[1]
    rounds = int(sys.argv[2])
    text = make_text()
    with open(os.path.join(out_dir, 'text.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(out_dir, 'patterns.txt'), 'w', encoding='ascii') as f:
        for name, pattern, flags, kind in BENCHMARKS:
            if kind == 'bytes':
                pattern = pattern.encode()
            p = sre_parse.parse(pattern, flags)
            code = sre_compile._code(p, flags)
            f.write('%s %s %d %d %s\n' % (name, kind, flags | p.state.flags, p.state.groups - 1,
                                          ' '.join(str(int(x)) for x in code)))
    for name, pattern, flags, kind in BENCHMARKS:
        compiled = re.compile(pattern.encode() if kind == 'bytes' else pattern, flags)
        target = subject(text, kind)
        best = None
        count = 0
        for _ in range(rounds):
            start = time.thread_time()
            count = 0
            for _m in compiled.finditer(target):
                count += 1
            elapsed = time.thread_time() - start
            best = elapsed if best is None else min(best, elapsed)
        print('name=%s matches=%d best_seconds=%.4f' % (name, count, best))


if __name__ == '__main__':
    main()
