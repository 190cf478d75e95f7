from packaging.markers import Marker
from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import InvalidVersion, Version, parse

vs = ["1.0", "1.0.post1", "1.0a1", "1.0rc2", "2.0.dev3", "1.0+local.1", "0.9", "1!0.1"]
print(sorted(vs, key=Version))
v = Version("1.2.3rc1.post2.dev4+abc")
print(v.release, v.pre, v.post, v.dev, v.local, v.public, v.base_version, v.is_prerelease, v.epoch, v.major, v.minor)
spec = SpecifierSet(">=1.0,<2.0,!=1.5.*")
print(sorted(str(s) for s in spec), "1.5.2" in spec, "1.4" in spec, list(spec.filter(vs)))
req = Requirement('requests[security,socks]>=2.8.1,==2.8.*; python_version < "3.12"')
print(req.name, sorted(req.extras), req.specifier, req.marker, req.url)
m = Marker('os_name == "posix" and python_version >= "3.8"')
print(m.evaluate({"os_name": "posix", "python_version": "3.11"}), m.evaluate({"os_name": "nt", "python_version": "3.11"}))
name, version, build, tags = parse_wheel_filename("pkg_name-1.0-py3-none-any.whl")
print(canonicalize_name("Foo.Bar_baz"), name, version, build, sorted(str(t) for t in tags))
for bad in ["1.0.x", "banana"]:
    try:
        Version(bad)
    except InvalidVersion as e:
        print("InvalidVersion:", e)
try:
    Requirement("bad req ===")
except InvalidRequirement as e:
    print("InvalidRequirement:", str(e).splitlines()[0])
print(parse("3.10") > parse("3.9"), Version("1.0") == Version("1.0.0"), hash(Version("1.0")) == hash(Version("1")))
