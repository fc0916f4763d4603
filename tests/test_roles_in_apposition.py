"""Roles set off by commas the way business and regional news writes them.

"said Dolores Quint, president of the union." gives no article before the role; "The governor of Oregon,
Tina Marsh, said" puts the role first; "According to Ben Osei, an analyst at Harlow Securities, the cuts
…" reports the cuts, not the analyst. Each row: the text, then the speaker, role and words of its first quote.
"""
import pytest

from quotes import extract


def first_quote(text):
    found = extract(text, date="2024-05-01")
    assert found, "no quote found"
    q = found[0]
    return q.speaker, q.role, q.text


ROWS = [
    # a role with no article after the name
    pytest.param("“We will strike,” said Dolores Quint, president of the Tarn Valley Workers.",
                 ("Dolores Quint", "president of the Tarn Valley Workers", "We will strike,"), id="no-article-after-quote"),
    pytest.param("Ivo Brandt, chief executive of Velorin, said the plant would close.",
                 ("Ivo Brandt", "chief executive of Velorin", "the plant would close"), id="no-article-opening"),
    pytest.param("“It is a loss,” said Mae Obi, spokeswoman for the Kell county council.",
                 ("Mae Obi", "spokeswoman for the Kell county council", "It is a loss,"), id="spokeswoman-for"),
    # the role before the name, set off by commas
    pytest.param("The governor of Oregon, Tina Marsh, called the news “a blow to every family.”",
                 ("Tina Marsh", "governor of Oregon", "the news “a blow to every family.”"), id="governor-of-place"),
    pytest.param("The mayor of Carrick, Rhys Penn, said the ferry would stay.",
                 ("Rhys Penn", "mayor of Carrick", "the ferry would stay"), id="mayor-of-town"),
    pytest.param("The president of the Tarn Valley Workers, Dolores Quint, said the strike would go on.",
                 ("Dolores Quint", "president of the Tarn Valley Workers", "the strike would go on"),
                 id="president-of-a-union"),
    pytest.param("The crowd cheered the arrival of the Estonian president, Kaja Tamm, at noon. Tamm said the talks went well.",
                 ("Kaja Tamm", "Estonian president", "the talks went well"), id="description-after-a-noun-of"),
    pytest.param("Dr. Omar Haddad, a glaciologist at the Polar Institute who was not involved, called it “sobering.”",
                 ("Omar Haddad", "glaciologist at the Polar Institute", "it “sobering.”"), id="a-noun-made-like-one-for-a-person"),
    # "according to" a source with an appositive: the report starts after it
    pytest.param("According to Ben Osei, an analyst at Harlow Securities, the cuts were overdue.",
                 ("Ben Osei", "analyst at Harlow Securities", "the cuts were overdue"), id="according-to-appositive"),
    pytest.param("According to Ben Osei, senior economist at Harlow Securities, the cuts were overdue.",
                 ("Ben Osei", "senior economist at Harlow Securities", "the cuts were overdue"),
                 id="according-to-appositive-no-article"),
    # the role ends where the description goes on to tell the person's story: a participle's phrase, a clause
    # of when
    pytest.param("“We lost,” said Ada Vell, a former harbour master challenged by Quint in 2009.",
                 ("Ada Vell", "former harbour master", "We lost,"), id="participle-phrase-after-the-role"),
    pytest.param("“It will pass,” said Rui Sousa, a ferry pilot well known for his calm.",
                 ("Rui Sousa", "ferry pilot", "It will pass,"), id="adverb-and-participle-after-the-role"),
    pytest.param("“It will pass,” said Rui Sousa, a ferry pilot since 1998.",
                 ("Rui Sousa", "ferry pilot", "It will pass,"), id="clause-of-time-after-the-role"),
    pytest.param("“It will pass,” said Rui Sousa, a lawyer based in Carrick.",
                 ("Rui Sousa", "lawyer based in Carrick", "It will pass,"), id="where-the-role-is-based-stays"),
    pytest.param("“It will pass,” said Rui Sousa, founder of a group called Open Harbour.",
                 ("Rui Sousa", "founder of a group called Open Harbour", "It will pass,"), id="a-naming-participle-stays"),
    # an aside that names members of a group, or says what the subject did, is no role
    pytest.param("Some observers, including professor Ada Vell, also criticized the plan for its cost.",
                 ("Some observers", None, "the plan for its cost"), id="members-of-a-group-are-no-role"),
    pytest.param("Tom Bell, now a paid radio commentator, criticized the plan.",
                 ("Tom Bell", "now a paid radio commentator", "the plan"), id="a-role-at-a-time-stays"),
    # look-alikes
    pytest.param("“We will strike,” said Dolores Quint, mayor Tom Bell and the ferry crew.",
                 ("Dolores Quint", None, "We will strike,"), id="a-list-of-people-is-no-role"),
    pytest.param("“It is late,” said Jo Grant, sitting by the pier.",
                 ("Jo Grant", None, "It is late,"), id="a-participle-is-no-role"),
    pytest.param("According to Ben Osei, the cuts were overdue.",
                 ("Ben Osei", None, "the cuts were overdue"), id="according-to-no-appositive"),
    pytest.param("According to Ben Osei, a merger would save the plant.",
                 ("Ben Osei", None, "a merger would save the plant"), id="according-to-clause-with-article"),
    pytest.param("The head of the union, by all accounts, said the strike was over.",
                 ("The head of the union", "head of the union", "the strike was over"), id="no-name-after-the-role"),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_role_in_apposition(text, expected):
    assert first_quote(text) == expected


def test_a_clause_between_commas_is_no_role():
    # the clause between the commas is the sentence going on, not a description of the place before it
    found = extract("At a press conference outside City Hall in Ashford on Friday, families of the flood victims "
                    "urged the mayor to resign, repeating a demand that several of them said the council ignored.",
                    date="2024-05-01")
    assert len(found) == 2 and [q.role for q in found] == [None, None]


BODY_ROWS = [
    pytest.param("On social media, the environmental group Green Kessel wrote that the study was alarming.",
                 ("Green Kessel", "organization"), id="group-then-its-name"),
    pytest.param("The ice is going fast, according to a study published Thursday in the journal Alpine Science.",
                 ("Alpine Science", "organization"), id="journal-then-its-name"),
    # look-alike: a title before a person's name
    pytest.param("Union leader Ada Kerr wrote that the study was alarming.", ("Ada Kerr", "person"), id="a-title-not-a-body"),
]


@pytest.mark.parametrize("text, expected", BODY_ROWS)
def test_a_body_named_after_its_kind(text, expected):
    q = extract(text, date="2024-05-01")[0]
    assert (q.speaker, q.speaker_type) == expected
