"""False reports, in our own sentences: "responded to NP by saying …" and "explained NP by saying …" answer or
explain the object; the words themselves follow "by saying", so the short object is no report of its own."""
import pytest

from quotes import extract


def reports_of(text):
    return [q.text for q in extract(text, date="2024-05-03") if q.kind != "direct"]


ANSWERED_THEN_SAID_ROWS = [
    pytest.param("The mayor responded to a letter from the guild on Friday by saying the fee would stay.",
                 "to a letter from the guild", id="responded-to-then-by-saying"),
    pytest.param("On the radio, Ines Varga replied Tuesday to one of the council's posts by saying, “Stop the buses.”",
                 "to one of the council's posts", id="replied-to-post-then-by-saying"),
    pytest.param("Later, the mayor explained the budget chart on Monday by saying the harbour fund was empty.",
                 "the budget chart", id="explained-then-by-saying"),
]


@pytest.mark.parametrize("text, answered", ANSWERED_THEN_SAID_ROWS)
def test_what_was_answered_before_by_saying_is_no_report(text, answered):
    assert answered not in reports_of(text)


KEPT_ROWS = [
    # the object alone, with nothing said after it: the corpus reads it as the report
    pytest.param("The mayor responded to the guild's letter.", "to the guild's letter", id="responded-to-alone"),
    # "by citing" is how the point was defended, not a verb of saying
    pytest.param("Councillor Brenn defended the ferry fee by citing the harbour budget.", "the ferry fee",
                 id="defended-by-citing"),
    # a clause with its own "that" is what was said, whatever follows it
    pytest.param("Ana Ruiz replied that the buses would run by saying so twice.", "that the buses would run",
                 id="replied-that-clause"),
]


@pytest.mark.parametrize("text, kept", KEPT_ROWS)
def test_look_alikes_keep_their_report(text, kept):
    assert any(r.startswith(kept) for r in reports_of(text)), reports_of(text)


def test_the_words_after_by_saying_stay_a_report():
    assert reports_of("The mayor explained the new map by saying it was drawn in 1902.") == ["it was drawn in 1902"]


ONE_CLAUSE_TWO_CUES_ROWS = [
    # a noun of saying and its verb reading one clause
    pytest.param("Tempers rose on Monday over claims that some ferry tickets had been sold twice.",
                 "that some ferry tickets had been sold twice", id="noun-of-saying-and-its-clause"),
    # a verb of answering and a participle of saying after it
    pytest.param("The Ledger shot back in a column stating that Port Ellen was the sailing capital.",
                 "that Port Ellen was the sailing capital", id="shot-back-in-a-column-stating"),
]


@pytest.mark.parametrize("text, words", ONE_CLAUSE_TWO_CUES_ROWS)
def test_words_read_by_two_cues_are_one_report(text, words):
    assert reports_of(text) == [words]


def test_the_same_words_said_twice_stay_two_reports():
    text = "Ana Ruiz said the ferry would run. Later Tomas Ardel said the ferry would run."
    assert reports_of(text) == ["the ferry would run", "the ferry would run"]
