# pwd, grp and resource: the user and group databases, limits and usage.
import grp
import os
import pwd
import resource


def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", repr(f(*args, **kwargs)))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


root = pwd.getpwuid(0)
print(root, root.pw_name, root[0], len(root), type(root).__name__)
print(pwd.getpwnam("root") == root, any(p.pw_uid == 0 for p in pwd.getpwall()))
print(pwd.struct_passwd.__module__, pwd.struct_passwd.n_fields, pwd.struct_passwd.__match_args__)
attempt("getpwnam missing", pwd.getpwnam, "no-such-user-pythebo")
attempt("getpwnam int", pwd.getpwnam, 5)
attempt("getpwnam bytes", pwd.getpwnam, b"root")
attempt("getpwnam nul", pwd.getpwnam, "a\0")
attempt("getpwuid missing", pwd.getpwuid, 99999)
attempt("getpwuid -1", pwd.getpwuid, -1)
attempt("getpwuid str", pwd.getpwuid, "a")
attempt("getpwuid huge", pwd.getpwuid, 2**40)
g = grp.getgrgid(0)
print(g, g.gr_name, type(g.gr_mem).__name__, grp.getgrnam("root") == g)
print(any(x.gr_gid == 0 for x in grp.getgrall()), grp.struct_group.__match_args__)
attempt("getgrnam missing", grp.getgrnam, "no-such-group-pythebo")
attempt("getgrnam int", grp.getgrnam, 5)
attempt("getgrgid missing", grp.getgrgid, 99999)
attempt("getgrgid str", grp.getgrgid, "a")
attempt("getgrgid float", grp.getgrgid, 1.5)
attempt("getgrgid huge", grp.getgrgid, 2**40)
attempt("getgrgid keyword", grp.getgrgid, id=0)

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print("nofile:", soft > 0, hard >= soft)
resource.setrlimit(resource.RLIMIT_CORE, resource.getrlimit(resource.RLIMIT_CORE))
print("prlimit:", resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
attempt("getrlimit bad", resource.getrlimit, 99)
attempt("getrlimit str", resource.getrlimit, "a")
attempt("setrlimit short", resource.setrlimit, resource.RLIMIT_CORE, (1,))
attempt("setrlimit int", resource.setrlimit, resource.RLIMIT_CORE, 5)
attempt("setrlimit huge", resource.setrlimit, resource.RLIMIT_CORE, (2**70, 1))
attempt("setrlimit above hard", resource.setrlimit, resource.RLIMIT_NOFILE, (hard + 1, hard))
attempt("getrusage bad", resource.getrusage, 99)
u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, len(u), u.ru_utime >= 0, isinstance(u.ru_maxrss, int), u[2] == u.ru_maxrss)
print(resource.struct_rusage.__module__, resource.struct_rusage.n_fields, resource.getpagesize())
print(resource.RLIM_INFINITY, resource.RLIMIT_NOFILE, resource.RUSAGE_CHILDREN, resource.error is OSError)
pid = os.posix_spawn("/bin/true", ["true"], os.environ)
wpid, status, usage = os.wait4(pid, 0)
print("wait4:", wpid == pid, status, type(usage).__name__)
