"""Attribution: which words around a quote name its speaker, and which clauses are reported speech.

The rules read the article once, paragraph by paragraph:

1. direct quotes (whole sentences in marks) take their speaker from the words
   after them (`“…,” Mr. Kirby said`), before them (`Ms. Okafor said: “…”`),
   from the quote they continue (`“A,” he said. “B.”`), or from the
   paragraph before (a lead-in ending in a colon, or the speaker of the
   previous quote);
2. reported speech is a cue verb with a subject before it (`Russia said
   Tuesday that …`), an inverted one after it, a clause before it
   (`…, officials said.`) or `according to X`; a quoted fragment inside that
   clause makes it a partial quote.

Every search here is bounded to one sentence or a fixed window, so the cost is
linear in the article whatever its content.
"""
from __future__ import annotations

import bisect
import heapq
from dataclasses import dataclass, field
from typing import Optional

import regex

from .lexicon import (ABBREVIATIONS, CLAUSE_VERBS, DESCRIPTION_SYNONYMS, DETERMINERS, GROUP_HEADS, ORG_HEADS, PERSON_NOUNS, PLACES,
                      SPEECH_VERBS, STANCE_ADJECTIVES, STANCE_VERBS, TITLE_HEADS)
from .marks import Quoted
from .people import (NOT_NAME, PRONOUNS, ROLE_WORDS, Cast, Entity, classify_words, honorific_gender,
                     is_honorific, split_title)
from .text import Span, strip_article, strip_possessive

_AUX = (r"(?:(?:has|have|had|was|were|is|are|will|would|could|might|may|also|later|then|further|previously|"
        r"repeatedly|again|once|recently|publicly|privately|quickly|simply|flatly|firmly|just|often|long|"
        r"still|reportedly|first|even|never|not|did|does|do|has\s+long|had\s+long|initially|earlier|"
        r"subsequently|separately|frequently|openly|explicitly|bluntly|angrily|told\s+\w+\s+and|"
        r"been|be|remains|remained|very|deeply|highly|increasingly|more|less|so|too|openly|sharply)\s+){0,3}")
# The verb alone is searched for (fast: no work at every word), its auxiliaries are read backwards.
_ADJECTIVE_CUES = set(STANCE_ADJECTIVES) - {"against"}
_CUE_WORDS = set(SPEECH_VERBS) | set(STANCE_VERBS) | _ADJECTIVE_CUES
# A sentence may open with the verb: "Said Mr. Comey, “…”" (capitalised speech verbs are cues too)
_SPEECH = set(SPEECH_VERBS) | {w.capitalize() for w in SPEECH_VERBS}
_STANCE = (set(STANCE_VERBS) | _ADJECTIVE_CUES) - _SPEECH
# matched backwards from the verb ((?r): a reverse pattern anchored where the verb starts)
_AUX_BEFORE = regex.compile(r"(?r)\b%s" % _AUX.replace("{0,3}", "{1,3}"))


class _Cue:
    """A cue verb found in the text, with the auxiliaries before it ("has also said")."""

    __slots__ = ("_start", "_vstart", "_end", "_verb", "_text")

    def __init__(self, text: str, vstart: int, vend: int, floor: int):
        self._vstart, self._end, self._text = vstart, vend, text
        aux = _AUX_BEFORE.match(text, max(floor, vstart - 60), vstart)
        self._start = aux.start() if aux else vstart
        self._verb = text[vstart:vend]

    def start(self, group: Optional[str] = None) -> int:
        return self._vstart if group == "verb" else self._start

    def end(self) -> int:
        return self._end

    def group(self, name: Optional[str] = None) -> str:
        return self._verb if name == "verb" else self._text[self._start:self._end]


class CueIndex:
    """Every cue verb of one article, found once, looked up by offset range.

    The article's words are collected with C-speed string methods and only the
    cue words that occur are searched for, which is several times faster than
    running one big alternation over the whole text; lookups are bisections.
    """

    def __init__(self, text: str):
        self.text = text
        words = {w.strip(_PUNCTUATION) for w in text.split()}
        spots = []
        for w in words & _CUE_FIRST_WORDS:
            for phrase in _CUE_BY_FIRST_WORD[w]:
                n = len(phrase)
                i = text.find(phrase)
                while i != -1:
                    j = i + n
                    if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                        spots.append((i, j))
                    i = text.find(phrase, i + 1)
        spots.sort()
        self.spots = spots
        self.starts = [i for i, _ in spots]

    def finditer(self, lo: int, hi: int):
        k = bisect.bisect_left(self.starts, lo)
        while k < len(self.spots) and self.spots[k][1] <= hi:
            yield _Cue(self.text, self.spots[k][0], self.spots[k][1], lo)
            k += 1

    def search(self, lo: int, hi: int):
        return next(self.finditer(lo, hi), None)


_PUNCTUATION = ',.;:!?"“”‘’()[]{}—–―«»„/\\…*\'\u00a0'  # stripped from words before looking up cues


def _first_words(phrases):
    table: dict[str, list[str]] = {}
    for p in phrases:
        table.setdefault(p.split()[0], []).append(p)
    return table


_CUE_BY_FIRST_WORD = _first_words(_CUE_WORDS | {w.capitalize() for w in SPEECH_VERBS})
_CUE_FIRST_WORDS = set(_CUE_BY_FIRST_WORD)
ACCORDING = regex.compile(r"\b(?:according\s+to|in\s+the\s+words\s+of|as\s+(?:reported|told)\s+by)\s+", regex.I)
# A word may carry a final period; _tokens keeps it only on abbreviations ("Mr.", "Jr.") and
# initials ("U.S.", "J."), so "said Laura Ortega." gives the name "Ortega", not "Ortega.".
TOKEN = regex.compile(
    r"\p{L}[\p{L}\p{N}\p{M}'’&\-]*(?:\.\p{L}[\p{L}\p{N}\p{M}'’&\-]*)*\.?|\p{N}[\p{N},.]*(?<![,.])"
    r"|[,;:()—–\[\]]|[\p{Pi}\p{Pf}\"]")
_CLAUSE_TAIL = regex.compile(r",\s+(?:which|while|whereas|although|though|a\s+sign|an\s+indication|even\s+as|"
                             r"according\s+to)\b|\s+despite\b")
_TITLE_LEADS = {"on", "in", "of", "for", "with", "the", "a", "an", "called", "titled", "entitled", "named",
                "dubbed", "about", "from", "by", "at", "his", "her", "their", "its", "our", "my", "your"}
_REFUSALS = {"declined", "declines", "refused", "refuses", "declining", "refusing"}
_PARTICLE = regex.compile(r"\s*(?:for|about|of|on|to|out|up|against)\s+")
_KEEP_PERIOD = {a for a in ABBREVIATIONS if "." not in a}
_LEADING_SKIP = regex.compile(
    r"(?:\s|,|that\b|on\s+\w+\b|in\s+an?\s+(?:statement|interview|email|e-mail|speech|letter|tweet|post|"
    r"video|op-ed|essay|report|address|memo|filing|note|column|blog\s+post|book|article|newsletter|release|"
    r"news\s+release|press\s+release|radio\s+interview|television\s+interview|phone\s+interview)(?:\s+(?:to|with|on)\s+[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)*)?\b|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|earlier|later|last\s+\w+)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b|"
    r"(?:reporters|journalists|lawmakers|supporters|the\s+crowd|an?\s+audience|the\s+audience|him|her|them|"
    r"us|me)\b)*", regex.I)
_PARTICIPLE_CUES = {"saying", "adding", "noting", "telling", "arguing", "warning", "calling", "explaining",
                    "insisting", "claiming", "suggesting", "stressing", "asking", "writing", "declaring",
                    "acknowledging", "citing", "describing", "accusing", "urging", "predicting", "vowing"}
_CONJ = {"and", "but", "or", "then", "yet"}
_STOP_BEFORE = {"that", "which", "who", "whom", "when", "where", "while", "because", "if", "as", "than",
                "so", "after", "before", "since", "although", "though", "what", "how", "why", "whether"}
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


@dataclass
class Attribution:
    """What the rules found for one quote, before it becomes a `Quote`."""

    pieces: list[Span]
    kind: str
    speaker: Optional[Speaker]
    cue: Optional[str]
    rule: str
    confidence: float
    paragraph: int
    windows: list[tuple[int, int]] = field(default_factory=list)   # where to look for a date


# ---------------------------------------------------------------------- noun phrases
class _TokenCache:
    """(text, token starts, tokens) of the article being read; replaced whole, so reads are consistent."""

    entry: tuple = (None, [], [])


_TOKEN_CACHE = _TokenCache()


def _tokens(text: str, lo: int, hi: int):
    """The tokens of ``text[lo:hi]`` as (word, start, end).

    The article is tokenised once and windows are bisected out of it: subjects are
    looked for around every cue, and tokenising each window anew cost more than
    everything else the rules do. The cache holds one article and is checked by
    identity, so concurrent threads at worst recompute.
    """
    cached_text, starts, toks = _TOKEN_CACHE.entry
    if cached_text is not text:
        toks = _tokenise(text, 0, len(text))
        starts = [t[1] for t in toks]
        _TOKEN_CACHE.entry = (text, starts, toks)
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi, i)
    while j > i and toks[j - 1][2] > hi:
        j -= 1
    return toks[i:j]


def _tokenise(text: str, lo: int, hi: int):
    out = []
    for m in TOKEN.finditer(text, lo, hi):
        tok = m.group()
        if tok[-1] == "." and "." not in tok[:-1] and len(tok) > 2 and tok[:-1].lower() not in _KEEP_PERIOD:
            out.append((tok[:-1], m.start(), m.end() - 1))    # a sentence's full stop, not part of the word
        else:
            out.append((tok, m.start(), m.end()))
    return out



def _np_token(tok: str) -> bool:
    low = tok.lower()
    if tok in NOT_NAME and tok not in ("The", "A", "An"):
        return False
    return (tok[:1].isupper() or low in ROLE_WORDS or low in GROUP_HEADS or low in ORG_HEADS or low in PERSON_NOUNS
            or strip_possessive(low) in ORG_HEADS or low in ("of", "the", "and", "for", "a", "an"))


def subject_before(text: str, lo: int, hi: int, cast: Cast, pos: int) -> Optional[Speaker]:
    """The speaker named just before a cue verb at ``hi`` (the cue's subject), within ``[lo, hi)``."""
    # Most subjects are a few words long: look at a short window first, a long one only when needed.
    near = _tokens(text, max(lo, hi - 24), hi)
    if not near:
        return None
    last = near[-1][0]
    low = last.lower()
    if low in PRONOUNS:
        return _pronoun(last, near[-1][1], near[-1][2], cast, pos)
    if len(near) >= 2 and not _np_token(near[-2][0]) and near[-2][0] not in (",", ")") \
            and not _np_token(last) and last not in (",", ")"):
        return None     # two ordinary words before the verb: no subject here ("the plan would help")
    toks = _tokens(text, max(lo, hi - 240), hi)
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
        j = i - 2
        while j >= 0 and toks[j][0] not in (",", "—", "–", "(", ";", ":") and i - j < 30:
            j -= 1
        if j >= 1 and toks[j][0] == ",":
            inner = toks[j + 1:i - 1]
            first = inner[0][0].lower() if inner else ""
            head = subject_before(text, lo, toks[j][1], cast, pos) if inner else None
            if head is not None and head.entity is not None:
                if first not in ("who", "which", "whose") and inner:
                    role = text[inner[0][1]:inner[-1][2]]
                    if not head.entity.role and _role_like(inner):
                        head.entity.role = _clean_role(role)
                return head
            if head is not None and first in ("who", "which", "whose"):
                return head
            if inner and all(t[0][:1].isupper() for t in inner) and len(inner) <= 4:
                # "His campaign manager, Jeff Weaver, says": the name is inside the commas
                named = _speaker_from_words(text, [t[0] for t in inner], inner[0][1], inner[-1][2], cast, pos)
                if named is not None and named.entity is not None and head is not None and head.entity is None:
                    if not named.entity.role and named.entity.kind == "person":
                        named.entity.role = _clean_role(head.mention)
                if named is not None:
                    return named
        return None
    # collect the noun phrase backwards
    j = i
    while j > 0 and i - j < 12 and _np_token(toks[j - 1][0]):
        j -= 1
    if _head(toks[i - 1][0]):
        # lower-case modifiers of a described speaker: "the ad’s narrator", "one former campaign staffer"
        k = j
        while k > 0 and i - k < 8:
            w = toks[k - 1][0]
            lw = w.lower()
            if lw in DETERMINERS:
                k -= 1
                break
            if not w[:1].islower() or lw in _STOP_BEFORE or lw in PRONOUNS or not w[:1].isalpha():
                break
            k -= 1
        if k < j and (toks[k][0].lower() in DETERMINERS or (j - k <= 2 and (k == 0 or toks[k - 1][0] in (",", ";", ":")))):
            j = k   # "the ad’s narrator"; "…, emergency authorities said"
    while j < i and toks[j][0].lower() in ("of", "and", "for"):
        j += 1
    if j >= i:
        # "…, forecasters said": a plural noun standing alone after a comma is a group
        w = toks[i - 1][0]
        if w.isalpha() and w.islower() and w.endswith("s") and not w.endswith("ss") and len(w) > 3 \
                and (i == 1 or toks[i - 2][0] in (",", ";", ":", "—")
                     or toks[i - 2][0] in ("Many", "Some", "Several", "Most", "Multiple", "Other", "Both", "Few")):
            return Speaker(mention=w, name=w, kind="group", start=toks[i - 1][1], end=toks[i - 1][2])
        return None
    words = [t[0] for t in toks[j:i]]
    start, end = toks[j][1], toks[i - 1][2]
    return _speaker_from_words(text, words, start, end, cast, pos)


def subject_after(text: str, lo: int, hi: int, cast: Cast, pos: int) -> Optional[Speaker]:
    """The speaker named right after an inverted cue: `said Mr. Kirby`, `said the president`."""
    toks = _tokens(text, lo, min(hi, lo + 240))
    if not toks:
        return None
    if toks[0][0].lower() in PRONOUNS:
        return _pronoun(toks[0][0], toks[0][1], toks[0][2], cast, pos)
    if toks[0][0].lower() in ("that", "this", "these", "those", "what", "how", "why", "whether", "if"):
        return None     # "«…», argues that many …": a clause follows the verb, not its subject
    j = 0
    if toks[0][0].lower() in DETERMINERS and not toks[0][0][:1].isupper() or toks[0][0].lower() == "one":
        # "said one former campaign staffer", "said a friend of the family"
        k, last_head = 1, 0
        while k < len(toks) and k < 7 and toks[k][0][:1].isalpha() and toks[k][0].lower() not in _STOP_BEFORE:
            if _head(toks[k][0]):
                last_head = k
            k += 1
        if last_head:
            j = last_head + 1
    while j < len(toks) and j < 12 and _np_token(toks[j][0]) and toks[j][0].lower() not in ("and",):
        j += 1
    # "of" may not end the phrase
    while j > 0 and toks[j - 1][0].lower() in ("of", "the", "a", "an", "for"):
        j -= 1
    if j == 0:
        return None
    # "Jason Gilbert of Cheyenne": a place after a full name is not part of it
    for c in range(2, j):
        if toks[c][0] in ("of", "from") and toks[c - 1][0][:1].isupper() and toks[c - 2][0][:1].isupper() \
                and toks[c - 1][0].lower() not in ROLE_WORDS and toks[c - 2][0].lower() not in ROLE_WORDS:
            j = c
            break
    words = [t[0] for t in toks[:j]]
    sp = _speaker_from_words(text, words, toks[0][1], toks[j - 1][2], cast, pos)
    if sp is not None and sp.entity is not None and j < len(toks) and toks[j][0] == ",":
        # "said Vladimir Medinskiy, the head of the Russian delegation."
        k = j + 1
        while k < len(toks) and toks[k][0] not in (",", ";", "—") and k - j < 14:
            k += 1
        inner = toks[j + 1:k]
        if inner and inner[0][0].lower() in ("the", "a", "an") and _role_like(inner) and not sp.entity.role:
            sp.entity.role = _clean_role(text[inner[0][1]:inner[-1][2]])
    return sp


def sentence_subject(text: str, lo: int, hi: int, cast: Cast, pos: int) -> Optional[Speaker]:
    """The subject at the start of a sentence, for `…, saying` and `… but said`."""
    toks = _tokens(text, lo, min(hi, lo + 200))
    k = 0
    while k < len(toks) and (toks[k][0].lower() in ("but", "and", "still", "meanwhile", "yet", "so", "however",
                                                    "instead", "later", "then", "earlier", "now")
                             or toks[k][0] in (",", "\"", "“")):
        k += 1
    if k >= len(toks):
        return None
    found = subject_after(text, toks[k][1], hi, cast, pos)
    if found is None:
        # opening phrases before the subject: "All the while, the Kremlin …",
        # "On Thursday, after remaining neutral, Warren appeared …"
        for c in range(k, min(len(toks), k + 30)):
            if toks[c][0] == "," and c + 1 < len(toks):
                found = subject_after(text, toks[c + 1][1], hi, cast, pos)
                if found is not None:
                    return found
    return found


_HEADS = TITLE_HEADS | GROUP_HEADS | ORG_HEADS | PERSON_NOUNS | set(DESCRIPTION_SYNONYMS)


def _head(word: str) -> bool:
    """A noun a described speaker can end with ("officials", "delegate candidates")."""
    low = strip_possessive(word.lower())
    return low in _HEADS or (low.endswith("s") and low[:-1] in _HEADS)


def _role_like(inner) -> bool:
    return any(t[0].lower() in TITLE_HEADS for t in inner)


def _clean_role(role: str) -> str:
    role = " ".join(role.split())
    return strip_article(role).strip(" ,")


def _pronoun(word: str, start: int, end: int, cast: Cast, pos: int) -> Speaker:
    low = word.lower()
    sp = Speaker(mention=word, start=start, end=end)
    if low in ("he", "she"):
        sp.entity = cast.last_person(pos, PRONOUNS[low])
        if sp.entity is not None and sp.entity.gender is None:
            sp.entity.gender = PRONOUNS[low]
    elif low in ("they", "it"):
        sp.entity = cast.last_body(pos)
    if sp.entity is not None:
        cast.mentioned(start, sp.entity, True)
    sp.kind = _PRONOUN_KIND.get(low)
    return sp


def _speaker_from_words(text: str, words: list[str], start: int, end: int, cast: Cast, pos: int
                        ) -> Optional[Speaker]:
    mention = text[start:end]
    lowered = [w.lower() for w in words]
    # drop a leading article from the description but remember it was there
    core = words[1:] if lowered[0] in ("the", "a", "an") else words
    if not core:
        return None
    head = strip_possessive(core[-1]).lower()
    if head in ORG_HEADS and not _has_honorific(words):
        # "The Federal Office for Natural Hazards", "the public prosecutor’s office": the head noun decides
        ent = cast.body(mention if lowered[0] != "the" else "the " + " ".join(core), start, "organization")
        return Speaker(mention=mention, entity=ent, start=start, end=end)
    role_toks, name_toks = split_title(core)
    if core[-1][:1].isupper() and not any(t.lower().rstrip(".") in TITLE_HEADS for t in role_toks) \
            and all(t[:1].isupper() or t in ("of", "for", "and", "the", "on") for t in role_toks) \
            and not _has_honorific(words) and any(
            strip_possessive(w).lower() in ORG_HEADS for w in role_toks if w[:1].isupper()):
        # "The Federal Office for Natural Hazards": an organisation's name, not a person called Natural Hazards
        ent = cast.body(mention if lowered[0] != "the" else "the " + " ".join(core), start, "organization")
        return Speaker(mention=mention, entity=ent, start=start, end=end)
    name_toks = [t for t in name_toks if t not in NOT_NAME or is_honorific(t)]
    if name_toks and not all(is_honorific(t) for t in name_toks):
        kind = classify_words(name_toks)
        if any(t.lower().rstrip(".") in TITLE_HEADS for t in role_toks) or _has_honorific(words):
            kind = "person"
        if kind in ("organization", "group") or (len(name_toks) == 1 and not role_toks and
                                                 _bodylike(name_toks[0], cast) and not _has_honorific(words)):
            ent = cast.body(" ".join(core), start, kind or "organization")
            return Speaker(mention=mention, entity=ent, start=start, end=end)
        gender = None
        clean = []
        for t in name_toks:
            if is_honorific(t):
                gender = gender or honorific_gender(t)
                continue
            clean.append(strip_possessive(t))
        if not clean:
            return None
        role = _clean_role(" ".join(role_toks)) if role_toks and _role_like([(t,) for t in role_toks]) else None
        ent = cast.person(clean, start, role=role, gender=gender, subject=True)
        return Speaker(mention=mention, entity=ent, role=role, start=start, end=end)
    kind = classify_words(core)
    if kind is None:
        return None
    if kind == "person":
        ent = cast.describe(core, pos)
        if ent is not None:
            cast.mentioned(start, ent, True)
            return Speaker(mention=mention, entity=ent, start=start, end=end)
        return Speaker(mention=mention, name=mention, kind="person", role=_clean_role(mention), start=start,
                       end=end)
    if kind == "organization" and any(w[:1].isupper() for w in core):
        ent = cast.body(mention if lowered[0] != "the" else "the " + " ".join(core), start, kind)
        return Speaker(mention=mention, entity=ent, start=start, end=end)
    return Speaker(mention=mention, name=mention, kind=kind, start=start, end=end)


def _bodylike(token: str, cast: Cast) -> bool:
    """A lone capitalised word that names a body, not a person: "CNN", "Russia", "Google"."""
    low = strip_possessive(token).lower()
    if low in cast.known_surnames:
        return False
    return low in PLACES or low in ORG_HEADS or (token.isupper() and len(token) <= 6) or "." in token


def _has_honorific(words: list[str]) -> bool:
    return any(is_honorific(w) for w in words)



# ---------------------------------------------------------------------- the article walk
class Attributor:
    """Reads one article and attributes every quoted passage and reported clause in it."""

    def __init__(self, text: str, paragraphs: list[Span], sentence_ends: list[list[int]],
                 passages: list[Quoted], cast: Cast):
        self.text = text
        self.paragraphs = paragraphs
        self.sentence_ends = sentence_ends     # per paragraph, offsets where a sentence ends
        self.passages = passages
        self.cast = cast
        self.results: list[Attribution] = []
        self.used_cues: set[int] = set()
        self.cues = CueIndex(text)

    # -- helpers -------------------------------------------------------------
    def _clause_bounds(self, pi: int, lo: int, hi: int, blocked: "Intervals",
                       frags: list[Quoted], fragments: "Intervals") -> tuple[int, int]:
        """Widen [lo, hi) to its sentence inside paragraph ``pi``, stopping at blocked (quoted) stretches.

        A sentence end inside a quoted fragment does not end the reported clause around it.
        """
        ps, pe = self.paragraphs[pi]
        ends = self.sentence_ends[pi]
        k = bisect.bisect_right(ends, lo)
        s = ends[k - 1] if k > 0 else ps
        k2 = bisect.bisect_left(ends, hi)
        e = ends[k2] if k2 < len(ends) else pe
        f = fragments.containing(e)
        if f is not None and f[0] < e:
            k3 = bisect.bisect_left(ends, f[1])
            e = ends[k3] if k3 < len(ends) else pe
        semi = self.text.rfind(";", s, lo)
        if semi != -1:
            s = semi + 1
        semi = self.text.find(";", hi, e)
        if semi != -1:
            e = semi
        prev_end = blocked.last_end_before(lo)
        if prev_end is not None and prev_end > s:
            s = prev_end
        next_start = blocked.first_start_from(hi)
        if next_start is not None and next_start < e:
            e = next_start
        return s, e

    def _is_heading(self, pi: int) -> bool:
        """A headline or section heading ("Bogged down"): short, and no sentence ends in it."""
        ps, pe = self.paragraphs[pi]
        if pe - ps > 160 or self.text[pe - 1] in ".!?:”\"’'…)":
            return False
        return len(_words(self.text[ps:pe])) <= 20

    def run(self) -> list[Attribution]:
        text = self.text
        by_para: dict[int, list[Quoted]] = {}
        for q in self.passages:
            by_para.setdefault(q.first_paragraph, []).append(q)
        last_speaker_by_para: dict[int, Speaker] = {}
        ended_here: dict[int, tuple[Attribution, Quoted]] = {}
        direct_blocks: dict[int, list[tuple[int, int]]] = {}
        fragments: dict[int, list[Quoted]] = {}
        for pi, (ps, pe) in enumerate(self.paragraphs):
            qs = by_para.get(pi, [])
            # a quote that ran on from earlier paragraphs and closed in this one can be continued here
            prev_attr, prev_q = ended_here.get(pi, (None, None))
            for qi, q in enumerate(qs):
                ends = self.sentence_ends[pi]
                lo = ps
                k = bisect.bisect_right(ends, q.open_at)
                if k > 0:
                    lo = max(lo, ends[k - 1])
                if prev_q is not None:
                    lo = max(lo, prev_q.close_end)
                last_pi = q.last_paragraph
                lps, lpe = self.paragraphs[last_pi]
                hi = lpe
                ends_last = self.sentence_ends[last_pi]
                k = bisect.bisect_left(ends_last, q.close_end)
                if k < len(ends_last):
                    hi = min(hi, ends_last[k])
                if hi == q.close_end:
                    # “Enough!” Smith said. — a short sentence that is only the attribution belongs to the quote
                    nxt_end = ends_last[k + 1] if k + 1 < len(ends_last) else lpe
                    tail = text[q.close_end:nxt_end]
                    if len(_words(tail)) <= 10 and not _MARK_CHAR.search(tail) and self.cues.search(q.close_end, nxt_end):
                        hi = nxt_end
                nxt = qs[qi + 1] if qi + 1 < len(qs) else None
                if nxt is not None and nxt.open_at < hi:
                    hi = nxt.open_at
                before = text[lo:q.open_at]
                after = text[q.close_end:hi] if q.close_end <= hi else ""
                b = before.strip()
                content = text[q.start:q.end].strip()
                first = content[:1]
                lead_in = b == "" or b[-1] in ":,—–-"
                last_before = b.split()[-1] if b else ""
                if last_before.lower() in _TITLE_LEADS or last_before.endswith(("’s", "'s")):
                    # "On ABC News’s “This Week,” …", "a film called “The Long Tide”": a title, not speech
                    fragments.setdefault(pi, []).append(q)
                    prev_q = q
                    continue
                after_found = self._after_quote(q, hi)
                is_direct = after_found is not None or (
                    lead_in and not (first.islower() and b != "" and b[-1] != ":"))
                if not is_direct and self._continues(prev_attr, prev_q, q):
                    prev_attr.pieces.extend(q.pieces)
                    direct_blocks.setdefault(pi, []).append((q.open_at, q.close_end))
                    prev_q = q
                    continue
                if not is_direct and not (first.isupper() or first in "…."):
                    fragments.setdefault(pi, []).append(q)
                    prev_q = q
                    continue
                if not is_direct:
                    # an upper-case fragment mid-sentence: a title or a partial quote
                    fragments.setdefault(pi, []).append(q)
                    prev_q = q
                    continue
                attr = self._attribute_direct(q, pi, lo, hi, before, after, prev_attr, prev_q,
                                              last_speaker_by_para, after_found)
                if attr is None:
                    continue
                direct_blocks.setdefault(pi, []).append((q.open_at, q.close_end))
                for p2 in range(q.first_paragraph + 1, q.last_paragraph + 1):
                    direct_blocks.setdefault(p2, []).append((self.paragraphs[p2].start, q.close_end))
                if attr.speaker is not None:
                    last_speaker_by_para[last_pi] = attr.speaker
                prev_attr = attr
                prev_q = q
                if last_pi != pi:
                    ended_here[last_pi] = (attr, q)
            # reported speech of this paragraph, before the next one, so the cast grows in reading order
            if not self._is_heading(pi):
                self._reported_speech(pi, sorted(direct_blocks.get(pi, [])), fragments.get(pi, []))
        return self.results

    # -- direct quotes --------------------------------------------------------
    def _continues(self, prev_attr: Optional[Attribution], prev_q: Optional[Quoted], q: Quoted) -> bool:
        """“A,” he said. “B.” / “A,” he said, “b…”: the second part has the first part's speaker."""
        if prev_attr is None or prev_q is None or prev_attr.speaker is None:
            return False
        if not prev_attr.rule.startswith("quote,"):
            return False    # only when the attribution sits between the two parts
        gap = self.text[prev_q.close_end:q.open_at]
        # the gap must be only the attribution, ending in punctuation: not '… said on NBC’s “Meet the Press.”'
        return (len(gap) < 120 and gap.rstrip()[-1:] in (",", ".", ":", ";", "—")
                and self.cues.search(prev_q.close_end, q.open_at) is not None and not _MARK_CHAR.search(gap))

    def _after_quote(self, q: Quoted, hi: int):
        """The attribution right after a quote, if that is all that follows it in the sentence.

        Returns (speaker, cue, rule, confidence) or None.
        """
        text, cast = self.text, self.cast
        m = self.cues.search(q.close_end, min(hi, q.close_end + 160)) if q.close_end < hi else None
        if m is None or m.group("verb") not in _SPEECH:
            return None
        gap = text[q.close_end:m.start()]
        bare = gap.strip(" ,—–-\u00a0")
        if bare and len(gap) < 140 and not _CLAUSE_STOP.search(gap):
            speaker = subject_before(text, q.close_end, m.start(), cast, m.start())
            between = len(_words(text[q.close_end:speaker.start])) if speaker is not None else 0
            if speaker is not None and (between <= 2 or (between <= 6 and speaker.entity is not None
                                                         and speaker.entity.kind == "person")):
                return speaker, m, "quote, speaker cue", 0.95
            if gap.rstrip().endswith(","):
                # "“…” for Clinton, said Kunin."
                speaker = subject_after(text, m.end(), hi, cast, m.start())
                if speaker is not None:
                    return speaker, m, "quote, cue speaker", 0.85
        elif not bare:
            speaker = subject_after(text, m.end(), hi, cast, m.start())
            if speaker is not None:
                return speaker, m, "quote, cue speaker", 0.95
        return None

    def _attribute_direct(self, q: Quoted, pi: int, lo: int, hi: int, before: str, after: str,
                          prev_attr: Optional[Attribution], prev_q: Optional[Quoted],
                          last_speaker_by_para: dict[int, Speaker], after_found=None
                          ) -> Optional[Attribution]:
        text, cast = self.text, self.cast
        pieces = list(q.pieces)
        speaker = cue = None
        rule = None
        conf = 0.0
        # 1. after the quote: "…,” Mr. Kirby said" / "…,” said Mr. Kirby" / "…,” he told CNN."
        if after_found is not None:
            speaker, m, rule, conf = after_found
            cue = m.group("verb")
            self.used_cues.add(m.start("verb"))
        # 1b. "— Name, title" after the quote
        tail = text[q.close_end:min(self.paragraphs[q.last_paragraph].end, q.close_end + 200)]
        if speaker is None and tail.lstrip()[:1] in ("—", "–", "-", "―"):
            off = q.close_end + len(tail) - len(tail.lstrip()) + 1
            speaker = subject_after(text, off, q.close_end + len(tail), cast, off)
            if speaker is not None:
                rule, conf, cue = "quote — speaker", 0.85, None
        # 2. before the quote: "Ms. Okafor said: “…”" / "He added, “…”"
        if speaker is None and before.strip():
            m2 = None
            for m2 in self.cues.finditer(max(lo, q.open_at - 200), q.open_at):
                pass
            lead = text[m2.end():q.open_at] if m2 is not None else ""
            if m2 is not None and m2.group("verb")[:1].isupper() and not text[lo:m2.start()].strip():
                # "Said Dorothy Poynter, who grew up nearby, “…”"
                speaker = subject_after(text, m2.end(), q.open_at, cast, m2.start())
                if speaker is not None:
                    rule, conf, cue = "cue speaker: quote", 0.9, m2.group("verb")
            elif m2 is not None and (not _REAL_WORD.search(lead) or (
                    lead.rstrip()[-1:] in (":", ",") and len(_words(lead)) <= 8 and m2.group("verb") in _SPEECH)):
                # "Ms. Okafor said: “…”", "He added, “…”", "Dell said last week in Tel Aviv, “…”"
                speaker = self._cue_subject(pi, lo, m2)
                if speaker is None and lead.rstrip().endswith(":"):
                    # "In other words, explained CBS moderator Nancy Cordes: “…”"
                    speaker = subject_after(text, m2.end(), q.open_at, cast, m2.start())
                if speaker is not None:
                    rule, conf, cue = "speaker cue: quote", 0.9, m2.group("verb")
                    self.used_cues.add(m2.start("verb"))
        # 2b. "Kasich resisted: “…”": a short lead-in ending in a colon, whatever its verb;
        #     "… doesn’t surprise Republican pollster Daron Shaw: “…”": a name right before the colon
        if speaker is None and before.rstrip().endswith(":"):
            colon = lo + len(before.rstrip()) - 1
            if len(_words(before)) <= 8:
                speaker = sentence_subject(text, lo, q.open_at, cast, q.open_at)
            if speaker is None:
                named = subject_before(text, lo, colon, cast, q.open_at)
                if named is not None and named.entity is not None and named.entity.kind == "person":
                    speaker = named
            if speaker is not None:
                rule, conf = "speaker lead-in: quote", 0.75
        # 2c. "According to the Daily Caller, “…”"
        if speaker is None and before.rstrip().endswith(","):
            acc = ACCORDING.search(text, lo, q.open_at)
            if acc is not None:
                speaker = subject_after(text, acc.end(), q.open_at, cast, acc.start())
                if speaker is not None:
                    rule, conf, cue = "according to: quote", 0.85, "according to"
        # 3. a quote split around its attribution continues the one before: “A,” he said. “B.”
        if speaker is None and prev_attr is not None and prev_q is not None and not before.strip() \
                and prev_attr.speaker is not None:
            gap_text = text[prev_q.close_end:q.open_at]
            if len(gap_text) < 200:
                prev_attr.pieces.extend(pieces)
                return prev_attr
        # 4. a paragraph that is only a quote: the lead-in or the speaker of the paragraph before
        if speaker is None and not before.strip() and pi > 0:
            pps, ppe = self.paragraphs[pi - 1]
            tail = text[max(pps, ppe - 200):ppe].rstrip()
            if tail.endswith(":"):
                mm = None
                for mm in self.cues.finditer(max(pps, ppe - 200), ppe):
                    pass
                if mm is not None:
                    speaker = self._cue_subject(pi - 1, pps, mm)
                    if speaker is not None:
                        rule, conf, cue = "lead-in paragraph: quote", 0.85, mm.group("verb")
                elif len(_words(tail)) <= 10:
                    # "17-year-old Jared Potts echoed:" then the quote
                    speaker = sentence_subject(text, pps, ppe, cast, ppe)
                    if speaker is not None:
                        rule, conf = "lead-in paragraph: quote", 0.75
            if speaker is None and (pi - 1) in last_speaker_by_para:
                prev = last_speaker_by_para[pi - 1]
                speaker = Speaker(mention=prev.mention, entity=prev.entity, name=prev.name, kind=prev.kind,
                                  role=prev.role)
                rule, conf = "previous paragraph's speaker", 0.6
        said = " ".join(self.text[s:e] for s, e in pieces).strip()
        mid_sentence = before.strip() != "" and not before.rstrip().endswith(":")
        if speaker is None and len(_words(said)) <= 4 and (said[-1:] not in (".", "!", "?", ",") or mid_sentence):
            return None   # a short quoted phrase nobody said: a title, a heading, a chant
        attr = Attribution(pieces=pieces, kind="direct", speaker=speaker, cue=cue,
                           rule=rule or "quotation marks, no speaker found",
                           confidence=conf or 0.4, paragraph=pi,
                           windows=[(q.close_end, hi), (lo, q.open_at)])
        self.results.append(attr)
        return attr

    def _cue_subject(self, pi: int, lo: int, m) -> Optional[Speaker]:
        """The subject of the cue ``m`` found before a quote or a clause."""
        text, cast = self.text, self.cast
        vstart = m.start()
        toks = _tokens(text, max(lo, vstart - 30), vstart)
        if len(toks) >= 2 and toks[-1][0] == "to":
            # "Bryne went on to say, …", "declined to say": the subject of the verb before "to"
            k = len(toks) - 2
            while k > 0 and toks[k][0].islower() and len(toks) - k <= 4:
                k -= 1
            vstart = toks[k + 1][1] if toks[k][0][:1].isupper() or toks[k][0] in (",",) else toks[k][1]
            toks = _tokens(text, max(lo, vstart - 30), vstart)
        if toks and toks[-1][0] in ("who", "which") and len(toks) >= 2 and toks[-2][0] == ",":
            # "from Mike Lee, who declared …": the relative pronoun stands for the name before it
            return subject_before(text, lo, toks[-2][1], cast, vstart)
        if toks and toks[-1][0].lower() in _CONJ:
            # "Lazar said he welcomed it and added, …": the subject of the verb before
            prev = None
            for prev in self.cues.finditer(lo, toks[-1][1]):
                pass
            if prev is not None:
                sp = subject_before(text, lo, prev.start(), cast, vstart)
                if sp is not None:
                    return sp
            return sentence_subject(text, lo, vstart, cast, vstart)
        if m.group("verb").lower() in _PARTICIPLE_CUES and toks and toks[-1][0] == ",":
            # "Nefzi said, adding, …" / "Mr. Trump expressed admiration, telling CNBC: …"
            prev = None
            for prev in self.cues.finditer(lo, toks[-1][1]):
                pass
            if prev is not None:
                sp = subject_before(text, lo, prev.start(), cast, vstart)
                if sp is not None:
                    return sp
            return sentence_subject(text, lo, vstart, cast, vstart)
        sp = subject_before(text, lo, vstart, cast, vstart)
        if sp is None and not text[lo:vstart].strip():
            return None
        return sp

    # -- reported speech -------------------------------------------------------
    def _reported_speech(self, pi: int, blocked: list[tuple[int, int]], frags: list[Quoted]) -> None:
        text = self.text
        ps, pe = self.paragraphs[pi]
        quoted = Intervals(blocked)
        fragments = Intervals([(f.open_at, f.close_end) for f in frags])
        cues = [m for m in self.cues.finditer(ps, pe)]
        said: list[tuple[int, int]] = []
        # Verbs of speech first, then "according to", then verbs of stance, so that
        # "…, killing 12 people, officials said" belongs to "said" and "scientists had
        # assumed, according to a study" to the study, not to a stance verb before them.
        for pass_ in ("speech", "according", "stance"):
            claimed = Claims()
            for start, end in said:
                claimed.add(start, end)
            if pass_ == "according":
                found = ((m, self._according) for m in ACCORDING.finditer(text, ps, pe))
            else:
                speech = pass_ == "speech"
                found = ((m, self._clause_for_cue) for m in cues if (m.group("verb") in _SPEECH) == speech)
            for m, attribute in found:
                vs = m.start("verb") if pass_ != "according" else m.start()
                if vs in self.used_cues or quoted.contains(vs) or claimed.contains(vs) or fragments.contains(vs):
                    continue
                lo, hi = self._clause_bounds(pi, m.start(), m.end(), quoted, frags, fragments)
                attr = attribute(m, pi, lo, hi, fragments)
                if attr is None:
                    continue
                span = (attr.pieces[0].start, attr.pieces[-1].end)
                if pass_ == "stance" and any(s < span[1] and span[0] < e for s, e in said if s >= lo and e <= hi):
                    continue   # its clause would swallow a reported clause of the same sentence
                self.results.append(attr)
                claimed.add(*span)
                if pass_ != "stance":
                    said.append(span)

    def _clause_for_cue(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        text, cast = self.text, self.cast
        verb = m.group("verb")
        vstart = m.start()
        speaker = None
        rule = "speaker cue clause"
        toks_before = text[lo:vstart]
        before_words = text[max(lo, vstart - 24):vstart].split()
        prev_word = before_words[-1] if before_words else ""
        if prev_word.lower() in ("to", "the", "a", "an", "his", "her", "their", "its",
                                 "this", "that", "no", "any", "whose"):
            return None   # an infinitive or a noun ("to declare", "the claim"), not a report
        if prev_word.endswith(("'s", "’s")):
            return None   # "Russia’s claim"
        aux = m.group()[:-len(verb)].lower().split()
        if verb.endswith("ing") and not aux and not text[max(lo, vstart - 3):vstart].strip().endswith(","):
            return None   # "some warning signs", "additional reporting by": no auxiliary, no comma: not a verb
        if verb in _ADJECTIVE_CUES and not any(a in _BE or a in ("remains", "remained") for a in aux):
            return None   # "critical of" is a stance only after "is", "was", "remains"
        if any(a in _BE for a in aux) and not verb.endswith("ing") and verb not in _ADJECTIVE_CUES:
            return None   # passive: "are found slain", "is assured of winning"
        speaker = self._cue_subject(pi, lo, m)
        if speaker is not None and not aux and not _agrees(verb.lower(), speaker):
            return None   # "85 percent support among…", "the states": a noun, not a verb with its subject
        inverted = False
        if speaker is None and not toks_before.strip(" ,\u00a0"):
            return None
        if speaker is None:
            # "…, said the minister." — inverted subject after the cue, clause before it
            if not text[lo:vstart].rstrip().endswith((",", "—", "–")) or verb not in _SPEECH \
                    or verb.endswith("ing"):
                # only a finite verb of speech inverts ("…, said the minister"); checked before parsing,
                # since parsing a subject records a mention in the cast
                return None
            speaker = subject_after(text, m.end(), hi, cast, vstart)
            inverted = speaker is not None
            if speaker is None:
                return None
        # clause before the speaker: "The economy is growing, the minister said."
        subject_start = speaker.start if not inverted else vstart
        comma = text.rfind(",", max(lo, subject_start - 40), subject_start)
        between = _words(text[comma + 1:subject_start]) if comma != -1 else []
        if comma != -1 and not inverted and len(between) <= 2 and not any(w.lower() in _CONJ for w in between):
            subject_start = comma + 1   # "…, emergency authorities said": modifiers before the head noun
        before_subject = text[lo:subject_start].rstrip()
        after_text = text[m.end():hi]
        rest = after_text.strip(" .,!?;:\u00a0\"”’")
        if inverted and not text[lo:vstart].rstrip().endswith((",", "—", "–")):
            return None
        if ":" in after_text:
            if before_subject.endswith(",") and not after_text.strip(" :"):
                return None     # "Another driver, Grace Otieno, said:" leads into a quote; it reports no clause
        parenthetical = before_subject.endswith(",") and after_text[:1] in (",", ".", ";")
        extra = None
        reports = verb in _SPEECH and verb.lower() not in _OBJECT_OK    # "…, Carter said" yes; "…, X called Y" no
        if inverted or (reports and parenthetical) or (reports and before_subject.endswith(",")
                                                       and len(_words(rest)) <= 4 and ":" not in after_text):
            cstart = lo
            cend = lo + len(text[lo:subject_start].rstrip(" ,\u00a0—–"))
            rule = "clause, speaker cue" if not inverted else "clause, cue speaker"
            if parenthetical and after_text[:1] == "," and len(_words(rest)) >= 3:
                # "To win their votes, organisers said, the party must change": the clause goes on after it
                tail_start = m.end() + 1
                while tail_start < hi and text[tail_start] in " \u00a0":
                    tail_start += 1
                tail_end = hi
                while tail_end > tail_start and text[tail_end - 1] in " .!?\u00a0\n":
                    tail_end -= 1
                extra = Span(tail_start, tail_end)
                rule = "clause, speaker cue, clause"
        else:
            if verb.lower() not in CLAUSE_VERBS and verb.lower() not in _OBJECT_OK and verb not in _STANCE:
                return None
            adjunct = _ADJUNCT_THAT.match(text, m.end(), hi)
            skip = _LEADING_SKIP.match(text, adjunct.end() if adjunct else m.end(), hi)
            cstart = skip.end() if skip else m.end()
            if verb.lower() not in CLAUSE_VERBS and verb.lower() not in _REFUSALS:
                particle = _PARTICLE.match(text, cstart, hi)     # "called for her ouster", "spoke about"
                if particle is not None:
                    cstart = particle.end()
            that = _OBJECT_THAT.match(text, cstart, hi) if verb.lower() in _OBJECT_THAT_VERBS else \
                _ADJUNCT_THAT.match(text, cstart, hi)
            if that is not None:
                cstart = that.end()
            elif verb.lower() in ("told", "tells", "tell", "telling"):
                # "told CNN" / "told The Associated Press" – the audience is not the content
                aud = _AUDIENCE.match(text[cstart:min(hi, cstart + 120)])
                if aud:
                    cstart += aud.end()
                    skip = _LEADING_SKIP.match(text, cstart, hi)
                    cstart = skip.end() if skip else cstart
            cend = hi
            stop = self._next_reporting_clause(cstart, hi)
            if stop is not None:
                cend = stop
            tail = _CLAUSE_TAIL.search(text, cstart, cend)
            if tail is not None and len(_words(text[cstart:tail.start()])) >= 3:
                cend = tail.start()     # "…, which forced …", "…, a sign of …": the writer's words again
            while cend > cstart and text[cend - 1] in " .!?:\u00a0\n":
                cend -= 1
        while cstart < cend and text[cstart] in " ,;:\u00a0":
            cstart += 1
        if len(_words(text[cstart:cend])) < (2 if verb.lower() in _REFUSALS else 3):
            return None     # "declined to comment" is a (refused) statement; other two-word clauses are not
        pieces = [Span(cstart, cend)] + ([extra] if extra is not None and extra.end > extra.start else [])
        last = pieces[-1].end
        kind = "partial" if frags.any_within(cstart, last + 1) else "indirect"
        conf = 0.75 if kind == "indirect" else 0.8
        if speaker.entity is None and speaker.name is None:
            conf -= 0.25
        return Attribution(pieces=pieces, kind=kind, speaker=speaker, cue=m.group().strip(" :"),
                           rule=rule, confidence=conf, paragraph=pi, windows=[(lo, cstart)])

    def _next_reporting_clause(self, lo: int, hi: int) -> Optional[int]:
        """Where "…, and three-quarters said …" / "… but said" starts a second report inside [lo, hi)."""
        for c in self.cues.finditer(lo, hi):
            if c.group("verb") not in _SPEECH:
                continue
            head = self.text[max(lo, c.start() - 40):c.start()]
            m = _CONJ_BEFORE.match(head)
            if m is not None:
                return c.start() - len(head) + m.start()
        return None

    def _according(self, m, pi: int, lo: int, hi: int, frags: "Intervals") -> Optional[Attribution]:
        text, cast = self.text, self.cast
        speaker = subject_after(text, m.end(), hi, cast, m.start())
        if speaker is None:
            return None
        # the phrase ends at the next comma (or the sentence end)
        comma = text.find(",", speaker.end, hi)
        phrase_end = comma if comma != -1 else hi
        if text[lo:m.start()].strip(" ,\u00a0"):
            cstart, cend = lo, m.start()
        else:
            cstart, cend = phrase_end + 1, hi
        while cend > cstart and text[cend - 1] in " ,.!?\u00a0\n":
            cend -= 1
        while cstart < cend and text[cstart] in " ,\u00a0":
            cstart += 1
        if len(_words(text[cstart:cend])) < 3:
            return None
        kind = "partial" if frags.any_within(cstart, cend + 1) else "indirect"
        return Attribution(pieces=[Span(cstart, cend)], kind=kind, speaker=speaker, cue="according to",
                           rule="according to", confidence=0.75, paragraph=pi, windows=[(lo, hi)])


_BE = {"is", "are", "was", "were", "be", "been", "being"}
_MARK_CHAR = regex.compile(r"[“”\"«»]")
_CLAUSE_STOP = regex.compile(r"[;!?]")
_REAL_WORD = regex.compile(r"\p{L}{3,}")
_AUDIENCE = regex.compile(r"\s*(?:the\s+)?(?:\p{Lu}[\p{L}.&'’\-]*\s+){0,5}\p{Lu}[\p{L}.&'’\-]*")
_OBJECT_OK = {"praised", "praises", "criticized", "criticizes", "accused", "accuses", "described", "describes",
              "called", "calls", "demanded", "demands", "proposed", "proposes", "blamed", "blames"}
# ", and three-quarters " / " but " just before a second reporting verb (matched backwards)
_CONJ_BEFORE = regex.compile(r"(?r),?\s+(?:and|but)\s+(?:[\p{L}\p{N}\-]+\s+){0,3}")
_OBJECT_THAT_VERBS = {"told", "tells", "tell", "telling", "warned", "warns", "reminded", "reminds", "assured",
                      "assures", "informed", "informs", "convinced", "persuaded", "promised", "promises"}
# "writes in his book Going Home that …": a prepositional phrase before the clause is not its content
_ADJUNCT_THAT = regex.compile(r"\s*(?:in|on|at|during|after|before|to|with|from|for)\s+(?:[\p{L}\p{N}'’.\-]+\s+){0,8}?that\s+")
_OBJECT_THAT = regex.compile(r"\s*(?:[\p{L}\p{N}'’.\-]+\s+){1,6}?that\s+")


def _words(s: str) -> list[str]:
    """The words of ``s`` (punctuation-only tokens dropped); cheap, for counting."""
    return [w for w in s.split() if w.strip(_PUNCTUATION)]


_IRREGULAR_PAST = {"said", "told", "wrote", "thought", "found", "sought", "felt", "knew", "forecast", "foresaw"}
_PLURAL_PRONOUNS = {"they", "we", "i", "you"}


def _agrees(verb: str, speaker: Speaker) -> bool:
    """Does the cue verb agree in number with its subject? ("he says", "they say", not "he say")."""
    if verb.endswith(("ed", "ing")) or verb in _IRREGULAR_PAST:
        return True
    mention = speaker.mention.lower()
    plural = mention in _PLURAL_PRONOUNS or speaker.final_kind() == "group" or " and " in mention
    if verb.endswith("s") and not verb.endswith("ss"):
        return not plural
    return plural


class Intervals:
    """Sorted, non-overlapping intervals with logarithmic lookups (quoted stretches of a paragraph)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def containing(self, pos: int) -> Optional[tuple[int, int]]:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and self.spans[k][0] <= pos < self.spans[k][1]:
            return self.spans[k]
        return None

    def contains(self, pos: int) -> bool:
        return self.containing(pos) is not None

    def any_within(self, lo: int, hi: int) -> bool:
        k = bisect.bisect_left(self.starts, lo)
        return k < len(self.spans) and self.spans[k][1] <= hi

    def last_end_before(self, pos: int) -> Optional[int]:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and self.spans[k][1] > pos:
            k -= 1     # pos is inside spans[k]: the one before it ended earlier
        return self.spans[k][1] if k >= 0 else None

    def first_start_from(self, pos: int) -> Optional[int]:
        k = bisect.bisect_left(self.starts, pos)
        return self.starts[k] if k < len(self.starts) else None


class Claims:
    """Clauses already attributed, queried at increasing positions (amortised constant time)."""

    def __init__(self) -> None:
        self._ends: list[int] = []     # min-heap of the ends of claims that started at or before the last query
        self._pending: list[tuple[int, int]] = []   # claims starting after the last query

    def add(self, start: int, end: int) -> None:
        heapq.heappush(self._pending, (start, end))

    def contains(self, pos: int) -> bool:
        while self._pending and self._pending[0][0] <= pos:
            heapq.heappush(self._ends, heapq.heappop(self._pending)[1])
        while self._ends and self._ends[0] <= pos:
            heapq.heappop(self._ends)
        return bool(self._ends)
