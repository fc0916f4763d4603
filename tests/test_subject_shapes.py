"""Subjects of a verb of saying that the reader had missed, found by probe sentences the team wrote.

Each table row: a name, the text, and the reports the engine must give: the text of the report, its speaker
and the speaker as written (the mention).
"""
import pytest

from quotes import extract


def reports(text):
    return [(q.text, q.speaker, q.mention) for q in extract(text) if q.kind == "indirect"]


TIME_BEFORE_THE_VERB = [
    ("'this week'", "The Tenley Parks Board this week announced it would reopen the east pool.",
     [("it would reopen the east pool", "the Tenley Parks Board", "The Tenley Parks Board")]),
    ("'just this month'", "Harlow Savings just this month announced plans to close two branches.",
     [("plans to close two branches", "Harlow Savings", "Harlow Savings")]),
    ("'this past week' after an appositive", "Mira Castell, the town treasurer, this past week announced "
     "the town would sell its depot.", [("the town would sell its depot", "Mira Castell", "Mira Castell")]),
    ("'this week' and an adverb", "Tomas Brandt this week also announced he would run again.",
     [("he would run again", "Tomas Brandt", "Tomas Brandt")]),
    # look-alikes: "last week" was read before; a time phrase further back, before an aside, stays put
    ("'last week', as before", "The Tenley Parks Board last week announced it would reopen the east pool.",
     [("it would reopen the east pool", "the Tenley Parks Board", "The Tenley Parks Board")]),
    ("the time inside the subject's phrase", "Nurses who marched in Dunmore this week, including Ana Bell, said "
     "they would strike.", [("they would strike", "Nurses", "Nurses")]),
]


@pytest.mark.parametrize("name,text,expected", TIME_BEFORE_THE_VERB, ids=[c[0] for c in TIME_BEFORE_THE_VERB])
def test_a_time_phrase_between_the_subject_and_its_verb(name, text, expected):
    assert reports(text) == expected


SHARED_BY_COORDINATED_PREDICATES = [
    ("a group after two predicates", "The ushers stacked the chairs, swept the hall and said they would return "
     "on Sunday.", [("they would return on Sunday", None, "The ushers")]),
    ("a group after one", "The night nurses left the ward early and said the heating had failed.",
     [("the heating had failed", None, "The night nurses")]),
    ("a clause after another verb", "The ferry workers searched the hull all night and concluded that the engine "
     "had failed.", [("that the engine had failed", None, "The ferry workers")]),
    # look-alikes: a verb joined to the others that reports no clause
    ("a verb of pressing", "The volunteers stacked the chairs and pressed against the fence.", []),
    ("offering a thing", "The volunteers stacked the chairs and offered a view of the hall.", []),
]


@pytest.mark.parametrize("name,text,expected", SHARED_BY_COORDINATED_PREDICATES,
                         ids=[c[0] for c in SHARED_BY_COORDINATED_PREDICATES])
def test_an_unnamed_subject_shared_by_coordinated_predicates(name, text, expected):
    assert reports(text) == expected


WHERE_AFTER_THE_SUBJECT = [
    ("'here' after a group", "Farmers here say the river is too low.", [("the river is too low", "Farmers", "Farmers")]),
    ("'here' after a description", "Her campaign staff here said they have knocked on doors since March.",
     [("they have knocked on doors since March", "Her campaign staff", "Her campaign staff")]),
    ("'there' after a phrase with 'of'", "Backers of the new ferry line there say the fares are too high.",
     [("the fares are too high", None, "Backers of the new ferry line")]),
    # look-alike: "there" closing a phrase of place makes no subject of the place
    ("'there' after a place", "Two farmers who had just dropped coins into a jar at a small straw poll there "
     "discussed how vital it was to fix the roads.", []),
]


@pytest.mark.parametrize("name,text,expected", WHERE_AFTER_THE_SUBJECT, ids=[c[0] for c in WHERE_AFTER_THE_SUBJECT])
def test_here_or_there_between_the_subject_and_its_verb(name, text, expected):
    assert reports(text) == expected
