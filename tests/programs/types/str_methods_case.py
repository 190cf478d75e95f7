s = 'Hello, World ß ǅ'
print(s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize())
print('hello world'.title(), "they're bill's".title(), 'ABC def'.capitalize(), 'i̇'.upper(), 'ΣΑΣ'.lower())
print('abc'.isalpha(), 'ab1'.isalnum(), '123'.isdigit(), '١٢٣'.isdecimal(), '½'.isnumeric(), ' \t\n'.isspace(), ''.isspace())
print('Title Case'.istitle(), 'UPPER'.isupper(), 'lower'.islower(), 'a1'.islower(), 'id_1'.isidentifier(), '1id'.isidentifier(), 'ab\x01'.isprintable())
print('ǅ'.isupper(), 'ǅ'.istitle(), 'ß'.upper(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()))
