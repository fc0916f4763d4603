"""Participles after a comma, and descriptions with a place, in sentences the team wrote.

"the Ohio senator": a place before the head noun says where the person serves, so a senator of another state named
earlier in the story is not the one meant; the person just named still is, when the head fits them.
"""
import pytest

from quotes import extract


def found(text):
    return [(q.text, q.speaker) for q in extract(text)]


PLACE_IN_A_DESCRIPTION = [
    ("another state's senator named first",
     "Sen. Rita Vance spoke in the morning. Later, Mayor Tom Okoye opened the new ferry pier.\n\n"
     "The Ohio senator said the harbour toll would be cut.",
     ("the harbour toll would be cut", "Rita Vance", False)),
    ("the senator just named",
     "Sen. Rita Vance toured the ferry pier on Monday.\n\nThe Ohio senator said the harbour toll would be cut.",
     ("the harbour toll would be cut", "Rita Vance", True)),
    ("the place in the role",
     "Ohio Sen. Rita Vance spoke first. Mayor Tom Okoye opened the new ferry pier.\n\n"
     "The Ohio senator said the harbour toll would be cut.",
     ("the harbour toll would be cut", "Rita Vance", True)),
]


@pytest.mark.parametrize("name,text,report", PLACE_IN_A_DESCRIPTION, ids=[c[0] for c in PLACE_IN_A_DESCRIPTION])
def test_a_place_in_a_description_picks_who_serves_there(name, text, report):
    said, speaker, meant = report
    hits = [s for t, s in found(text) if t == said]
    assert hits, found(text)
    assert (hits[0] == speaker) is meant, hits


# "…, hoping to …", "…, believing that …", "…, repeating a claim …": a participle of hoping, believing or repeating
# after a comma shares the sentence's subject, as a participle of speech does (not after a dash that closes an
# aside: there the participle is the named person's, read by the rules of "with")
STANCE_PARTICIPLES = [
    ("hoping to", "Ana Ruiz toured the ferry docks on Monday, hoping to win over the harbour crews.",
     ("to win over the harbour crews", "Ana Ruiz")),
    ("believing a clause", "The union held out for a week, believing the board would give in.",
     ("the board would give in", "the union")),
    ("repeating a claim", "Tom Okoye spoke last, repeating his claim that the toll had doubled.",
     ("his claim that the toll had doubled", "Tom Okoye")),
    ("fearing that", "Rita Vance left the meeting early, fearing that the vote would be close.",
     ("that the vote would be close", "Rita Vance")),
]


@pytest.mark.parametrize("name,text,report", STANCE_PARTICIPLES, ids=[c[0] for c in STANCE_PARTICIPLES])
def test_a_stance_participle_after_a_comma_shares_the_subject(name, text, report):
    said, speaker = report
    hits = [s for t, s in found(text) if t == said]
    assert hits, found(text)
    assert hits[0].lower() == speaker.lower(), hits


NOT_A_STANCE = [
    ("showing is the writer's", "The harbour fund grew fast last year, showing the toll had worked.",
     "the toll had worked"),
]


@pytest.mark.parametrize("name,text,words", NOT_A_STANCE, ids=[c[0] for c in NOT_A_STANCE])
def test_a_participle_of_fact_after_a_comma_is_no_stance(name, text, words):
    assert not [t for t, s in found(text) if words in t and s], found(text)


# "…, pointing to the budget", "…, pointing out that …": what one points to as evidence, or points out, after a
# comma is the sentence's subject's
POINTING = [
    ("pointing to", "Tom Okoye defended the ferry toll, pointing to the harbour's repair bills.",
     ("the harbour's repair bills", "Tom Okoye")),
    ("pointing out that", "Rita Vance brushed off the loss, pointing out that turnout had been low.",
     ("that turnout had been low", "Rita Vance")),
]


@pytest.mark.parametrize("name,text,report", POINTING, ids=[c[0] for c in POINTING])
def test_pointing_after_a_comma_shares_the_subject(name, text, report):
    said, speaker = report
    hits = [s for t, s in found(text) if t == said]
    assert hits, found(text)
    assert hits[0] == speaker, hits


# "…, painting the toll as a tax", "…, comparing him to …", "…, quoting the memo": participles of characterising,
# comparing or quoting after a comma report their object as the sentence's subject's (the finite forms are no cue:
# "the crew paints the hull")
CHARACTERISING = [
    ("painting as", "Rita Vance went on the attack, painting the ferry toll as a tax on workers.",
     ("the ferry toll as a tax on workers", "Rita Vance")),
    ("comparing to", "Tom Okoye mocked his rival, comparing Ed Vale to a harbour clerk.",
     ("Ed Vale to a harbour clerk", "Tom Okoye")),
    ("quoting", "Ana Ruiz closed her speech, quoting the port authority's own memo.",
     ("the port authority's own memo", "Ana Ruiz")),
]


@pytest.mark.parametrize("name,text,report", CHARACTERISING, ids=[c[0] for c in CHARACTERISING])
def test_a_characterising_participle_after_a_comma_shares_the_subject(name, text, report):
    said, speaker = report
    hits = [s for t, s in found(text) if t == said]
    assert hits, found(text)
    assert hits[0] == speaker, hits


def test_the_finite_form_of_painting_is_no_cue():
    assert not found("The dock crew paints the old hull every spring."), found("The dock crew paints the old hull every spring.")


# '“…,” said Tom Okoye, referring to the dock': after an inverted attribution the participle's subject is whom the
# attribution names (nothing before its verb is a subject); "speaking of" is a participle of topic as "speaking
# about" is
AFTER_AN_INVERTED_ATTRIBUTION = [
    ("referring to", "“The pier is sinking,” said Tom Okoye, referring to the old ferry dock.",
     ("the old ferry dock", "Tom Okoye")),
    ("adding that", "“We are broke,” added Rita Vance, adding that the harbour fund was empty.",
     ("that the harbour fund was empty", "Rita Vance")),
    ("speaking of", "“It is a shame,” Ana Ruiz said, speaking of the closed fish market.",
     ("the closed fish market", "Ana Ruiz")),
]


@pytest.mark.parametrize("name,text,report", AFTER_AN_INVERTED_ATTRIBUTION,
                         ids=[c[0] for c in AFTER_AN_INVERTED_ATTRIBUTION])
def test_a_participle_after_an_attribution_is_the_named_speakers(name, text, report):
    said, speaker = report
    hits = [s for t, s in found(text) if t == said]
    assert hits, found(text)
    assert hits[0] == speaker, hits


def test_speaking_of_opening_a_clause_is_no_report():
    text = "By the way, speaking of boats, the ferry is late."
    assert not found(text), found(text)


# "Dover (AFP) – …": a dateline of a place in plain capitals and a wire agency in brackets is no subject; the
# sentence's subject comes after its dash
WIRE_DATELINES = [
    ("agency after a town", "Dover (AFP) – Mayor Ana Ruiz will lead a push to cut the toll on Wednesday, "
                            "contrasting her plan with the board's.", ("her plan with the board's", "Ana Ruiz")),
    ("agency after a town and a state", "Port Vell, Maine (AP) — Mayor Ana Ruiz left early, hoping to catch the ferry.",
     ("to catch the ferry", "Ana Ruiz")),
]


@pytest.mark.parametrize("name,text,report", WIRE_DATELINES, ids=[c[0] for c in WIRE_DATELINES])
def test_a_wire_dateline_is_no_subject(name, text, report):
    said, speaker = report
    hits = [s for t, s in found(text) if t == said]
    assert hits, found(text)
    assert hits[0] == speaker, hits


# "In his first reply, during a radio interview, Okoye …": a second opening phrase, of when, is no subject either
def test_an_opening_phrase_of_when_is_no_subject():
    text = ("Mr. Okoye has faltered in his replies. In his first reply, during a radio interview, Mr. Okoye asked why "
            "the board was silent, implying that it had been told to be.")
    hits = [s for t, s in found(text) if t == "that it had been told to be"]
    assert hits == ["Okoye"], found(text)


# 'When Bell pointed out that Vale calls it "a toll for all," Ruiz seized on the word, repeating …': the last cue
# before the participle stands in the opening subordinate clause; the participle shares the main clause's subject
def test_a_participle_after_an_opening_clause_shares_the_main_subject():
    text = ('Vale spoke first. When Bell pointed out that Okoye refers to it as "a toll for all," Ruiz seized upon '
            'the word, repeating her line that the toll was fair.')
    hits = [s for t, s in found(text) if t == "her line that the toll was fair"]
    assert hits == ["Ruiz"], found(text)
