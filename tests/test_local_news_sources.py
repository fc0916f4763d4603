"""The people a clinic story or a match report quotes: an occupation written before the name is the role
("nurse practitioner Ben Okafor", "Retired teacher Ana Ruiz"), never part of the name; and a surname opening a
sentence before an age ("Brandt, 21, joined …") is the subject a "he" after it means.

Each row is a sentence of the team's own (invented people and places) and what the quote holding the
phrase must carry.
"""
import pytest

from found import find
from quotes import extract

OCCUPATIONS = [
    ("two words, in lower case after an opening phrase",
     "At the clinic on Tuesday, nurse practitioner Ben Okafor said he had given 60 shots.",
     "given 60 shots", "Ben Okafor", "nurse practitioner"),
    ("a modifier and an occupation opening the sentence",
     "Retired teacher Ana Ruiz said the school had been cold for years.",
     "school had been cold", "Ana Ruiz", "Retired teacher"),
    ("one word opening the sentence, which is no given name",
     "Physiotherapist Ana Ruiz said the injury would take weeks to heal.",
     "injury would take weeks", "Ana Ruiz", "Physiotherapist"),
    ("a local office, one word", "Assemblywoman Rita Vale said the toll would pass in June.",
     "toll would pass", "Rita Vale", "Assemblywoman"),
    ("a local office after its body", "County supervisor Tom Bell said the road would reopen.",
     "road would reopen", "Tom Bell", "County supervisor"),
    ("an occupation with the place it is practised",
     "Harbor welder Tom Vell said the dock had not been inspected.",
     "dock had not been inspected", "Tom Vell", "Harbor welder"),
]


@pytest.mark.parametrize("why,text,phrase,speaker,role", OCCUPATIONS, ids=[r[0] for r in OCCUPATIONS])
def test_an_occupation_before_a_name_is_the_role(why, text, phrase, speaker, role):
    q = find(extract(text), phrase)
    assert (q.speaker, q.role) == (speaker, role), (q.speaker, q.role, q.mention, q.rule)


def test_a_surname_before_an_age_is_the_subject_a_pronoun_means():
    text = ("Tomas Brandt scored in the 89th minute.\n\n"
            "“We gave it away,” Creed said.\n\n"
            "Brandt, 21, joined the Harriers in the summer. “Maybe a little,” he said.")
    q = find(extract(text), "Maybe a little")
    assert q.speaker == "Tomas Brandt", (q.speaker, q.mention, q.rule)


NAMESAKES = [
    ("an obituary: the daughter named as kin speaks, then the surname is the one the story is about",
     "Mira Kovac, the architect of the ferry terminal, died on Friday. She was 88.\n\n"
     "Her daughter, Lena Kovac, said the cause was heart failure.\n\n"
     "Ms. Kovac designed 40 buildings. “A building should make you stay,” she said in 1994.",
     "make you stay", "Mira Kovac"),
    ("a wife named as kin, then the surname alone",
     "Tomas Lind opened the bakery in 1990.\n\nHis wife, Marit Lind, said the first winter was hard.\n\n"
     "Lind said the town had kept them going.",
     "town had kept them going", "Tomas Lind"),
    # look-alike: kin "of" someone named may be the one the story is about
    ("the daughter of a man named in passing is the story's speaker",
     "Liz Vane, the daughter of former Gov. Dick Vane, won the primary on Tuesday.\n\n"
     "“We will defend our way of life,” Vane said after her victory.",
     "defend our way of life", "Liz Vane"),
]


@pytest.mark.parametrize("why,text,phrase,speaker", NAMESAKES, ids=[r[0] for r in NAMESAKES])
def test_a_surname_is_not_the_namesake_named_as_someone_s_kin(why, text, phrase, speaker):
    q = find(extract(text), phrase)
    assert q.speaker == speaker, (q.speaker, q.mention, q.rule)


def test_kin_called_by_a_given_name_alone_is_a_person_the_pronouns_find():
    text = ("Every morning Pete Alvarez and his younger brother, Luis, take the boat out.\n\n"
            "“It is mostly mud,” Pete Alvarez said.\n\n"
            "Luis, 44, handles the books. He said the farm sold fewer oysters than a decade ago.\n\n"
            "Asked whether he would sell, Luis laughed. “Our grandfather would haunt us,” he said.")
    quotes = extract(text)
    assert [find(quotes, p).speaker for p in ("mostly mud", "farm sold fewer", "would haunt us")] == \
        ["Pete Alvarez", "Luis", "Luis"]
    assert find(quotes, "farm sold fewer").role == "brother"


def test_kin_named_in_full_keeps_the_full_name():
    text = "Pete Alvarez runs the farm with his brother, Luis Alvarez, who keeps the books. Luis Alvarez said it lost money."
    assert find(extract(text), "lost money").speaker == "Luis Alvarez"


PEOPLE_OF = [
    ("supporters of a person named", "Supporters of Ana Vale said the bridge was unsafe.", "Supporters of Ana Vale"),
    ("residents of a town", "Residents of Lyle said the bridge was unsafe.", "Residents of Lyle"),
    ("a share of a body's members", "Some members of the council said the bridge was unsafe.",
     "Some members of the council"),
    ("friends of a person named", "Friends of Ana Vale said the bridge was unsafe.", "Friends of Ana Vale"),
    ("the family of a person named", "The family of Ana Vale said the bridge was unsafe.", "The family of Ana Vale"),
    ("aides to a person named", "Aides to Ana Vale said the bridge was unsafe.", "Aides to Ana Vale"),
]


@pytest.mark.parametrize("why,text,mention", PEOPLE_OF, ids=[r[0] for r in PEOPLE_OF])
def test_the_people_of_someone_speak_unnamed_not_the_one_named(why, text, mention):
    # people the article does not name are kept as written, and nobody is invented (see the README)
    q = find(extract(text), "bridge was unsafe")
    assert (q.speaker, q.speaker_type, q.mention) == (None, "group", mention), (q.speaker, q.rule)


ONE_OF = [
    ("one member of a body", "A member of the council said the bridge was unsafe.", "A member of the council"),
    # look-alike: an office "of" a body before a name is that person's title
    ("a title with 'of' before a name", "Secretary of State Ana Vale said the bridge was unsafe.", "Ana Vale"),
]


@pytest.mark.parametrize("why,text,speaker", ONE_OF, ids=[r[0] for r in ONE_OF])
def test_one_of_a_body_is_a_person(why, text, speaker):
    q = find(extract(text), "bridge was unsafe")
    assert (q.speaker, q.speaker_type) == (speaker, "person"), (q.speaker, q.speaker_type, q.mention, q.rule)


def test_a_manner_of_speaking_attributes_a_quote_but_reports_no_clause():
    text = "Ana Vale and her sons beamed as the ferry pulled in. “We are home,” she beamed."
    assert [q.text for q in extract(text)] == ["We are home,"]


def test_they_after_the_people_of_someone_is_them():
    text = "Ana Vale spoke first. Residents of Lyle said the bridge was unsafe. They said the county had ignored them."
    assert find(extract(text), "county had ignored").speaker == "Residents of Lyle"
