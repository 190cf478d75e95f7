# os.environ over posix.environ, putenv and unsetenv, and what child processes inherit.
import os

print(type(os.environ).__name__, type(os.environb).__name__)
print("PATH" in os.environ, b"PATH" in os.environb, os.environ["PATH"] == os.environb[b"PATH"].decode())
print(os.getenv("PYTHEBOTEST_NOT_SET"), os.getenv("PYTHEBOTEST_NOT_SET", "default"))
os.environ["PYTHEBOTEST_VAR"] = "value é"
print(os.environ["PYTHEBOTEST_VAR"], os.environb[b"PYTHEBOTEST_VAR"], os.getenv("PYTHEBOTEST_VAR"))
print(os.system('test "$PYTHEBOTEST_VAR" = "value é"'))
os.environb[b"PYTHEBOTEST_BYTES"] = b"\xff\xfe"
print(repr(os.environ["PYTHEBOTEST_BYTES"]))
del os.environ["PYTHEBOTEST_VAR"]
print("PYTHEBOTEST_VAR" in os.environ, os.system('test -z "$PYTHEBOTEST_VAR"'))
print(os.environ.pop("PYTHEBOTEST_BYTES"), os.environ.pop("PYTHEBOTEST_BYTES", "gone"))
os.environ.setdefault("PYTHEBOTEST_DEFAULT", "d")
print(os.environ["PYTHEBOTEST_DEFAULT"], os.environ.copy()["PYTHEBOTEST_DEFAULT"])
try:
    os.environ["A=B"] = "x"
except ValueError as e:
    print("ValueError", e)
try:
    os.environ[""] = "x"
except OSError as e:
    print(type(e).__name__, e)
try:
    os.environ["X"] = "a\0b"
except ValueError as e:
    print("ValueError", e)
try:
    os.environ[1] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    os.putenv(1, "x")
except TypeError as e:
    print("TypeError", e)
try:
    os.unsetenv("A=B")
except OSError as e:
    print(type(e).__name__, e)
os.putenv("PYTHEBOTEST_PUT", "p")
print("putenv not in environ:", "PYTHEBOTEST_PUT" in os.environ, os.system('test "$PYTHEBOTEST_PUT" = p'))
os.unsetenv("PYTHEBOTEST_PUT")
print(os.system('test -z "$PYTHEBOTEST_PUT"'))
os.environ["HOME"] = "/home/pythebo-test"
print(os.path.expanduser("~"), os.path.expanduser("~/x"))
print(all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in __import__("posix").environ.items()))
print(sorted(k for k in os.environ if k.startswith("PYTHEBOTEST_")))
