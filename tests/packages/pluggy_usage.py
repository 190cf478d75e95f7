import pluggy

hookspec = pluggy.HookspecMarker("demo")
hookimpl = pluggy.HookimplMarker("demo")


class Spec:
    @hookspec
    def compute(self, x):
        """Each plugin computes something from x."""

    @hookspec(firstresult=True)
    def pick(self, options):
        pass


class Doubler:
    @hookimpl
    def compute(self, x):
        return x * 2

    @hookimpl
    def pick(self, options):
        return None


class Squarer:
    @hookimpl(tryfirst=True)
    def compute(self, x):
        return x * x

    @hookimpl
    def pick(self, options):
        return options[0]


class Wrapper:
    @hookimpl(hookwrapper=True)
    def compute(self, x):
        outcome = yield
        print("wrapped results:", outcome.get_result())


pm = pluggy.PluginManager("demo")
pm.add_hookspecs(Spec)
for plugin in (Doubler(), Squarer(), Wrapper()):
    pm.register(plugin)
print(pm.hook.compute(x=5), pm.hook.pick(options=["a", "b"]))
print(sorted(type(p).__name__ for p in pm.get_plugins()), pm.has_plugin("x"))
try:
    pm.hook.compute(5)
except TypeError as e:
    print("TypeError:", e)


class Bad:
    @hookimpl
    def compute(self, x, y):
        pass


try:
    pm.register(Bad())
except pluggy.PluginValidationError as e:
    # The message names the plugin by its id(): only the rest is printed.
    print("PluginValidationError:", str(e).split("for hook", 1)[1].splitlines()[0])
