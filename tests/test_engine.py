"""The extraction engine, one quoting convention per case, in sentences the team wrote.

Each case gives an article and the quotes a reader would list from it: the words
(a phrase that must be in the quote's text), the kind, the speaker and, where the
article gives one, the role. Assertions are on what a journalist needs, not on
every field, so the cases read like examples.
"""
import pytest

from quotes import Article, extract, extract_article


def find(quotes, phrase):
    """The quote whose text contains ``phrase``."""
    hits = [q for q in quotes if phrase in q.text]
    assert hits, f"no quote contains {phrase!r}; found {[q.text for q in quotes]}"
    return hits[0]


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


def test_organisations_and_groups_speak():
    text = ("The city council said the budget was balanced.\n\n"
            "Union members said they would strike on Friday.")
    quotes = extract(text)
    council = find(quotes, "budget was balanced")
    assert council.speaker_type == "organization"
    members = find(quotes, "would strike")
    assert members.speaker_type == "group"


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
    ("asked about", "Asked about the new fee, the mayor said it was fair.", "the new fee", "the mayor"),
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
    quotes = extract("The senator said on CBS’s “Face the Nation,” that the bill would pass.")
    assert not [q for q in quotes if q.text.startswith("Face the Nation")]


UNNAMED_SUBJECTS = [
    ("a described group", "Several supporters of the harbour plan said it would bring back the ferries.",
     "would bring back the ferries", "Several supporters of the harbour plan"),
    ("critics named by example", "The fee rose again.\n\nCritics like Mr. Hale say the fee is far too high.",
     "far too high", "Critics like Mr. Hale"),
    ("people around a named person", "The mayor was silent.\n\nAides to the mayor say she will not run again.",
     "will not run again", "Aides to the mayor"),
]


@pytest.mark.parametrize("name,text,phrase,mention", UNNAMED_SUBJECTS, ids=[c[0] for c in UNNAMED_SUBJECTS])
def test_report_by_an_unnamed_subject_is_kept_with_the_subject_as_written(name, text, phrase, mention):
    q = find(extract(text), phrase)
    assert q.kind == "indirect"
    assert q.speaker is None and q.mention == mention, (q.speaker, q.mention, q.rule)


def test_a_report_that_is_not_a_clause_is_not_kept():
    quotes = extract("Everything the council says is printed in the bulletin. The costs added up to a fortune.")
    assert quotes == []


def test_report_in_an_opening_subordinate_clause_ends_at_its_comma():
    q = find(extract("Although the minister said the bridge would open in May, the builders have not started."),
             "bridge would open")
    assert q.text == "the bridge would open in May"


ASIDES = [
    ("however", "The plan failed.\n\nSupporters of the new bill, however, say there is a direct link to the floods.",
     "there is a direct link", "Supporters of the new bill"),
    ("a participle aside", "One former clerk, speaking on condition of anonymity, said the office had ignored warnings.",
     "the office had ignored warnings", "One former clerk"),
]


@pytest.mark.parametrize("name,text,phrase,mention", ASIDES, ids=[c[0] for c in ASIDES])
def test_subject_before_an_aside_reports_the_clause_after_the_verb(name, text, phrase, mention):
    q = find(extract(text), phrase)
    assert q.mention == mention and q.text.startswith(phrase), (q.text, q.mention, q.rule)


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
            "“It is a marathon at a sprint rate,” he said.")
    assert find(extract(text), "marathon").speaker == "Glenn Harlow"


def test_a_participle_after_a_report_starts_a_report_of_its_own():
    quotes = extract("The mayor attacked the harbour board over the fee, calling it “a tax on fishermen.”")
    first = find(quotes, "the harbour board")
    second = find(quotes, "a tax on fishermen")
    assert first is not second and "calling" not in first.text
    assert second.speaker == first.speaker == "The mayor" and second.kind == "partial"


def test_a_long_audience_before_that_is_not_what_was_said():
    q = find(extract("Ms. Tran told a crowded hall at a hotel in the old town on Monday that she would not give up."),
             "would not give up")
    assert q.text == "she would not give up" and q.speaker == "Tran"


def test_documents_and_polls_report_what_they_show():
    q = find(extract("The council met again. Records released Monday showed that the fund had run dry in May."),
             "the fund had run dry")
    assert q.kind == "indirect" and q.speaker is None and q.mention == "Records"


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
    quotes = extract("Still, the clubs are “just scratching out a profit,” Mr. Hale said from his office in Leeds.")
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("partial", "Still, the clubs are “just scratching out a profit,”", "Hale")]


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
            "“They made all the wrong moves,” he wrote.")
    assert find(extract(text), "wrong moves").speaker == "Hale"


def test_how_people_see_something_is_their_stated_view():
    q = find(extract("Many harbour workers see the new crane as a threat to their jobs."), "the new crane as a threat")
    assert q.kind == "indirect" and q.mention == "Many harbour workers"


def test_the_question_put_to_someone_is_reported_without_making_them_its_speaker():
    quotes = extract("“It is possible,” Ms. Ruiz said when asked about the mayor’s temper.\n\n"
                     "The singer was asked by a radio host on Monday whether she would tour again.")
    asked = find(quotes, "the mayor’s temper")
    assert asked.text == "about the mayor’s temper" and asked.speaker is None
    assert find(quotes, "It is possible").speaker == "Ruiz"
    tour = find(quotes, "would tour again")
    assert tour.text == "whether she would tour again" and tour.mention == "a radio host" and tour.speaker is None


def test_a_name_after_an_honorifics_full_stop_does_not_open_a_sentence():
    text = ("Mr. Osei asked her to call Mr. Brandt immediately if possible. "
            "“This is very important,” he wrote.")
    assert find(extract(text), "very important").speaker == "Osei"


def test_a_described_name_opening_a_sentence_is_its_subject():
    text = ("Rita Vance and Omar Hale met at the hall. Vance spoke first. "
            "The hoarse-voiced Hale got in several digs. He accused Vance of ignoring the harbour.")
    assert find(extract(text), "of ignoring the harbour").speaker == "Omar Hale"


def test_an_unnamed_subject_is_written_without_a_negation_or_the_day():
    quotes = extract("The vote came out.\n\nMany harbour workers don’t think the mayor can win.\n\n"
                     "Port spokesman Ivo Marsh on Thursday evening said the berths would reopen.")
    assert find(quotes, "the mayor can win").mention == "Many harbour workers"
    assert find(quotes, "berths would reopen").speaker == "Ivo Marsh"


def test_quotes_are_made_as_quote_init_would_make_them():
    # extract builds a Quote without its (slow, frozen) __init__: the same fields, in order, same value
    import dataclasses
    from quotes.model import Quote
    q = extract("“We start at dawn,” said Ivo Marsh.", date="2025-01-02")[0]
    again = Quote(**vars(q))
    assert q == again and hash(q) == hash(again) and repr(q) == repr(again)
    assert list(vars(q)) == [f.name for f in dataclasses.fields(Quote)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.text = "changed"
