import helper
from helper import greet, VALUE as V
import helper as h2
print(helper.greet('world'), greet('again'), V, h2 is helper)
print(helper.__name__, __name__, helper.__file__.endswith('helper.py'), helper.__package__ == '')
import sys
print('helper' in sys.modules, sys.modules['helper'] is helper)
print(helper.counter)
import helper
print(helper.counter)
