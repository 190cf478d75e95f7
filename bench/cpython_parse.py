#!/usr/bin/python3.11
"""CPython's side of bench/parse.sh: times ast.parse over every .py file under a directory.

Files are read into memory first; files CPython rejects are skipped (and left out of the list
written for Pythebo's side, so both parse the same files). Prints one line:
    files=N lines=L best_seconds=S lines_per_second=R

Usage: cpython_parse.py ROOT ROUNDS FILE_LIST_OUT
"""
import ast
import os
import sys
import time
import warnings


def main():
    root, rounds, list_out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    warnings.simplefilter('ignore')   # invalid escapes and the like warn; irrelevant here
    sources = []
    for directory, _, names in os.walk(root):
        for name in sorted(names):
            if name.endswith('.py'):
                path = os.path.join(directory, name)
                with open(path, 'rb') as f:
                    data = f.read()
                try:
                    ast.parse(data, path)
                except (SyntaxError, ValueError):
                    continue
                sources.append((path, data))
    sources.sort()
    lines = sum(data.count(b'\n') + (0 if data.endswith(b'\n') or not data else 1) for _, data in sources)
    with open(list_out, 'w', encoding='utf-8', errors='surrogateescape') as f:
        for path, _ in sources:
            f.write(path + '\n')
    best = None
    for _ in range(rounds):
        start = time.perf_counter()
        for path, data in sources:
            ast.parse(data, path)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(f'files={len(sources)} lines={lines} best_seconds={best:.3f} lines_per_second={lines / best:.0f}')


if __name__ == '__main__':
    main()
