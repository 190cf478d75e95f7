import pytest


def test_count(inventory):
    assert inventory["apples"] + inventory["pears"] == 8


@pytest.mark.parametrize("fruit, expected", [("apples", 3), ("pears", 5), ("plums", 0)])
def test_get(inventory, fruit, expected):
    assert inventory.get(fruit, 0) == expected


def test_restock(inventory):
    inventory["apples"] += 2
    assert inventory == {"apples": 5, "pears": 6}


def test_raises():
    with pytest.raises(KeyError, match="plums"):
        {}["plums"]
