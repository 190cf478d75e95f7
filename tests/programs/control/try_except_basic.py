def test(exc):
    try:
        if exc:
            raise exc
        print('no exception')
    except ZeroDivisionError:
        print('ZeroDivisionError branch')
    except (KeyError, IndexError) as e:
        print('lookup branch', type(e).__name__, e)
    except Exception as e:
        print('generic branch', type(e).__name__)
    else:
        print('else branch')
    finally:
        print('finally branch')
for exc in [None, ZeroDivisionError, KeyError('k'), IndexError, ValueError('v')]:
    test(exc)
    print('--')
