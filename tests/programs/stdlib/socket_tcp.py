# socket over TCP on 127.0.0.1: a server thread echoing, accept/connect, sendall/recv,
# makefile, timeouts, shutdown, connection refused, and the socket's attributes.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen()
host, port = srv.getsockname()
print(host, isinstance(port, int) and port > 0, srv.family, srv.type, srv.proto)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, srv.gettimeout(), srv.getblocking())


def serve(n):
    for _ in range(n):
        conn, addr = srv.accept()
        with conn:
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data.upper())


t = threading.Thread(target=serve, args=(3,))
t.start()

with socket.create_connection((host, port)) as c:
    print(type(c).__name__, c.getpeername() == (host, port), c.getsockname()[0])
    c.sendall(b'hello world')
    print(c.recv(1024))
    c.send(b'second')
    buf = bytearray(16)
    n = c.recv_into(buf)
    print(n, bytes(buf[:n]))
    big = b'x' * 200000
    c.sendall(big)
    got = b''
    while len(got) < len(big):
        got += c.recv(65536)
    print(len(got), got == big.upper())
    c.shutdown(socket.SHUT_WR)
    print(c.recv(10))

# makefile: line-oriented reading and writing over the same connection.
c = socket.socket()
c.connect(('127.0.0.1', port))
f = c.makefile('rwb')
f.write(b'line one\nline two\n')
f.flush()
c.shutdown(socket.SHUT_WR)
print(f.readline(), f.readline(), f.readline())
f.close()
c.close()
print(c.fileno(), repr(c).startswith('<socket.socket [closed] fd=-1, family=2, type=1, proto=0'))

# A timeout on recv, and a non-blocking recv with nothing to read.
c = socket.create_connection(('127.0.0.1', port), timeout=0.2)
print(c.gettimeout(), c.getblocking())
try:
    c.recv(10)
except socket.timeout as e:
    print('timeout', type(e).__name__, e, socket.timeout is TimeoutError)
c.setblocking(False)
print(c.gettimeout(), c.getblocking())
try:
    c.recv(10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
c.close()
t.join()
srv.close()

# Nobody listens on the closed server's port any more.
r = socket.socket()
print(r.connect_ex(('127.0.0.1', port)))
try:
    r.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror)
r.close()
try:
    r.recv(1)
except OSError as e:
    print(type(e).__name__, e)

# detach and rebuilding a socket from a descriptor.
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
fd = a.detach()
b = socket.socket(fileno=fd)
print(a.fileno(), b.fileno() == fd, b.family, b.type)
d = b.dup()
print(d.fileno() != fd, d.family == b.family, d.get_inheritable())
b.close()
d.close()
