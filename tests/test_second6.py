"""Reports whose verb follows "to" after another verb of the same subject ("he continued to complain that …")."""
import pytest

import quotes

# sentence -> (quoted text, speaker's mention, cue) of the report read from the verb after "to"
ROWS = [
    # "continued to" after a subject pronoun: the subject is the pronoun, not a name further back
    ("Ruiz said the pier was unsafe. And he continued to insist the harbor council had been unfair to him.",
     "the harbor council had been unfair to him", "he", "insist"),
    ("Hale admitted the ferry was late - but she then continued to suggest the delays were not her fault.",
     "the delays were not her fault", "she", "suggest"),
    ("While he said he respected the mayor, he continued to express grave doubts over her budget.",
     "grave doubts over her budget", "he", "express"),
]


@pytest.mark.parametrize("text,quoted,mention,cue", ROWS)
def test_report_after_to(text, quoted, mention, cue):
    found = [q for q in quotes.extract(text) if q.cue == cue]
    assert found, [(q.text, q.cue) for q in quotes.extract(text)]
    assert found[0].text == quoted
    assert found[0].mention == mention


# a verb or adjective before "to" that carries its subject into the verb of speech after it
LEAD_IN_ROWS = [
    ("Mayor Ruiz seemed to suggest that the pier would close in May.",
     "that the pier would close in May", "Mayor Ruiz", "suggest"),
    ("Ms. Hale tried to explain why the ferry was late again.", "why the ferry was late again", "Ms. Hale", "explain"),
    ("Bell was quick to add that the toll would stay.", "that the toll would stay", "Bell", "add"),
    ("Ruiz is likely to stress to voters that the budget is balanced.", "to voters that the budget is balanced", "Ruiz", "stress"),
]


@pytest.mark.parametrize("text,quoted,mention,cue", LEAD_IN_ROWS)
def test_lead_in_before_to(text, quoted, mention, cue):
    test_report_after_to(text, quoted, mention, cue)


# no report: a participle after "while" has the sentence's subject, found elsewhere; a colon after the verb
# opens the writer's next sentence
NO_REPORT_ROWS = [
    ('Hale said she was "going to close the old docks," while trying to explain the levy to the harbor board.', "explain"),
    ("Traders appeared to agree: The pier stocks rose by ten percent.", "agree"),
]


@pytest.mark.parametrize("text,cue", NO_REPORT_ROWS)
def test_no_lead_in_report(text, cue):
    assert not [q for q in quotes.extract(text) if q.cue == cue]


# "point out" in its base form is a verb of speech as "points out" is, after "to" too
POINT_OUT_ROWS = [
    ("Bell was quick to point out the toll would stay.", "the toll would stay", "Bell", "point out"),
    ("Harbor critics point out that the toll has doubled.", "that the toll has doubled", "Harbor critics", "point out"),
]


@pytest.mark.parametrize("text,quoted,mention,cue", POINT_OUT_ROWS)
def test_point_out(text, quoted, mention, cue):
    test_report_after_to(text, quoted, mention, cue)
