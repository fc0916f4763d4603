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
