# Servers of the Lib on _socket: socketserver's threading TCP server with a stream handler, and
# http.server answering http.client and urllib (no proxies) over 127.0.0.1.
import socketserver, threading, socket, http.server, http.client, io, contextlib

class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())

with socketserver.ThreadingTCPServer(('127.0.0.1', 0), Echo) as srv:
    t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    with socket.create_connection(srv.server_address) as c:
        f = c.makefile('rwb')
        f.write(b'abc\ndef\n'); f.flush()
        print(f.readline(), f.readline())
        f.close()
    srv.shutdown()
    t.join()

class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ('path=' + self.path).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass

httpd = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)
t = threading.Thread(target=httpd.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
conn = http.client.HTTPConnection('127.0.0.1', httpd.server_address[1])
conn.request('GET', '/hello?x=1')
r = conn.getresponse()
print(r.status, r.reason, r.read())
conn.close()
import urllib.request
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
print(opener.open('http://127.0.0.1:%d/via-urllib' % httpd.server_address[1]).read())
httpd.shutdown()
t.join()
httpd.server_close()
