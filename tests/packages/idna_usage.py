import idna

print(idna.encode("ドメイン.テスト"), idna.decode("xn--eckwd4c7c.xn--zckzah"))
print(idna.encode("Königsgäßchen.example", uts46=True), idna.decode(b"xn--knigsgchen-b4a3dun.example"))
print("bücher.de".encode("idna"), b"xn--bcher-kva.de".decode("idna"))
print(idna.alabel("ü"), idna.ulabel("xn--tda"))
for bad in ["a..b", "-bad.com", "xn--.com", "a" * 64 + ".com", "☃-⌘.com"]:
    try:
        idna.encode(bad)
    except idna.IDNAError as e:
        print(type(e).__name__, e)
print(idna.uts46_remap("ÉCOLE.fr"), idna.valid_label_length("a" * 63), idna.check_bidi("abc"))
