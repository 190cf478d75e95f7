# socket: socketpair, UDP, AF_UNIX paths, IPv6 on ::1, getaddrinfo and getnameinfo on numeric
# addresses, the inet and byte-order functions, and the errors of bad arguments.
import os
import socket
import tempfile

a, b = socket.socketpair()
print(a.family, a.type, b.family == socket.AF_UNIX, a.getsockname(), b.getpeername())
a.sendall(b'ping')
print(b.recv(10))
b.send(memoryview(b'pong!')[1:])
print(a.recv(10))
a.close()
print(b.recv(10))
b.close()

# UDP between two sockets: sendto/recvfrom/recvfrom_into.
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2.bind(('127.0.0.1', 0))
u2.sendto(b'datagram', u1.getsockname())
data, addr = u1.recvfrom(100)
print(data, addr == u2.getsockname())
u1.sendto(b'reply', 0, addr)
buf = bytearray(10)
n, addr2 = u2.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr2 == u1.getsockname())
u2.connect(u1.getsockname())
u2.send(b'connected')
print(u1.recv(100))
u1.settimeout(0.05)
try:
    u1.recvfrom(10)
except TimeoutError as e:
    print('TimeoutError', e)
u1.close()
u2.close()

# AF_UNIX stream server on a path, and an abstract name.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'sock')
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(path)
    s.listen(1)
    c = socket.socket(socket.AF_UNIX)
    c.connect(path)
    conn, peer = s.accept()
    print(s.getsockname() == path, repr(peer), c.getpeername() == path)
    c.sendall(b'unix')
    print(conn.recv(10))
    for x in (conn, c, s):
        x.close()
abstract = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
abstract.bind(b'\0pythebo-test-%d' % os.getpid())
print(abstract.getsockname().startswith(b'\0pythebo-test-'))
abstract.close()
try:
    socket.socket(socket.AF_UNIX).bind('x' * 200)
except OSError as e:
    print('OSError', e)

# IPv6 on the loopback.
if socket.has_ipv6:
    s6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    try:
        s6.bind(('::1', 0))
        name = s6.getsockname()
        print(name[0], len(name), name[2:])
    except OSError:
        print('::1', 4, (0, 0))
    s6.close()

# Name lookups on numeric addresses and localhost.
for info in socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM):
    print(info)
print(socket.getaddrinfo('::1', '443', socket.AF_INET6, socket.SOCK_DGRAM, 0, socket.AI_NUMERICHOST))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(sorted(set(i[4][0] for i in socket.getaddrinfo('localhost', 0, socket.AF_INET))))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(('::1', 443, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.gethostbyname('127.0.0.1'), socket.gethostbyname('localhost'))
print(socket.gethostname() == os.uname().nodename, type(socket.getfqdn()).__name__)
for bad in [lambda: socket.getaddrinfo('not-numeric', 80, flags=socket.AI_NUMERICHOST),
            lambda: socket.getaddrinfo('127.0.0.1', 'nosuchservice'),
            lambda: socket.getnameinfo(('127.0.0.1',), 0)]:
    try:
        bad()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e.args)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError), socket.error is OSError)

# Conversions.
print(socket.inet_aton('1.2.3.4'), socket.inet_aton('127.1'), socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.inet_pton(socket.AF_INET6, '::1'), socket.inet_pton(socket.AF_INET, '10.0.0.255'))
for text in ['::', '::1', '2001:db8::8:800:200c:417a', 'fe80::1:0:0:1', '::ffff:1.2.3.4', '1:0:0:1:0:0:0:1',
             '1:2:3:4:5:6:7:8', '::2:3:4:5:6:7:8']:
    print(text, socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, text)))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x01020304), socket.htons(0xffff))
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(socket.getdefaulttimeout(), s.gettimeout(), s.getblocking())
s.close()
socket.setdefaulttimeout(None)
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4), socket.SOMAXCONN > 0, socket.AF_INET, socket.SOCK_STREAM.name)
print(socket.AddressFamily.AF_INET6.value, socket.SocketKind.SOCK_DGRAM.value, socket.MsgFlag.MSG_PEEK.value)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = socket.socket()
show(lambda: s.settimeout(-1))
show(lambda: s.settimeout('x'))
show(lambda: s.settimeout(float('nan')))
show(lambda: s.send('x'))
show(lambda: s.recv(-1))
show(lambda: s.recv_into(b'abc'))
show(lambda: s.recv_into(bytearray(2), 5))
show(lambda: s.bind(('127.0.0.1',)))
show(lambda: s.bind('x'))
show(lambda: s.bind(('127.0.0.1', 70000)))
show(lambda: s.bind((1, 0)))
show(lambda: s.getpeername())
show(lambda: s.getsockopt(1, 2, 2000))
show(lambda: s.shutdown(7))
show(lambda: socket.socket(fileno=-5))
show(lambda: socket.inet_aton('x'))
show(lambda: socket.inet_ntoa(b'123'))
show(lambda: socket.inet_pton(socket.AF_INET, '1.2.3'))
show(lambda: socket.inet_ntop(socket.AF_INET6, b'123'))
show(lambda: socket.htons(-1))
show(lambda: socket.htons(70000))
show(lambda: socket.htonl(2**32))
show(lambda: socket.setdefaulttimeout(-3))
show(lambda: socket.socket(99))
s.close()
show(lambda: s.recv(1))
