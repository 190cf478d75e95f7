import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world", width=11, placeholder="..."))
print(repr(textwrap.dedent("""\
    def f():
        return 1
    """)))
print(repr(textwrap.dedent("  a\n\n    b\n  c")))
print(repr(textwrap.indent("one\ntwo\n\nthree\n", "> ")))
print(repr(textwrap.indent("one\n  \ntwo", "+ ", lambda line: True)))

w = textwrap.TextWrapper(width=20, break_long_words=False, max_lines=3, placeholder=" [..]")
print(w.wrap("supercalifragilisticexpialidocious is a long word and the rest follows here"))
w = textwrap.TextWrapper(width=10, break_on_hyphens=True)
print(w.wrap("a well-known, long-winded and multi-hyphenated text"))
w = textwrap.TextWrapper(width=15, expand_tabs=True, tabsize=4, replace_whitespace=True)
print(w.wrap("col1\tcol2\tcol3\nnext line"))
w = textwrap.TextWrapper(width=12, drop_whitespace=False)
print(w.wrap("  leading and trailing   "))
w = textwrap.TextWrapper(width=30, fix_sentence_endings=True)
print(w.fill("One sentence. Two sentences.  Three!  And Mr. Smith."))
print(textwrap.wrap("", width=10))
print(textwrap.wrap("   ", width=10))
print(textwrap.wrap("abcdefghijklmnop", width=5))

for bad in (0, -1):
    try:
        textwrap.wrap("some text", width=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.shorten("some long text here", width=5, placeholder=" [...more...]")
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.TextWrapper(width=4, max_lines=2, placeholder="  [...]").wrap("a b c d e f g")
except ValueError as e:
    print("ValueError:", e)
