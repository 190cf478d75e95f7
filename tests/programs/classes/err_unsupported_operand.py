class Money:
    pass
total = Money() + 5
