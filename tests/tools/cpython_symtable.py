#!/usr/bin/python3.11
"""Records what CPython 3.11's symtable makes of source files: the reference for Pythebo's scopes.

For each input file F it writes, under the output directory, <F without leading '/'>.symtable
with the canonical dump below when symtable.symtable(bytes, F, 'exec') accepts F, or .err when it
raises: one tab-separated line "type msg lineno offset end_lineno end_offset", with backslash,
tab, CR and LF in the message escaped as \\\\, \\t, \\r, \\n. With --compile it also writes .compile
with the same kind of line for compile(bytes, F, 'exec'): "ok" when it compiles.

The dump has one line per scope, indented two spaces per nesting level, in source order:
    <type> <name> line=<lineno> nested=<0|1> params=<varnames, comma-separated>
followed, one level deeper, by one line per symbol, sorted by name:
    . <name> <scope> <flags>
where scope is LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL and flags are the raw
definition flags by their C names (GLOBAL|LOCAL|PARAM|NONLOCAL|USE|FREE|FREE_CLASS|IMPORT|ANNOT|
COMP_ITER), '|'-separated, or '-' when none. Every is_*() answer of the symtable module follows
from the scope and flags.

Usage: cpython_symtable.py --out DIR [--jobs N] [--list FILE] [--compile] [PATH ...]
"""
import argparse
import concurrent.futures
import os
import sys
import warnings
import _symtable

TYPES = {_symtable.TYPE_MODULE: 'module', _symtable.TYPE_FUNCTION: 'function',
         _symtable.TYPE_CLASS: 'class'}
SCOPES = {_symtable.LOCAL: 'LOCAL', _symtable.GLOBAL_EXPLICIT: 'GLOBAL_EXPLICIT',
          _symtable.GLOBAL_IMPLICIT: 'GLOBAL_IMPLICIT', _symtable.FREE: 'FREE', _symtable.CELL: 'CELL'}
# DEF_COMP_ITER (512) is not exported by _symtable.
FLAGS = [(1, 'GLOBAL'), (2, 'LOCAL'), (4, 'PARAM'), (8, 'NONLOCAL'), (16, 'USE'), (32, 'FREE'),
         (64, 'FREE_CLASS'), (128, 'IMPORT'), (256, 'ANNOT'), (512, 'COMP_ITER')]


def escape(text):
    return (text.replace('\\', '\\\\').replace('\t', '\\t')
            .replace('\r', '\\r').replace('\n', '\\n'))


def error_line(exc):
    if isinstance(exc, SyntaxError):
        fields = [type(exc).__name__, exc.msg, exc.lineno, exc.offset, exc.end_lineno, exc.end_offset]
    else:
        fields = [type(exc).__name__, str(exc), None, None, None, None]
    return '\t'.join(escape('' if f is None else str(f)) for f in fields) + '\n'


def dump_table(table, depth, out):
    pad = '  ' * depth
    out.append(f'{pad}{TYPES.get(table.type, table.type)} {table.name} line={table.lineno} '
               f'nested={int(bool(table.nested))} params={",".join(table.varnames)}\n')
    for name in sorted(table.symbols):
        value = table.symbols[name]
        scope = SCOPES.get((value >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK, '?')
        flags = '|'.join(label for bit, label in FLAGS if value & bit) or '-'
        out.append(f'{pad}  . {name} {scope} {flags}\n')
    for child in table.children:
        dump_table(child, depth + 1, out)


def write(base, suffix, text, stale=None):
    with open(base + suffix, 'w', encoding='utf-8', errors='surrogatepass', newline='') as f:
        f.write(text)
    if stale:
        try:
            os.remove(base + stale)
        except FileNotFoundError:
            pass


def record(path, out_dir, with_compile):
    base = os.path.join(out_dir, os.path.abspath(path).lstrip('/'))
    os.makedirs(os.path.dirname(base), exist_ok=True)
    with open(path, 'rb') as f:
        data = f.read()
    try:
        out = []
        dump_table(_symtable.symtable(data, path, 'exec'), 0, out)
        write(base, '.symtable', ''.join(out), '.err')
        suffix = '.symtable'
    except Exception as exc:  # every rejection is a result to record
        write(base, '.err', error_line(exc), '.symtable')
        suffix = '.err'
    if with_compile:
        try:
            compile(data, path, 'exec', dont_inherit=True)
            text = 'ok\n'
        except Exception as exc:
            text = error_line(exc)
        write(base, '.compile', text)
    return suffix


def record_all(paths, out_dir, with_compile):
    return [record(p, out_dir, with_compile) for p in paths]


def expand(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith('.py'):
                        yield os.path.join(root, name)
        else:
            yield p


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('cpython_symtable.py must run under Python 3.11, not ' + sys.version.split()[0])
    warnings.simplefilter('ignore')
    sys.setrecursionlimit(20000)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--out', required=True)
    parser.add_argument('--jobs', type=int, default=2)
    parser.add_argument('--list')
    parser.add_argument('--compile', action='store_true')
    parser.add_argument('paths', nargs='*')
    args = parser.parse_args()
    paths = list(args.paths)
    if args.list:
        with open(args.list, encoding='utf-8', errors='surrogateescape') as f:
            paths += [line.rstrip('\n') for line in f if line.strip()]
    files = list(expand(paths))
    if args.jobs > 1 and len(files) > 1:
        chunks = [files[i::args.jobs] for i in range(args.jobs)]
        with concurrent.futures.ProcessPoolExecutor(args.jobs) as pool:
            results = [r for rs in pool.map(record_all, chunks, [args.out] * len(chunks),
                                            [args.compile] * len(chunks)) for r in rs]
    else:
        results = record_all(files, args.out, args.compile)
    print(f'cpython_symtable: {len(files)} files, {results.count(".symtable")} accepted, '
          f'{results.count(".err")} rejected')


if __name__ == '__main__':
    main()
