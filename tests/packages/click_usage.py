import click
from click.testing import CliRunner


@click.group()
@click.option("--verbose", "-v", count=True)
@click.pass_context
def cli(ctx, verbose):
    """A tool with subcommands."""
    ctx.obj = {"verbose": verbose}


@cli.command()
@click.argument("name")
@click.option("--times", type=click.IntRange(1, 5), default=1, show_default=True, help="How often.")
@click.option("--shout/--no-shout", default=False)
@click.pass_obj
def greet(obj, name, times, shout):
    """Greets NAME."""
    for _ in range(times):
        msg = f"Hello {name}!"
        click.echo(msg.upper() if shout else msg)
    if obj["verbose"]:
        click.echo(f"verbosity {obj['verbose']}", err=True)


@cli.command()
@click.argument("values", nargs=-1, type=float)
@click.option("--kind", type=click.Choice(["sum", "max"]), required=True)
def calc(values, kind):
    click.echo(sum(values) if kind == "sum" else max(values))


runner = CliRunner()
for args in [["greet", "Ann"], ["-vv", "greet", "Bob", "--times", "2", "--shout"], ["greet", "--help"], ["--help"],
             ["greet"], ["greet", "X", "--times", "9"], ["calc", "--kind", "sum", "1", "2.5"], ["calc", "1"],
             ["calc", "--kind", "avg", "1"], ["nope"]]:
    result = runner.invoke(cli, args, prog_name="tool")
    print(args, "->", result.exit_code)
    print(result.output, end="")
print(click.style("hi", fg="red", bold=True).encode(), click.unstyle("\x1b[31mhi\x1b[0m"), click.format_filename(b"a/b"))
