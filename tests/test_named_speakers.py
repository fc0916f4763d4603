"""Named speakers: a quote that goes on after its speaker's long description keeps that speaker.

Each table pairs what a rule does with look-alikes it must leave alone. The sentences are the team's own,
with invented people and places.
"""
import pytest

from quotes import extract


def quote_holding(text, words):
    """The first quote whose text holds ``words``."""
    quotes = extract(text)
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote holds {words!r}; found {[(q.text, q.rule) for q in quotes]}"
    return hits[0]


# 'The plans are “unwise,” said Pol Darnow, <a long description>. “…”': the sentence between the report's
# quoted words and the next quote is only the attribution, so the next quote is the same speaker's.
AFTER_A_LONG_ATTRIBUTION = [
    ("appositive after said",
     'The river plans are "rooted in old grudges, but many are fair," said Pol Darnow, a river analyst '
     'with the Delta Institute. "A short memo may help a little, but I cannot see it winning rivals over."',
     "A short memo may help", "Pol Darnow"),
    ("two-part description with a relative clause",
     "The toll plans are ''deeply unwise,'' said Pol Darnow, senior director of road policy at the Delta "
     "Institute, and a planner who ran the county transit staff in the old days. ''It just leaves people "
     "like me puzzled. Those are planners.''",
     "It just leaves people like me puzzled", "Pol Darnow"),
    ("says in the present",
     'Fixes for ferry delays are "far too slow," says Ines Talbo, founder and head of the '
     'Harbour Riders League of Corwen. "Riders here liken it to a long and hard winter."',
     "Riders here liken it", "Ines Talbo"),
]

LEFT_ALONE = [
    ("a second sentence with its own speaker",
     'The river plans are "rooted in old grudges, but many are fair," said Pol Darnow, a river analyst. '
     'Mayor Ruth Kell disagreed. "A short memo may help a little, she thinks, but not much."',
     "A short memo may help", "Ruth Kell"),
    ("a second verb of speech in the description",
     'The river plans are "rooted in old grudges, but many are fair," said Pol Darnow, a river analyst '
     'who told reporters that the mayor was wrong. "A short memo may help a little, but not much."',
     "A short memo may help", None),
]


@pytest.mark.parametrize("text,words,speaker", [r[1:] for r in AFTER_A_LONG_ATTRIBUTION],
                         ids=[r[0] for r in AFTER_A_LONG_ATTRIBUTION])
def test_quote_after_a_long_attribution_keeps_the_speaker(text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


@pytest.mark.parametrize("text,words,speaker", [r[1:] for r in LEFT_ALONE], ids=[r[0] for r in LEFT_ALONE])
def test_quote_after_another_sentence_is_left_alone(text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# 'Mayor Ula Brisk in a blog post said': a phrase opened by a preposition of place right before the verb says
# where the subject spoke; the subject is the noun phrase before the preposition.
PLACE_PHRASE_BEFORE_THE_VERB = [
    ("in a blog post",
     "Other senators prepared for the vote. Mayor Ula Brisk in a blog post said she would put more money "
     "into the ferry.",
     "she would put more money", "Ula Brisk"),
    ("at a newspaper",
     "The port board met on Friday. Pol Darnow at the Tarn Gazette wrote that the ferry would be late again.",
     "the ferry would be late", "Pol Darnow"),
    ("a group in a town",
     "Voters in Dorvel said the ferry would run again.",
     "the ferry would run again", "Voters"),
]

PLACE_PHRASE_LEFT_ALONE = [
    ("a relative pronoun after the place",
     "Shares fell on news from the Corvel Reserve Bank, which hinted that rates would stay low for a year.",
     "rates would stay low", "the Corvel Reserve Bank"),
]


@pytest.mark.parametrize("text,words,speaker", [r[1:] for r in PLACE_PHRASE_BEFORE_THE_VERB],
                         ids=[r[0] for r in PLACE_PHRASE_BEFORE_THE_VERB])
def test_place_phrase_before_the_verb_is_not_the_subject(text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


@pytest.mark.parametrize("text,words,speaker", [r[1:] for r in PLACE_PHRASE_LEFT_ALONE],
                         ids=[r[0] for r in PLACE_PHRASE_LEFT_ALONE])
def test_place_phrase_picked_up_by_a_relative_is_left_alone(text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# 'At a rally in Kelso, N.H., on Monday, Senator Ula Brisk …, saying': a state abbreviated as the news agencies
# write it ends a "City, State" place, as "Calif." and "N.Y." already did; it is where, not who.
STATE_ABBREVIATIONS = [
    ("N.H. after a town",
     "At a rally in Kelso, N.H., on Monday, Senator Ula Brisk of Maine endorsed the mayor, saying that her "
     "old rival would make a fine governor.",
     "her old rival would make", "Ula Brisk"),
    ("S.C. after a town",
     "After a town hall in Pell, S.C., on Friday, Mayor Ivo Strand thanked the crowd, saying that the bridge "
     "would open soon.",
     "the bridge would open soon", "Ivo Strand"),
]

STATE_SPELLED_OUT = [
    ("a state spelled out",
     "At a rally in Kelso, Maine, on Monday, Senator Ula Brisk endorsed the mayor, saying that her old rival "
     "would make a fine governor.",
     "her old rival would make", "Ula Brisk"),
]


@pytest.mark.parametrize("text,words,speaker", [r[1:] for r in STATE_ABBREVIATIONS],
                         ids=[r[0] for r in STATE_ABBREVIATIONS])
def test_abbreviated_state_is_where_not_who(text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


@pytest.mark.parametrize("text,words,speaker", [r[1:] for r in STATE_SPELLED_OUT],
                         ids=[r[0] for r in STATE_SPELLED_OUT])
def test_spelled_out_state_is_unchanged(text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# 'Brisk was away in Dorvel, Maine, promising …': a participle of promising, hinting or recalling after a comma
# shares the sentence's subject, as one of speech does, not the place just before the comma. It only chooses
# among subjects: where the plain reading finds none, no report is made of it.
PARTICIPLE_SHARES_THE_SUBJECT = [
    ("promising after a place",
     "As the council met in Tarn, Brisk was 300 miles away in Dorvel, Maine, promising to build a new bridge "
     "over the river.",
     "to build a new bridge", "Brisk"),
    ("hinting after an event",
     '"We will win the vote at the end," Tarn said at a Dorvel, Ohio town hall event Friday, hinting at his '
     'plan for the race.',
     "at his plan for the race", "Tarn"),
    ("recalling after a state",
     "Brisk met the voters of Dorvel, Maine, recalling that the old bridge had stood for a century.",
     "the old bridge had stood", "Brisk"),
]

PARTICIPLE_WITHOUT_A_REPORT = [
    ("no comma: the noun's participle",
     "Posters at the Dorvel pier promising free rides were torn down."),
    ("opening the sentence",
     "Brisk spoke at the Dorvel pier. Promising free rides, the posters were torn down."),
]


@pytest.mark.parametrize("text,words,speaker", [r[1:] for r in PARTICIPLE_SHARES_THE_SUBJECT],
                         ids=[r[0] for r in PARTICIPLE_SHARES_THE_SUBJECT])
def test_participle_after_a_comma_shares_the_subject(text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


@pytest.mark.parametrize("text", [r[1] for r in PARTICIPLE_WITHOUT_A_REPORT],
                         ids=[r[0] for r in PARTICIPLE_WITHOUT_A_REPORT])
def test_participle_adds_no_report(text):
    assert not [q for q in extract(text) if "free rides" in q.text]
