s = 'naïve café — 日本語 😀'
print(len(s), s.upper(), s[6:10], s[-1], s.encode('utf-8')[:8], len(s.encode('utf-8')))
print([hex(ord(c)) for c in '€😀日'], '\u00e9' == 'é', 'e\u0301' == 'é', len('e\u0301'))
print('😀'.isprintable(), '\u200b'.isprintable(), '日本'.isalpha(), '²'.isdigit(), '²'.isdecimal(), 'Ⅻ'.isnumeric())
print(repr('\u200b\x85\u2028'), ascii('日本'), '日本'.center(6, '*'), ''.join(reversed('日本語')))
