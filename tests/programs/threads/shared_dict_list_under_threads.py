import _thread
shared_list = []
shared_dict = {}
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
left = [4]
def writer(tid):
    for i in range(500):
        shared_list.append((tid, i))
        shared_dict[(tid, i)] = i
    with lock:
        left[0] -= 1
        if left[0] == 0:
            done.release()
for t in range(4):
    _thread.start_new_thread(writer, (t,))
done.acquire()
print(len(shared_list), len(shared_dict), sorted(shared_list) == sorted(shared_dict))
print(sum(v for v in shared_dict.values()))
