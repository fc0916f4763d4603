"""Where a reported clause starts and ends, in sentences the team wrote.

Each table row: a name, the text, a phrase that picks the report, and the report's whole text.
"""
import pytest

from found import find
from quotes import extract


def report_text(text, phrase):
    """The whole text of the report in ``text`` that holds ``phrase``."""
    return find(extract(text), phrase).text


REPORT_STARTS = [
    ("'that' after the verb", "Mayor Ana Ruiz said that the ferry would run all winter.", "ferry would run",
     "that the ferry would run all winter"),
    ("'that' after a day", "Councillor Ben Adler said on Monday that the pier was unsafe.", "pier was unsafe",
     "that the pier was unsafe"),
    ("'that' after the audience", "The harbour master told reporters that the dredger had broken down.",
     "dredger had broken", "that the dredger had broken down"),
    ("'that' before quoted words", "Mayor Ana Ruiz said that the levy was “a fair price for a safe harbour.”",
     "fair price", "that the levy was “a fair price for a safe harbour.”"),
    ("no 'that', nothing added", "Mayor Ana Ruiz said the ferry would run all winter.", "ferry would run",
     "the ferry would run all winter"),
]


@pytest.mark.parametrize("name,text,phrase,said", REPORT_STARTS, ids=[c[0] for c in REPORT_STARTS])
def test_where_a_report_starts(name, text, phrase, said):
    assert report_text(text, phrase) == said


REPORT_ENDS = [
    ("a lone dash", "Mayor Ana Ruiz said the pier would close next month — and the ferry stopped running too.",
     "pier would close", "the pier would close next month"),
    ("a lone double hyphen", "Councillor Ben Adler insisted the levy was fair -- though few voters agreed.",
     "levy was fair", "the levy was fair"),
    ("an aside between two dashes", "Mayor Ana Ruiz said the pier — rebuilt only last year — would close in May.",
     "would close", "the pier — rebuilt only last year — would close in May"),
    ("a dash that narrows the report", "Mayor Ana Ruiz said every school would reopen — including the two on "
     "the island.", "every school", "every school would reopen — including the two on the island"),
    ("a dash inside quoted words", "Mayor Ana Ruiz said the pier was “old — and getting older.”", "pier was",
     "the pier was “old — and getting older.”"),
    ("a relative clause inside the report", "Mayor Ana Ruiz said the old wooden pier, which opened in 1990, "
     "would close in May.", "wooden pier", "the old wooden pier, which opened in 1990, would close in May"),
    ("a 'who' clause inside the report", "Officials suggested that the new harbour master, who lives by the "
     "pier, was in favour of the levy.", "harbour master",
     "that the new harbour master, who lives by the pier, was in favour of the levy"),
    ("a relative clause at the end", "Mayor Ana Ruiz praised the new pier, which opened in May.", "new pier",
     "the new pier"),
    ("a relative clause with a report of its own", "Critics said the vote showed that Ben Adler, who has long "
     "argued the pier was safe, was wrong.", "pier was safe", "the pier was safe"),
]


@pytest.mark.parametrize("name,text,phrase,said", REPORT_ENDS, ids=[c[0] for c in REPORT_ENDS])
def test_where_a_report_ends(name, text, phrase, said):
    assert report_text(text, phrase) == said


def test_a_cue_in_the_words_cut_after_a_dash_reports_nothing():
    quotes = extract("Councillor Ben Adler promised a new pier by May — and the builders know how hard that will be.")
    assert [q.text for q in quotes] == ["a new pier by May"], [(q.text, q.rule) for q in quotes]


SPLIT_BY_THE_SPEAKER = [
    ("a gerund subject", "Cutting the fares so soon, economists say, was a mistake.", "was a mistake",
     "Cutting the fares so soon was a mistake"),
    ("a short noun subject", "The real trouble, the mayor argued, is the old pier.", "old pier",
     "The real trouble is the old pier"),
    ("an opening phrase stays out", "In the old days, organisers said, the party would change.", "party would",
     "the party would change"),
    ("an infinitive of purpose is the clause's own", "To win their votes, organisers said, the party must change.",
     "party must", "To win their votes the party must change"),
]


@pytest.mark.parametrize("name,text,phrase,said", SPLIT_BY_THE_SPEAKER, ids=[c[0] for c in SPLIT_BY_THE_SPEAKER])
def test_a_clause_split_by_its_speaker_keeps_its_subject(name, text, phrase, said):
    assert report_text(text, phrase) == said


SECOND_PREDICATES = [
    ("an auxiliary after 'and'", "Councillor Rita Vance declined the chairmanship of the board and has since "
     "left the council.", "chairmanship", "the chairmanship of the board"),
    ("a past tense with its object", "Mayor Ana Ruiz opposed the new harbour levy and voted against the budget.",
     "harbour levy", "the new harbour levy"),
    ("'but' and a past tense", "The harbour board rejected the ferry timetable but raised the old fares.",
     "ferry timetable", "the ferry timetable"),
    ("two adjectives stay", "Mayor Ana Ruiz supports the bold and determined harbour crews.", "harbour crews",
     "the bold and determined harbour crews"),
    ("a verb of speech keeps its clause", "Mayor Ana Ruiz said the ferry was late and had been for weeks.",
     "ferry was late", "the ferry was late and had been for weeks"),
]


@pytest.mark.parametrize("name,text,phrase,said", SECOND_PREDICATES, ids=[c[0] for c in SECOND_PREDICATES])
def test_a_second_predicate_of_the_subject_ends_an_object(name, text, phrase, said):
    assert report_text(text, phrase) == said


def test_the_second_predicate_reports_its_own_object():
    quotes = extract("Councillor Rita Vance opposed the new harbour levy and supported the ferry plan.")
    assert sorted(q.text for q in quotes) == ["the ferry plan", "the new harbour levy"], \
        [(q.text, q.rule) for q in quotes]


SECOND_THAT_CLAUSES = [
    ("after ', but'", "Mayor Ana Ruiz said the ferry would run late, but that the pier would stay open.", "ferry",
     "the ferry would run late, but that the pier would stay open"),
    ("after a dash", "Councillor Ben Adler said the levy was unfair — and that the board would fight it.", "levy",
     "the levy was unfair — and that the board would fight it"),
    ("', but' with a clause of its own still ends it", "Mayor Ana Ruiz said the ferry would run late, but the "
     "council disagreed.", "ferry", "the ferry would run late"),
]


@pytest.mark.parametrize("name,text,phrase,said", SECOND_THAT_CLAUSES, ids=[c[0] for c in SECOND_THAT_CLAUSES])
def test_a_second_that_clause_goes_on_with_the_report(name, text, phrase, said):
    assert report_text(text, phrase) == said


OBJECT_ADJUNCTS = [
    ("during", "Councillor Ben Adler attacked the harbour levy during the budget debate.", "levy", "the harbour levy"),
    ("as she …", "Mayor Ana Ruiz praised the new ferry as she cut the ribbon.", "ferry", "the new ferry"),
    ("while", "The harbour board condemned the late ferry timetable while the council met.", "timetable",
     "the late ferry timetable"),
    ("in a statement, two words left", "The harbour board criticized the plan in a long statement to reporters.",
     "plan", "the plan"),
    ("'as' with a complement stays", "Mayor Ana Ruiz described the levy as a fair price.", "levy",
     "the levy as a fair price"),
    ("a that-clause keeps its 'while'", "Mayor Ana Ruiz said the ferry ran late while the pier was shut.", "ferry",
     "the ferry ran late while the pier was shut"),
]


@pytest.mark.parametrize("name,text,phrase,said", OBJECT_ADJUNCTS, ids=[c[0] for c in OBJECT_ADJUNCTS])
def test_an_object_ends_before_when_and_where(name, text, phrase, said):
    assert report_text(text, phrase) == said


QUOTE_GOES_ON = [
    ("'that' after the attribution", "“It is our bad luck,” Mayor Ana Ruiz said, that both ferries broke down in May.",
     "bad luck", ["It is our bad luck,", "that both ferries broke down in May"]),
    ("a verb after the attribution", "“Only the council,” Ben Adler said, would raise the harbour fee twice in a year.",
     "Only the council", ["Only the council,", "would raise the harbour fee twice in a year"]),
]


@pytest.mark.parametrize("name,text,phrase,pieces", QUOTE_GOES_ON, ids=[c[0] for c in QUOTE_GOES_ON])
def test_a_sentence_a_quote_opened_goes_on_after_its_attribution(name, text, phrase, pieces):
    q = find(extract(text), phrase)
    assert [text[a:b] for a, b in q.spans] == pieces and q.kind == "partial", \
        (q.spans, q.kind, q.rule)


def test_a_quote_that_ends_its_sentence_takes_nothing_after_its_attribution():
    text = "“The ferry is late.” Mayor Ana Ruiz said, that is all she would say."
    q = find(extract(text), "ferry is late")
    assert q.kind == "direct" and len(q.spans) == 1, (q.spans, q.kind, q.rule)


PARAPHRASED_LEADS = [
    ("a paraphrase before a colon", "Mayor Ana Ruiz emailed the clip to the council with a single line: “This "
     "will not stand.”", "This will not", "the clip to the council with a single line: “This will not stand.”"),
    ("a that-clause before the quote", "Councillor Ben Adler added that the ferry was late again, which is a "
     "problem because, “Nobody waits forever.”", "Nobody waits",
     "that the ferry was late again, which is a problem because, “Nobody waits forever.”"),
]


@pytest.mark.parametrize("name,text,phrase,said", PARAPHRASED_LEADS, ids=[c[0] for c in PARAPHRASED_LEADS])
def test_a_paraphrase_between_the_verb_and_the_quote_is_part_of_the_report(name, text, phrase, said):
    q = find(extract(text), phrase)
    assert q.text == said and q.kind == "partial", (q.text, q.kind, q.rule)


DIRECT_LEADS = [
    ("when and where", "Mayor Ana Ruiz said on Monday at the harbour: “The ferry is late.”", "ferry is late"),
    ("an aside between commas", "Mayor Ana Ruiz recited, to loud applause from the crowd, the line: “The ferry is "
     "late.”", "ferry is late"),
    ("a lead-in ending in a comma", "Mayor Ana Ruiz wrote to her many followers online, “The ferry is late.”",
     "ferry is late"),
]


@pytest.mark.parametrize("name,text,phrase", DIRECT_LEADS, ids=[c[0] for c in DIRECT_LEADS])
def test_how_or_where_it_was_said_leaves_the_quote_direct(name, text, phrase):
    q = find(extract(text), phrase)
    assert q.kind == "direct", (q.text, q.kind, q.rule)


SEMICOLONS = [
    ("a series of three", "Mayor Ana Ruiz said the crews had rebuilt the pier; repaired the old ferry; and dredged "
     "the harbour mouth.", "rebuilt the pier",
     "the crews had rebuilt the pier; repaired the old ferry; and dredged the harbour mouth"),
    ("a semicolon with no series", "Mayor Ana Ruiz said the crews had rebuilt the pier; the ferry is still late.",
     "rebuilt the pier", "the crews had rebuilt the pier"),
]


@pytest.mark.parametrize("name,text,phrase,said", SEMICOLONS, ids=[c[0] for c in SEMICOLONS])
def test_semicolons_of_a_series_stay_in_the_report(name, text, phrase, said):
    assert report_text(text, phrase) == said


def test_a_participle_after_according_to_goes_on_with_the_clause():
    text = "The mayor gave her blessing, according to court papers, becoming the owner of the pier."
    q = find(extract(text), "gave her blessing")
    assert [text[a:b] for a, b in q.spans] == ["The mayor gave her blessing", "becoming the owner of the pier"], \
        (q.spans, q.rule)


INFINITIVES = [
    ("a verb of intention", "Mayor Ana Ruiz wants to give every child a free ferry pass.", "ferry pass",
     "to give every child a free ferry pass"),
    ("a stance adjective", "Councillor Ben Adler is eager to get the pier open before winter.", "pier open",
     "to get the pier open before winter"),
    ("'to' as a preposition stays out", "Councillor Ben Adler often referred to the old pier as a disgrace.",
     "old pier", "the old pier as a disgrace"),
]


@pytest.mark.parametrize("name,text,phrase,said", INFINITIVES, ids=[c[0] for c in INFINITIVES])
def test_an_infinitive_keeps_its_to(name, text, phrase, said):
    assert report_text(text, phrase) == said


POSSESSIVE_HER = [
    ("after 'said'", "Mayor Ana Ruiz said her father had worked on the ferry for years.", "ferry",
     "her father had worked on the ferry for years"),
    ("an object of its own", "Mayor Ana Ruiz touted her plan to rebuild the pier.", "rebuild",
     "her plan to rebuild the pier"),
    ("an audience before a clause stays out", "Councillor Ben Adler told her the ferry was late.", "ferry",
     "the ferry was late"),
    ("an audience before an adverb stays out", "Councillor Ben Adler told her privately that the ferry was late.",
     "ferry", "that the ferry was late"),
]


@pytest.mark.parametrize("name,text,phrase,said", POSSESSIVE_HER, ids=[c[0] for c in POSSESSIVE_HER])
def test_a_possessive_her_opens_the_report(name, text, phrase, said):
    assert report_text(text, phrase) == said


def test_a_possessive_adds_no_word_to_a_short_object():
    quotes = extract("At the harbour meeting, Mayor Ana Ruiz offered her own approach.")
    assert quotes == [], [(q.text, q.rule) for q in quotes]


QUESTIONS_PUT = [
    ("'asked about' names the topic", "“We will see,” Mayor Ana Ruiz said when asked about the ferry timetable.",
     "timetable", "the ferry timetable"),
    ("'asked whether' keeps its opener", "“We will see,” Mayor Ana Ruiz said when asked whether the ferry would "
     "run.", "ferry would run", "whether the ferry would run"),
]


@pytest.mark.parametrize("name,text,phrase,said", QUESTIONS_PUT, ids=[c[0] for c in QUESTIONS_PUT])
def test_the_question_put_starts_after_about(name, text, phrase, said):
    assert report_text(text, phrase) == said


TOPIC_PREPOSITIONS = [
    ("'warned of'", "Councillor Ben Adler warned of the dangers of the crumbling pier.", "dangers",
     "the dangers of the crumbling pier"),
    ("'complained about'", "Mayor Ana Ruiz complained about the late ferry timetable.", "timetable",
     "the late ferry timetable"),
    ("a short topic still reported", "Mayor Ana Ruiz warned of the stakes.", "stakes", "the stakes"),
    ("'about' a number stays", "Mayor Ana Ruiz said that about 40 ferry workers had quit.", "ferry workers",
     "that about 40 ferry workers had quit"),
]


@pytest.mark.parametrize("name,text,phrase,said", TOPIC_PREPOSITIONS, ids=[c[0] for c in TOPIC_PREPOSITIONS])
def test_the_preposition_of_a_verb_of_speech_stays_out(name, text, phrase, said):
    assert report_text(text, phrase) == said


SECOND_REPORTS = [
    ("a subject with an abbreviation", "Mayor Ana Ruiz said the ferry was running out of fuel, and Dr. Ben Adler "
     "said the pier was unsafe.", "out of fuel", "the ferry was running out of fuel"),
    ("a plain subject", "Mayor Ana Ruiz said the ferry was running out of fuel, and the harbour crews said the "
     "pier was unsafe.", "out of fuel", "the ferry was running out of fuel"),
]


@pytest.mark.parametrize("name,text,phrase,said", SECOND_REPORTS, ids=[c[0] for c in SECOND_REPORTS])
def test_a_second_verb_of_speech_after_and_ends_the_first_report(name, text, phrase, said):
    assert report_text(text, phrase) == said


TOLD_THEN_INFINITIVE = [
    ("an infinitive before a relative 'that'", "The harbour board warned the ferry company to refrain from further "
     "cuts that would worsen the timetable.", "refrain",
     "the ferry company to refrain from further cuts that would worsen the timetable"),
    ("'to' a place before 'that' stays an audience", "Mayor Ana Ruiz told reporters on her way to the harbour that "
     "the ferry was late.", "ferry was late", "that the ferry was late"),
    ("a word ending in 'to' is no infinitive", "The mayor told every tomato grower at the market that the levy "
     "would fall.", "levy would fall", "that the levy would fall"),
]


@pytest.mark.parametrize("name,text,phrase,said", TOLD_THEN_INFINITIVE, ids=[c[0] for c in TOLD_THEN_INFINITIVE])
def test_what_the_one_told_was_told_to_do_is_the_report(name, text, phrase, said):
    assert report_text(text, phrase) == said


ONE_ASKED_THEN_INFINITIVE = [
    ("'asked them to'", "Mayor Ana Ruiz asked them to host the harbour dinner.", "harbour dinner",
     "them to host the harbour dinner"),
    ("'told him not to'", "Mayor Ana Ruiz told him not to close the pier.", "close the pier",
     "him not to close the pier"),
    ("an audience before a clause stays out", "Mayor Ana Ruiz told him the pier would close.", "pier would close",
     "the pier would close"),
]


@pytest.mark.parametrize("name,text,phrase,said", ONE_ASKED_THEN_INFINITIVE,
                         ids=[c[0] for c in ONE_ASKED_THEN_INFINITIVE])
def test_the_one_asked_to_act_is_part_of_the_report(name, text, phrase, said):
    assert report_text(text, phrase) == said


THAT_BEFORE_AN_ASIDE = [
    ("'that,' before an aside", "Mayor Ana Ruiz said that, if elected, she would rebuild the pier.", "rebuild",
     "that, if elected, she would rebuild the pier"),
    ("a direct quote after 'that,' stays as quoted", "Mayor Ana Ruiz tweeted that, “The pier is finished.”",
     "pier is finished", "The pier is finished."),
]


@pytest.mark.parametrize("name,text,phrase,said", THAT_BEFORE_AN_ASIDE, ids=[c[0] for c in THAT_BEFORE_AN_ASIDE])
def test_that_before_an_aside_opens_the_report(name, text, phrase, said):
    assert report_text(text, phrase) == said


OPENING_CONNECTIVES = [
    ("'Still,'", "Still, the ferry is safe, the harbour master insisted.", "ferry is safe", "the ferry is safe"),
    ("'In fact,'", "In fact, the pier will close in May, Mayor Ana Ruiz said.", "pier will close",
     "the pier will close in May"),
    ("'But' stays, as often kept as left out", "But the pier will close in May, Mayor Ana Ruiz said.",
     "pier will close", "But the pier will close in May"),
]


@pytest.mark.parametrize("name,text,phrase,said", OPENING_CONNECTIVES, ids=[c[0] for c in OPENING_CONNECTIVES])
def test_a_sentence_adverb_opening_the_report_is_the_writers(name, text, phrase, said):
    assert report_text(text, phrase) == said


APPOSITIVES_AT_THE_END = [
    ("after a reported clause", "Mayor Ana Ruiz said she backed the harbour levy, the first tax the island has "
     "voted in a decade.", "harbour levy", "she backed the harbour levy"),
    ("after an object", "Councillor Ben Adler praised the new ferry timetable, a plan the board had long resisted.",
     "timetable", "the new ferry timetable"),
    ("the last item of a list stays", "Mayor Ana Ruiz said the island needed new roads, better schools, and the "
     "pier.", "new roads", "the island needed new roads, better schools, and the pier"),
    ("an opening phrase before the clause stays", "Mayor Ana Ruiz said that despite the storm, the old ferry ran "
     "on time.", "old ferry", "that despite the storm, the old ferry ran on time"),
]


@pytest.mark.parametrize("name,text,phrase,said", APPOSITIVES_AT_THE_END, ids=[c[0] for c in APPOSITIVES_AT_THE_END])
def test_an_appositive_ending_the_sentence_is_the_writers(name, text, phrase, said):
    assert report_text(text, phrase) == said


TIME_PHRASES_WITH_PREPOSITIONS = [
    ("'over the' stays with its phrase of time", "Mayor Ana Ruiz praised the ferry crews over the last week.",
     "ferry crews", "the ferry crews"),
    ("'in the' stays with its phrase of time", "Mayor Ana Ruiz attacked the ferry crews in the last month.",
     "ferry crews", "the ferry crews"),
    ("a place before the time stays", "Mayor Ana Ruiz praised the ferry crews in the harbour this week.",
     "ferry crews", "the ferry crews in the harbour"),
]


@pytest.mark.parametrize("name,text,phrase,said", TIME_PHRASES_WITH_PREPOSITIONS,
                         ids=[c[0] for c in TIME_PHRASES_WITH_PREPOSITIONS])
def test_a_phrase_of_time_is_cut_off_with_its_preposition(name, text, phrase, said):
    assert report_text(text, phrase) == said


DASHES_THAT_GO_ON = [
    ("a participle after the dash", "Mayor Ana Ruiz said the ferry deal had helped the island — easing her plan to "
     "rebuild the pier.", "ferry deal", "the ferry deal had helped the island — easing her plan to rebuild the pier"),
    ("'— like …'", "Councillor Ben Adler said the crews had done small things — like fixing the old pier.",
     "small things", "the crews had done small things — like fixing the old pier"),
    ("'— unless …'", "Mayor Ana Ruiz said she would not resign — unless the council voted against her.",
     "not resign", "she would not resign — unless the council voted against her"),
    ("a participle of speech still ends it", "Mayor Ana Ruiz said the pier was safe — asserting that the crews had "
     "checked it twice.", "pier was safe", "the pier was safe"),
]


@pytest.mark.parametrize("name,text,phrase,said", DASHES_THAT_GO_ON, ids=[c[0] for c in DASHES_THAT_GO_ON])
def test_a_dash_before_a_participle_or_an_example_goes_on_with_the_report(name, text, phrase, said):
    assert report_text(text, phrase) == said


CLAUSES_RESUMED_AFTER_THE_SPEAKER = [
    ("the writer's tail after the resumed clause", "The new pier, the mayor said, will open in May, although the "
     "ferry may still be late.", "new pier", "The new pier will open in May"),
    ("an appositive after the resumed clause", "Many of the closures, Ben Adler said, have hit the island courses, "
     "the second a nod to clubs with few members.", "closures",
     "Many of the closures have hit the island courses"),
    ("a second predicate stays", "The new pier, the mayor said, will open in May and carry the old ferry too.",
     "new pier", "The new pier will open in May and carry the old ferry too"),
]


@pytest.mark.parametrize("name,text,phrase,said", CLAUSES_RESUMED_AFTER_THE_SPEAKER,
                         ids=[c[0] for c in CLAUSES_RESUMED_AFTER_THE_SPEAKER])
def test_a_clause_resumed_after_its_speaker_ends_as_any_report_does(name, text, phrase, said):
    assert report_text(text, phrase) == said


CONCESSIVE_ASIDES = [
    ("', though popular,' inside the report", "Mayor Ana Ruiz said the ferry was a costly, though popular, service "
     "for the island.", "costly", "the ferry was a costly, though popular, service for the island"),
    ("', although brief,' inside the report", "Councillor Ben Adler said the storm gave the crews a welcome, although "
     "brief, rest.", "storm gave", "the storm gave the crews a welcome, although brief, rest"),
    ("a concessive clause still ends it", "Mayor Ana Ruiz said the ferry was popular, though it lost money every "
     "year.", "ferry was popular", "the ferry was popular"),
]


@pytest.mark.parametrize("name,text,phrase,said", CONCESSIVE_ASIDES, ids=[c[0] for c in CONCESSIVE_ASIDES])
def test_a_concession_set_off_by_commas_stays_in_the_report(name, text, phrase, said):
    assert report_text(text, phrase) == said


AND_THEN_A_CLAUSE_OF_ITS_OWN = [
    ("a new subject after ', and'", "Mayor Ana Ruiz said the ferry was late again, and the harbour board has since "
     "cut its budget.", "ferry was late", "the ferry was late again"),
    ("a name after ', and'", "Councillor Ben Adler argued that the levy was unfair, and Mayor Ana Ruiz quickly "
     "disagreed.", "levy was unfair", "that the levy was unfair"),
    ("a pronoun after ', and' goes on", "Mayor Ana Ruiz said the ferry was late, and it had been late for weeks.",
     "ferry was late", "the ferry was late, and it had been late for weeks"),
    ("a poll's findings go on", "A new harbour poll shows that most islanders back the levy, and the ferry crews "
     "are split on it.", "islanders back",
     "that most islanders back the levy, and the ferry crews are split on it"),
]


@pytest.mark.parametrize("name,text,phrase,said", AND_THEN_A_CLAUSE_OF_ITS_OWN,
                         ids=[c[0] for c in AND_THEN_A_CLAUSE_OF_ITS_OWN])
def test_and_then_a_clause_with_a_subject_of_its_own_ends_the_report(name, text, phrase, said):
    assert report_text(text, phrase) == said


WHEN_AND_WHY_AFTER_AN_OBJECT = [
    ("'after' ends the object", "Councillor Ben Adler attacked the harbour levy after the budget vote.", "levy",
     "the harbour levy"),
    ("'because' ends the object", "Mayor Ana Ruiz opposed the ferry cuts because the island needs the money.",
     "ferry cuts", "the ferry cuts"),
    ("'despite' ends the object", "Mayor Ana Ruiz defended the levy despite loud protests from the fishermen.",
     "levy", "the levy"),
    ("'hours after' goes with it", "Councillor Ben Adler attacked the levy hours after the vote.", "levy",
     "the levy"),
    ("an infinitive keeps its 'after'", "Mayor Ana Ruiz urged the crews to stay home after the storm.", "stay home",
     "the crews to stay home after the storm"),
    ("'week after week' stays", "Mayor Ana Ruiz praised the crews week after week.", "crews",
     "the crews week after week"),
]


@pytest.mark.parametrize("name,text,phrase,said", WHEN_AND_WHY_AFTER_AN_OBJECT,
                         ids=[c[0] for c in WHEN_AND_WHY_AFTER_AN_OBJECT])
def test_a_noun_object_ends_before_a_clause_of_when_or_why(name, text, phrase, said):
    assert report_text(text, phrase) == said
