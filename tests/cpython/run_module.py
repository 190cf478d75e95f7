"""Runs one module of CPython's regression tests and prints the outcome of each test case.

Usage: run_module.py test_name results_file

The harness (src/test/java/org/pythebo/programs/CPythonTestSuiteTest.java) runs this under
/usr/bin/python3.11 and under Pythebo, in a fresh empty working directory, and compares. Each case
writes one line to the results file (not stdout, which the tests themselves write to) when it ends, "<outcome> <test id>", outcome being one of ok, fail, error, skip,
xfail (an expected failure) and xpass (an unexpected success); lines are flushed at once, so a
crash or a hang keeps the outcomes of the cases before it. A case with a failing subTest fails.
Errors outside any case (a module that does not import, a failing setUpClass) print as the
pseudo-case unittest reports them under.

Resources are as `python -m test` without -u gives them: none enabled, so cases that need the
network, much CPU or a GUI are skipped on both sides.
"""
import sys
import unittest


class Recorder(unittest.TestResult):
    """Keeps each case's outcome until it stops, then prints it."""

    def __init__(self, out):
        super().__init__()
        self.out = out
        self.outcomes = {}

    def emit(self, test_id, outcome):
        self.out.write(f"{outcome} {test_id}\n")
        self.out.flush()

    def set(self, test, outcome):
        test_id = test.id()
        if test_id in self.outcomes:
            if self.outcomes[test_id] in ("fail", "error"):
                return
            self.outcomes[test_id] = outcome
        else:
            # No startTest for this one (an error in a class or module fixture).
            self.emit(test_id, outcome)

    def startTest(self, test):
        super().startTest(test)
        self.outcomes[test.id()] = "ok"

    def stopTest(self, test):
        super().stopTest(test)
        outcome = self.outcomes.pop(test.id(), None)
        if outcome is not None:
            self.emit(test.id(), outcome)

    def addSuccess(self, test):
        super().addSuccess(test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.set(test, "fail")

    def addError(self, test, err):
        super().addError(test, err)
        self.set(test, "error")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.set(test, "skip")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self.set(test, "xfail")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self.set(test, "xpass")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = "fail" if issubclass(err[0], test.failureException) else "error"
            self.set(test, failed)


def main():
    name, results = sys.argv[1], sys.argv[2]
    from test import support
    support.use_resources = []
    suite = unittest.defaultTestLoader.loadTestsFromName("test." + name)
    with open(results, "w", encoding="utf-8", buffering=1) as out:
        suite.run(Recorder(out))


if __name__ == "__main__":
    main()
