"""Shortcuts that make extraction cheaper must never change what it finds.

Each row is (why, text, where the shortcut applies, expected): the shortcut's answer must equal the plain
computation's on the row, and then on random strings built from the pieces that matter to it.
"""
import random

import pytest

from quotes.engine import dates as D

# (why, a stretch a date is looked for in, the dates found in it as DATE_PHRASE finds them from its start)
DATE_SCAN_ROWS = [
    ("a weekday after many words", "the harbor board said on Wednesday morning", ["Wednesday morning"]),
    ("yesterday, six letters before its day", "Ilse Varn told reporters yesterday", ["yesterday"]),
    ("a year after during", "the mill closed, she said during 2019 talks", ["during 2019"]),
    ("a year after in", "as the pier keeper wrote in 2011", ["in 2011"]),
    ("the year of an interview: the match is the year alone", "Orrin Pell said in a 2014 interview",
     ["2014"]),
    ("a month and its day", "the council voted on March 3", ["March 3"]),
    ("an abbreviation with its period", "wrote on Sept. 12 to the board", ["Sept. 12"]),
    ("a month with its capital after in", "the levy rose in April", ["April"]),
    ("this and last", "said this morning and last week", ["this morning", "last week"]),
    ("tonight", "the ferry runs tonight, the keeper said", ["tonight"]),
    ("a date word inside another word first", "the mayor of Dunmore said on Friday", ["Friday"]),
    ("capitals, which the pattern's ignoring case reads", "SAID ON TUESDAY", ["TUESDAY"]),
    ("a Kelvin sign, which it reads as a k: the scan starts at the beginning", "said on \u212aelby Monday",
     ["Monday"]),
    ("a long s", "said on \u017funday", ["\u017funday"]),
    ("a date right at the start", "Monday, she said", ["Monday"]),
    ("no date at all", "the council said that the bridge was safe", []),
]


def _dates_from(text, pos):
    return [m.group() for m in D.DATE_PHRASE.finditer(text, pos, len(text))]


@pytest.mark.parametrize("why, window, expected", DATE_SCAN_ROWS, ids=[r[0] for r in DATE_SCAN_ROWS])
def test_date_scan_start_keeps_every_match(why, window, expected):
    assert _dates_from(window, 0) == expected
    text = "Kel Dorn, 20 days ago. " + window     # (the scan of a stretch inside a longer text)
    start = len(text) - len(window)
    assert _dates_from(text, start + D._date_scan_offset(text[start:])) == _dates_from(text, start)


def test_date_scan_start_on_random_text():
    pieces = ["in ", "during ", "a ", "2019", "19", "20", " ", "Wednes", "day", "yester", "to", "night", "this ",
              "last ", "week", "March", "Sept.", "may", "Mar", "3", ",", ".", "\n", "x", "\u212a", "\u017f",
              "\u0130", "interview", "said ", "the "]
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for start in range(0, len(text) + 1, 4):
            offset = D._date_scan_offset(text[start:])
            assert _dates_from(text, start + offset) == _dates_from(text, start), (text, start)
