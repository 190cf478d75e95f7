def t(v, name):
    print('eval', name)
    return v
print(t(0, 'a') and t(1, 'b'))
print(t(1, 'a') and t(2, 'b'))
print(t(0, 'a') or t(0, 'b') or t(3, 'c'))
print(t(1, 'cond') and t('yes', 'x') or t('no', 'y'))
print(t('true', 'then') if t(True, 'test') else t('false', 'else'))
print(not t(0, 'n'))
