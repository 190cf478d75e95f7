#!/usr/bin/python3.11
"""Writes what CPython 3.11 says about the C library, for the tests of org.pythebo.modules.posix.

Without arguments, regenerates tests/libc/cpython_tables.tsv: the values that do not depend on
the machine's state. Each row is "section<TAB>key<TAB>value", in the order CPython gives them,
with backslash, tab, CR and LF escaped as \\\\, \\t, \\r, \\n:
  errno, posix, signal, select, fcntl, resource, termios   name -> integer constant
  errorcode                                                errno value -> name (errno.errorcode)
  sysconf_names, pathconf_names, confstr_names             name -> number (os.*_names)
  strerror                                                 number -> os.strerror(number)
  strsignal                                                number -> signal.strsignal(number) or None

With --live PATH, prints (to stdout, same format) what this machine answers now: os.sysconf for
every name, os.confstr for every name, os.pathconf(PATH, name) for every name and os.getlogin(),
a failure shown as "OSError <errno>", so tests can compare live calls made at the same moment.

Usage: libc_tables.py [--live PATH]
"""
import errno
import fcntl
import os
import posix
import resource
import select
import signal
import sys
import termios


def escape(text):
    return (text.replace('\\', '\\\\').replace('\t', '\\t')
            .replace('\r', '\\r').replace('\n', '\\n'))


def row(section, key, value):
    return '%s\t%s\t%s\n' % (section, escape(str(key)), escape(str(value)))


def constants(module):
    return [(name, int(value)) for name, value in vars(module).items()
            if name.isupper() and isinstance(value, int) and not isinstance(value, bool)]


STRERROR_NUMBERS = list(range(-2, 200)) + [255, 256, 4095, 65535, 100000, 2**31 - 1, -2**31]


def tables():
    rows = []
    for module in (errno, posix, signal, select, fcntl, resource, termios):
        rows += [row(module.__name__, n, v) for n, v in constants(module)]
    rows += [row('errorcode', v, n) for v, n in errno.errorcode.items()]
    rows += [row('sysconf_names', n, v) for n, v in os.sysconf_names.items()]
    rows += [row('pathconf_names', n, v) for n, v in os.pathconf_names.items()]
    rows += [row('confstr_names', n, v) for n, v in os.confstr_names.items()]
    rows += [row('strerror', n, os.strerror(n)) for n in STRERROR_NUMBERS]
    rows += [row('strsignal', n, signal.strsignal(n)) for n in range(1, signal.NSIG)]
    return rows


def live(path):
    rows = []
    for name in os.sysconf_names:
        try:
            rows.append(row('sysconf', name, os.sysconf(name)))
        except OSError as e:
            rows.append(row('sysconf', name, 'OSError %d' % e.errno))
    for name in os.confstr_names:
        try:
            rows.append(row('confstr', name, os.confstr(name)))
        except OSError as e:
            rows.append(row('confstr', name, 'OSError %d' % e.errno))
    for name in os.pathconf_names:
        try:
            rows.append(row('pathconf', name, os.pathconf(path, name)))
        except OSError as e:
            rows.append(row('pathconf', name, 'OSError %d' % e.errno))
    try:
        rows.append(row('getlogin', 'getlogin', os.getlogin()))
    except OSError as e:
        rows.append(row('getlogin', 'getlogin', 'OSError %d' % e.errno))
    return rows


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('libc_tables.py must run under Python 3.11, not ' + sys.version.split()[0])
    if os.environ.get('PYTHONHASHSEED') != '0':
        os.environ['PYTHONHASHSEED'] = '0'
        os.execv(sys.executable, [sys.executable] + sys.argv)
    if len(sys.argv) == 3 and sys.argv[1] == '--live':
        sys.stdout.write(''.join(live(sys.argv[2])))
        return
    if len(sys.argv) != 1:
        sys.exit(__doc__)
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'libc', 'cpython_tables.tsv')
    with open(target, 'w', encoding='utf-8', newline='\n') as f:
        f.write(''.join(tables()))


if __name__ == '__main__':
    main()
