"""Who is who in one article: names, titles, roles, and what "he" or "Mr. Blinken" points to.

An `Cast` is built while the article is read from top to bottom. Each person
(or organisation) is an `Entity`; every later mention ("Mr. Blinken",
"Blinken", "he", "the secretary") is resolved to an entity already introduced,
never to one that has not appeared yet.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Callable, Optional

import regex

from .text import Span, is_possessive, sentences, split_contraction, strip_article, strip_possessive, word_set
from .lexicon import (ABBREVIATIONS, COMPANY_HEADS, COMPANY_NAME_ENDS, COMPANY_NOUNS, DESCRIPTION_SYNONYMS,
                      DETERMINERS, FEMALE_NAMES, GIVEN_NAMES, GROUP_HEADS, HONORIFICS, IRREGULAR_PARTICIPLES,
                      MALE_NAMES, NOT_NAME, ORG_HEADS, PERSON_NOUNS, PLACE_HEADS, PLACES, PRONOUN_GENDER, SPEECH_VERBS,
                      TITLE_HEADS)

# a place's or a nationality's adjective: part of a role ("Russian Deputy Defense Minister …") or of a
# place's or a body's name ("South Carolina", "Western Journalism")
PLACE_ADJECTIVES = {
    "british", "american", "russian", "ukrainian", "french", "german", "chinese", "israeli", "iranian",
    "syrian", "turkish", "european", "western", "japanese", "indian", "mexican", "canadian", "italian",
    "spanish", "polish", "iraqi", "afghan", "saudi", "palestinian", "egyptian", "korean", "north", "south",
}
# a preposition between a description and a name makes the name its object: "a spokeswoman for Fiorina"
OWNER_PREPOSITIONS = {"for", "of", "to", "at", "with", "from"}
# nouns for one who works for another: "an aide to Mayor Ben Adler" is the aide, not the mayor
SERVES_SOMEONE = {"aide", "aides", "adviser", "advisers", "advisor", "counselor", "lawyer", "lawyers", "attorney",
                  "attorneys", "assistant", "spokesman", "spokeswoman", "spokesperson", "consultant", "strategist",
                  "confidant", "friend", "staffer", "representative", "surrogate", "surrogates"}


def serves_another(role_toks: list[str]) -> bool:
    """Does a description before a name make that name its object, not the speaker's own: "a spokeswoman
    for Fiorina", "an aide to Mayor Ben Adler" (but "Secretary of State Antony Blinken" is Blinken)?"""
    if not role_toks:
        return False
    if role_toks[-1].lower() in OWNER_PREPOSITIONS:
        return any(t.lower() in PERSON_NOUNS or t.lower().rstrip(".") in TITLE_HEADS or t.lower() in SERVES_SOMEONE
                   for t in role_toks)
    for m in range(1, len(role_toks)):
        if role_toks[m].lower() in OWNER_PREPOSITIONS and role_toks[m - 1].lower() in SERVES_SOMEONE:
            # the owner's own title may come between: "a spokesman for Sen. …", "an aide to Mayor …"
            return any(t.lower().rstrip(".") in TITLE_HEADS or is_honorific(t) for t in role_toks[m + 1:])
    return False


# Words that may sit inside a role before a name without being part of the name.
ROLE_WORDS = TITLE_HEADS | {
    "former", "deputy", "acting", "senior", "top", "chief", "assistant", "associate", "executive",
    "state", "defense", "defence", "foreign", "interior", "health", "treasury", "homeland", "security",
    "education", "energy", "commerce", "labor", "agriculture", "transportation", "affairs", "justice",
    "finance", "economy", "trade", "press", "national", "general", "vice", "prime", "white", "house",
    "presidential", "democratic", "republican", "gop", "party", "majority", "minority", "first", "lady",
    "u.s.", "us", "then", "de", "facto", "special", "federal", "district", "county", "city", "chief",
    "staff", "campaign", "communications", "policy", "political", "military", "intelligence", "army",
    "supreme", "court", "appeals", "circuit", "police", "fire", "public", "the", "of", "and", "for",
    "s", "’s", "'s", "longtime", "veteran", "outgoing", "incoming", "interim", "co-founder", "founding",
} | PLACE_ADJECTIVES | {
    # descriptions written before a name ("Billionaire Donald Trump", "Pastor Kevin Swanson")
    "pastor", "reverend", "democrat", "billionaire", "businessman", "businesswoman", "mogul", "tycoon",
    "entrepreneur", "investor", "philanthropist", "evangelist", "televangelist", "celebrity", "socialite",
    "real", "estate", "reality", "television", "tv", "star", "developer", "novelist", "filmmaker", "co-author",
    "coauthor", "co-chair", "co-director",
}
# the small words inside a name before its surname ("Bill de Blasio", "Saskia van der Mer", "Omar bin Said")
NAME_PARTICLES = {"de", "da", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "la", "le", "del", "di",
                  "du", "dos", "das"}
_PARTICLES = NAME_PARTICLES | {"st."}
# a particle joined to its surname by a hyphen: "Rustam al-Karimi", "Nour el-Din"
_JOINED_PARTICLE = regex.compile(r"(?:al|el|ad|ash|as|at|az|ar|an)-\p{Lu}")


def in_a_name(word: str) -> bool:
    """Can the word stand inside a person's name? A capitalised word, or one of the small words many
    languages put before a surname ("de", "van der", "bin", "al-"), which English writes in lower case."""
    return word[:1].isupper() or word.lower() in NAME_PARTICLES or _may_be_a_joined_particle(word) \
        and _JOINED_PARTICLE.match(word) is not None


def _may_be_a_joined_particle(word: str) -> bool:
    """False when _JOINED_PARTICLE cannot match ``word``: the pattern is case-sensitive and every match opens
    with a lower-case "a" or "e" and has its hyphen third or fourth ("al-", "ash-"). Most words a name's run
    is tested on have neither, and the test is much cheaper than the regex."""
    return word[:1] in ("a", "e") and "-" in word[2:4]
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_HONORIFIC_RE = regex.compile(r"(?:%s)\.?$" % "|".join(HONORIFICS))
# An honorific and a name, or a run of two or more capitalised words (single words are sentence starts),
# within one line: a headline's last word and the first name of the paragraph after it are no name.
# A name may open with an initial or two ("R. Tomas Vell", "J.K. Marsh"; not the "S." of "U.S.").
_NAME_WORD = r"\p{Lu}[\p{L}'’\-]+"
# the words after a name's first: an initial, a word (up to two particles may come before it: "van Buren",
# "van der Mer", "bin Haleed al-Karimi"), or a nickname in quotation marks
# (an abbreviated honorific is no word of the name before it: "While Mr. Ruiz agreed" holds "Mr. Ruiz", the
# run a title opens, not "While Mr" and a lost surname)
_HONORIFIC_AHEAD = r"(?!(?:%s)\.)" % "|".join(h for h in HONORIFICS if len(h) <= 4)
_NAME_TAIL = (r"(?:[^\S\n]+(?:\p{Lu}\.|(?:(?:de|da|van|von|der|den|ter|bin|ibn|del|di|du|dos|das)[^\S\n]+){0,2}"
              r"(?:(?:al|el)-)?" + _HONORIFIC_AHEAD + _NAME_WORD
              + r"|[“\"‘]\p{Lu}[\p{L}'’\- ]{0,20}[”\"’](?=[^\S\n]+\p{Lu})))")
# (The lookahead only says what every match starts with; it lets the regex module skip ahead
# to capital letters, a third fewer instructions for the scan.)
# a company's noun right before a capitalised run: "the haulage company Nordvelt Logistics", "the German
# chipmaker Orvald Semiconductors" name the company whatever its name's last word
_COMPANY_NOUN_BEFORE = regex.compile(r"(?r)\b(?:%s)[^\S\n]+$" % "|".join(sorted(COMPANY_NOUNS)))


def _after_company_noun(text: str, start: int) -> bool:
    return _COMPANY_NOUN_BEFORE.search(text, max(0, start - 16), start) is not None


# the sentence after a name, opened by "Its": "Southcoast Power said … . Its operations director, …"
_ITS_NEXT = regex.compile(r"[^.!?\n]{0,240}[.!?][”\"’']?[^\S\n]+Its[^\S\n]")


def _spoken_of_as_it(text: str, start: int, end: int) -> bool:
    """Is the run of capitalised words at ``start`` a company's name, though no company's word ends it, because
    it opens its sentence and the next sentence calls it "it" ("Southcoast Power said crews were out. Its
    director, …")? (With a given name first, "Ana Lind said the port was shut. Its …", the "it" is the port.)"""
    its = text.find("Its", end, end + 256)    # (most names have no "Its" after them: no regex for those)
    return its != -1 and _ITS_NEXT.match(text, end) is not None and _opens_sentence(text, start)


_PERSON_RUN = regex.compile(
    r"(?=\p{Lu})\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Lt|Col|Capt|Adm|Sgt|Rev|Miss|Mme)\.?[^\S\n]+"
    r"\p{Lu}[\p{L}'’\-]+(?:[^\S\n]+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){0,3}"
    r"|" + _NAME_WORD + _NAME_TAIL + "{1,5}"
    r"|\p{Lu}\.(?<![\p{L}.]\p{Lu}\.)(?:[^\S\n]?\p{Lu}\.)?(?<!(?:U\.[SNK]|E\.U|D\.C)\.)[^\S\n]+" + _NAME_WORD
    + _NAME_TAIL + "{0,5})")
# a photographer's credit under a picture: "Neilson Barnard via Getty Images", "Ana Ruiz/Reuters"; the one
# named took the picture and says nothing in the story
_PHOTO_CREDIT_AFTER = regex.compile(r"(?:[^\S\n]+via[^\S\n]+|/)(?:Getty[^\S\n]+Images|AP|Reuters|AFP|EPA|Bloomberg|"
                                    r"Shutterstock|Alamy)\b")
# (not a name right after an abbreviation's period: "Sen. Lee" opens no sentence at "Lee")
_NOT_AFTER_AN_ABBREVIATION = r"(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Adm|Sgt|Rev|Prof|St|Jr|Sr|Mt)\.\s)"
_SURNAME_OPENS = regex.compile(r"(?:^|(?<=[.!?][\"”’]?\s)|(?<=\n)|(?<=,[\"”’]?\s)"
                               r"|(?<=(?:^|[.!?]\s|\n)(?:A|An|The)\s(?:\p{Ll}[\p{L}\-]*\s){1,3})"
                               r"|(?<=(?:^|[.!?]\s|\n)(?:And|But|Yet|So|Still|Now|Then|Even)\s)"
                               # a question's subject after its auxiliary ("Was Okafor pleased by Bell's answer?")
                               r"|(?<=(?:^|[.!?]\s|\n)(?:Was|Is|Did|Does|Has|Had|Would|Will|Could|Can)\s)"
                               # a clause after a comma and a conjunction ("…, but Okafor was not having it"), or
                               # a compound adjective before the name ("…, a hoarse-voiced Okafor got in digs")
                               r"|(?<=,\s(?:but|and|yet|so)\s)"
                               r"|(?<=,\s(?:(?:but|and|yet|so)\s)?(?:a|an|the)\s\p{Ll}{1,20}-\p{Ll}{1,20}\s))"
                               + _NOT_AFTER_AN_ABBREVIATION +
                               r"(\p{Lu}\p{Ll}[\p{L}'’\-]+)(?<![’']s)"     # not a possessive: "Trump’s wall"
                               # (then a verb, an appositive, or an age: "Okafor, 21, joined …")
                               r"(?=\s+(?!(?:and|or|of|who|whose|which|to|in|on|at|for)\b)\p{Ll}|,\s+\p{Ll}"
                               r"|,\s+\d{1,3},)", regex.M)
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}[\p{L}'’\-]+")   # a word as _SURNAME_OPENS's group reads it
# a surname's possessive opening a sentence, before a lower-case word ("Okafor’s plan"; the possessive
# _CAPITALISED has read is only tried here)
# "The Vermont senator is …", "The former mayor has …": "The", a role of up to three words, then its verb in lower
# case (the shortest run that a verb follows: not "The senator’s aide", "The senator from Maine")
_DESCRIBED_SUBJECT = regex.compile(r"(?<![\p{L}\p{N}])The\s+(?P<words>(?:[\p{L}\-]+\s+){0,2}?\p{Ll}+)\s+"
                                   r"(?=(?:is|was|has|had|will|would|can|could|said|also|still|now|then|"
                                   r"\p{Ll}+ed|\p{Ll}+s)\b)")
_POSSESSOR_OPENS = regex.compile(r"(?:^|(?<=[.!?][\"”’]?\s)|(?<=\n))"
                                 + _NOT_AFTER_AN_ABBREVIATION +
                                 r"\p{Lu}\p{Ll}[\p{L}\-]+(?:['’]s|s['’])(?=\s+\p{Ll})", regex.M)
# (a possessor's sentence in the passive, its doer named after "by": "Ruiz's plan was backed Friday by Sen.
# Ana Bell, who …": the doer is who the sentence is about, not the possessor)
_PASSIVE_AFTER_A_POSSESSOR = (r"(?:\s+\p{Ll}[\p{L}\-]*){1,3}\s+(?:was|were|is|are|has\s+been|had\s+been)"
                              r"\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b[^.!?\n]{0,40}?\sby\s")
_PASSIVE_BY_A_NAME = regex.compile(_PASSIVE_AFTER_A_POSSESSOR + r"+(?:(?:the|a|an|\p{Ll}+)\s+){0,3}\p{Lu}")
# the doer of a passive opened by a possessor, just before a name ("Ruiz's plan was backed Friday by Sen. Ana
# Bell"): the one the sentence is about, whom a "she" after it means
_PASSIVE_DOER_BEFORE = regex.compile(r"(?:^|(?<=[.!?][\"”’]?\s)|(?<=\n))\p{Lu}\p{Ll}[\p{L}\-]+['’]s"
                                     + _PASSIVE_AFTER_A_POSSESSOR + "$", regex.M)
_NICKNAME = regex.compile(r"\s[“\"‘][^”\"’]*[”\"’]\s")
_LOWER_HYPHEN = regex.compile(r"-\p{Ll}")
# (not the tail of a name after an apostrophe: "O’Hara said" is no "Hara")
# (the name's run of letters is possessive: a comma or white space must follow it, so giving letters
# back can only fail; not trying spares backtracking at every capitalised word, 9% of the scan)
_NAME_SAID = regex.compile(r"(?<![\p{L}.]\s)(?<![\p{L}'’])(\p{Lu}\p{Ll}[\p{L}'’\-]++)"
                           r"(?:\s+(?:also|later|then|again|has|had|previously|once))?"
                           r"(?:\s+(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|asserted|argued|argues|"
                           r"explained|insisted|noted|warned|claimed|replied|responded|acknowledged|declared|"
                           r"announced|continued|recalled|predicted|blamed|tweeted|vowed|conceded|admitted)\b"
                           r"|,\s+(?:a|an|the)\s+\p{Ll})")
# verbs of speech that put their speaker after them ("…,” said Ms. Link)
INVERTED_VERBS = {"said", "says", "added", "adds", "wrote", "writes", "noted", "notes", "explained", "asked",
                   "asks", "told", "replied", "responded", "recalled", "remembered", "continued", "argued",
                   "insisted", "declared", "observed", "warned", "tweeted", "concluded", "countered"}
# titles an honorific addresses someone by ("Mr. President", "Madam Secretary"), not surnames
_ADDRESS_TITLES = {"president", "speaker", "secretary", "chairman", "chairwoman", "mayor", "ambassador", "prime",
                   "vice", "justice", "governor", "senator", "minister", "chancellor"}
LOOKBACK = 60
# "We’re", "They’ve": a pronoun and its verb, no name
_CONTRACTIONS = ("’re", "'re", "’ve", "'ve", "’ll", "'ll", "’m", "'m", "’d", "'d")
_ROLE_NOUNS = PERSON_NOUNS | TITLE_HEADS   # nouns a description of one person can end with
SUBJECT_REACH = 600   # characters back within which a subject beats a nearer mention
BODY_REACH = 400      # characters back within which "it" or "they" finds its body
_BYLINE = regex.compile(r"By\s+\p{Lu}")
_BYLINE_CHARS = 120     # a byline line is short ("By Ana Ruiz and Tom Bell, Associated Press Writers")
CATAPHORA_REACH = 400     # characters ahead within which a description may be of the person named next
_PLACE_PREPOSITIONS = {"the", "of", "in", "at", "on", "from", "to", "by", "with", "near", "into", "across",
                       "for", "a", "an"}
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_NATIONALITY = regex.compile(r"^\p{Lu}\p{L}+(?:ian|ese|ish|an|i|ic)$")
# a noun for someone from a country: "the Frenchman", "the Dutchwoman", "the Spaniard" (not an adjective:
# "the French" are a people, and "the American" as often a newspaper or a company)
_DEMONYM = regex.compile(r"(?:French|Dutch|English|Irish|Welsh|Scots|Cornish|Manx)(?:man|woman)"
                         r"|Spaniard|Dane|Swede|Finn|Pole|Turk|Scot|Briton|Kiwi|Aussie")


# the last word of a building's or a venue's name ("the Linden Plaza Hotel", "Varga Tower"): no surname
_VENUE_HEADS = {"hotel", "hotels", "casino", "restaurant", "cafe", "café", "bistro", "tavern", "inn", "theater",
                "theatre", "stadium", "arena", "museum", "library", "cathedral", "chapel", "mall", "tower",
                "towers", "center", "centre", "auditorium", "pavilion"}
# nor does a phenomenon or a doctrine named for someone or somewhere ("the Harlow Effect", "Ruiz World")
_VENUE_HEADS |= {"effect", "world", "doctrine", "syndrome", "era"}
# a venue's name opens with the French "chez" ("at the home of"): "Chez Marlot" is a restaurant
_VENUE_OPENERS = {"Chez"}
# someone from a region called by where they are from ("Pacific Islander", "a Midwesterner"): no surname
_REGIONAL_DEMONYM = regex.compile(r"(?:Is|High|Low)landers?|(?:North|South|Midwest|West|East)erners?")
# a name a room or a hall is named for: "the Ada Vole briefing room", "the Tom Bell reading room"
_ROOM_AFTER = regex.compile(r"[^\S\n]+(?:\p{Ll}+ing[^\S\n]+)?(?:room|hall|auditorium|library|wing|lounge)\b")


def names_no_person(toks: list[str]) -> bool:
    """'Linden Plaza Hotel', 'Chez Marlot', 'Big Sisters', 'Pacific Islander': a run of capitals whose last
    word heads a venue's name, is the plural of a noun for people, or is a regional demonym, or whose first
    word opens a venue's name, names no person."""
    last = toks[-1].lower().strip(".,")
    return (last in _VENUE_HEADS or toks[0] in _VENUE_OPENERS
            or (last.endswith("s") and last[:-1] in PERSON_NOUNS)
            or _REGIONAL_DEMONYM.fullmatch(toks[-1]) is not None)


def is_demonym(word: str) -> bool:
    """"the Frenchman said": a report going on about the person it has just named by where they are from."""
    return _DEMONYM.fullmatch(word) is not None


@dataclass
class Entity:
    name: str                       # fullest form seen so far ("Antony Blinken")
    kind: str = "person"            # person | organization | group
    gender: Optional[str] = None    # m | f | None
    role: Optional[str] = None
    aliases: set[str] = field(default_factory=set)
    subject_mentions: int = 0       # times named as a subject or a speaker: who a bare surname means
    first_at: int = 1 << 62         # where the article first names them

    @property
    def surname(self) -> str:
        toks = [t for t in self.name.split() if t.lower().strip(".") not in _SUFFIXES]
        return toks[-1] if toks else self.name


@dataclass
class Mention:
    """A speaker as written: the words, and what they were resolved to."""

    text: str
    entity: Optional[Entity]
    kind: Optional[str]
    role: Optional[str] = None


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """('Secretary of State Antony Blinken' tokens) -> (role tokens, name tokens)."""
    for j in range(len(tokens) - 2, -1, -1):
        if is_possessive(tokens[j]):
            # "Vela State University's Mira Holt", "WKRT’s Sam Vole": what owns the person is a role
            role, name = split_title(tokens[j + 1:])
            return tokens[:j + 1] + role, name
    # The name is the trailing run of capitalised tokens that are not role words.
    i = len(tokens)
    while i > 0:
        t = tokens[i - 1]
        low = t.lower()
        if low in _SUFFIXES and i == len(tokens):
            i -= 1
            continue
        if abbreviated_title(t) and i < len(tokens):
            break       # "Army Capt. Lena Pardo": an office, abbreviated, ends the role and starts no name
        if i < len(tokens) and _made_like_a_person_noun(low):
            break       # "Hydrologist Pavel Horak": a word made like a profession's is no one's given name
        if (in_a_name(t) or low in _PARTICLES) and (low not in ROLE_WORDS or (
                i == len(tokens) and _looks_like_name_part(tokens, i - 1))):
            i -= 1
            continue
        if t[:1].islower() and low in _PARTICLES and i < len(tokens):
            i -= 1      # "Bill de Blasio": a particle before the surname is part of the name, not a role word
            continue
        break
    # a particle starts no name after other words ("Mayor Bill de Blasio" is not "Mayor Bill" + "de …"),
    # but it may start a surname alone ("de Blasio")
    while 0 < i < len(tokens) - 1 and tokens[i].lower() in _PARTICLES and tokens[i][:1].islower():
        i += 1      # (capitalised, it is a given name or a surname's first word: "Sen. Al Vane", "Rep. Van Holt")
    name_start = i + _words_before_given_name(tokens[i:])
    return tokens[:name_start], tokens[name_start:]


def _words_before_given_name(name: list[str]) -> int:
    """How many capitalised words before a given name describe the person rather than name them: "Journalist
    Jorge Ramos", "Rival Tom Bell", "Korean-born Sam Lee", "Liberal Oscar-winner Ann Sarandon". A name starts
    at its given name when the words before it are no given names, honorifics or initials and a surname
    follows; "Mary Ann Hale" and "Abu Bakr Hassan" stay whole."""
    for k in range(1, len(name) - 1):
        if name[k] in GIVEN_NAMES:
            return k if all(_describes(w) for w in name[:k]) else 0
    return 0


def _describes(word: str) -> bool:
    """A capitalised word before a name that says what the person is: a role or person noun ("Journalist",
    "Rival"), a place or its adjective ("Chicago", "Korean"), a compound ("Texas-based", "Oscar-winner"), a
    participle ("Using …", "Endorsed …") or a word in capitals (a headline's, an outlet's). "Billie" and
    "Cornell" before "Jean King" and "William Brooks" are none of these, so they stay in the name."""
    low = word.lower()
    if word in GIVEN_NAMES or word.endswith(".") or low in _PARTICLES:
        return False
    return (word.isupper() and len(word) > 1) or "-" in word or low.endswith(("ing", "ed")) \
        or low in ROLE_WORDS or low in PERSON_NOUNS or low in PLACES or low in PLACE_ADJECTIVES


def _looks_like_name_part(tokens: list[str], j: int) -> bool:
    """'House' in 'Speaker John House'? A role word is a name part when a name token or an honorific
    precedes it directly."""
    if j == 0:
        return False
    prev = tokens[j - 1]
    if _HONORIFIC_RE.match(prev):
        return tokens[j].lower() not in _ADDRESS_TITLES     # "Ms. White", "Mr. King"; "Mr. President"
    return prev[:1].isupper() and prev.lower() not in ROLE_WORDS


class Cast:
    """The people and bodies of one article, in order of appearance."""

    def __init__(self, text: str = "", quoted: Optional[list[tuple[int, int]]] = None) -> None:
        self.entities: list[Entity] = []
        self._by_surname: dict[str, list[Entity]] = {}
        self._bodies: dict[tuple[str, str], Entity] = {}
        self.timeline: list[tuple[int, int, Entity, bool]] = []   # (offset, order, entity, subject?)
        # a relative clause's subject, a plain mention of the timeline, is a subject up to its sentence's end
        self._clause_subject_until: dict[int, int] = {}     # order in the timeline -> offset
        self.token_offsets = None   # the article's tokens (a phrases._Tokens), made by phrases._tokens
        self._text = text   # (to tell a subordinate clause's subject from its sentence's)
        # names inside quotation marks are what someone said, not who is in the story
        inside = _Spans(quoted or [])
        # a nickname in quotes inside a name ("Marcus “Tugboat” Delaney") is not part of it
        matches = [m for m in _PERSON_RUN.finditer(text) if not inside.contains(m.start())
                   and not _PHOTO_CREDIT_AFTER.match(text, m.end())]
        runs = [(m.start(), _without_nickname(m.group()).split()) for m in matches]
        self._run_ends = {m.start(): m.end() for m in matches}
        # the article's words: a capitalised run that opens with one the article also writes in lower case
        # is a phrase ("Conservative Case", "Final Column", "Outside Carrier"), not a first name and a surname
        self.words = word_set(text)
        # the companies the article names, where it names them: whom "Varda said" and "the company said" mean
        # (a run of capitalised words that ends in a company's word: "Kestrel Systems", "the Orvald Group")
        self._companies: list[tuple[int, str]] = []
        self._company_by_first_word: dict[str, str] = {}
        # (or one with no given name first, after a company's noun or called "it" in the next sentence: looked
        # for only where the article has such a noun, or an "Its")
        nouns_here, its_here = not COMPANY_NOUNS.isdisjoint(self.words), "Its" in self.words
        for start, toks in runs:
            if len(toks) >= 2 and (toks[-1].rstrip(".") in COMPANY_NAME_ENDS or toks[0] not in GIVEN_NAMES and (
                    (nouns_here and _after_company_noun(text, start))
                    or (its_here and _spoken_of_as_it(text, start, self._run_ends[start])))):
                toks = toks[next((i for i, t in enumerate(toks) if t not in NOT_NAME), len(toks)):]
                if len(toks) >= 2:
                    name = " ".join(toks)
                    self._companies.append((start, name))
                    self._company_by_first_word.setdefault(strip_possessive(toks[0]), name)
        # Full names anywhere in the article, so a bare "Blinken" finds "Antony Blinken" even in a headline
        # (where each is written, in text order: which of two "Trump"s a bare one means)
        self.full_names: dict[str, list[tuple[int, list[str]]]] = {}
        self.known_surnames: set[str] = set()
        for start, toks in runs:
            if is_honorific(toks[0]):
                self.known_surnames.add(_key(toks[-1]))
                continue
            toks = self._without_common_words([strip_possessive(t) for t in split_title(toks)[1]])
            if 2 <= len(toks) <= 3 and toks[0] not in NOT_NAME and self._looks_like_person_name(toks) \
                    and not names_no_person(toks) and not _ROOM_AFTER.match(text, self._run_ends[start]) \
                    and not any(t.lower() in ROLE_WORDS for t in toks) \
                    and not self._participle_and_surname(toks, start):
                self.full_names.setdefault(_key(toks[-1]), []).append((start, toks))
                self.known_surnames.add(_key(toks[-1]))
        headlines = _Spans(_headlines(text))
        self._scan_people(text, [run for run, m in zip(runs, matches)
                                 if not (headlines.contains(m.start()) and headlines.contains(m.end() - 1))])
        # a lone name as the subject of a speech verb ("Lazar said …") is a person too
        speakers = set()
        for m in _NAME_SAID.finditer(text):
            word = m.group(1)
            low = word.lower()
            if word in NOT_NAME or low in PLACES or low in ORG_HEADS or low in GROUP_HEADS or word.isupper() \
                    or self.company_named(word) \
                    or _compound_people(low) \
                    or inside.contains(m.start(1)) or low.endswith(_CONTRACTIONS) or contracted_pronoun(word):
                continue    # (nor the words of a quote: "“We’re warned that …,” he wrote")
            self.person([word], m.start(1), subject="," not in m.group())
            speakers.add(_key(word))
        # a sentence that opens with a surname the article gives in full or with a title elsewhere ("Kaine did
        # not see …", "By 3 p.m., Moreno was …" where "Rep. Dale Moreno"), or with a name it makes speak
        # elsewhere ("Trump blamed …" where "Trump said …")
        # (_SURNAME_OPENS's lookbehinds are slow to try at every offset of the text, so it is tried only at
        # the capitalised words of a known name; it can match nowhere else: where it matches, its name is
        # a whole word after white space, the same word _CAPITALISED finds there)
        # (the same capitalised words recur all through an article: whether one is a known name is worked out
        # once per word, not at every occurrence)
        known: dict[str, bool] = {}
        for c in _CAPITALISED.finditer(text) if self.known_surnames or speakers else ():
            word = c.group()
            is_known = known.get(word)
            if is_known is None:
                key = _key(word)
                is_known = known[word] = key in self.known_surnames or key in speakers
            if not is_known and word in GIVEN_NAMES and text.startswith(",", c.end()) \
                    and not inside.contains(c.start()):
                kin = _KIN_BEFORE.search(text, max(0, c.start() - 40), c.start())
                if kin is not None:
                    # "Pete Alvarez and his younger brother, Luis, …": someone the story calls by a given name
                    # alone, whom "Luis, 44, handles the books. He said …" then makes the subject
                    gender = _KIN_GENDER.get(kin.group("kin")) or _first_name_gender(word)
                    self.person([word], c.start(), role=kin.group("kin"), gender=gender)
                    self.known_surnames.add(_key(word))
                    known[word] = True
                    continue
            if is_known and _SURNAME_OPENS.match(text, c.start()) is not None and not inside.contains(c.start()):
                self.person([word], c.start(), subject=True)
            elif is_possessive(word) and not inside.contains(c.start()) \
                    and _key(strip_possessive(word)) in self.known_surnames \
                    and _POSSESSOR_OPENS.match(text, c.start()) is not None \
                    and _PASSIVE_BY_A_NAME.match(text, c.end()) is None:
                # "Okafor’s plan for the pier drew jeers. He said …": a sentence about what a person has is
                # about the person, the one a "he" after it points to
                self.person([strip_possessive(word)], c.start(), subject=True)
        for m in _DESCRIBED_SUBJECT.finditer(text):
            self._description_as_subject(m, inside)

    def _scan_people(self, text: str, runs: list[tuple[int, list[str]]]) -> None:
        """Register every person the article names with a title, an honorific or a full name.

        This is what lets "he" and "the Ukrainian leader" find someone who was
        named in passing and never quoted before.
        """
        companies = {start for start, _ in self._companies}
        for start, toks in runs:
            if start in companies:
                continue    # ("Southcoast Power … Its director": a company, though two words like a name)
            honorific = is_honorific(toks[0])
            if toks[0] in NOT_NAME and not honorific:
                toks = toks[1:]
                if len(toks) < 2:
                    continue
            window = text[max(0, start - 80):start]
            line = window.rfind("\n")
            # the words before it on its line (the first word of the window may be cut, unless the window
            # starts the text: "Former mayor Ana Ruiz …" opening an article keeps "Former")
            lead = window[line + 1:].split() if line != -1 else window.split()[0 if start <= 80 else 1:]
            k = len(lead)
            if _member_of_a_body(lead[-2:]):
                k -= 2      # "City council member Ada Okafor": lower-case words, yet a title
            while k > 0 and (abbreviated_title(lead[k - 1]) or (
                    (lead[k - 1].lower() in ROLE_WORDS or lead[k - 1][:1].isupper())
                    and (lead[k - 1][-1:].isalnum() or lead[k - 1].lower() in ("u.s.", "u.n."))
                    and lead[k - 1] not in NOT_NAME and lead[k - 1].lower() != "and"
                    and not is_honorific(lead[k - 1])
                    and not (lead[k - 1].endswith(".") and lead[k - 1].count(".") == 1))):
                k -= 1
            role_toks, name_toks = split_title(lead[k:] + toks)
            gender = None
            if honorific:
                gender = honorific_gender(toks[0])
                name_toks = toks[1:]
            titled = any(t.lower().rstrip(".") in TITLE_HEADS for t in role_toks) or _member_of_a_body(role_toks)
            name_toks = self._without_common_words([strip_possessive(t) for t in name_toks])
            # "Russian-speaking Donbas" is no name, "Ban Ki-moon" is: a lower-case hyphen part only disqualifies
            # the first word
            if not name_toks or any(t.lower() in ORG_HEADS for t in name_toks) or (
                    "-" in name_toks[0] and _LOWER_HYPHEN.search(name_toks[0])):
                continue
            if self._participle_and_surname(name_toks, start):
                continue
            if not honorific and len(role_toks) >= 2 and role_toks[-1] == "the" \
                    and role_toks[-2].lower() in OWNER_PREPOSITIONS:
                # "chair of the Harlow Ridge advisory council", "a guard at the Kessel base": what a title
                # belongs to after "of the" is a body or a place (a person takes no "the"), no one a "she" means
                continue
            # ("the Lina Marsh reading room", "Chez Marlot", "president of the Orla Hotel"): no one, though a
            # title's own name may end so ("Mayor Dana Tower")
            if not honorific and (not titled or (role_toks and role_toks[-1].lower() in OWNER_PREPOSITIONS)) \
                    and (names_no_person(name_toks) or _ROOM_AFTER.match(text, self._run_ends.get(start, start))):
                continue
            if not (honorific or titled):
                prev = lead[-1].lower() if lead else ""
                # (a particle is no word of its own: "Rustam bin Haleed al-Karimi" has three)
                words = sum(1 for t in name_toks if t.lower() not in NAME_PARTICLES)
                if words < 2 or words > 3 \
                        or (prev in _PLACE_PREPOSITIONS and not _opens_with_a_given_name(name_toks)) \
                        or not self._looks_like_person_name(name_toks):
                    continue
            # "a spokesman for Hillary Clinton": the one named is the object of the description, whose
            # role is not hers, and who, not she, is the sentence's subject
            owned = serves_another(role_toks)
            while role_toks and role_toks[0].lower() in OWNER_PREPOSITIONS | {"and"}:
                role_toks = role_toks[1:]   # "the campaign of Republican nominee Ann Lee": the role starts after "of"
            role = " ".join(role_toks).strip() if titled and not owned else None
            if role is not None and a_lone_rank(role_toks):
                # "Gen. Ann Vale, a retired commander of the fleet, …": the appositive says more than a rank
                role = appositive_role(text, self._run_ends.get(start, start)) or role
            # a sentence's subject, or the speaker after an inverted verb ("…,” said Christine Link, …)
            k0 = k - 1 if k > 0 and lead[k - 1] in ("The", "A", "An") else k    # "The Washington Post columnist …"
            phrase_at = start - sum(len(t) + 1 for t in lead[k0:])
            subject = not owned and (_opens_sentence(text, phrase_at)
                                     or _after_an_opening_subordinator(text, phrase_at, lead[:k0]) or (
                k > 1 and lead[k - 1] in INVERTED_VERBS and lead[k - 2][-1:] in (",", "”", '"', "'", "’")
                and not is_possessive(toks[-1]))
                or (not is_possessive(toks[-1]) and _PASSIVE_DOER_BEFORE.search(
                    text, max(0, start - 120), phrase_at) is not None))
            ent = self.person(name_toks, start, role=_strip_articles(role) if role else None, gender=gender,
                              subject=subject)
            if ent is not None and not ent.role:
                end = self._run_ends.get(start, start)
                ent.role = appositive_role(text, end) or _role_before(text, start, end)
            if ent is not None and not honorific:
                # "said flood widow Terry Lind", "Kim Vale, a spokeswoman for the port": the noun the article
                # calls them by tells a "she" from a "he" better than a given name that can be either's
                told = _gender_of_noun(_words_right_before(lead)) or _gender_of_noun(_own_role_words(ent.role))
                if told is not None:
                    ent.gender = told

    def _description_as_subject(self, m: regex.Match, inside: "_Spans") -> None:
        """"The Vermont senator is struggling … He continues to insist …": a sentence that opens with "the" and
        a role (a definite description) is about that person, the one a "he" after it means: the person the role
        fits, or else the person as the description names them (the story calls them so where it does)."""
        words = m.group("words").split()
        if words[-1] not in _ROLE_NOUNS or inside.contains(m.start()) or not _opens_sentence(self._text, m.start()):
            return
        ent = self.describe(words, m.start()) or self.describe_ahead(words, m.start())
        if ent is not None:
            self.mentioned(m.start(), ent, subject=True)
        else:
            self.body(self._text[m.start():m.end("words")], m.start(), "person")

    def _participle_and_surname(self, toks: list[str], start: int) -> bool:
        """"Bashing Okafor may be job one", "Joining Ruiz on the stage were …": a sentence that opens with a
        participle and its object, a surname, names nobody "Bashing". (A given name in -ing, "Irving", is
        a name; so is "Channing Vale" inside a sentence.)"""
        first = toks[0]
        if not (len(toks) == 2 and len(first) > 5 and first.endswith("ing") and first not in GIVEN_NAMES
                and self._text.startswith(first, start)):
            return False
        # (the sentence's very start: "… a Soviet agent, Channing Vale, who …" is a name)
        before = self._text[max(0, start - 8):start].rstrip(" \t\u00a0")
        return before[-1:] in ("", ".", "!", "?", "\n", "”", '"')

    def _without_common_words(self, toks: list[str]) -> list[str]:
        """"Elections Susan Bucher" -> "Susan Bucher": lower-case words of the article, capitalised in a
        headline or a run of names, are not the start of a name of three words."""
        while len(toks) > 2 and self._is_common(toks[0]):
            toks = toks[1:]
        return toks

    def _is_common(self, word: str) -> bool:
        low = word.lower()
        return low != word and low in self.words and word not in GIVEN_NAMES

    def _looks_like_person_name(self, toks: list[str]) -> bool:
        """A run of capitalised words with a person's shape whose first word is a given name or no word the
        article writes in lower case ("Bill Clinton" where "the bill" is written stays a name)."""
        return _looks_like_person_name(toks) and not self._is_common(toks[0])

    # ------------------------------------------------------------------ registering
    def person(self, name_tokens: list[str], pos: int, *, role: Optional[str] = None,
               gender: Optional[str] = None, subject: bool = False) -> Optional[Entity]:
        """The person called ``name_tokens`` (first names may be missing), creating them if new."""
        toks = [t for t in name_tokens if t]
        if not toks:
            return None
        toks[-1] = strip_possessive(toks[-1])     # however the name was found: "Even before Francis' remarks"
        surname_i = len(toks) - 1
        while surname_i > 0 and toks[surname_i].lower().strip(".") in _SUFFIXES:
            surname_i -= 1
        surname = _key(toks[surname_i])
        ent = self._find_person(toks, surname, gender, pos)
        if ent is None and len(toks) == 1:
            toks = self._full_name_meant(surname, pos, gender) or toks
        full = " ".join(toks)
        if gender is None and len(toks) > 1:
            gender = _given_names_gender(toks[:-1])
        if ent is None:
            ent = Entity(name=full, gender=gender, role=role)
            self.entities.append(ent)
            self._by_surname.setdefault(surname, []).append(ent)
        else:
            if len(full) > len(ent.name) and len(toks) >= len(ent.name.split()):
                ent.aliases.add(ent.name)
                ent.name = full
            if role and not ent.role:
                ent.role = role
            if gender and not ent.gender:
                ent.gender = gender
        ent.aliases.add(full)
        self.mentioned(pos, ent, subject)
        if subject and (_opens_subordinate_clause(self._text, pos) or _in_a_that_clause(self._text, pos)) \
                and self._person_subject_before(pos):
            # "Ruiz spoke after Tom Bell had reported the leak. She said …": Bell is the subject of the
            # clause "after" opens, not of the sentence; after its end "she" is still Ruiz
            # (where the sentence's subject is no person, "The plan stalled when Bell left. He said …", the
            # clause's subject is the one a "he" finds)
            self.as_clause_subjects(len(self.timeline) - 1, pos, pos + 1, _sentence_end(self._text, pos))
        return ent

    def _full_name_meant(self, surname: str, pos: int, gender: Optional[str]) -> Optional[list[str]]:
        """The full name a bare surname at ``pos`` stands for, when the article tells: the only one it gives,
        else the last one written before it that opens with a given name fitting ``gender``. In "a note
        from Paul R. Okafor … Mr. Okafor sent it … his sister, Mina Okafor" the bare one is Paul's, though
        the article names Mina too (and his full name, after "from", registered nobody); a run of capitals
        such as "a Harbor-area Brask volunteer" is no one's full name."""
        fulls = self.full_names.get(surname, ())
        if len({tuple(toks) for _, toks in fulls}) == 1:
            return list(fulls[0][1])
        before = [toks for start, toks in fulls if start < pos and toks[0] in GIVEN_NAMES
                  and (gender is None or _first_name_gender(toks[0]) in (None, gender))]
        return list(before[-1]) if before else None

    def mentioned(self, pos: int, ent: Entity, subject: bool = False) -> None:
        """Record that ``ent`` is mentioned at ``pos``, keeping the timeline in text order.

        ``subject`` marks a mention as a sentence's subject or a quote's speaker: the
        people a following "he" or "she" most often points back to.
        """
        bisect.insort(self.timeline, (pos, len(self.timeline), ent, subject))
        ent.first_at = min(ent.first_at, pos)
        if subject:
            ent.subject_mentions += 1

    def _person_subject_before(self, pos: int) -> bool:
        """Is a person recorded as a subject earlier in the sentence going on at ``pos``?"""
        start = _sentence_start(self._text, pos)
        i = bisect.bisect_left(self.timeline, (start,))
        while i < len(self.timeline) and self.timeline[i][0] < pos:
            _, _, ent, subject = self.timeline[i]
            if subject and ent.kind == "person":
                return True
            i += 1
        return False

    def recorded(self) -> int:
        """How many mentions are recorded so far: the mark `as_clause_subjects` takes back to."""
        return len(self.timeline)

    def as_clause_subjects(self, since: int, lo: int, hi: int, until: int) -> None:
        """The subject mentions in ``[lo, hi)`` recorded since the mark ``since`` (from `recorded`) are the
        subjects of a relative clause, not of its sentence: subjects for a "he" or "she" before ``until`` (the
        sentence's end: "Lee, who said she …"), plain mentions after it ("Ruiz met Governors Bell and Okoye,
        who say the levy is fair. She said …": "she" is still Ruiz).

        (They still count in ``subject_mentions``: they speak, and a bare surname may mean them.)"""
        i = bisect.bisect_left(self.timeline, (lo,))
        while i < len(self.timeline) and self.timeline[i][0] < hi:
            p, order, ent, subject = self.timeline[i]
            if subject and order >= since:
                self.timeline[i] = (p, order, ent, False)
                self._clause_subject_until[order] = until
            i += 1

    def remention(self, pos: int, old: Optional[Entity], new: Entity) -> None:
        """The subject mention at ``pos`` was ``old`` and is ``new``: a pronoun resolved again."""
        i = bisect.bisect_left(self.timeline, (pos,))
        while i < len(self.timeline) and self.timeline[i][0] == pos:
            p, order, ent, subject = self.timeline[i]
            if ent is old:
                self.timeline[i] = (p, order, new, subject)
                if subject:
                    old.subject_mentions -= 1
                    new.subject_mentions += 1
                return
            i += 1
        self.mentioned(pos, new, True)

    def _find_person(self, toks: list[str], surname: str, gender: Optional[str] = None,
                     pos: int = -1) -> Optional[Entity]:
        # the last few people of that surname (an article has one or two; a hostile one thousands)
        cands = self._by_surname.get(surname, ())[-8:]
        if not cands:
            return None
        if len(toks) > 1 and toks[0].lower() not in _PARTICLES:    # ("de Blasio", "Van Aalst": a surname alone)
            initials = _given_initials(toks)
            for e in reversed(cands):
                etoks = e.name.split()
                if len(etoks) == 1 or initials & _given_initials(etoks):
                    return e
            return None
        if len(cands) > 1 and gender:
            # "Mr. Delgado" where the article names Ana Delgado and her husband Luis: the honorific's gender
            # rules out whoever it contradicts (unless it contradicts them all, and then it decides nothing)
            cands = [e for e in cands if e.gender in (None, gender)] or cands
        if len(cands) > 1 and pos >= 0:
            # "I met Tomas Lind in 2019. Lind, now 71, …", and only then "His wife, Marit Lind": a bare surname
            # means one of that name the reader has met already
            cands = [e for e in cands if e.first_at < pos] or cands
        if len(cands) > 1:
            # "Her daughter, Lena Kovac, said …" and then "Ms. Kovac designed …": one the article names as
            # another's kin goes by her given name after, so the surname means a namesake who is no kin
            cands = [e for e in cands if not _named_as_kin(e)] or cands
        if len(cands) > 1:
            # "Murphy said" where the article names Sen. Chris Murphy and, in passing, Anne Marie Murphy:
            # the one who speaks and acts in it; on a tie, the one last the subject of a sentence before ``pos``,
            # else last named before it ("Ana Ruiz, the mother of Luis Ruiz, rejected it. “…,” Ruiz said")
            last_seen = self._last_seen_before(cands, pos)
            return max(reversed(cands), key=lambda e: (e.subject_mentions, *last_seen.get(id(e), (-1, -1))))
        return cands[-1]

    def _last_seen_before(self, cands: list[Entity], pos: int) -> dict[int, tuple[int, int]]:
        """Where each of ``cands`` was last a subject and last mentioned before ``pos`` (-1 for never), among the
        LOOKBACK mentions before it."""
        wanted = {id(e) for e in cands}
        subject_at: dict[int, int] = {}
        named_at: dict[int, int] = {}
        for p, _, e, subject in self._recent(pos):
            if id(e) in wanted:
                named_at.setdefault(id(e), p)
                if subject:
                    subject_at.setdefault(id(e), p)
        return {k: (subject_at.get(k, -1), p) for k, p in named_at.items()}

    def body(self, name: str, pos: int, kind: str, subject: bool = True) -> Entity:
        """An organisation or group, matched by its normalised name."""
        key = (kind, _key(strip_article(name)))
        ent = self._bodies.get(key)
        if ent is None:
            ent = self._bodies[key] = Entity(name=name, kind=kind)
            self.entities.append(ent)
        self.mentioned(pos, ent, subject)
        return ent

    def described(self, mention: str, pos: int, role: Optional[str] = None) -> Entity:
        """Someone the story never names, who speaks at ``pos`` as ``mention`` ("one Ohio delegate", "a local
        farmer"): a person of the cast from there on, whom the next "he" or "she" means as much as a named one
        (each such description is a new person: "a farmer" and "a farmer" later need not be one)."""
        ent = Entity(name=mention, gender=_gender_of_noun([w.lower() for w in mention.split()]), role=role)
        self.entities.append(ent)
        self.mentioned(pos, ent, True)
        return ent

    def company_named(self, word: str) -> Optional[str]:
        """The company a lone capitalised word is short for: "Varda" where the article names Varda Holdings
        (unless someone in it has that surname: "Ms. Varda" is a person)."""
        word = strip_possessive(word)
        name = self._company_by_first_word.get(word)
        return None if name is None or _key(word) in self.known_surnames else name

    def company_before(self, pos: int) -> Optional[str]:
        """The company the article named last before ``pos``: the one "the company" or "the chipmaker" means."""
        i = bisect.bisect_left(self._companies, (pos,))
        return self._companies[i - 1][1] if i else None

    def knows_surname(self, word: str) -> bool:
        """Does the article name someone with this surname ("PENCE" where it names Mike Pence)?"""
        return _key(strip_possessive(word)) in self.known_surnames

    # ------------------------------------------------------------------ resolving
    def _recent(self, pos: int):
        """Entities mentioned before ``pos``, newest first, at most LOOKBACK of them.

        Bounded so that an article of thousands of names still resolves each pronoun
        in constant time; an antecedent further back than that is not one a reader would find.
        """
        i = bisect.bisect_left(self.timeline, (pos,))
        for k in range(i - 1, max(-1, i - 1 - LOOKBACK), -1):
            yield self.timeline[k]

    def last_person(self, pos: int, gender: Optional[str] = None) -> Optional[Entity]:
        """The most recent person mentioned before ``pos`` whose gender does not contradict ``gender`` (for a
        bare surname that does, its one namesake of ``gender``: see `_namesake_of_gender`)."""
        nearest = None
        for p, order, e, subject in self._recent(pos):
            if e.kind != "person":
                continue
            if not (gender is None or e.gender in (None, gender)):
                e = self._namesake_of_gender(e, p, gender)
                if e is None:
                    continue
            if nearest is None:
                nearest = e
            if subject or pos < self._clause_subject_until.get(order, -1) or pos - p > SUBJECT_REACH:
                # prefer the last subject over people merely mentioned since ("he criticized Obama. “…,” he said")
                return e if pos - p <= SUBJECT_REACH else nearest
        return nearest

    def _namesake_of_gender(self, ent: Entity, pos: int, gender: str) -> Optional[Entity]:
        """The other person of ``ent``'s surname, of ``gender``, when the mention at ``pos`` is the bare surname:
        "Ruiz said …" where the article names Ana Ruiz and her husband Luis, then "he added" is Luis. The bare
        surname was resolved to one of them without a pronoun to tell; the pronoun tells."""
        if not self._text.startswith(ent.surname, pos):
            return None
        # (the last few of that surname, as `_find_person` reads them: an article has one or two)
        others = [e for e in self._by_surname.get(_key(ent.surname), ())[-8:] if e is not ent and e.gender == gender]
        return others[-1] if len(others) == 1 else None

    def last_body(self, pos: int, kind: Optional[str] = None) -> Optional[Entity]:
        """The most recent organisation or group before ``pos``; of ``kind`` only, when given ("it" is an
        organisation, "they" a group: number agrees). Only one named within BODY_REACH characters: "they"
        points back to a group just named, and further back it is more often someone else."""
        for p, _, e, _ in self._recent(pos):
            if pos - p > BODY_REACH:
                return None
            if e.kind != "person" and (kind is None or e.kind == kind):
                return e
        return None

    def body_by_head(self, head: str, pos: int) -> Optional[Entity]:
        """'the authority' -> the Lenning Port Authority named before: a definite description of one noun is
        the last organisation the article named in full with that noun at its end ("one company" or "a CBS
        poll" is no name: "the company" after it may be another)."""
        for _, _, e, _ in self._recent(pos):
            if e.kind != "organization":
                continue
            words = e.name.replace("\u00a0", " ").split()
            if words[0].lower() in _INDEFINITE_OPENERS:
                continue
            words = strip_article(" ".join(words)).split()
            if len(words) >= 2 and words[-1].lower() == head:
                return e
        return None

    def names_between(self, lo: int, hi: int) -> bool:
        """Is anyone or any body mentioned in ``text[lo:hi]``?"""
        i = bisect.bisect_left(self.timeline, (lo,))
        return i < len(self.timeline) and self.timeline[i][0] < hi

    def describe(self, words: list[str], pos: int) -> Optional[Entity]:
        """'the Ukrainian leader' -> the last person whose role fits the head noun and its modifiers."""
        if not words:
            return None
        if "year-old" in words[:-1] or words[-1] == "year-old":
            return self._by_age(words, pos)
        if len(words) == 1 and is_demonym(words[0]):
            return self.last_person(pos)
        fits = _role_fit(words)
        if fits is None:
            return None
        seen = set()
        for _, _, e, _ in self._recent(pos):
            if e.kind != "person" or id(e) in seen or not e.role:
                continue
            seen.add(id(e))
            if fits(e.role):
                return e
        if any(w[:1].isupper() and w.lower() in PLACES for w in words[:-1]):
            # no role names the place ("the Florida senator" for "Sen. Marco Rubio"): the person just named, when
            # the head fits them, as the story goes on about them; not someone further back, whom another
            # person named since stands between (the senator from Arizona two items before "the Vermont senator")
            loose = _role_fit(words, places_too=False)
            last = self.last_person(pos)
            if last is not None and last.role and loose(last.role):
                return last
        return None

    def describe_ahead(self, words: list[str], pos: int) -> Optional[Entity]:
        """The person a description at ``pos`` is of, named after it.

        'The Kremlin’s top spokesman denounced the remarks … “…,” Putin spokesman Dmitry Peskov said': a
        definite description that fits no one named so far is, as often as not, the person the story names
        next with that very role, a sentence or two on. Only someone not yet in the story, and only within
        CATAPHORA_REACH: past that, or with someone else of the role named first, the description stays as
        written."""
        if len(words) < 2:
            return None     # ("the senator", "the judge" alone are how a story goes on about someone named)
        fits = _role_fit(words)
        if fits is None:
            return None
        i = bisect.bisect_left(self.timeline, (pos + 1,))
        for p, _, e, _ in self.timeline[i:i + LOOKBACK]:
            if p > pos + CATAPHORA_REACH:
                break
            if e.kind == "person" and e.role and fits(e.role):
                # (mentioned at ``pos`` itself only when this description was already read as them)
                return e if e.first_at >= pos else None
        return None

    def in_a_byline(self, pos: int) -> bool:
        """Is the name at ``pos`` a byline's ("By Priya Natarajan" on a line of its own)? The writer is not in
        the story: no one a description or a pronoun points to, and not whom an interview is with."""
        start = self._text.rfind("\n", 0, pos) + 1
        end = self._text.find("\n", pos)
        line = self._text[start:end if end != -1 else len(self._text)].strip()
        return len(line) < _BYLINE_CHARS and _BYLINE.match(line) is not None

    def named_next(self, pos: int) -> Optional[Entity]:
        """"The former treasurer of the Brackwater Rowing Club testified … . Wendy Ashcombe, 54, told the jury
        …": a story that opens on someone's office in a body names them next, as the subject of a sentence of
        their own. The first person named after ``pos`` (within CATAPHORA_REACH), if the story has not named
        them before, gives them no other role, and opens a sentence with their name; and only where no one was
        named just before (then the office is as likely theirs: "Mira Castell was in court. The former
        treasurer …")."""
        if any(e.kind == "person" and pos - p <= SUBJECT_REACH and not self.in_a_byline(p)
               for p, _, e, _ in self._recent(pos)):
            return None
        i = bisect.bisect_left(self.timeline, (pos + 1,))
        for p, _, e, _ in self.timeline[i:i + LOOKBACK]:
            if p > pos + CATAPHORA_REACH:
                break
            if e.kind != "person":
                continue
            if e.first_at < pos:
                continue    # (someone named before: not who is brought in)
            return e if not e.role and _opens_sentence(self._text, p) else None
        return None

    def _by_age(self, words: list[str], pos: int) -> Optional[Entity]:
        """'the 23-year-old', 'the 23-year-old striker': an age with "the" is how a report goes on about
        someone it has just named (a new person comes with "a"), so it is the last person the story was
        about; what follows the age is their role when the article has given them none."""
        ent = self.last_person(pos)
        noun = words[words.index("year-old") + 1:]
        if ent is not None and noun and not ent.role and noun[-1].lower() in _ROLE_NOUNS:
            ent.role = " ".join(noun)
        return ent


_HEADLINE_CHARS = 200
_INDEFINITE_OPENERS = {"a", "an", "one", "another", "some", "any", "each", "every", "no"}


def _role_fit(words: list[str], places_too: bool = True) -> Optional[Callable[[str], bool]]:
    """Does a role fit the description ``words``? The role must have its head noun, or a synonym of it, for
    itself (not for whom it serves, see `_served_by`), and a nationality among the description's modifiers ("the
    Ukrainian leader") must be the role's. None when the head is no noun for a person."""
    head = words[-1].lower()
    # a role noun with no synonyms listed stands for itself: "the columnist" is the person whose role is
    # "columnist"
    wanted = DESCRIPTION_SYNONYMS.get(head) or ((head,) if head in _ROLE_NOUNS else None)
    if wanted is None:
        return None
    nations = [m for m in {w.lower() for w in words[:-1]} - {"the", "a", "an", "top", "former", "new"}
               if _NATIONALITY.match(m.capitalize())]
    # a place before the head ("the Vermont senator", "the Ohio governor") says where the person serves: someone
    # whose role names no such place is another senator, not the one meant (a senator from Arizona named earlier)
    places = [w.lower() for w in words[:-1] if w[:1].isupper() and w.lower() in PLACES] if places_too else []

    def fits(role: str) -> bool:
        role = role.lower()
        return any(w in _served_by(role) for w in wanted) and all(m in role or _nation_match(m, role)
                                                                  for m in nations) \
            and all(p in role for p in places)
    return fits


def _served_by(role: str) -> str:
    """'spokesman for the mayor' -> 'spokesman': whom an aide serves is part of the aide's role, but "the mayor"
    is not the aide. So with kin: "the nominee's eldest daughter", "daughter of the nominee" is no nominee."""
    words = role.split()
    owned = max((i for i, w in enumerate(words) if is_possessive(w)), default=-1)
    if owned != -1:
        words = words[owned + 1:]
    for i in range(1, len(words)):
        if words[i] in OWNER_PREPOSITIONS and (words[i - 1] in SERVES_SOMEONE or words[i - 1] in _KIN):
            return " ".join(words[:i])
    return " ".join(words)


# nouns for whom someone is to another ("the mayor's daughter", "a friend of the senator")
_KIN = {"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "widow", "widower", "niece",
        "nephew", "cousin", "grandson", "granddaughter", "grandmother", "grandfather", "aunt", "uncle", "fiancee",
        "fiancée", "fiance", "fiancé", "girlfriend", "boyfriend", "friend", "daughters", "sons", "children",
        "child", "stepson", "stepdaughter", "stepfather", "stepmother", "in-law", "son-in-law", "daughter-in-law"}


# a kin noun of someone just named, then a comma, right before a given name: "his younger brother, Luis"
_KIN_BEFORE = regex.compile(r"(?<!\p{L})(?:his|her|their|my|our)\s+(?:[\p{Ll}\-]+\s+){0,2}"
                            r"(?P<kin>%s)\s*,\s*$" % "|".join(sorted(_KIN, key=len, reverse=True)))
_KIN_GENDER = {"daughter": "f", "son": "m", "wife": "f", "husband": "m", "mother": "f", "father": "m", "brother": "m",
               "sister": "f", "widow": "f", "widower": "m", "niece": "f", "nephew": "m", "grandson": "m",
               "granddaughter": "f", "grandmother": "f", "grandfather": "m", "aunt": "f", "uncle": "m"}


# nouns for a person that tell a "he" from a "she" ("flood widow Terry Lind", "Kim Vale, a spokeswoman"); not
# the titles in "-man" nor "actor", which news gives women too ("council spokesman Ana Brisk")
_NOUN_GENDER = {**_KIN_GENDER, "woman": "f", "man": "m", "spokeswoman": "f", "businesswoman": "f",
                "congresswoman": "f", "chairwoman": "f", "councilwoman": "f", "assemblywoman": "f",
                "alderwoman": "f", "anchorwoman": "f", "policewoman": "f", "sportswoman": "f", "actress": "f",
                "girl": "f", "boy": "m", "lady": "f", "gentleman": "m", "queen": "f", "king": "m", "nun": "f",
                "priest": "m", "waitress": "f", "heiress": "f", "duchess": "f", "countess": "f", "princess": "f",
                "prince": "m", "stepmother": "f", "stepfather": "m", "stepdaughter": "f", "stepson": "m",
                "girlfriend": "f", "boyfriend": "m", "fiancee": "f", "fiancée": "f"}


def _words_right_before(lead: list[str]) -> list[str]:
    """The lower-case words right before a name, back to the first that is no noun or adjective of its own
    ("said flood widow" -> "widow"; "a spokeswoman for" -> nothing: the name after "for" is someone else)."""
    out = []
    for w in reversed(lead[-3:]):
        if not w.isalpha() or not w.islower() or w in OWNER_PREPOSITIONS or w in ("the", "a", "an", "said", "says"):
            break
        out.append(w)
    return out


def _own_role_words(role: Optional[str]) -> list[str]:
    """A role's words up to its first preposition: the person's own noun ("spokeswoman for the port" ->
    "spokeswoman"; "mother of three" -> "mother"), not the one they serve."""
    out = []
    for w in (role or "").lower().split():
        if w in OWNER_PREPOSITIONS:
            break
        out.append(w)
    return out[-1:]


def _gender_of_noun(words: list[str]) -> Optional[str]:
    """The gender the nouns ``words`` tell, when they tell one and only one."""
    told = {_NOUN_GENDER.get(w) for w in words} - {None}
    return told.pop() if len(told) == 1 else None


def _named_as_kin(ent: Entity) -> bool:
    """Was ``ent`` introduced as the kin of someone in the story ("Her daughter, Lena Kovac", "his wife, Ana")?
    (Not kin "of" someone named, "Liz Vane, the daughter of former Gov. Dick Vane": she may be the story.)"""
    words = ent.role.lower().split() if ent.role else ()
    return bool(words) and words[-1] in _KIN


def _headlines(text: str) -> list[tuple[int, int]]:
    """Lines in title case with no full stop ("Marsh Final Column Sees Harbor Hopes"): a headline's capitals
    make names of every pair of words, so nobody is introduced there (full names are still read from it)."""
    spans, start = [], 0
    for line in text.split("\n"):
        if len(line) <= _HEADLINE_CHARS and line.rstrip()[-1:] not in (".", "!", "?", ":", "”", '"', ""):
            long_words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
            if len(long_words) >= 4 and sum(w[:1].isupper() for w in long_words) >= 0.8 * len(long_words):
                spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


# the words that open a subordinate clause, whose subject is not its sentence's ("after Bell had reported …")
_SUBORDINATORS = frozenset({"when", "after", "before", "because", "that", "what", "as", "while", "if",
                            "although"})
_SUBJECT_LEAD_WORDS = 4     # how many words of a subject's phrase may stand before its name


def _opens_subordinate_clause(text: str, pos: int) -> bool:
    """Is the name at ``pos`` the subject of a clause a subordinating word opens: the word before its phrase
    ("after the Gazette’s Tom Bell", "what council member Ann Ruiz", "that Bell")?

    (Only the few words a subject's phrase puts before a name are passed over: an article, capitalised and
    possessive words, role words.)"""
    words = text[max(0, pos - 60):pos].split()
    if pos > 60 and words:
        words = words[1:]   # (the first word of the window may be cut)
    for k in range(len(words) - 1, max(-1, len(words) - 2 - _SUBJECT_LEAD_WORDS), -1):
        word = words[k]
        low = word.lower()
        if low in _SUBORDINATORS:
            return word == low or k == 0 or words[k - 1][-1:] in ".!?\n"   # "When Bell …" opening a sentence
        if not (word[:1].isupper() or is_possessive(word) or low in ("the", "a", "an") or low in ROLE_WORDS) \
                or word[-1:] in ".!?,;:”\"":
            return False
    return False


# the subordinators that open a sentence with its clause ("While Mr. Ruiz backs the plan, he …"): the clause's
# subject is the one the main clause's pronoun, and the sentences after it, are about
_OPENING_SUBORDINATORS = frozenset({"When", "While", "After", "Before", "Because", "Although", "Though", "If",
                                    "Since", "Once", "Until", "Whereas"})


def _after_an_opening_subordinator(text: str, start: int, lead: list[str]) -> bool:
    """Is the name's phrase at ``start`` (``lead`` the words before it on its line) right after a subordinator that
    opens its sentence: "While Mr. Ruiz shares …, he …", "When Sen. Ana Ruiz took office, …"?"""
    if not lead:
        return False
    if lead[-1] in _OPENING_SUBORDINATORS:
        return _opens_sentence(text, start - len(lead[-1]) - 1)
    # or after the comma of an opening phrase: "Unlike in 2012, when Mr. Ruiz …, this time he …" (a subject
    # named before it in the sentence keeps the sentence: `Cast.person` makes this one the clause's only)
    return len(lead) >= 2 and lead[-1].capitalize() in _OPENING_SUBORDINATORS and lead[-1].islower() \
        and lead[-2].endswith(",")


_THAT = regex.compile(r"\bthat\s")
# how far either side of an offset the sentence around it is looked for
_SENTENCE_REACH = 200


def _in_a_that_clause(text: str, pos: int) -> bool:
    """Does a "that" stand earlier in the sentence going on at ``pos``, so that a name there is a subject
    within what someone else declared ("Kessel recalled that, before the vote, Ruiz was not taken
    seriously")?"""
    if text.find("that", max(0, pos - _SENTENCE_REACH), pos) == -1:
        return False    # (no "that" within a sentence's reach: no sentence to find)
    return _THAT.search(text, _sentence_start(text, pos), pos) is not None


def _sentence_around(text: str, pos: int) -> Span:
    """The sentence going on at ``pos``, as `text.sentences` cuts it, within _SENTENCE_REACH characters either
    side and within its line."""
    lo = text.rfind("\n", max(0, pos - _SENTENCE_REACH), pos) + 1 or max(0, pos - _SENTENCE_REACH)
    hi = text.find("\n", pos, pos + _SENTENCE_REACH)
    hi = min(len(text), pos + _SENTENCE_REACH) if hi == -1 else hi
    for span in sentences(text, lo, hi):
        if span.start <= pos < span.end or span.start > pos:
            return span
    return Span(lo, hi)


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence going on at ``pos`` ends."""
    return _sentence_around(text, pos).end


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence going on at ``pos`` starts."""
    return _sentence_around(text, pos).start


def _opens_sentence(text: str, pos: int) -> bool:
    """Is ``pos`` a sentence's subject position: its start, or after an opening phrase ("In an email, …")?"""
    pos = _title_start(text, pos)
    window = text[max(0, pos - 120):pos]
    before = window.rstrip()
    if not before or window[len(before):].count("\n"):
        return True
    if before[-1] == ".":
        return not _ends_in_abbreviation(before)
    if before[-1] in "”\"":
        # "… the plan.” Ruiz …" and '“…,” Ruiz said' open a clause; 'turned to “little” Tom Bell' does not:
        # a quote's close ends one only after the quote's own end or comma
        return len(before) < 2 or before[-2] in ".!?,"
    if before[-1] in "!?\n:;":
        return True
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    opener = window[cut + 1:] if cut != -1 else window
    words = opener.split()
    # an opening phrase: starts with a capitalised function word, ends with a comma, no sentence end inside
    # (a one-word opener carries its comma: "Then, Bell set …")
    return (bool(words) and before.endswith(",") and words[0].rstrip(",") in NOT_NAME and len(opener) <= 90
            and not any(c in opener for c in ".!?"))


_WORD = regex.compile(r"\S+")


def _title_start(text: str, pos: int) -> int:
    """Where the title before the name at ``pos`` starts, when it ends in an abbreviation ("Coastal Sen. Ana
    Ruiz", "Former Gov. Tom Bell": capitalised words, role words and abbreviations); else ``pos``."""
    window = text[max(0, pos - 80):pos]
    window = window[window.rfind("\n") + 1:]     # (a title is on the name's line)
    if not window.rstrip().endswith(".") or not _ends_in_abbreviation(window.rstrip()):
        return pos
    words = list(_WORD.finditer(window))
    k = len(words)
    while k > 0:
        w = words[k - 1].group()
        if w.endswith(".") and not _ends_in_abbreviation(w):
            break   # a sentence's end: "… in Ohio. Sen. Ana Ruiz"
        if not (w[:1].isupper() or w.lower() in ROLE_WORDS):
            break
        k -= 1
    return pos - len(window) + words[k].start() if k < len(words) else pos


def _ends_in_abbreviation(before: str) -> bool:
    """Is the period ending ``before`` an abbreviation's or an initial's, not a sentence's ("particularly
    Sen. Lee", "Govs. Ana Ruiz and Tom Bell", "the scholar A.E. Ruiz")?"""
    word = before[-12:].split()[-1].rstrip(".")
    return word.lower() in ABBREVIATIONS or (word.endswith("s") and word[:-1] in HONORIFICS) or _is_initial(word + ".")


class _Spans:
    """Sorted disjoint spans, for "is this offset inside a quote?"."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def contains(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and self.spans[k][0] <= pos < self.spans[k][1]


# ", the head of the Russian delegation," right after a name: the role the article gives that person, even in
# a sentence where they say nothing ("Dana Ruiz, the mayor, opened the hall"), so a later "the mayor said"
# finds her. An article opens the description, a title word is in it, and no verb or clause is: ", a
# retired teacher who lives nearby," describes, but is not a title.
# (an age may come first: "Ann Ruiz, 54, a retired teacher,")
_APPOSITIVE = regex.compile(r"[^\S\n]*(?:,[^\S\n]+\d{1,3}(?=,))?,[^\S\n]+((?:(?:the|a|an)[^\S\n]|(?=\p{Ll}))(?:[^,;:!?()“”\"\n.]|\.(?=\S)|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|\p{Lu})|\.\p{Lu})\.){2,150}?)"
                            r"[^\S\n]*(?=[,;—–]|[^\S\n]+(?:who|whom|whose|which)\b|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|\p{Lu})|\.\p{Lu})\.(?:\s|$))")
# a clause, not a description: "…,” said Bell, the pier is unsafe.", "…, the candidate stated that …"
_NOT_IN_A_TITLE = {"is", "was", "has", "had", "said", "says", "told", "wrote"}


def a_clause_verb(low: str) -> bool:
    """A verb that makes a clause of a description: "…, the candidate stated that …" is no role."""
    return low in _NOT_IN_A_TITLE or (low.endswith("ed") and low in SPEECH_VERBS and low not in _NAMING)


# participles that name rather than report: "founder of a group called Open Harbour"
_NAMING = {"called", "named", "dubbed", "titled", "entitled", "nicknamed", "known"}
# where a description goes on with a relative clause: "a lawyer who represents the family" gives "lawyer"
_ROLE_ENDS = {"who", "whom", "whose", "which", "that"}
# words in a role, at most (a description runs to the next comma, which may be far)
_LONGEST_ROLE = 24


def _role_end(words: list[str]) -> int:
    """Where the role in a description ends: at a relative clause, or at "and" opening a second description
    ("the president of the club and a former sailor"; not "a firefighter and union member"), or at what the
    description goes on to say of its person: a participle's phrase ("a former governor challenged by Ruiz
    in 1998", "a reporter arrested in Minsk", "a surgeon well known for …") or a clause of time ("a lawyer
    by the time her husband ran", "an aide when the war began"). Those tell the story of the person, not
    what they are."""
    for i, w in enumerate(words):
        low = w.lower()
        if low in _ROLE_ENDS or (low == "and" and i + 1 < len(words) and words[i + 1].lower() in DETERMINERS):
            return i
        if i >= 2 and (low in _TIME_CLAUSE_OPENERS or (low == "by" and words[i + 1:i + 3] == ["the", "time"])):
            return i
        if i >= 2 and _a_participle_after_its_noun(words, i):
            return i - 1 if words[i - 1].lower() in _PARTICIPLE_ADVERBS else i
    return len(words)


def _a_participle_after_its_noun(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a past participle opening a phrase about the noun before it ("challenged by", "arrested
    in", "considered one of")? Not one that names ("a group called …"), nor "based in", a role's own place."""
    low = words[i].lower()
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if not (low.endswith("ed") or low in IRREGULAR_PARTICIPLES) or low in _ROLE_PARTICIPLES \
            or (low in _NAMING and nxt != "for"):    # ("known for her calm" is no name)
        return False
    return nxt in _PARTICIPLE_PHRASE_OPENERS and words[i][:1].islower()


# words that open a clause of when, after a description: "an aide when the war began"
_TIME_CLAUSE_OPENERS = {"when", "while", "until", "since", "after", "before"}
# what a participle after a role is followed by when it opens a phrase of its own
_PARTICIPLE_PHRASE_OPENERS = {"by", "in", "as", "for", "to", "at", "on", "from", "with", "one", "during", "over",
                              "under", "after"}
# the adverb of such a participle goes with it: "a surgeon well known for …"
_PARTICIPLE_ADVERBS = {"well", "widely", "best", "long", "often", "once", "recently", "newly"}
# participles that say where or what a role is: "a lawyer based in Orlando", "a deputy assigned to the port"
_ROLE_PARTICIPLES = {"based", "assigned", "stationed", "posted", "specialized", "specialised", "trained"}


# "the port director, Tom Bell," / "His campaign manager, Jon Vale,": a description, a comma, then the name
# (the head noun may take a name after "of"/"for"/"at": "The governor of Oregon, Tina Marsh,"); a name's
# possessive may open it and stays in the role ("Valdora’s foreign minister, Elena Brusk,")
_DESCRIPTION_BEFORE = regex.compile(r"(?<![\p{L}\-])(?:(?:the|a|an|his|her|their|its)[^\S\n]+"
                                    r"|(?-i:(?=\p{Lu}\p{Ll}[\p{L}\-]{0,30}[’']s[^\S\n])))"
                                    r"((?:[\p{L}\-’']+[^\S\n]+){0,3}\p{Ll}[\p{Ll}\-]*"
                                    r"(?:[^\S\n]+(?:of|for|at|from)[^\S\n]+(?:the[^\S\n]+)?"
                                    r"(?:\p{Ll}+[^\S\n]+){0,2}(?:of[^\S\n]+)?\p{Lu}[\p{L}\-’'.]*"
                                    r"(?:[^\S\n]+\p{Lu}[\p{L}\-’'.]*){0,3})?),[^\S\n]+$", regex.I)


def _role_before(text: str, start: int, end: int) -> Optional[str]:
    # (the name closes the apposition: in "… hurt the senator, Tom Bell said." the senator is someone else)
    if text[end:end + 1] not in (",", ".", ";", ":", ")"):
        return None
    pos = max(0, start - 80)
    for _ in range(3):
        m = _DESCRIPTION_BEFORE.search(text, pos, start)
        if m is None:
            return None
        # the head is the word before "of"/"for"/"at": "the governor of Oregon", "the director of the port"
        words = m.group(1).split()
        k = next((i for i, w in enumerate(words) if w.lower() in OWNER_PREPOSITIONS), len(words))
        if k > 0 and _noun_for_a_person(words[k - 1].lower()):
            return m.group(1)   # ("a farmer, Bogdan Halici,": any noun for a person, not only a title)
        pos = m.start() + 1     # "the arrival of the Estonian president, Kaja Tamm": the description is later
    return None


def _member_of_a_body(role_toks: list[str]) -> bool:
    """"City council member", "Board member", "party member": a seat in a body before a name is a title, though
    "member" alone is a plain noun for a person."""
    return len(role_toks) >= 2 and role_toks[-1].lower() == "member" and role_toks[-2].lower() in ORG_HEADS


def appositive_role(text: str, end: int) -> Optional[str]:
    """The role in ", the head of the Russian delegation," right after a name that ends at ``end``."""
    found = _appositive(text, end)
    return found[0] if found is not None else None


def appositive_end(text: str, end: int) -> Optional[int]:
    """Where ", an analyst at Harlow Securities" after a name ending at ``end`` ends, when it gives a role:
    in "According to Ben Osei, an analyst at …, the cuts were overdue" what he says starts after it."""
    found = _appositive(text, end)
    return found[1] if found is not None else None


def _appositive(text: str, end: int) -> Optional[tuple[str, int]]:
    m = _APPOSITIVE.match(text, end)
    if m is None:
        return None
    role = _role_of_description(m.group(1).split())
    return (role, m.end()) if role is not None else None


def _role_of_description(words: list[str]) -> Optional[str]:
    words = words[:_role_end(words)]
    if not words:
        return None     # ", who owns a shop": a relative clause, no description
    if len(words) > _LONGEST_ROLE or any(a_clause_verb(w.lower()) for w in words):
        return None
    if words[0].lower() not in ("the", "a", "an"):
        return _bare_title(words)
    if not any(_noun_for_a_person(w.lower().rstrip(".")) for w in words[1:]):
        return None
    return _strip_articles(" ".join(words))


def _noun_for_a_person(low: str) -> bool:
    """A title, a noun for a person, or a word made like one: "glaciologist", "pianist", "pediatrician"."""
    return low in TITLE_HEADS or low in PERSON_NOUNS or _made_like_a_person_noun(low)


_PERSON_SUFFIXES = ("ologist", "ist", "ician")


def _made_like_a_person_noun(low: str) -> bool:
    """"hydrologist", "pianist", "statistician" (not a surname in "-quist": "Lindquist")."""
    return len(low) > 5 and low.endswith(_PERSON_SUFFIXES) and not low.endswith("quist")


def _bare_title(words: list[str]) -> Optional[str]:
    """"president of the Tarn Valley Workers", "chief executive of Velorin": a title with no article after a
    name. Only role words may come before the first preposition, a title among them: ", sitting by the
    pier" is no role, and ", mayor Tom Bell and …" is a list of people."""
    k = next((i for i, w in enumerate(words) if w.lower() in OWNER_PREPOSITIONS), len(words))
    if k == 0 or not all(w.islower() and w in ROLE_WORDS for w in words[:k]) \
            or not any(w in TITLE_HEADS for w in words[:k]):
        return None
    return " ".join(words)


def _without_nickname(run: str) -> str:
    """"Marcus “Tugboat” Delaney" -> "Marcus Delaney"; the regex only where a quotation mark could open one."""
    if "“" in run or '"' in run or "‘" in run:
        return _NICKNAME.sub(" ", run)
    return run


def _given_initials(toks: list[str]) -> set[str]:
    """The initials a full name can be known by: its first word's, and where that is an initial, those of
    the initials and the given name after it. "R. Tomas Vell" is "Tomas Vell" too, and "Ana Vell" is not
    "Luis Vell"."""
    initials = set()
    for tok in toks[:-1]:
        initials.add(tok[:1].lower())
        if not _is_initial(tok):
            break
    return initials


def _is_initial(tok: str) -> bool:
    """"R.", "J.K.": a name's initial (or two)."""
    return tok.endswith(".") and all(len(part) == 1 and part.isalpha() for part in tok[:-1].split("."))


def _opens_with_a_given_name(toks: list[str]) -> bool:
    """'a message from Arianna Vole', 'an interview with Dale Ormond': after a preposition a run of capitals is
    more often a place ("from New Hampshire", "in Lake Tarn"), but one that opens with a given name is a
    person (a place named for one, "at Ana Ruiz Park", has a head word no person's name ends with)."""
    return toks[0] in GIVEN_NAMES


def _first_name_gender(first: str) -> Optional[str]:
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "f"
    if first in MALE_NAMES and first not in FEMALE_NAMES:
        return "m"
    return None


def _given_names_gender(toks: list[str]) -> Optional[str]:
    """The gender the given names before a surname tell: the first's, unless the next tells the other, and then
    none ("Marine Paul Radek" is a soldier called Paul, no woman called Marine; "Christine Todd Barlow" has a
    family name in the middle: which it is, a pronoun tells)."""
    first = _first_name_gender(toks[0])
    second = _first_name_gender(toks[1]) if len(toks) == 2 else None     # (of a name of three words)
    return None if first and second and first != second else first


def _looks_like_person_name(toks: list[str]) -> bool:
    """'Maria Lopez' yes; 'United States', 'New Yorkers', 'CNBC Saturday', 'Harbor Street' no."""
    if len(toks) >= 2 and toks[-1].lower().strip(".,") in PLACE_HEADS:
        return False
    for t in toks:
        low = t.lower().strip(".,")
        if low in PLACES or low in ORG_HEADS or t in NOT_NAME or low in GROUP_HEADS:
            return False
        if t.isupper() and len(t) > 2:
            return False
    return True


def _strip_articles(role: str) -> str:
    return strip_article(role)


def _nation_match(mod: str, role: str) -> bool:
    return mod[:5] in role


def _key(s: str) -> str:
    if s.isascii() and s.isalnum():
        return s.lower()    # nothing to remove: the common case, without the regex
    return _NON_WORD.sub("", s).lower()


def honorific_gender(token: str) -> Optional[str]:
    return HONORIFICS.get(token.rstrip("."))


def a_lone_rank(role_toks: list[str]) -> bool:
    """Is the role only an abbreviated office ("Sgt.", "Gen.")? Then an appositive or the body the person
    speaks for says more about them."""
    return len(role_toks) == 1 and abbreviated_title(role_toks[0])


def abbreviated_title(token: str) -> bool:
    """"Rep.", "Gov.", "Sen.": an honorific that is an office. Before a name it is part of the role, also where
    a word before it makes it read as a name's start ("State Rep. Tina Marsh", "Former Gov. Ana Vela").
    ("Judge" is a word of its own, and a surname too: "Nora Judge".)"""
    return is_honorific(token) and token.lower().rstrip(".") in TITLE_HEADS and token.lower() != "judge"


def is_honorific(token: str) -> bool:
    return token.rstrip(".") in HONORIFICS


def _compound_people(word: str) -> bool:
    """"dockworkers", "steelworkers", "councilmembers": one word ending in a plural noun for people. (The
    noun must be long enough that "Sanders" or "Rogers" never qualify.)"""
    if not word.endswith("s"):
        return False
    return any(word[-k:] in _LONG_PEOPLE_PLURALS for k in range(_SHORTEST_PLURAL, len(word) - 2))


_LONG_PEOPLE_PLURALS = {n + "s" for n in PERSON_NOUNS | TITLE_HEADS if len(n) >= 6 and not n.endswith("s")}
_SHORTEST_PLURAL = min(len(n) for n in _LONG_PEOPLE_PLURALS)


def classify_words(words: list[str]) -> Optional[str]:
    """person | organization | group | None for a description or capitalised name without a person's shape."""
    if not words:
        return None
    head = words[-1].lower().strip(".,")
    head = strip_possessive(head)
    if head == "nations" and len(words) >= 2 and words[-1][:1].isupper():
        return "organization"   # "the United Nations", "the League of Nations": a body's name, not countries
    if head in GROUP_HEADS or (head.endswith("s") and (head[:-1] in TITLE_HEADS or head[:-1] in PERSON_NOUNS)) \
            or _compound_people(head):
        return "group"
    if head in ORG_HEADS or any(strip_possessive(w.lower()) in ORG_HEADS for w in words if w[:1].isupper()) \
            or (head in COMPANY_HEADS and words[-1][:1].isupper()):
        return "organization"
    if head in TITLE_HEADS or head in DESCRIPTION_SYNONYMS or head in PERSON_NOUNS:
        return "person"
    return None


PRONOUNS = PRONOUN_GENDER


def contracted_pronoun(word: str) -> Optional[str]:
    """"he’s", "She’ll", "they'd" -> the pronoun: "he is", "she will", "they would", so the pronoun is a
    subject, never a possessive name ("He") or a name of its own ("She’ll")."""
    parts = split_contraction(word)
    return parts[0] if parts is not None and parts[0].lower() in PRONOUNS else None


__all__ = ["Cast", "Entity", "Mention", "split_title", "classify_words", "honorific_gender",
           "is_honorific", "PRONOUNS", "NOT_NAME"]
