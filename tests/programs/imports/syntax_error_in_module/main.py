try:
    import badsyntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename.endswith('badsyntax.py'), e.lineno, e.offset, repr(e.text))
import badsyntax
