import iniconfig

text = """
[pytest]
addopts = -q
    --strict
minversion = 7.0

# comment
[section two]
key = value
empty =
"""
ini = iniconfig.IniConfig("setup.cfg", data=text)
print([s.name for s in ini], "pytest" in ini, ini["pytest"]["addopts"], ini.get("pytest", "minversion", convert=float))
print(list(ini["section two"].items()), ini.lineof("section two", "key"), ini.get("nope", "x", default="dflt"))
try:
    iniconfig.IniConfig("bad.ini", data="key = outside")
except iniconfig.ParseError as e:
    print("ParseError:", e)
try:
    iniconfig.IniConfig("dup.ini", data="[a]\n[a]\n")
except iniconfig.ParseError as e:
    print("ParseError:", e)
