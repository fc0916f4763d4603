"""Stances taken with a noun-phrase object, in sentences the team wrote.

"is backing Ruiz", "were supporting the levy": the progressive form of a verb of support reports its object as
the subject's stance, as "backed" and "supports" do; "backing down", "backing up" are no side taken.
"""
import pytest

from quotes import extract


def found(text):
    return [(q.text, q.speaker) for q in extract(text)]


PROGRESSIVE_SUPPORT = [
    ("is backing a name", "Harbour Commissioner Lena Marsh is backing Tom Okoye in the spring race.",
     ("Tom Okoye", "Lena Marsh")),
    ("is supporting a name and an office", "Councillor Rita Vance is supporting Ana Ruiz for mayor.",
     ("Ana Ruiz for mayor", "Rita Vance")),
    ("was backing a measure", "The harbour union was backing the new toll.", ("the new toll", None)),
]


@pytest.mark.parametrize("name,text,report", PROGRESSIVE_SUPPORT, ids=[c[0] for c in PROGRESSIVE_SUPPORT])
def test_the_progressive_of_support_is_a_stance(name, text, report):
    said, speaker = report
    hits = [s for t, s in found(text) if t == said]
    assert hits, found(text)
    if speaker is not None:
        assert hits[0] == speaker, hits


NO_SIDE = [
    ("backing down", "Mayor Ana Ruiz was backing down from the ferry toll by Friday.", "from the ferry toll"),
    ("backing up", "Dock crews were backing up the old trucks to the quay.", "the old trucks"),
]


@pytest.mark.parametrize("name,text,words", NO_SIDE, ids=[c[0] for c in NO_SIDE])
def test_backing_down_or_up_is_no_stance(name, text, words):
    assert not [t for t, _ in found(text) if words in t], found(text)


# "in opposing the toll", "before backing Ruiz", "by denouncing the deal": a gerund of taking a side after a
# preposition is the verb of a clause whose subject is the sentence's; a particle after it ("slamming into")
# makes a verb of motion of it
SIDE_TAKING_GERUNDS = [
    ("in opposing", "Ana Ruiz was vocal in opposing the ferry toll.", ("the ferry toll", "Ana Ruiz")),
    ("before backing", "Tom Okoye had endorsed Rita Vance before backing Ana Ruiz.", ("Ana Ruiz", "Tom Okoye")),
    ("by denouncing", "Rita Vance won her ward by denouncing the harbour board's budget.",
     ("the harbour board's budget", "Rita Vance")),
]


@pytest.mark.parametrize("name,text,report", SIDE_TAKING_GERUNDS, ids=[c[0] for c in SIDE_TAKING_GERUNDS])
def test_a_side_taking_gerund_after_a_preposition_is_the_subjects_stance(name, text, report):
    assert report in found(text), found(text)


def test_a_gerund_of_motion_takes_no_side():
    text = "The lorry stopped after slamming into the harbour gate."
    assert not [t for t, _ in found(text) if "harbour gate" in t], found(text)


# "groups backing Ruiz", "a super PAC supporting the levy": a participle of support or opposition right after a
# noun for people or an organisation says that phrase takes the side; "was among those backing" is the subject's
HOLDERS_BEFORE_A_PARTICIPLE = [
    ("a group noun after a preposition", "Money poured into groups backing Ana Ruiz last spring.",
     ("Ana Ruiz last spring", None, "groups")),
    ("an organisation as the subject", "A super PAC supporting Tom Okoye spent heavily in the port.",
     ("Tom Okoye", None, "A super PAC")),
    ("among those", "Tom Okoye, a harbour pilot, was among those opposing the ferry toll.",
     ("the ferry toll", "Tom Okoye", None)),
]


@pytest.mark.parametrize("name,text,report", HOLDERS_BEFORE_A_PARTICIPLE,
                         ids=[c[0] for c in HOLDERS_BEFORE_A_PARTICIPLE])
def test_the_noun_before_a_participle_of_support_holds_the_side(name, text, report):
    said, speaker, mention = report
    hits = [q for q in extract(text) if q.text == said]
    assert hits, found(text)
    assert hits[0].speaker == speaker, hits[0]
    if mention is not None:
        assert hits[0].mention == mention, hits[0]


NOT_HOLDERS = [
    ("a thing before the participle", "The old pier was backing onto the fish market.", "the fish market"),
    ("a lower-case object", "Tax receipts supporting growth rose in May.", "growth"),
]


@pytest.mark.parametrize("name,text,words", NOT_HOLDERS, ids=[c[0] for c in NOT_HOLDERS])
def test_no_holder_no_side(name, text, words):
    assert not [t for t, _ in found(text) if words in t], found(text)


# "…, endorsing eight candidates", "…, seeking an injunction": after a comma these participles share the sentence's
# subject, as a participle of speech does
AFTER_A_COMMA = [
    ("endorsing", "Ana Ruiz went further on Tuesday, endorsing eight candidates for the council.",
     ("eight candidates for the council", "Ana Ruiz")),
    ("seeking", "Tom Okoye wrote to the harbour board in May, seeking a review of the toll.",
     ("a review of the toll", "Tom Okoye")),
]


@pytest.mark.parametrize("name,text,report", AFTER_A_COMMA, ids=[c[0] for c in AFTER_A_COMMA])
def test_a_participle_of_endorsing_or_seeking_shares_the_subject(name, text, report):
    assert report in found(text), found(text)
