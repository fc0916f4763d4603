"""The extraction engine, one quoting convention per case, in sentences the team wrote.

Each case gives an article and the quotes a reader would list from it: the words
(a phrase that must be in the quote's text), the kind, the speaker and, where the
article gives one, the role. Assertions are on what a journalist needs, not on
every field, so the cases read like examples.
"""
import pytest

from found import find
from quotes import Article, extract, extract_article


def check(text, expected, **meta):
    quotes = extract(text, **meta)
    for phrase, kind, speaker, *role in expected:
        q = find(quotes, phrase)
        assert q.kind == kind, (phrase, q.kind)
        assert q.speaker == speaker, (phrase, q.speaker, q.mention, q.rule)
        if role:
            assert q.role == role[0], (phrase, q.role)
        assert text[q.start:q.end].strip() and " ".join(text[q.start:q.end].split())
    return quotes


DIRECT_MARKS = [
    ("curly", "“The bridge will open in May,” Mayor Ana Ruiz said.", "open in May"),
    ("straight", '"The bridge will open in May," Mayor Ana Ruiz said.', "open in May"),
    ("guillemets", "« The bridge will open in May », Mayor Ana Ruiz said.", "open in May"),
    ("german", "„The bridge will open in May“, Mayor Ana Ruiz said.", "open in May"),
    ("nyt", "''The bridge will open in May,'' Mayor Ana Ruiz said.", "open in May"),
    ("nested", "“Residents keep asking ‘when?’ and the answer is May,” Mayor Ana Ruiz said.", "answer is May"),
]


@pytest.mark.parametrize("name,text,phrase", DIRECT_MARKS, ids=[c[0] for c in DIRECT_MARKS])
def test_direct_quote_in_every_kind_of_mark(name, text, phrase):
    check(text, [(phrase, "direct", "Ana Ruiz", "Mayor")])


LAYOUTS = [
    ("speaker after", "“We have the votes,” Ms. Ortega said.", "Ortega"),
    ("said before name", "“We have the votes,” said Laura Ortega.", "Laura Ortega"),
    ("speaker before, colon", "Laura Ortega said: “We have the votes.”", "Laura Ortega"),
    ("speaker before, comma", "Laura Ortega added, “We have the votes.”", "Laura Ortega"),
    ("dash", "“We have the votes.” — Laura Ortega, council leader", "Laura Ortega"),
]


@pytest.mark.parametrize("name,text,speaker", LAYOUTS, ids=[c[0] for c in LAYOUTS])
def test_attribution_layouts(name, text, speaker):
    check(text, [("We have the votes", "direct", speaker)])


def test_quote_split_around_its_attribution_is_one_quote_with_two_spans():
    text = "“The harbor is closed,” the captain, Ivo Marsh, said. “Nobody sails until the storm passes.”"
    q = find(extract(text), "harbor is closed")
    assert "Nobody sails" in q.text
    assert q.speaker == "Ivo Marsh"
    assert len(q.spans) == 2
    assert [text[s:e] for s, e in q.spans] == ["The harbor is closed,", "Nobody sails until the storm passes."]


def test_quote_running_over_paragraphs_reopens_each_paragraph():
    text = ("Chief engineer Tomas Berg described the repair.\n\n"
            "“We replaced every cable on the north side.\n\n"
            "“Then we tested the load twice.\n\n"
            "“It will hold,” he said.")
    q = find(extract(text), "replaced every cable")
    assert "tested the load twice" in q.text and "It will hold" in q.text
    assert q.speaker == "Tomas Berg"
    assert len(q.spans) == 3


def test_unclosed_mark_runs_to_the_end_of_the_paragraph():
    text = "Nina Park, the union steward, said: “We will not go back under these terms.\n\nTalks resume Monday."
    q = find(extract(text), "not go back")
    assert q.speaker == "Nina Park"
    assert "Talks resume" not in q.text


def test_partial_quote_inside_reported_speech():
    quotes = check(
        "Councillor Ben Adler warned that the plan could “deceive voters” and raise rents.",
        [("deceive voters", "partial", "Ben Adler", "Councillor")],
    )
    assert find(quotes, "deceive voters").cue == "warned"


INDIRECT = [
    ("said that", "The ministry said Tuesday that ferries will run again next week.",
     "ferries will run again", "the ministry"),
    ("according to", "The vote was delayed by a week, according to the council clerk.",
     "vote was delayed", "the council clerk"),
    ("told reporters", "Coach Rita Mendes told reporters the team would appeal the ban.",
     "team would appeal", "Rita Mendes"),
    ("officials say", "Western officials say the port is now under full control.",
     "port is now under full control", "Western officials"),
    ("clause before", "The river will crest on Friday, forecasters said.",
     "river will crest", "forecasters"),
]


@pytest.mark.parametrize("name,text,phrase,speaker", INDIRECT, ids=[c[0] for c in INDIRECT])
def test_indirect_quotes(name, text, phrase, speaker):
    q = find(extract(text), phrase)
    assert q.kind == "indirect"
    assert (q.speaker or "").lower() == speaker.lower()


def test_full_name_is_canonical_and_mentions_resolve_to_it():
    text = ("Transport Minister Helena Varga opened the new line on Monday.\n\n"
            "“This is a good day,” Ms. Varga said.\n\n"
            "“The trains are full already,” she said.\n\n"
            "Varga said more routes would follow.\n\n"
            "“We will add ten stations,” the minister said.")
    quotes = extract(text)
    for phrase in ("good day", "trains are full", "more routes", "ten stations"):
        q = find(quotes, phrase)
        assert q.speaker == "Helena Varga", (phrase, q.speaker, q.mention)
        assert q.role == "Transport Minister"
    assert find(quotes, "good day").mention == "Ms. Varga"
    assert find(quotes, "trains are full").mention == "she"


# Capitalised words before a given name that say what the person is belong to the role, not the name.
WORDS_BEFORE_A_GIVEN_NAME = [
    ("a person noun", "Journalist Jorge Vela said the race was close.", "race was close", "Jorge Vela"),
    ("a rival", "Rival Tom Bell said the race was over.", "race was over", "Tom Bell"),
    ("a compound", "Korean-born Sam Lee said the port was fine.", "port was fine", "Sam Lee"),
    ("a place and a title", "Chicago Alderman Tom Ruiz said the port was fine.", "port was fine", "Tom Ruiz"),
    ("a participle opening the sentence", "Using Dale Moreno as a foil, Ana Ruiz said taxes should fall.",
     "taxes should fall", "Ana Ruiz"),
    ("two given names stay", "Mary Ann Hale said the port was fine.", "port was fine", "Mary Ann Hale"),
    ("a first name the lexicon lacks stays", "Billie Jean Cole said the port was fine.", "port was fine",
     "Billie Jean Cole"),
]


@pytest.mark.parametrize("text, phrase, speaker", [c[1:] for c in WORDS_BEFORE_A_GIVEN_NAME],
                         ids=[c[0] for c in WORDS_BEFORE_A_GIVEN_NAME])
def test_words_before_a_given_name_are_no_part_of_it(text, phrase, speaker):
    assert find(extract(text), phrase).speaker == speaker


def test_a_description_before_the_name_does_not_make_a_second_person():
    text = ("Entrusting Dale Moreno with the port would be a mistake, Bell warned.\n\n"
            "Rival Tom Bell said the race was over.")
    assert find(extract(text), "be a mistake").speaker == "Tom Bell"


# After an opening phrase and its comma, a short clause after the verb is what was said, not the phrase before.
SHORT_CLAUSE_AFTER_AN_OPENING_PHRASE = [
    ("a bare plural subject", "On Monday, Ana Ruiz said rents should fall.", "rents should fall"),
    ("a name as subject", "As a foil, Ana Ruiz said Moreno was wrong.", "Moreno was wrong"),
    ("the clause before the speaker stays", "Rents should fall, Ana Ruiz said on Monday.", "Rents should fall"),
    ("a relative clause's verb is no subject, but what was said",
     "The port kept two old rules, which Bell said had harmed trade.", "had harmed trade"),
]


@pytest.mark.parametrize("text, said", [c[1:] for c in SHORT_CLAUSE_AFTER_AN_OPENING_PHRASE],
                         ids=[c[0] for c in SHORT_CLAUSE_AFTER_AN_OPENING_PHRASE])
def test_short_clause_after_an_opening_phrase(text, said):
    assert [q.text for q in extract(text) if q.kind == "indirect"] == ([said] if said else [])


# Whom something was told is skipped once: a name after "told reporters" opens what they were told.
TOLD_WHOM_THEN_A_NAME = [
    ("after a group", "Ruiz told reporters Moreno was wrong.", "Moreno was wrong"),
    ("after a pronoun", "Ruiz told them Moreno was wrong.", "Moreno was wrong"),
    ("a telling participle", "Ruiz wrote to members, telling them Moreno was wrong.", "Moreno was wrong"),
    ("an outlet is the audience", "Ruiz told CNN the port was shut.", "the port was shut"),
    ("whom, where and when, after the clause",
     "The port will close, the clerk told reporters at a briefing in the town hall on Friday.", "The port will close"),
    ("whom and where, then the clause", "Ruiz told reporters at a briefing in the town hall that the port will close.",
     "that the port will close"),
]


@pytest.mark.parametrize("text, said", [c[1:] for c in TOLD_WHOM_THEN_A_NAME],
                         ids=[c[0] for c in TOLD_WHOM_THEN_A_NAME])
def test_told_whom_then_a_name(text, said):
    assert [q.text for q in extract(text) if q.kind == "indirect"] == [said]


# A pronoun with its auxiliary written into it ("She’ll", "he’s") is the pronoun, and the verb after it a verb.
CONTRACTED_PRONOUNS = [
    ("will", "Mayor Ana Ruiz spoke on Monday.\n\nShe’ll tell voters that the plan is working.",
     "plan is working", "Ana Ruiz", "She"),
    ("has, not a possessive", "Tom Bell spoke on Monday.\n\nHe’s said that the port is safe.",
     "port is safe", "Tom Bell", "He"),
    ("would, straight apostrophe", "Mayor Ana Ruiz spoke on Monday.\n\nShe'd argue that the port is safe.",
     "port is safe", "Ana Ruiz", "She"),
    ("a finite verb after a contracted one",
     "Ana Ruiz spoke on Monday. She’s describing the new port, while Bell is arguing that it can’t be trusted.",
     "can’t be trusted", "Bell", "Bell"),
    ("a name's possessive is still a noun", "Tom Bell spoke.\n\nBell’s claim that the port is safe was wrong.",
     "port is safe", "Tom Bell", "Bell"),
]


@pytest.mark.parametrize("text, phrase, speaker, mention", [c[1:] for c in CONTRACTED_PRONOUNS],
                         ids=[c[0] for c in CONTRACTED_PRONOUNS])
def test_contracted_pronoun_is_the_pronoun(text, phrase, speaker, mention):
    q = find(extract(text), phrase)
    assert (q.speaker, q.mention) == (speaker, mention)


def test_contracted_you_names_nobody():
    text = "Mayor Ana Ruiz spoke on Monday.\n\nYou’ll see no such thing at the port."
    assert [q for q in extract(text) if "nothing like" in q.text] == []


def test_pronoun_respects_the_honorifics_gender():
    text = ("Mr. Omar Reyes and Ms. Lena Okafor met the strikers.\n\n"
            "“The offer stands,” she said.\n\n"
            "“It is our last one,” he said.")
    quotes = extract(text)
    assert find(quotes, "offer stands").speaker == "Lena Okafor"
    assert find(quotes, "last one").speaker == "Omar Reyes"


def test_role_from_an_appositive_is_carried_to_later_quotes():
    text = ("Lena Okafor, the head of the port authority, said the cranes were safe.\n\n"
            "“We inspected all of them,” Ms. Okafor said.")
    quotes = extract(text)
    assert find(quotes, "inspected all").role == "head of the port authority"
    assert find(quotes, "cranes were safe").role == "head of the port authority"


# A role given in an appositive where the person says nothing is still theirs, so a later description finds them.
APPOSITIVE_ROLES = [
    ("said later, found by the description",
     "Dana Ruiz, the mayor, opened the hall on Monday.\n\nLater, the mayor said the city would pay.",
     "city would pay", "Dana Ruiz", "mayor"),
    ("an honorific inside the role",
     "Tom Bell, a spokesman for Mr. Lee, met the strikers.\n\n“We hear you,” Bell said.",
     "We hear you", "Tom Bell", "spokesman for Mr. Lee"),
    ("an abbreviation inside the role",
     "Ana Lu, the chief of the U.N. mission, toured the port.\n\n“It is calm,” Lu said.",
     "It is calm", "Ana Lu", "chief of the U.N. mission"),
    ("a relative clause after the description ends the role",
     "Sam Hill, a retired mayor who lives nearby, came to watch.\n\n“It was loud,” Hill said.",
     "It was loud", "Sam Hill", "retired mayor"),
    ("an aide is not the one they serve",
     "Tom Bell, a spokesman for the mayor, met the strikers.\n\nThe mayor said the talks would go on.",
     "talks would go on", "The mayor", "mayor"),
]


@pytest.mark.parametrize("text, phrase, speaker, role", [c[1:] for c in APPOSITIVE_ROLES],
                         ids=[c[0] for c in APPOSITIVE_ROLES])
def test_role_from_an_appositive_in_passing(text, phrase, speaker, role):
    q = find(extract(text), phrase)
    assert (q.speaker, q.role) == (speaker, role)


def test_organisations_and_groups_speak():
    text = ("The city council said the budget was balanced.\n\n"
            "Union members said they would strike on Friday.")
    quotes = extract(text)
    council = find(quotes, "budget was balanced")
    assert council.speaker_type == "organization"
    members = find(quotes, "would strike")
    assert members.speaker_type == "group"


PLACES_AND_INSTITUTIONS = [
    ("a place of two words", "New York said on Monday that it would sue the agency.", "would sue", "New York"),
    ("a college", "Marlow Community College said on Monday that the campus would close.", "campus would close",
     "Marlow Community College"),
    ("a firm", "Lakeside Realty said the sale would close in May.", "sale would close", "Lakeside Realty"),
]


@pytest.mark.parametrize("name,text,phrase,speaker", PLACES_AND_INSTITUTIONS,
                         ids=[c[0] for c in PLACES_AND_INSTITUTIONS])
def test_places_and_institutions_speak_as_bodies_not_people(name, text, phrase, speaker):
    q = find(extract(text), phrase)
    assert (q.speaker, q.speaker_type) == (speaker, "organization")


def test_a_name_that_ends_in_a_place_is_still_a_person_with_a_given_name():
    assert find(extract("Tom York said on Monday that he would sue."), "would sue").speaker_type == "person"


NUMBER_AGREES = [
    ("'it' is the organisation, not the group named since",
     "The port authority said on Monday that the cranes were safe. Dock workers disagreed. "
     "It said the inspection was complete.", "inspection was complete", "the port authority"),
    ("'they' is the group, not the organisation named since",
     "Union members said on Monday that the cranes were unsafe. The port authority disagreed. "
     "They said the inspection was rushed.", "inspection was rushed", "Union members"),
    ("'they' with no group before it is nobody, not an organisation",
     "The port authority said on Monday that the cranes were safe. They said the inspection was rushed.",
     "inspection was rushed", None),
    ("'they' finds no group named long before",
     "Union members said on Monday that the cranes were unsafe.\n\n" + "The harbor was quiet all week. " * 14 +
     "\n\nThey said the inspection was rushed.", "inspection was rushed", None),
    ("'it' finds no organisation named long before",
     "The port authority said on Monday that the cranes were safe.\n\n" + "The harbor was quiet all week. " * 14 +
     "\n\nIt said the inspection was complete.", "inspection was complete", None),
]


@pytest.mark.parametrize("name,text,phrase,speaker", NUMBER_AGREES, ids=[c[0] for c in NUMBER_AGREES])
def test_it_and_they_agree_in_number_with_the_body_they_stand_for(name, text, phrase, speaker):
    assert find(extract(text), phrase).speaker == speaker


def test_several_speakers_in_one_paragraph():
    text = ("“The plan works,” said Mayor Ana Ruiz. “It does not,” said Councillor Ben Adler.")
    quotes = extract(text)
    assert find(quotes, "plan works").speaker == "Ana Ruiz"
    assert find(quotes, "does not").speaker == "Ben Adler"


def test_speaker_of_the_previous_paragraph_carries_a_bare_quote():
    text = ("“We were ready,” said Ivo Marsh, the harbor master.\n\n"
            "“The storm came early, and we still got every boat in.”")
    assert find(extract(text), "storm came early").speaker == "Ivo Marsh"


def test_quote_without_a_speaker_is_kept_with_null_speaker():
    text = "The sign on the door read as follows.\n\n“Closed until further notice, sorry for the trouble.”"
    q = find(extract(text), "Closed until further notice")
    assert q.speaker is None and q.kind == "direct"


NOT_QUOTES = [
    ("headline", "Council approves “green” budget\n\nThe council met on Monday."),
    ("section heading", "Bogged down\n\nThe talks went on."),
    ("title of a work", "She starred in “The Long Tide” last year and won an award."),
    ("nickname", "Fans call him “the Wall” because he never misses a tackle."),
    ("byline", "By Maria Lopez and Sam Chen\n\nThe storm hit at night."),
    ("title after the kind of work", "Critics have been reading her new book, “Salt Roads: A Life at Sea,” "
                                     "since it came out in May."),
]


@pytest.mark.parametrize("name,text", NOT_QUOTES, ids=[c[0] for c in NOT_QUOTES])
def test_things_that_are_not_quotes(name, text):
    assert extract(text) == []


DATES = [
    ("on Tuesday", "The mayor said on Tuesday that the bridge was safe.", "2024-03-05"),
    ("yesterday", "The mayor said yesterday that the bridge was safe.", "2024-03-06"),
    ("last week", "The mayor said last week that the bridge was safe.", "2024-02-29"),
    ("on March 3", "The mayor said on March 3 that the bridge was safe.", "2024-03-03"),
    ("no phrase", "The mayor said that the bridge was safe.", "2024-03-07"),
]


@pytest.mark.parametrize("name,text,said_on", DATES, ids=[c[0] for c in DATES])
def test_the_date_the_words_were_said(name, text, said_on):
    # 2024-03-07 is a Thursday
    q = find(extract(text, date="2024-03-07"), "bridge was safe")
    assert q.date == said_on


def test_no_article_date_means_no_quote_date():
    assert find(extract("The mayor said on Tuesday that the bridge was safe."), "bridge").date is None


def test_the_date_prefilter_knows_every_word_of_the_date_pattern():
    # dates._may_name_a_date spares the regex where no date word occurs: it must never skip a match
    from quotes.engine import dates
    from quotes.engine.lexicon import MONTH_ABBR, MONTHS, WEEKDAYS
    for word in [*WEEKDAYS, *MONTHS, *MONTH_ABBR, "yesterday", "today", "tonight", "this morning", "last week"]:
        for form in (word, word.upper(), word.capitalize()):
            window = f"said {form} 3 that"
            assert dates.DATE_PHRASE.search(window) and dates._may_name_a_date(window), window
    assert not dates._may_name_a_date("The council said that the bridge was safe.")


def test_quote_carries_article_metadata_and_offsets():
    article = Article(text="“We start at dawn,” said Ivo Marsh.", id="a1", date="2025-01-02")
    [q] = extract_article(article)
    assert q.article_id == "a1"
    assert article.text[q.start:q.end] == "We start at dawn,"
    assert q.paragraph == 0 and 0 < q.confidence <= 1 and q.rule
    assert q.context == "“We start at dawn,” said Ivo Marsh."
    assert set(q.to_dict()) == {"article_id", "text", "start", "end", "kind", "speaker", "mention",
                                "speaker_type", "role", "cue", "date", "context", "paragraph",
                                "confidence", "rule", "spans"}


MORE_LAYOUTS = [
    ("parenthetical attribution", "To win the vote, organisers said, the party must change its plan.",
     "party must change", "organisers"),
    ("age and description before the verb",
     "“I am not convinced,” Rosa Lind, 52, a nurse from Harwich, Essex, said after the meeting.",
     "not convinced", "Rosa Lind"),
    ("declined to comment", "The harbour company declined to comment.", "to comment", "The harbour company"),
    # the question is put to the mayor by someone the sentence does not name: the mayor answers, never asks
    ("asked about", "Asked about the new fee, the mayor said it was fair.", "the new fee", ""),
    ("the answer to it", "Asked about the new fee, the mayor said it was fair.", "it was fair", "the mayor"),
    ("dash line after the quote", "Intro.\n\n“The river keeps its own calendar.”\n\n— Ivo Marsh", "river keeps",
     "Ivo Marsh"),
    ("verb after a day", "The mayor on Tuesday said the bridge was safe.", "bridge was safe", "The mayor"),
    ("speaker of an 'and added' verb", "Ms. Park said she was tired and added, “We will still win.”",
     "will still win", "Park"),
]


@pytest.mark.parametrize("name,text,phrase,speaker", MORE_LAYOUTS, ids=[c[0] for c in MORE_LAYOUTS])
def test_more_attribution_layouts(name, text, phrase, speaker):
    q = find(extract(text), phrase)
    assert (q.speaker or "").lower() == speaker.lower(), (q.speaker, q.mention, q.rule)


def test_a_title_after_a_preposition_is_not_a_quote():
    quotes = extract("The senator said on WKRP’s “Harbor Talk Tonight,” that the bill would pass.")
    assert not [q for q in quotes if q.text.startswith("Harbor Talk")]


UNNAMED_SUBJECTS = [
    ("a described group", "Several supporters of the harbour plan said it would bring back the ferries.",
     "would bring back the ferries", "Several supporters of the harbour plan"),
    ("critics named by example", "The fee rose again.\n\nCritics like Mr. Hale say the fee is far too high.",
     "far too high", "Critics like Mr. Hale"),
    ("people around a named person", "The mayor was silent.\n\nAides to the mayor say she will not run again.",
     "will not run again", "Aides to the mayor"),
    ("a time phrase and an auxiliary are not part of the subject",
     "Ruiz’s oldest friends and aides have in the past said she was staying quiet.",
     "she was staying quiet", "Ruiz’s oldest friends and aides"),
]


MENTIONS_AS_WRITTEN = [
    ("an adverb is not part of the mention", "Ana Ruiz spoke first.\n\nRuiz has sometimes said the fares were too high.",
     "fares were too high", "Ruiz"),
    ("nor a participle's phrase after the head",
     "The city was quiet. Protesters walking along the avenue chanted \"No more tolls!\" and waved signs.",
     "No more tolls!", "Protesters"),
]


@pytest.mark.parametrize("name,text,phrase,mention", MENTIONS_AS_WRITTEN, ids=[c[0] for c in MENTIONS_AS_WRITTEN])
def test_the_mention_is_the_subject_without_the_words_around_it(name, text, phrase, mention):
    assert find(extract(text), phrase).mention == mention


@pytest.mark.parametrize("name,text,phrase,mention", UNNAMED_SUBJECTS, ids=[c[0] for c in UNNAMED_SUBJECTS])
def test_report_by_an_unnamed_subject_is_kept_with_the_subject_as_written(name, text, phrase, mention):
    q = find(extract(text), phrase)
    assert q.kind == "indirect"
    assert q.speaker is None and q.mention == mention, (q.speaker, q.mention, q.rule)


def test_a_report_that_is_not_a_clause_is_not_kept():
    quotes = extract("Everything the council says is printed in the bulletin. The costs added up to a fortune.")
    assert quotes == []


REPORT_ENDS = [
    ("a place described after a comma", "The candidates hoped to revive their campaigns heading into Ashford, where "
     "voters go to the polls next week.", "revive their campaigns", "to revive their campaigns heading into Ashford"),
    ("opening subordinate clause", "Although the minister said the bridge would open in May, the builders have not "
     "started.", "bridge would open", "the bridge would open in May"),
    ("subordinate clause after a conjunction", "The count went on. And while the latest poll showed the "
     "mayor ahead, the race was close among older voters.", "the mayor ahead", "the mayor ahead"),
    ("subordinate clause mid-sentence", "The reason is simple: while the inspector talked about rust on the "
     "pylons, she never mentioned the cables.", "rust on the pylons", "rust on the pylons"),
    ("a subordinate clause that closed before the subject", "But while the council is still arguing about the "
     "fee, two aldermen say the vote will pass easily, whatever the mayor does.", "the vote will pass",
     "the vote will pass easily, whatever the mayor does"),
    ("an appositive about the whole report", "The mayor said the ferry would be free on Sundays, a move aimed at "
     "drawing tourists back.", "ferry would be free", "the ferry would be free on Sundays"),
    ("an appositive after the last name", "The mayor said the plan came from Rita Vance, a member of the council.",
     "the plan came", "the plan came from Rita Vance"),
    ("a comma inside quoted words", "The mayor said she wants a budget that pays for “a new ferry, a wider "
     "pier and a dredger.”", "she wants a budget", "she wants a budget that pays for “a new ferry, a wider pier and "
     "a dredger.”"),
    ("a day at the end", "Mayor Ana Ruiz praised the new ferry timetable on Tuesday.", "ferry timetable",
     "the new ferry timetable"),
    ("a medium at the end, one word left", "Councillor Ben Adler attacked Ruiz on Twitter.", "Ruiz", "Ruiz"),
    ("a medium at the end", "Councillor Ben Adler criticized the harbour fee in a radio interview.",
     "the harbour fee", "the harbour fee"),
    ("anonymity at the end", "A port official confirmed the closure on the condition of anonymity.",
     "the closure", "the closure"),
    ("a number with a comma", "Although the mayor said the ferry carried 2,400 people in May, the council wants "
     "more.", "the ferry carried", "the ferry carried 2,400 people in May"),
    ("a verb of saying inside quoted words", "The mayor said the port was “busy all week and people say it is "
     "full.”", "the port was", "the port was “busy all week and people say it is full.”"),
    ("despite goes on", "The mayor says the ferry is “holding up well” despite the storms of last winter.",
     "holding up well", "the ferry is “holding up well” despite the storms of last winter"),
    ("according to after a colon", "The change did not go unnoticed: According to the harbour survey, most "
     "fishermen now back the pier.", "most fishermen", "most fishermen now back the pier"),
    ("quoted words before the speaker, no finite verb before them", "Paying no fee “makes me smart,” Ivo Marsh "
     "said last week.", "smart", "Paying no fee “makes me smart,”"),
    ("a programme in marks before the speaker", "Speaking on ABC’s “Harbour Talk,” Mayor Ana Ruiz said the ferry "
     "would run all winter.", "the ferry would run", "the ferry would run all winter"),
    ("a participle's phrase closing a whole reported clause goes on with it", "The mayor said the ferry would run "
     "all winter, giving the islanders a way to the mainland.", "ferry would run",
     "the ferry would run all winter, giving the islanders a way to the mainland"),
    ("despite after a comma is the writer's", "The mayor said the ferry would run all winter, despite the storms.",
     "ferry would run", "the ferry would run all winter"),
    ("including after a comma stays in the report", "The mayor said several towns, including Ashford, would pay "
     "for the pier.", "several towns", "several towns, including Ashford, would pay for the pier"),
    ("relative clause", "Dana Ruiz, who said she would run for the seat, later dropped out of the race.",
     "would run for the seat", "she would run for the seat"),
    ("a stance in a relative clause ends at the sentence's verb", "Councillor Ben Adler, who has endorsed the "
     "harbour plan, also praised the new ferry timetable.", "the harbour plan", "the harbour plan"),
    ("the sentence's own verb after a relative clause", "Councillor Ben Adler, who has endorsed the harbour plan, "
     "also praised the new ferry timetable.", "ferry timetable", "the new ferry timetable"),
    ("'no.' before a capital ends the sentence", "The mayor said the council would vote no. Rita Vance said "
     "she would not.", "would vote", "the council would vote no"),
    ("'No.' before a number does not", "The mayor said Rita Vance is No. 2 in the polls.", "Rita Vance is",
     "Rita Vance is No. 2 in the polls"),
    ("a pronoun after 'that' opens the clause", "The mayor added that her lead in the polls was growing.",
     "lead in the polls", "that her lead in the polls was growing"),
    ("relative clause with a list inside", "The clerk, who said the mayor, the treasurer and the judge had all "
     "signed, was not in the room.", "had all signed", "the mayor, the treasurer and the judge had all signed"),
]


@pytest.mark.parametrize("name,text,phrase,said", REPORT_ENDS, ids=[c[0] for c in REPORT_ENDS])
def test_where_a_reported_clause_ends(name, text, phrase, said):
    q = find(extract(text), phrase)
    assert q.text == said, (q.text, q.rule)


ASIDES = [
    ("however", "The plan failed.\n\nBackers of the levy, however, say the floods are tied to it.",
     "the floods are tied to it", "Backers of the levy"),
    ("a participle aside", "One former clerk, speaking on condition of anonymity, said the office had ignored warnings.",
     "the office had ignored warnings", "One former clerk"),
]


@pytest.mark.parametrize("name,text,phrase,mention", ASIDES, ids=[c[0] for c in ASIDES])
def test_subject_before_an_aside_reports_the_clause_after_the_verb(name, text, phrase, mention):
    q = find(extract(text), phrase)
    assert q.mention == mention and q.text.startswith(phrase), (q.text, q.mention, q.rule)


def test_a_day_after_a_parenthetical_verb_does_not_hide_the_clause_going_on():
    text = "The ferry will run again in May, the mayor said Friday, because the repairs are done."
    q = find(extract(text), "The ferry will run")
    assert [text[s:e] for s, e in q.spans] == ["The ferry will run again in May", "because the repairs are done"], \
        (q.spans, q.rule)


def test_inverted_subject_after_the_verb_still_reads_as_the_speaker():
    q = find(extract("The harbour is safe again, said the port director, who was appointed in May."), "harbour is safe")
    assert q.speaker == "the port director" and q.text == "The harbour is safe again"


def test_an_opening_phrase_before_the_speaker_is_not_what_was_said():
    quotes = extract("The storm passed.\n\nAs for the mayor, she said the roads would reopen on Monday.")
    assert not [q for q in quotes if q.text.startswith("As for")]
    assert find(quotes, "roads would reopen").mention == "she"


def test_words_before_the_marks_that_open_the_report_make_it_partial():
    text = ("The fair, held every summer since 1950, “brings the whole valley together,” "
            "said Ana Reyes, who runs it.")
    q = find(extract(text), "brings the whole valley together")
    assert q.kind == "partial" and q.text.startswith("The fair, held every summer") and q.speaker == "Ana Reyes"


def test_a_lead_in_that_names_the_speaker_keeps_the_quote_direct():
    q = find(extract("Speaking to reporters, Ana Reyes said, “The fair will go on.”"), "fair will go on")
    assert q.kind == "direct" and q.speaker == "Ana Reyes"


def test_a_stray_mark_at_a_paragraph_end_does_not_swallow_the_next_quote():
    text = ("The club keeps its own ''top ten.'.')\n\n"
            "''Lists like these take years,'' Mr. Osei said. ''Nobody gets them right the first time.''")
    q = find(extract(text), "Lists like these take years")
    assert q.kind == "direct" and q.speaker == "Osei" and "Nobody gets them right" in q.text


def test_he_after_an_opening_phrase_points_to_that_sentences_subject():
    text = ("Rep. Glenn Harlow spent the morning listening to the governor, Gov. Paul Meade, speak at a breakfast.\n\n"
            "By noon, Harlow was talking about school policy at a reception.\n\n"
            "“It is a long race run at full speed,” he said.")
    assert find(extract(text), "long race").speaker == "Glenn Harlow"


def test_a_participle_after_a_report_starts_a_report_of_its_own():
    quotes = extract("The mayor attacked the harbour board over the fee, calling it “a tax on fishermen.”")
    first = find(quotes, "the harbour board")
    second = find(quotes, "a tax on fishermen")
    assert first is not second and "calling" not in first.text
    assert second.speaker == first.speaker == "The mayor" and second.kind == "partial"


def test_a_long_audience_before_that_is_not_what_was_said():
    q = find(extract("Ms. Tran told a crowded hall at a hotel in the old town on Monday that she would not give up."),
             "would not give up")
    assert q.text == "that she would not give up" and q.speaker == "Tran"


def test_documents_and_polls_report_what_they_show():
    q = find(extract("The council met again. Records released Monday showed that the fund had run dry in May."),
             "the fund had run dry")
    assert q.kind == "indirect" and q.speaker is None and q.mention == "Records"


ACCORDING_IN_THE_MIDDLE = [
    ("the clause goes on", "Among the ferries at risk, according to the port survey, are the two oldest boats.",
     ["Among the ferries at risk", "are the two oldest boats"]),
    ("the source is described", "The ferry lost money again, according to Ivo Marsh, director of the harbour board.",
     ["The ferry lost money again"]),
    ("a contrast after the source", "The mayor leads by ten points, according to a new poll, but the race is close.",
     ["The mayor leads by ten points"]),
]


@pytest.mark.parametrize("name,text,pieces", ACCORDING_IN_THE_MIDDLE, ids=[c[0] for c in ACCORDING_IN_THE_MIDDLE])
def test_a_clause_around_according_to_is_reported_in_both_pieces(name, text, pieces):
    q = find(extract(text), pieces[0])
    assert [text[s:e] for s, e in q.spans] == pieces, (q.spans, q.rule)


def test_according_to_a_source_nobody_in_the_article_keeps_the_report():
    q = find(extract("The ferry is the busiest in the region, according to a 2019 port authority survey."),
             "busiest in the region")
    assert q.kind == "indirect" and q.speaker is None and q.mention == "a 2019 port authority survey"


def test_an_unnamed_subject_is_written_without_its_relative_clause_or_adverb():
    quotes = extract("Senior harbour officials who have seen the figures say that the port will close.\n\n"
                     "Ms. Okafor however said she would keep it open.")
    assert find(quotes, "port will close").mention == "Senior harbour officials"
    assert find(quotes, "keep it open").speaker == "Okafor"


def test_a_report_ends_before_a_contrast_or_a_relative_clause_about_someone_named():
    quotes = extract("The mayor said the plan would work, but the council voted it down.\n\n"
                     "The union said it would back Dana Ruiz, who won the primary in May.")
    assert find(quotes, "plan would work").text == "the plan would work"
    assert find(quotes, "back Dana Ruiz").text == "it would back Dana Ruiz"


DESCRIBED_SPEAKERS = [
    ("a noun the lexicon also knows as a verb", "“It stops now,” the judge said.", "the judge"),
    ("a description the lexicon does not know", "“It was very nice,” the ferry owner told Reuters.",
     "the ferry owner"),
    ("an age", "“We came for the music,” the 43-year-old said.", "the 43-year-old"),
]


@pytest.mark.parametrize("name,text,speaker", DESCRIBED_SPEAKERS, ids=[c[0] for c in DESCRIBED_SPEAKERS])
def test_a_described_speaker_between_a_quote_and_its_verb(name, text, speaker):
    quotes = extract(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", speaker)], [(q.text, q.rule) for q in quotes]


def test_a_quoted_clause_before_its_speaker_is_what_the_verb_reports_whatever_follows():
    quotes = extract("Still, the clubs are “barely breaking even,” Mr. Hale said from his office in Leeds.")
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("partial", "the clubs are “barely breaking even,”", "Hale")]


QUOTED_WORDS_BEFORE_AN_INVERTED_SPEAKER = [
    ("curly marks", "The new ferry is “far too slow for the crossing,” said Ivo Marsh, the harbour master.",
     "The new ferry is “far too slow for the crossing,”", "Ivo Marsh"),
    ("nyt marks", "Ms. Tran is ''not a natural campaigner,'' said Mr. Osei, who has known her for years.",
     "Ms. Tran is ''not a natural campaigner,''", "Osei"),
]


@pytest.mark.parametrize("name,text,said,speaker", QUOTED_WORDS_BEFORE_AN_INVERTED_SPEAKER,
                         ids=[c[0] for c in QUOTED_WORDS_BEFORE_AN_INVERTED_SPEAKER])
def test_a_clause_ending_in_quoted_words_before_an_inverted_speaker_is_a_partial_quote(name, text, said, speaker):
    quotes = extract(text)
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [("partial", said, speaker)], \
        [(q.text, q.rule) for q in quotes]


NOT_WHAT_WAS_SAID = [
    # (name, text, the start no reported clause may have; None: nothing is reported at all)
    ("a title in the subject's description", "Rita Vance, host of the radio show “Harbour Talk,” suggested the "
     "ferry fee would rise again.", "Rita Vance"),
    ("a subject with an appositive before an object", "One harbour pilot, a veteran of the northern route, pledged "
     "her vote to the mayor.", "One harbour pilot"),
    ("an opening phrase naming the occasion", "In a radio interview with Harbour FM last week, Mayor Ana Ruiz "
     "conceded their doubts.", "In a radio interview"),
    ("a poll in the middle of a sentence", "The mayor, who led in a harbour board poll in May, lost the vote.", None),
    ("what someone could be expected to do", "The sum was less than a mayor could be expected to raise in a month.",
     None),
    ("a telephone call", "A year later, the mayor called Ana Ruiz.", None),
    ("a gerund without a preposition or comma", "The harbour had some warning signs before the storm.", None),
]


@pytest.mark.parametrize("name,text,start", NOT_WHAT_WAS_SAID, ids=[c[0] for c in NOT_WHAT_WAS_SAID])
def test_what_is_not_a_reported_clause(name, text, start):
    quotes = extract(text)
    if start is None:
        assert quotes == [], [(q.text, q.rule) for q in quotes]
    else:
        assert not [q for q in quotes if q.text.startswith(start)], [(q.text, q.rule) for q in quotes]


NOT_REPORTS = [
    ("where it was said", "The harbour master testified before the inquiry last spring."),
    ("when it was said", "Asked twice, the mayor finally said during a long press conference on Monday."),
    ("how a reply was made", "The council responded by closing the harbour road for a week."),
    ("a stance verb used of an event", "The candidate celebrated in Ashford with her supporters."),
    ("where people protested", "Dock workers protested outside the harbour offices all week."),
    ("a think tank", "The study came from a harbour think tank in Leeds."),
    ("an object before 'which'", "After the ferry strike, which most dockers opposed, in May the port closed."),
    ("a passive participle", "The new budget was drafted quickly and recommended by the finance committee."),
]


@pytest.mark.parametrize("name,text", NOT_REPORTS, ids=[c[0] for c in NOT_REPORTS])
def test_a_phrase_of_place_or_time_after_a_verb_of_saying_is_not_what_was_said(name, text):
    assert extract(text) == [], [(q.text, q.rule) for q in extract(text)]


COMPLEMENTS_AFTER_A_PREPOSITION = [
    ("believe in", "Most harbour workers believe in the new ferry plan.", "in the new ferry plan"),
    ("a that-clause after the phrase", "The mayor said in March that the ferry would run all winter.",
     "the ferry would run all winter"),
]


@pytest.mark.parametrize("name,text,phrase", COMPLEMENTS_AFTER_A_PREPOSITION,
                         ids=[c[0] for c in COMPLEMENTS_AFTER_A_PREPOSITION])
def test_a_preposition_that_opens_the_complement_or_precedes_that_keeps_the_report(name, text, phrase):
    find(extract(text), phrase)


def test_an_expectation_nobody_holds_is_kept_without_a_speaker_and_with_low_confidence():
    """The corpus annotates "X is expected to V" as an attribution without a source, of things as of people.
    Nobody says it, so it has no speaker, a low confidence and its own rule, for a reader to filter out."""
    [q] = extract("The harbour bridge is expected to reopen in early May.")
    assert (q.text, q.kind, q.speaker, q.rule) == \
        ("The harbour bridge is expected to reopen in early May", "indirect", None, "expected to")
    assert q.confidence <= 0.5


GERUNDS = [
    ("by saying", "Mayor Ana Ruiz answered the critics by saying the ferry would run all winter.",
     "the ferry would run all winter", "Ana Ruiz"),
    ("after saying, opening the sentence", "After saying she was tired of the fight, Councillor Rita Vance left "
     "the hall.", "she was tired of the fight", "Rita Vance"),
]


@pytest.mark.parametrize("name,text,said,speaker", GERUNDS, ids=[c[0] for c in GERUNDS])
def test_a_gerund_of_speech_after_a_preposition_reports_its_clause(name, text, said, speaker):
    q = find(extract(text), said)
    assert q.text == said and q.speaker == speaker, (q.text, q.speaker, q.rule)


NOUN_SAYING = [
    ("a share of voters", "The mayor leads, with 41 percent of voters saying they would back her again.",
     "they would back her again", "41 percent of voters"),
    ("residents", "The council heard from dozens of residents saying the new pier would ruin the harbour.",
     "the new pier would ruin the harbour", "dozens of residents"),
]


@pytest.mark.parametrize("name,text,said,mention", NOUN_SAYING, ids=[c[0] for c in NOUN_SAYING])
def test_a_noun_followed_by_saying_is_the_one_that_says_it(name, text, said, mention):
    q = find(extract(text), said)
    assert q.text == said and q.mention == mention, (q.text, q.mention, q.rule)


MORE_CUE_VERBS = [
    ("reminded", "Mayor Ana Ruiz reminded voters that the ferry had never been late.", "the ferry had never been late"),
    ("stating", "The council issued a notice stating that the pier would close in May.", "the pier would close"),
    ("retweeted", "Councillor Ben Adler retweeted a photo of the flooded pier.", "a photo of the flooded pier"),
    ("railed", "Councillor Ben Adler railed against the new harbour fee.", "the new harbour fee"),
    ("voiced", "Mayor Ana Ruiz voiced support for the dockers.", "the dockers"),
    ("referenced", "Mayor Ana Ruiz referenced the storm of last winter.", "the storm of last winter"),
    ("likened", "Councillor Ben Adler likened the fee to a toll on fishing.", "the fee to a toll"),
    ("portrayed", "Mayor Ana Ruiz portrayed the pier as a lifeline for the town.", "the pier as a lifeline"),
    ("ordered", "Harbour master Ivo Marsh ordered an inquiry into the collision.", "an inquiry into the collision"),
    ("discussed", "Mayor Ana Ruiz discussed the ferry timetable with the dockers.", "the ferry timetable"),
    ("encouraged", "Mayor Ana Ruiz encouraged residents to use the new ferry.", "residents to use the new ferry"),
    ("assailed", "Councillor Ben Adler assailed the new harbour fee as a tax on fishing.", "the new harbour fee"),
    ("derided", "Councillor Ben Adler derided the plan as a waste of money.", "the plan as a waste"),
    ("rebuked", "Mayor Ana Ruiz rebuked the harbour board for its silence.", "the harbour board for its silence"),
    ("articulated", "Mayor Ana Ruiz articulated a plan for the old pier.", "a plan for the old pier"),
    ("labeled", "Councillor Ben Adler labeled the fee a tax on fishing.", "the fee a tax"),
    ("repeated", "Mayor Ana Ruiz repeated that the ferry would run all winter.", "the ferry would run"),
    ("pleaded", "Mayor Ana Ruiz pleaded with the board to keep the ferry running.", "the board to keep the ferry"),
    ("ruled", "Judge Rita Vance ruled that the harbour fee was unlawful.", "the harbour fee was unlawful"),
    ("deemed", "Harbour master Ivo Marsh deemed the old pier unsafe for ferries.", "the old pier unsafe"),
    ("championed", "Mayor Ana Ruiz championed a new ferry for the island.", "a new ferry for the island"),
    ("invoked", "Councillor Ben Adler invoked the storm of 1987 in his speech.", "the storm of 1987"),
    ("sided", "Councillor Ben Adler sided with the dockers in the dispute.", "the dockers in the dispute"),
    ("listed", "Mayor Ana Ruiz listed three reasons for closing the pier.", "three reasons for closing"),
    ("remembered", "Harbour master Ivo Marsh remembered that the pier had flooded before.", "the pier had flooded"),
]


@pytest.mark.parametrize("name,text,phrase", MORE_CUE_VERBS, ids=[c[0] for c in MORE_CUE_VERBS])
def test_more_verbs_of_speech_and_stance_report_what_follows_them(name, text, phrase):
    q = find(extract(text), phrase)
    assert q.kind == "indirect" and q.cue.endswith(name), (q.text, q.cue, q.rule)


NAMING = [
    ("a quoted word", "The mayor called her “reckless” and left the room.", "her “reckless”"),
    ("a bare word", "After the debate the mayor called him competent.", "him competent"),
]


@pytest.mark.parametrize("name,text,said", NAMING, ids=[c[0] for c in NAMING])
def test_calling_something_a_name_in_two_words_is_a_report(name, text, said):
    find(extract(text), said)


PERSON_OBJECTS = [
    ("a pronoun", "The dockers' union endorsed her.", "her"),
    ("a name", "After the vote Mayor Ana Ruiz thanked Marsh.", "Marsh"),
    ("a name before a phrase of time", "Mayor Ana Ruiz endorsed Marsh before the vote in May.", "Marsh"),
    ("a name before a comma", "The union, which endorsed Rita Vance, lost the vote.", "Rita Vance"),
]


@pytest.mark.parametrize("name,text,said", PERSON_OBJECTS, ids=[c[0] for c in PERSON_OBJECTS])
def test_a_person_alone_is_the_object_of_endorsing_or_thanking(name, text, said):
    q = find(extract(text), said)
    assert q.text == said, (q.text, q.rule)


HEADLINES = [
    ("a name mentioned below", "Ruiz: Ferry Will Run All Winter Long.\n\nMayor Ana Ruiz spoke on Monday.",
     "Ferry Will Run All Winter Long", "Ana Ruiz"),
    ("a heading without a full stop", "Ruiz: Ferry Will Run All Winter Long\n\nMayor Ana Ruiz spoke on Monday.",
     "Ferry Will Run All Winter Long", "Ana Ruiz"),
]


@pytest.mark.parametrize("name,text,said,speaker", HEADLINES, ids=[c[0] for c in HEADLINES])
def test_a_headline_that_names_its_speaker_before_a_colon(name, text, said, speaker):
    q = find(extract(text), said)
    assert q.text == said and q.speaker == speaker and q.kind == "indirect", (q.text, q.speaker, q.rule)


NOT_HEADLINE_REPORTS = [
    ("a label nobody below", "Harbour Notes: A Week of Storms and Ferries.\n\nThe storm hit at night."),
    ("too short", "Ruiz: Win the vote.\n\nMayor Ana Ruiz spoke on Monday."),
    ("a correction", "Correction: This article first gave the wrong date for the vote."),
]


@pytest.mark.parametrize("name,text", NOT_HEADLINE_REPORTS, ids=[c[0] for c in NOT_HEADLINE_REPORTS])
def test_a_label_before_a_colon_is_not_a_speaker(name, text):
    assert not [q for q in extract(text) if q.cue == ":"], [(q.text, q.rule) for q in extract(text)]


IN_A_POLL = [
    ("opening the sentence", "In a harbour board poll released Monday, most fishermen backed the new pier.",
     "most fishermen backed the new pier", "a harbour board poll released Monday"),
    ("with a description after it", "In the latest Coastal Survey, conducted in early May, the mayor led by ten points.",
     "the mayor led by ten points", "the latest Coastal Survey"),
]


@pytest.mark.parametrize("name,text,said,mention", IN_A_POLL, ids=[c[0] for c in IN_A_POLL])
def test_a_poll_opening_a_sentence_reports_the_clause_after_it(name, text, said, mention):
    q = find(extract(text), said)
    assert q.text == said and q.mention == mention and q.kind == "indirect", (q.text, q.mention, q.rule)


def test_a_newspaper_named_like_a_verb_is_not_a_cue():
    quotes = extract("The senator spoke to the Washington Post: “We will not back down.”")
    assert [(q.speaker, q.kind) for q in quotes] == [("The senator", "direct")], [(q.mention, q.rule) for q in quotes]


def test_relative_clauses_and_found_things_are_not_reports():
    quotes = extract("The variety the valley offers is good for growers. Later they found a way round the rule.")
    assert quotes == [], [(q.text, q.rule) for q in quotes]
    q = find(extract("Inspectors found that the dam had cracked."), "the dam had cracked")
    assert q.mention == "Inspectors"


def test_a_participle_after_a_quoted_phrase_shares_the_sentences_subject():
    q = find(extract("The mayor defended the “harbour first” plan, saying the port needed “every berth it can get.”"),
             "the port needed")
    assert q.speaker == "The mayor" and q.kind == "partial"


def test_a_lone_name_that_speaks_elsewhere_is_a_sentences_subject():
    text = ("Gov. Paul Meade has battled with the mayor over the budget.\n\n"
            "Hale said on Monday that the city would cope. Hale also blamed the state for the delay. "
            "“They got every call wrong,” he wrote.")
    assert find(extract(text), "every call wrong").speaker == "Hale"


def test_how_people_see_something_is_their_stated_view():
    q = find(extract("Many harbour workers see the new crane as a threat to their jobs."), "the new crane as a threat")
    assert q.kind == "indirect" and q.mention == "Many harbour workers"


def test_the_question_put_to_someone_is_reported_without_making_them_its_speaker():
    quotes = extract("“It is possible,” Ms. Ruiz said when asked about the mayor’s temper.\n\n"
                     "The singer was asked by a radio host on Monday whether she would tour again.")
    asked = find(quotes, "the mayor’s temper")
    assert asked.text == "the mayor’s temper" and asked.speaker is None
    assert find(quotes, "It is possible").speaker == "Ruiz"
    tour = find(quotes, "would tour again")
    assert tour.text == "whether she would tour again" and tour.mention == "a radio host" and tour.speaker is None


def test_the_asker_ends_where_the_question_begins():
    q = find(extract("The singer was asked by a caller why the harbour tour had ended early."), "why the harbour")
    assert q.mention == "a caller" and q.text == "why the harbour tour had ended early", (q.mention, q.text)


def test_a_name_after_an_honorifics_full_stop_does_not_open_a_sentence():
    text = ("Mr. Osei asked her to call Mr. Brandt immediately if possible. "
            "“This matters a great deal,” he wrote.")
    assert find(extract(text), "a great deal").speaker == "Osei"


def test_a_described_name_opening_a_sentence_is_its_subject():
    text = ("Rita Vance and Omar Hale met at the hall. Vance spoke first. "
            "The hoarse-voiced Hale got in several digs. He accused Vance of ignoring the harbour.")
    assert find(extract(text), "of ignoring the harbour").speaker == "Omar Hale"


def test_an_unnamed_subject_is_written_without_a_negation_or_the_day():
    quotes = extract("The vote came out.\n\nMany harbour workers don’t think the mayor can win.\n\n"
                     "Port spokesman Ivo Marsh on Thursday evening said the berths would reopen.")
    assert find(quotes, "the mayor can win").mention == "Many harbour workers"
    assert find(quotes, "berths would reopen").speaker == "Ivo Marsh"


# "Some", "Many", "Both" as subjects are some of the people in the story: kept as written, named nobody.
@pytest.mark.parametrize("text, mention", [
    ("The vote was on Friday.\n\nSome say the port should close.", "Some"),
    ("The vote was on Friday.\n\nMany fear the port will close.", "Many"),
    ("The vote was on Friday.\n\nBoth want the port to stay open.", "Both"),
], ids=["some", "many", "both"])
def test_a_quantifier_as_subject_names_nobody(text, mention):
    q = find(extract(text), "port")
    assert (q.speaker, q.mention, q.speaker_type) == (None, mention, "group")


def test_having_said_that_is_no_report():
    text = "The vote was on Friday.\n\nHaving said that, the port should close soon."
    assert extract(text) == []


# Who speaks for a company or a trade: a name ending in a company's word is an organisation, and one word ending
# in a plural noun for people ("Dockworkers") a group; a surname that ends alike is still a person.
@pytest.mark.parametrize("text, speaker_type", [
    ("Harbor Freight Lines said the port will reopen in May.", "organization"),
    ("Vela Systems said the port will reopen in May.", "organization"),
    ("Dockworkers said the port will reopen in May.", "group"),
    ("Mayor Ann Sanders spoke.\n\nSanders said the port will reopen in May.", "person"),
    ("Health insurance costs rose, and the front lines said nothing. The port will reopen in May, Ruiz said.",
     "person"),
], ids=["lines", "systems", "compound plural", "a surname ending in -ers", "lower case is no company"])
def test_companies_and_trades_speak_as_what_they_are(text, speaker_type):
    assert find(extract(text), "reopen in May").speaker_type == speaker_type


# An inverted attribution in the middle of a clause: "X, said Ruiz, Y" reports X and Y, as "X, Ruiz said, Y" does.
@pytest.mark.parametrize("text, pieces, mention", [
    ("Mayor Ana Ruiz spoke.\n\nThe contrast with Bell, said Ruiz, would be clear since Bell has no allies.",
     ["The contrast with Bell", "would be clear since Bell has no allies"], "Ruiz"),
    ("Mayor Ana Ruiz spoke.\n\nThe contrast with Bell, said Ruiz and others, would be plain.",
     ["The contrast with Bell", "would be plain"], "Ruiz and others"),
    ("Mayor Ana Ruiz spoke.\n\nThe port will close, said Ruiz, who spoke first.", ["The port will close"], "Ruiz"),
], ids=["a name", "a name and others", "a relative clause describes the speaker"])
def test_an_inverted_attribution_inside_a_clause(text, pieces, mention):
    q = find(extract(text), pieces[0])
    assert ([text[s:e] for s, e in q.spans], q.mention) == (pieces, mention)


@pytest.mark.parametrize("text, said, mention", [
    ("The vote was on Friday.\n\nLast month, 31 percent of drivers said the same.", "the same", "31 percent of drivers"),
    ("The vote was on Friday.\n\nPort technophiles cannot necessarily say the same.", "the same", "Port technophiles"),
    ("Mayor Ana Ruiz spoke.\n\nRuiz cannot say whether the port will reopen.", "whether the port will reopen", "Ruiz"),
], ids=["the same is an answer", "an auxiliary is no part of the subject", "cannot say"])
def test_short_answers_and_auxiliaries(text, said, mention):
    q = find(extract(text), said)
    assert (q.text, q.mention) == (said, mention)


def test_doing_the_same_reports_nothing():
    assert extract("The vote was on Friday.\n\nRuiz did the same.") == []


@pytest.mark.parametrize("text, said, mention", [
    ("The vote was on Friday.\n\nThe talks will take weeks, the mediator said in a statement.",
     "The talks will take weeks", "the mediator"),
    ("The vote was on Friday.\n\nThe talks will take weeks, his lawyers said at the courthouse.",
     "The talks will take weeks", "his lawyers"),
], ids=["in a statement", "at a place"])
def test_an_unnamed_subject_after_the_clause_then_where_it_was_said(text, said, mention):
    q = find(extract(text), said)
    assert (q.text, q.mention) == (said, mention)


# A description, a comma and a name: the description is that person's role, and the name is who speaks.
@pytest.mark.parametrize("text, phrase, speaker, mention", [
    ("The mayor, Ana Ruiz, met the port director, Tom Bell.\n\nThe director said the port was safe.",
     "port was safe", "Tom Bell", "The director"),
    ("The port director, Tom Bell, said the port was safe.", "port was safe", "Tom Bell", "Tom Bell"),
    ("The plan will hurt the senator, Sam Lee said.\n\nThe senator said it was fine.", "it was fine", "The senator",
     "The senator"),
], ids=["a role in passing", "the name is the mention", "a name that closes no apposition"])
def test_a_description_before_a_name_is_its_role(text, phrase, speaker, mention):
    q = find(extract(text), phrase)
    assert (q.speaker, q.mention) == (speaker, mention)


def test_a_day_that_owns_the_object_is_part_of_it():
    text = "Mayor Ana Ruiz spoke.\n\nRuiz called Tuesday’s vote a sham."
    assert find(extract(text), "vote a sham").text == "Tuesday’s vote a sham"
