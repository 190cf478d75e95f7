def f
)
