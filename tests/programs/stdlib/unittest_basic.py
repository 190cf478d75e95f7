import io
import unittest


class Arithmetic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = [1, 2, 3]

    def setUp(self):
        self.value = 10

    def tearDown(self):
        self.value = None

    def test_equal(self):
        self.assertEqual(self.value + 5, 15)
        self.assertNotEqual(self.value, 11)

    def test_truth(self):
        self.assertTrue(self.shared)
        self.assertFalse([])
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(2, self.shared)
        self.assertNotIn(5, self.shared)
        self.assertIs(True, True)
        self.assertIsInstance(1, int)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")
        self.assertRaises(KeyError, {}.__getitem__, "k")
        with self.assertRaisesRegex(ValueError, r"invalid literal"):
            int("x")

    def test_almost_and_collections(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertListEqual([1], [1])
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)
        self.assertRegex("hello world", r"w.rld")

    def test_fail_equal(self):
        self.assertEqual([1, 2, 3], [1, 5, 3])

    def test_fail_dict(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3}, "dicts differ")

    def test_fail_multiline(self):
        self.assertEqual("one\ntwo\nthree\n", "one\nTWO\nthree\n")

    def test_error(self):
        raise KeyError("boom")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.skipIf(True, "condition true")
    def test_skip_if(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 3)

    def test_warns_and_logs(self):
        import warnings, logging
        with self.assertWarns(DeprecationWarning):
            warnings.warn("old", DeprecationWarning)
        with self.assertLogs("demo", level="INFO") as logs:
            logging.getLogger("demo").info("logged %d", 1)
        self.assertEqual(logs.output, ["INFO:demo:logged 1"])


def summarize(result):
    print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
          "skipped", len(result.skipped), "expected", len(result.expectedFailures),
          "unexpected", len(result.unexpectedSuccesses), "ok", result.wasSuccessful())


loader = unittest.TestLoader()
suite = loader.loadTestsFromTestCase(Arithmetic)
print(suite.countTestCases(), loader.getTestCaseNames(Arithmetic))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
summarize(result)
out = stream.getvalue()
out = "\n".join(line for line in out.splitlines() if not line.startswith("Ran "))
print(out)

case = Arithmetic("test_equal")
print(case.id(), case.shortDescription(), str(case).split(" ")[0], repr(case))
r = unittest.TestResult()
Arithmetic("test_error").run(r)
print(len(r.errors), r.errors[0][0].id(), r.errors[0][1].splitlines()[-1])
tc = unittest.TestCase()
for f in [lambda: tc.assertEqual(1, 2), lambda: tc.assertTrue(0, "custom msg"), lambda: tc.assertIn("x", "abc"),
          lambda: tc.assertIsInstance("s", int), lambda: tc.assertAlmostEqual(1.0, 1.1),
          lambda: tc.assertSetEqual({1}, {2}), lambda: tc.assertTupleEqual((1,), (1, 2)),
          lambda: tc.assertRaises(ValueError, int, "1"), lambda: tc.fail("explicit")]:
    try:
        f()
    except AssertionError as e:
        print("AssertionError:", e)
import contextlib
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        unittest.main(module=None, argv=["prog", "--bogus"], exit=False)
    except SystemExit as e:
        print("SystemExit", e.code)
print(err.getvalue())
