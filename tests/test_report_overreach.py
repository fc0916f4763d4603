"""Where a report stops before the writer's next clause, in sentences the team wrote.

A report must not swallow a second clause that has its own subject and its own verb of stance, joined to it by
"and" or "but": "… opposed the levy, and Governor Bell wants the port closed" holds two reports, the mayor's and
the governor's. A comma before the conjunction marks the new clause after any verb; with no comma it holds only
after the object of a verb that takes no clause ("criticized the schedule and Hale wants …"). Two subjects of one
verb ("he and the other pilots are planning …") and a poll's list of results stay whole.

Nor does a report swallow a clause of time with its own subject pronoun and verb of report: "… praised the
crews when he mentions the pier" and "… acknowledged some delays even as she defended the plan" each hold a
second report. A reported clause keeps its subordinate clause ("asked whether the fees were fair when she
testified …"), as does an aside set off by dashes, a first person ("when I asked …": the writer's own question)
and a subject that is no pronoun ("rebuked Ruiz when the mayor called for …").

A noun phrase reported by a verb that may take a clause ("explained her reasoning", "repeated her position")
ends, as after any other verb, before a phrase of where or through whom it was said ("in an appearance on …",
"at a town hall", "on her call-in show", "through her lawyer")
and a phrase of since or until; a time or a contrast after it ("during …", "while …", "before …") goes on with
what was reported, and a reported clause keeps all of them.
"""
import pytest

from quotes import extract


def reports(text):
    return [(q.text, q.to_dict()["speaker"]) for q in extract(text)]


def texts(text):
    return [q.text for q in extract(text)]


SECOND_CLAUSE_OF_ITS_OWN = [
    ("', and' and a named subject",
     "The harbor board rejected the toll plan, and Governor Tim Bell wants the old port to close.",
     [("the toll plan", "the harbor board"), ("the old port to close", "Tim Bell")]),
    ("'and' after a noun object, no comma",
     "Mayor Ana Ruiz criticized the ferry schedule and Tom Hale wants a second pier.",
     [("the ferry schedule", "Ana Ruiz"), ("a second pier", "Tom Hale")]),
    ("', but' and a described subject with an auxiliary",
     "Ana Ruiz opposed the dockers' strike, but her deputy does see the strike as a warning.",
     [("the dockers' strike", "Ana Ruiz"), ("the strike as a warning", "her deputy")]),
    ("', and' and a pronoun after a clause verb",
     "Mayor Ana Ruiz said the levy could pay for the dredging by autumn, and she wants the council to vote on it soon.",
     [("the levy could pay for the dredging by autumn", "Ana Ruiz"), ("the council to vote on it soon", "Ana Ruiz")]),
]


@pytest.mark.parametrize("name,text,said", SECOND_CLAUSE_OF_ITS_OWN, ids=[c[0] for c in SECOND_CLAUSE_OF_ITS_OWN])
def test_the_report_stops_before_a_clause_of_its_own(name, text, said):
    found = reports(text)
    for one in said:
        assert one in found, found


STAYS_WHOLE = [
    ("two subjects of one verb after a pronoun",
     "Captain Lena Ortiz said she and the other pilots are planning to skip the harbor gala this year.",
     "she and the other pilots are planning to skip the harbor gala"),
    ("a poll's next result",
     "The survey found that 45 percent of the dockers backed Ana Ruiz and 40 percent favored Tom Hale.",
     "that 45 percent of the dockers backed Ana Ruiz and 40 percent favored Tom Hale"),
]


@pytest.mark.parametrize("name,text,said", STAYS_WHOLE, ids=[c[0] for c in STAYS_WHOLE])
def test_the_report_stays_whole(name, text, said):
    found = texts(text)
    assert said in found, found


def test_a_deciding_verb_starts_no_report():
    found = texts("Ana Ruiz has said that she entered the race because the old board failed, and she decided to run.")
    assert "to run" not in found, found


TIME_CLAUSE_OF_ITS_OWN = [
    ("'when' and a pronoun after a noun object",
     "Tom Hale praised the ferry crews at the rally and always gets loud cheers when he mentions the new pier.",
     ["the ferry crews", "the new pier"]),
    ("'even as' and a pronoun",
     "Ruiz acknowledged some delays on the dredging work even as she defended the plan.",
     ["some delays on the dredging work", "the plan"]),
    ("', after' and a pronoun after an infinitive",
     "Ruiz pledged to reopen the old ferry ramp, after she proposed a levy that would fund the repairs.",
     ["to reopen the old ferry ramp", "a levy that would fund the repairs"]),
    ("'when' after a phrase of where",
     "Mayor Ana Ruiz was defending her harbor budget at a town meeting when she told the old story of the flooded pier.",
     ["her harbor budget at a town meeting", "the old story of the flooded pier"]),
]


@pytest.mark.parametrize("name,text,said", TIME_CLAUSE_OF_ITS_OWN, ids=[c[0] for c in TIME_CLAUSE_OF_ITS_OWN])
def test_the_report_stops_before_a_time_clause_of_its_own(name, text, said):
    assert texts(text) == said


TIME_CLAUSE_STAYS = [
    ("a reported question",
     "Ruiz asked the harbor board whether the fees were fair when she testified before the council.",
     "whether the fees were fair when she testified before the council"),
    ("the writer's own question",
     "Ruiz praised the crews with a loud cheer when I asked about the strike.",
     "the crews with a loud cheer when I asked about the strike"),
    ("an aside between dashes",
     "Critics note that Ruiz — even as she says the budget is sound — has cut little.",
     "that Ruiz — even as she says the budget is sound — has cut little"),
    ("a subject that is no pronoun",
     "Tom Hale rebuked Ana Ruiz when the mayor called for a new levy.",
     "Ana Ruiz when the mayor called for a new levy"),
]


@pytest.mark.parametrize("name,text,said", TIME_CLAUSE_STAYS, ids=[c[0] for c in TIME_CLAUSE_STAYS])
def test_the_time_clause_stays_in_the_report(name, text, said):
    found = texts(text)
    assert said in found, found


WHERE_IT_WAS_SAID = [
    ("an appearance after a noun phrase",
     "Ruiz explained her reasoning in an appearance on a local radio show.", "her reasoning"),
    ("a town hall after a noun phrase",
     "Ruiz repeated her stance at a town hall meeting in Ashford.", "her stance"),
    ("'since' after a name",
     "Ruiz has not mentioned Hale since the harbor vote.", "Hale"),
    ("through her lawyer",
     "Ruiz denied the charges through her lawyer.", "the charges"),
    ("on a radio program",
     "Ruiz recounted the incident on a morning radio program.", "the incident"),
    ("on a call-in show after a time",
     "Ruiz defended her budget this week on her weekly call-in show.", "her budget"),
]


@pytest.mark.parametrize("name,text,said", WHERE_IT_WAS_SAID, ids=[c[0] for c in WHERE_IT_WAS_SAID])
def test_a_noun_phrase_ends_before_where_it_was_said(name, text, said):
    assert texts(text) == [said]


WHAT_WAS_REPORTED_GOES_ON = [
    ("a place that is part of the noun",
     "Ruiz wrote a long review of the harbor cases before the appeals court.",
     "a long review of the harbor cases before the appeals court"),
    ("a contrast after an infinitive",
     "Ruiz hopes to win the seat while flouting the party line.",
     "to win the seat while flouting the party line"),
    ("a reported clause keeps where",
     "Ruiz said she would appear on a radio show.", "she would appear on a radio show"),
    ("a noun of where inside the object",
     "Ruiz praised the plan for new hearings on the harbor.", "the plan for new hearings on the harbor"),
    ("a time after what is worried about",
     "Residents worry about rising fares during the long winter.",
     "rising fares during the long winter"),
]


@pytest.mark.parametrize("name,text,said", WHAT_WAS_REPORTED_GOES_ON, ids=[c[0] for c in WHAT_WAS_REPORTED_GOES_ON])
def test_what_was_reported_goes_on(name, text, said):
    assert texts(text) == [said]
