# comment \
)
