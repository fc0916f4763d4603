"""Reports after a verb of beginning or going on, in sentences the team wrote.

"Began", "started", "continued" and "kept" take the cue verb as a gerund or an infinitive ("began urging the board
to …", "has started to question …"): what the cue reports is still the subject's, as after "has" or "is".
"""
import pytest

from quotes import extract


AFTER_A_VERB_OF_BEGINNING = [
    ("a gerund after 'began'",
     "Ana Ruiz began urging the harbor board to delay the vote.",
     "the harbor board to delay the vote", "Ana Ruiz"),
    ("an infinitive after 'started to'",
     "Tom Bell started to question whether the ferry could pay its way.",
     "whether the ferry could pay its way", "Tom Bell"),
    ("a gerund after 'has begun'",
     "Mara Quill has begun dismissing the idea that the pier is unsafe.",
     "the idea that the pier is unsafe", "Mara Quill"),
    ("a gerund after 'kept'",
     "Ana Ruiz kept insisting that the toll would be lifted by spring.",
     "that the toll would be lifted by spring", "Ana Ruiz"),
]


@pytest.mark.parametrize("name,text,said,speaker", AFTER_A_VERB_OF_BEGINNING,
                         ids=[c[0] for c in AFTER_A_VERB_OF_BEGINNING])
def test_a_report_after_a_verb_of_beginning(name, text, said, speaker):
    found = [(q.text, q.speaker) for q in extract(text)]
    assert (said, speaker) in found, found


AFTER_TRYING_OR_GOING_ON = [
    ("a stance after 'tried to'",
     "Tom Bell tried to portray the harbor board as careless with the levy.",
     "the harbor board as careless with the levy", "Tom Bell"),
    ("a stance after 'went on to'",
     "Ana Ruiz went on to endorse Mara Quill for the council seat.",
     "Mara Quill for the council seat", "Ana Ruiz"),
    ("a stance after 'is trying to'",
     "Mara Quill is trying to highlight the gaps between the two ferry plans.",
     "the gaps between the two ferry plans", "Mara Quill"),
]


@pytest.mark.parametrize("name,text,said,speaker", AFTER_TRYING_OR_GOING_ON,
                         ids=[c[0] for c in AFTER_TRYING_OR_GOING_ON])
def test_a_stance_after_trying_or_going_on(name, text, said, speaker):
    found = [(q.text, q.speaker) for q in extract(text)]
    assert (said, speaker) in found, found


AFTER_A_SUBORDINATOR_OF_TIME = [
    ("a gerund of stance after 'after'",
     "Tom Bell lost ground in the polls after mocking Mara Quill in two debates.",
     "Mara Quill", "Tom Bell"),
    ("a gerund of stance after an opening 'after'",
     "After questioning the harbor board's figures, Ana Ruiz left the meeting.",
     "the harbor board's figures", "Ana Ruiz"),
    ("a gerund of stance after 'while'",
     "Mara Quill toured the pier while dismissing the repair plan as too costly.",
     "the repair plan as too costly", "Mara Quill"),
    ("a gerund of stance after 'by'",
     "Ana Ruiz opened the debate by questioning the cost of the new pier.",
     "the cost of the new pier", "Ana Ruiz"),
]


@pytest.mark.parametrize("name,text,said,speaker", AFTER_A_SUBORDINATOR_OF_TIME,
                         ids=[c[0] for c in AFTER_A_SUBORDINATOR_OF_TIME])
def test_a_gerund_of_stance_after_a_subordinator_of_time(name, text, said, speaker):
    found = [(q.text, q.speaker) for q in extract(text)]
    assert (said, speaker) in found, found
