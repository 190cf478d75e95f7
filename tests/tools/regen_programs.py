#!/usr/bin/python3.11
"""Runs every program of the differential corpus under CPython 3.11 and records what it did.

Programs are tests/programs/<area>/<name>.py, plus tests/programs/<area>/<case>/main.py for
programs that come with their own modules (imports). Each runs as
    /usr/bin/python3.11 <name>.py
with the program's directory as cwd (so tracebacks show relative paths), PYTHONHASHSEED=0,
no stdin and a clean environment, and <name>.py.expected is written next to it. CPython makes
the script's path absolute (tracebacks show it), so the program's directory is written as {DIR}
in both outputs; ProgramCorpusTest substitutes it the same way in Pythebo's outputs.


    exit: <status>
    stdout: <N> bytes
    <exactly N bytes of stdout>
    stderr: <M> bytes
    <exactly M bytes of stderr>

Each block of bytes is followed by one newline that is not part of it. ProgramCorpusTest reads
this format. Usage: regen_programs.py [PROGRAM ...]   (default: the whole corpus)

    regen_programs.py --known-failures REPORT
rewrites tests/programs-known-failures.txt from a ProgramCorpusTest report
(target/program-corpus-report.txt): every program failing in that run, with its failure category.
"""
import concurrent.futures
import os
import subprocess
import sys

PYTHON = '/usr/bin/python3.11'
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, 'programs')
TIMEOUT = 20


def environment():
    env = {'PATH': '/usr/bin:/bin', 'PYTHONHASHSEED': '0', 'PYTHONDONTWRITEBYTECODE': '1',
           'LC_ALL': 'C.UTF-8', 'LANG': 'C.UTF-8'}
    return env


def placeholder(output, directory):
    for form in {os.path.realpath(directory), directory}:
        output = output.replace(form.encode() + b'/', b'{DIR}/')
    return output


def programs():
    found = []
    for area in sorted(os.listdir(PROGRAMS)):
        area_dir = os.path.join(PROGRAMS, area)
        if not os.path.isdir(area_dir):
            continue
        for name in sorted(os.listdir(area_dir)):
            path = os.path.join(area_dir, name)
            if name.endswith('.py') and os.path.isfile(path):
                found.append(path)
            elif os.path.isfile(os.path.join(path, 'main.py')):
                found.append(os.path.join(path, 'main.py'))
    return found


def record(path):
    directory, name = os.path.split(path)
    try:
        done = subprocess.run([PYTHON, name], cwd=directory, env=environment(), stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return path, 'timed out after %d s' % TIMEOUT
    stdout = placeholder(done.stdout, directory)
    stderr = placeholder(done.stderr, directory)
    with open(path + '.expected', 'wb') as out:
        out.write(b'exit: %d\n' % done.returncode)
        out.write(b'stdout: %d bytes\n' % len(stdout) + stdout + b'\n')
        out.write(b'stderr: %d bytes\n' % len(stderr) + stderr + b'\n')
    return path, None


KNOWN_FAILURES_HEADER = """\
# Programs under tests/programs that Pythebo may still fail, one per line:
#   <program relative to tests/programs>  <one-line cause>
# ProgramCorpusTest fails when a program not listed here fails, and when a listed program passes
# (remove it then): this list only shrinks. Regenerate from a run's report with
#   tests/tools/regen_programs.py --known-failures target/program-corpus-report.txt
# Details of each failure (diff excerpts): target/program-corpus-report.txt.
"""


def write_known_failures(report):
    failures = []
    in_failures = False
    with open(report, encoding='utf-8') as f:
        for line in f:
            if line.rstrip('\n') == 'Failures:':
                in_failures = True
            elif in_failures and line.startswith(('KNOWN ', 'NEW   ')):
                name, _, rest = line[6:].partition('  [')
                failures.append((name, rest.rstrip().removesuffix(']')))
    with open(os.path.join(ROOT, 'programs-known-failures.txt'), 'w', encoding='utf-8') as out:
        out.write(KNOWN_FAILURES_HEADER)
        for name, cause in sorted(failures):
            out.write('%s  %s\n' % (name, cause))
    print('%d known failures written' % len(failures))
    return 0


def main():
    if sys.argv[1:2] == ['--known-failures'] and len(sys.argv) == 3:
        return write_known_failures(sys.argv[2])
    if sys.version_info[:2] != (3, 11):
        sys.exit('regen_programs.py needs CPython 3.11 (%s)' % PYTHON)
    targets = [os.path.abspath(p) for p in sys.argv[1:]] or programs()
    problems = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for path, problem in pool.map(record, targets):
            if problem:
                problems += 1
                print('%s: %s' % (os.path.relpath(path, PROGRAMS), problem), file=sys.stderr)
    print('%d programs recorded, %d problems' % (len(targets) - problems, problems))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
