# \N{...} escapes in patterns, which the Lib's parser looks up in unicodedata.
import re


def show(label, f):
    try:
        print(label, '->', ascii(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


show('name', lambda: re.findall(r'\N{GREEK SMALL LETTER ALPHA}+', 'ααβ'))
show('name in class', lambda: re.findall(r'[\N{DIGIT ONE}-\N{DIGIT THREE}]', '0123'))
show('name ignorecase', lambda: re.findall(r'(?i)\N{LATIN SMALL LETTER E WITH ACUTE}', 'éÉ'))
show('bad name', lambda: re.compile(r'\N{NO SUCH NAME}'))
show('missing brace', lambda: re.compile(r'\N{DIGIT ONE'))
show('bytes', lambda: re.compile(rb'\N{DIGIT ONE}'))
