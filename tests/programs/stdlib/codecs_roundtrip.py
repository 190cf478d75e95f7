# Round trips through the Lib's encodings: the charmap codecs (cp*, iso8859_*, mac_*, koi8_*),
# the UTF family with and without BOMs, and the str/bytes methods reaching them by any alias.
import codecs

TEXT = 'Hello, World! 0123 ~'
SAMPLES = {
    'cp1252': 'café € „quoted“ — naïve',
    'cp437': 'ÇüéâäàåçêëèïîìÄÅ ░▒▓│┤ αßΓπ',
    'cp850': 'ÇüéâäàåçêëèïîìÄÅ ©®',
    'cp866': 'Привет, мир',
    'cp1251': 'Привет, мир',
    'cp1250': 'Zażółć gęślą jaźń',
    'cp1253': 'Καλημέρα κόσμε',
    'cp1254': 'Günaydın ŞİĞ',
    'cp1255': 'שלום',
    'cp1256': 'مرحبا',
    'cp1257': 'Labas rytas ąčęėįšųūž',
    'cp1258': 'Xin chào',
    'cp500': 'EBCDIC text [] {} 123',
    'cp037': 'EBCDIC ¢ text',
    'cp852': 'Žluťoučký kůň',
    'cp862': 'אב',
    'cp864': '٠١٢',
    'cp874': 'สวัสดี',
    'cp1140': '€ text',
    'koi8_r': 'Привет, мир',
    'koi8_u': 'Привіт, світ ґ',
    'kz1048': 'Сәлем',
    'mac_roman': 'café ƒ ∂ ∑ π',
    'mac_cyrillic': 'Привет',
    'mac_greek': 'Καλημέρα',
    'mac_iceland': 'Ðð Þþ',
    'mac_latin2': 'Żółw',
    'mac_turkish': 'Şş Ğğ',
    'mac_arabic': 'مرحبا',
    'hp_roman8': 'café',
    'tis_620': 'สวัสดี',
    'cp424': 'אב abc',
    'latin_1': 'café ÿ',
    'ascii': TEXT,
    'utf_8': 'naïve 日本 😀',
    'utf_8_sig': 'naïve 日本 😀',
    'utf_7': 'Hi Mom -☺-! A≢Α. 日本語 +',
    'utf_16': 'naïve 日本 😀',
    'utf_16_le': 'naïve 日本 😀',
    'utf_16_be': 'naïve 日本 😀',
    'utf_32': 'naïve 日本 😀',
    'utf_32_le': 'naïve 日本 😀',
    'utf_32_be': 'naïve 日本 😀',
}
for n in (1, 2, 5, 7, 9, 15, 16):
    if n != 12:
        SAMPLES[f'iso8859_{n}'] = TEXT

for name, text in SAMPLES.items():
    data = text.encode(name)
    back = data.decode(name)
    info = codecs.lookup(name)
    print(f'{name:14} {info.name:16} {data.hex()[:48]:48} {back == text}')
