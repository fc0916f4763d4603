"""The cheap checks that spare a regex its search must never pass over a match: where a check says the regex
cannot match, it does not; and each check lets through the text that does hold a match."""
import pytest

from quotes.engine import attribution as A

# (text, may the regex match there)
CENSURE_ROWS = [
    pytest.param("Her attacks on the harbour board went on.", True, id="attacks-on"),
    pytest.param("Okoye's criticisms of the levy grew.", True, id="criticisms-of"),
    pytest.param("Marsh's denunciation of the deal was brief.", True, id="denunciation-of"),
    pytest.param("Criticism of the levy grew.", False, id="capitalised-first-word"),
    pytest.param("The board attacked the levy and criticised the mayor.", False, id="verbs-not-nouns"),
]


@pytest.mark.parametrize("text, may", CENSURE_ROWS)
def test_censure_noun_check(text, may):
    assert A._may_hold_a_censure_noun(text, 0, len(text)) is may
    if not may:
        assert A._CENSURE_NOUN.search(text, 0, len(text)) is None
