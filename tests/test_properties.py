"""Properties every extraction result must have, whatever the text and however good the engine gets.

These are the engine's contract in executable form (see `quotes.model.Quote`):

- `quotes.extract` never raises on any `str`, and is deterministic;
- offsets point into the text as given: `text[q.start:q.end]`, whitespace-normalised, is `q.text`
  (for a quote split around its attribution, `start/end` is the hull and the parts are in `spans`);
- `kind`, `speaker_type` and `confidence` stay inside their vocabularies and ranges;
- `to_dict()` has exactly the documented keys and is JSON-serialisable.

Two kinds of text are generated: arbitrary unicode rich in quotation marks, and news-like prose
built from sentence templates (names, titles, cue verbs, every layout of attribution), so the
attribution paths are exercised and not only the mark scanner.
"""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotes
from quotes.model import KINDS, SPEAKER_TYPES, Article

QUOTE_KEYS = {
    "article_id", "text", "start", "end", "kind", "speaker", "mention", "speaker_type", "role", "cue",
    "date", "context", "paragraph", "confidence", "rule", "spans",
}

# Every mark the engine is expected to know, plus look-alikes that are not quotation marks.
MARKS = ["“", "”", '"', "«", "»", "„", "‚", "‘", "’", "'", "''", "‹", "›", "「", "」", "`", "´", "″"]
AWKWARD = ["\n", "\n\n", "\r\n", "\x00", "\t", "\u00a0", "\u2028", "\ufeff", " — ", "-", ":", ",", ".", " ",
           "\ud800", "\udc80"]   # lone surrogates: a str may hold them (surrogateescape, JSON "\ud800")

PROPERTY_SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --------------------------------------------------------------------------- strategies

# Any unicode, with marks and awkward characters (lone surrogates among them) mixed in often enough
# to matter.
unicode_chunks = st.one_of(
    st.text(st.characters(), max_size=20),
    st.sampled_from(MARKS),
    st.sampled_from(AWKWARD),
)
any_text = st.lists(unicode_chunks, max_size=60).map("".join)

FIRST = ["Helena", "Omar", "Lena", "Ruth", "Tomasz", "Ines", "Jakob", "Karin", "Rosa", "Ade", "Zoë", "José"]
LAST = ["Varga", "Reyes", "Okafor", "Kamara", "Brandt", "Moreau", "Steiner", "Lehner", "Delgado", "Mensah",
        "O'Neill", "van der Berg", "Al-Sayed"]
TITLES = ["Transport Minister", "council spokesman", "Mayor", "Judge", "Dr.", "Professor", "Councillor",
          "Secretary of State", "union leader", "Presiding Judge"]
HONORIFICS = ["Mr.", "Ms.", "Mrs.", "Dr."]
GROUPS = ["the city council", "Harbor Police", "union members", "the ministry", "Officials", "the Kremlin",
          "The Dockworkers’ Alliance", "the club", "Residents"]
PRONOUNS = ["she", "he", "they", "She", "He", "the minister", "the mayor", "the judge"]
VERBS = ["said", "says", "told reporters", "added", "warned", "insisted", "claimed", "explained", "wrote",
         "noted", "argued", "said in a statement", "told the court"]
WORDS = ["the", "port", "plan", "will", "not", "work", "we", "deceive", "voters", "and", "strike", "is",
         "over", "nobody", "wins", "a", "long", "day", "for", "the", "city", "court", "storm", "tonight",
         "I", "don't", "know", "brutalization", "of", "homes", "cost", "money", "St.", "U.S.", "3.5", "%"]
DATES = ["on Tuesday", "yesterday", "last week", "on March 3", "on Friday night", "today", "in 2019", ""]
PAIRS = [("“", "”"), ('"', '"'), ("«", "»"), ("« ", " »"), ("„", "“"), ("''", "''"), ("‘", "’"),
         ("‚", "‘"), ("“", '"'), ("«", "”")]  # the last two are mismatched on purpose


@st.composite
def speakers(draw) -> str:
    first, last = draw(st.sampled_from(FIRST)), draw(st.sampled_from(LAST))
    return draw(st.sampled_from([
        f"{first} {last}",
        f"{draw(st.sampled_from(TITLES))} {first} {last}",
        f"{first} {last}, the head of the {draw(st.sampled_from(WORDS))} authority,",
        f"{draw(st.sampled_from(HONORIFICS))} {last}",
        last,
        draw(st.sampled_from(GROUPS)),
        draw(st.sampled_from(PRONOUNS)),
    ]))


@st.composite
def sentences(draw) -> str:
    """One news-like sentence or paragraph fragment, quoted or reported, in some attribution layout."""
    words = lambda lo, hi: " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=lo, max_size=hi)))  # noqa: E731
    o, c = draw(st.sampled_from(PAIRS))
    io, ic = draw(st.sampled_from([("‘", "’"), ("'", "'"), ("“", "”"), ("‚", "‘")]))
    who, verb, when = draw(speakers()), draw(st.sampled_from(VERBS)), draw(st.sampled_from(DATES))
    q1, q2 = words(1, 12), words(1, 12)
    template = draw(st.sampled_from([
        f"{o}{q1},{c} {who} {verb}.",
        f"{o}{q1},{c} {verb} {who} {when}.",
        f"{who} {verb} {when}: {o}{q1}.{c}",
        f"{who} {verb}:\n\n{o}{q1}.{c}",
        f"{o}{q1},{c} {who} {verb}. {o}{q2}.{c}",
        f"{o}{q1},{c} {who} {verb}, {o}{q2}.{c}",
        f"{o}{q1} {io}{q2}{ic} {q1}.{c}",
        f"{who} {verb} that the plan could {o}{q1}{c} and {q2}.",
        f"{who} {verb} {when} that {q1}.",
        f"According to {who}, {q1}.",
        f"{who} {verb} the {q1} was {o}{q2}.{c}",
        f"{o}{q1}.{c}\n— {who}",
        f"{o}{q1}.\n\n{o}{q2}.\n\n{o}{q1}.{c}",
        f"{o}{q1}",  # never closed
        f"{q2}{c} {who} {verb}.",  # closed, never opened
        f"a film called {o}{q1.title()}{c} opened {when}.",
        f"{who} {o}{q1.split()[0].title()}{c} {draw(st.sampled_from(LAST))} {verb} nothing.",
        f"{q1.title()}",  # heading-like line
        f"By {who}",
        f"(Reporting by {who}; editing by {draw(st.sampled_from(FIRST))})",
        f"{who} {verb}.",
        f"{o}{c}",
    ]))
    return template


@st.composite
def news_text(draw) -> str:
    """Sentences joined into paragraphs, sometimes with unicode noise spliced in or cut short."""
    parts = draw(st.lists(sentences(), min_size=1, max_size=12))
    seps = draw(st.lists(st.sampled_from([" ", "\n\n", "\n", "  ", "\r\n\r\n"]), min_size=len(parts),
                         max_size=len(parts)))
    text = "".join(p + s for p, s in zip(parts, seps))
    if draw(st.booleans()):
        noise = draw(any_text)
        at = draw(st.integers(0, len(text)))
        text = text[:at] + noise + text[at:]
    if draw(st.integers(0, 4)) == 0:
        text = text[: draw(st.integers(0, len(text)))]
    return text


# --------------------------------------------------------------------------- the contract

def normalised(s: str) -> str:
    return " ".join(s.split())


def check_quote(text: str, q: quotes.Quote) -> None:
    """Everything that must hold for one quote extracted from ``text``."""
    assert isinstance(q.start, int) and isinstance(q.end, int)
    assert 0 <= q.start <= q.end <= len(text), (q.start, q.end, len(text))
    spans = tuple(tuple(s) for s in q.spans)
    if len(spans) <= 1:
        if spans:
            assert spans[0] == (q.start, q.end), (spans, q.start, q.end)
        assert normalised(text[q.start:q.end]) == q.text, (text[q.start:q.end], q.text)
    else:
        for s, e in spans:
            assert q.start <= s <= e <= q.end, (spans, q.start, q.end)
        assert list(spans) == sorted(spans), spans
        assert normalised(" ".join(text[s:e] for s, e in spans)) == q.text, (spans, q.text)
    assert q.kind in KINDS, q.kind
    assert 0.0 <= q.confidence <= 1.0, q.confidence
    assert q.speaker_type in SPEAKER_TYPES + (None,), q.speaker_type
    assert q.speaker is None or (isinstance(q.speaker, str) and q.speaker.strip()), repr(q.speaker)
    assert isinstance(q.paragraph, int) and q.paragraph >= 0, q.paragraph
    assert isinstance(q.context, str)
    d = q.to_dict()
    assert set(d) == QUOTE_KEYS, set(d) ^ QUOTE_KEYS
    assert json.loads(json.dumps(d)) == _as_json_reads_it(d)


def _as_json_reads_it(value):
    """``value`` as JSON gives it back: a surrogate pair left split in a ``str`` ("\\ud800\\udc00") is one
    character once read, so the round trip is exact up to that."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")
    if isinstance(value, dict):
        return {k: _as_json_reads_it(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_as_json_reads_it(v) for v in value]
    return value


def extract_checked(text: str, **meta) -> list[quotes.Quote]:
    found = quotes.extract(text, **meta)
    assert isinstance(found, list)
    for q in found:
        assert isinstance(q, quotes.Quote)
        check_quote(text, q)
    return found


# --------------------------------------------------------------------------- properties

@PROPERTY_SETTINGS
@given(any_text)
def test_any_unicode_text_gives_well_formed_quotes(text):
    extract_checked(text)


@PROPERTY_SETTINGS
@given(news_text(), st.sampled_from([None, "2024-09-17", "2025-03-05"]))
def test_news_like_text_gives_well_formed_quotes(text, date):
    extract_checked(text, date=date, source="The Harbor Ledger", title="A headline")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_text())
def test_extraction_is_deterministic_and_matches_extract_article(text):
    article = Article(text=text, id="a1", date="2025-03-05", source="The Harbor Ledger")
    first = quotes.extract(text, article_id="a1", date="2025-03-05", source="The Harbor Ledger")
    assert quotes.extract(text, article_id="a1", date="2025-03-05", source="The Harbor Ledger") == first
    assert quotes.extract_article(article) == first
    assert all(q.article_id == "a1" for q in first)


@settings(max_examples=60, deadline=None)
@given(st.lists(sentences(), min_size=1, max_size=6), st.sampled_from(["\n\n", "\r\n\r\n"]))
def test_line_endings_do_not_change_what_is_quoted(parts, sep):
    """The same article with Unix or Windows paragraph breaks yields the same quote texts."""
    unix = "\n\n".join(p.replace("\r\n", "\n") for p in parts)
    other = unix.replace("\n\n", sep)
    assert [q.text for q in extract_checked(other)] == [q.text for q in extract_checked(unix)]


def test_seed_articles_give_well_formed_quotes():
    """The hand-written seeds, as a fixed example set alongside the generated ones."""
    from pathlib import Path

    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        extract_checked(path.read_text(encoding="utf-8"))


# The engine finds quotation marks and sentence ends with str.find; the regexes they stand for define
# what must be found.
STOP_CHUNKS = st.one_of(unicode_chunks, st.sampled_from([".", "!", "?", "…", "...", ".”", "?’", ")", "]", "»",
                                                          "⸃", " ", "\x1c", "\x85", "\u00a0", "``", "'''", "\r", "\n \n"]))
scanner_text = st.lists(STOP_CHUNKS, max_size=60).map("".join)


@given(scanner_text, st.integers(0, 300), st.integers(0, 300))
@PROPERTY_SETTINGS
def test_string_scanners_find_what_their_regexes_find(text, pos, endpos):
    from quotes.engine import marks, text as text_module
    assert marks._marks(text, pos, endpos) == [(m.start(), m.end(), m.group())
                                               for m in marks._MARK.finditer(text, pos, endpos)]
    assert text_module._sentence_ends(text, pos, endpos) == [m.span() for m in
                                                             text_module._SENTENCE_END.finditer(text, pos, endpos)]
    assert [m.span() for m in text_module._paragraph_breaks(text)] == [
        m.span() for m in text_module._PARAGRAPH_BREAK.finditer(text)]


def test_poll_prefilter_folds_every_letter_the_poll_regex_matches():
    # _may_name_a_poll looks for "poll", "survey" and "stud" in the casefolded text: every character
    # that the engine's case-insensitive regexes take for one of those letters must fold to it
    import regex
    every_character = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    for letter in set("pollsurveystud"):
        for m in regex.finditer(letter, every_character, regex.I):
            assert m.group().casefold() == letter, (hex(ord(m.group())), letter)


POLL_CHUNKS = st.one_of(unicode_chunks, st.sampled_from(["In ", "in ", "a ", "the ", "poll", "POLLS", "survey",
                                                         "Study", "studies", "ſtudy", ",", ", ", " ", "\n"]))


@given(st.lists(POLL_CHUNKS, max_size=30).map("".join))
@PROPERTY_SETTINGS
def test_poll_prefilter_skips_only_text_the_poll_regex_cannot_match(text):
    from quotes.engine import attribution
    if not attribution._may_name_a_poll(text, 0, len(text)):
        assert attribution._IN_POLL.search(text) is None



WHEN_CHUNKS = st.one_of(unicode_chunks, st.sampled_from([" ", ",", "\n", "on ", "the ", "s", "ing", "named"]))
WHEN_PHRASES = st.sampled_from([
    " on Monday", ", late Friday night", " Sunday morning", " on Twitter", " this weekend", ", last year",
    ", speaking on condition of anonymity", " on the condition that she not be named",
    " in an interview", " during his remarks", " at a town hall", " in two tweets", " on Instagram",
    " in her e-mails", " at the rallies", " in a televised address", " in op-eds", " in speeches"])


@given(WHEN_CHUNKS.map(str), WHEN_PHRASES, st.booleans(), st.lists(WHEN_CHUNKS, max_size=4).map("".join))
@PROPERTY_SETTINGS
def test_trailing_when_prefilter_skips_only_text_the_regex_cannot_match(before, phrase, upper, after):
    from quotes.engine import attribution
    text = before + (phrase.upper() if upper else phrase) + after
    if attribution._WHEN_LAST_WORD.match(text) is None:
        assert attribution._TRAILING_WHEN.search(text) is None
    if not after:
        assert attribution._TRAILING_WHEN.search(text) is not None   # the test reaches the regex's matches


ING_CHUNKS = st.one_of(unicode_chunks, st.sampled_from([
    " ", ",", "ing", "saying", "Saying", "adding", "add", "noting", "vowing", "urging", "thing", "during", "citing",
    "acknowledg", "accusing", "sayin", "in", "g"]))


@given(st.lists(ING_CHUNKS, max_size=30).map("".join), st.integers(0, 120), st.integers(0, 120))
@PROPERTY_SETTINGS
def test_participle_cue_test_finds_what_a_find_per_cue_finds(text, lo, hi):
    from quotes.engine import attribution
    assert attribution._holds_a_participle_cue(text, lo, hi) == any(
        text.find(p, lo, hi) != -1 for p in attribution._PARTICIPLE_CUES)


WHEN_WORD_CHUNKS = st.one_of(unicode_chunks, st.sampled_from([
    " ", "\n", "\n\n", ",", "monday", "MONDAY", "Sunday", "week", "weekend", "speech", "speeches", "SPEECHES",
    "rally", "rallies", "e-mail", "email", "E-Mails", "op-ed", "op-eds", "remarks", "address", "identified",
    "conferences", "appearances", "s", "es", "ies", "ſ", "K", "WEEK", "ſpeech"]))


@given(st.lists(WHEN_WORD_CHUNKS, max_size=12).map("".join), st.integers(0, 60), st.integers(0, 60))
@PROPERTY_SETTINGS
def test_when_last_word_test_agrees_with_its_regex(text, lo, hi):
    from quotes.engine import attribution
    hi = min(hi, len(text))     # (the clause's end is inside the text)
    assert attribution._may_end_in_when(text, lo, hi) == (attribution._WHEN_LAST_WORD.match(text, lo, hi) is not None)


COMMA_CHUNKS = st.one_of(unicode_chunks, st.sampled_from([
    ",", ",”", "”,", ",\"", "\",", ",''", "'", "’", ",’", "»,", ",»", " ", "  ", "\n", "\x1c", "\u00a0", "\u2028",
    "said", "x"]))


@given(st.lists(COMMA_CHUNKS, max_size=12).map("".join), st.integers(0, 40), st.integers(0, 40))
@PROPERTY_SETTINGS
def test_closes_with_comma_finds_what_its_regex_finds(text, lo, hi):
    from quotes.engine import attribution
    found = attribution._closes_with_comma(text, lo, hi)
    expected = attribution._CLOSES_WITH_COMMA.search(text, lo, hi)
    assert (found and found.span()) == (expected and expected.span())
    whole = attribution._closes_with_comma(text)
    expected = attribution._CLOSES_WITH_COMMA.search(text)
    assert (whole and whole.span()) == (expected and expected.span())
