"""Work done once per article instead of once per stretch must hand each stretch what the per-stretch work
found: the text's sentence ends, looked up by stretch, are the ends a scan of that stretch finds."""
import random

import pytest

from quotes.engine import text as T

# (text, where the stretch starts, where it ends)
SENTENCE_END_ROWS = [
    pytest.param("Olek Varn left. He came back. Then rain.", 0, 40, id="whole-text"),
    pytest.param("Olek Varn left. He came back. Then rain.", 16, 40, id="second-sentence-on"),
    pytest.param("Olek Varn left. He came back. Then rain.", 0, 15, id="stretch-ends-at-the-stop"),
    pytest.param("Olek Varn left. He came back. Then rain.", 0, 16, id="space-fits-inside"),
    pytest.param("Wait... what?! No.", 5, 18, id="run-straddles-the-start"),
    pytest.param("Wait... what?! No.", 7, 18, id="stretch-starts-after-the-run"),
    pytest.param("He said “stop.” Then left.", 0, 15, id="closing-mark-reaches-the-end"),
    pytest.param("He said “stop.” Then left.", 0, 16, id="closing-mark-and-space-fit"),
    pytest.param("no stop at all", 0, 14, id="no-stops"),
    pytest.param("", 0, 0, id="empty"),
    pytest.param("A. B.", 0, 99, id="end-past-the-text"),
]


@pytest.mark.parametrize("text, pos, endpos", SENTENCE_END_ROWS)
def test_article_sentence_ends_by_stretch(text, pos, endpos):
    assert T._ArticleSentenceEnds(text).between(pos, endpos) == T._scan_sentence_ends(text, pos, endpos)
    assert T._sentence_ends(text, pos, endpos) == T._scan_sentence_ends(text, pos, endpos)


def test_article_sentence_ends_by_stretch_on_random_text():
    """Strings of stops, closing marks, spaces and letters, with every stretch of them."""
    alphabet = [".", "!", "?", "…", "”", "’", '"', "'", ")", "]", "»", " ", "\n", "\u00a0", "a", "B"]
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        found = T._ArticleSentenceEnds(text)
        for pos in range(len(text) + 1):
            for endpos in range(pos, len(text) + 2):
                assert found.between(pos, endpos) == T._scan_sentence_ends(text, pos, endpos), (text, pos, endpos)


from quotes.engine import attribution as A

# (text, where the match is tried): each prefiltered pattern's answer is the bare regex's
PREFILTER_ROWS = [
    pytest.param(" in the hall at Fenwick", 0, id="preposition-opens"),
    pytest.param(", At dusk", 0, id="comma-then-capital-preposition"),
    pytest.param(" the plan was sound", 0, id="no-preposition"),
    pytest.param("\u00a0in the hall", 0, id="no-break-space-goes-to-the-regex"),
    pytest.param(" íntimo", 0, id="non-ascii-letter-goes-to-the-regex"),
    pytest.param(" Monday, after the vote", 0, id="day-opens"),
    pytest.param(" on Tuesday night", 0, id="on-a-day"),
    pytest.param("Monday", 0, id="day-with-no-space-before"),
    pytest.param(" that the pier would close", 0, id="a-clause-opens"),
    pytest.param("   ", 0, id="only-space"),
    pytest.param("", 0, id="empty"),
    pytest.param("said", 4, id="at-the-end"),
    pytest.param(" in the tweet does not exist", 0, id="phrase-of-where-then-a-verb"),
    pytest.param(" - now looks wise", 0, id="dash-then-a-verb"),
    pytest.param(" — now looks wise", 0, id="long-dash-goes-to-the-regex"),
    pytest.param(" the levy in May", 0, id="object-then-a-phrase"),
]


@pytest.mark.parametrize("text, pos", PREFILTER_ROWS)
def test_prefiltered_patterns_answer_as_the_regex(text, pos):
    for endpos in range(pos, len(text) + 2):
        assert _span(A._day_after(text, pos, endpos)) == _span(A._DAY_AFTER.match(text, pos, endpos))
        assert _span(A._adjunct_only(text, pos, endpos)) == _span(A._ADJUNCT_ONLY.match(text, pos, endpos))
        assert _span(A._gap_verb_after_adjunct(text, pos, endpos)) == \
            _span(A._GAP_VERB_AFTER_ADJUNCT.match(text, pos, endpos))
    assert _span(A._adjunct_only(text[pos:])) == _span(A._ADJUNCT_ONLY.match(text[pos:]))


def test_prefiltered_patterns_on_random_text():
    """Strings of the patterns' words, letters, spaces and commas, at every offset and end."""
    pieces = [" ", ",", "\u00a0", "\n", "\x1c", "in", "At", "on", "by", "Monday", "today", "later", "last week",
              "that", "x", "Z", "é", "İ", ".", "—",
              "-", "During", "the", "looks", "does"]
    rng = random.Random(5)
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        for pos in range(len(text) + 1):
            for endpos in range(pos, len(text) + 2):
                assert _span(A._day_after(text, pos, endpos)) == _span(A._DAY_AFTER.match(text, pos, endpos)), (text, pos)
                assert _span(A._adjunct_only(text, pos, endpos)) == _span(A._ADJUNCT_ONLY.match(text, pos, endpos)), (text, pos)
                assert _span(A._gap_verb_after_adjunct(text, pos, endpos)) == \
                    _span(A._GAP_VERB_AFTER_ADJUNCT.match(text, pos, endpos)), (text, pos)


def _span(m):
    return m.span() if m is not None else None
