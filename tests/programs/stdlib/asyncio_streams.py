# asyncio streams over 127.0.0.1: start_server with an echo handler, open_connection clients,
# readline/readexactly/read, several clients at once, EOF, connection refused, and low-level
# loop.sock_* calls on non-blocking sockets.
import asyncio
import socket


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    while True:
        line = await reader.readline()
        if not line:
            break
        if line == b'quit\n':
            writer.write(b'bye\n')
            break
        writer.write(line.upper())
        await writer.drain()
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, lines):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    replies = []
    for line in lines:
        writer.write(line.encode() + b'\n')
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.write(b'quit\n')
    replies.append((await reader.readline()).decode().strip())
    print('at eof', await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    return replies


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print(type(server).__name__, server.is_serving(), len(server.sockets))
    async with server:
        print(await client(port, ['hello', 'world']))
        results = await asyncio.gather(*(client(port, ['client %d' % i, 'again %d' % i]) for i in range(4)))
        print(results)

        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(b'exact bytes\n')
        print(await reader.readexactly(5), await reader.readuntil(b'S'), await reader.readline())
        writer.write_eof()
        print(await reader.read(100))
        writer.close()
        await writer.wait_closed()
    print('serving after close:', server.is_serving())

    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('refused', e.errno)

    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b'through the loop')
    print(await loop.sock_recv(b, 100))
    buf = bytearray(4)
    await loop.sock_sendall(b, b'into')
    print(await loop.sock_recv_into(a, buf), buf)
    a.close()
    b.close()

    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    lsock.listen()
    lsock.setblocking(False)
    csock = socket.socket()
    csock.setblocking(False)
    accept = asyncio.ensure_future(loop.sock_accept(lsock))
    await loop.sock_connect(csock, lsock.getsockname())
    conn, addr = await accept
    print(addr == csock.getsockname(), conn.gettimeout())
    await loop.sock_sendall(csock, b'accepted')
    print(await loop.sock_recv(conn, 100))
    for s in (conn, csock, lsock):
        s.close()


asyncio.run(main())
