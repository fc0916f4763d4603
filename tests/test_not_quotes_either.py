"""Verbs that look like cues but report nothing here, in sentences the team wrote.

Each table pairs the reading that must not become a quote with a near neighbour that still does, so a rule that
drops the first cannot quietly drop the second.
"""
import pytest

from quotes import extract


def texts(text):
    return [q.text for q in extract(text)]


def reports(text):
    return [(q.text, q.speaker, q.kind) for q in extract(text)]


# ------------------------------------------------------------------ running for office
RUNS_FOR_OFFICE = [
    ("declined to run, then a reason",
     "Ada Bell, a retired senator who declined to run for a third term after the vote, spoke first.",
     "to run"),
    ("decided to run, then the sentence's own verb",
     "One name is Ruiz, who led the faction until Moreno decided to run was the obvious heir.",
     "to run"),
    ("wants to run as an independent",
     "Tom Hale wants to run as an independent if the party snubs him.",
     "to run"),
    ("plans to run again",
     "Councilwoman Ana Ruiz plans to run again in 2027.",
     "to run"),
]


@pytest.mark.parametrize("name,text,opening", RUNS_FOR_OFFICE, ids=[c[0] for c in RUNS_FOR_OFFICE])
def test_running_for_office_is_no_report(name, text, opening):
    found = texts(text)
    assert not any(t.startswith(opening) for t in found), found


RUNS_SOMETHING = [
    ("threatened to run away with the race",
     "Hale threatened to run away with the race on Thursday night.",
     ("to run away with the race", "Hale", "indirect")),
    ("vowed to run: a verb of speech",
     "Tom Hale vowed to run again in 2027.",
     ("to run again in 2027", "Tom Hale", "indirect")),
    ("pledged to fight: another infinitive",
     "Tom Hale pledged to fight the ferry levy in court.",
     ("to fight the ferry levy in court", "Tom Hale", "indirect")),
]


@pytest.mark.parametrize("name,text,expected", RUNS_SOMETHING, ids=[c[0] for c in RUNS_SOMETHING])
def test_running_something_still_reports(name, text, expected):
    said, speaker, kind = expected
    found = reports(text)
    assert any(t == said and (s or "").endswith(speaker) and k == kind for t, s, k in found), found


# ------------------------------------------------------------------ a participle set off by an aside
PARTICIPLE_ASIDES = [
    ("emailed to members, then the sentence's verb",
     "And while the guild remains divided over the levy, Vell's letter, emailed to members on Monday and obtained by "
     "reporters, points to kind words from past leaders."),
    ("called to service, then the sentence's verb",
     "The square was calm. The volunteers, called to service by the sheriff after the clashes turned "
     "violent, are posted at every gate."),
    ("later revealed to be, between dashes",
     "The paper first reported in May that the mayor kept a personal — later revealed to be unguarded — "
     "ledger for city business."),
]


@pytest.mark.parametrize("name,text", PARTICIPLE_ASIDES, ids=[c[0] for c in PARTICIPLE_ASIDES])
def test_a_participle_after_an_aside_reports_nothing(name, text):
    found = texts(text)
    assert not any(t.startswith("to ") for t in found), found


ACTIVE_AFTER_AN_ASIDE = [
    ("an active verb with a that-clause after the aside",
     "Ana Ruiz, in her letter, argued that the pier was unsafe.",
     ("that the pier was unsafe", "Ana Ruiz", "indirect")),
    ("an active verb of promise and its infinitive",
     "Harbor Democrats, however, pledged to fight the levy in court.",
     ("to fight the levy in court", "Harbor Democrats", "indirect")),
]


@pytest.mark.parametrize("name,text,expected", ACTIVE_AFTER_AN_ASIDE, ids=[c[0] for c in ACTIVE_AFTER_AN_ASIDE])
def test_an_active_verb_after_an_aside_still_reports(name, text, expected):
    said, speaker, kind = expected
    found = reports(text)
    assert any(t == said and (s or "").endswith(speaker) and k == kind for t, s, k in found), found


# ------------------------------------------------------------------ an occasion celebrated
OCCASIONS = [
    ("a birthday, then an appositive",
     "ASHFORD — Former Mayor Tom Hale celebrated his 80th birthday Sunday, the start of a year in which he could "
     "add a new job to his long list.",
     "his 80th birthday"),
    ("a legacy, then where",
     "But the links to the mayor were plain on Sunday as they celebrated the sailor’s legacy at the Ashford Harbor "
     "Club.",
     "the sailor’s legacy"),
    ("a milestone, then the main clause",
     "On the day when posters of the former governor celebrated her career milestone, not one woman spoke on the "
     "panel.",
     "her career milestone"),
]


@pytest.mark.parametrize("name,text,opening", OCCASIONS, ids=[c[0] for c in OCCASIONS])
def test_an_occasion_celebrated_is_no_report(name, text, opening):
    found = texts(text)
    assert not any(t.startswith(opening) for t in found), found


CELEBRATED_AS_A_VIEW = [
    ("a decision celebrated as a victory",
     "Mrs. Ruiz and her campaign celebrated the court's decision not to hear the case as a legal victory.",
     ("the court's decision not to hear the case as a legal victory", "her campaign", "indirect")),
    ("a ruling celebrated",
     "The dock workers celebrated the ruling Monday.",
     ("the ruling", "the dock workers", "indirect")),
]


@pytest.mark.parametrize("name,text,expected", CELEBRATED_AS_A_VIEW, ids=[c[0] for c in CELEBRATED_AS_A_VIEW])
def test_a_thing_celebrated_still_reports(name, text, expected):
    said, speaker, kind = expected
    found = reports(text)
    assert any(t == said and (s or "").endswith(speaker) and k == kind for t, s, k in found), found


# ------------------------------------------------------------------ inches after a number
def test_an_inch_mark_opens_no_quote():
    found = texts("Among the details in the letter: Hale is 6'1\" tall and weighs 190 pounds, which puts him in "
                  "good health.")
    assert not any(t.lstrip().startswith("tall and weighs") for t in found), found


def test_a_straight_quote_after_a_number_and_a_space_still_opens():
    found = reports('The ferry from pier 6 "is the slowest boat on the coast," Tom Hale said.')
    assert ('The ferry from pier 6 "is the slowest boat on the coast,"', "Tom Hale", "partial") in found, found


# ------------------------------------------------------------------ a source at work, then a colon
def test_according_to_a_writer_then_a_colon_is_no_report():
    assert texts("According to Ana Ruiz, writing for the Gazette:") == []


def test_according_to_a_writer_then_the_clause_still_reports():
    found = reports("According to Ana Ruiz, writing for the Gazette, the pier will close in May.")
    assert ("writing for the Gazette, the pier will close in May", "Ana Ruiz", "indirect") in found, found


# ------------------------------------------------------------------ "counter" as "go against", "interrupt" an event
GOES_AGAINST = [
    ("runs counter to",
     "The council's budget, including the mayor's, runs counter to what dock workers need.",
     "to what"),
    ("counter a thing",
     "Mayor Ruiz has been working to counter the gloomy talk coming from so many of her rivals.",
     "the gloomy talk"),
    ("interrupted a rally",
     "In Ashford last week, a steady stream of protesters interrupted a Hale rally, sometimes lying on the floor "
     "until guards carried them out.",
     "a Hale rally"),
    ("interrupted a discussion",
     "Soon after the vote, Mayor Ruiz interrupted a long discussion with the board about the harbor.",
     "a long discussion"),
]


@pytest.mark.parametrize("name,text,opening", GOES_AGAINST, ids=[c[0] for c in GOES_AGAINST])
def test_countering_or_interrupting_a_thing_is_no_report(name, text, opening):
    found = texts(text)
    assert not any(t.startswith(opening) for t in found), found


COUNTERED_IN_WORDS = [
    ("countered that",
     "Hale countered that the fee was fair.",
     ("that the fee was fair", "Hale", "indirect")),
    ("countered with a thing done",
     "Ruiz countered with a rally of her own the next day.",
     ("with a rally of her own the next day", "Ruiz", "indirect")),
]


@pytest.mark.parametrize("name,text,expected", COUNTERED_IN_WORDS, ids=[c[0] for c in COUNTERED_IN_WORDS])
def test_countered_in_words_still_reports(name, text, expected):
    said, speaker, kind = expected
    found = reports(text)
    assert any(t == said and (s or "").endswith(speaker) and k == kind for t, s, k in found), found


# ------------------------------------------------------------------ "advocates" the people
PEOPLE_NOUNS = [
    ("advocates on the front lines",
     "Mayor Ana Ruiz and Tom Hale voted differently on the pier, differences that have drawn notice from scientists "
     "and advocates on the front lines of harbor research.",
     "front lines"),
    ("advocates such as",
     "The endorsements range from the Gazette to once-loyal Republican advocates such as the Ashford Ledger and "
     "the Post.",
     "such as"),
]


@pytest.mark.parametrize("name,text,opening", PEOPLE_NOUNS, ids=[c[0] for c in PEOPLE_NOUNS])
def test_advocates_the_people_report_nothing(name, text, opening):
    found = texts(text)
    assert not any(t.startswith(opening) for t in found), found


def test_advocates_the_verb_still_reports():
    assert ("a tax on yachts", "Ana Ruiz", "indirect") in reports("Senator Ana Ruiz advocates a tax on yachts.")


# ------------------------------------------------------------------ only how it was done
ONLY_HOW = [
    ("a manner adverb and a year",
     "In a deal worked out by her lawyer, the subpoena was dropped and Ruiz testified voluntarily in 2009.",
     "voluntarily"),
    ("think twice before",
     "Boat owners must now pay more for their own fuel, so they'll compare prices and think twice before "
     "agreeing to costly repairs that they might not need.",
     "twice"),
]


@pytest.mark.parametrize("name,text,opening", ONLY_HOW, ids=[c[0] for c in ONLY_HOW])
def test_only_how_it_was_done_is_no_report(name, text, opening):
    found = texts(text)
    assert not any(t.startswith(opening) for t in found), found


def test_an_adverb_before_a_clause_still_reports():
    assert ("that the pier would close", "Ruiz", "indirect") in reports("Ruiz said privately that the pier would close.")


# ------------------------------------------------------------------ a participle made an adjective by a degree word
ADJECTIVE_PARTICIPLES = [
    ("more pledged delegates",
     "Ruiz has won more towns, more votes overall and more pledged delegates, but Hale has had the momentum.",
     "delegates"),
    ("eagerly anticipated, then the subject",
     "Eagerly anticipated, often tense and always a little awkward, photo-line banter with the mayor has "
     "become a ritual of the season.",
     "often"),
]


@pytest.mark.parametrize("name,text,opening", ADJECTIVE_PARTICIPLES, ids=[c[0] for c in ADJECTIVE_PARTICIPLES])
def test_a_degree_word_makes_the_participle_an_adjective(name, text, opening):
    found = texts(text)
    assert not any(t.startswith(opening) for t in found), found


DEGREE_WITH_A_REAL_VERB = [
    ("an auxiliary and an adverb before the verb",
     "Ruiz has long argued that the pier should stay open.",
     ("that the pier should stay open", "Ruiz", "indirect")),
    ("an adjective cue after 'more'",
     "Voters are more worried that the pier will close.",
     ("that the pier will close", "Voters", "indirect")),
    ("a degree adverb after 'has'",
     "Ruiz has widely claimed that the pier is unsafe.",
     ("that the pier is unsafe", "Ruiz", "indirect")),
]


@pytest.mark.parametrize("name,text,expected", DEGREE_WITH_A_REAL_VERB, ids=[c[0] for c in DEGREE_WITH_A_REAL_VERB])
def test_a_verb_after_an_adverb_still_reports(name, text, expected):
    said, speaker, kind = expected
    found = reports(text)
    assert any(t == said and (s or "").endswith(speaker) and k == kind for t, s, k in found), found


# ------------------------------------------------------------------ only when or how, then a colon
LEADS_IN_TO_A_COLON = [
    ("reported after …:",
     "As the Ledger's Ana Ruiz reported after the crews appeared to have left the dock in Ashford:",
     "after the crews"),
    ("describes its mission in the following way:",
     "The Harbor Trust describes its mission in the following way:",
     "its mission"),
]


@pytest.mark.parametrize("name,text,opening", LEADS_IN_TO_A_COLON, ids=[c[0] for c in LEADS_IN_TO_A_COLON])
def test_only_when_or_how_before_a_colon_is_no_report(name, text, opening):
    found = texts(text)
    assert not any(t.startswith(opening) for t in found), found


def test_a_that_clause_before_a_colon_still_reports():
    found = reports("Tom Hale pointed out that the docks were ignored: “Nobody came.”")
    assert any(t.startswith("that the docks were ignored") and (s or "").endswith("Tom Hale") for t, s, _ in found), found
