import io
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d:%(message)s")
logging.debug("debug %s", "message")
logging.info("info %d items", 3)
logging.warning("warning")
logging.error("error: %r", {"k": 1})
logging.critical("critical")
logging.log(25, "level 25")
print(logging.getLevelName(25), logging.getLevelName("INFO"), logging.getLevelName(logging.WARN))
logging.addLevelName(25, "NOTICE")
logging.log(25, "now named")

log = logging.getLogger("app.sub")
print(log.name, log.parent.name, log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))
print(logging.getLogger("app.sub") is log, logging.getLogger("app").getChild("sub") is log)
print(repr(log), repr(logging.getLogger()))

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("[%(name)s] %(levelname)-8s %(message)s"))
handler.setLevel(logging.INFO)
app = logging.getLogger("app")
app.addHandler(handler)
app.propagate = False
app.setLevel(logging.DEBUG)
log.debug("hidden by handler level")
log.info("shown %s", "once")
log.warning("warned")
print(repr(stream.getvalue()))


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


app.addFilter(OnlyEven())
for i in range(4):
    app.info("number %d", i)
print(stream.getvalue().splitlines()[-2:])
app.filters.clear()

try:
    1 / 0
except ZeroDivisionError:
    app.exception("failed")
lines = stream.getvalue().splitlines()
print(lines[-4:])

stream.truncate(0)
stream.seek(0)
fmt = logging.Formatter("{levelname}|{name}|{message}", style="{")
handler.setFormatter(fmt)
app.error("brace style")
handler.setFormatter(logging.Formatter("$levelname $message", style="$"))
app.error("dollar style")
adapter = logging.LoggerAdapter(app, {"user": "bob"})
handler.setFormatter(logging.Formatter("%(user)s %(message)s"))
adapter.warning("adapted")
app.warning("extra %s", "arg", extra={"user": "ann"})
print(stream.getvalue().splitlines())

record = logging.LogRecord("rec", logging.INFO, "/x/path.py", 10, "msg %s %s", ("a", "b"), None)
print(record.getMessage(), record.levelname, record.filename, record.module, record.lineno)
print(logging.Formatter("%(name)s-%(levelno)s-%(pathname)s").format(record))
print(logging.Formatter().format(record))

bad = io.StringIO()
orig = sys.stderr
sys.stderr = bad
logging.lastResort
app.error("bad format %d", "x")
sys.stderr = orig
print(bad.getvalue().splitlines()[0], bad.getvalue().splitlines()[-2:])

root_handler = logging.getLogger().handlers[0]
logging.getLogger("quiet").propagate = True
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error passes")
logging.disable(logging.NOTSET)
logging.getLogger().removeHandler(root_handler)

for bad_call in [lambda: logging.Formatter("%(x)s", style="?"), lambda: logging.getLogger().setLevel("NOPE"),
                 lambda: logging.Formatter("no fields", style="{", validate=True),
                 lambda: logging.getLogger(5), lambda: logging.getLevelName(77)]:
    try:
        print(bad_call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
logging.shutdown()
