# Process functions of os: ids, signals, waiting, posix_spawn, system, times, uname and the
# configuration values.
import os


def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", repr(f(*args, **kwargs)))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


# Only what holds on every machine: a parent or session outside a container's pid namespace reads as 0.
print("pid:", type(os.getpid()).__name__, os.getpid() > 0, os.getppid() >= 0, os.getpid() != os.getppid())
print("ids:", os.getuid() == os.geteuid(), os.getgid() == os.getegid(), type(os.getgroups()).__name__)
print("resuid:", os.getresuid() == (os.getuid(),) * 3, os.getresgid() == (os.getgid(),) * 3)
print("pgrp:", os.getpgrp() == os.getpgid(0), os.getsid(0) >= 0, os.getsid(0) == os.getsid(os.getpid()))
attempt("kill self 0", os.kill, os.getpid(), 0)
attempt("kill missing", os.kill, 2**22 + 1, 0)
attempt("kill str", os.kill, "a", 0)
attempt("kill huge", os.kill, 2**40, 0)
attempt("getpgid huge", os.getpgid, 2**40)
attempt("waitpid no child", os.waitpid, -1, os.WNOHANG)
attempt("wait no child", os.wait)

# wait statuses
for status in (0, 256, 3 << 8, 9, 0x7f | (19 << 8), 0xffff, 0x80 | 6):
    print(hex(status), os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
          os.WTERMSIG(status), os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WIFCONTINUED(status),
          os.WCOREDUMP(status))
for status in (0, 256, 9, 0x7f | (19 << 8), -1):
    attempt("exitcode %#x" % status, os.waitstatus_to_exitcode, status)
attempt("WEXITSTATUS str", os.WEXITSTATUS, "a")

# starting programs
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "exit 3"], os.environ)
wpid, status = os.waitpid(pid, 0)
print("posix_spawn:", wpid == pid, os.waitstatus_to_exitcode(status))
pid = os.posix_spawnp("sh", ["sh", "-c", "kill -9 $$"], os.environ)
print("killed child:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
r, w = os.pipe()
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "echo out; echo $PYTHEBO_TEST"], {"PYTHEBO_TEST": "from env"},
                     file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_CLOSE, r)])
os.close(w)
data = b""
while chunk := os.read(r, 100):
    data += chunk
os.close(r)
print("spawn output:", data, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
attempt("spawn missing", os.posix_spawn, "/nonexistent-pythebo", ["x"], {})
attempt("spawnp missing", os.posix_spawnp, "nonexistent-pythebo", ["x"], {})
attempt("spawn argv str", os.posix_spawn, "/bin/true", "x", {})
attempt("spawn argv empty", os.posix_spawn, "/bin/true", [], {})
attempt("spawn argv0 empty", os.posix_spawn, "/bin/true", [""], {})
attempt("spawn env int", os.posix_spawn, "/bin/true", ["x"], 5)
attempt("spawn env name", os.posix_spawn, "/bin/true", ["x"], {"a=b": "c"})
attempt("spawn actions int", os.posix_spawn, "/bin/true", ["x"], {}, file_actions=5)
attempt("spawn actions empty tuple", os.posix_spawn, "/bin/true", ["x"], {}, file_actions=[()])
attempt("spawn actions unknown", os.posix_spawn, "/bin/true", ["x"], {}, file_actions=[(99,)])
attempt("spawn close short", os.posix_spawn, "/bin/true", ["x"], {}, file_actions=[(os.POSIX_SPAWN_CLOSE,)])
attempt("spawn dup2 short", os.posix_spawn, "/bin/true", ["x"], {}, file_actions=[(os.POSIX_SPAWN_DUP2, 1)])
attempt("spawn open short", os.posix_spawn, "/bin/true", ["x"], {}, file_actions=[(os.POSIX_SPAWN_OPEN, 1, "x")])
attempt("spawn bad signal", os.posix_spawn, "/bin/true", ["x"], {}, setsigmask=[999])
print("system:", os.system("exit 5"), os.waitstatus_to_exitcode(os.system("true")))
attempt("system int", os.system, 5)

# times and the system
t = os.times()
print("times:", type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user >= 0, t[4] == t.elapsed)
u = os.uname()
print("uname:", type(u).__name__, len(u), u.sysname, u.machine != "", all(isinstance(x, str) for x in u))
print("cpu_count:", os.cpu_count() >= 1)
print("loadavg:", len(os.getloadavg()), all(x >= 0 for x in os.getloadavg()))
print("sysconf:", os.sysconf("SC_PAGESIZE") > 0, os.sysconf(os.sysconf_names["SC_PAGESIZE"]) == os.sysconf("SC_PAGE_SIZE"))
print("sysconf_names:", len(os.sysconf_names) > 100, "SC_OPEN_MAX" in os.sysconf_names)
attempt("sysconf unknown", os.sysconf, "SC_NOTHING")
attempt("sysconf float", os.sysconf, 1.5)
print("confstr:", "/bin" in os.confstr("CS_PATH"), os.confstr("CS_GNU_LIBC_VERSION").startswith("glibc"))
attempt("confstr unknown", os.confstr, "CS_NOTHING")
print("pathconf:", os.pathconf("/", "PC_NAME_MAX") == os.statvfs("/").f_namemax, os.fpathconf(0, "PC_NAME_MAX") > 0)
attempt("pathconf missing", os.pathconf, "/nonexistent-pythebo", "PC_NAME_MAX")
attempt("fpathconf bad", os.fpathconf, 99999, "PC_NAME_MAX")
print("priority:", os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0))
print("affinity:", type(os.sched_getaffinity(0)).__name__, len(os.sched_getaffinity(0)) >= 1)
attempt("affinity missing", os.sched_getaffinity, 2**22 + 1)
attempt("register_at_fork none", os.register_at_fork)
attempt("register_at_fork bad", os.register_at_fork, before=1)
attempt("register_at_fork ok", os.register_at_fork, after_in_child=print)
print("terminal size:", os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
attempt("terminal size short", os.terminal_size, (1,))
attempt("get_terminal_size pipe", os.get_terminal_size, os.pipe()[0])
print("W constants:", os.WNOHANG, os.WUNTRACED, os.WCONTINUED, os.P_PID, os.P_ALL)
