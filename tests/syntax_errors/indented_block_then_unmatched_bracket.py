if x:
pass
]
