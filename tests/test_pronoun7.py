"""Whom "he" and "she" mean when the gender of the people named before them is told, or mistold, by their names.

Each table row is a short passage of its own (invented names and places) and the speaker a quote or report
in it must get.
"""
import pytest

from quotes import extract


def quote_holding(text, words):
    """The shortest quote whose text holds ``words``."""
    quotes = extract(text)
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote holds {words!r}; found {[(q.text, q.rule) for q in quotes]}"
    return min(hits, key=lambda q: len(q.text))


GENDER_OF_THE_PEOPLE_NAMED = [
    # a common given name the lexicon lacked: Josh was of no gender, so the last subject before "she"
    ("a given name tells a man, so 'she' passes over him",
     "Mayor Ana Ruiz spoke first.\n\nJosh Pellam, the harbor chief, sat beside her. "
     "“The pier is safe,” she said.",
     "The pier is safe", "Ana Ruiz"),
    ("a given name tells a woman, so 'he' passes over her",
     "Tom Vale opened the meeting.\n\nMaggie Orlin, the treasurer, read the budget. "
     "“The books are sound,” he said.",
     "The books are sound", "Tom Vale"),
    # the noun a person is introduced by tells more than a given name that may be either's
    ("'widow' before a name a man may bear",
     "The families met the senator on Monday. Among them was widow Terry Lind.\n\n"
     "“We want a hearing,” she said.",
     "We want a hearing", "Terry Lind"),
    ("'actress' before a name a man may bear",
     "The film opened with a talk by director Tom Vale and actress Terry Lind. “It was hard,” she said.",
     "It was hard", "Terry Lind"),
    # a title's body after "of the" is no person, and no one a "she" can mean
    ("'chair of the Harlow Ridge advisory council' names no one called Harlow Ridge",
     "“We will win,” said Tom Bell, chair of the Harlow Ridge advisory council. “It is ours,” she said.",
     "It is ours", None),
    # a word before a given name of the other gender is no given name of the person ("Marine" as a rank)
    ("'Marine Paul Radek' is a man",
     "Lena Ortiz read a statement.\n\nMarine Paul Radek found both issues troubling. "
     "“It is a mess,” he said.",
     "It is a mess", "Marine Paul Radek"),
]


@pytest.mark.parametrize("label,text,words,speaker", GENDER_OF_THE_PEOPLE_NAMED,
                         ids=[r[0] for r in GENDER_OF_THE_PEOPLE_NAMED])
def test_gender_of_the_people_named(label, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# a name whose given names disagree is of no gender the names tell; a pronoun tells it
def test_a_family_name_in_the_middle_keeps_the_pronouns_gender():
    text = ("Gov. Christine Todd Barlow spoke at the fair.\n\n“We can do better,” she said.")
    assert quote_holding(text, "We can do better").speaker == "Christine Todd Barlow"


# the speaker of a quote or report lost to a word misread before it
SPEAKERS_MISREAD_BEFORE = [
    # a person's initials run together end no sentence: the rest of the name follows them
    ("initials before a surname, then 'He added'",
     "“The threat is real,” said J.R. Holm, a fellow at the Harlow Institute. "
     "He added that the platform had acted late.",
     "the platform had acted late", "J.R. Holm"),
    ("initials before a surname, the quote's own speaker",
     "“The threat is real,” said J.R. Holm, a fellow at the Harlow Institute. He left early.",
     "The threat is real", "J.R. Holm"),
    # after "a" a word of speech is a noun, and what follows it is where, not who
    ("'saying in a Harlowian post on Twitter:' leads in with 'saying'",
     "Mayor Tom Vale spoke on Friday.\n\nOn Friday, he joined other officials in pouncing on news that the port "
     "had handled cargo later deemed ''unsafe,'' saying in a Harlowian post on Twitter: "
     "''The new report is a disaster for the port.''",
     "The new report is a disaster", "Tom Vale"),
]


@pytest.mark.parametrize("label,text,words,speaker", SPEAKERS_MISREAD_BEFORE,
                         ids=[r[0] for r in SPEAKERS_MISREAD_BEFORE])
def test_speakers_misread_before(label, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# no report at all: a noun of speech after a possessive, and the one talked with
NOT_REPORTS = [
    ("'one of his recent reads, “…,” by …' is a book's title",
     "He talks about readiness. One of his recent reads, “The Long Winter,” by T.R. Holm, about the war, "
     "drove that point home.",
     "The Long Winter"),
    ("'joked with an old friend' says with whom, not what",
     "As Dale, a cheerful pilot known for his impressions, joked with an old friend at the bar, the room "
     "laughed.",
     "an old friend"),
    ("'argued with his brother at the table' says with whom, not what",
     "Dale Ruiz argued with his brother at the table.",
     "his brother"),
]


@pytest.mark.parametrize("label,text,words", NOT_REPORTS, ids=[r[0] for r in NOT_REPORTS])
def test_not_reports(label, text, words):
    assert not [q for q in extract(text) if words in q.text]


def test_talk_with_someone_about_something_is_still_reported():
    quotes = extract("Dale Ruiz argued with the host on how the flood should be described.")
    assert any("how the flood should be described" in q.text for q in quotes)


# the pronoun itself is the speaker, though a quoted word or its object form stood where a subject is read
PRONOUN_SPEAKERS = [
    ("a word quoted before 'she said' is nobody who speaks",
     "Ana Ruiz met the voters.\n\n\"Maverick,\" she said, meaning that he is \"bold enough to ignore the "
     "auditors and does not care what people think\" and tells them so.",
     "bold enough", "Ana Ruiz"),
    ("'according to him' is whom 'he' would find",
     "Luis Ramos runs a bakery in Harbor City.\n\nHe left the capital in 1990 because, according to him, the "
     "network had cut his last story.",
     "the network had cut", "Luis Ramos"),
    ("'according to her lawyer' is the lawyer, no pronoun",
     "Ana Ruiz was not in court.\n\nShe left the city in May after, according to her lawyer, the board "
     "sold the house.",
     "the board sold", "her lawyer"),
]


@pytest.mark.parametrize("label,text,words,speaker", PRONOUN_SPEAKERS, ids=[r[0] for r in PRONOUN_SPEAKERS])
def test_pronoun_speakers(label, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# a pronoun that leads in, or that an aside holds, is the speaker a misread subject had taken the place of
PRONOUNS_THAT_LEAD_IN = [
    ("'When she returned she began by saying, “…”': the pronoun of the verb before the participle",
     "Judge Ana Berm took a short recess.\n\nWhen she returned she began by saying, “I do not think it is "
     "necessary for him to go to jail.”",
     "necessary for him", "Ana Berm"),
    ("'Fee estimates, he added, were “…”': the aside's 'he', not a person called Fee",
     "“The port is bound by law,” harbor chief Tom Vale said at noon. Fee estimates, he added, were "
     "“based on a prototype pier.”",
     "prototype pier", "Tom Vale"),
    ("'He firmly believes, he said, that …' keeps its verb",
     "Tom Vale backs the pier. He firmly believes, he said, that “the pier will pay for itself.”",
     "pay for itself", "Tom Vale"),
]


@pytest.mark.parametrize("label,text,words,speaker", PRONOUNS_THAT_LEAD_IN,
                         ids=[r[0] for r in PRONOUNS_THAT_LEAD_IN])
def test_pronouns_that_lead_in(label, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker
