f"{a b}"
)
