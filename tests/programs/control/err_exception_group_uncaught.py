raise ExceptionGroup('several errors', [ValueError('bad value'), TypeError('bad type')])
