import io
import token
import tokenize

source = '''def add(a, b=2):
    """Doc."""
    return a + b  # comment

x = [1, 2.5, 0x1f, 3j, 'str', f"f{x}", b'raw']
if x:
    print(add(*x[:2]), x @ y, x ** -1, ...)
'''
for tok in tokenize.generate_tokens(io.StringIO(source).readline):
    print(tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)

toks = list(tokenize.tokenize(io.BytesIO(source.encode()).readline))
print(toks[0].type == tokenize.ENCODING, toks[0].string, len(toks))
print(tokenize.untokenize(toks).decode() == source)
print(tokenize.untokenize([(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO("a=1\n").readline)]))
t = toks[5]
print(t, t.exact_type == token.LPAR, token.tok_name[t.exact_type])
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"").readline))
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(token.NAME), token.ISEOF(token.ENDMARKER))
print(token.EXACT_TOKEN_TYPES["+="], token.tok_name[token.PLUSEQUAL], token.OP, token.NT_OFFSET)
ops = [tokenize.tok_name[t.exact_type] for t in tokenize.generate_tokens(io.StringIO("a += b // c ** d != e -> f := g\n").readline)
       if t.type == token.OP]
print(ops)
for t in tokenize.generate_tokens(io.StringIO("s = '''multi\nline'''\n\\\n  y\n").readline):
    print(tokenize.tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line))

for bad in ["def f(:\n  x = (1,\n", "'unterminated\n", "  indented\n dedent\n"]:
    try:
        for t in tokenize.generate_tokens(io.StringIO(bad).readline):
            pass
        print("no error", tokenize.tok_name[t.type])
    except (tokenize.TokenError, IndentationError, SyntaxError) as e:
        print(type(e).__name__ + ":", e.args)
try:
    tokenize.detect_encoding(io.BytesIO(b"# coding: nonsense\n").readline)
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbf# coding: latin-1\n").readline)
except SyntaxError as e:
    print("SyntaxError:", e)
