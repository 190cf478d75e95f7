f"{a!r:{b!x}}"
