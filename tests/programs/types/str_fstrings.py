x, y, name = 10, 3.14159, 'World'
print(f'Hello {name}!', f'{x + 1}', f'{x!r:>5}', f'{y:.2f}', f'{name!a}', f'{x=}', f'{y = :.1f}', f'{name=!s}')
print(f'{"nested"}', f'{x:{"^"}{10}}', f'{[1, 2][0]}', f'{ {"k": "v"}["k"] }', f'{x if x > 5 else 0}', f'{(lambda: 7)()}')
print(f'{{}}', f'{x:#b}', f'{x:05}', f'{-x:x}', f"{'quote'}", f'''{"tri"}''', f'{3.0:g}', f'{1e-3:.0e}')
w = 8
print(f'[{name:>{w}}]', f'[{name:<{w}}]', f'[{name:^{w}.3}]', f'{x:*<+6d}', f'{12345.678:,.1f}')
