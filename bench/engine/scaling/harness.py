"""Runs one kernel on N threads started with _thread, each doing the same fixed work.

A kernel module calls run(work): the thread count comes from argv[1] (default 1). Each thread
calls work() and stores its checksum; the main thread waits on one lock per thread (threading
does not exist yet), checks that every thread got the same checksum and prints it, so the output
does not depend on the thread count. The time from starting the first thread to the last
finishing goes to stderr as "elapsed_ns N", which bench/engine/scaling.sh reads.
"""
import _thread
import sys
import time


def run(work):
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    results = [None] * count
    done = []

    def thread_main(index, lock):
        try:
            results[index] = work()
        finally:
            lock.release()

    start = time.perf_counter_ns()
    for index in range(count):
        lock = _thread.allocate_lock()
        lock.acquire()
        done.append(lock)
        _thread.start_new_thread(thread_main, (index, lock))
    for lock in done:
        lock.acquire()
    elapsed = time.perf_counter_ns() - start
    if any(result is None or result != results[0] for result in results):
        print("threads disagree:", results)
        sys.exit(1)
    print("checksum", results[0])
    print("elapsed_ns", elapsed, file=sys.stderr)
