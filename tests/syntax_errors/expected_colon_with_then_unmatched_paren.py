with a
)
