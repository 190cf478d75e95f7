import pytest


class TestWords:
    def test_split(self):
        assert "a b  c".split() == ["a", "b", "c"]

    def test_sorted_words(self):
        words = sorted(["pear", "apple", "fig"])
        assert words == ["apple", "fig", "pear"]

    @pytest.mark.skip(reason="not today")
    def test_skipped(self):
        assert False

    @pytest.mark.xfail(reason="known")
    def test_expected_failure(self):
        assert [1, 2, 3] == [1, 2, 4]


def test_tmp_path(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("hello")
    assert f.read_text() == "hello"
