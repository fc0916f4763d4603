"""Noun phrases around a cue: who is speaking, as written, and who that is in the article's cast.

`subject_before` reads back from a cue verb ("Putin spokesman Dmitry Peskov said"),
`subject_after` reads forward from an inverted one ("said Mr. Kirby"), and
`sentence_subject` finds the subject a participle or a second verb shares. Each
returns a `Speaker`: the mention plus the entity it resolves to.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from operator import itemgetter, methodcaller
from typing import Optional

import regex

from .lexicon import (ABBREVIATIONS, COMPANY_HEADS, COMPANY_NAME_ENDS, COMPANY_NOUNS, DESCRIPTION_SYNONYMS,
                      DETERMINERS, FIRM_NAME_ENDS, GIVEN_NAMES, GROUP_HEADS, MEASURED_NOUNS, ORG_HEADS, PEOPLE_ENDINGS,
                      PERSON_NOUNS, PLACE_HEADS, PLACES, SPEECH_VERBS, TITLE_HEADS, IRREGULAR_PARTICIPLES)
from .people import (NAME_PARTICLES, NOT_NAME, PLACE_ADJECTIVES, PRONOUNS, ROLE_WORDS, SERVES_SOMEONE, Cast, Entity,
                     INVERTED_VERBS, _compound_people, a_clause_verb, a_lone_rank, appositive_role, classify_words,
                     contracted_pronoun, honorific_gender, in_a_name, is_demonym, is_honorific, names_no_person,
                     serves_another, split_title)
from .text import is_possessive, sentences, split_contraction, strip_article, strip_possessive

# A word may carry a final period; _tokens keeps it only on abbreviations ("Mr.", "Jr.") and
# initials ("U.S.", "J."), so "said Laura Ortega." gives the name "Ortega", not "Ortega.".
TOKEN = regex.compile(
    r"\p{L}[\p{L}\p{N}\p{M}'’&\-]*(?:\.\p{L}[\p{L}\p{N}\p{M}'’&\-]*)*\.?|\p{N}[\p{N},.]*(?<![,.])"
    r"|[,;:()—–\[\]]|[\p{Pi}\p{Pf}\"]")
_KEEP_PERIOD = {a for a in ABBREVIATIONS if "." not in a}
_SPAN = methodcaller("span")
CONJUNCTIONS = {"and", "but", "or", "then", "yet"}
_STOP_BEFORE = {"that", "which", "who", "whom", "when", "where", "while", "because", "if", "as", "than",
                "so", "after", "before", "since", "until", "unless", "although", "though", "what", "how", "why",
                "whether"}
_PRONOUN_KIND = {"he": "person", "she": "person", "they": "group", "it": "organization"}



@dataclass
class Speaker:
    """A resolved speaker mention."""

    mention: str
    entity: Optional[Entity] = None
    name: Optional[str] = None          # for unresolved descriptions and groups
    kind: Optional[str] = None
    role: Optional[str] = None
    start: int = 0
    end: int = 0

    def final_name(self) -> Optional[str]:
        return self.entity.name if self.entity is not None else self.name

    def final_kind(self) -> Optional[str]:
        return self.entity.kind if self.entity is not None else self.kind

    def final_role(self) -> Optional[str]:
        return (self.entity.role if self.entity is not None else None) or self.role


# ---------------------------------------------------------------------- noun phrases
def _tokens(text: str, lo: int, hi: int, cast: Cast):
    """The tokens of ``text[lo:hi]`` as (word, start, end): those of the whole text that lie inside it."""
    if cast.token_offsets is None:
        cast.token_offsets = _Tokens(text)
    return cast.token_offsets.window(lo, hi)


class _Tokens:
    """The tokens of one article, tokenised block by block as windows ask for them.

    Subjects are looked for around every cue, and tokenising each window anew cost
    more than everything else the rules do; tokenising the whole article up front
    was still the largest single cost, while the windows reach about a third of its
    tokens (31% on the dev corpus). So the text is cut into blocks of about BLOCK
    characters, each ending at a space: a token never contains one, so a block's
    tokens are exactly the whole text's tokens there. A block is tokenised when a
    window first reaches it, straight into the (word, start, end) tuples windows are
    made of, and kept while windows are near: the KEEP most recently tokenised
    blocks stay, so a megabyte of hostile text never holds a tuple per token at once.
    An evicted block a window comes back to is tokenised again.

    The rules ask for the same window more than once (a cue's subject is looked for
    from several rules; 125 windows, 90 of them different, on the seed article), so
    the RECENT most recent windows are kept too, and each caller gets its own copy.
    """

    BLOCK = 32
    KEEP = 256
    RECENT = 64

    def __init__(self, text: str):
        self.text = text
        n = len(text)
        bounds = [0]
        # a space is never part of a token (str.find is much cheaper than a regex for white space)
        pos = text.find(" ", self.BLOCK)
        while pos != -1:
            bounds.append(pos)
            pos = text.find(" ", pos + self.BLOCK) if pos + self.BLOCK < n else -1
        self.bounds = bounds            # block k is text[bounds[k]:bounds[k + 1]] (the last one runs to the end)
        self.kept: dict[int, list[tuple[str, int, int]]] = {}
        self.recent: dict[tuple[int, int], list[tuple[str, int, int]]] = {}

    def _block(self, k: int) -> list[tuple[str, int, int]]:
        block = self.kept.get(k)
        if block is None:
            end = self.bounds[k + 1] if k + 1 < len(self.bounds) else len(self.text)
            block = _tokenise(self.text, self.bounds[k], end)
            if len(self.kept) >= self.KEEP:
                del self.kept[next(iter(self.kept))]    # the oldest
            self.kept[k] = block
        return block

    def window(self, lo: int, hi: int) -> list[tuple[str, int, int]]:
        if hi <= lo:
            return []
        key = (lo, hi)
        out = self.recent.get(key)
        if out is None:
            out = self._window(lo, hi)
            if len(self.recent) >= self.RECENT:
                del self.recent[next(iter(self.recent))]    # the oldest
            self.recent[key] = out
        return out[:]

    def _window(self, lo: int, hi: int) -> list[tuple[str, int, int]]:
        bounds = self.bounds
        k = max(0, bisect.bisect_right(bounds, lo) - 1)     # the block holding lo
        last = max(k, bisect.bisect_left(bounds, hi) - 1)   # the block holding hi - 1
        block = self._block(k)
        i = bisect.bisect_left(block, lo, key=_START)
        if k == last:
            out = block[i:bisect.bisect_left(block, hi, i, key=_START)]
        else:
            out = block[i:]
            for b in range(k + 1, last):
                out += self._block(b)
            block = self._block(last)
            out += block[:bisect.bisect_left(block, hi, key=_START)]
        if out and out[-1][2] > hi:
            out.pop()   # a token running past hi (only the last one can) is not inside the window
        return out


_START = itemgetter(1)


def _tokenise(text: str, pos: int, endpos: int) -> list[tuple[str, int, int]]:
    """The tokens of ``text[pos:endpos]`` as (word, start, end), for a stretch that starts and ends at white space.

    A regex match costs several thousand machine instructions, more than the Python
    that handles a plain word, and most words are plain: ASCII letters, maybe with one
    comma or full stop after them. So the stretch is cut at white space (no token
    contains any) and only the other words go through TOKEN.
    """
    out: list[tuple[str, int, int]] = []
    add = out.append
    segment = text[pos:endpos]
    at = 0
    for word in segment.split():
        at = segment.find(word, at)
        a = pos + at
        at += len(word)
        if word.isascii():
            if word.isalpha():
                add((word, a, at + pos))
                continue
            body, last = word[:-1], word[-1]
            if body.isalpha():
                b = a + len(body)
                if last in _ALONE:              # "Kyiv," -> "Kyiv" ","
                    add((body, a, b))
                    add((last, b, b + 1))
                elif last == ".":
                    # an initial or an abbreviation keeps its period ("J.", "Mr."); a sentence's does not
                    if len(body) < 2 or body.lower() in _KEEP_PERIOD:
                        add((word, a, b + 1))
                    else:
                        add((body, a, b))
                elif last in _NOT_IN_TOKENS:    # "asked?" -> "asked"
                    add((body, a, b))
                else:
                    _tokenise_with_regex(text, a, a + len(word), add)
                continue
        _tokenise_with_regex(text, a, a + len(word), add)
    return out


# ASCII characters that are a token on their own, and those that are in no token at all
_ALONE = set(",;:()[]\"")
_NOT_IN_TOKENS = set("!#$%*+/<=>?@\\^_`{|}~")


def _tokenise_with_regex(text: str, pos: int, endpos: int, add) -> None:
    for a, b in map(_SPAN, TOKEN.finditer(text, pos, endpos)):
        if text[b - 1] == "." and b - a > 2 and "." not in text[a:b - 1] and text[a:b - 1].lower() not in _KEEP_PERIOD:
            b -= 1      # a sentence's full stop, not part of the word
        add((text[a:b], a, b))


def _np_token(tok: str, prev: str = "") -> bool:
    """Can ``tok`` (after ``prev``) be part of a subject's phrase? A capitalised word that opens sentences
    more than names ("Watch: the clip") is no name's start, but after a capital it ends a body's name: "said
    Harbor Watch President Tom Vell" is Vell, not "Harbor"."""
    low = tok.lower()
    if tok in NOT_NAME and tok not in ("The", "A", "An") and not is_honorific(tok) \
            and not (low in ORG_HEADS and prev[:1].isupper()) and not _surname_after(tok, prev):
        return False    # (British style writes honorifics with no full stop: "Mr Bell")
    return (in_a_name(tok) or low in ROLE_WORDS or low in GROUP_HEADS or low in ORG_HEADS or low in PERSON_NOUNS
            or strip_possessive(low) in ORG_HEADS or low in ("of", "the", "and", "for", "a", "an"))


def _surname_after(tok: str, prev: str) -> bool:
    """"Ian Read said", "Mr. Read said", "Theresa May said": a word that opens sentences more than names
    ("Read more", "In May") is a surname after a given name or an honorific, where no sentence opens."""
    return tok[1:].islower() and (prev in GIVEN_NAMES or is_honorific(prev))


# words a subject's phrase never opens with: "said that the Democrats want" is the Democrats
_NOT_OPENING_A_SUBJECT = {"of", "and", "for", "that", "but", "or", "because", "if", "when", "while", "as", "so",
                          "whether", "though", "although", "since", "than"}
# words opening an aside set off by commas after a subject that names someone else ("The Herald, like the
# Gazette, …"); never the subject's own words
_ASIDE_PREPOSITIONS = {"like", "unlike"}
_QUANTIFIERS = {"most", "many", "some", "several", "few", "all", "both", "more", "majority", "half"}
_PLACE_PREPOSITIONS = {"in", "at", "from", "near", "outside", "inside", "across", "throughout"}
_TIME_PREPOSITIONS = {"during", "after", "before", "amid", "since", "following", "despite"}
# a time phrase between a subject and its verb, matched backwards from the verb
_WHEN_BEFORE = regex.compile(r"(?r)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                             r"yesterday|today|tonight|last\s+(?:week|month|year|night)))+\s*")
# … and right before the verb only, "this" as well as "last", with "past", "just" or "earlier": "Bell this week
# announced", "the bank just this month announced", "Ruiz, the treasurer, this past week announced" (further
# back, as in "voters polled in Dover this week, including Bell, said", the phrase tells where the subject was)
_WHEN_BEFORE_THE_VERB = regex.compile(
    r"(?r)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|"
    r"(?:(?:just|earlier|only)\s+)?(?:last|this)\s+(?:past\s+)?(?:week|month|year|night)))+\s*")


# the words a time phrase can end with (the pattern is case-sensitive)
_WHEN_LAST_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday",
                    "today", "tonight", "week", "month", "year", "night")


def _when_before(text: str, lo: int, hi: int, pos: int):
    """_WHEN_BEFORE's match ending at ``hi``, tried only when the text before ``hi`` ends in a day word (the
    wider _WHEN_BEFORE_THE_VERB's when nothing but adverbs stands between ``hi`` and the verb at ``pos``)."""
    lo = max(lo, hi - 40)
    # \s is a subset of str.isspace: a match ends in one of the words, then white space only
    if not text[lo:hi].rstrip().endswith(_WHEN_LAST_WORDS):
        return None
    if hi <= pos and _ONLY_WORDS.fullmatch(text, hi, pos) is not None:
        return _WHEN_BEFORE_THE_VERB.match(text, lo, hi)
    return _WHEN_BEFORE.match(text, lo, hi)


_ONLY_WORDS = regex.compile(r"[\p{L}\s]{0,40}")    # a few adverbs at most: "also", "formally"


# a relative clause set off by dashes right before a verb: " -- who has feuded with the mayor -- ", " — which … — "
_DASHED_RELATIVE = regex.compile(r"\s*(?P<d>--|[—–]|(?<=\s)-(?=\s))\s*(?:who|which|whose)\s(?:(?!--|[—–]|\s-\s)[^\n;])*?"
                                 r"\s*(?P=d)\s*$")
_DASHED_RELATIVE_REACH = 240     # characters such a clause may run
# "both" or "all" after an aside set off by dashes and before the verb ("Dock workers — whose … — both suggested"):
# it floats after the subject the aside describes
_FLOATING_QUANTIFIER = regex.compile(r"(?<=[—–-])\s+(?:both|all)\s$")


def _dash_before(text: str, lo: int, hi: int) -> bool:
    """Is the last character before ``hi`` (after ``lo``), white space aside, a dash?"""
    last = hi
    while last > lo and text[last - 1].isspace():
        last -= 1
    return last > lo and text[last - 1] in "-—–"


def _dashed_relative_start(text: str, lo: int, hi: int) -> Optional[int]:
    """Where a relative clause set off by dashes that ends at ``hi`` opens, its first dash, or None."""
    start = max(lo, hi - _DASHED_RELATIVE_REACH)
    m = _DASHED_RELATIVE.search(text, start, hi)
    return m.start() if m is not None and m.start() > lo else None


# prepositions, which modify no noun from before it (see _relative_that)
_PHRASE_PREPOSITIONS = {"in", "on", "at", "to", "from", "with", "by", "into", "about", "over", "under", "against"}


def _relative_that(toks, k: int, j: int) -> bool:
    """Is the "that" before ``toks[k]`` a relative pronoun rather than a determiner of the lower-case words
    ``toks[k:j]`` before a noun phrase? "a study that appeared in the Harbor Journal": a verb ("-ed") right after
    it, or a preposition among those words, which then are a relative clause, not modifiers of "Journal"."""
    first = toks[k][0]
    return (first.endswith("ed") and len(first) > 4) or any(t[0] in _PHRASE_PREPOSITIONS for t in toks[k:j])


def _noun_before_a_role(toks, k: int, i: int) -> bool:
    """Is the lower-case word ``toks[k]`` a noun that says what a role is of, between a name and the role that
    ends the phrase: "a Dover harbor official", "a Cairo airport spokesman"?"""
    w = toks[k][0]
    return k >= 1 and k + 2 == i and w.isalpha() and w.islower() and len(w) > 3 and not w.endswith(("ed", "ly", "ing")) \
        and toks[k + 1][0].lower() in ROLE_WORDS and toks[k - 1][0][:1].isupper() and toks[k - 1][0].isalpha() \
        and w not in NOT_NAME


def subject_before(text: str, lo: int, hi: int, cast: Cast, pos: int) -> Optional[Speaker]:
    """The speaker named just before a cue verb at ``hi`` (the cue's subject), within ``[lo, hi)``."""
    when = _when_before(text, lo, hi, pos)
    if when is not None:
        hi = when.start()     # "Trump, who …, on Friday described …": the day is not the subject
    if text.endswith(("both ", "all "), max(lo, hi - 5), hi):
        floating = _FLOATING_QUANTIFIER.search(text, max(lo, hi - 12), hi)
        if floating is not None and floating.start() > lo:
            hi = floating.start() + 1   # (the subject is read up to the dash, as before a verb right after it)
    if _dash_before(text, lo, hi):     # (most verbs follow a word, not a dash: one cheap test for both readers)
        aside = _dash_aside_before(text, lo, hi, cast, pos)
        if aside is not None:
            return aside    # "Ruiz - who met her aides on a bus back to Dayton - has vowed …"
        relative = _dashed_relative_start(text, lo, hi)
        if relative is not None:
            # "The harbor chief -- who has feuded with the mayor for weeks -- said": the relative clause between
            # dashes describes the subject before it (the dashes leave no tokens to read it by)
            return subject_before(text, lo, relative, cast, pos)
    # Most subjects are a few words long: look at a short window first, a long one only when needed.
    near = _tokens(text, max(lo, hi - 24), hi, cast)
    if not near:
        return None
    last = near[-1][0]
    low = last.lower()
    contracted = contracted_pronoun(last)
    if contracted:
        return _pronoun(text, contracted, near[-1][1], near[-1][1] + len(contracted), cast, pos)
    parts = split_contraction(last)
    if parts is not None and parts[1] != "s" and parts[0] in NOT_NAME:
        return None     # "You’ll see", "That’d mean": a word that names nobody, contracted
    if is_possessive(low):
        return None     # "Trump’s proposed wall": a possessive before the word, so a noun, not a verb
    if low in PRONOUNS:
        return _pronoun(text, last, near[-1][1], near[-1][2], cast, pos)
    if len(near) >= 2 and not _np_token(near[-2][0]) and near[-2][0] not in (",", ")") \
            and not _np_token(last, near[-2][0]) and last not in (",", ")") and not _age_word(near, len(near) - 1):
        return None     # two ordinary words before the verb: no subject here ("the plan would help")
    toks = _tokens(text, max(lo, hi - 240), hi, cast)
    i = len(toks)
    if last == ")":
        # skip a parenthetical such as "(R-Texas)"
        j = i - 1
        while j > 0 and toks[j][0] != "(":
            j -= 1
        i = j
    elif last == "," and i >= 3:
        # an appositive or a relative clause between the subject and its verb:
        # "Vladimir Medinskiy, the head of the Russian delegation, said" / "Wendy Sherman, who …, said"
        owner = _relative_clause_owner(text, lo, toks[:i - 1], cast, pos)
        if owner is not None:
            return owner    # "Tom Vale, whose wife, Ana, runs the bakery, said": Vale, not Ana
        if sum(1 for t in toks[-45:] if t[0] == ",") >= 3:
            named = _name_among_appositives(text, toks[:i - 1], cast, pos)
            if named is not None and len(named.entity.name.split()) >= 2:
                return named    # "Rosa Lind, 67, a retired aide in Ashford, Pa., said"
        j = i - 2
        while j >= 0 and toks[j][0] not in (",", "—", "–", "(", ";", ":") and i - j < 30:
            j -= 1
        if j >= 1 and toks[j][0] == ",":
            inner = toks[j + 1:i - 1]
            first = inner[0][0].lower() if inner else ""
            head = subject_before(text, lo, toks[j][1], cast, pos) if inner else None
            # "His campaign manager, Jon Vale, says": a name inside the commas
            name_inside = bool(inner) and all(in_a_name(t[0]) for t in inner) and len(inner) <= 5 \
                and inner[0][0][:1].isupper()
            # "A second witness, bank manager Simon Ferreira, testified": a title in lower case, then the name
            title_end = 0 if name_inside else _lower_title_before_a_name(inner)
            named = None
            if (name_inside or title_end) and head is not None and _opens_a_description(head.mention.split()[0]):
                # the name is the mention, even when the description before it already finds the same person
                # ("Valdora’s foreign minister, Elena Brusk, said": not the other minister the story named)
                named = _speaker_from_words(text, [t[0] for t in inner[title_end:]], inner[title_end][1],
                                            inner[-1][2], cast, pos)
                if named is not None and named.entity is not None:
                    title = text[inner[0][1]:inner[title_end - 1][2]] if title_end else ""
                    if title and named.entity.kind == "person" and title.endswith(named.entity.role or ""):
                        named.entity.role = title   # ("bank manager", where the name alone gave "manager")
                    return named
            elif name_inside and head is not None and _after_a_preposition(toks, head.start):
                # "A fisherman from Holm, Ian Reid, said": Holm is where the fisherman is from, and the person
                # named after it speaks (a place after a town is still no one: "a voter in Sumter, Texas, said")
                named = _speaker_from_words(text, [t[0] for t in inner], inner[0][1], inner[-1][2], cast, pos)
                if named is not None and named.entity is not None and named.entity.kind == "person" \
                        and len(named.entity.name.split()) >= 2:
                    return named
                named = None
            if name_inside and head is not None and head.entity is not None and head.entity.kind == "organization":
                # "A co-founder of that coalition, Pia Marsh, said": the body before the commas ends a
                # description (of whom the person is one); the person named inside the commas is the subject
                # (a group may be the description itself: "Rep. Ola Brisk’s chief of staff, Tom Kaler, told")
                named = _speaker_from_words(text, [t[0] for t in inner], inner[0][1], inner[-1][2], cast, pos)
                if named is not None and named.entity is not None and named.entity.kind == "person" \
                        and len(named.entity.name.split()) >= 2:
                    return named
                named = None
            if head is not None and head.entity is not None:
                if first not in ("who", "which", "whose") and inner:
                    role = text[inner[0][1]:inner[-1][2]]
                    if not head.entity.role and _role_like(inner) \
                            and not any(a_clause_verb(t[0].lower()) for t in inner):
                        # (not a clause between the commas: "In Ashford on Friday, families of the victims urged
                        # the senator to …, saying …" gives Ashford no role)
                        head.entity.role = _clean_role(role)
                return head
            if head is not None and (first in ("who", "which", "whose") or first.isdigit()
                                     or (first.endswith("ing") and inner[0][0].islower())):
                return head     # "a voter, who …,", "a voter, 54,", "a voter, wearing a red scarf,": the voter
            if name_inside:
                if named is None:
                    named = _speaker_from_words(text, [t[0] for t in inner], inner[0][1], inner[-1][2], cast, pos)
                if named is not None and named.entity is not None and head is not None and head.entity is None:
                    if not named.entity.role and named.entity.kind == "person":
                        named.entity.role = _clean_role(head.mention)
                if named is not None:
                    return named
        return _name_among_appositives(text, toks[:i - 1], cast, pos)
    # collect the noun phrase backwards
    j = i
    while j > 0 and i - j < 12 and (_np_token(toks[j - 1][0], toks[j - 2][0] if j >= 2 else "") or (
            toks[j - 1][0] == "to" and j >= 2 and toks[j - 2][0].lower() in SERVES_SOMEONE)
            or _noun_before_a_role(toks, j - 1, i)):
        j -= 1      # ("an aide to Mr. Sanders": "to" after a noun for one who serves someone)
    if j > 0 and j < i and toks[j][0].lower() == "percent" and _NUMBER.fullmatch(toks[j - 1][0]):
        j -= 1      # "38 percent of voters said": the share, not the word "percent", is the subject
    if _head(toks[i - 1][0]):
        # lower-case modifiers of a described speaker: "the ad’s narrator", "one former campaign staffer"
        k = j
        while k > 0 and i - k < 8:
            w = toks[k - 1][0]
            lw = w.lower()
            if lw in DETERMINERS:
                if lw != "that" or not _relative_that(toks, k, j):
                    k -= 1
                break
            if (not w[:1].islower() or lw in _STOP_BEFORE or lw in PRONOUNS or not w[:1].isalpha()
                    or lw in INVERTED_VERBS or lw in _ASIDE_PREPOSITIONS) and not _age_word(toks, k - 1):
                # ("the 23-year-old striker"; in "…,” said Ana Ruiz of the Tarn Council, who …" "said"
                # qualifies no noun)
                break
            k -= 1
        if k < j and (toks[k][0].lower() in DETERMINERS or (j - k <= 2 and (k == 0 or toks[k - 1][0] in (",", ";", ":")))):
            j = k   # "the ad’s narrator"; "…, emergency authorities said"
    if j >= 2 and toks[j - 1][0].lower() in _ASIDE_PREPOSITIONS and toks[j - 2][0] == ",":
        # "The Herald, like the Gazette, which …, declared": the aside compares the subject with another; the
        # subject stands before it (but in "Some economists, like Ida Vell, …" the one named is an example of
        # the unnamed many, and speaks for them)
        before_it = subject_before(text, lo, toks[j - 2][1], cast, pos)
        if before_it is not None and before_it.entity is not None:
            return before_it
    while j < i and toks[j][0].lower() in _NOT_OPENING_A_SUBJECT:
        j += 1
    if j >= i:
        # "…, forecasters said": a plural noun standing alone after a comma is a group
        w = toks[i - 1][0]
        if w.isalpha() and w.islower() and w.endswith("s") and not w.endswith("ss") and len(w) > 3 \
                and (i == 1 or toks[i - 2][0] in (",", ";", ":", "—")
                     or toks[i - 2][0] in ("Many", "Some", "Several", "Most", "Multiple", "Other", "Both", "Few")):
            return Speaker(mention=w, name=w, kind="group", start=toks[i - 1][1], end=toks[i - 1][2])
        return None
    if j >= 2 and toks[j - 1][0] in _PLACE_PREPOSITIONS and toks[j - 2][0].islower() \
            and toks[j - 2][0].endswith("ing"):
        # "negotiators meeting in Istanbul on Tuesday signaled": the place belongs to the participle
        return subject_before(text, lo, toks[j - 2][1], cast, pos)
    if j >= 2 and toks[j - 1][0] in _PLACE_PREPOSITIONS and _np_token(toks[j - 2][0]) \
            and hi <= pos and _ONLY_WORDS.fullmatch(text, hi, pos) is not None:
        # "Mayor Ula Brisk in a blog post said", "officials at the embassy said": the phrase after the
        # preposition says where the subject spoke; the subject stands before it (only right before the
        # verb: in "an analyst at the bank, which said" or "a stance common in office: “…”" the noun
        # after the preposition is what the relative pronoun or the colon picks up)
        before_it = subject_before(text, lo, toks[j - 1][1], cast, pos)
        if before_it is not None:
            return before_it
    words = [t[0] for t in toks[j:i]]
    start, end = toks[j][1], toks[i - 1][2]
    joined = _coordinated_subject_start(text, lo, toks, j, cast, pos)
    if joined is not None:
        # "…, she and another inspector said": both speak; the pair as written, a group of its own
        # (in the cast, so that a "they" after them is them)
        mention = text[joined:end]
        return Speaker(mention=mention, entity=cast.body(mention, joined, "group"), start=joined, end=end)
    return _speaker_from_words(text, words, start, end, cast, pos)


def _coordinated_subject_start(text: str, lo: int, toks, j: int, cast: Cast, pos: int) -> Optional[int]:
    """Where a subject joined by "and" to the noun phrase at ``toks[j]`` starts, when the phrase opens with a
    word the plain reading stops at (a pronoun, "another", "two"): "she and another inspector", "the mayor and
    two aides". Only where the pair opens a clause (after a comma, a semicolon or the window's start), so that an
    object before "and" is not taken in ("Vale thanked the mayor and two aides said …" stays the aides)."""
    if j < 2 or toks[j - 1][0] != "and":
        return None
    k = j - 2
    if toks[k][0].lower() in _COORDINATED_PRONOUNS:
        first = k
    else:
        left = subject_before(text, lo, toks[j - 1][1], cast, pos)
        if left is None or left.start >= toks[j - 1][1]:
            return None
        first = next((n for n in range(k, -1, -1) if toks[n][1] == left.start), None)
        if first is None:
            return None
    if first > 0 and toks[first - 1][0] not in (",", ";", ":", "—", "–"):
        return None
    if first != k and first >= 2 and toks[first - 1][0] == "," and (toks[first - 2][0] == ")"
                                                                     or toks[first - 2][0][:1].isupper()):
        return None     # "Bell (D-Ohio), Ruiz and Vale": the last two of a list of names, not a pair
    if text.rfind("(", lo, toks[first][1]) > text.rfind(")", lo, toks[first][1]):
        return None     # (inside a bracket: "(D-W.Va.) and Ruiz" is no pair)
    if any(t[0] in (",", ";", "—", "–") for t in toks[first:j]):
        return None     # ("Ruiz, who is seeking reelection, and Bell": an aside inside is too long a reach)
    if first == 0 and text[lo:toks[0][1]].strip():
        return None
    return toks[first][1]


# pronouns that open a subject joined to a noun phrase: "she and another inspector"
_COORDINATED_PRONOUNS = {"he", "she", "they", "we", "i"}


def _dash_aside_before(text: str, lo: int, hi: int, cast: Cast, pos: int) -> Optional[Speaker]:
    """The person named before an aside set off by dashes that ends right before the verb at ``hi``, when the
    aside opens with a relative pronoun or a lower-case word ("Ruiz - who met her aides … - has vowed", "Bell —
    like Ortiz, a backer of the levy — recalled"): the words inside the dashes are not the subject."""
    window = text[max(lo, hi - _DASH_ASIDE_REACH):hi]
    before = window.rstrip()
    close = _CLOSING_DASH.search(before)
    if close is None:
        return None
    opening = None
    for m in _OPENING_DASH.finditer(before, 0, close.start()):
        opening = m     # (the last dash before the closing one opens the aside)
    if opening is None or not before[opening.end():opening.end() + 1].islower():
        return None
    head = subject_before(text, lo, hi - len(window) + opening.start(), cast, pos)
    return head if head is not None and head.entity is not None and head.entity.kind == "person" else None


_DASH_ASIDE_REACH = 200     # characters back from the verb an aside and its dashes may take
_CLOSING_DASH = regex.compile(r"(?:\s(?:-|--|—|–)|—|–)$")
_OPENING_DASH = regex.compile(r"(?:\s(?:-|--|—|–)|—|–)\s?")


def subject_after(text: str, lo: int, hi: int, cast: Cast, pos: int) -> Optional[Speaker]:
    """The speaker named right after an inverted cue: `said Mr. Kirby`, `said the president`."""
    toks = _tokens(text, lo, min(hi, lo + 240), cast)
    if not toks:
        return None
    if toks[0][0].lower() in PRONOUNS:
        return _pronoun(text, toks[0][0], toks[0][1], toks[0][2], cast, pos)
    contracted = contracted_pronoun(toks[0][0])
    if contracted:
        return _pronoun(text, contracted, toks[0][1], toks[0][1] + len(contracted), cast, pos)
    if toks[0][0].lower() in ("that", "this", "these", "those", "what", "how", "why", "whether", "if"):
        return None     # "«…», argues that many …": a clause follows the verb, not its subject
    j = 0
    if toks[0][0].lower() in DETERMINERS and (not toks[0][0][:1].isupper() or _modified_head_opens(toks)) \
            or toks[0][0].lower() == "one":
        # "said one former harbour clerk", "said a friend of the family" (and a sentence that opens with a
        # description whose head has a noun before it: "The dock union held out, …")
        k, last_head = 1, 0
        # ("said a 2008 campaign veteran": a year may qualify a noun for a person too, not "a 2019 survey")
        year_ok = any(t[0].lower() in ROLE_WORDS for t in toks[2:7])
        while k < len(toks) and k < 7 and (toks[k][0][:1].isalpha() or (year_ok and _YEAR.fullmatch(toks[k][0]))
                                           or _age_word(toks, k)) \
                and toks[k][0].lower() not in _STOP_BEFORE \
                and not (last_head and last_head == k - 1 and _verb_after_a_head(toks, k)):
            if _head(toks[k][0]) and not (toks[k][0].lower() in _QUANTIFIERS and k + 1 < len(toks)
                                          and toks[k + 1][0][:1].isalpha() and toks[k + 1][0] != "of"):
                last_head = k   # (not "most" of "the most recent data")
            k += 1
        # (an age's tokens, "38" and "year-old", are one word of the description)
        ages = sum(1 for c in range(1, k) if toks[c][0].isdigit() and _age_word(toks, c))
        if 2 <= k - ages <= 4 and toks[0][0] in ("the", "a", "an", "one") \
                and _after_a_verb_of_speech(text, toks[0][1]) \
                and all(_plain_noun_word(toks[c][0]) or _age_word(toks, c) for c in range(1, k)) \
                and _description_ends(text, toks, k) \
                and (last_head < k - 1 or _age_word(toks, k - 1)) \
                and not any(t[0] in _OWNER_WORDS for t in toks[last_head + 1:k]):
            # "…,” said the mediator.", "said a union mediator,": the whole description up to the clause's
            # end is the speaker, though its head is no noun the lexicon knows
            phrase = text[toks[0][1]:toks[k - 1][2]]
            named = _described_then_named(text, toks, k, cast, pos)
            if named is not None:
                return named
            if ages and toks[0][0] == "the":
                # "said the 23-year-old": someone the article has named (`Cast.describe`)
                named = _speaker_from_words(text, [t[0] for t in toks[:k]], toks[0][1], toks[k - 1][2], cast, pos)
                if named is not None and named.entity is not None:
                    return named
            return Speaker(mention=phrase, name=phrase, kind=classify_words([t[0] for t in toks[1:k]]),
                           role=_clean_role(phrase), start=toks[0][1], end=toks[k - 1][2])
        if not last_head and toks[0][0] in _POSSESSIVE_OPENERS and k <= 4 and _after_a_verb_of_speech(text, toks[0][1]):
            # "added his team-mate, Leo Varga.": whose description it is, then a name; the name is the speaker
            # though the lexicon knows no noun for the description
            named = _described_then_named(text, toks, k, cast, pos)
            if named is not None:
                return named
        if last_head:
            if last_head == k - 1 and toks[0][0] in _DESCRIPTION_OPENERS and _after_a_verb_of_speech(text, toks[0][1]):
                named = _described_then_named(text, toks, k, cast, pos)
                if named is not None:
                    return named
            j = last_head + 1
    if j == 0 and not toks[0][0].islower() and _after_a_verb_of_speech(text, toks[0][1]):
        named = _qualified_title_then_name(text, toks, cast, pos)
        if named is not None:
            return named    # "said Gulf war widow Dana Prell", "said 9/11 widow Dana Prell"
    count = _count_before_noun(toks)
    if j == 0 and count:
        # "About 200 protesters marched …", "Dozens of nurses stood …": a count before the head noun, kept in
        # the mention ("About 200 protesters") but no part of the phrase's words; the noun after it is its head
        # whether or not the lexicon knows it
        j = count if _np_token(toks[count][0]) else _plural_head_end(toks, count)
    if j == 0 and toks[0][0].islower():
        # "said master of ceremonies Omar Haddad": a lower-case title before the name
        k = 0
        while k < len(toks) and k < 5 and toks[k][0].isalpha() and toks[k][0].islower() \
                and toks[k][0] not in _STOP_BEFORE:
            k += 1
        if 0 < k < len(toks) and toks[k][0][:1].isupper() and toks[k][0] not in NOT_NAME:
            if toks[k - 1][0] not in _PLACE_PREPOSITIONS:
                j = k
            elif k == 2 and _bare_plural(toks[0][0]):
                # "according to traders in Linden", "said volunteers at Harlow": people where they are, not a
                # person called Linden whose title is "traders in"
                m = k
                while m < len(toks) and m - k < 4 and toks[m][0][:1].isupper() and toks[m][0] not in NOT_NAME:
                    m += 1
                phrase = text[toks[0][1]:toks[m - 1][2]]
                return Speaker(mention=phrase, name=phrase, kind="group", start=toks[0][1], end=toks[m - 1][2])
    while j < len(toks) and j < 12 and _np_token(toks[j][0], toks[j - 1][0] if j else "") \
            and toks[j][0].lower() not in ("and",) \
            and not (j and toks[j][0] == "then"):     # "Trump then appears …"
        j += 1
    if 0 < j and j + 2 <= len(toks) and toks[j][0] == "and" and (
            j + 2 == len(toks) or toks[j + 2][0] in _CLAUSE_END_TOKENS) and (
            toks[j + 1][0] == "others" or toks[j + 1][0][:1].isupper()) and toks[j - 1][0][:1].isupper():
        j += 2      # "…, said Ruiz and others, would …", "…, said Ruiz and Bell.": both speak
    # "of" may not end the phrase
    while j > 0 and toks[j - 1][0].lower() in ("of", "the", "a", "an", "for"):
        j -= 1
    if j == 0:
        return None
    # "Jason Gilbert of Cheyenne": a place after a full name is not part of it, nor the outlet of "wrote Dana
    # Hill for Morning Digest"
    for c in range(2, j):
        if toks[c][0] in ("of", "from", "for") and toks[c - 1][0][:1].isupper() and toks[c - 2][0][:1].isupper() \
                and toks[c - 1][0].lower() not in ROLE_WORDS and toks[c - 2][0].lower() not in ROLE_WORDS:
            j = c
            break
    if count >= j:
        return None
    words = [t[0] for t in toks[count:j]]
    sp = _speaker_from_words(text, words, toks[0][1], toks[j - 1][2], cast, pos)
    if sp is None and count and _people_noun(words[-1]):
        # "Hundreds of pro-Ruiz demonstrators": a count of people is a group, whatever its noun
        phrase = text[toks[0][1]:toks[j - 1][2]]
        sp = Speaker(mention=phrase, entity=cast.body(phrase, toks[0][1], "group"), start=toks[0][1],
                     end=toks[j - 1][2])
    if sp is not None and sp.entity is not None and j < len(toks) and toks[j][0] == "," and not sp.entity.role:
        # "said Vladimir Medinskiy, the head of the Russian delegation.", "according to Ben Osei, senior
        # economist at Harlow Securities,"
        sp.entity.role = appositive_role(text, toks[j - 1][2])
    if sp is not None and sp.entity is None and is_possessive(toks[0][0]) \
            and j < len(toks) and toks[j][0] == "," and _after_a_verb_of_speech(text, toks[0][1]):
        # "said Moreno's daughter, Elena.": a description that a name closes, as "said a dockworker, Sam Lee."
        named = _name_closing_apposition(text, toks, j, cast, pos)
        if named is not None:
            if not named.entity.role:
                named.entity.role = _clean_role(sp.mention)
            return named
    return sp


def _qualified_title_then_name(text: str, toks, cast: Cast, pos: int) -> Optional[Speaker]:
    """"said Gulf war widow Dana Prell", "said 9/11 widow Dana Prell": a word or a date that qualifies a
    lower-case title ("Gulf war widow"), then the name, up to the clause's end. The capitalised word opening
    the phrase is what the title is of, not the speaker; the name is, with the phrase for role."""
    q = 0
    while q < min(3, len(toks)) and (toks[q][0].isdigit() or (toks[q][0][:1].isupper() and toks[q][0] not in NOT_NAME
                                                              and toks[q][0].isalpha())):
        q += 1
    if not 0 < q < 3 or (q == 2 and not toks[0][0].isdigit()):
        return None     # (one word, or a date such as "9/11" in two tokens: a longer run is a name itself)
    inner = toks[q:q + 8]
    title_end = _lower_title_before_a_name(inner[:_name_run_end(inner)])
    if not title_end:
        return None
    end = q + _name_run_end(inner)
    if not _description_ends(text, toks, end):
        return None
    named = _speaker_from_words(text, [t[0] for t in toks[q + title_end:end]], toks[q + title_end][1],
                                toks[end - 1][2], cast, pos)
    if named is None or named.entity is None or named.entity.kind != "person":
        return None
    if not named.entity.role:
        named.entity.role = _clean_role(text[toks[0][1]:toks[q + title_end - 1][2]])
    named.mention, named.start = text[toks[0][1]:toks[end - 1][2]], toks[0][1]     # as written, title and all
    return named


def _name_run_end(inner) -> int:
    """Where the lower-case words and the capitalised name after them end in ``inner``."""
    k = 0
    while k < len(inner) and inner[k][0].isalpha() and inner[k][0].islower():
        k += 1
    while k < len(inner) and in_a_name(inner[k][0]):
        k += 1
    return k


def _bare_plural(word: str) -> bool:
    """A lower-case plural noun standing for people with no article ("traders", "volunteers")."""
    return word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss") and len(word) > 3 \
        and word not in _NOT_IN_DESCRIPTIONS


def _lower_title_before_a_name(inner) -> int:
    """Where the name starts in tokens such as "bank manager Simon Ferreira" or "retired teacher Ann Bell": up
    to three lower-case words, a noun for a person among them, then a name of two to four words; else 0."""
    c = next((k for k, t in enumerate(inner[:4]) if t[0][:1].isupper()), 0)
    if not c or not 2 <= len(inner) - c <= 4 or not all(in_a_name(t[0]) for t in inner[c:]) \
            or not all(t[0].isalpha() and t[0].islower() for t in inner[:c]) \
            or not any(t[0] in TITLE_HEADS or t[0] in PERSON_NOUNS for t in inner[:c]):
        return 0
    return c


def _opens_a_description(word: str) -> bool:
    """Does ``word`` open a description that a name in commas may follow: a determiner, a possessive
    pronoun, or a name's possessive ("the", "his", "Valdora’s")?"""
    return word.lower() in _DESCRIPTION_OPENERS or is_possessive(word)


def _verb_after_a_head(toks, k: int) -> bool:
    """Is ``toks[k]``, right after a description's head noun, the sentence's verb: a lower-case word that is no
    head itself, before an article, a possessive or a preposition that opens its object ("the town | released a
    statement", "the mayor | feuds with her party")? The description ends at the head; read on, the verb and
    its object were taken for the speaker's phrase."""
    word = toks[k][0]
    if not (k + 1 < len(toks) and word.isalpha() and word.islower() and not _head(word)
            and word not in _GO_ON_A_NOUN):
        return False
    after = toks[k + 1][0].lower()
    # (a past or a present tense: "a union official familiar with the talks" has an adjective)
    return (word.endswith("ed") and after in _OPENS_A_VERBS_OBJECT) \
        or (word.endswith("s") and not word.endswith("ss") and (after in _OPENS_A_VERBS_OBJECT))


def _after_a_preposition(toks, start: int) -> bool:
    """Does a preposition of place stand right before the token at ``start`` ("a fisherman from | Holm")?"""
    k = bisect.bisect_left(toks, start, key=itemgetter(1))
    return 0 < k < len(toks) and toks[k][1] == start and toks[k - 1][0].lower() in _PLACE_PREPOSITIONS | {"of"}


def _described_then_named(text: str, toks, k: int, cast: Cast, pos: int) -> Optional[Speaker]:
    """"said a dockworker, Sam Lee.", "added her neighbour, Colm Reilly.": the name the description ``toks[:k]``
    goes on to is the speaker, and the description their role ("neighbour": whose, the role cannot say)."""
    named = _name_closing_apposition(text, toks, k, cast, pos)
    if named is not None and not named.entity.role:
        first = 1 if toks[0][0] in _POSSESSIVE_OPENERS and k > 1 else 0
        named.entity.role = _clean_role(text[toks[first][1]:toks[k - 1][2]])
    return named



def _description_ends(text: str, toks, k: int) -> bool:
    """Does the description after an inverted verb end before ``toks[k]``: at the clause's end, a full stop
    (which the tokens do not keep: "said the mediator. “Next …"), or a relative clause that goes on
    describing the speaker ("said one former clerk who asked not to be named")?"""
    return k == len(toks) or toks[k][0] in _CLAUSE_END_TOKENS or toks[k][0] in _RELATIVE_AFTER_NOUN \
        or "." in text[toks[k - 1][2]:toks[k][1]]


def _age_word(toks, k: int) -> bool:
    """Is ``toks[k]`` part of an age used as a noun for the person ("said the 46-year-old": the tokens "46"
    and "year-old")?"""
    w = toks[k][0]
    if w.isdigit():
        return len(w) <= 3 and k + 1 < len(toks) and toks[k + 1][0] == "year-old"
    return w == "year-old" and k > 0 and toks[k - 1][0].isdigit()


# "said one former deckhand who asked not to be named": a relative clause goes on describing the speaker
_RELATIVE_AFTER_NOUN = {"who", "whose"}


def _name_closing_apposition(text: str, toks, k: int, cast: Cast, pos: int) -> Optional[Speaker]:
    """The person named after the comma at ``toks[k]`` when a name of up to four words is all that follows
    before the clause ends ("…, Sam Lee." / "…, Sam Lee, said"), else None."""
    if k >= len(toks) or toks[k][0] != ",":
        return None
    m = k + 1
    while m < len(toks) and m - k <= 4 and toks[m][0][:1].isupper() and toks[m][0] not in NOT_NAME:
        m += 1
    if m == k + 1 or m - k > 4 or (m < len(toks) and toks[m][0] not in _CLAUSE_END_TOKENS):
        return None
    named = _speaker_from_words(text, [t[0] for t in toks[k + 1:m]], toks[k + 1][1], toks[m - 1][2], cast, pos)
    if named is None or named.entity is None or named.entity.kind != "person":
        return None
    return named


_INDEFINITE = {"a", "an", "one", "another"}
_DESCRIPTION_OPENERS = {"the", "a", "an", "his", "her", "their", "its", "our"}
_POSSESSIVE_OPENERS = _DESCRIPTION_OPENERS - {"the", "a", "an"}
# what opens a verb's object or its phrase of place right after the verb: "the town released a statement",
# "the mayor feuds with her party", "candidates scurried across the county"
_OPENS_A_VERBS_OBJECT = _DESCRIPTION_OPENERS | {"with", "across", "through", "into", "over"}
# lower-case words that go on a noun's phrase after its head: "a lawyer for the family", "a friend of the mayor"
_GO_ON_A_NOUN = {"of", "for", "at", "from", "in", "on", "with", "to", "by", "and", "or", "but", "close", "near",
                 "is", "was", "has", "had"}
_SOME_PEOPLE = {"some", "many", "most", "both", "few", "several", "others", "all", "each", "neither", "either"}
_YEAR = regex.compile(r"(?:1[89]|20)\d\d")
_ABOUT = {"about", "some", "nearly", "roughly", "around", "almost", "over", "approximately", "perhaps"}
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
                 "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens"}


def _count_before_noun(toks) -> int:
    """How many tokens of a count open the phrase: 2 for "About 200 protesters", 1 for "200 protesters" and
    "Dozens of protesters" (with its "of"), 0 for anything else."""
    k = 1 if len(toks) > 2 and toks[0][0].lower() in _ABOUT else 0
    if k < len(toks) and (toks[k][0].replace(",", "").isdigit() or toks[k][0].lower() in _NUMBER_WORDS):
        k += 1
        if k + 1 < len(toks) and toks[k][0] == "of":
            k += 1
        # (a share, "75 percent of residents", is no body of people: it stays as written)
        return k if k < len(toks) and toks[k][0][:1].islower() and toks[k][0].replace("-", "").isalpha() \
            and toks[k][0] not in ("percent", "per") else 0
    return 0


def _people_noun(word: str) -> bool:
    """Could this plural noun stand for people ("demonstrators", "nurses" no, "weeks" and "visas" not)?"""
    low = word.lower()
    return low in GROUP_HEADS or low in PERSON_NOUNS or low[:-1] in PERSON_NOUNS or (
        low.isalpha() and low.endswith(PEOPLE_ENDINGS))


def _plural_head_end(toks, j: int) -> int:
    """After a count, where its noun ends: at the first noun for people within three words ("Hundreds of
    pro-Ruiz demonstrators"), else after one word ("Dozens of nurses")."""
    for k in range(j, min(len(toks), j + 3)):
        w = toks[k][0]
        if not (w[:1].islower() and w.replace("-", "").isalpha()):
            break
        if _people_noun(w):
            return k + 1
    return j + 1


def _modified_head_opens(toks) -> bool:
    """Do the tokens open with "The" and a lower-case noun before a body's head ("The dock union", "The harbor
    board")? Read as a description, as after "said the", a body as "The dock union said" finds it; the plain
    phrase reading stops at the modifier, which is no word of a name. (People as written, "The night nurses",
    stay unnamed, as before a verb of their own.)"""
    if not (len(toks) >= 4 and toks[0][0] == "The" and toks[1][0].isalpha() and toks[1][0].islower()
            and not _np_token(toks[1][0]) and not toks[1][0].endswith(("ly", "ing", "ed"))
            and toks[1][0] not in _STOP_BEFORE and toks[2][0] in ORG_HEADS):
        return False
    # the head ends the phrase: a verb or a comma follows it ("The new radio spot runs": "radio" heads nothing)
    nxt = toks[3][0]
    return nxt in (",", "—", "–") or nxt in _AUXILIARIES_AFTER_A_SUBJECT or nxt in IRREGULAR_PARTICIPLES \
        or (nxt.islower() and nxt.endswith("ed")) or _verb_after_a_head(toks, 3)


_AUXILIARIES_AFTER_A_SUBJECT = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can",
                                "may", "might", "must", "should", "did", "does", "also", "again", "then"}


def sentence_subject(text: str, lo: int, hi: int, cast: Cast, pos: int) -> Optional[Speaker]:
    """The subject at the start of a sentence, for `…, saying` and `… but said`."""
    toks = _tokens(text, lo, min(hi, lo + 200), cast)
    k = 0
    while k < len(toks) and (toks[k][0].lower() in ("but", "and", "still", "meanwhile", "yet", "so", "however",
                                                    "instead", "later", "then", "earlier", "now")
                             or toks[k][0] in (",", "\"", "“")):
        k += 1
    k = _past_a_dateline(text, toks, k)
    if k >= len(toks):
        return None
    found = None if _opens_with_a_phrase(toks, k, cast) else subject_after(text, toks[k][1], hi, cast, pos)
    if found is None:
        # opening phrases before the subject: "All the while, the Kremlin …",
        # "On Friday, after staying silent, Vela appeared …"
        for c in range(k, min(len(toks), k + 30)):
            if toks[c][0] == "," and c + 1 < len(toks):
                found = subject_after(text, toks[c + 1][1], hi, cast, pos)
                if found is not None and not _where_not_who(found, toks[c - 1][0] if c else ""):
                    return found
                found = None
    return found


_DASHES = {"—", "–", "-", "--", "―"}
_DASH_CHARS = regex.compile(r"\s[—–―-]|[—–―]")


def _past_a_dateline(text: str, toks, k: int) -> int:
    """"LISBON, May 3 (AP) — In reply …", "BUENA PARK, Calif. - Rallying …": where the sentence starts
    after a dateline (a place in capitals, then a date, a state or an agency, then a dash); ``k`` if none."""
    if k >= len(toks):
        return k
    if not (toks[k][0].isupper() and len(toks[k][0]) > 1 and toks[k][0].isalpha()):
        # "Dover (AFP) – …", "Port Vell, Maine (AP) — …": a place in plain capitals, then a wire agency in brackets
        # and a dash
        for j in range(k + 1, min(len(toks) - 3, k + 6)):
            if toks[j][0] == "(" and toks[j + 1][0].isupper() and toks[j + 2][0] == ")" \
                    and toks[j + 3][0] in _DASHES:
                return j + 4
            if not (toks[j][0][:1].isupper() or toks[j][0] == ","):
                break
        return k
    for j in range(k + 1, min(len(toks), k + 10)):
        if toks[j][0] in _DASHES or _DASH_CHARS.search(text, toks[j - 1][2], toks[j][1]):
            return j + 1 if toks[j][0] in _DASHES else j
    return k


def _where_not_who(sp: Speaker, before_comma: str) -> bool:
    """A phrase after an opening comma that opens with a preposition ("at a rally in Beaumont"), or the
    state of a "City, State" ("Speaking in Dover, Delaware, Ruiz …"): where the subject was, not who."""
    words = sp.mention.split()
    if not words:
        return True
    if words[0] in _PLACE_PREPOSITIONS or words[0] in _TIME_PREPOSITIONS:
        return True     # (or when: "In his first reply, during a radio interview, Ruiz …")
    last = strip_possessive(words[-1]).lower().rstrip(".,")
    return before_comma[:1].isupper() and before_comma not in NOT_NAME and (last in PLACES or last in ABBREVIATIONS)


def _opens_with_a_phrase(toks, k: int, cast: Cast) -> bool:
    """"Late last month, the company …", "Inside the hall, Trump …": the capitalised word opening the sentence
    starts a phrase before the subject, not a name (the article knows no such name). A dateline ("WASHINGTON —")
    is skipped before this is asked (`_past_a_dateline`)."""
    word = toks[k][0]
    if k + 1 >= len(toks) or not word[:1].isupper() or strip_possessive(word).lower() in cast.known_surnames \
            or _count_before_noun(toks[k:k + 4]):
        return False    # (nor a count: "Dozens of residents marched downtown, saying …")
    nxt = toks[k + 1][0]
    if word.endswith("ing") and len(word) > 5 and nxt[:1].islower() and word not in GIVEN_NAMES:
        # "Facing criticism, Ruiz …", "Having lost the vote, the mayor …": a participle's phrase, not a name
        return any(t[0] == "," for t in toks[k + 1:k + 14])
    return nxt in _PHRASE_WORDS and any(t[0] == "," for t in toks[k + 2:k + 14])


# words that go on an opening phrase ("Late last month", "Back in 1999", "Inside the hall", "Continuing to …",
# "Stung by the reviews", a participle and its agent)
_PHRASE_WORDS = {"last", "in", "the", "to", "of", "on", "at", "after", "before", "this", "that", "with", "for",
                 "from", "into", "during", "a", "an", "next", "earlier", "later", "ago", "since", "until", "by"}


_HEADS = TITLE_HEADS | GROUP_HEADS | ORG_HEADS | PERSON_NOUNS | set(DESCRIPTION_SYNONYMS)


def _head(word: str) -> bool:
    """A noun a described speaker can end with ("officials", "delegate candidates")."""
    low = strip_possessive(word.lower())
    return low in _HEADS or (low.endswith("s") and low[:-1] in _HEADS) or low.endswith(("year-old", "year-olds"))


def _relative_clause_owner(text: str, lo: int, toks, cast: Cast, pos: int) -> Optional[Speaker]:
    """"Tom Vale, whose wife, Ana, runs the bakery, said", "Mr. Dunmore, whose company, Brightwell, sells …,
    said": a relative clause about a person runs to the comma before the verb, and a name set off by commas
    inside it is one of its nouns' (the wife's, the company's); the subject is the person before "who" or
    "whose". ``toks`` ends before the last comma; None unless the clause holds a comma of its own."""
    commas = 0
    for k in range(len(toks) - 1, max(-1, len(toks) - 46), -1):
        word = toks[k][0]
        if word == ",":
            commas += 1
        elif word in (";", ":", "—", "–", "(", ")", "“", "”", '"'):
            return None
        elif word in ("who", "whose") and k >= 1 and toks[k - 1][0] == ",":
            if not commas:
                return None     # (no comma inside the clause: the plain reading finds its owner)
            owner = subject_before(text, lo, toks[k - 1][1], cast, pos)
            if owner is not None and owner.entity is not None and owner.entity.kind == "person":
                return owner
            return None
    return None


def _name_among_appositives(text: str, toks, cast: Cast, pos: int) -> Optional[Speaker]:
    """"Rosa Lind, 67, a retired shop clerk in Ashford, Pa., said":
    walk back over comma-separated pieces (an age, a description, a place) to the name that owns them."""
    chunks, current = [], []
    for tok in reversed(toks[-45:]):
        if tok[0] == ",":
            chunks.append(current[::-1])
            current = []
            if len(chunks) == 5:
                break
        elif tok[0] in (";", ":", "—", "(", ")", "“", "”", '"'):
            break
        else:
            current.append(tok)
    else:
        chunks.append(current[::-1])
    description = None
    for n, chunk in enumerate(chunks):
        if not chunk:
            return None
        first = chunk[0][0]
        if first.isdigit():
            continue        # an age
        if first.lower() in ("a", "an", "the") or first.islower():
            description = description or chunk
            continue
        if all(t[0][:1].isupper() or t[0].lower() in NAME_PARTICLES for t in chunk) and len(chunk) <= 5:
            if len(chunk) == 1 and (chunk[0][0].endswith(".") or chunk[0][0].lower() in PLACES
                                    or (n == 0 and len(chunks) > 2)):
                continue    # "Pa.", "Texas", "Essex": the place after a town, right before the verb
            if n + 2 < len(chunks) and chunks[n + 1] and chunks[n + 1][0][0].lower() in ("a", "an", "the") \
                    and strip_possessive(chunks[n + 1][-1][0].lower()) in _KINDS_BEFORE_A_NAME:
                continue    # "Paolo Ricci, the editor of a local newspaper, Il Corriere, said": the paper's name
            named = _speaker_from_words(text, [t[0] for t in chunk], chunk[0][1], chunk[-1][2], cast, pos)
            if named is not None and named.entity is not None and named.entity.kind == "person":
                if description and not named.entity.role and _role_like(description):
                    named.entity.role = _clean_role(text[description[0][1]:description[-1][2]])
                return named
        return None
    return None




def _role_like(inner) -> bool:
    """Is the aside after a subject its role: a title among its words, and not a phrase that opens otherwise
    ("Some observers, including professor Ada Vell, …", "Ruiz, later alleging that …, …")?"""
    return bool(inner) and inner[0][0].lower() not in _NO_ROLE_OPENS and any(t[0].lower() in TITLE_HEADS for t in inner)


# words that open an aside about a subject that is no description of it: members of a group, or what it did
# (not "now", "once", "then": ", now a paid commentator," is a role at a time)
_NO_ROLE_OPENS = {"including", "like", "such", "especially", "notably", "among", "later", "earlier", "also", "again",
                  "even", "unlike", "along", "together"}


def _clean_role(role: str) -> str:
    role = " ".join(role.split())
    return strip_article(role).strip(" ,")


_NUMBER = regex.compile(r"\d[\d.,]*")
_CLAUSE_END_TOKENS = {".", ",", ";", ":", "?", "!", ")", "—", "–"}


def _after_a_verb_of_speech(text: str, pos: int) -> bool:
    """Does a verb of speech end right before ``pos`` ("…,” said | the mediator", "according to | the
    summary"), not a colon or a comma ("Then, the laugh line: …")?"""
    before = text[max(0, pos - 20):pos].split()
    return bool(before) and (before[-1] in _SPEECH_VERB_FORMS or before[-2:] == ["according", "to"])


_SPEECH_VERB_FORMS = frozenset(SPEECH_VERBS)


def _plain_noun_word(word: str) -> bool:
    """A lower-case word that may be part of a description ("union", "mediator"): no verb or adverb
    form ("were", "divided", "later") and no conjunction, so "the voters were divided" is no speaker."""
    return word.isalpha() and word.islower() and not word.endswith(("ed", "ly", "ing")) \
        and word not in _NOT_IN_DESCRIPTIONS


_NOT_IN_DESCRIPTIONS = {"and", "or", "but", "nor", "is", "are", "was", "were", "has", "have", "had", "will",
                        "would", "can", "could", "says", "said", "wrote", "writes", "told", "tells", "few",
                        "later", "earlier", "then", "now", "also", "not", "been", "be"}
_OWNER_WORDS = {"of", "for", "at", "from", "in", "with", "to"}     # "the leader of the group": its head is known


# "It's grimly funny to watch …", "It is clear that …", "it was time to …": an expletive "it", a placeholder
# for the clause after it, stands for nobody. "is/was" (or "’s"), at most two words with no determiner before
# them (an adverb, an adjective, a bare noun), then "to" or "that"; "It is a role that …" may be the role.
_EXPLETIVE_IT = regex.compile(r"(?:[’']s|[^\S\n]+(?:is|was))[^\S\n]+"
                              r"(?!(?:a|an|the|this|that|his|her|its|their|our|my|your|not)\b)"
                              r"(?:\p{Ll}+[^\S\n]+)?\p{Ll}+[^\S\n]+(?:to|that)\b")


def _is_expletive_it(text: str, word: str, end: int) -> bool:
    return word.lower() == "it" and _EXPLETIVE_IT.match(text, end) is not None


def _pronoun(text: str, word: str, start: int, end: int, cast: Cast, pos: int) -> Speaker:
    low = word.lower()
    sp = Speaker(mention=word, start=start, end=end)
    if _is_expletive_it(text, word, end):
        return sp   # the placeholder of a clause names nobody, and is of no kind
    if low in ("he", "she"):
        sp.entity = cast.last_person(pos, PRONOUNS[low])
        if sp.entity is not None and sp.entity.gender is None:
            sp.entity.gender = PRONOUNS[low]
    elif low in ("they", "it"):
        sp.entity = cast.last_body(pos, "organization" if low == "it" else "group")
        if sp.entity is None:
            # a group or body the article names as a subject just before, though it has not spoken yet
            sp.entity = _conceded_subject(text, start, cast, plural=low == "they") \
                or _body_named_before(text, start, cast, plural=low == "they")
    if sp.entity is not None:
        cast.mentioned(start, sp.entity, True)
    sp.kind = _PRONOUN_KIND.get(low)
    return sp


def serves_whom_it_names(words: list[str]) -> bool:
    """"A spokeswoman for the harbor board", "a lawyer for the family", "a member of the council": someone
    unnamed who works for, or belongs to, the body or people named, the head noun first, then "for"/"to"/"of"."""
    if len(words) < 4 or words[0].lower() not in _INDEFINITE:
        return False
    head, preposition = words[1].lower(), words[2].lower()
    return (head in SERVES_SOMEONE and preposition in ("for", "to", "of")) or (head == "member" and preposition == "of")


# the kinds of body news writes before the body's name ("the environmental group Green Kessel"); not
# "campaign", "party" or "union", which come before a person's name too ("union leader Ada Kerr" aside,
# "the sort of campaign Vale wanted")
_KINDS_BEFORE_A_NAME = {"group", "journal", "newspaper", "magazine", "firm", "company", "agency", "organization",
                        "organisation", "network", "website", "nonprofit", "charity", "broadcaster", "publication",
                        "tabloid", "coalition", "alliance", "foundation", "watchdog", "outlet", "consultancy", "startup",
                        "union", "federation", "association", "party", "club", "league", "institute", "airline"}


def _office_in_a_body(core: list[str]) -> Optional[int]:
    """Where "of"/"at" stands when the description ``core`` (its article dropped) names one person by a place
    in a body: up to two lower-case modifiers, a singular noun for a person, then "of"/"at" ("former
    treasurer of the club", "head of the union"; not "members of the board"); else None."""
    k = next((i for i, w in enumerate(core[:4]) if w in ("of", "at")), None)
    if not k or k + 1 >= len(core) or not all(w.isalpha() and w.islower() for w in core[:k]):
        return None
    noun = core[k - 1]
    if noun not in TITLE_HEADS and noun not in PERSON_NOUNS or noun in GROUP_HEADS \
            or (noun.endswith("s") and not noun.endswith("ss")):
        return None
    return k


def _name_then_affiliation(core: list[str]) -> Optional[int]:
    """Where "of"/"from"/"at" stands in "[title] First Last of the Body", when a name of two or three words (no
    body's word among them) comes before it and a body's capitalised name, holding a body's noun or a
    place's name, after it; else None. ("Bank of America", "Secretary of State Ana Vela": no name before "of".)"""
    i = next((k for k, w in enumerate(core) if w in ("of", "from", "at")), None)
    if i is None or i < 2 or i + 1 >= len(core):
        return None
    title, name = split_title(core[:i])
    if not 2 <= len(name) <= 3 or any(strip_possessive(w).lower() in ORG_HEADS for w in core[:i]) \
            or any(w.lower() in TITLE_HEADS for w in name) \
            or not all(w.lower() in ROLE_WORDS and w != "and" or is_honorific(w) for w in title):
        return None     # ("Missouri Secretary of State …", "Science and Technology Directorate of …")
    body = core[i + 1:]
    if body[0].lower() == "the":
        body = body[1:]
    if not body or not all(w[:1].isupper() or w in ("of", "for", "and", "the", "on") for w in body) \
            or not body[0][:1].isupper() or any(
            w == "and" and (is_honorific(nxt) or nxt in GIVEN_NAMES) for w, nxt in zip(body, body[1:])):
        return None     # ("… of Holm and Tom Bell of Carrick": two people)
    if any(strip_possessive(w).lower() in ORG_HEADS or w.lower() in PLACES for w in body if w[:1].isupper()) \
            or strip_possessive(body[-1]) in COMPANY_NAME_ENDS | FIRM_NAME_ENDS:
        return i    # (a company's name: "Farid Qureshi of Tallis Research", "Ana Lind of Vela Systems")
    return None


def _speaker_from_words(text: str, words: list[str], start: int, end: int, cast: Cast, pos: int
                        ) -> Optional[Speaker]:
    mention = text[start:end]
    lowered = [w.lower() for w in words]
    # drop a leading article from the description but remember it was there
    core = words[1:] if lowered[0] in ("the", "a", "an") else words
    if not core:
        return None
    if len(core) > 2 and core[0].lower() in MEASURED_NOUNS and core[1] == "of":
        return None     # "Shares of Kestrel Systems": what is measured of a company speaks for nobody
    k = 1 if len(core) > 3 and core[0].lower() in _SOME_PEOPLE else 0
    if len(core) > k + 2 and core[k + 1] in ("of", "to", "for") and core[k].lower() in GROUP_HEADS:
        # "Supporters of Ana Vale", "Residents of Lyle", "some members of the council", "Aides to Ana Vale": the
        # people of the one named speak, not the one named; people the article does not name, kept as written
        # (and in the cast, so that a "they" after them is them: "Residents of Lyle said … They said …")
        cast.body(mention, start, "group")
        return Speaker(mention=mention, kind="group", start=start, end=end)
    if len(words) == 1 and lowered[0] in _SOME_PEOPLE:
        # "Some say …", "Many fear …", "Both want …": some of the people in the story, unnamed
        return Speaker(mention=mention, kind="group", start=start, end=end)
    if serves_whom_it_names(words):
        return Speaker(mention=mention, name=mention, kind="person", role=_clean_role(mention), start=start,
                       end=end)
    if lowered[0] == "the" and len(core) == 1 and is_demonym(core[0]):
        ent = cast.describe(core, pos)     # "the Frenchman": someone just named
        if ent is not None:
            cast.mentioned(start, ent, True)
            return Speaker(mention=mention, entity=ent, start=start, end=end)
    affiliated = _name_then_affiliation(core)
    if affiliated is not None:
        # "Sgt. Paul Weir of the Lenning Police Department", "Ingrid Vos of the University of Tromsø": the
        # person named before "of", whose body (or place) follows; not the body itself, nor a person "Department"
        named = _speaker_from_words(text, core[:affiliated], start, end, cast, pos)
        if named is not None and named.entity is not None and named.entity.kind == "person":
            role = named.entity.role
            if not role or a_lone_rank(role.split()):
                # the title before the name, else the body they speak for ("National Retail Federation"; a
                # rank alone, "Sgt.", says less than the body)
                title, _ = split_title(core[:affiliated])
                if a_lone_rank(title):
                    title = []
                named.entity.role = " ".join(title) or strip_article(" ".join(core[affiliated + 1:]))
            return named
    head = strip_possessive(core[-1]).lower()
    office = _office_in_a_body(core) if head in ORG_HEADS and lowered[0] in ("the", "a", "an") else None
    if office is not None:
        # "the former treasurer of the Brackwater Rowing Club", "a member of the board": someone with a
        # place in the body, not the body; with "the", the person named with that very role ("the former
        # secretary of state" after "Secretary of State Ana Vela"), else someone unnamed
        ent = cast.describe(core[:office], pos) if lowered[0] == "the" else None
        if ent is not None and " ".join(core[office - 1:]).lower() in ent.role.lower():
            cast.mentioned(start, ent, True)
            return Speaker(mention=mention, entity=ent, start=start, end=end)
        ent = cast.named_next(start) if lowered[0] == "the" else None
        if ent is not None:
            ent.role = _clean_role(mention)     # (the office is the role the story gives them)
            cast.mentioned(start, ent, True)
            return Speaker(mention=mention, entity=ent, start=start, end=end)
        return Speaker(mention=mention, name=mention, kind="person", role=_clean_role(mention), start=start,
                       end=end)
    if head in ORG_HEADS and not _has_honorific(words):
        named = cast.body_by_head(head, pos) if len(core) == 1 and lowered[0] == "the" else None
        if named is None and head in COMPANY_NOUNS and lowered[0] == "the" and len(core) <= 2 \
                and not is_possessive(core[-1]):
            # "the company said", "the German chipmaker said": the company the story named last
            company = cast.company_before(pos)
            named = cast.body(company, start, "organization") if company is not None else None
        if named is not None:
            cast.mentioned(start, named, True)
            return Speaker(mention=mention, entity=named, start=start, end=end)
        # "The Federal Office for Natural Hazards", "the public prosecutor’s office": the head noun decides
        ent = cast.body(mention if lowered[0] != "the" else "the " + " ".join(core), start, "organization")
        return Speaker(mention=mention, entity=ent, start=start, end=end)
    role_toks, name_toks = split_title(core)
    if len(role_toks) >= 2 and role_toks[-1] == "of" and 1 <= len(name_toks) <= 2 \
            and strip_possessive(name_toks[-1]).lower() in PLACES:
        # "Senator Ana Vela of Ohio", "Rep. Tom Bell of Idaho": the place is where the person is from
        role_toks, name_toks = split_title(role_toks[:-1])
    if role_toks and name_toks and role_toks[-1] in _KINDS_BEFORE_A_NAME and not _has_honorific(words):
        # "the environmental group Green Kessel", "the journal Alpine Science": a body's name after its kind
        ent = cast.body(" ".join(name_toks), start, "organization")
        return Speaker(mention=mention, entity=ent, start=start, end=end)
    if core[-1][:1].isupper() and not any(t.lower().rstrip(".") in TITLE_HEADS for t in role_toks) \
            and not (role_toks and is_possessive(role_toks[-1])) \
            and all(t[:1].isupper() or t in ("of", "for", "and", "the", "on") for t in role_toks) \
            and not _has_honorific(words) and any(
            strip_possessive(w).lower() in ORG_HEADS for w in role_toks if w[:1].isupper()):
        # "The Federal Office for Natural Hazards": an organisation's name, not a person called Natural Hazards
        ent = cast.body(mention if lowered[0] != "the" else "the " + " ".join(core), start, "organization")
        return Speaker(mention=mention, entity=ent, start=start, end=end)
    name_toks = [t for k, t in enumerate(name_toks)
                 if t not in NOT_NAME or is_honorific(t) or (k and _surname_after(t, name_toks[k - 1]))]
    if name_toks and serves_another(role_toks):
        # "a spokeswoman for Fiorina", "an aide to Mr. Sanders": the one named is whom the speaker works
        # for; the speaker is the one described, and the description is their role
        return Speaker(mention=mention, name=mention, kind="person", role=_clean_role(mention), start=start,
                       end=end)
    if name_toks and not role_toks and not _has_honorific(words):
        company = cast.company_named(name_toks[0])
        if company is not None and (len(name_toks) == 1
                                    or company == " ".join(strip_possessive(t) for t in name_toks)):
            # "Varda said" where the article names Varda Holdings: the company, not a person called Varda (nor
            # is "Southcoast Power" where the article goes on "Its …")
            ent = cast.body(company, start, "organization")
            return Speaker(mention=mention, entity=ent, start=start, end=end)
    if name_toks and not all(is_honorific(t) for t in name_toks):
        kind = classify_words(name_toks)
        if any(t.lower().rstrip(".") in TITLE_HEADS for t in role_toks) or _has_honorific(words):
            kind = "person"
        if kind in ("organization", "group") or (len(name_toks) == 1 and not _has_honorific(words) and (
                (not role_toks and (_bodylike(name_toks[0], cast) or _the_lone_name(lowered, core, cast)))
                or _named_by_adjectives(role_toks, name_toks[0], cast))) or (
                kind != "person" and not role_toks and _names_a_place(name_toks, cast)):
            ent = cast.body(" ".join(core), start, kind or "organization")
            return Speaker(mention=mention, entity=ent, start=start, end=end)
        gender = None
        clean = []
        for k, t in enumerate(name_toks):
            if is_honorific(t) and (k + 1 < len(name_toks) or not clean or t.endswith(".")):
                gender = gender or honorific_gender(t)
                continue    # (a whole word last, after a name, is a surname: "Nora Judge")
            clean.append(strip_possessive(t))
        if not clean:
            return None
        if role_toks and is_possessive(role_toks[-1]) and not cast._looks_like_person_name(clean):
            return None     # "Ruiz’s Final Column Explains …": a thing of someone's, in a headline's capitals
        if gender is None and not role_toks and names_no_person(clean):
            # "Making her way around Chez Marlot, Ruiz …": a venue, not a person a "she" after it can mean
            ent = cast.body(" ".join(clean), start, "organization")
            return Speaker(mention=mention, entity=ent, start=start, end=end)
        if len(clean) >= 3 and all(t.isupper() and len(t) > 1 for t in clean):
            return None     # "RIVERDALE ENDS FERRY TAX": a headline in capitals, not a person of three names
        role = _clean_role(" ".join(role_toks)) if role_toks and _role_like([(t,) for t in role_toks]) else None
        if role is None and role_toks and is_possessive(role_toks[-1]) and role_toks[0][:1].isupper():
            role = strip_possessive(" ".join(role_toks))    # "WKRT’s Sam Vole": WKRT's man, role "WKRT"
        ent = cast.person(clean, start, role=role, gender=gender, subject=True)
        return Speaker(mention=mention, entity=ent, role=role, start=start, end=end)
    kind = classify_words(core)
    if kind is None and core[-1] == "year-old":
        kind = "person"     # "the 23-year-old": an age for a noun
    if kind is None:
        return None
    if kind == "person":
        # "the veteran" is someone the article has described; "a 2008 campaign veteran" someone new
        ent = cast.describe(core, pos) if lowered[0] not in _INDEFINITE else None
        if ent is None and lowered[0] == "the":
            ent = cast.describe_ahead(core, start)
        if ent is not None:
            cast.mentioned(start, ent, True)
            return Speaker(mention=mention, entity=ent, start=start, end=end)
        return Speaker(mention=mention, name=mention, kind="person", role=_clean_role(mention), start=start,
                       end=end)
    if kind == "organization" and core[-1].islower() and lowered[-1] in TITLE_HEADS | PERSON_NOUNS:
        # "the Kremlin’s top spokesman", "the Pentagon spokeswoman": someone of the body, not the body; with
        # "the", maybe the one the story names next with that role
        ent = cast.describe_ahead(core, start) if lowered[0] == "the" else None
        if ent is not None:
            cast.mentioned(start, ent, True)
            return Speaker(mention=mention, entity=ent, start=start, end=end)
        return Speaker(mention=mention, name=mention, kind="person", role=_clean_role(mention), start=start,
                       end=end)
    if (kind == "organization" and any(w[:1].isupper() for w in core)) or kind == "group":
        # "Ukrainian military officials said …": a group, in the cast so that "they" can find it
        ent = cast.body(mention if lowered[0] != "the" else "the " + " ".join(core), start, kind)
        return Speaker(mention=mention, entity=ent, start=start, end=end)
    return Speaker(mention=mention, name=mention, kind=kind, start=start, end=end)


def _named_by_adjectives(role_toks: list[str], token: str, cast: Cast) -> bool:
    """"South Carolina", "Western Journalism": a place's or a nationality's adjective before one word that
    names nobody in the article is the name of a place or a body, not a role and a surname."""
    return bool(role_toks) and all(t.lower() in PLACE_ADJECTIVES for t in role_toks) \
        and strip_possessive(token).lower() not in cast.known_surnames


def _names_a_place(name_toks: list[str], cast: Cast) -> bool:
    """"New York", "United States", "Los Angeles", "Harbor Street": two words that end in a place (or in the
    word for a street, a park, an island) and open with no given name, where nobody in the article has that
    surname, are a place (that speaks as a body), not a person."""
    last = strip_possessive(name_toks[-1]).lower() if name_toks else ""
    return len(name_toks) == 2 and (last in PLACES or last in PLACE_HEADS) \
        and name_toks[0] not in GIVEN_NAMES \
        and strip_possessive(name_toks[1]).lower() not in cast.known_surnames


def _bodylike(token: str, cast: Cast) -> bool:
    """A lone capitalised word that names a body, not a person: "CNN", "Russia", "Google"."""
    low = strip_possessive(token).lower()
    if low in cast.known_surnames:
        return False
    return low in PLACES or low in ORG_HEADS or (token.isupper() and len(token) <= 6) or "." in token


def _the_lone_name(lowered: list[str], core: list[str], cast: Cast) -> bool:
    """"The Fed does not want …", "the Census denied …": one capitalised word after "the" names a body (an
    office, an agency, a bank), not a person, whose name takes no article; unless the article names someone
    of that surname ("the Okafor who ran the mill")."""
    return lowered[0] == "the" and len(core) == 1 and core[0][:1].isupper() and not is_possessive(core[0]) \
        and not cast.knows_surname(core[0])


def _has_honorific(words: list[str]) -> bool:
    return any(is_honorific(w) for w in words)


# ---------------------------------------------------------------------- "they" and "it" named just before
# A "they" or "it" that finds no body in the cast most often stands for the subject of a sentence just before
# it: "Harbour workers met the board on Friday. They said the channel was too shallow." Only the pronoun's own
# sentence and the two before it, within ANTECEDENT_REACH characters, are read, and the paragraph before only
# when the pronoun's names nobody before it: further back, the pronoun more often means someone else.
ANTECEDENT_REACH = 600   # as far back as a subject beats a nearer mention (people.SUBJECT_REACH)
ANTECEDENT_SENTENCES = 3
# words that open a sentence before its subject: "But workers say …", "Still, the union …"
_SENTENCE_CONNECTIVES = {"but", "and", "so", "still", "yet", "meanwhile", "however", "instead", "now", "then",
                         "indeed", "moreover", ","}
# words a subject's noun phrase never runs through: a verb, an auxiliary, a preposition or a clause's start
_ENDS_A_SUBJECT = _STOP_BEFORE | CONJUNCTIONS | {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
    "could", "should", "may", "might", "must", "not", "of", "in", "on", "at", "to", "for", "with", "by", "from",
    "who", "whose", "including", "like", "led", "nor", "up", "out", "off", "down", "the", "a", "an"}
# a count or a share before the noun for the people it counts: "Many economists", "Twenty states"
# ("None of the …" too, for a "they" after it, which stands for the group itself)
_COUNT_WORDS = _QUANTIFIERS | _NUMBER_WORDS | {"none", "other", "dozens", "hundreds", "thousands", "millions", "scores"}
_SHARE_WORDS = {"half", "third", "quarter", "majority", "minority", "percent", "plurality", "most", "many", "some",
                "few", "several", "all", "both", "dozens", "hundreds", "thousands", "millions", "scores", "others"}
_MODIFIERS_BEFORE_HEAD = 4
_NUMBER_WORD_COMPOUND = regex.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+")
# prepositions and subordinators that open a phrase before a sentence's subject ("In a letter, the unions …")
_OPENING_PHRASE_WORDS = {"in", "on", "at", "after", "before", "since", "during", "despite", "with", "for", "from",
                         "by", "as", "when", "while", "although", "though", "because", "if", "unlike", "like",
                         "under", "over", "back", "last", "earlier", "later", "even", "until", "among", "amid",
                         "through", "throughout", "across", "following", "once"}


# words opening a clause that concedes something of the subject the main clause goes on with
_CONCESSIVE_OPENERS = {"while", "although", "though", "whereas"}
_CONCEDED_REACH = 240   # characters back from the pronoun within which its sentence must start


def _conceded_subject(text: str, pos: int, cast: Cast, plural: bool) -> Optional[Entity]:
    """"While many harbor watchers expect Dorn to stay, they say …": the group ("they") or organisation
    ("it") that a concessive clause opening the pronoun's sentence has as its subject, when the pronoun
    opens the main clause right after that clause's comma."""
    if text[max(0, pos - 3):pos].rstrip()[-1:] != ",":
        return None
    lo = max(0, pos - _CONCEDED_REACH)
    line = text.rfind("\n", lo, pos)
    spans = sentences(text, line + 1 if line != -1 else lo, pos)
    if not spans or (line == -1 and lo > 0 and len(spans) == 1):
        return None     # (the window starts inside the sentence: its start is not seen)
    toks = _tokens(text, spans[-1].start, pos, cast)
    k = 0
    while k < len(toks) and toks[k][0].lower() in _SENTENCE_CONNECTIVES:
        k += 1
    if k + 1 >= len(toks) or toks[k][0].lower() not in _CONCESSIVE_OPENERS:
        return None
    end = _body_subject_end(toks, k + 1, cast, plural)
    if end is None:
        return None
    name = text[toks[k + 1][1]:toks[end - 1][2]]
    return cast.body(name, toks[k + 1][1], "group" if plural else "organization")


def _body_named_before(text: str, pos: int, cast: Cast, plural: bool) -> Optional[Entity]:
    """The group ("they") or organisation ("it") that a sentence just before ``pos`` has as its subject."""
    for span in reversed(_sentences_before(text, pos, cast)):
        found = _opening_body(text, span.start, span.end, cast, plural)
        if found is not None:
            name, start, kind = found
            if name[:4] in ("The ", "The\u00a0"):
                name = "the " + name[4:]     # as other descriptions are named: "the protesters", "the Harbor Board"
            return cast.body(name, start, kind)
    return None


def _sentences_before(text: str, pos: int, cast: Cast) -> list:
    """The last ANTECEDENT_SENTENCES sentences before ``pos`` (the pronoun's own one first among them, up to
    it) within ANTECEDENT_REACH characters. They reach into the paragraph before only across paragraphs that
    name nobody before the pronoun ("…, officials wrote. ¶ “…,” they wrote." reaches the officials; "… ¶ Mayor
    Ruiz disagreed, and they said …" stops at the mayor's paragraph)."""
    lo = max(0, pos - ANTECEDENT_REACH)
    spans: list = []
    hi = pos
    while hi > lo and len(spans) < ANTECEDENT_SENTENCES:
        line = text.rfind("\n", lo, hi)
        start = line + 1 if line != -1 else lo
        found = sentences(text, start, hi)
        if line == -1 and lo > 0:
            found = found[1:]   # the window starts inside a sentence: its first words are no sentence's start
        if hi == pos and found and text[max(0, pos - 8):pos].rstrip()[-1:] in (",", "—", "–"):
            found = found[:-1]  # "Fares will rise, they said": the own sentence's subject is what was said
        spans = found + spans
        if line == -1 or cast.names_between(start, pos):
            break
        hi = line
    return spans[-ANTECEDENT_SENTENCES:]


def _opening_body(text: str, lo: int, hi: int, cast: Cast, plural: bool) -> Optional[tuple[str, int, str]]:
    """(phrase, start, kind) of the subject opening the sentence ``text[lo:hi]``, when it is a group (for
    "they") or an organisation (for "it"); None for anything else, and for a sentence that opens a quote."""
    toks = _tokens(text, lo, min(hi, lo + 160), cast)
    k = 0
    while k < len(toks) and toks[k][0].lower() in _SENTENCE_CONNECTIVES:
        k += 1
    end = _body_subject_end(toks, k, cast, plural)
    if end is None and k < len(toks) and (toks[k][0].lower() in _OPENING_PHRASE_WORDS
                                          and (k or toks[k][0][:1].isupper())
                                          or _opens_with_a_phrase(toks, k, cast)):
        # "Back in 2009, the budget office …", "In a letter, the unions …": the subject follows the comma
        comma = next((c for c in range(k + 1, min(len(toks), k + 14)) if toks[c][0] == ","), None)
        if comma is not None:
            k = comma + 1
            end = _body_subject_end(toks, k, cast, plural)
    if end is None:
        return None
    if plural and end - k > 2 and toks[k][0].lower() == "none" and toks[k + 1][0] == "of":
        k += 2      # "None of the candidates backs it. They say …": "they" are the candidates
    return text[toks[k][1]:toks[end - 1][2]], toks[k][1], "group" if plural else "organization"


def opening_subject_as_written(text: str, lo: int, hi: int, cast: Cast) -> Optional[Speaker]:
    """"The ushers stacked the chairs, swept the hall and said …": the unnamed group or body opening the
    sentence ``text[lo:hi]``, as written, for a verb of saying that shares it with the predicates before.

    sentence_subject finds the people and bodies the cast can name; this is the phrase nobody in it answers
    to ("the ushers", "the county's road crews"), kept as the mention with its speaker unresolved."""
    for plural in (True, False):
        found = _opening_body(text, lo, hi, cast, plural)
        if found is not None:
            phrase, start, kind = found
            return Speaker(mention=phrase, name=None, kind=kind, start=start, end=start + len(phrase))
    return None


def _body_subject_end(toks, k: int, cast: Cast, plural: bool) -> Optional[int]:
    """Where the group's or the organisation's phrase starting at ``toks[k]`` ends, or None."""
    if k >= len(toks) or not toks[k][0][:1].isalnum():
        return None     # ("“Fares are too high,” she said." opens a quote, whose words are nobody's subject)
    return _group_subject_end(toks, k, cast) if plural else _organisation_subject_end(toks, k)


def _group_subject_end(toks, k: int, cast: Cast) -> Optional[int]:
    """Where a plural subject starting at ``toks[k]`` ends: after two names joined by "and" ("Ruiz and Bell",
    "Mr. Hale and Ms. Ortiz of Dover") or after a plural noun for people or bodies, with a count and modifiers
    before it ("Many harbour workers", "Six county newspapers", "Senate Republicans"). None for a singular one.
    """
    pair = _coordinated_names_end(toks, k)
    if pair is not None:
        return pair
    j = k
    if toks[j][0].lower() in _COUNT_WORDS or toks[j][0][:1].isdigit() or _NUMBER_WORD_COMPOUND.fullmatch(
            toks[j][0].lower()):
        j += 1
        if j < len(toks) and toks[j][0] == "of":
            j += 1      # "Dozens of nurses", "Many of the workers"
    if j < len(toks) and toks[j][0].lower() in ("the", "these", "those", "their", "his", "her", "its", "our"):
        j += 1
    for m in range(j, min(len(toks), j + _MODIFIERS_BEFORE_HEAD + 1)):
        word = toks[m][0]
        nxt = toks[m + 1][0] if m + 1 < len(toks) else ""
        if _plural_body_noun(word, cast, m == k) and not _plural_body_noun(nxt, cast, False):
            return m + 1    # ("Sanders supporters": the last of two such nouns is the head)
        if not _modifies_a_noun(word) or (word.islower() and m > j and (
                toks[m - 1][0][:1].isupper() and not is_possessive(toks[m - 1][0])
                or _singular_noun(toks[m - 1][0]) and not _singular_noun(word))):
            # ("Ruiz met farmers", "the board met workers": a lower-case word after a name or a noun is its
            # verb; "county board members" goes on)
            return None
    return None



def _plural_body_noun(word: str, cast: Cast, opens: bool) -> bool:
    """A plural noun for people or bodies ("workers", "unions", "Republicans"); a capitalised one only when
    the article writes it in lower case or the lexicon knows it as a group, unless it opens the sentence,
    and never a surname the article gives ("Sanders")."""
    if not word.isalpha() and "-" not in word:
        return False
    low = word.lower()
    if not low.endswith("s") or low.endswith(("ss", "us", "is")) or low in _SHARE_WORDS:
        return False
    if word[:1].isupper() and (low in cast.known_surnames or not (opens or low in GROUP_HEADS or low in cast.words)):
        return False
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return low in GROUP_HEADS or _people_noun(low) or _compound_people(low) or singular in ORG_HEADS \
        or singular in TITLE_HEADS


def _singular_noun(word: str) -> bool:
    """A lower-case noun for a body or a person ("county", "board", "union"), as a modifier or a head."""
    return word.islower() and (word in ORG_HEADS or word in PERSON_NOUNS or word in TITLE_HEADS)


def _modifies_a_noun(word: str) -> bool:
    """A word that may stand before a subject's head noun: a name or adjective ("Senate", "progressive",
    "Trump’s"), not a verb, an auxiliary, a preposition or an adverb."""
    low = word.lower()
    return word[:1].isalpha() and low not in _ENDS_A_SUBJECT and low not in PRONOUNS \
        and not (word.islower() and low.endswith("ly")) and word not in NOT_NAME


def _coordinated_names_end(toks, k: int) -> Optional[int]:
    """"Ruiz and Bell", "Professors Lind and Marsh", "Mr. Hale and Sen. Ana Ortiz of Dover": where two names
    joined by "and" end, when a lower-case word (the verb) or a comma follows them."""
    def name_end(j: int) -> int:
        m = j
        while m < len(toks) and m - j < 4 and toks[m][0][:1].isupper() and toks[m][0] not in NOT_NAME \
                and toks[m][0].lower() not in PRONOUNS:
            m += 1
        return m
    first = name_end(k)
    if first == k or first >= len(toks) or toks[first][0] != "and":
        return None
    second = name_end(first + 1)
    if second == first + 1:
        return None
    if second + 1 < len(toks) and toks[second][0] == "of" and toks[second + 1][0][:1].isupper():
        second = name_end(second + 1)     # "… of Dover": where the second is from
    if second < len(toks) and not (toks[second][0] == "," or toks[second][0].islower()):
        return None
    return second


def _organisation_subject_end(toks, k: int) -> Optional[int]:
    """Where an organisation's name or description starting at ``toks[k]`` ends ("The Harbor Board", "the
    port authority", "Vela Systems", "the city of Dover", "Ana Ruiz’s campaign"): at its head noun, or after
    the name an "of" adds to it. None for anything else: a person, a plural, a thing."""
    j = k + 1 if toks[k][0].lower() in ("the", "its") else k
    lower = 0
    for m in range(j, min(len(toks), j + 8)):
        word = toks[m][0]
        low = strip_possessive(word).lower()
        if not _modifies_a_noun(word) or low.rstrip(".") in TITLE_HEADS or is_honorific(word):
            return None     # a verb before any head noun; "House Speaker Tom Bell": a person
        nxt = toks[m + 1][0] if m + 1 < len(toks) else ""
        if (low in ORG_HEADS or (word[:1].isupper() and low in COMPANY_HEADS)) and not is_possessive(word) \
                and not (nxt[:1].isupper() and nxt not in NOT_NAME) and nxt.lower() not in ORG_HEADS:
            # ("The Harbor Board", not "the Harbor" of "the Harbor Board"; "the port authority", not "the port")
            if word.islower() and low.endswith("s") and not low.endswith(("ss", "us", "news")):
                return None     # "the port authorities": a plural is "they"
            return _after_an_of_name(toks, m + 1)
        lower += word.islower()
        if lower > 2:
            return None
    return None


def _after_an_of_name(toks, m: int) -> int:
    """Past "of Education", "of the Interior" after an organisation's head noun at ``toks[m - 1]``."""
    if m + 1 < len(toks) and toks[m][0] == "of":
        n = m + 2 if toks[m + 1][0] == "the" else m + 1
        end = n
        while end < len(toks) and end - n < 4 and toks[end][0][:1].isupper() and toks[end][0] not in NOT_NAME:
            end += 1
        if end > n:
            return end
    return m
