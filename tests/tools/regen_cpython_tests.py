#!/usr/bin/python3.11
"""Writes what a run of CPythonTestSuiteTest found: the expected-failure lists and the table.

Usage: regen_cpython_tests.py [REPORT]   (default: target/cpython-tests/report.txt)

From the report (lines "module <name> <cases CPython passes> <of those, Pythebo passes>" and
"failing <name> <case id>") this writes tests/cpython/expected-failures/<name>.txt for every
module of the report, and docs/compat/cpython-tests.md with each module's figure and the total.
Run it after a change made cases pass (the lists only shrink) or when a module joins
tests/cpython/modules.txt; never to hide a case that used to pass.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    report = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/cpython-tests/report.txt")
    modules = {}
    failing = {}
    with open(report, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split(" ", 2)
            if parts[0] == "module":
                name, figures = parts[1], parts[2].split()
                modules[name] = (int(figures[0]), int(figures[1]), "timed-out" in figures)
                failing.setdefault(name, [])
            elif parts[0] == "failing":
                failing.setdefault(parts[1], []).append(parts[2])
    lists = os.path.join(ROOT, "tests/cpython/expected-failures")
    os.makedirs(lists, exist_ok=True)
    for name, ids in failing.items():
        with open(os.path.join(lists, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(f"# Cases of test.{name} that CPython 3.11 passes and Pythebo does not yet (only shrinks).\n")
            for case in sorted(ids):
                f.write(case + "\n")
    total_cpython = sum(m[0] for m in modules.values())
    total_both = sum(m[1] for m in modules.values())
    doc = os.path.join(ROOT, "docs/compat/cpython-tests.md")
    os.makedirs(os.path.dirname(doc), exist_ok=True)
    with open(doc, "w", encoding="utf-8") as f:
        f.write("# CPython's regression tests on Pythebo\n\n")
        f.write("Each module of CPython 3.11's own test suite (`/usr/lib/python3.11/test`) listed in\n"
                "`tests/cpython/modules.txt` runs under `/usr/bin/python3.11` and under Pythebo through\n"
                "`tests/cpython/run_module.py` (`CPythonTestSuiteTest`, part of `./run-tests`). The figure is,\n"
                "of the test cases CPython passes on the same machine, how many Pythebo passes. The cases\n"
                "still failing are listed in `tests/cpython/expected-failures/`. Written by\n"
                "`tests/tools/regen_cpython_tests.py` from the test's report.\n\n")
        f.write(f"**Total: {total_both} of {total_cpython} ({percent(total_both, total_cpython)})**\n\n")
        f.write("| module | CPython passes | Pythebo passes | share |\n|---|---:|---:|---:|\n")
        for name in sorted(modules):
            c, b, timed_out = modules[name]
            note = " (timed out)" if timed_out else ""
            f.write(f"| {name}{note} | {c} | {b} | {percent(b, c)} |\n")


def percent(part, whole):
    return f"{100.0 * part / whole:.1f}%" if whole else "-"


if __name__ == "__main__":
    main()
