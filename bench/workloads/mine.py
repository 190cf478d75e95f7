"""Mines a block header nonce with double SHA-256, as Bitcoin does, in pure Python.

A fixed 76-byte header prefix (version, previous hash, Merkle root, time, bits, all packed with
struct) gets each nonce in turn as its last four bytes; the first nonce whose double SHA-256,
read as a little-endian number, is below the target wins. Prints the nonce, the number of
hashes tried and the winning hash.

Usage: mine.py [ZERO_BITS] [BLOCKS]   (default 18 leading zero bits, 2 blocks)
"""
import hashlib
import struct
import sys


def header_prefix(height, previous):
    merkle = hashlib.sha256(b"block %d" % height).digest()
    return struct.pack("<I32s32sII", 0x20000000, previous, merkle, 1_700_000_000 + 600 * height, 0x1d00ffff)


def mine(prefix, target):
    sha256 = hashlib.sha256
    pack = struct.Struct("<I").pack
    nonce = 0
    while True:
        digest = sha256(sha256(prefix + pack(nonce)).digest()).digest()
        if int.from_bytes(digest, "little") < target:
            return nonce, digest
        nonce += 1


def main():
    zero_bits = int(sys.argv[1]) if len(sys.argv) > 1 else 18
    blocks = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    target = 1 << (256 - zero_bits)
    previous = bytes(32)
    for height in range(blocks):
        nonce, digest = mine(header_prefix(height, previous), target)
        print(f"block={height} nonce={nonce} hashes={nonce + 1} hash={digest[::-1].hex()}")
        previous = digest


if __name__ == "__main__":
    main()
