# pytest runs a small project with a fixture, parametrized tests, a skip, an xfail and one failing
# assertion whose rewritten message shows both dicts; the run's duration is taken out.
import contextlib
import io
import re
import sys

import pytest

out = io.StringIO()
with contextlib.redirect_stdout(out):
    status = pytest.main(["-p", "no:cacheprovider", "-q", "pytest_project"])
print(re.sub(r" in \d+\.\d+s", " in <time>", out.getvalue()), end="")
print("exit status:", int(status))
print("is ExitCode.TESTS_FAILED:", status == pytest.ExitCode.TESTS_FAILED)
sys.exit(int(status) != 1)
