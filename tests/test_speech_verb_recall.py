"""Reports whose plain verb of saying the reader knows, in constructions that used to hide them, in sentences the
team wrote.

A closing attribution ("…, the harbor board said.") reports the clause before it when its subject's noun phrase
opens with a longer run of modifiers ("the news site Harbor Info", "Ana Ruiz’s longtime adviser Tom Bell") and when
the day it was said comes before where ("he said Wednesday morning on Harbor Radio").

When or where it was said may run up to a comma or a dash after the verb ("…, he said after meeting aides on
Thursday, because …", "…, the office reported on Friday -- a finding that …"): the clause before the subject
is what was said, and it goes on after the comma only with "and"/"but" and no verb of saying of its own, or after an
opening phrase that was no clause.

A participle of speech after a one-word object ("has praised Bell, saying …") starts a report of its own even when
the sentence goes on to an appositive after it.

An aside of "as" and a third-person pronoun ("…, as she said at the start", "…, as he has often claimed") gives the
clause before it to the pronoun (not "as I've suggested", the writer's own aside).

"That’s according to …" reports the demonstrative, one word, with the source after "according to" as its speaker.

An impersonal passive ("It has been reported that …", "though it was widely said that …") reports its that-clause
with nobody named; inside an opening subordinate clause the report ends at that clause's comma.

An auxiliary and "reportedly" ("The board has reportedly hired …") make the whole clause, subject and all, what
others report, up to the writer's tail (a participle after a comma, "as it …", a closing bracket).
"""
import pytest

from quotes import extract


def found(text):
    return [(q.text, q.speaker, q.kind) for q in extract(text, date="2024-04-10")]


CLOSING_ATTRIBUTIONS = [
    ("a run of modifiers before a site's name",
     "The skipper often sailed alone at night, the news site Harbor Info reported.",
     "The skipper often sailed alone at night", "Harbor Info"),
    ("a possessive and a title before a name",
     "There is deep worry about the toll among the island's fishers, Ana Ruiz’s longtime adviser Tom Bell stated.",
     "There is deep worry about the toll among the island's fishers", "Tom Bell"),
    ("the day, then where it was said",
     "Cal Dunn backed the ferry plan while the mayor was still in office, she said Wednesday morning on Harbor Radio.",
     "Cal Dunn backed the ferry plan while the mayor was still in office", None),
    ("the day, then a programme in marks",
     "The pier will stay shut until May, Ada Bell said Tuesday on Harbor Radio’s “Morning Tide.”",
     "The pier will stay shut until May", "Ada Bell"),
]


@pytest.mark.parametrize("name,text,said,speaker", CLOSING_ATTRIBUTIONS, ids=[c[0] for c in CLOSING_ATTRIBUTIONS])
def test_a_closing_attribution_reports_the_clause_before_it(name, text, said, speaker):
    quotes = found(text)
    assert any(t == said and k == "indirect" and (speaker is None or s == speaker) for t, s, k in quotes), quotes


NOT_A_CLOSING_ATTRIBUTION = [
    ("a noun and a new determiner: a phrase of its own",
     "The council cut the ferry budget, a plan the port authority chief said.",
     "The council cut the ferry budget"),
    ("a word of a clause after the comma",
     "The ferry sank in the bay, even before the port authority chief said.",
     "The ferry sank in the bay"),
]


@pytest.mark.parametrize("name,text,not_said", NOT_A_CLOSING_ATTRIBUTION,
                         ids=[c[0] for c in NOT_A_CLOSING_ATTRIBUTION])
def test_no_report_of_the_clause_before_a_phrase_of_its_own(name, text, not_said):
    quotes = found(text)
    assert all(t != not_said for t, _, _ in quotes), quotes


def test_the_programme_after_the_day_is_no_report_of_its_own():
    quotes = found("The pier will stay shut until May, Ada Bell said Tuesday on Harbor Radio’s “Morning Tide.”")
    assert [t for t, _, _ in quotes] == ["The pier will stay shut until May"], quotes


IMPERSONAL_PASSIVES = [
    ("it's been reported", "It’s been reported that the harbor master has been selling permits again.",
     "that the harbor master has been selling permits again"),
    ("it was widely reported", "The fee was never made public, and it was widely reported that Bell paid $2 million.",
     "that Bell paid $2 million"),
    ("a day before that", "It was confirmed on Monday that the old pier will close for good.",
     "that the old pier will close for good"),
    ("inside an opening subordinate clause",
     "In an era when it was said that the ferry line might never turn a profit, Ruiz doubled its sailings.",
     "that the ferry line might never turn a profit"),
]


@pytest.mark.parametrize("name,text,said", IMPERSONAL_PASSIVES, ids=[c[0] for c in IMPERSONAL_PASSIVES])
def test_an_impersonal_passive_reports_its_that_clause(name, text, said):
    quotes = found(text)
    assert (said, None, "indirect") in quotes, quotes


NOT_IMPERSONAL_REPORTS = [
    ("no that-clause", "It was announced at noon in the town hall."),
    ("a comma, no that", "It is said, in the harbor at least, with a shrug."),
    ("argued, then when", "When it was argued last spring, the court split four to four."),
]


@pytest.mark.parametrize("name,text", NOT_IMPERSONAL_REPORTS, ids=[c[0] for c in NOT_IMPERSONAL_REPORTS])
def test_no_report_without_the_impersonal_that_clause(name, text):
    assert found(text) == []


REPORTEDLY = [
    ("is reportedly, whole clause", "The Harbor Club is reportedly spending $2 million on radio ads before the vote.",
     "The Harbor Club is reportedly spending $2 million on radio ads before the vote"),
    ("after an opening phrase, up to a participle",
     "All told, the thieves have reportedly opened more than 90 ferry accounts, leaving the crews uneasy.",
     "the thieves have reportedly opened more than 90 ferry accounts"),
    ("a second predicate: the sentence's subject",
     "Dana Ruiz is a pilot, but has reportedly been cool toward the mayor all year.",
     "Dana Ruiz is a pilot, but has reportedly been cool toward the mayor all year"),
    ("up to 'as it'", "The port office is reportedly drawing up plans to sell the pier as it nears the end of its audit.",
     "The port office is reportedly drawing up plans to sell the pier"),
    ("inside brackets", "Ahead of the vote (his aides have reportedly hired two pollsters from Ashford) Bell stayed calm.",
     "his aides have reportedly hired two pollsters from Ashford"),
]


@pytest.mark.parametrize("name,text,said", REPORTEDLY, ids=[c[0] for c in REPORTEDLY])
def test_reportedly_makes_the_clause_a_report(name, text, said):
    quotes = found(text)
    assert (said, None, "indirect") in quotes, quotes


def test_reportedly_in_a_relative_clause_reports_nothing():
    assert found("The mayor, who has reportedly been ill for weeks, spoke on Monday.") == []


def test_reportedly_before_a_verb_of_saying_leaves_the_report_to_the_verb():
    assert [t for t, _, _ in found("The board has reportedly said that the pier will close.")] == \
        ["that the pier will close"]


WHEN_OR_WHERE_THEN_A_BREAK = [
    ("a comma, then the writer's 'because'",
     "A clear win is essential, he said after talks with harbor aides on Thursday, because he said the board wants to stall.",
     ["A clear win is essential", "the board wants to stall"]),
    ("a dash, then the writer's appositive",
     "Ferry losses will double this year, the port audit office reported on Tuesday -- a finding that alarms the mayor.",
     ["Ferry losses will double this year"]),
    ("'and' and more of the same report",
     "The middle fifth owed 9 percent of the toll, the agency said in its spring review, and the bottom fifth owed 1 percent.",
     ["The middle fifth owed 9 percent of the toll and the bottom fifth owed 1 percent"]),
    ("an opening phrase, then the clause",
     "In the old United Kingdom of the Northern Isles, as Cal Dunn reported in his memoir, the court kept lavish "
     "summer houses.",
     ["In the old United Kingdom of the Northern Isles the court kept lavish summer houses"]),
    ("a quote after the comma is what was said",
     "Ada Bell said at a rally on Monday, “The pier stays open.”",
     ["The pier stays open."]),
]


@pytest.mark.parametrize("name,text,said", WHEN_OR_WHERE_THEN_A_BREAK, ids=[c[0] for c in WHEN_OR_WHERE_THEN_A_BREAK])
def test_when_or_where_then_a_break_closes_the_attribution(name, text, said):
    quotes = [t for t, _, _ in found(text)]
    assert quotes == said, quotes


def test_a_participle_after_a_one_word_object_reports_on_its_own():
    quotes = found("The harbor chief has praised Bell, saying he was a tougher boss than Mayor Ana Ruiz, a Democrat.")
    assert ("Bell", "The harbor chief", "indirect") in quotes, quotes
    assert ("he was a tougher boss than Mayor Ana Ruiz", "The harbor chief", "indirect") in quotes, quotes


THAT_IS_ACCORDING_TO = [
    ("that's", "The ferry lost $3 million last year. That’s according to the harbor board.", "That", "the harbor board"),
    ("this is", "Tolls rose twice in the spring. This is according to the port office.", "This", "the port office"),
]


@pytest.mark.parametrize("name,text,said,source", THAT_IS_ACCORDING_TO, ids=[c[0] for c in THAT_IS_ACCORDING_TO])
def test_that_is_according_to_reports_the_demonstrative(name, text, said, source):
    quotes = [(q.text, q.speaker) for q in extract(text) if q.cue == "according to"]
    assert quotes == [(said, source)], quotes


def test_according_to_after_a_longer_opening_is_not_the_demonstrative_rule():
    quotes = [q.text for q in extract("That plan is doomed, according to the harbor board.")]
    assert quotes == ["That plan is doomed"], quotes


AS_HE_SAID = [
    ("as she said", "Her mother also grew up in Ashford, as she said at the start of the rally.",
     "Her mother also grew up in Ashford"),
    ("as he has alleged", "Ruiz is struggling to show how the board was swayed by the ferry money, as he has often alleged.",
     "Ruiz is struggling to show how the board was swayed by the ferry money"),
]


@pytest.mark.parametrize("name,text,said", AS_HE_SAID, ids=[c[0] for c in AS_HE_SAID])
def test_an_aside_of_as_and_a_pronoun_attributes_the_clause_before_it(name, text, said):
    assert said in [t for t, _, _ in found(text)], found(text)


def test_the_writers_as_i_aside_reports_nothing_of_its_own():
    quotes = [t for t, _, _ in found("If, as I have argued, the pier is unsafe, the council should close it.")]
    assert "the pier is unsafe" not in quotes, quotes
