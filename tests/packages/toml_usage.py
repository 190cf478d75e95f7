import toml

doc = """
title = "Example"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00Z
[database]
ports = [8001, 8001, 8002]
enabled = true
ratio = 0.5
[[servers]]
name = "alpha"
[[servers]]
name = "beta"
"""
data = toml.loads(doc)
print(data["title"], data["owner"]["name"], data["owner"]["dob"].isoformat(), data["database"])
print([s["name"] for s in data["servers"]])
print(toml.dumps({"a": 1, "b": {"c": [1, 2], "d": "x\ty"}, "e": [{"f": 1}, {"f": 2}]}), end="")
try:
    toml.loads("a = ")
except toml.TomlDecodeError as e:
    print("TomlDecodeError:", e)
