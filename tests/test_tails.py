"""Reports that ran on past their end: the sentence's own words after a report inside a subordinate or
relative clause, and the writer's words after a quoted word or two.

Each row is a sentence of the team's own (invented people and places) and the report it must give; the
look-alikes are sentences of the same shape that the rule must leave as they were.
"""
import pytest

from found import find
from quotes import extract


def report_text(text, phrase):
    """The words of the report that holds the phrase."""
    return find(extract(text), phrase).text


# a report inside a subordinate or relative clause ends where the sentence's own clause or predicate begins
SUBORDINATE_CLAUSE_END = [
    ("'Years after' opens the clause, a named subject's clause follows",
     "Years after Mayor Ines Vallo claimed that the harbor tunnel was safe, Governor Tomas Reyes closed it for "
     "repairs.",
     "harbor tunnel", "that the harbor tunnel was safe"),
    ("'Just when' opens the clause",
     "Just when the planners thought the ferry fares had been settled by the new board, Reyes raised them again.",
     "ferry fares", "the ferry fares had been settled by the new board"),
    ("a connective before 'while'",
     "However, while the union says its members are ready to return to work, they are not getting any offers "
     "from the mills.",
     "ready to return", "its members are ready to return to work"),
    ("'Even as' opens the clause, the next subject's verb has an auxiliary",
     "Even as he accused the water board of hiding the test results, Councilman Pavel Drey would not say who "
     "had leaked them.",
     "hiding the test results", "the water board of hiding the test results"),
    ("'when' after the sentence's opening phrase and its comma",
     "Last month, when I asked Senator Orla Brink if she would back the canal bill, she laughed and changed the "
     "subject.",
     "canal bill", "if she would back the canal bill"),
    ("'in which' opens a relative clause, the sentence's predicate follows",
     "The Tuesday ruling, in which Judge Tomas Arvel cited strong public interest in the dam project, was "
     "issued at the request of a local paper.",
     "public interest", "strong public interest in the dam project"),
    ("'in which' with a second predicate inside the relative clause",
     "The press briefing, in which the chief laid out a long record of delays but then announced that he would "
     "not resign, was the latest in a series of setbacks.",
     "would not resign", "that he would not resign"),
    # the commas inside the report end nothing: only the one a clause or predicate follows
    ("a list inside the relative clause's report stays whole",
     "The Tuesday ruling, in which Judge Tomas Arvel cited the dam, the canal and the old locks, was issued at "
     "the request of a local paper.",
     "the canal", "the dam, the canal and the old locks"),
    ("a phrase after a comma inside the report stays",
     "Last month, when I asked Senator Orla Brink about the canal bill, including its clause on fishing rights, "
     "she laughed.",
     "canal bill", "Senator Orla Brink about the canal bill, including its clause on fishing rights"),
    ("'especially' after a comma is the report's, the clause after the next comma is not",
     "Even as he urged the water board to hire more inspectors, especially for the old dams, the mayor halved "
     "its budget.",
     "more inspectors", "the water board to hire more inspectors, especially for the old dams"),
    ("look-alike: outside a subordinate clause a participle set off by commas is the report's",
     "Judge Tomas Arvel said the ruling, issued at the request of a local paper, was final.",
     "was final", "the ruling, issued at the request of a local paper, was final"),
    ("look-alike: a plain opening subordinate clause was cut before and still is",
     "Years after the mayor claimed the pier was safe, the council closed it.",
     "pier", "the pier was safe"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in SUBORDINATE_CLAUSE_END],
                         ids=[r[0] for r in SUBORDINATE_CLAUSE_END])
def test_report_in_a_subordinate_clause_ends_where_the_sentence_resumes(text, phrase, said):
    assert report_text(text, phrase) == said


def test_the_predicate_after_a_relative_clause_is_no_report_of_its_own():
    """'…, in which X questioned Y, offered a plan': the sentence's own predicate keeps its words claimed, so
    no other cue reads a report of its own out of them."""
    text = "The report, in which the auditor questioned the ferry budget, offered a modest plan for the harbor."
    assert [q.text for q in extract(text)] == ["the ferry budget"]


# a relative clause set off after the report's last noun is the writer's note on it ("who" and "which" were
# already read so; "whom", "whose" and "both of whom" are the same shape)
RELATIVE_TAIL = [
    ("'for whom' after the report's last name",
     "Senator Orla Brink said she favors the canal plan and Governor Tomas Reyes, for whom she will host a "
     "dinner in Port Lenning.",
     "canal plan", "she favors the canal plan and Governor Tomas Reyes"),
    ("'both of whom' after two names",
     "Reyes hoped to emerge as the calm choice between Vallo and Brink, both of whom are distrusted by the "
     "harbor guild.",
     "calm choice", "to emerge as the calm choice between Vallo and Brink"),
    ("'whose' after the report's last noun",
     "Mayor Ines Vallo revealed that twenty clerks have been assigned to the audit, whose findings will be "
     "published in May.",
     "twenty clerks", "that twenty clerks have been assigned to the audit"),
    ("'whom' after a name, and the verb inside the relative clause reports nothing of its own",
     "In his speech, Governor Tomas Reyes offered warm thanks to Mr. Vallo, whom he attacked viciously during "
     "the race.",
     "warm thanks", "warm thanks to Mr. Vallo"),
    ("look-alike: a 'whose' clause inside the reported clause's subject, its predicate after it",
     "Mayor Ines Vallo said the clerk, whose office sits by the pier, would resign.",
     "would resign", "the clerk, whose office sits by the pier, would resign"),
    ("look-alike: a 'most of whom' clause inside the reported clause's subject",
     "Mayor Ines Vallo said the ferry board, most of whom live on the island, would meet on Monday.",
     "ferry board", "the ferry board, most of whom live on the island, would meet on Monday"),
]


@pytest.mark.parametrize("text, phrase, said", [r[1:] for r in RELATIVE_TAIL], ids=[r[0] for r in RELATIVE_TAIL])
def test_relative_clause_after_the_report_is_the_writers(text, phrase, said):
    assert report_text(text, phrase) == said


LONE_ADVERB = [
    ("an adverb of how is no object", "Governor Tomas Reyes attacked viciously during the campaign.", []),
    ("an adverb after a stance verb", "Governor Tomas Reyes criticized harshly on Tuesday.", []),
    ("look-alike: one name is still the object", "Governor Tomas Reyes attacked Vallo during the campaign.",
     ["Vallo"]),
]


@pytest.mark.parametrize("text, said", [r[1:] for r in LONE_ADVERB], ids=[r[0] for r in LONE_ADVERB])
def test_a_lone_adverb_is_no_report(text, said):
    assert [q.text for q in extract(text)] == said


# a comma and a comparison of a figure in the report ("…, up four points from …", "…, less than half of …")
# is the writer setting the figure against another, not what was said
COMPARISON_TAIL = [
    ("'down sharply from'",
     "The ferry company said it would give $8,000 to the harbor fund, down sharply from the $90,000 it gave "
     "last year.",
     "it would give $8,000 to the harbor fund"),
    ("'up three points from'",
     "The Port Lenning poll found that 40 percent of island voters back Vallo, up three points from the March "
     "count.",
     "that 40 percent of island voters back Vallo"),
    ("'less than half of'",
     "Analysts said the station probably drew some 3 million people, less than half of the audience for the "
     "first debate.",
     "the station probably drew some 3 million people"),
    ("'double the number'",
     "In the survey, 55 percent of residents said Vallo would handle the harbor better, double the number who "
     "said so of Reyes.",
     "Vallo would handle the harbor better"),
    ("'higher than'",
     "Reyes said his fee was between $5,000 and $9,000 for the dinner, higher than any fee he listed last year.",
     "his fee was between $5,000 and $9,000 for the dinner"),
    ("look-alike: 'more than half' opening the reported clause's subject",
     "Vallo said more than half of the ferry crews were ready to strike.",
     "more than half of the ferry crews were ready to strike"),
    ("look-alike: 'up from' with no comma is the clause's own",
     "Vallo said the fare went up from $4 to $6 in March.",
     "the fare went up from $4 to $6 in March"),
]


@pytest.mark.parametrize("text, said", [r[1:] for r in COMPARISON_TAIL], ids=[r[0] for r in COMPARISON_TAIL])
def test_a_figures_comparison_after_the_report_is_the_writers(text, said):
    assert said in [q.text for q in extract(text)]
