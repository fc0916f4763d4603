"""The date a quote was said is looked for only around the words said, not in them: that must give the
date the plain scan of the whole window gives, which passes over every phrase starting inside them."""
import datetime as dt
import random

import pytest

from quotes.engine import dates as D

ARTICLE_DATE = dt.date(2024, 4, 10)


def plain_scan(text, windows, said):
    """The scan before: every phrase of each window, those starting inside the words said passed over."""
    for lo, hi in windows:
        for m in D.DATE_PHRASE.finditer(text, lo, hi):
            if any(s <= m.start() < e for s, e in said):
                continue
            when = D.resolve(m, ARTICLE_DATE)
            if when is not None:
                return when
    return ARTICLE_DATE.isoformat()


ROWS = [
    pytest.param("The pier shut on Monday, the council said on Friday.", [(0, 52)], ((0, 23),),
                 id="date-after-the-words-said"),
    pytest.param("On Monday the mayor said the vote on March 3 went badly.", [(0, 57)], ((24, 56),),
                 id="date-before-them"),
    pytest.param("Ann Ruiz said on Tuesday that the pier would close.", [(0, 51)], ((30, 50),),
                 id="date-between-cue-and-clause"),
    pytest.param("“It shut on Monday,” she said.", [(0, 30)], ((1, 18),), id="only-a-date-inside"),
    pytest.param("He told reporters in 2019 that it was so.", [(0, 41)], ((26, 40), (0, 2)),
                 id="two-pieces-out-of-order"),
    pytest.param("She said it last week.", [(30, 40)], (), id="window-past-the-text"),
]


@pytest.mark.parametrize("text, windows, said", ROWS)
def test_date_found_around_the_words_said(text, windows, said):
    assert D.date_said(text, windows, ARTICLE_DATE, said) == plain_scan(text, windows, said)


def test_date_found_around_the_words_said_on_random_text():
    pieces = ["on Monday", "Tuesday night", "last week", "last month", "in March", "March 3", "in 2019",
              "in 2031", "yesterday", "today", " said ", " the pier ", ", ", ". ", "in 2019 percent", "may", " "]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        cuts = sorted(rng.randint(0, len(text)) for _ in range(4))
        said = ((cuts[0], cuts[1]), (cuts[2], cuts[3]))[: rng.randint(0, 2)]
        lo = rng.randint(0, len(text))
        windows = [(lo, rng.randint(lo, len(text) + 3)), (0, len(text))][: rng.randint(1, 2)]
        assert D.date_said(text, windows, ARTICLE_DATE, said) == plain_scan(text, windows, said), (text, windows, said)
