# The errno module: its constants, errorcode, and the OSError subclasses they select.
import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK, errno.EDEADLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK])
print(len(errno.errorcode), len([n for n in dir(errno) if n.startswith("E")]))
print(sorted(errno.errorcode)[:10], max(errno.errorcode))
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(type(errno.errorcode).__name__, errno.__name__)
for name in ("EPERM", "ENOENT", "ESRCH", "EINTR", "ECHILD", "EAGAIN", "EACCES", "EEXIST", "ENOTDIR", "EISDIR",
             "EPIPE", "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET", "ECONNABORTED", "EINPROGRESS", "EALREADY",
             "ESHUTDOWN", "EINVAL", "ENOSPC"):
    code = getattr(errno, name)
    e = OSError(code, os.strerror(code), "file")
    print(name, code, type(e).__name__, e.errno, e.strerror, e.filename, str(e))
print(list(errno.errorcode.items())[:5])
