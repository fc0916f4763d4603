"""seeds/village-ferry.txt, a local story written the British way: straight single quotation marks,
honorifics with no full stop (Mr O'Hara, Ms Lloyd, Dr Rhian Morgan), occupations as roles and dates
as precise as the text gives them. The expectations are a reader's.
"""
from pathlib import Path

import pytest

from quotes import extract, extract_article
from quotes.inputs import read_articles

SEED = Path(__file__).parent.parent / "seeds" / "village-ferry.txt"

# (words the quote starts with, kind, speaker, mention, role, date)
EXPECTED = [
    ("The only ferry between Carrick", "indirect", "the county council", "the county council", None, "2025-10-13"),
    ("We cannot keep the boat running", "direct", "Tom O'Hara", "Tom O'Hara", "harbour master", "2025-10-14"),
    ("that the boat would need a new hull", "indirect", "Tom O'Hara", "Mr O'Hara", "harbour master", "2019"),
    ("the crossing was the island's lifeline", "indirect", "Gwen Lloyd", "Ferry skipper Gwen Lloyd", "Ferry skipper",
     "2025-10-14"),
    ("There are forty people on Holm", "direct", "Gwen Lloyd", "she", "Ferry skipper", "2025-10-14"),
    ("The hull has been rusty since I was a girl", "direct", "Ann Ruiz", "Ann Ruiz", "fisherwoman from Holm",
     "2025-10-14"),
    ("that a hired boat could carry post", "indirect", "Dev Shah", "Dev Shah", "council's transport officer",
     "2025-10-14"),
    ("the plan 'a sticking plaster'", "partial", "Gwen Lloyd", "Ms Lloyd", "Ferry skipper", "2025-10-14"),
    ("she would hold her Tuesday surgery", "indirect", "Rhian Morgan", "Dr Rhian Morgan", "island's GP", "2025-10-14"),
]


@pytest.fixture(scope="module")
def found():
    [article] = list(read_articles([str(SEED)]))
    return extract_article(article)


def test_every_quote_of_the_story_and_nothing_else(found):
    assert len(found) == len(EXPECTED)
    for q, (opening, kind, speaker, mention, role, date) in zip(found, EXPECTED):
        assert q.text.startswith(opening), q.text
        assert (q.kind, q.speaker, q.mention, q.role, q.date) == (kind, speaker, mention, role, date), q.text


def test_quote_texts_are_the_article_as_given(found):
    [article] = list(read_articles([str(SEED)]))
    for q in found:
        assert " ".join(article.text[q.start:q.end].split()).startswith(q.text[:20])
    assert "O'Hara" in article.text and "O’Hara" not in " ".join(q.context for q in found)


LEAD_INS_AND_ADDRESSEES = [
    # a person after a preposition before the colon is whom the speaker addressed, not the speaker
    ("disagreed with someone:", "Ann Ruiz, a fisherwoman from Holm, disagreed with the harbour master Tom Bell: "
     "“The hull is sound.”", ("Ann Ruiz", "Ann Ruiz")),
    ("a message to someone:", "Mayor Ann Ruiz, speaking at the quay on Friday, had a blunt message to Tom Bell: "
     "“Fix the hull.”", ("Ann Ruiz", "Mayor Ann Ruiz")),
    # look-alikes: the speaker is named after the preposition
    ("according to X:", "According to Tom Bell: “The hull is sound.”", ("Tom Bell", "Tom Bell")),
    ("more from X:", "More from Tom Bell: “The hull is sound.”", ("Tom Bell", "Tom Bell")),
]


@pytest.mark.parametrize("name,text,expected", LEAD_INS_AND_ADDRESSEES, ids=[c[0] for c in LEAD_INS_AND_ADDRESSEES])
def test_the_speaker_of_a_colon_lead_in(name, text, expected):
    assert [(q.speaker, q.mention) for q in extract(text)] == [expected]


WRITING_TO_SOMEONE = [
    ("whom only", "Last month Tom Bell wrote to the council again.", []),
    ("whom, then when", "Tom Bell wrote to Ann Ruiz on Friday.", []),
    # look-alikes: what was written
    ("a that-clause", "Tom Bell wrote to the council that the hull was rusty.", ["that the hull was rusty"]),
    ("an infinitive", "Tom Bell wrote to ask for a meeting.", ["to ask for a meeting"]),
    ("what about", "Tom Bell wrote to the council about the rusty hull.", ["to the council about the rusty hull"]),
]


@pytest.mark.parametrize("name,text,expected", WRITING_TO_SOMEONE, ids=[c[0] for c in WRITING_TO_SOMEONE])
def test_writing_to_someone_reports_what_was_written(name, text, expected):
    assert [q.text for q in extract(text)] == expected


def test_a_surname_after_an_apostrophe_is_no_person_of_its_own():
    text = "“The hull is rusty,” said Tom O’Hara.\n\nMr O’Hara said it again. Later he said the council knew."
    assert {q.speaker for q in extract(text)} == {"Tom O’Hara"}
