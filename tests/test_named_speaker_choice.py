"""Which named person a report is given to, in sentences the team wrote.

A participle of speech after a comma shares the sentence's subject, and an adverb before it ("quickly reminding",
"also noting") leaves it a participle; "now" does not, since it marks a change of mind of whoever was just named
("early backers of the bill, such as Ana Ruiz, now saying …").
"""
import pytest

from quotes import extract


def speaker_of(text, said):
    """The speaker of the report whose text is ``said``, and every report found (for the failure message)."""
    found = [(q.text, q.speaker) for q in extract(text)]
    for quote, speaker in found:
        if quote == said:
            return speaker, found
    return None, found


ADVERB_BEFORE_A_PARTICIPLE = [
    ("a manner adverb after an opening phrase",
     "Despite his weak showing in the polls, Ostrow had a reply ready, quickly reminding voters that Pell herself "
     "had backed the levy.",
     "voters that Pell herself had backed the levy", "Ostrow"),
    ("'also' before the participle",
     "Mara Quill thanked the ferry crews at the pier, also noting that the winter timetable would start in May.",
     "that the winter timetable would start in May", "Mara Quill"),
]


@pytest.mark.parametrize("name,text,said,speaker", ADVERB_BEFORE_A_PARTICIPLE,
                         ids=[c[0] for c in ADVERB_BEFORE_A_PARTICIPLE])
def test_an_adverb_leaves_the_participle_the_subjects(name, text, said, speaker):
    got, found = speaker_of(text, said)
    assert got == speaker, found


def test_now_before_a_participle_is_not_the_sentence_subjects():
    text = ("Vell and Orrin stay hopeful despite a few early backers of the toll, such as Ada Brisk and Tom Kaler, "
            "now saying the toll ought to be halved.")
    got, found = speaker_of(text, "the toll ought to be halved")
    assert got not in ("Vell", "Orrin"), found


NAMED_INSIDE_THE_COMMAS = [
    ("one of a body's founders",
     "One of the founders of that 2011 coalition, Pia Marsh, said the merger would test the group.",
     "the merger would test the group", "Pia Marsh"),
    ("an author of a report",
     "One of the authors of the harbor study, Lem Ostby, said the quay would flood within a decade.",
     "the quay would flood within a decade", "Lem Ostby"),
    # a person before the commas keeps the report: the name inside is someone the aside mentions
    ("a person, then a relative's name",
     "Harmon Vale, brother of Nils Vale, said the quotas were too low.",
     "the quotas were too low", "Harmon Vale"),
]


@pytest.mark.parametrize("name,text,said,speaker", NAMED_INSIDE_THE_COMMAS,
                         ids=[c[0] for c in NAMED_INSIDE_THE_COMMAS])
def test_the_person_named_inside_the_commas_speaks(name, text, said, speaker):
    got, found = speaker_of(text, said)
    assert got == speaker, found


CLOSING_ATTRIBUTION = [
    ("a participle after the closing attribution",
     "Ashford did not complain when the port's spending helped the county, a harbor official said, adding that the "
     "cost was hard to judge.",
     "Ashford did not complain when the port's spending helped the county", "a harbor official"),
    ("the participle's own report",
     "Ashford did not complain when the port's spending helped the county, a harbor official said, adding that the "
     "cost was hard to judge.",
     "that the cost was hard to judge", "a harbor official"),
    ("a comma inside closing marks before the speaker",
     "Vale cannot say that “from his own view,” Kaler added.",
     "Vale cannot say that “from his own view,”", "Kaler"),
    ("a participle after quoted words and their speaker",
     'The mayor will play the "harbor card," Quill said, adding that the best reply to it "is to attack her record."',
     'that the best reply to it "is to attack her record."', "Quill"),
]


@pytest.mark.parametrize("name,text,said,speaker", CLOSING_ATTRIBUTION, ids=[c[0] for c in CLOSING_ATTRIBUTION])
def test_the_attribution_closing_the_sentence_reports_its_clause(name, text, said, speaker):
    got, found = speaker_of(text, said)
    assert got == speaker, found


def test_a_participle_after_the_speaker_is_no_more_of_the_clause():
    text = ("Ashford paid nothing when the port's spending helped the county, a harbor official said, adding that the "
            "cost was hard to judge.")
    found = [q.text for q in extract(text)]
    assert "Ashford paid nothing when the port's spending helped the county" in found, found
    assert not any("adding" in quote for quote in found), found


def speaker_and_mention(text):
    quote = extract(text)[0]
    return quote.speaker, quote.mention


QUALIFIED_TITLE_THEN_NAME = [
    ("a date before the title", "“The pier rules are simply wrong,” said 9/11 widow Dana Prell.",
     "Dana Prell", "9/11 widow Dana Prell"),
    ("a capitalised word before the title", "“The pier rules are simply wrong,” said Gulf war widow Dana Prell.",
     "Dana Prell", "Gulf war widow Dana Prell"),
    # an office after a place was read so before, and still is
    ("a place before an office", "“The pier rules are simply wrong,” said New York Mayor Tom Bell.",
     "Tom Bell", "New York Mayor Tom Bell"),
]


@pytest.mark.parametrize("name,text,speaker,mention", QUALIFIED_TITLE_THEN_NAME,
                         ids=[c[0] for c in QUALIFIED_TITLE_THEN_NAME])
def test_the_name_after_a_qualified_title_speaks(name, text, speaker, mention):
    assert speaker_and_mention(text) == (speaker, mention)


def test_an_adverb_after_and_leaves_the_verb_the_sentence_subjects():
    text = "On Thursday, Quill appeared with Ashford Radio’s Mara Tenn and officially endorsed Vale at the pier."
    got, found = speaker_of(text, "Vale")
    assert got == "Quill", found


WITH_A_NAME_AND_A_PARTICIPLE = [
    ("the participle's that-clause",
     "Ferry backers cheered, with Mara Quill tweeting that it was a fiasco and asking, \"How can he run our port?\"",
     "that it was a fiasco", "Mara Quill"),
    ("a quote after a participle joined to it",
     "Ferry backers cheered, with Mara Quill tweeting that it was a fiasco and asking, \"How can he run our port?\"",
     "How can he run our port?", "Mara Quill"),
]


@pytest.mark.parametrize("name,text,said,speaker", WITH_A_NAME_AND_A_PARTICIPLE,
                         ids=[c[0] for c in WITH_A_NAME_AND_A_PARTICIPLE])
def test_a_participle_after_with_and_a_name_is_that_persons(name, text, said, speaker):
    got, found = speaker_of(text, said)
    assert got == speaker, found


def test_a_question_put_after_with_is_not_read_as_a_that_clause():
    text = "The talk ended with Nell Varga asking Ostby pointedly whether he would pick a woman as his deputy."
    found = [q.text for q in extract(text)]
    assert not any(quote.startswith("Ostby pointedly") for quote in found), found
