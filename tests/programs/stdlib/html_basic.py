# html: escape and unescape (named, numeric and invalid character references), and the
# HTMLParser event stream for ordinary documents.
import html
from html.parser import HTMLParser
import html.entities

print(html.escape('<a href="x">Tom & Jerry\'s</a>'))
print(html.escape('<a href="x">\'q\'</a>', quote=False))
print(html.escape(''))
for s in ['&lt;p&gt;', '&amp;amp;', '&quot;x&quot; &#39;y&#39;', '&#65;&#x42;&#X43;', '&copy; 2024 &eacute;t&eacute;',
          '&notit; &notin;', '&amp', '&ampx', '&#0;', '&#x110000;', '&#128;', '&#xD800;', '&#1114111;', '&unknown;', 'no refs',
          '&#;', '&#x;', '&lt', '&LT;', '&gt;&GT', '&#65', '&#00065;', '&#x0000041;', '&nbsp;|', '&Aacute;&aacute']:
    print(repr(s), '->', ascii(html.unescape(s)))
print(html.entities.name2codepoint['amp'], html.entities.codepoint2name[60], html.entities.html5['gt;'], len(html.entities.html5) > 2000)


class Collector(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, attrs)

    def handle_endtag(self, tag):
        print('end', tag)

    def handle_startendtag(self, tag, attrs):
        print('startend', tag, attrs)

    def handle_data(self, data):
        print('data', repr(data))

    def handle_comment(self, data):
        print('comment', repr(data))

    def handle_entityref(self, name):
        print('entityref', name)

    def handle_charref(self, name):
        print('charref', name)

    def handle_decl(self, decl):
        print('decl', repr(decl))

    def handle_pi(self, data):
        print('pi', repr(data))


doc = '''<!DOCTYPE html>
<html><head><title>T &amp; Q</title></head>
<body class="main" id=b1 data-x='1' hidden>
<!-- a comment -->
<p>Hello <b>world</b>&#33; &copy; &nbsp;</p>
<img src="a.png" alt="A &quot;pic&quot;"/>
<br>
<script>if (a < b && c > d) { x = "</p>"; }</script>
<?xml version="1.0"?>
<UL><LI>One<LI>Two</UL>
</body></html>'''
p = Collector()
p.feed(doc)
p.close()
print('---')
p2 = Collector(convert_charrefs=False)
p2.feed('<p>a &amp; b &#65; &#x42;</p>')
p2.close()
print('--- chunks')
p3 = Collector()
for chunk in ['<di', 'v cla', 'ss="x">te', 'xt</d', 'iv>']:
    p3.feed(chunk)
p3.close()
print(p3.getpos(), p3.get_starttag_text())


class TextOnly(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


t = TextOnly()
t.feed('<p>One &amp; <i>two</i></p><p>three&hellip;</p>')
t.close()
print(ascii(''.join(t.parts)))
try:
    html.escape(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    html.unescape(None)
except Exception as e:
    print(type(e).__name__, e)
