class Account:
    def __init__(self):
        self.balance = 10
    def deposit(self, n):
        self.balance += n
a = Account()
a.deposti(5)
