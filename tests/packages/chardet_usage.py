import chardet
from chardet.universaldetector import UniversalDetector

samples = {
    "ascii": b"plain text only",
    "utf-8": "Grüße aus Köln, ça va? Ελληνικά".encode("utf-8"),
    "utf-8-sig": "\ufeffhello".encode("utf-8"),
    "utf-16": "hello world".encode("utf-16"),
    "shift_jis": "これは日本語の文章です。テストのために書かれました。".encode("shift_jis"),
    "koi8-r": "Это русский текст, написанный для проверки кодировки.".encode("koi8-r"),
}
for name, data in samples.items():
    r = chardet.detect(data)
    print(name, r["encoding"], round(r["confidence"], 2), r["language"])
det = UniversalDetector()
for line in ["Ein Satz über Äpfel und Öl.\n".encode("latin-1")] * 5:
    det.feed(line)
det.close()
print(det.result["encoding"], chardet.__version__)
print(chardet.detect_all("привет мир, как дела?".encode("cp1251"))[0]["encoding"])
