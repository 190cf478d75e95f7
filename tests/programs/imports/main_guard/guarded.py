def run():
    return 'guarded.run'
if __name__ == '__main__':
    print('never printed on import')
print('guarded imported as', __name__)
