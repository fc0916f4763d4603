"""The cheap checks that spare a regex its search must never pass over a match: where a check says the regex
cannot match, it does not; and each check lets through the text that does hold a match."""
import pytest

from quotes.engine import attribution as A

# (text, may the regex match there, where its search may begin)
AND_BUT_ROWS = [
    pytest.param("denied the charge and has since resigned", True, 17, id="and-second-predicate"),
    pytest.param("praised the plan but refused to back it", True, 16, id="but-second-predicate"),
    pytest.param("urged the board,” and then accused the mayor", True, 15, id="comma-mark-and"),
    pytest.param("said the ferry\u00a0and\u00a0had been late", True, 14, id="and-no-break-space"),
    pytest.param("demanded a standard rate for the button makers", False, -1, id="and-but-inside-words"),
    pytest.param("the bold and determined crews", True, 8, id="whole-word-and-without-predicate"),
    pytest.param("a stand-in and a rebuttal but no vote", True, 10, id="first-whole-word-after-look-alikes"),
    pytest.param("and", False, -1, id="the-span-is-the-word"),
    pytest.param("Andrew Butler rebutted the brandished claims", False, -1, id="capitalised-inside-names"),
]


def _matches(text, lo, hi):
    return [(m.start(), m.end()) for m in A._AND_PREDICATE.finditer(text, lo, hi)]


@pytest.mark.parametrize("text, may, first", AND_BUT_ROWS)
def test_and_but_search_start(text, may, first):
    """The search from where the check says gives the matches the search from the span's start gives."""
    assert A._first_and_but_start(text, 0, len(text)) == first
    assert (first != -1) is may
    assert _matches(text, max(first, 0), len(text)) == _matches(text, 0, len(text)) or first == -1
    if first == -1:
        assert _matches(text, 0, len(text)) == []


@pytest.mark.parametrize("text, lo, hi, first", [
    pytest.param("Ruiz stood and left the quay", 10, 14, -1, id="span-ends-right-after-and"),
    pytest.param("Ruiz stood and left the quay", 11, 20, -1, id="span-starts-at-and"),
    pytest.param("Ruiz stood and left the quay", 10, 15, 10, id="span-holds-the-spaces"),
    pytest.param("Ruiz stood , and left the quay", 11, 30, 11, id="walks-back-no-further-than-the-span"),
])
def test_and_but_search_start_at_the_edges_of_a_span(text, lo, hi, first):
    """The spaces around the word must lie inside the span, as the regex's search from ``lo`` to ``hi`` sees it."""
    assert A._first_and_but_start(text, lo, hi) == first
    if first == -1:
        assert _matches(text, lo, hi) == []
    else:
        assert _matches(text, first, hi) == _matches(text, lo, hi)


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
