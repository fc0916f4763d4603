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
