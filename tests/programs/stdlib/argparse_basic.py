# argparse: positionals and options of every action, types, choices, defaults, nargs,
# subcommands, mutually exclusive groups, help and usage text, and the error messages
# (argparse prints them to stderr and exits; the program catches SystemExit).
import argparse
import contextlib
import io


def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = parser.parse_args(args)
        print(args, '->', ns)
    except SystemExit as e:
        print(args, '-> exit', e.code)
        if out.getvalue():
            print('stdout:', out.getvalue(), end='')
        if err.getvalue():
            print('stderr:', err.getvalue(), end='')


p = argparse.ArgumentParser(prog='tool', description='Process some files.', epilog='That is all.')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-o', '--output', metavar='FILE', default='out.txt', help='where to write (default: %(default)s)')
p.add_argument('-n', type=int, default=1, choices=range(1, 6), help='repeat count')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--flag', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--tag', action='append', default=[])
p.add_argument('--ratio', type=float)
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
run(p, ['a.txt'])
run(p, ['a.txt', 'b.txt', '-vv', '--output', 'x', '-n3', '--mode=slow', '--flag', '--no-color', '--const', '--tag', 't1', '--tag=t2'])
run(p, ['--ratio', '0.5', '--pair', 'p', 'q', '--opt', 'f', '--', '-x'])
run(p, ['f', '--opt'])
run(p, ['f', '--verb', '--out', 'o'])
run(p, ['-h'])
run(p, ['--version'])
run(p, [])
run(p, ['f', '-n', 'x'])
run(p, ['f', '-n', '9'])
run(p, ['f', '--mode', 'medium'])
run(p, ['f', '--bogus', '--zzz'])
run(p, ['f', '--pair', 'one'])
run(p, ['f', '--output'])
run(p, ['f', '--ratio', 'abc'])
print(p.format_usage(), end='')
print(p.parse_known_args(['f', '--extra', 'x']))

sub = argparse.ArgumentParser(prog='git')
sub.add_argument('--debug', action='store_true')
sp = sub.add_subparsers(dest='command', title='commands', help='what to do')
c1 = sp.add_parser('commit', help='record changes')
c1.add_argument('-m', '--message', required=True)
c1.add_argument('--amend', action='store_true')
c2 = sp.add_parser('push', aliases=['p'], help='send changes')
c2.add_argument('remote', nargs='?', default='origin')
c2.set_defaults(func='push-func')
run(sub, ['commit', '-m', 'msg'])
run(sub, ['--debug', 'push'])
run(sub, ['p', 'upstream'])
run(sub, ['commit'])
run(sub, ['pull'])
run(sub, [])
run(sub, ['-h'])
run(sub, ['commit', '-h'])

g = argparse.ArgumentParser(prog='grp')
mx = g.add_mutually_exclusive_group(required=True)
mx.add_argument('--on', action='store_true')
mx.add_argument('--off', action='store_true')
grp = g.add_argument_group('network', 'network options')
grp.add_argument('--host', default='localhost')
grp.add_argument('--port', type=int, required=True)
run(g, ['--on', '--port', '80'])
run(g, ['--on', '--off', '--port', '1'])
run(g, ['--port', '1'])
run(g, ['--on'])
run(g, ['--help'])

f = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.ArgumentDefaultsHelpFormatter, prefix_chars='-+',
                            fromfile_prefix_chars='@', allow_abbrev=False, add_help=False)
f.add_argument('+x', action='store_true', help='plus x')
f.add_argument('--level', default=3, type=int, help='the level')
f.add_argument('rest', nargs='*')
f.add_argument('--hidden', help=argparse.SUPPRESS)
print(f.format_help())
run(f, ['+x', '--level', '5', 'a', 'b'])
run(f, ['--lev', '5'])
f.set_defaults(level=7, extra='e')
run(f, [])
print(f.get_default('level'), f.get_default('nope'))

r = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='line one\n    indented line\nline three')
r.add_argument('n', type=int, nargs=argparse.REMAINDER)
print(r.format_help())
ns = argparse.Namespace(a=1, b='x')
print(ns, vars(ns), 'a' in ns, ns == argparse.Namespace(b='x', a=1))
for bad in [lambda: p.add_argument('--output'), lambda: p.add_argument('x', required=True), lambda: p.add_argument('-z', nargs=0),
            lambda: p.add_argument('-q', action='nope'), lambda: p.add_argument('-w', type='int'), lambda: argparse.ArgumentParser().add_argument('bad', dest='d')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
e = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
e.add_argument('--num', type=int)
try:
    e.parse_args(['--num', 'x'])
except argparse.ArgumentError as err:
    print('ArgumentError:', err, '|', err.argument_name, '|', err.message)
print(argparse.ArgumentTypeError('x'), argparse.FileType('r'), argparse.FileType('w', encoding='utf-8'))


def positive(text):
    v = int(text)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return v


t = argparse.ArgumentParser(prog='typed')
t.add_argument('count', type=positive)
t.add_argument('--name', type=str.upper)
run(t, ['5', '--name', 'bob'])
run(t, ['-3'])
run(t, ['0'])
