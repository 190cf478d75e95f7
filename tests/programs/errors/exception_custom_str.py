class ValidationError(Exception):
    def __init__(self, field):
        self.field = field
    def __str__(self):
        return f'invalid field {self.field!r}'
raise ValidationError('email')
