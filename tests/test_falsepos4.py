"""Broken-off or nested words that report nothing: a source set off inside a clause, and an embedded post.

When the words before ", according to X," or ", in the words of X," stop at a word that needs more after
it (a preposition, a word that opens a clause, an article, a verb "be"), the source interrupts its clause:
what it vouches for is what follows, and the broken-off words before it are no report of their own.

A post pasted into the article with its markup (<tweet author="…">…</tweet>) is its author's words as a
whole, like the words inside quotation marks: a cue among them, or a quote it quotes, reports nothing of the
article's own.

Each row is a sentence of the team's own (invented people and places); the look-alikes are sentences of the
same shape that stay reports: a whole clause before the source, the same words in the article's own prose.
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


# a post pasted in with its markup is its author's words as a whole, like the words inside quotation marks:
# a cue among them, or a quote it quotes, is no report of the article's own
IN_EMBEDDED_POST_ROWS = [
    pytest.param('Harbor News shared the post on Friday.\n\n<tweet author="@ferrywatch" datetime="2024-05-01">'
                 'Tomas Ardel, who does not know me, attacked me at the pier today</tweet>.\n\nThe mayor did not reply.',
                 id="relative-clause-cue-in-post"),
    pytest.param('Harbor News shared the post.\n\n<tweet tweet_id="12345" author="@pilotsunion">Our captain never said '
                 'the docks were unsafe. Read the log!</tweet>.\n\nThe union said nothing else.',
                 id="verb-of-saying-in-post"),
    pytest.param('The ferry desk quoted a reader.\n\n<tweet author="@ines_v">“Best ferry crew on the coast, these '
                 'guys” – @harborboss</tweet>.\n\nThe crew thanked her.',
                 id="quoted-words-in-post"),
]


@pytest.mark.parametrize("text", IN_EMBEDDED_POST_ROWS)
def test_nothing_inside_an_embedded_post_is_reported(text):
    assert reports_of(text) == []


EMBEDDED_POST_LOOK_ALIKES = [
    # an empty embed tag, then the article's own report
    pytest.param('Harbor News shared a post.\n\n<tweet tweet-id="671442096285458434"><tweet/>.\n\n'
                 'The mayor said the docks were unsafe.', "the docks were unsafe", id="empty-embed-then-report"),
    # the same words in the article's own prose
    pytest.param("Tomas Ardel, who does not know me, attacked me at the pier today.", "attacked me at the pier today",
                 id="same-words-in-prose"),
]


@pytest.mark.parametrize("text, kept", EMBEDDED_POST_LOOK_ALIKES)
def test_reports_outside_embedded_posts_stay(text, kept):
    assert kept in reports_of(text)
