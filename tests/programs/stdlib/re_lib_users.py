# Lib modules that do their work with re: string.Template, textwrap, html, difflib,
# urllib.parse, ipaddress and the tokenizing in email-like header parsing done by hand.
import difflib
import html
import ipaddress
import re
import string
import textwrap
import urllib.parse

t = string.Template('$who likes ${what}; $$ is a dollar')
print(t.substitute(who='tim', what='kung pao'))
print(t.safe_substitute(who='tim'))
try:
    string.Template('$who and $').substitute(who='x')
except ValueError as e:
    print('ValueError', e)
print(t.get_identifiers(), t.is_valid())

text = ('The Zen of Python, by Tim Peters. Beautiful is better than ugly. Explicit is '
        'better than implicit. Simple is better than complex.')
print(textwrap.fill(text, width=30))
print(textwrap.wrap('a-very-long-hyphenated-word and more', width=10))
print(repr(textwrap.dedent('    x\n      y\n    z\n')))
print(textwrap.indent('one\n\ntwo\n', '> '))
print(textwrap.shorten('Hello  world!  How are you?', width=15))

print(html.escape('<a href="x">&\'</a>'))
print(html.unescape('&lt;p&gt; &amp;amp; &#39; &#x41; &eacute; &notanentity; &copy'))

a = ['one', 'two', 'three', 'four']
b = ['one', 'tree', 'three', 'five']
print(list(difflib.unified_diff(a, b, lineterm='')))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(list(difflib.ndiff(['abcde\n'], ['abxde\n'])))

u = urllib.parse.urlsplit('https://user:pw@example.com:8080/p/a/t/h;x?q=1&r=2#frag')
print(u, u.port, u.hostname)
print(urllib.parse.parse_qsl('a=1&b=%20x&c=&d=4', keep_blank_values=True))
print(urllib.parse.unquote('%E2%82%AC%20x'), urllib.parse.unquote_plus('a+b%2Bc'))
print(urllib.parse.urljoin('http://a/b/c/d;p?q', '../g'))

print(ipaddress.ip_address('192.168.0.1'), ipaddress.ip_network('10.0.0.0/30').num_addresses)
print(ipaddress.IPv6Address('2001:db8::1').exploded)
try:
    ipaddress.ip_address('1.2.3.999')
except ValueError as e:
    print('ValueError', e)

print(re.sub(r'(?m)^(\w+):\s*(.*)$', r'\2 <- \1', 'From: a@b\nTo: c@d'))
