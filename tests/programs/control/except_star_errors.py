for src in ['try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass\n',
            'try:\n    pass\nexcept*:\n    pass\n',
            'for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n']:
    try:
        exec(src)
        print('ran')
    except (SyntaxError, TypeError) as e:
        print(type(e).__name__, e)
