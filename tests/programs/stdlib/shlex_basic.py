import shlex

print(shlex.split("ls -l 'my file.txt' \"other file\" plain\\ space"))
print(shlex.split("a # comment", comments=True))
print(shlex.split("a # comment"))
print(shlex.split("echo 'it''s' \"a \\\"b\\\"\""))
print(shlex.split("  "))
print(shlex.split("x=1 y='2 3'", posix=True))
print(shlex.split("a 'b c'", posix=False))
print(shlex.quote("simple"), shlex.quote(""), shlex.quote("it's here"), shlex.quote("a b"))
print(shlex.quote("safe-@%+=:,./_chars"))
print(shlex.join(["echo", "hello world", "it's", "$HOME"]))

lex = shlex.shlex("a=b; c && d || (e)", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("foo bar, baz")
print([tok for tok in lex])
lex = shlex.shlex("one two three", posix=True)
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("a:b:c", posix=True)
lex.whitespace = ":"
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("key = 'value with spaces'", posix=True)
print(list(lex), lex.lineno)
lex = shlex.shlex("line1\nline2\nline3", posix=True)
for tok in lex:
    print(tok, lex.lineno)

for bad in ("'unterminated", 'no "closing', "trailing\\"):
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    shlex.split(None)
except ValueError as e:
    print("ValueError:", e)
try:
    shlex.shlex("x", punctuation_chars=True).whitespace_split = 1
    print(list(shlex.shlex("a;b", punctuation_chars=";")))
except Exception as e:
    print(type(e).__name__, e)
