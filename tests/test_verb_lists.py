"""A list of what the subject did, one verb after another: each verb of speech or stance reports on its own.

"Ruiz urged the council to close the pier, proposed that more ferries be added, …": the second verb has no
subject of its own before it; it is the sentence subject's next deed, and what it reports ("that more ferries be
added") is a report of its own, not words the first report holds back. A participle in a passive aside ("The
plan, proposed in May, …") is no such verb, nor is a verb after an aside with its own verb ("Ruiz, who spoke on
condition of anonymity, said …").
"""
import pytest

import quotes

LEAD = "The council met on Monday. "

CASES = [
    # (sentence, the report of the second verb, its speaker)
    ("Ana Ruiz urged the council to close the pier, proposed that more ferries be added, and left.",
     "that more ferries be added", "Ana Ruiz"),
    ("Tom Vale praised the crews, demanded that the toll be scrapped and went home.",
     "that the toll be scrapped", "Tom Vale"),
]


@pytest.mark.parametrize("sentence, report, speaker", CASES)
def test_the_next_verb_of_a_list_reports_for_the_sentence_subject(sentence, report, speaker):
    found = quotes.extract(LEAD + sentence)
    assert any(q.text.startswith(report) and q.speaker == speaker for q in found), \
        [(q.text, q.speaker) for q in found]


def test_the_first_verb_keeps_its_own_report():
    found = quotes.extract(LEAD + "Ana Ruiz urged the council to close the pier, proposed that more ferries be added.")
    assert ("the council to close the pier", "Ana Ruiz") in [(q.text, q.speaker) for q in found]


def test_a_participle_in_a_passive_aside_reports_nothing():
    assert quotes.extract(LEAD + "The plan, proposed in May, would close the pier.") == []
