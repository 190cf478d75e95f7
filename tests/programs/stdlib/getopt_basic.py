# getopt: short and long options, arguments attached or separate, abbreviations, '--',
# gnu_getopt's interleaving, and the GetoptError messages.
import getopt


def run(f, *args):
    try:
        print(f(*args))
    except getopt.GetoptError as e:
        print('GetoptError:', e, '| msg=%r opt=%r' % (e.msg, e.opt))


run(getopt.getopt, ['-a', '-b', 'val', '-cval2', 'file1', 'file2'], 'ab:c:')
run(getopt.getopt, ['--verbose', '--output=out.txt', '--level', '3', 'rest'], '', ['verbose', 'output=', 'level='])
run(getopt.getopt, ['--verb', '--out', 'x'], '', ['verbose', 'output='])
run(getopt.getopt, ['-a', '--', '-b'], 'ab')
run(getopt.getopt, ['-abc', 'x'], 'abc')
run(getopt.getopt, ['-acfoo'], 'ac:')
run(getopt.getopt, ['file', '-a'], 'a')
run(getopt.gnu_getopt, ['file', '-a', 'x', '--long', 'y'], 'a', ['long'])
run(getopt.gnu_getopt, ['-a', '--', '-b'], 'ab')
run(getopt.gnu_getopt, ['+a', 'f', '-b'], '+ab')
run(getopt.getopt, ['-', '-a'], 'a')
run(getopt.getopt, [], 'a')
run(getopt.getopt, '-a', 'a')
run(getopt.getopt, ['-x'], 'ab')
run(getopt.getopt, ['-b'], 'ab:')
run(getopt.getopt, ['--nope'], 'a', ['verbose'])
run(getopt.getopt, ['--verbose=1'], '', ['verbose'])
run(getopt.getopt, ['--output'], '', ['output='])
run(getopt.getopt, ['--ver'], '', ['verbose', 'version'])
run(getopt.getopt, ['--ver'], '', ['version'])
run(getopt.getopt, ['--version'], '', ['version', 'version-info'])
run(getopt.getopt, ['-v'], 'v', 'single')
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('m', 'o')
print(str(e), e.args, e.msg, e.opt, repr(e))
