print('raising KeyboardInterrupt')
raise KeyboardInterrupt
