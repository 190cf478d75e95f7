def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield 'div by zero'
print(list(safe_div([(1, 2), (1, 0), (9, 3)])))
def retry():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise ValueError(attempts)
            yield f'succeeded after {attempts}'
            return
        except ValueError as e:
            yield f'failed {e}'
print(list(retry()))
