"""A wire story's conventions, in our own sentences: the dateline opening its first paragraph is no part of
what anyone said, and "Quill, asked on Friday whether …, said:" puts a question to Quill, who did not ask it."""
import pytest

from quotes import extract


def quotes_of(text):
    return extract(text, date="2024-05-03")


DATELINE_ROWS = [
    pytest.param("WASHINGTON — A deal to fund the ferries collapsed late Thursday, according to three aides.",
                 "A deal to fund the ferries collapsed late Thursday", id="city-and-dash"),
    pytest.param("LENNING, Maine (AP) — The ferry will stop in winter, officials said.",
                 "The ferry will stop in winter", id="city-state-and-agency"),
    pytest.param("PORT ELLEN - The harbour will close for repairs, the council said.",
                 "The harbour will close for repairs", id="two-word-city-and-hyphen"),
    # look-alikes: capitals and a dash that are no dateline
    pytest.param("NATO — the alliance — will meet in May, officials said.", "NATO — the alliance — will meet in May",
                 id="an-aside-between-dashes"),
    pytest.param("The ferry will stop in winter — and for good, officials said.",
                 "The ferry will stop in winter — and for good", id="a-dash-mid-sentence"),
]


@pytest.mark.parametrize("text, words", DATELINE_ROWS)
def test_a_dateline_is_no_part_of_the_report(text, words):
    assert quotes_of(text)[0].text == words


def test_a_question_put_to_the_speaker_is_not_theirs():
    found = quotes_of("Quill, asked on Friday whether she would back a smaller bill, said: “Send me one.”")
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        ("indirect", "whether she would back a smaller bill", None),
        ("direct", "Send me one.", "Quill"),
    ]
