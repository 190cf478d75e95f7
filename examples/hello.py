"""The first program: ./pythebo examples/hello.py"""

print("Hello from Pythebo!")
