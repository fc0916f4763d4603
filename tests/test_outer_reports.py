"""A report nested inside another one's complement belongs to the outer verb, in sentences the team wrote.

Each table row: a name, the text, and the reports it makes, as {cue: [report text, …]}. A cue that makes
no report is listed with an empty list.
"""
import pytest

from quotes import extract


def reports_by_cue(text, cues):
    """The text of the reports in ``text`` for each of ``cues`` (auxiliaries and all: "is calling")."""
    found = extract(text)
    return {cue: [q.text for q in found if q.cue == cue] for cue in cues}


NESTED_IN_A_STANCE_VERB = [
    ("stance noun + that-clause with a speech verb",
     "Mr. Hale rejected the notion that the council is calling the mayor corrupt.",
     {"rejected": ["the notion that the council is calling the mayor corrupt"], "is calling": []}),
    ("stance verb + object + when-clause with a speech verb",
     "Ms. Orr rebuked Mr. Dunne when he called for closing the beaches.",
     {"rebuked": ["Mr. Dunne when he called for closing the beaches"], "called": []}),
    ("stance verb + object with a relative clause of speech",
     "The mayor portrayed Mr. Vance as a candidate who would split the town into the very camps that "
     "Ms. Orr argued in 2004 were unhealthy.",
     {"portrayed": ["Mr. Vance as a candidate who would split the town into the very camps that Ms. Orr "
                    "argued in 2004 were unhealthy"], "argued": []}),
    # look-alikes: the inner report stays where the stance clause has run past a comma, or holds quoted words
    ("stance clause past a comma into the sentence's own report",
     "Like other owners who foresee a profit from the marina, Mr. Pell said his crew had begun a second dock.",
     # (the relative clause's report now ends at the opening phrase's comma, so both stand)
     {"foresee": ["a profit from the marina"], "said": ["his crew had begun a second dock"]}),
    ("inner report with quoted words",
     "Port Alder sought the regatta as a way to lose what Mayor Tilde Brann called “a sleepy image.”",
     {"sought": [], "called": ["“a sleepy image.”"]}),
]


@pytest.mark.parametrize("name,text,reports", NESTED_IN_A_STANCE_VERB, ids=[c[0] for c in NESTED_IN_A_STANCE_VERB])
def test_a_report_nested_in_a_stance_verb_s_complement(name, text, reports):
    assert reports_by_cue(text, reports) == reports


A_SECOND_THAT_CLAUSE = [
    ("'and that' + subject + a speech verb",
     "Ms. Ruiz said divers saw a hull and that one was found near the reef.",
     {"said": ["divers saw a hull and that one was found near the reef"], "was found": []}),
    ("'but that' + subject + a speech verb",
     "Mr. Pell said he asked twice to meet the board but that his requests were denied.",
     {"said": ["he asked twice to meet the board but that his requests were denied"], "were denied": []}),
    ("'and that' + subject + a verb of thinking",
     "Ms. Ruiz said she would send a plan to the council within a month and that she thinks it would pass.",
     {"said": ["she would send a plan to the council within a month and that she thinks it would pass"],
      "thinks": []}),
    # look-alikes: "that" as the subject of the second verb, and a second verb of speech, start a new report
    ("'and that' as the subject of the verb",
     "Ms. Ruiz said the ferry sank and that worried the town.",
     {"said": ["the ferry sank"]}),
    ("'but' + a second speech verb",
     "Ms. Ruiz said the ferry was late but said the crew was not to blame.",
     {"said": ["the ferry was late", "the crew was not to blame"]}),
]


@pytest.mark.parametrize("name,text,reports", A_SECOND_THAT_CLAUSE, ids=[c[0] for c in A_SECOND_THAT_CLAUSE])
def test_a_second_that_clause_is_still_what_was_said(name, text, reports):
    assert reports_by_cue(text, reports) == reports
