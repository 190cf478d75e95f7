#!/usr/bin/python3.11
"""Records what CPython 3.11's ast.parse makes of source files: the reference for Pythebo's parser.

For each input file F it writes, under the output directory, <F without leading '/'>.dump with
ast.dump(ast.parse(bytes, F), include_attributes=True) when CPython accepts F, or <...>.err
when it rejects it: one tab-separated line "type msg lineno offset end_lineno end_offset",
with backslash, tab, CR and LF in the message escaped as \\\\, \\t, \\r, \\n.

Usage: cpython_ast.py --out DIR [--jobs N] [--list FILE] [PATH ...]
PATHs may be files or directories (searched for *.py); --list names a file of paths, one a line.
Only 3.11 is accepted, and it is re-run with PYTHONHASHSEED=0 so that outputs are reproducible.
"""
import argparse
import ast
import concurrent.futures
import os
import sys
import warnings


def escape(text):
    return (text.replace('\\', '\\\\').replace('\t', '\\t')
            .replace('\r', '\\r').replace('\n', '\\n'))


def error_line(exc):
    """The .err record of an exception raised by ast.parse."""
    if isinstance(exc, SyntaxError):
        fields = [type(exc).__name__, exc.msg, exc.lineno, exc.offset, exc.end_lineno, exc.end_offset]
    else:
        # ValueError, RecursionError, MemoryError...: no position.
        fields = [type(exc).__name__, str(exc), None, None, None, None]
    return '\t'.join(escape('' if f is None else str(f)) for f in fields) + '\n'


def record(path, out_dir):
    """Parses one file and writes its .dump or .err, removing the other one."""
    base = os.path.join(out_dir, os.path.abspath(path).lstrip('/'))
    os.makedirs(os.path.dirname(base), exist_ok=True)
    with open(path, 'rb') as f:
        data = f.read()
    try:
        text = ast.dump(ast.parse(data, path), include_attributes=True) + '\n'
        suffix, other = '.dump', '.err'
    except Exception as exc:  # every rejection is a result to record, not a failure of this script
        text = error_line(exc)
        suffix, other = '.err', '.dump'
    with open(base + suffix, 'w', encoding='utf-8', errors='surrogatepass', newline='') as f:
        f.write(text)
    try:
        os.remove(base + other)
    except FileNotFoundError:
        pass
    return suffix


def record_all(paths, out_dir):
    return [record(p, out_dir) for p in paths]


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
        sys.exit('cpython_ast.py must run under Python 3.11, not ' + sys.version.split()[0])
    if os.environ.get('PYTHONHASHSEED') != '0':
        os.environ['PYTHONHASHSEED'] = '0'
        os.execv(sys.executable, [sys.executable] + sys.argv)
    # ast.parse reports invalid escapes and the like as warnings; they change nothing here.
    warnings.simplefilter('ignore')
    sys.setrecursionlimit(20000)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--out', required=True)
    parser.add_argument('--jobs', type=int, default=2)
    parser.add_argument('--list')
    parser.add_argument('paths', nargs='*')
    args = parser.parse_args()
    paths = list(args.paths)
    if args.list:
        with open(args.list, encoding='utf-8', errors='surrogateescape') as f:
            paths += [line.rstrip('\n') for line in f if line.strip()]
    files = list(expand(paths))
    # Interleaved chunks keep big and small files spread over the workers.
    chunks = [files[i::args.jobs] for i in range(args.jobs)] if args.jobs > 1 else [files]
    if args.jobs > 1 and len(files) > 1:
        with concurrent.futures.ProcessPoolExecutor(args.jobs) as pool:
            results = [r for rs in pool.map(record_all, chunks, [args.out] * len(chunks)) for r in rs]
    else:
        results = record_all(files, args.out)
    print(f'cpython_ast: {len(files)} files, {results.count(".dump")} accepted, '
          f'{results.count(".err")} rejected')


if __name__ == '__main__':
    main()
