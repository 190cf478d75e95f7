"""Writes the expected values for the digest, MAC and Mersenne Twister cores.

CPython 3.11 is the specification: this script runs under /usr/bin/python3.11 with
PYTHONHASHSEED=0 (it re-executes itself that way) and writes tab-separated cases under
src/test/resources/org/pythebo/modules/. Byte strings are hex; inputs are not stored but
made by pattern(length, seed), which the Java tests compute the same way.

Run from the repository root:  /usr/bin/python3.11 tests/tools/digest_cases.py
"""
import hashlib
import hmac
import os
import random
import subprocess
import sys
import _blake2
import _hashlib
import _random
import _sha3

PYTHON = "/usr/bin/python3.11"
OUT = os.path.join("src", "test", "resources", "org", "pythebo", "modules")

ALGORITHMS = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512_224", "sha512_256",
              "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s", "md5-sha1",
              "ripemd160", "sm3"]
SHAKES = ["shake_128", "shake_256"]


def pattern(length, seed=0):
    """The test input: the same bytes as DigestCases.pattern in the Java tests."""
    return bytes((seed + 7 * i + ((i * i) >> 3)) & 0xFF for i in range(length))


def error_of(call):
    try:
        call()
    except Exception as e:  # the type and message are the expected values
        return type(e).__name__, str(e)
    return None


def digests(out):
    assert sorted(hashlib.algorithms_available) == sorted(ALGORITHMS + SHAKES)
    for name in ALGORITHMS + SHAKES:
        h = hashlib.new(name)
        out.append(("info", name, h.name, h.digest_size, h.block_size))
    for name in ALGORITHMS:
        for length in range(301):
            out.append(("digest", name, length, hashlib.new(name, pattern(length)).hexdigest()))
    # Large inputs fed to Java in cycling odd-sized chunks; the digest does not depend on them.
    chunk_plans = ["1,7,63,64,65,127,128,129,1000,4097", "8191,3,136,168,72,104,144", "65537"]
    for name in ALGORITHMS + SHAKES:
        for total, plan in ((1_000_003, chunk_plans[0]), (3_333_333, chunk_plans[1]), (2_500_001, chunk_plans[2])):
            h = hashlib.new(name, pattern(total, 3))
            value = h.hexdigest(77) if name in SHAKES else h.hexdigest()
            out.append(("chunked", name, total, plan, value))
    # copy() mid-stream: the original and the copy go on with different data.
    for name in ALGORITHMS + SHAKES:
        for first, second, third in ((0, 5, 9), (63, 1, 200), (64, 64, 0), (129, 300, 17), (1000, 7, 777)):
            h = hashlib.new(name, pattern(first))
            c = h.copy()
            h.update(pattern(second, 1))
            c.update(pattern(third, 2))
            if name in SHAKES:
                out.append(("copy", name, first, second, third, h.hexdigest(64), c.hexdigest(64)))
            else:
                out.append(("copy", name, first, second, third, h.hexdigest(), c.hexdigest()))
    # SHAKE: every output length 0..1000 is checked as a prefix of the 1000-byte output.
    for name in SHAKES:
        for length in (0, 1, 135, 136, 137, 167, 168, 169, 300, 1000, 5000):
            h = hashlib.new(name, pattern(length))
            full = h.digest(1000)
            assert all(h.digest(n) == full[:n] for n in range(1001))
            out.append(("shake", name, length, full.hex()))
            big = h.digest(3_000_017)
            out.append(("shakebig", name, length, len(big), hashlib.sha256(big).hexdigest()))
    # What _hashlib.new accepts as a name, and the name of what it gives.
    bases = ["md5", "sha1", "sha-1", "sha224", "sha-224", "sha2-224", "sha256", "sha-256", "sha2-256",
             "sha384", "sha-384", "sha2-384", "sha512", "sha-512", "sha2-512", "sha512_224", "sha512-224",
             "sha-512/224", "sha2-512/224", "sha512/224", "sha512_256", "sha512-256", "sha-512/256",
             "sha2-512/256", "sha3_224", "sha3-224", "sha3_256", "sha3-256", "sha3_384", "sha3-384",
             "sha3_512", "sha3-512", "shake_128", "shake128", "shake-128", "shake_256", "shake256",
             "shake-256", "blake2b", "blake2b512", "blake2b-512", "blake2s", "blake2s256", "blake2s-256",
             "md5-sha1", "md5_sha1", "ripemd160", "ripemd-160", "ripemd", "rmd160", "ripemd_160", "sm3",
             "ssl3-md5", "ssl3-sha1", "md4", "mdc2", "whirlpool", "sha", "sha2", "sha3", "blake2",
             "", " sha256", "sha256 ", "rsa-sha256", "1.2.840.113549.2.5", "1.3.14.3.2.26",
             "1.3.36.3.2.1", "1.2.156.10197.1.401", "1.3.6.1.4.1.1722.12.2.1.16",
             "1.3.6.1.4.1.1722.12.2.2.8", "2.16.840.1.101.3.4.2.13"]
    bases += ["2.16.840.1.101.3.4.2.%d" % i for i in range(1, 13)]
    candidates = []
    for base in bases:
        for variant in (base, base.upper(), base.title(), base.capitalize()):
            if variant not in candidates:
                candidates.append(variant)
    for candidate in candidates:
        try:
            h = _hashlib.new(candidate)
            out.append(("name", candidate, h.name))
        except ValueError as e:
            out.append(("name", candidate, "-", type(e).__name__, str(e)))
    # SHAKE output lengths as _hashlib (hashlib.shake_*) and _sha3 check them; only lengths
    # that fail before allocating, or are small, are tried.
    for module, shake, lengths in (("hashlib", hashlib.shake_128, (-1, -2**40, 0, 1, 1000)),
                                   ("_sha3", _sha3.shake_128, (-1, -2**40, 0, 1, 1000, 2**29, 2**40))):
        for length in lengths:
            for forhex in (False, True):
                h = shake()
                err = error_of(lambda: (h.hexdigest if forhex else h.digest)(length))
                out.append(("shakelength", module, length, int(forhex), *(err or ("-", ""))))




def blake2_params_text(params):
    parts = []
    for key, value in params.items():
        parts.append(f"{key}={value.hex() if isinstance(value, bytes) else int(value)}")
    return ";".join(parts) if parts else "-"


def blake2(out):
    for cls in (hashlib.blake2b, hashlib.blake2s):
        out.append(("blake2sizes", cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE))
    rng = random.Random(20231)
    for cls in (hashlib.blake2b, hashlib.blake2s):
        big = cls.MAX_DIGEST_SIZE
        salt = cls.SALT_SIZE
        node_max = 2**64 - 1 if big == 64 else 2**48 - 1
        fixed = [{}, {"digest_size": 1}, {"digest_size": big}, {"digest_size": big // 2 + 1},
                 {"key": b"k"}, {"key": pattern(big, 9)}, {"key": pattern(big - 1, 5)},
                 {"salt": pattern(salt, 4)}, {"salt": b"\x01"}, {"person": pattern(salt, 8)},
                 {"person": b"me"}, {"fanout": 0}, {"fanout": 255}, {"depth": 255},
                 {"leaf_size": 2**32 - 1}, {"leaf_size": 4096}, {"node_offset": node_max},
                 {"node_offset": 1}, {"node_depth": 255}, {"inner_size": big}, {"inner_size": 1},
                 {"last_node": True},
                 {"digest_size": 20, "key": b"secret", "salt": b"salty", "person": b"who",
                  "fanout": 2, "depth": 3, "leaf_size": 7, "node_offset": 11, "node_depth": 2,
                  "inner_size": 13, "last_node": True}]
        combos = list(fixed)
        for _ in range(120):
            params = {}
            if rng.random() < 0.5: params["digest_size"] = rng.randint(1, big)
            if rng.random() < 0.4: params["key"] = pattern(rng.randint(0, big), rng.randint(0, 255))
            if rng.random() < 0.4: params["salt"] = pattern(rng.randint(0, salt), rng.randint(0, 255))
            if rng.random() < 0.4: params["person"] = pattern(rng.randint(0, salt), rng.randint(0, 255))
            if rng.random() < 0.3: params["fanout"] = rng.randint(0, 255)
            if rng.random() < 0.3: params["depth"] = rng.randint(1, 255)
            if rng.random() < 0.3: params["leaf_size"] = rng.randint(0, 2**32 - 1)
            if rng.random() < 0.3: params["node_offset"] = rng.randint(0, node_max)
            if rng.random() < 0.3: params["node_depth"] = rng.randint(0, 255)
            if rng.random() < 0.3: params["inner_size"] = rng.randint(0, big)
            if rng.random() < 0.3: params["last_node"] = rng.random() < 0.5
            combos.append(params)
        for params in combos:
            for length in (0, 1, cls().block_size, 129, 1000):
                h = cls(pattern(length, 1), **params)
                out.append(("blake2", cls.__name__, blake2_params_text(params), length, h.hexdigest()))
        # The key is the first block: keyed digests across the block boundary.
        for length in range(0, 300, 7):
            h = cls(pattern(length), key=b"key!")
            out.append(("blake2", cls.__name__, "key=" + b"key!".hex(), length, h.hexdigest()))
        errors = [{"digest_size": 0}, {"digest_size": -1}, {"digest_size": big + 1}, {"digest_size": 2**31 - 1},
                  {"key": b"x" * (big + 1)}, {"salt": b"x" * (salt + 1)}, {"person": b"x" * (salt + 1)},
                  {"fanout": -1}, {"fanout": 256}, {"depth": 0}, {"depth": 256}, {"depth": -1},
                  {"leaf_size": -1}, {"leaf_size": -2**70}, {"leaf_size": 2**32}, {"leaf_size": 2**64 - 1},
                  {"leaf_size": 2**64}, {"leaf_size": 2**70}, {"node_offset": -1}, {"node_offset": 2**48},
                  {"node_offset": 2**64 - 1}, {"node_offset": 2**64}, {"node_depth": -1}, {"node_depth": 256},
                  {"inner_size": -1}, {"inner_size": big + 1},
                  {"digest_size": 0, "key": b"x" * 65, "salt": b"x" * 20},
                  {"key": b"x" * 65, "salt": b"x" * 20}, {"key": b"x" * 65, "fanout": 300},
                  {"inner_size": 100, "node_depth": 300}, {"inner_size": 100, "leaf_size": 2**33},
                  {"depth": 0, "fanout": 300}, {"depth": 0, "leaf_size": -1},
                  {"salt": b"x" * 20, "person": b"x" * 20}, {"node_offset": -1, "leaf_size": -1},
                  {"node_offset": 2**50, "leaf_size": 2**33}, {"node_offset": 2**50, "node_depth": 300},
                  {"node_offset": 2**64, "leaf_size": 2**32}, {"digest_size": 99, "leaf_size": -1}]
        for params in errors:
            err = error_of(lambda: cls(**params))
            out.append(("blake2error", cls.__name__, blake2_params_text(params), *(err or ("-", ""))))


def macs(out):
    names = ALGORITHMS
    keys = [b"", b"k", pattern(63, 1), pattern(64, 2), pattern(65, 3), pattern(127, 4), pattern(128, 5),
            pattern(129, 6), pattern(200, 7), pattern(1000, 8)]
    for name in names:
        for key in keys:
            for length in (0, 1, 64, 200, 1000):
                h = hmac.new(key, pattern(length, 11), name)
                out.append(("hmac", name, key.hex(), length, h.name, h.digest_size, h.block_size, h.hexdigest()))
        h = _hashlib.hmac_new(b"key", pattern(100), name)
        c = h.copy()
        h.update(pattern(50, 1))
        c.update(pattern(70, 2))
        out.append(("hmaccopy", name, h.hexdigest(), c.hexdigest()))
    for name in SHAKES + ["nope", "md4", "SHA256", "sha-256", "blake2s256"]:
        err = error_of(lambda: _hashlib.hmac_new(b"k", b"m", name))
        out.append(("hmacname", name, *(err or ("-", _hashlib.hmac_new(b"k", b"m", name).name))))
    for name in names:
        for password, salt, iterations, dklen in ((b"password", b"salt", 1, None), (b"password", b"salt", 2, 20),
                                                  (b"", b"", 3, 1), (pattern(200, 1), pattern(40, 2), 50, 77),
                                                  (pattern(64, 3), pattern(16, 4), 1000, None),
                                                  (b"pw", b"NaCl", 7, 300)):
            value = hashlib.pbkdf2_hmac(name, password, salt, iterations, dklen)
            out.append(("pbkdf2", name, password.hex(), salt.hex(), iterations, dklen or 0, value.hex()))
    for name, iterations, dklen in (("sha256", 0, None), ("sha256", -1, None), ("sha256", 2**31, None),
                                    ("sha256", 2**32, None), ("sha256", 2**31 - 1, 0), ("sha256", 1, 0),
                                    ("sha256", 1, -1), ("sha256", 1, 2**31), ("sha256", 1, 2**32),
                                    ("shake_128", 1, None), ("shake_256", 0, 0), ("nope", 0, None),
                                    ("md4", 1, None), ("sha1", 0, 0)):
        err = error_of(lambda: hashlib.pbkdf2_hmac(name, b"p", b"s", iterations, dklen))
        out.append(("pbkdf2error", name, iterations, dklen if dklen is not None else "-", *err))
    for password, salt, n, r, p, maxmem, dklen in ((b"", b"", 16, 1, 1, 0, 64), (b"password", b"NaCl", 1024, 8, 16, 0, 64),
                                                   (b"pw", b"salt", 2, 1, 1, 0, 64), (b"pw", b"salt", 4, 2, 3, 0, 1),
                                                   (pattern(100), pattern(30, 1), 64, 3, 2, 0, 100),
                                                   (b"x", b"y", 2**14, 8, 1, 2**24 + 2**20, 32),
                                                   (b"x", b"y", 2**17, 2, 1, 33555456, 17)):
        value = hashlib.scrypt(password, salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=dklen)
        out.append(("scrypt", password.hex(), salt.hex(), n, r, p, maxmem, dklen, value.hex()))
    M = 2**31 - 1
    for n, r, p, maxmem, dklen in ((1, 1, 1, 0, 64), (3, 1, 1, 0, 64), (0, 1, 1, 0, 64), (2, 1, 1, -1, 64),
                                   (2, 1, 1, 2**31, 64), (2, 1, 1, 0, 0), (2, 1, 1, 0, 2**31), (2, 1, 1, 0, -1),
                                   (2, 0, 1, 0, 64), (2, 1, 0, 0, 64), (2, 2**32, 1, 0, 64), (2, 2**31, 1, M, 64),
                                   (2, 1, 2**32, M, 64), (2, 1, 2**32 - 1, M, 64), (2, 2**32, 0, M, 64), (2, 0, 2**32, M, 64),
                                   (2**16, 0, 1, M, 64), (2**16, 1, 1, M, 64), (2**15, 1, 1, M, 8), (2**63, 1, 1, M, 64),
                                   (2, 1, 1, 1, 64), (2**20, 8, 1, 0, 64), (2**14, 8, 1, 2**24, 64), (2, 1, 2**30, M, 64),
                                   (2**17, 2, 1, 0, 64), (2**32, 16, 1, M, 64), (2**40, 40, 1, M, 64),
                                   (1, 0, 0, -1, 0), (3, 1, 1, 2**31, 0), (2, 1, 1, 2**31, 0), (2, 0, 1, -1, 64)):
        err = error_of(lambda: hashlib.scrypt(b"p", salt=b"s", n=n, r=r, p=p, maxmem=maxmem, dklen=dklen))
        out.append(("scrypterror", n, r, p, maxmem, dklen, *(err or ("-", ""))))
    for a, b in ((b"", b""), (b"a", b"a"), (b"a", b"b"), (b"abc", b"ab"), (b"ab", b"abc"), (pattern(100), pattern(100)),
                 (pattern(100), pattern(100, 1)), (b"\x00", b""), (b"", b"\x00")):
        out.append(("compare", a.hex(), b.hex(), int(hmac.compare_digest(a, b))))


SEEDS = [0, 1, 5, -5, 42, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**63, 2**64 - 1, 2**64, 2**64 + 1,
         12345678901234567890, 2**1000 + 17, 10**500, -(2**100),
         int.from_bytes(b"hello" + hashlib.sha512(b"hello").digest(), "big")]


def twister(out):
    for seed in SEEDS:
        r = _random.Random(seed)
        state = r.getstate()
        out.append(("state", seed, " ".join(map(str, state))))
        out.append(("random", seed, " ".join(repr(r.random()) for _ in range(700))))
        r.seed(seed)
        values = [format(r.getrandbits(k), "x") for k in range(0, 301)]
        out.append(("bits", seed, "0-300", " ".join(values)))
        for k in (1000, 4096, 10007, 65536 + 5):
            out.append(("bits", seed, k, format(r.getrandbits(k), "x")))
        out.append(("state", seed, " ".join(map(str, r.getstate()))))
    # setstate at every interesting index: the next outputs come from the given position.
    r = _random.Random(99)
    base = r.getstate()
    for index in (0, 1, 311, 623, 624):
        state = base[:-1] + (index,)
        r.setstate(state)
        out.append(("setstate", " ".join(map(str, state)), " ".join(repr(r.random()) for _ in range(5)),
                    format(r.getrandbits(100), "x")))
    # Words wider than 32 bits are cut to their low 32 bits.
    wide = (2**32 + 5,) + base[1:-1] + (0,)
    r.setstate(wide)
    out.append(("setstate", " ".join(map(str, wide)), " ".join(repr(r.random()) for _ in range(5)),
                format(r.getrandbits(100), "x")))
    for label, state in (("index -1", base[:-1] + (-1,)), ("index 625", base[:-1] + (625,)),
                         ("short", base[:-1]), ("long", base + (0,))):
        out.append(("setstateerror", label, *error_of(lambda: r.setstate(state))))
    out.append(("bitserror", -1, *error_of(lambda: r.getrandbits(-1))))


def write(filename, rows):
    path = os.path.join(OUT, filename)
    with open(path, "w", encoding="ascii") as f:
        f.write(f"# Written by tests/tools/digest_cases.py from {sys.version.split()[0]}; do not edit.\n")
        for row in rows:
            f.write("\t".join(str(x) for x in row) + "\n")
    print(f"{path}: {len(rows)} cases")


def main():
    if os.environ.get("PYTHONHASHSEED") != "0" or os.path.realpath(sys.executable) != os.path.realpath(PYTHON):
        env = dict(os.environ, PYTHONHASHSEED="0")
        sys.exit(subprocess.call([PYTHON, __file__], env=env))
    assert sys.version_info[:2] == (3, 11)
    os.makedirs(OUT, exist_ok=True)
    for filename, producer in (("digest_cases.tsv", digests), ("blake2_cases.tsv", blake2),
                               ("mac_cases.tsv", macs), ("random_cases.tsv", twister)):
        rows = []
        producer(rows)
        write(filename, rows)


if __name__ == "__main__":
    main()
