import tomli

data = tomli.loads("""
[project]
name = "demo"
version = "1.0"
dependencies = ["a>=1", "b"]
[tool.x]
inline = { k = 1, nested = { z = 2.5 } }
dates = [1979-05-27, 07:32:00]
big = 0xDEAD_BEEF
multi = '''
line one
line two'''
""")
print(data)
for bad in ["a = 1\na = 2", "[x]\n[x]", "k = 'unterminated", "k = 01"]:
    try:
        tomli.loads(bad)
    except tomli.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)
