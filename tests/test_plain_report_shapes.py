"""Plain shapes of reported speech that had been dropped, found by probe sentences the team wrote.

Each table row: a name, the text, and what the engine must report: the text of the report and its speaker.
"""
import pytest

from quotes import extract


def reports(text):
    return [(q.text, q.speaker) for q in extract(text) if q.kind == "indirect"]


TOLD_A_NAME = [
    ("an outlet, then when", "The port will close, Ruiz told the Harbor Times on Friday.",
     [("The port will close", "Ruiz")]),
    ("a person, then when", "The ferry is late again, Ruiz told Tom Bell on Friday at the quay.",
     [("The ferry is late again", "Ruiz")]),
    ("a short object, as before", "The port will close, Ruiz told Bell.", [("The port will close", "Ruiz")]),
    # look-alikes: a clause or an infinitive after the name is what was told
    ("a clause after the name", "Ruiz told Bell the port will close.", [("the port will close", "Ruiz")]),
    ("an infinitive after the name", "Ruiz told Tom Bell to wait for the vote.",
     [("to wait for the vote", "Ruiz")]),
]


@pytest.mark.parametrize("name,text,expected", TOLD_A_NAME, ids=[c[0] for c in TOLD_A_NAME])
def test_whom_one_told_after_the_clause_is_no_report(name, text, expected):
    assert reports(text) == expected


SHORT_PREDICATE_AFTER_THE_ATTRIBUTION = [
    ("a copula and an adjective", "The pier, Ruiz says, is unsafe.", [("The pier is unsafe", "Ruiz")]),
    ("a past copula", "The old pier, the inspector said, was rotten.", [("The old pier was rotten", "the inspector")]),
    # look-alike: words that are no predicate do not go on with the clause
    ("a noun phrase after the attribution", "The pier, Ruiz said, a wreck.", []),
]


@pytest.mark.parametrize("name,text,expected", SHORT_PREDICATE_AFTER_THE_ATTRIBUTION,
                         ids=[c[0] for c in SHORT_PREDICATE_AFTER_THE_ATTRIBUTION])
def test_a_short_predicate_after_the_attribution_goes_on_with_the_clause(name, text, expected):
    assert reports(text) == expected


MAINTAINED = [
    ("'maintained that'", "Ruiz maintained that the port is safe.", [("that the port is safe", "Ruiz")]),
    ("a bare clause after an adverb", "Ruiz has long maintained the port is safe.", [("the port is safe", "Ruiz")]),
    ("the clause before", "The port is safe, Ruiz maintained.", [("The port is safe", "Ruiz")]),
    # look-alikes: one maintains a lead or a pier, and says nothing
    ("a lead", "Ruiz maintains a wide lead over Bell.", []),
    ("a thing kept up", "Harbour crews maintained the pier for years.", []),
    ("an article and a participle", "Ruiz maintained a packed schedule all spring.", []),
]


@pytest.mark.parametrize("name,text,expected", MAINTAINED, ids=[c[0] for c in MAINTAINED])
def test_maintaining_reports_only_a_clause(name, text, expected):
    assert reports(text) == expected


QUOTED_AS_SAYING = [
    ("a clause after", "Ruiz was quoted as saying the port would close.", [("the port would close", "Ruiz")]),
    ("in a relative clause", "Ruiz, who was quoted as saying the port would close, left early.",
     [("the port would close", "Ruiz")]),
    ("the clause before", "The port will close, Ruiz was quoted as saying.", [("The port will close", "Ruiz")]),
    # look-alike: other passives still report nothing
    ("a passive of a verb of saying", "Ruiz was told the port would close.", []),
]


@pytest.mark.parametrize("name,text,expected", QUOTED_AS_SAYING, ids=[c[0] for c in QUOTED_AS_SAYING])
def test_one_quoted_as_saying_is_the_speaker(name, text, expected):
    assert reports(text) == expected


WHOSE_VIEW_IS_THAT = [
    ("a name's view", "Ruiz’s view is that the pier is unsafe.", [("that the pier is unsafe", "Ruiz")]),
    ("a position that has long been", "Ruiz's position has long been that the pier is unsafe.",
     [("that the pier is unsafe", "Ruiz")]),
    ("holding a view", "Ruiz holds the view that the pier is unsafe.", [("that the pier is unsafe", "Ruiz")]),
    # look-alikes: nobody's fear is the writer's; a relative clause after the noun reports nothing
    ("no owner", "The fear is that the pier is unsafe.", []),
    ("a relative clause", "The view that greets visitors is lovely.", []),
]


@pytest.mark.parametrize("name,text,expected", WHOSE_VIEW_IS_THAT, ids=[c[0] for c in WHOSE_VIEW_IS_THAT])
def test_a_view_that_someone_holds_is_their_report(name, text, expected):
    assert reports(text) == expected


def direct_speakers(text):
    return [(q.text, q.speaker) for q in extract(text) if q.kind == "direct"]


MEETING = "Mayor Ana Ruiz and Tom Bell, the port director, met on Friday.\n\n"

SPLIT_QUOTE_OR_NEW_SPEAKER = [
    ("someone else acts between the parts",
     MEETING + "“The pier is unsafe,” Bell said. Ruiz shook her head. “It is fine, I have walked it myself.”",
     [("The pier is unsafe,", "Tom Bell"), ("It is fine, I have walked it myself.", "Ana Ruiz")]),
    # look-alikes: the second part is the first speaker's when nobody else is a subject between
    ("only the attribution between", MEETING + "“The pier is unsafe,” Bell said. “It must close.”",
     [("The pier is unsafe, It must close.", "Tom Bell")]),
    ("someone else is only the one told", MEETING + "“The pier is unsafe,” Bell told Ruiz. “It must close.”",
     [("The pier is unsafe, It must close.", "Tom Bell")]),
]


@pytest.mark.parametrize("name,text,expected", SPLIT_QUOTE_OR_NEW_SPEAKER,
                         ids=[c[0] for c in SPLIT_QUOTE_OR_NEW_SPEAKER])
def test_a_quote_after_someone_else_acts_is_theirs_not_the_split_quotes(name, text, expected):
    assert direct_speakers(text) == expected


DESCRIPTION_THEN_NAME_AFTER_THE_VERB = [
    ("a description, then the name", "“The pier is unsafe,” said a dockworker, Sam Lee.",
     [("The pier is unsafe,", "Sam Lee")]),
    ("the name, then a relative clause", "“The pier is unsafe,” said a dockworker, Sam Lee, who works nights.",
     [("The pier is unsafe,", "Sam Lee")]),
    # look-alikes: no name after the comma
    ("a day after the comma", "“The pier is unsafe,” said a dockworker, Monday.", [("The pier is unsafe,", "a dockworker")]),
    ("no comma", "“The pier is unsafe,” said a dockworker.", [("The pier is unsafe,", "a dockworker")]),
]


@pytest.mark.parametrize("name,text,expected", DESCRIPTION_THEN_NAME_AFTER_THE_VERB,
                         ids=[c[0] for c in DESCRIPTION_THEN_NAME_AFTER_THE_VERB])
def test_the_name_after_an_inverted_description_is_the_speaker(name, text, expected):
    assert direct_speakers(text) == expected


def roles(text):
    return [(q.speaker, q.role) for q in extract(text)]


TITLE_OPENING_THE_ARTICLE = [
    ("an organisation's spokesman", "Harbor Board spokesman Tom Bell said the pier was unsafe.",
     [("Tom Bell", "Harbor Board spokesman")]),
    ("a former office", "Former mayor Ana Ruiz said the pier was unsafe.", [("Ana Ruiz", "Former mayor")]),
    # look-alike: the same title later in the text
    ("after a sentence", "The pier closed. Former mayor Ana Ruiz said it was unsafe.", [("Ana Ruiz", "Former mayor")]),
]


@pytest.mark.parametrize("name,text,expected", TITLE_OPENING_THE_ARTICLE, ids=[c[0] for c in TITLE_OPENING_THE_ARTICLE])
def test_a_title_that_opens_the_article_is_whole(name, text, expected):
    assert roles(text) == expected


OPENING_CLAUSE_THEN_MAIN_CLAUSE = [
    ("'if', then the main clause", "Ruiz said that if the council paid, the pier would stay open.",
     [("that if the council paid, the pier would stay open", "Ruiz")]),
    ("'if' without 'that'", "Ruiz said if the council paid, the pier would stay open.",
     [("if the council paid, the pier would stay open", "Ruiz")]),
    # look-alikes: a noun phrase after the last comma is the writer's note on the word before it
    ("an appositive with a relative clause", "Ruiz said he backed Tom Bell, a former mayor who was born in Lisbon.",
     [("he backed Tom Bell", "Ruiz")]),
    ("a plain appositive", "Ruiz said he backed the levy, the first tax in a decade.", [("he backed the levy", "Ruiz")]),
    ("an appositive after a plain clause", "The ferry line said that it had cut fares, the first cut it has made.",
     [("that it had cut fares", None)]),
]


@pytest.mark.parametrize("name,text,expected", OPENING_CLAUSE_THEN_MAIN_CLAUSE,
                         ids=[c[0] for c in OPENING_CLAUSE_THEN_MAIN_CLAUSE])
def test_a_subject_and_its_verb_after_an_opening_clause_go_on_with_the_report(name, text, expected):
    assert reports(text) == expected
