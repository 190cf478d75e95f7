from app import run
print(run())
from app.util import helper_chain
print(helper_chain())
try:
    from app.util import missing_name
except ImportError as e:
    print(type(e).__name__, e)
