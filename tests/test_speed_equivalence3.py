"""Cheap tests put before a regex that seldom matches must never change its answer: where the test says the
pattern cannot match, the bare pattern finds nothing either (table rows, then random strings)."""
import random

import pytest

from quotes.engine import people as P

# a word tested for a place in a name: is it a particle joined to its surname by a hyphen?
JOINED_PARTICLE_ROWS = [
    pytest.param("al-Karimi", id="al-hyphen-surname"),
    pytest.param("el-Din", id="el-hyphen-surname"),
    pytest.param("ash-Shami", id="three-letter-particle"),
    pytest.param("an-Nur", id="an-particle"),
    pytest.param("al-karimi", id="lower-case-after-the-hyphen"),
    pytest.param("Al-Karimi", id="capital-particle-is-case-sensitive"),
    pytest.param("also", id="a-word-with-no-hyphen"),
    pytest.param("ex-mayor", id="hyphen-third-but-no-particle"),
    pytest.param("anti-war", id="hyphen-fifth"),
    pytest.param("a-", id="too-short"),
    pytest.param("", id="empty"),
    pytest.param("said", id="plain-word"),
]


@pytest.mark.parametrize("word", JOINED_PARTICLE_ROWS)
def test_joined_particle_prefilter_keeps_the_regex_answer(word):
    bare = P._JOINED_PARTICLE.match(word) is not None
    assert (P._may_be_a_joined_particle(word) and bare) == bare
    assert P.in_a_name(word) == (word[:1].isupper() or word.lower() in P.NAME_PARTICLES or bare)


def test_joined_particle_prefilter_on_random_words():
    alphabet = ["a", "e", "l", "s", "h", "n", "z", "r", "d", "t", "-", "K", "É", "x", " "]
    rng = random.Random(3)
    for _ in range(20000):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
        if P._JOINED_PARTICLE.match(word) is not None:
            assert P._may_be_a_joined_particle(word), word


from quotes.engine import attribution as A

# (text before a cue, up to the cue's verb): a relative clause the cue may sit in, or none
RELATIVE_BEFORE_ROWS = [
    pytest.param("Tova Rhee, who has ", id="comma-who-has"),
    pytest.param("the canal board, which ", id="comma-which"),
    pytest.param("Tova Rhee — who ", id="dash-who"),
    pytest.param("Tova Rhee, who chairs the board and ", id="who-then-and"),
    pytest.param("Pilots who ", id="subject-relative"),
    pytest.param("Pilots who have long ", id="subject-relative-with-auxiliaries"),
    pytest.param("Pilots, who ", id="subject-relative-after-a-comma"),
    pytest.param("The harbor master ", id="no-relative-pronoun"),
    pytest.param("Who ", id="capital-who-is-case-sensitive"),
    pytest.param("the wharf where ", id="wh-but-no-relative-pronoun"),
    pytest.param("", id="empty"),
]


RELATIVE_LITERALS = ((A._RELATIVE_BEFORE, ("who", "which")), (A._SUBJECT_RELATIVE_BEFORE, ("who",)))


@pytest.mark.parametrize("before", RELATIVE_BEFORE_ROWS)
def test_relative_pronoun_prefilter_keeps_the_regex_answer(before):
    for pattern, literals in RELATIVE_LITERALS:
        for lo in range(len(before) + 1):
            bare = pattern.search(before, lo, len(before)) is not None
            assert (A._may_hold(before, lo, len(before), *literals) and bare) == bare, (pattern.pattern, lo)


def test_relative_pronoun_prefilter_on_random_text():
    alphabet = ["who", "which", "wh", "o", "ich", " ", ",", "—", "(", "has", "and", "W", "x ", "\u00a0"]
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        for pattern, literals in RELATIVE_LITERALS:
            for lo in range(0, len(text) + 1, 3):
                if pattern.search(text, lo, len(text)) is not None:
                    assert A._may_hold(text, lo, len(text), *literals), (text, lo)


def _first_character_prefilter_agrees(pattern, excluded, text, pos, skipped=""):
    """Where the prefilter says no (the first character after the skipped run, as the engine reads it, is in
    ``excluded``), the bare pattern matches nowhere at ``pos``."""
    bare = pattern.match(text, pos) is not None
    first = text[pos:pos + 12].lstrip(skipped)[:1] if skipped else text[pos:pos + 1]
    return not bare or first not in excluded


# (text, where the pattern is tried): a sentence's stop after a cue
SENTENCE_CLOSE_ROWS = [
    pytest.param(", officials said. Then", 16, id="stop-then-space"),
    pytest.param(", officials said!", 16, id="exclamation-at-the-end"),
    pytest.param(", officials said? No", 16, id="question-mark"),
    pytest.param(", officials said in May.", 16, id="a-word-follows"),
    pytest.param(", officials said.5", 16, id="stop-then-digit"),
    pytest.param(", officials said", 16, id="at-the-end"),
    pytest.param(", officials said\u2026", 16, id="non-ascii-goes-to-the-regex"),
]


@pytest.mark.parametrize("text, pos", SENTENCE_CLOSE_ROWS)
def test_sentence_close_prefilter_keeps_the_regex_answer(text, pos):
    assert _first_character_prefilter_agrees(A._SENTENCE_CLOSE, A._NO_SENTENCE_CLOSE, text, pos)


# a reported clause's opening: a connective of the writer's, or a clause's own first word
OPENING_CONNECTIVE_ROWS = [
    "Still, the pier will close", "However, the levy", "In fact, the ferry", "Meanwhile, the board", "Also, she",
    "Indeed, the plan", "Moreover, the toll", "Nevertheless, it", "Nonetheless, they", "Instead, the mill",
    "Now, the vote", "Then, the hall", "Plus, the fee", "So, the town",
    "the pier will close", "But the pier", "Yet, the fee", "still, lower case", "“Still, quoted", "",
]


@pytest.mark.parametrize("text", OPENING_CONNECTIVE_ROWS)
def test_opening_connective_prefilter_keeps_the_regex_answer(text):
    assert _first_character_prefilter_agrees(A._OPENING_CONNECTIVE, A._NO_OPENING_CONNECTIVE, text, 0)


def test_first_character_prefilters_on_random_text():
    words = ["Still, ", "So, ", "Now, ", "Plus, ", "In fact, ", ".", "!", "?", " ", "\n", "a", "S", "T", "é",
             "\u00a0", "x"]
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 5)))
        for pos in range(len(text) + 1):
            assert _first_character_prefilter_agrees(A._SENTENCE_CLOSE, A._NO_SENTENCE_CLOSE, text, pos), (text, pos)
            assert _first_character_prefilter_agrees(A._OPENING_CONNECTIVE, A._NO_OPENING_CONNECTIVE,
                                                     text, pos), (text, pos)


# (pattern, the ASCII characters it cannot open with, what it skips before its first word, a clause after a cue that opens with it or not)
CLAUSE_OPENING_ROWS = [
    (A._WHEN_CLAUSE, A._NO_WHEN_CLAUSE, "", "when the ferry stopped"),
    (A._WHEN_CLAUSE, A._NO_WHEN_CLAUSE, "", "As if nothing happened"),
    (A._WHEN_CLAUSE, A._NO_WHEN_CLAUSE, "", "as though she had won"),
    (A._WHEN_CLAUSE, A._NO_WHEN_CLAUSE, "", "the ferry stopped"),
    (A._REQUEST_FOR_COMMENT, A._NO_REQUEST_FOR_COMMENT, "", "requests for comment"),
    (A._REQUEST_FOR_COMMENT, A._NO_REQUEST_FOR_COMMENT, "", "to repeated messages seeking comment"),
    (A._REQUEST_FOR_COMMENT, A._NO_REQUEST_FOR_COMMENT, "", "Several calls for comment"),
    (A._REQUEST_FOR_COMMENT, A._NO_REQUEST_FOR_COMMENT, "", "an inquiry sent Friday for comment"),
    (A._REQUEST_FOR_COMMENT, A._NO_REQUEST_FOR_COMMENT, "", "our emails for comment"),
    (A._REQUEST_FOR_COMMENT, A._NO_REQUEST_FOR_COMMENT, "", "my multiple inquiries for comment"),
    (A._REQUEST_FOR_COMMENT, A._NO_REQUEST_FOR_COMMENT, "", "his request for comment"),
    (A._REQUEST_FOR_COMMENT, A._NO_REQUEST_FOR_COMMENT, "", "the ferry would run"),
    (A._REQUEST_FOR_COMMENT, A._NO_REQUEST_FOR_COMMENT, "", "ſeveral calls for comment"),
    (A._ANONYMITY, A._NO_ANONYMITY, "", "not to be named because"),
    (A._ANONYMITY, A._NO_ANONYMITY, "", "to be identified."),
    (A._ANONYMITY, A._NO_ANONYMITY, "", "anonymity to speak"),
    (A._ANONYMITY, A._NO_ANONYMITY, "", "that her name not be used"),
    (A._ANONYMITY, A._NO_ANONYMITY, "", "the pier would close"),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", " over the past month, and"),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", ", for decades."),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", " a few days later"),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", " the next morning"),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", " two weeks ago"),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", " three years earlier"),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", " four days"),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", " five nights later"),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", " several months later"),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", " some years ago"),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", " Over the weekend"),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", " the levy would fail"),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", "\u00a0for decades"),
    (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, " ,", " he would stay"),
]


@pytest.mark.parametrize("pattern, excluded, skipped, text", CLAUSE_OPENING_ROWS)
def test_clause_opening_prefilters_keep_the_regex_answer(pattern, excluded, skipped, text):
    skipped = A._ASCII_SPACE + "," if skipped else ""
    assert _first_character_prefilter_agrees(pattern, excluded, text, 0, skipped)


def test_clause_opening_prefilters_on_random_text():
    words = ["when ", "as if ", "as though ", "requests ", "for ", "comment", "not ", "to be named", "anonymity",
             "over the weekend", "a few days later", "the next day", "several weeks", " ", ",", "ſ", "\u212a", "x",
             "The ", ".", "\x1c", "\x85", "\u00a0", "          "]
    rng = random.Random(9)
    cases = [(A._WHEN_CLAUSE, A._NO_WHEN_CLAUSE, ""),
             (A._REQUEST_FOR_COMMENT, A._NO_REQUEST_FOR_COMMENT, ""),
             (A._ANONYMITY, A._NO_ANONYMITY, ""),
             (A._TIME_SPAN_ONLY, A._NO_TIME_SPAN, A._ASCII_SPACE + ",")]
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 5)))
        for pos in range(len(text) + 1):
            for pattern, excluded, skipped in cases:
                assert _first_character_prefilter_agrees(pattern, excluded, text, pos, skipped), (text, pos)


# (text, where the scan starts, where it ends)
AND_OWN_CLAUSE_ROWS = [
    pytest.param("the ferry was late, and the council has cut its budget", 0, 55, id="comma-and-a-clause"),
    pytest.param("the ferry was late, and Ben Adler disagreed", 0, 43, id="comma-and-a-name"),
    pytest.param("the ferry was late and the council has cut it", 0, 45, id="and-with-no-comma"),
    pytest.param("roads, schools, the pier", 0, 24, id="comma-but-no-and"),
    pytest.param("the ferry was late, and the council has cut it", 20, 46, id="comma-before-the-start"),
    pytest.param("the ferry was late,” and the council has cut it", 0, 47, id="closing-mark-after-the-comma"),
    pytest.param("", 0, 0, id="empty"),
]


@pytest.mark.parametrize("text, lo, hi", AND_OWN_CLAUSE_ROWS)
def test_and_own_clause_prefilter_keeps_the_regex_answer(text, lo, hi):
    bare = A._AND_OWN_CLAUSE.search(text, lo, hi) is not None
    assert not bare or (A._may_hold(text, lo, hi, ",") and A._may_hold(text, lo, hi, "and"))


AS_WE_KNOW_IT_ROWS = [
    pytest.param("the harbor as we know it is gone", id="as-we-know-it"),
    pytest.param("the harbor As They Knew It", id="capitals"),
    pytest.param("the town as you now know it", id="now-between"),
    pytest.param("the town as i \u212anew it", id="kelvin-sign-for-k"),
    pytest.param("the town as we see it", id="another-verb"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", AS_WE_KNOW_IT_ROWS)
def test_as_we_know_it_prefilter_keeps_the_regex_answer(text):
    for lo in range(len(text) + 1):
        bare = A._AS_WE_KNOW_IT.search(text, lo, len(text)) is not None
        assert not bare or A._may_say_as_we_know_it(text, lo, len(text)), lo


def test_window_prefilters_on_random_text():
    words = ["as ", "we ", "i ", "know ", "knew ", "\u212anow ", "KNEW ", "it", ", ", "and ", "the ", "council ",
             "has ", "cut ", "Ben ", "disagreed", "”", " "]
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 9)))
        for lo in range(0, len(text) + 1, 4):
            if A._AS_WE_KNOW_IT.search(text, lo, len(text)) is not None:
                assert A._may_say_as_we_know_it(text, lo, len(text)), (text, lo)
            if A._AND_OWN_CLAUSE.search(text, lo, len(text)) is not None:
                assert A._may_hold(text, lo, len(text), ",") and A._may_hold(text, lo, len(text), "and"), (text, lo)
