# Files still open when the program ends: CPython flushes them at shutdown. The data of the files
# left open here is only checked by running the program; within it, the readers below see what
# a dropped file flushed and what a file still open holds back.
import sys

P = '/tmp/pythebo-io-test-unclosed-exit.txt'
Q = '/tmp/pythebo-io-test-unclosed-exit-2.txt'

log = open(P, 'w')
log.write('start\n')
print(repr(open(P).read()))

for i in range(3):
    log.write('step %d\n' % i)
print(repr(open(P).read()))
log.flush()
print(repr(open(P).read()))
log.write('end\n')

big = open(Q, 'w')
big.write('x' * 100000)
print(len(open(Q).read()) >= 90000)
big.write('tail')

print(log.closed, big.closed)
sys.stdout.write('leaving with two open files\n')
sys.exit(0)
