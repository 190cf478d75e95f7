# code.replace renames code (jinja2 and pytest make frames that point into templates and tests so).
def f(a, b=1):
    raise ValueError(a)
c = f.__code__.replace(co_name="renamed", co_filename="template.html", co_qualname="q")
print(c.co_name, c.co_filename, c.co_qualname, c.co_firstlineno == f.__code__.co_firstlineno, c.co_varnames)
g = type(f)(c, globals())
try:
    g(5, 2)
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename, tb.tb_lineno)
code = compile("\n" * 4 + "raise KeyError('x')", "tpl.html", "exec").replace(co_name="block 'body'")
try:
    exec(code, {})
except KeyError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
try:
    f.__code__.replace(co_name=3)
except TypeError as e:
    print(e)
print(f.__code__.replace().co_name)
