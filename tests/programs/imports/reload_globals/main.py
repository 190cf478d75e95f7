import config
print(config.SETTINGS)
config.SETTINGS['debug'] = True
import config as c2
print(c2.SETTINGS, c2 is config)
from config import SETTINGS
print(SETTINGS is config.SETTINGS)
