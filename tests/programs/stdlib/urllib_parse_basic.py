from urllib.parse import (urlparse, urlunparse, urlsplit, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs,
                          parse_qsl, quote_from_bytes, unquote_to_bytes)
import urllib.parse

u = urlparse("https://user:pw@www.example.com:8080/path/to;params?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(u.geturl(), urlunparse(u))
print(u._replace(scheme="http", fragment="").geturl())
s = urlsplit("http://[::1]:80/a/b?x=y#z")
print(s, s.hostname, s.port)
print(urlunsplit(("ftp", "host", "/f.txt", "", "")))
print(urlparse("//netloc/only"), urlparse("relative/path?x"), urlparse("mailto:a@b.c"))
print(urlparse("HTTP://Example.COM/").hostname, urlparse("http://h/").port)
print(urlsplit(b"http://bytes.example/p"))

for base, ref in [("http://a/b/c/d;p?q", "g"), ("http://a/b/c/d;p?q", "../g"), ("http://a/b/c/d;p?q", "//g"),
                  ("http://a/b/c/d;p?q", "?y"), ("http://a/b/c/d;p?q", "#s"), ("http://a/b/c/d;p?q", "../../../g"),
                  ("http://a/b/", "https://other/x"), ("http://a/b", "")]:
    print(urljoin(base, ref))
print(urldefrag("http://a/b#frag"), urldefrag("http://a/b"))

print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c=d/e"), quote(b"\x00\xff"))
print(unquote("a%20b%2Fc%C3%A9"), unquote_plus("a+b%2B"), unquote("%E9", encoding="latin-1"), unquote("%zz"))
print(quote_from_bytes(b"abc def"), unquote_to_bytes("a%20%ff"))
print(urlencode({"a": 1, "b": "x y", "c": "é"}), urlencode([("k", "v1"), ("k", "v2")]))
print(urlencode({"list": [1, 2]}, doseq=True), urlencode({"s": "a/b"}, safe="/"), urlencode({"q": "a b"}, quote_via=quote))
print(parse_qs("a=1&a=2&b=x+y&c="), parse_qs("c=&d", keep_blank_values=True))
print(parse_qsl("a=1&b=%20two&b=3"), parse_qsl("x=1;y=2", separator=";"))
print(urllib.parse.urlsplit("http://example.com:65535/").port)

for bad in ["http://host:99999/", "http://host:abc/", "http://[::1/"]:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print("ValueError:", e)
try:
    parse_qs("a=1&b=2", max_num_fields=1)
except ValueError as e:
    print("ValueError:", e)
try:
    parse_qsl("a=1", strict_parsing=True, separator="")
except ValueError as e:
    print("ValueError:", e)
try:
    parse_qsl("abc", strict_parsing=True)
except ValueError as e:
    print("ValueError:", e)
try:
    quote(123)
except TypeError as e:
    print("TypeError:", e)
try:
    urlencode("not a mapping")
except TypeError as e:
    print("TypeError:", e)
try:
    urljoin("http://a/", b"b")
except TypeError as e:
    print("TypeError:", e)
