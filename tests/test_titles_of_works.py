"""A work's title in quotation marks.

"The paper, titled «Silent Outbursts», argues that …": the title is what the paper is called, nobody's
words, so it is no quote; the paper's argument after it is a report, the title's comma ending an aside.
A title the sentence gives to someone's work ("the council released a report titled “…”", "a paper titled
“…” by Ana Ruiz") is kept, as that person's or body's words.
"""
import pytest

import quotes

NOT_QUOTES = [
    "The paper, titled «Silent Outbursts», was published on Monday.",
    'The festival opened with a short film titled "Low Water" about the drought.',
    'Titled “Harbour Lights,” the video runs for four minutes.',
]


@pytest.mark.parametrize("article", NOT_QUOTES)
def test_a_title_no_one_is_named_for_is_no_quote(article):
    assert quotes.extract(article, date="2024-04-10") == []


REPORTS_AFTER_A_TITLE = [
    ("The paper, titled «Silent Outbursts», argues that many of the events happened at night.",
     "that many of the events happened at night", "The paper"),
    ('The ad, titled "Fair Fares", concludes that the bus plan would cost too much.',
     "that the bus plan would cost too much", "The ad"),
]


@pytest.mark.parametrize("article, words, mention", REPORTS_AFTER_A_TITLE)
def test_the_report_after_a_titled_aside(article, words, mention):
    found = quotes.extract(article, date="2024-04-10")
    assert [(q.text, q.kind, q.mention) for q in found] == [(words, "indirect", mention)]


def test_a_title_of_someone_s_work_is_kept():
    article = ("Council leader Ana Ruiz released a report titled “A Harbour for Everyone” on Monday. "
               "She said the port would grow.")
    found = quotes.extract(article, date="2024-04-10")
    assert ("A Harbour for Everyone", "Ana Ruiz") in [(q.text, q.speaker) for q in found]
