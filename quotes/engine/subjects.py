"""Subjects nobody in the cast answers to: "three former employees said", "according to exit polls".

News attributes much of what it reports to people and documents it never names. The
clause is still reported speech, so the phrase is kept as written (the quote's
``mention``) and the speaker is left unresolved, unless the phrase is itself a name.
Everything here reads a bounded window before or after a cue.
"""
from __future__ import annotations

from typing import Optional

import regex

from .lexicon import (DETERMINERS, GROUP_HEADS, INDEFINITE_PEOPLE, IRREGULAR_PARTICIPLES, MONTHS, ORG_HEADS,
                      PEOPLE_ENDINGS, PERSON_NOUNS, SOURCE_NOUNS, SPEECH_VERBS, STANCE_VERBS, WEEKDAYS, WORK_NOUNS,
                      WRITTEN_WORKS)
from .people import ROLE_WORDS, Cast
from .phrases import _STOP_BEFORE, Speaker, _tokens, serves_whom_it_names, subject_before
from .text import split_contraction, strip_article, words as _words

# words that end a bare subject when read backwards from its verb
_BOUNDARY = {",", ";", ":", "(", ")", "—", "–", "[", "]", "“", "”", "\"", "‘", "’", "«", "»"}
# words between a subject and its verb ("Carter however said", "have both said")
SUBJECT_ADVERBS = {
    "however", "too", "meanwhile", "though", "instead", "therefore", "moreover", "also", "still", "never", "just",
    "now", "then", "often", "always", "already", "again", "once", "later", "earlier", "previously", "recently",
    "repeatedly", "has", "have", "had", "did", "does", "do", "would", "will", "could", "may", "might", "only",
    "even", "all", "both", "themselves", "himself", "herself", "itself", "can", "should", "must", "not",
    "don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t", "won't", "won’t", "wouldn't", "wouldn’t",
    "can't", "can’t", "couldn't", "couldn’t", "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t",
    "isn't", "isn’t", "wasn't", "wasn’t", "sometimes", "ever", "first", "long", "since", "yet", "soon", "twice",
    "quite"}
# nouns that end in -ly: "the family said", "the assembly voted"
_LY_NOUNS = {"family", "assembly", "supply", "anomaly", "monopoly", "butterfly", "homily", "jelly", "rally",
             "ally", "reply", "belly", "bully", "daily", "weekly", "monthly", "quarterly", "holy", "italy"}


def is_subject_adverb(word: str) -> bool:
    """A word between a subject and its verb: "Carter however said", "Holt jokingly said"."""
    low = word.lower()
    return low in SUBJECT_ADVERBS or (word.islower() and low.endswith("ly") and low not in _LY_NOUNS) \
        or (word.islower() and low in _MODALS)


# where the subject is, after it: "Farmers here say", "executives there indicate"
_WHERE_ADVERBS = {"here", "there"}
# … unless it goes with a place just before: "men at the straw poll there discussed" (the poll is no subject)
_PLACE_BEFORE = regex.compile(r"\b(?:in|at|from|near|outside|inside|across|throughout|to|into)\s[^,;:.!?]*$", regex.I)
_PLACE_REACH = 40   # characters before the adverb where such a preposition is looked for


def is_where_adverb(text: str, toks, k: int) -> bool:
    """Is ``toks[k - 1]`` a "here" or "there" after a subject ("Activists here point to"), not one that ends a
    phrase of place ("at the county fair there") opening in the 40 characters before it?"""
    if k < 2 or toks[k - 1][0] not in _WHERE_ADVERBS:
        return False
    at = toks[k - 1][1]
    return _PLACE_BEFORE.search(text, max(0, at - _PLACE_REACH), at) is None


# an auxiliary the cue index does not hold with the verb: "technophiles cannot necessarily say"
_MODALS = {"can", "cannot", "can't", "can’t", "could", "couldn't", "couldn’t", "would", "wouldn't", "wouldn’t",
           "will", "won't", "won’t", "should", "shouldn't", "shouldn’t", "may", "might", "must", "do", "does",
           "did", "don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t"}


# a time phrase after a subject ("Dale Moreno on Thursday evening said", "Holt earlier Thursday said")
_WHEN_WORDS = {"on", "in", "at", "earlier", "later", "last", "this", "the", "time", "morning", "afternoon",
               "evening", "night", "week", "month", "year", "today", "yesterday", "past", *WEEKDAYS, *MONTHS}
# words after a participle that make it the head of a phrase of its own ("protesters marching through the
# streets"), not an adjective before its noun ("striking workers")
_AFTER_A_PARTICIPLE = {"in", "on", "at", "for", "with", "through", "from", "to", "into", "across", "outside",
                       "near", "around", "along", "the", "a", "an", "his", "her", "their", "its"}
_WHEN_OPENERS = {"on", "in", "at", "earlier", "later", "last", "this"}
# words that can neither end nor open a speaker's phrase
FUNCTION_WORDS = {
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "is", "are",
    "was", "were", "be", "been", "not", "no", "this", "that", "these", "those", "his", "her", "their", "its", "our",
    "my", "your", "what", "who", "which", "whom", "whose", "it", "there", "here", "as", "than", "so", "if", "when",
    "where", "while", "because", "although", "though", "whether", "how", "why", "everything", "anything",
    "something", "nothing", "everyone", "anyone", "someone", "nobody", "none", "all"}
_COMMON_HEADS = GROUP_HEADS | ORG_HEADS | PERSON_NOUNS | ROLE_WORDS | DETERMINERS | SOURCE_NOUNS | {
    "many", "some", "several", "most", "few", "both", "other", "others", "those", "these", "one", "two", "three"}
_QUANTITIES = {"half", "third", "quarter", "majority", "minority", "percent", "plurality", "most", "many",
               "some", "few", "several", "others", "one", "all", "both"}
# the phrase after "according to", up to a comma, a bracket or the sentence end
_SOURCE_PHRASE = regex.compile(r"\s*(?P<np>[^\s,;:.!?()—–][^,;:!?()—–]*?)\s*(?=[,;:!?()—–]|\.(?:\s|$)|$)")
# a described person: "the gambling tycoon", "a spokesperson for the firm", "the 43-year-old"
DESCRIBED = regex.compile(r"(?:the|a|an|one|his|her|their|its|another|this|that|these|those)\s+(?:[\p{L}\-’'0-9]+\s+){0,4}"
                          r"(?P<head>[\p{Ll}0-9][\p{L}\-’'0-9]*\p{Ll})")


_SOURCE_WORDS = 12             # words in a source's phrase after "according to"
_DOCUMENT_SOURCE_WORDS = 20    # … when it names a document, poll or study


def source_as_written(text: str, start: int, hi: int) -> Optional[Speaker]:
    """The phrase after "according to", up to the next comma or the sentence end, as its mention."""
    m = _SOURCE_PHRASE.match(text, start, min(hi, start + 160))    # a window: linear whatever follows
    if m is None:
        return None
    words = _words(m.group("np"))
    # a document is often described at length: "first figures of the surveys carried out for the Ledger and
    # a radio station by Vance Research"
    longest = _DOCUMENT_SOURCE_WORDS if any(w.lower() in SOURCE_NOUNS for w in words[:6]) else _SOURCE_WORDS
    if not 1 <= len(words) <= longest:
        return None
    return Speaker(mention=m.group("np"), start=m.start("np"), end=m.end("np"))


def _speaker_like(word: str) -> bool:
    """Could this word head a phrase for someone who speaks (a name, people, a share of them)?"""
    low = word.lower()
    return (word[:1].isupper() or word[:1].isdigit() or low in _COMMON_HEADS or low[:-1] in _COMMON_HEADS
            or low in _QUANTITIES or (low.isalpha() and low.endswith(PEOPLE_ENDINGS)))


def bare_subject(text: str, lo: int, vstart: int, cast: Cast) -> Optional[Speaker]:
    """The noun phrase just before a verb of speech, as written, when no known speaker is in it.

    News attributes a great deal to people the article never names ("three current and
    former employees said", "26% say", "Those close to him say"). The clause is still
    reported speech; its speaker is left unresolved (``speaker: null``) unless the
    phrase is itself a capitalised name, with the phrase kept as the mention.
    """
    toks = _tokens(text, max(lo, vstart - 120), vstart, cast)
    i = len(toks)
    if i >= 2 and toks[-1][0] == "who":
        i -= 1      # "security experts who say …"
    while i and (is_subject_adverb(toks[i - 1][0]) or is_where_adverb(text, toks, i)):
        i -= 1
    if not i:
        return None
    if i < len(toks):
        # "Ms. Okafor however said": past the adverb, the subject may be someone the cast knows
        known = subject_before(text, lo, toks[i - 1][2], cast, vstart)
        if known is not None:
            return known
    j = i
    while j and i - j < 10:
        w = toks[j - 1][0]
        lw = w.lower()
        if w in _BOUNDARY or lw in _STOP_BEFORE:
            break
        if lw == "and" and j >= 2 and toks[j - 2][0].islower() and j < i and toks[j][0].islower() \
                and toks[j - 2][0].isalpha():
            j -= 1      # "current and former employees"
            continue
        if lw in ("and", "but", "or"):
            # "Hawkins and others said": one coordinated subject only at the start of its clause
            if lw == "and" and j >= 2 and toks[j - 2][0][:1].isupper() and (
                    j == 2 or toks[j - 3][0] in _BOUNDARY):
                j -= 2
            break
        j -= 1
    if j >= 2 and toks[j - 1][0] == "who" and i - j <= 9:
        # "Aides who have read the figures say": the subject is the phrase before "who"
        return bare_subject(text, lo, toks[j - 1][1], cast)
    np = toks[j:i]
    k = len(np)
    while k > 1 and np[k - 1][0].lower() in _WHEN_WORDS:
        k -= 1
    if k < len(np) and np[k][0].lower() in _WHEN_OPENERS:
        np = np[:k]     # "party spokesman Dale Moreno late on Friday said": the day is not the subject
        while len(np) > 1 and is_subject_adverb(np[-1][0]):
            np = np[:-1]    # "friends have at times said"
        if not np:
            return None
        known = subject_before(text, lo, np[-1][2], cast, vstart)
        if known is not None and ((known.entity is not None and known.entity.kind == "person")
                                  or known.start <= np[0][1]):
            return known    # (someone the cast knows, or the whole phrase: not "allies" of "friends and allies")
    for k in range(1, len(np)):
        w = np[k][0]
        if w.islower() and np[k - 1][0].lower() not in FUNCTION_WORDS and (w.endswith("ed") or (
                w.endswith("ing") and k + 1 < len(np) and np[k + 1][0].lower() in _AFTER_A_PARTICIPLE)):
            np = np[:k]     # "a poll released this week", "fans walking down the quay": the
            break           # participle's phrase is not the head
    if not np or len(np) > 9:
        return None
    head, first = np[-1][0], np[0][0]
    contracted = split_contraction(head)
    if contracted is not None and contracted[1] != "s":
        head = contracted[0]    # "You’ll see", "We’re hearing": the pronoun, whatever follows it
    if len(np) == 1 and head.lower() in INDEFINITE_PEOPLE:
        # "Someone called it a “…”": a pronoun for somebody the article does not name, singular
        return Speaker(mention=head, start=np[0][1], end=np[0][2])
    if not head[:1].isalnum() or head.lower() in FUNCTION_WORDS or first.lower() in FUNCTION_WORDS - {
            "the", "this", "these", "those", "his", "her", "their", "its", "our", "all", "a", "an", "no"}:
        return None
    if head[:1].isdigit() and len(np) == 1 and "%" not in text[np[0][2]:np[0][2] + 2] \
            and "percent" not in text[np[0][2]:np[0][2] + 9]:
        return None
    if not any(_speaker_like(t[0]) for t in np):
        return None     # "health care spending", "the plan": not somebody who speaks
    mention = text[np[0][1]:np[-1][2]]
    if serves_whom_it_names([t[0] for t in np]):
        # ("a lawyer for the family": a person, whom the description names as well as a role could)
        return Speaker(mention=mention, name=mention, kind="person", role=strip_article(mention), start=np[0][1],
                       end=np[-1][2])
    named = all(t[0][:1].isupper() and t[0].lower() not in _COMMON_HEADS for t in np)
    kind = "person" if named else ("group" if head.islower() and head.endswith("s") or head[:1].isdigit() else None)
    return Speaker(mention=mention, name=mention if named else None, kind=kind, start=np[0][1], end=np[-1][2])


# an opening subordinate clause: the report inside it ends at its comma


# words that may follow a document's name and go on describing it before its verb: "a poll released
# Sunday shows", "records compiled by the commission show", "the survey out this week finds", "polls there show"
_DOCUMENT_DESCRIBED_BY = {"of", "by", "from", "for", "on", "in", "among", "with", "at", "out", "there", "alone",
                          "also", "now", "this", "last", "earlier", "recently", "again", "still", "too",
                          *WEEKDAYS, *MONTHS}
# words that show a verb or a clause of its own between a document's name and the cue: the cue's subject is
# another ("the report that Ruiz read", "polls are wrong when …"); read backwards, they end the phrase
_NOT_DESCRIBING = {"who", "whom", "whose", "which", "that", "is", "are", "was", "were", "has", "have", "had", "be",
                   "been", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did",
                   "said", "says", "say", "think", "thinks", "thought", "believe", "believes", "not", "than", "but",
                   "yet", "then", "so"}
# prepositions whose object a document would be ("in the poll", "for the report"): it is then no subject
_DOCUMENT_OBJECT_OF = {"in", "on", "at", "for", "with", "by", "from", "to", "about", "into", "over", "under",
                       "after", "before", "despite", "amid", "among", "against", "through", "like", "without"}
# nouns whose "of" leads to the document they are made of: "results of exit polls", "an average of polls"
_OF_A_DOCUMENT = SOURCE_NOUNS | {"average", "averages", "analysis", "review", "batch", "trove", "copy", "copies",
                                 "series"}
_RELATIVES = {"who", "whom", "whose", "which", "that"}
# verbs before a document's phrase open the clause it is the subject of: "Ruiz argues polls show …"
_CLAUSE_TAKING_VERBS = set(SPEECH_VERBS) | set(STANCE_VERBS)
_DOCUMENT_DESCRIPTION_WORDS = 12    # words between a document's noun and its verb
# an aside between a document and its verb, opened by a participle or a relative pronoun: ", conducted by the
# institute,", ", taken in May,", ", which polled 800 voters,"
_ASIDE_BEFORE_VERB = regex.compile(r",\s+(?:\p{Ll}+ed|%s|which|who|whose)\b[^,;:.!?]*,\s*$"
                                   % "|".join(sorted(IRREGULAR_PARTICIPLES)))
_ASIDE_REACH = 120  # characters such an aside may span
_DOCUMENT_NAME_WORDS = 8            # words naming it before its noun ("A new University of Ashford poll")


def document_subject(text: str, lo: int, vstart: int, cast: Cast, governed: bool = False) -> Optional[Speaker]:
    """The document, poll or study that is the subject of a verb of evidence, as written up to its noun: "A poll
    out this week shows …", "Federal records compiled by the commission show …", "First figures of the surveys
    carried out for the Ledger find …" (the mentions "A poll", "Federal records", "First figures of the surveys").

    Read backwards from the verb: the last noun of SOURCE_NOUNS, with what describes it after it (a
    preposition's phrase, a participle's, a time) and no verb of its own; before it, the words that name it
    (an article, names, adjectives; "of" only inside a name or after a noun such as "results" or "average"),
    back to the start of its clause: the sentence's start, or a comma, a conjunction or a verb before it.
    A document a preposition governs ("in the poll", "for the report") is no subject, unless ``governed``:
    before a participle ("with new polls showing …", "in the wake of a poll showing …") its phrase may open
    after any word.
    """
    aside = _ASIDE_BEFORE_VERB.search(text, max(lo, vstart - _ASIDE_REACH), vstart)
    if aside is not None:
        vstart = aside.start()      # "The survey, conducted by the institute, finds …": past the aside
    toks = _tokens(text, max(lo, vstart - 240), vstart, cast)
    for head in range(len(toks) - 1, max(-1, len(toks) - 2 - _DOCUMENT_DESCRIPTION_WORDS), -1):
        w = toks[head][0]
        if w in _BOUNDARY or w.lower() in _NOT_DESCRIBING or w.lower() in _STOP_BEFORE:
            return None
        if w.lower() in SOURCE_NOUNS:
            # ("… conducted by Ashford Research shows": a noun inside the description may fail; the one
            # before it is tried next)
            start = _document_phrase_start(text, lo, toks, head, governed)
            if start is not None:
                # the mention ends with the document's noun, as "a poll released this week" is "a poll" to
                # bare_subject: what describes it after the noun is no part of its name
                end = toks[head][2]
                return Speaker(mention=text[start:end], kind="organization", start=start, end=end)
    return None


def _document_phrase_start(text: str, lo: int, toks, head: int, governed: bool) -> Optional[int]:
    """Where the phrase whose noun is toks[head] opens, if what follows the noun describes it and what
    precedes it names it (see document_subject); None if the noun is no subject of the verb after toks."""
    if head + 1 < len(toks):
        opener = toks[head + 1][0]
        if not (opener.lower() in _DOCUMENT_DESCRIBED_BY or (opener.islower() and opener.endswith("ed"))
                or opener in IRREGULAR_PARTICIPLES):
            return None     # "the report Ruiz found": the document is the object of another verb
    j = head
    while j > 0:
        if head - j >= _DOCUMENT_NAME_WORDS:
            return None
        w, after = toks[j - 1][0], toks[j][0]
        lw, before = w.lower(), toks[j - 2][0] if j >= 2 else ""
        if lw in _RELATIVES or lw == "than":
            # "voters who read the report found": the document is in a relative clause; "higher than
            # studies have suggested": in a comparison, whose verb has no object
            return None
        if w in _BOUNDARY or lw in _STOP_BEFORE or lw in _NOT_DESCRIBING or lw in _CLAUSE_TAKING_VERBS:
            break
        in_a_name = before[:1].isupper() and after[:1].isupper()
        if governed and (lw == "of" or lw in _DOCUMENT_OBJECT_OF) and not in_a_name:
            break
        if lw in ("and", "or", "&") and not in_a_name:
            break       # "…, and polls show": the document opens the second clause
        if lw == "of" and not in_a_name and before.lower() not in _OF_A_DOCUMENT:
            return None     # "critics of the poll found": the phrase names somebody, not the poll
        if lw in _DOCUMENT_OBJECT_OF and not in_a_name:
            return None
        j -= 1
    if j == 0 and not governed and toks[0][1] > lo and text[lo:toks[0][1]].strip(" \u00a0\"“‘'("):
        return None     # the window began inside a longer phrase
    return toks[j][1]


# a share of the people polled, as the subject of a preference: "About three-quarters", "19 percent of students
# polled", "a 71% majority of renters", "about 6 in 10 white men", "More than half the clerks asked"
_SHARE = regex.compile(
    r"(?:(?:about|nearly|almost|roughly|only|just|some|over|under|around|fully|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|well\s+over)\s+){0,2}"
    r"(?:(?:\d[\d.,]*\s?|[\p{L}\-]+\s+)(?:%|percent|per\s+cent)"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|a)[\s\-](?:thirds?|quarters?|fifths?|tenths?)"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine)[\s\-]in[\s\-](?:\d+|ten|five|four|three)"
    r"|(?:a|an|the)\s+(?:(?:\d+%|slim|narrow|clear|large|solid|bare|big|wide|strong|overwhelming)\s+)?"
    r"(?:majority|plurality|minority)"
    r"|half"
    r"|most(?=\s+(?:[\p{L}\p{N}’'\-]+\s+){0,9}?[\p{L}\p{N}’'\-]+\s*$))"
    # (a bare "most" right before its verb may be the adverb: "the fishermen that most support closing it")
    r"(?:\s+(?:[\p{L}\p{N}’'\-]+\s+){0,9}?[\p{L}\p{N}’'\-]+)?\s*", regex.I)
# where the clause a share opens begins, read backwards from its verb
_SHARE_CLAUSE_START = regex.compile(r"(?r)(?:[,;:()—–]|\b(?:while|and|but|whereas|although|though|as|because|"
                                    r"since|if|when|that|so)\b)")
_SHARE_REACH = 150  # characters a share's phrase may span before its verb


def share_of_people(text: str, lo: int, vstart: int) -> Optional[Speaker]:
    """The share of people that is the subject of a verb right after it, as written: "About three-quarters
    support …", "19 percent of students polled support …", "while about 6 in 10 men supported …"."""
    floor = max(lo, vstart - _SHARE_REACH)
    brk = _SHARE_CLAUSE_START.search(text, floor, vstart)
    if brk is not None:
        start = brk.end()
    elif floor == lo:
        start = lo
    else:
        return None     # a phrase this long is no share
    while start < vstart and text[start] in " \u00a0\"“‘'":
        start += 1
    m = _SHARE.fullmatch(text, start, vstart)
    if m is None or text[start:vstart].split()[-1].lower() in _RELATIVES:
        return None     # ("half of those who support X are …": the verb is a relative clause's)
    end = start + len(text[start:vstart].rstrip())
    return Speaker(mention=text[start:end], kind="group", start=start, end=end)


# What speaks through quoted words in a sentence with no verb of saying: a description opening the sentence,
# then its verb ("The petition accuses the county of “…”", "One news account described Ruiz sitting “…”",
# "The impostor gushed about a “…”"). The description is a determiner, up to three lower-case words and a
# noun for a person (a role, an "-or", "-er", "-man" word) or for what a document or a work is.
_DESCRIPTION_OPENING = regex.compile(
    r"(?:(?:But|And|Yet|Still|Now|Then|Later),?[^\S\n]+)?"
    r"(?P<np>(?:The|A|An|One|His|Her|Its|Their|This)[^\S\n]+(?:[\p{Ll}\-]+[^\S\n]+){0,3}?(?P<head>\p{Ll}[\p{Ll}\-]+))"
    r"[^\S\n]+(?:then[^\S\n]+|also[^\S\n]+)?(?P<verb>\p{Ll}+(?:s|ed)|went)\b")
# what documents, messages and works are called when their words are quoted
DOCUMENT_NOUNS = SOURCE_NOUNS | WORK_NOUNS | set(WRITTEN_WORKS) | {
    "ad", "ads", "email", "memo", "petition", "statement", "message", "release", "tweet", "post", "photo",
    "caption", "plan", "platform", "manifesto", "account", "lawsuit", "complaint", "ruling", "opinion", "order",
    "resolution", "motion", "bill", "measure", "proposal", "agreement", "document", "transcript", "affidavit",
    "filing", "indictment", "brochure", "flyer", "leaflet", "mailer", "sign", "banner", "slogan", "pledge",
    "note", "notice", "speech", "letter", "piece", "story", "clip", "passage", "footnote", "website", "page"}
# how a document source's own words open: up to three lower-case words (no preposition: "officials with the
# report" are people), then the document's noun
_DOCUMENT_LEAD = regex.compile(
    r"\s*(?:(?!(?:of|with|from|by|in|on|at|for|to|about|and|or|who|that)\b)[\p{Ll}\-]+(?:['’]s)?[^\S\n]+){0,3}?"
    r"(?P<head>%s)\b(?![\-'’])" % "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True)))


# a time at the end of a document's description: "in March", "on Monday", "last week", "earlier this year",
# "at the time"
_WHEN_AT_END = regex.compile(r"(?:[^\S\n]+(?:in|on|from|since|last|this|earlier|late|early)){1,2}[^\S\n]+"
                             r"(?:\p{Lu}\p{Ll}+(?:[^\S\n]+\d{1,2})?|\d{4}|week|month|year|summer|spring|autumn|fall|"
                             r"winter)$|[^\S\n]+at[^\S\n]+the[^\S\n]+time$")


def document_source(text: str, start: int, hi: int) -> Optional[Speaker]:
    """A document named after "according to", as written: "court records", "figures released by the
    ministry", "data from the statistics office", "a filing with securities regulators". What the document
    says is its own, so it is the speaker, not the first body its words name ("court", "regulators"); one
    that names a body by its name ("a report by the Vela Institute") is left to the reader of names."""
    if _DOCUMENT_LEAD.match(text, start, min(hi, start + 60)) is None:
        return None
    source = source_as_written(text, start, hi)
    if source is None:
        return None
    end = source.end
    when = _WHEN_AT_END.search(text, source.start, end)
    if when is not None:
        end = when.start()  # "a filing with regulators in March": when it was filed is no part of its name
    if any(w[:1].isupper() for w in _words(text[source.start:end])):
        return None     # ("polls conducted by Edison Research": the body it names is the better speaker)
    return Speaker(mention=text[source.start:end], name=text[source.start:end], kind="organization",
                   start=source.start, end=end)


# verbs after a description that say nothing of it: "The email appears to contradict comments that “…”"
# are the comments' words
_NOT_SAYING = _NOT_DESCRIBING | {"appears", "appeared", "seems", "seemed", "looks", "looked", "remains", "remained"}
_NOT_A_DESCRIPTION = {"other", "number", "lot", "few"}
_PERSON_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "man", "woman", "person")


def _describes_a_speaker(head: str) -> bool:
    """Does this noun name someone or something whose words can be quoted ("petition", "narrator",
    "impostor", "radioman"), not a thing that says nothing ("road", "week")?"""
    return head in DOCUMENT_NOUNS or head in PERSON_NOUNS or head in ROLE_WORDS or head.endswith(_PERSON_ENDINGS)


def opening_description(text: str, lo: int, hi: int) -> Optional[Speaker]:
    """The description opening the sentence at ``lo`` as the subject of its first verb, before ``hi``, as
    written (its speaker is the description itself: nobody in the cast answers to it)."""
    while lo < hi and text[lo].isspace():
        lo += 1     # (a sentence inside a paragraph starts after the space that follows the one before)
    m = _DESCRIPTION_OPENING.match(text, lo, min(hi, lo + 90))
    if m is None or not _describes_a_speaker(m.group("head")) or m.group("verb") in _NOT_SAYING:
        return None
    if any(w in FUNCTION_WORDS or w in _NOT_A_DESCRIPTION for w in m.group("np").split()[1:]):
        return None     # "A number of other members echo …": a count of a phrase, not a description
    head = m.group("head")
    kind = "organization" if head in DOCUMENT_NOUNS else ("group" if head.endswith("s") else "person")
    return Speaker(mention=m.group("np"), name=m.group("np"), kind=kind, start=m.start("np"), end=m.end("np"))
