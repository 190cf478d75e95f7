# selectors (the default, epoll, poll and select selectors) over pipes.
import os
import selectors

print(selectors.DefaultSelector.__name__)
for cls in (selectors.DefaultSelector, selectors.EpollSelector, selectors.PollSelector, selectors.SelectSelector):
    r, w = os.pipe()
    with cls() as sel:
        key = sel.register(r, selectors.EVENT_READ, data="reader")
        sel.register(w, selectors.EVENT_WRITE, data="writer")
        print(cls.__name__, key.fd == r, key.events, key.data)
        print(" writable:", [(k.data, ev) for k, ev in sel.select(0)])
        os.write(w, b"hi")
        print(" ready:", sorted((k.data, ev) for k, ev in sel.select(1)))
        sel.modify(w, selectors.EVENT_READ, data="changed")
        print(" modified:", sel.get_key(w).data, sorted(k.data for k, ev in sel.select(0)))
        sel.unregister(w)
        print(" map:", sorted(k.data for k in sel.get_map().values()))
        try:
            sel.get_key(w)
        except KeyError as e:
            print(" missing key:", str(e).replace(str(w), "w"))
        try:
            sel.register(r, selectors.EVENT_READ)
        except KeyError as e:
            print(" registered twice:", str(e).replace(str(r), "r"))
        try:
            sel.register(r + 1000, 0)
        except ValueError as e:
            print(" bad events:", e)
        os.read(r, 10)
        print(" idle:", sel.select(0.01))
    os.close(r)
    os.close(w)
