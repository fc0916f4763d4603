"""Speakers of quotes and reports that the engine gave to the wrong person, or to no one, although the
sentence names who spoke (speakers7).

Each table row is a sentence of its own (invented names and places), words its quote must hold, and the
speaker that quote must get.
"""
import pytest

from quotes import extract


def quote_holding(text, words):
    """The shortest quote whose text holds ``words``."""
    quotes = extract(text)
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote holds {words!r}; found {[(q.text, q.rule) for q in quotes]}"
    return min(hits, key=lambda q: len(q.text))


# A report that runs up to a colon, then a quote: the quote goes on in the report's speaker's voice.
QUOTE_AFTER_A_REPORTS_COLON = [
    ("a report with quoted words, then a colon and a quote",
     'Marlow said the delay was a "fatal mistake" and that she had learned her lesson: '
     '"We are ready for a longer fight if we need one."',
     "ready for a longer fight", "Marlow"),
    ("the same with curly marks",
     "Councillor Bea Tandy said the vote was “rushed” and that the council owed residents an answer: "
     "“Nobody in Harwick was asked about the depot.”",
     "Nobody in Harwick", "Bea Tandy"),
]


@pytest.mark.parametrize("label,text,words,speaker", QUOTE_AFTER_A_REPORTS_COLON,
                         ids=[r[0] for r in QUOTE_AFTER_A_REPORTS_COLON])
def test_quote_after_a_reports_colon(label, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# A participle of speech shares a subject: the subject of the clause it hangs on, which after ", and" or "; " is
# that clause's own, and which in a sentence that opens with a quote comes after the quote.
PARTICIPLE_SUBJECTS = [
    ("a second clause joined by ', and', then ', saying'",
     "Tenant groups say the rules are unfair, and the Kent Civil Liberties Union has already sued the town, "
     "saying they violate free-speech rights.",
     "violate free-speech rights", "the Kent Civil Liberties Union"),
    ("a second clause after ', but'",
     "The planners backed the scheme, but the Marley Park Trust has lodged an appeal, "
     "arguing that the meadow floods every spring.",
     "the meadow floods", "Marley Park Trust"),
    ("a sentence that opens with a quote, then 'before asking'",
     "“Promise me you will call home,” Dalby sings to the crowd before asking them, "
     "“Where do we go from here?”",
     "Where do we go", "Dalby"),
]


@pytest.mark.parametrize("label,text,words,speaker", PARTICIPLE_SUBJECTS, ids=[r[0] for r in PARTICIPLE_SUBJECTS])
def test_participle_subjects(label, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# "Ruiz thanked Bell, and Vale, saying …": the name after "and" is one more object, with no verb of its own.
def test_a_name_after_and_with_no_verb_is_no_new_subject():
    text = "Mayor Ruiz thanked Bell, and Vale, saying the port would reopen in May."
    assert quote_holding(text, "the port would reopen").speaker == "Ruiz"
