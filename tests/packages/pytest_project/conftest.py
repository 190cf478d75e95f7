import pytest


@pytest.fixture
def inventory():
    return {"apples": 3, "pears": 5}
