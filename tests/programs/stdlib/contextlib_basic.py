# contextlib: contextmanager generators (and their exception handling), closing, suppress,
# redirect_stdout/stderr, ExitStack, nullcontext, chdir, ContextDecorator and the errors.
import contextlib
import io
import os
import sys


@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', repr(e))
    finally:
        print('</%s>' % name)


with tag('a') as t:
    print('inside', t)
with tag('b'):
    raise KeyError('x')
try:
    with tag('c'):
        raise ValueError('y')
except ValueError as e:
    print('propagated', e)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@tag('deco')
def decorated():
    print('in decorated')


decorated()


class Resource:
    def close(self):
        print('closed')


with contextlib.closing(Resource()) as r:
    print(type(r).__name__)
with contextlib.suppress(FileNotFoundError, KeyError):
    {}['missing']
print('after suppress')
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed', e)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
    help_text = 'x'
print(repr(buf.getvalue()))
ebuf = io.StringIO()
with contextlib.redirect_stderr(ebuf):
    print('err', file=sys.stderr)
print(repr(ebuf.getvalue()))
with contextlib.nullcontext(5) as v:
    print('null', v)
with contextlib.nullcontext() as v:
    print('null', v)

with contextlib.ExitStack() as stack:
    for n in ['x', 'y']:
        stack.enter_context(tag(n))
    stack.callback(print, 'callback', 1)

    @stack.push
    def exit_cb(exc_type, exc, tb):
        print('exit_cb', exc_type)
    print('body')

with contextlib.ExitStack() as stack:
    stack.callback(print, 'not run')
    moved = stack.pop_all()
moved.close()
try:
    with contextlib.ExitStack() as stack:
        stack.push(lambda *e: True)
        raise ZeroDivisionError
    print('suppressed by ExitStack')
except ZeroDivisionError:
    print('not suppressed')
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print('TypeError', e)
start = os.getcwd()
with contextlib.chdir('/'):
    print(os.getcwd())
print(os.getcwd() == start)


class mycontext(contextlib.ContextDecorator):
    def __enter__(self):
        print('Starting')
        return self

    def __exit__(self, *exc):
        print('Finishing', exc[0])
        return False


@mycontext()
def function():
    print('The bit in the middle')


function()


class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print('Managed exit')


with Managed() as m:
    print(type(m).__name__)
print(isinstance(open, contextlib.AbstractContextManager), issubclass(io.StringIO, contextlib.AbstractContextManager))


@contextlib.contextmanager
def gen_reraise():
    try:
        yield
    except Exception:
        print('gen saw exception')
        raise


try:
    with gen_reraise():
        raise StopIteration('stop')
except Exception as e:
    print(type(e).__name__, e)
cm = tag('once')
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)
