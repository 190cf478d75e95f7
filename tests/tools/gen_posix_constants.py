#!/usr/bin/python3.11
"""Regenerates the *Constants.java and ConfNames.java tables of org.pythebo.modules.posix.

The names (and their order) are the integer constants that CPython 3.11's modules errno, posix,
signal, select, fcntl, resource and termios define, and the keys of os.sysconf_names,
os.pathconf_names and os.confstr_names. The values are not CPython's: each one is what gcc
computes from glibc's headers on this machine (Linux x86_64), so the tests that compare these
tables with CPython's (tests/tools/libc_tables.py) check the headers against CPython's build.
The only exceptions are the few constants CPython numbers itself (CPYTHON_DEFINED), and the
_socket constants of kernel interfaces whose headers this machine lacks (Bluetooth...), which
keep CPython's value (reported as they are found).

Usage: gen_posix_constants.py [OUTPUT_DIR]
  (default: src/main/java/org/pythebo/modules/posix next to tests/)
"""
import errno
import fcntl
import os
import posix
import re
import resource
import select
import signal
import subprocess
import sys
import tempfile
import termios

import _socket

# Constants that are CPython's own enumeration rather than C macros: os.posix_spawn's
# file_actions tags.
CPYTHON_DEFINED = {'POSIX_SPAWN_OPEN', 'POSIX_SPAWN_CLOSE', 'POSIX_SPAWN_DUP2'}

HEADERS = '''
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/limits.h>
#include <linux/memfd.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <sysexits.h>
#include <termios.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <netdb.h>
#include <linux/netlink.h>
#include <linux/if_alg.h>
#include <linux/vm_sockets.h>
#include <linux/can.h>
#include <linux/can/raw.h>
#include <linux/can/bcm.h>
#include <linux/can/j1939.h>
#include <linux/tipc.h>
#include <linux/rds.h>
#include <linux/qrtr.h>
#include <linux/if_packet.h>
/* CPython's termios module spells glibc's VSWTC this way too. */
#ifndef VSWTCH
#define VSWTCH VSWTC
#endif
'''


def module_names(module):
    """The integer constants of a module, in its namespace's order."""
    return [name for name, value in vars(module).items()
            if name.isupper() and isinstance(value, int) and not isinstance(value, bool)]


# (Java class, what it holds, [(table field, python names, C name of a python name)])
CLASSES = [
    ('ErrnoConstants', "CPython's errno module", [('TABLE', module_names(errno), None)]),
    ('PosixConstants', "CPython's posix (os) module", [('TABLE', module_names(posix), None)]),
    ('SignalConstants', "CPython's signal module", [('TABLE', module_names(signal), None)]),
    ('SelectConstants', "CPython's select module", [('TABLE', module_names(select), None)]),
    ('FcntlConstants', "CPython's fcntl module", [('TABLE', module_names(fcntl), None)]),
    ('ResourceConstants', "CPython's resource module", [('TABLE', module_names(resource), None)]),
    ('TermiosConstants', "CPython's termios module", [('TABLE', module_names(termios), None)]),
    ('SocketConstants', "CPython's _socket module", [('TABLE', module_names(_socket), None)]),
    ('ConfNames', "os.sysconf_names, os.pathconf_names and os.confstr_names", [
        ('SYSCONF', list(os.sysconf_names), '_'),
        ('PATHCONF', list(os.pathconf_names), '_'),
        ('CONFSTR', list(os.confstr_names), '_'),
    ]),
]


def c_values(names):
    """Compiles and runs a C program printing each name's value; returns {name: value}.

    A name gcc reports as undeclared is left out and the program compiled again."""
    while True:
        values, undeclared = compile_values(names)
        if values is not None:
            return values
        names = [(p, c) for p, c in names if c not in undeclared]


def compile_values(names):
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, 'values.c')
        binary = os.path.join(tmp, 'values')
        with open(source, 'w') as f:
            f.write(HEADERS)
            f.write('int main(void) {\n')
            for python_name, c_name in names:
                f.write('    printf("%%s %%lld\\n", "%s", (long long) (intptr_t) (%s));\n'
                        % (python_name, c_name))
            f.write('    return 0;\n}\n')
        result = subprocess.run(['gcc', '-w', '-o', binary, source], capture_output=True, text=True)
        if result.returncode != 0:
            undeclared = set(re.findall(r"[‘'](\w+)[’'] undeclared", result.stderr))
            if not undeclared:
                sys.exit('gcc failed:\n' + result.stderr)
            return None, undeclared
        output = subprocess.run([binary], capture_output=True, text=True, check=True).stdout
    values = {}
    for line in output.splitlines():
        name, value = line.split(' ')
        values[name] = int(value)
    return values, None


def java_class(class_name, what, tables, values):
    fields = []
    table_code = []
    seen = set()
    for field, names, _ in tables:
        for name in names:
            if name in seen:
                continue
            seen.add(name)
            value = values[name]
            java_type = 'int' if -2**31 <= value < 2**31 else 'long'
            suffix = '' if java_type == 'int' else 'L'
            note = '  // CPython numbers this one itself' if name in CPYTHON_DEFINED else ''
            fields.append('    public static final %s %s = %d%s;%s' % (java_type, name, value, suffix, note))
        table_code.append('    /** %s, in CPython\'s order. */\n'
                          '    public static final SequencedMap<String, Long> %s = Tables.ordered(\n'
                          '            new String[] {%s},\n'
                          '            new long[] {%s});'
                          % ('Every name of ' + field_doc(field, what), field,
                             wrap(['"%s"' % n for n in names]), wrap(names)))
    return ('// Generated by tests/tools/gen_posix_constants.py from glibc\'s headers: do not edit.\n'
            'package org.pythebo.modules.posix;\n\n'
            'import java.util.SequencedMap;\n\n'
            '/** The integer constants of %s, with glibc\'s Linux x86_64 values. */\n'
            'public final class %s {\n'
            '    private %s() {\n    }\n\n%s\n\n%s\n}\n'
            % (what, class_name, class_name, '\n'.join(fields), '\n\n'.join(table_code)))


def field_doc(field, what):
    return {'TABLE': what, 'SYSCONF': 'os.sysconf_names', 'PATHCONF': 'os.pathconf_names',
            'CONFSTR': 'os.confstr_names'}[field] + ' with its value'


def wrap(items):
    lines = []
    line = ''
    for item in items:
        piece = item + ', '
        if len(line) + len(piece) > 88:
            lines.append(line.rstrip())
            line = ''
        line += piece
    lines.append(line.rstrip().rstrip(','))
    return '\n                ' + '\n                '.join(lines)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('gen_posix_constants.py must run under Python 3.11')
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        here, '..', '..', 'src', 'main', 'java', 'org', 'pythebo', 'modules', 'posix')
    wanted = []
    for _, _, tables in CLASSES:
        for _, names, prefix in tables:
            wanted += [(n, (prefix or '') + n) for n in names if n not in CPYTHON_DEFINED]
    values = c_values(wanted)
    values.update({name: getattr(posix, name) for name in CPYTHON_DEFINED})
    for name in module_names(_socket):
        if name not in values:
            print('not in the headers, CPython\'s value kept:', name)
            values[name] = getattr(_socket, name)
    for class_name, what, tables in CLASSES:
        with open(os.path.join(out, class_name + '.java'), 'w') as f:
            f.write(java_class(class_name, what, tables, values))


if __name__ == '__main__':
    main()
