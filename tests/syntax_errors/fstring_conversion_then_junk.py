f"{a!rr}"
