import jinja2
from markupsafe import Markup, escape

env = jinja2.Environment(loader=jinja2.DictLoader({
    "base.html": "<title>{% block title %}{% endblock %}</title>\n{% block body %}{% endblock %}",
    "page.html": """{% extends "base.html" %}{% block title %}{{ title|upper }}{% endblock %}
{% block body %}{% for item in items if item.show %}
- {{ loop.index }}: {{ item.name|e }}{% if not loop.last %},{% endif %}{% else %}none{% endfor %}
{% set total = items|sum(attribute="n") %}total={{ total }} {{ "%.2f"|format(total / 3) }}
{% macro tag(name) %}<{{ name }}>{{ caller() }}</{{ name }}>{% endmacro %}{% call tag("b") %}bold{% endcall %}
{{ items|map(attribute="name")|join(", ") }} {{ users|default("nobody") }} {{ [3, 1, 2]|sort|list }}{% endblock %}""",
}), autoescape=jinja2.select_autoescape(["html"]), trim_blocks=True)
items = [{"name": "<a>", "show": True, "n": 1}, {"name": "b&c", "show": True, "n": 2}, {"name": "x", "show": False, "n": 4}]
print(env.get_template("page.html").render(title="Hello", items=items))
print(jinja2.Template("{{ a + b }} {{ s|title }} {{ d.k }} {{ x is defined }}").render(a=1, b=2, s="big cat", d={"k": "v"}))
print(escape("<script>&'\""), Markup("<b>%s</b>") % "<i>", Markup("<p>").striptags() == "")
try:
    jinja2.Template("{% for %}")
except jinja2.TemplateSyntaxError as e:
    print("TemplateSyntaxError:", e.lineno, e.message)
try:
    jinja2.Environment(undefined=jinja2.StrictUndefined).from_string("{{ missing.x }}").render()
except jinja2.UndefinedError as e:
    print("UndefinedError:", e)
print(list(jinja2.Environment().parse("{{ a }}{{ b.c }}").find_all(jinja2.nodes.Name)))
