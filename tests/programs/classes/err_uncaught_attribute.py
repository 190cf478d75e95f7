class Config:
    def __init__(self):
        self.timeout = 3
c = Config()
print(c.timeout)
print(c.timeuot)
