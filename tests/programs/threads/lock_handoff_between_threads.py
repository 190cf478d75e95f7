import _thread
ping = _thread.allocate_lock()
pong = _thread.allocate_lock()
ping.acquire()
pong.acquire()
log = []
def player():
    for i in range(3):
        ping.acquire()
        log.append(f'pong {i}')
        pong.release()
_thread.start_new_thread(player, ())
for i in range(3):
    log.append(f'ping {i}')
    ping.release()
    pong.acquire()
print('\n'.join(log))
