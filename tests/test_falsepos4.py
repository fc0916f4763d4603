"""A source set off by commas inside a clause ("left after, according to him, the board cut his pay").

When the words before ", according to X," or ", in the words of X," stop at a word that needs more after
it (a preposition, a word that opens a clause, an article, a verb "be"), the source interrupts its clause:
what it vouches for is what follows, and the broken-off words before it are no report of their own.

Each row is a sentence of the team's own (invented people and places); the look-alikes are sentences of the
same shape whose words before the source are a whole clause, which stays the report.
"""
import pytest

from quotes import extract


def reports_of(text):
    """The text of every report (indirect or partial) found in ``text``."""
    return [q.text for q in extract(text, date="2024-05-03") if q.kind in ("indirect", "partial")]


INTERRUPTED_CLAUSE_ROWS = [
    pytest.param("Tomas Ardel quit the ferry board in 2009 after, according to him, the mayor cut the harbor budget.",
                 "the mayor cut the harbor budget", "Tomas Ardel quit the ferry board in 2009 after",
                 id="after-then-source"),
    pytest.param("The pilots stayed home on Friday because, according to Ines Varga, the new docks were unsafe.",
                 "the new docks were unsafe", "The pilots stayed home on Friday because",
                 id="because-then-source"),
    pytest.param("By the spring the new mayor was, in the words of one councillor, a stranger to the harbor.",
                 "a stranger to the harbor", "By the spring the new mayor was",
                 id="was-then-in-the-words-of"),
]


@pytest.mark.parametrize("text, vouched, broken_off", INTERRUPTED_CLAUSE_ROWS)
def test_the_source_vouches_for_what_follows_it(text, vouched, broken_off):
    reports = reports_of(text)
    assert any(r.startswith(vouched) for r in reports), reports
    assert not any(r.startswith(broken_off) for r in reports), reports


WHOLE_CLAUSE_BEFORE_ROWS = [
    # a whole clause before the source, a clause after it: both are what the source vouches for
    pytest.param("The harbor fund was empty by May, according to the auditor, and the ferry stopped running.",
                 "The harbor fund was empty by May", id="clause-before-source"),
    # "was" closes an elliptical clause when nothing follows the source
    pytest.param("Ana Ruiz says the night ferry is always late, as it usually was, according to Tomas Ardel.",
                 "the night ferry is always late, as it usually was", id="was-ends-the-sentence"),
]


@pytest.mark.parametrize("text, kept", WHOLE_CLAUSE_BEFORE_ROWS)
def test_a_whole_clause_before_the_source_stays_the_report(text, kept):
    assert any(kept in r for r in reports_of(text)), reports_of(text)


def test_a_demonstrative_before_the_source_does_not_leave_a_predicate_as_the_report():
    # "that" here is the clause's subject, not the word that opens a clause: "is …" alone is no report
    text = "And that, according to the harbor master, is the whole trouble with the night ferry."
    assert not any(r.startswith("is the whole trouble") for r in reports_of(text)), reports_of(text)
