import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.urn)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID(hex="12345678123456781234567812345678") == u)
print(uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678") == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u)
print(uuid.UUID(int=u.int) == u, uuid.UUID(int=0), uuid.UUID(int=2 ** 128 - 1))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://example.com/").version, uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3").variant)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
r = uuid.uuid4()
print(r.version, r.variant == uuid.RFC_4122, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, isinstance(t.node, int), uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc)
a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
print(a < b, sorted([b, a]) == [a, b], hash(a) == hash(uuid.UUID(int=1)), int(b), str(a))
print(uuid.UUID(int=5, version=4), uuid.UUID(u.hex).is_safe)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print({u: "x"}[uuid.UUID(str(u))])
import copy, pickle
print(copy.copy(u) == u, copy.deepcopy(u) == u, pickle.loads(pickle.dumps(u)) == u)

for kwargs in [{}, {"hex": "123"}, {"hex": "x" * 32}, {"bytes": b"short"}, {"bytes_le": b"1" * 15},
               {"fields": (1, 2, 3)}, {"int": -1}, {"int": 2 ** 128}, {"hex": u.hex, "int": 1},
               {"int": 1, "version": 9}, {"fields": (2 ** 32, 0, 0, 0, 0, 0)}]:
    try:
        uuid.UUID(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    u.hex = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    u < 5
except TypeError as e:
    print("TypeError:", e)
