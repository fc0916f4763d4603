from quotes import extract


def test_extract_finds_a_quoted_sentence():
    quotes = extract("“We will win,” she said.")
    assert [q.text for q in quotes] == ["We will win,"]
