"""Speakers of reports whose pronoun, subject or lead-in the engine used to read wrongly.

Each table row is a sentence of its own (invented names and places) and the speaker its report must get.
"""
import pytest

from quotes import extract


def quote_holding(text, words):
    """The shortest quote whose text holds ``words`` (not a report whose clause holds it)."""
    quotes = extract(text)
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote holds {words!r}; found {[(q.text, q.rule) for q in quotes]}"
    return min(hits, key=lambda q: len(q.text))


# A paragraph's reports are found by verbs of speech first, then by verbs of stance; a "he" in a report of
# speech was resolved before the subject of an earlier stance verb was in the cast, and so found someone
# named before that sentence. The paragraph's reports are resolved again in the order they are written.
PRONOUN_AFTER_A_STANCE_REPORT = [
    ("a stance verb's subject, then 'He called' with quoted words",
     "Mr. Fenwick spoke in Dayton on Monday. He said the plant would close.\n\n"
     "Later on ''Meet the Voters,'' Senator Tom Baxter questioned Mr. Fenwick's honesty. "
     "He called the mayor a ''habitual fibber'' for repeating the old story about the dam.",
     "habitual fibber", "Tom Baxter"),
    ("a chairman who dismissed criticism, then 'He tried …, arguing'",
     "Mr. Orlov spoke at the fair on Friday.\n\n"
     "On the radio, Mr. Orlov's campaign chairman, Dale Brenner, dismissed criticism of Mr. Orlov's remarks as "
     "''party spin.'' He tried to set Mr. Orlov apart from the plan, arguing that Mr. Orlov was now "
     "focused on a ''regional pause'' of the program.",
     "regional pause", "Dale Brenner"),
    ("a report noun's possessor, then 'what he called' inside its clause",
     "Mr. Ostrow met the board on Monday. He said the budget was tight.\n\n"
     "Perhaps Mr. Dahl's most surprising suggestion was that Ms. Ruiz had used her phone while in the "
     "territory of what he called ''hostile networks.''",
     "''hostile networks.''", "Dahl"),
]


@pytest.mark.parametrize("why,text,words,speaker", PRONOUN_AFTER_A_STANCE_REPORT,
                         ids=[r[0] for r in PRONOUN_AFTER_A_STANCE_REPORT])
def test_pronoun_after_a_stance_report(why, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


PRONOUN_KEPT = [
    ("the person named before stays the speaker when nobody else is a subject since",
     "Mayor Ana Ruiz toured the pier on Monday. Later, the council met. She said the repairs would start soon.",
     "the repairs would start", "Ana Ruiz"),
    ("a plain 'he said' after a speech report keeps its speaker",
     "Tom Bell said the ferry would run all winter. He said the fares would not rise.",
     "the fares would not rise", "Tom Bell"),
]


@pytest.mark.parametrize("why,text,words,speaker", PRONOUN_KEPT, ids=[r[0] for r in PRONOUN_KEPT])
def test_pronoun_kept(why, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# "X issued a statement saying … and said …": the verb after "and" shares the subject of the finite verb
# before it; a participle of the object ("a statement saying") or a noun that is also a cue ("the Bell
# demand") has no subject of its own to lend
COORDINATED_VERB = [
    ("a statement saying …, and said",
     "Kendra Vale issued a statement saying his remark \"has no place here\" and said the board "
     "will face a \"day of reckoning.\"",
     "day of reckoning", "Kendra Vale"),
    ("the original Bell demand, and offered",
     "Ana Ruiz spoke on Monday. Ruiz even agreed to the original Bell demand and offered to meet "
     "on Friday in Dayton.",
     "to meet on Friday", "Ana Ruiz"),
]

COORDINATED_VERB_KEPT = [
    ("a narrator reminds … and says: the narrator is a subject, not a noun's determiner",
     "In one ad, a narrator reminds viewers that Ruiz marched in 1963 and says she wants to end "
     "the levy.",
     "she wants to end", "a narrator"),
    ("a name, a description after a comma, then said … but cautioned",
     "Ohio's governor, Tom Bell, a Democrat, told reporters on Friday he had backed the levy, but "
     "cautioned against reading that as an endorsement.",
     "reading that as", "Tom Bell"),
]


@pytest.mark.parametrize("why,text,words,speaker", COORDINATED_VERB + COORDINATED_VERB_KEPT,
                         ids=[r[0] for r in COORDINATED_VERB + COORDINATED_VERB_KEPT])
def test_coordinated_verb_shares_the_finite_verbs_subject(why, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


# "Ruiz - who met her aides on a bus back to Dayton - has vowed …": an aside set off by dashes between
# the subject and its verb holds names of its own; the subject is the person named before the first dash
DASH_ASIDE = [
    ("a relative clause between dashes",
     "Ana Ruiz - who met her aides on Monday on a bus back to Dayton - has vowed to press on.",
     "press on", "Ana Ruiz"),
    ("em dashes, a participle opening the aside",
     "Reached by phone on Tuesday, Lena Vasko — who is listed as a lawyer in Ohio but does not practice — "
     "told the Ledger she will let the board's ruling stand.",
     "let the board's ruling stand", "Lena Vasko"),
]


@pytest.mark.parametrize("why,text,words,speaker", DASH_ASIDE, ids=[r[0] for r in DASH_ASIDE])
def test_subject_before_a_dash_aside(why, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


def test_dashes_inside_the_reported_clause_leave_the_speaker_alone():
    q = quote_holding("Tom Bell said the levy - a charge on every boat - would pass in May.", "would pass")
    assert q.speaker == "Tom Bell"


# "She released a statement saying, “…”", "Ruiz sent an email to supporters saying …": whoever issued the
# document says what it says, also when to whom or when it went out stands between it and "saying"
ISSUED_DOCUMENT = [
    ("a statement saying, then a direct quote",
     "Mara Lind signed a deal with the mill in 2012. That spring, she put out a statement saying, "
     "\"Our partner has served us well. We look forward to a long partnership.\"",
     "Our partner has served us well", "Mara Lind"),
    ("an email to supporters saying",
     "Ana Ruiz sent an email to supporters saying the race in the valley was close.",
     "the race in the valley was close", "Ana Ruiz"),
]


@pytest.mark.parametrize("why,text,words,speaker", ISSUED_DOCUMENT, ids=[r[0] for r in ISSUED_DOCUMENT])
def test_the_issuer_of_a_document_says_it(why, text, words, speaker):
    assert quote_holding(text, words).speaker == speaker


def test_a_document_not_issued_keeps_its_own_words():
    # a sign someone hangs is not written in their name: it speaks for itself
    q = quote_holding("The owners hung a sign saying the shop had closed for good.", "the shop had closed")
    assert q.speaker is None


# “…,” said the ruling. / “…,” reads a Sunday editorial in the Ledger. / “…,” begins a scripted message …: a verb
# of speech after the quote, then a document, not a person; the document says it (it had fallen to whoever spoke
# in the paragraph before)
DOCUMENT_AFTER_THE_QUOTE = [
    ("said the ruling",
     "Tom Bell spoke first. \"We will win,\" he said.\n\n"
     "\"A county may not strike a voter from its rolls for skipping one election,\" said the ruling.",
     "A county may not strike", "the ruling"),
    ("reads an editorial in a newspaper",
     "Tom Bell spoke first. \"We will win,\" he said.\n\n"
     "\"Even the gulls on the pier stand firmer than Mayor Ana Ruiz,\" reads a Sunday editorial in the "
     "Kenwick Ledger.",
     "Even the gulls on the pier", "a Sunday editorial"),
    ("begins a message, with a relative clause after it",
     "Tom Bell spoke first. \"We will win,\" he said.\n\n"
     "\"If a heckler starts shouting near you, please do not touch the heckler,\" begins a scripted message "
     "that precedes all Bell rallies.",
     "If a heckler starts", "a scripted message"),
]

PERSON_AFTER_THE_QUOTE = [
    ("said the council chairman: a person",
     "Tom Bell spoke first. \"We will win,\" he said.\n\n\"The vote is close,\" said the council chairman.",
     "The vote is close", "the council chairman"),
]


@pytest.mark.parametrize("why,text,words,speaker", DOCUMENT_AFTER_THE_QUOTE + PERSON_AFTER_THE_QUOTE,
                         ids=[r[0] for r in DOCUMENT_AFTER_THE_QUOTE + PERSON_AFTER_THE_QUOTE])
def test_a_document_after_the_quote_says_it(why, text, words, speaker):
    q = quote_holding(text, words)
    assert q.mention == speaker
