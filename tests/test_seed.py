"""The article the product was started from: every passage in quotation marks, attributed.

What is known of the article is in seeds/README.md; the expectations below are a
reader's: who said each quoted passage, with the role the article gives them.
"""
from pathlib import Path

import pytest

from quotes.inputs import read_articles
from quotes import extract_article

SEED = Path(__file__).parent.parent / "seeds" / "russia-ukraine-talks.txt"

# (words inside the marks, speaker's surname, role as the article gives it, whole sentence?)
PASSAGES = [
    ("We’ll see", "Biden", "President", True),
    ("I don’t read anything into it", "Biden", "President", True),
    ("deceive people", "Blinken", "Secretary of State", False),
    ("There is what Russia says", "Blinken", "Secretary of State", True),
    ("continued brutalization of Ukraine", "Blinken", "Secretary of State", True),
    ("Dialogue between Russia and the United States", "Peskov", "Putin spokesman", True),
    ("One way or another, sooner or later", "Peskov", "Putin spokesman", True),
    ("courageous and effective actions", "Zelenskyy", "Ukrainian President", False),
    ("the words coming from representatives", "Zelenskyy", "Ukrainian President", False),
    ("We can say the signals we are receiving", "Zelenskyy", "Ukrainian President", True),
    ("The Russian army still has significant potential", "Zelenskyy", "Ukrainian President", True),
    ("cut back military activity in the direction", "Fomin", "Russian Deputy Defense Minister", False),
    ("increase mutual trust", "Fomin", "Russian Deputy Defense Minister", False),
    ("step to meet us halfway", "Medinskiy", "head of the Russian delegation", False),
    ("We now know how to move further toward compromise", "Medinskiy", "head of the Russian delegation", True),
    ("But what we have seen over the last couple of days", "Kirby", "Pentagon spokesman", True),
    ("main goal", "Kremlin", None, False),
    ("his premeditated, unprovoked, unjustified", "Sherman", "Deputy Secretary of State", False),
    ("including more than half of the nation’s children", "Sherman", "Deputy Secretary of State", False),
    ("The World Food Program warns", "Sherman", "Deputy Secretary of State", True),
    ("The impacts of Putin’s war", "Sherman", "Deputy Secretary of State", True),
    ("Ukraine and Russia are both major agricultural producers", "Sherman", "Deputy Secretary of State", True),
]

# Reported speech a reader would list: (words of the clause, speaker's last word)
INDIRECT = [
    ("it will scale back its violent invasion", "Russia"),
    ("he is hopeful but remains highly circumspect", "Biden"),
    ("a summit between Mr. Putin and Ukrainian President", "officials"),
    ("they shouldn’t stand in the way of diplomacy", "spokesman"),
    ("they will not cede any territory", "officials"),
    ("the parties are still far from reaching an agreement", "Medinskiy"),
    ("Russian forces blasted a gaping hole", "authorities"),
    ("shelling was heard in the capital of Kyiv", "CNN"),
    ("they have noticed some Russian forces digging in", "officials"),
    ("the Russian troops have become bogged down", "sources"),
    ("Russia’s hopes of a lightning capture", "analysts"),
    ("U.S. officials haven’t seen anything to corroborate", "Kirby"),
    ("Moscow is now reinforcing troops in the Donbas", "officials"),
    ("Russian forces have destroyed more than 60 religious buildings", "officials"),
    ("Moscow has decided to", "Fomin"),
    ("the Ukrainian proposals are a", "Medinskiy"),
    ("Russian pledges to pull back its largely stalled assaults", "Blinken"),
    ("his army’s", "Zelenskyy"),
]


@pytest.fixture(scope="module")
def seed():
    [article] = list(read_articles([str(SEED)]))
    return article, extract_article(article)


def covering(quotes, article, phrase):
    """Quotes whose span covers the passage ``phrase``."""
    at = article.text.index(phrase)
    return [q for q in quotes if q.start <= at and at + len(phrase) <= q.end]


def test_seed_metadata_comes_from_its_front_matter(seed):
    article, _ = seed
    assert article.title == "Russia offers concessions in Ukraine peace talks"
    assert article.date == "2022-03-29"
    assert article.source == "The Washington Times"


@pytest.mark.parametrize("phrase,surname,role,whole", PASSAGES, ids=[p[0][:30] for p in PASSAGES])
def test_every_quoted_passage_is_found_and_attributed(seed, phrase, surname, role, whole):
    article, quotes = seed
    found = covering(quotes, article, phrase)
    assert found, f"{phrase!r} is in no quote"
    q = found[0]
    assert q.speaker and q.speaker.split()[-1] == surname, (q.speaker, q.mention, q.rule)
    assert q.kind == ("direct" if whole else "partial")


def test_roles_are_right_for_at_least_twenty_passages(seed):
    article, quotes = seed
    right = sum(1 for phrase, _, role, _ in PASSAGES if covering(quotes, article, phrase)[0].role == role)
    assert right >= 20


def test_indirect_quotes_found_with_their_speakers(seed):
    article, quotes = seed
    found = right = 0
    for phrase, speaker in INDIRECT:
        hits = covering(quotes, article, phrase)
        if hits:
            found += 1
            right += bool(hits[0].speaker) and hits[0].speaker.split()[-1] == speaker
    assert found >= 16 and right >= 15, (found, right)


def test_heading_and_wire_note_are_not_quotes(seed):
    article, quotes = seed
    for phrase in ("Bogged down", "This article is based in part on wire service reports"):
        assert not covering(quotes, article, phrase)


def test_quotes_are_dated_from_the_article(seed):
    article, quotes = seed
    # (but for the finding in the sentence about Poland's expulsions "last week", dated a week before)
    last_week = article.text.index("Poland last week expelled")
    assert {q.date for q in quotes if not last_week <= q.start < last_week + 200} == {"2022-03-29"}
    assert {q.date for q in quotes if last_week <= q.start < last_week + 200} <= {"2022-03-22"}
