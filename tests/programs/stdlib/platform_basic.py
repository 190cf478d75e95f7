import platform
import sys

print(platform.python_implementation() in ("CPython", "Pythebo"))
print(platform.python_version(), platform.python_version_tuple())
print(type(platform.python_build()).__name__, len(platform.python_build()))
print(type(platform.python_compiler()).__name__, type(platform.python_branch()).__name__)
print(type(platform.system()).__name__, platform.system() == "Linux")
u = platform.uname()
print(type(u).__name__, len(u), u._fields, u.system == platform.system(), u.machine == platform.machine())
print(u.node == platform.node(), u.release == platform.release(), u.version == platform.version())
print(isinstance(platform.platform(), str), platform.platform(terse=True).startswith("Linux"))
print(isinstance(platform.architecture(), tuple), platform.architecture()[0] in ("64bit", "32bit"))
print(isinstance(platform.processor(), str))
try:
    platform.libc_ver(executable="/nonexistent/file")
except OSError as e:
    print(type(e).__name__, e.errno)
lib, version = platform.libc_ver()
print(lib, type(version).__name__)
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver()[:2])
print(platform.win32_edition(), platform.win32_is_iot())
print(platform.system_alias("SunOS", "5.8", "x"), platform.system_alias("Linux", "6", "v"))
rel = platform.freedesktop_os_release()
print(isinstance(rel, dict), "ID" in rel, "NAME" in rel)
print(platform._comparable_version("1.2.3") < platform._comparable_version("1.10"))
print(platform._platform("Linux", "6.1", "", "x86_64"))
print(sys.version_info[:2] == tuple(int(x) for x in platform.python_version_tuple()[:2]))
