"""Word lists the rules are written over. Data, not code: a new verb is a one-line change."""
from __future__ import annotations


def _verb(base: str, third: str = "", past: str = "", ing: str = "") -> list[str]:
    """Regular inflections of a speech verb, overridable for irregular ones."""
    stem = base[:-1] if base.endswith("e") else base
    return [base, third or base + "s", past or (base + "d" if base.endswith("e") else base + "ed"),
            ing or stem + "ing"]


# Manners of speaking, in the past tense that follows a quote ("“…,” Oliver barked"): they attribute
# quotes only; elsewhere ("the dog barked", "she cried") they report nothing.
MANNER_VERBS: list[str] = ["barked", "cracked", "riffed", "demurred", "cried", "thundered", "bellowed", "growled",
                           "hissed", "murmured", "mumbled", "muttered", "stammered", "wailed", "laughed"]

# Verbs that attribute the quote next to them as "said" does and, with no quote, report only a that-clause:
# an accusation, a gloss on one's own words, a writing ("“…,” Ruiz charged", "“…,” she elaborated", "had
# written, “…”"; not "was charged with", "elaborated on the plan", "has written letters"). So do a confidence
# or an outburst ("confided to a friend that …", "she vented to her aide that …"; not "vented the tank").
QUOTING_VERBS: list[str] = ["charged", "elaborated", "written", "confided", "vented"]

# Verbs that report speech or a stated position. Each row: base form plus irregulars.
SPEECH_VERBS: list[str] = sorted(set(
    _verb("say", "says", "said", "saying")
    + _verb("tell", "tells", "told", "telling")
    + _verb("write", "writes", "wrote", "writing")
    + _verb("tweet") + _verb("add") + _verb("note") + _verb("warn") + _verb("argue")
    + _verb("claim") + _verb("explain") + _verb("insist") + _verb("declare")
    + _verb("announce") + _verb("report") + _verb("suggest") + _verb("acknowledge")
    + _verb("admit", past="admitted", ing="admitting") + _verb("recall") + _verb("predict")
    + _verb("promise") + _verb("complain") + _verb("contend")
    + _verb("assert") + _verb("stress", "stresses") + _verb("emphasize") + _verb("observe")
    + ["responded"] + _verb("reply", "replies", "replied") + _verb("testify", "testifies", "testified")
    + _verb("caution") + _verb("concede") + _verb("confirm") + _verb("deny", "denies", "denied")
    + _verb("estimate") + _verb("conclude") + _verb("vow") + _verb("pledge") + _verb("allege")
    + _verb("joke") + _verb("quip", past="quipped", ing="quipping") + _verb("boast")
    + _verb("lament") + _verb("reveal") + _verb("disclose") + _verb("mention")
    + _verb("remark") + _verb("agree") + _verb("worry", "worries", "worried")
    + _verb("continue") + _verb("counter") + _verb("signal")
    + ["stated"]  # not "state(s)": a noun far more often ("Secretary of State", "the states")
    + _verb("indicate") + _verb("urge") + _verb("ask") + _verb("believe") + _verb("think", "thinks", "thought")
    + _verb("predict") + _verb("complain") + _verb("hint") + _verb("recount") + _verb("post")
    + _verb("explain") + _verb("reiterate") + _verb("announce") + _verb("threaten")
    + _verb("fear") + _verb("hope") + _verb("expect") + ["finds", "found"]
    + _verb("show", "shows", "showed") + ["shown"] + _verb("point") + _verb("demand") + _verb("propose")
    + _verb("describe") + _verb("accuse") + _verb("criticize") + _verb("praise")
    + _verb("call") + _verb("blame") + _verb("yell") + _verb("shout") + _verb("whisper")
    + _verb("scream") + _verb("sigh") + _verb("muse") + _verb("speculate") + _verb("surmise")
    + _verb("wonder") + ["reads", "echoed", "echoes", "beamed", "boomed", "gushed", "exclaimed", "cheered",
                         "marveled", "marvelled", "scoffed", "sneered", "quipped", "fumed", "raged"] + ["went on", "goes on", "put it", "puts it", "pointed out", "points out", "point out", "pointing out", "shot back",
                         "fired back", "chimed in", "weighed in", "summed up", "spelled out"]
    # making a position plain: "the mayor made clear that …", "has made it clear that …", "made the point that …"
    + ["made clear", "made it clear", "makes clear", "makes it clear", "make clear", "make it clear",
       "making clear", "making it clear", "made the point", "makes the point", "make the point", "making the point",
       # arguing for a position: "made the case that the toll pays for itself", "tried to make the case for a levy"
       "made the case", "makes the case", "make the case", "making the case"]
    + _verb("answer") + ["pressed"] + _verb("interrupt") + _verb("chant") + ["sang", "sings"]
    + _verb("brag", past="bragged", ing="bragging") + _verb("proclaim") + ["emailed", "texted"]
    + _verb("protest") + _verb("inquire")
    + MANNER_VERBS + QUOTING_VERBS
    + _verb("remind") + ["stating"] + _verb("retweet") + _verb("repeat") + _verb("plead", past="pleaded")
    + _verb("remember") + _verb("maintain")
    + ["quoted as saying"]    # "Ruiz was quoted as saying …": the subject is the one quoted
    # grumbling or urging: "groused that …", "sniped that …", "exhorted the crews to …"
    + _verb("grouse") + _verb("snipe") + _verb("exhort")
    # reaffirming, owning up or setting straight what one said: "reaffirmed that …", "confessed that …"
    + _verb("reaffirm") + _verb("confess", "confesses") + _verb("posit")
    + _verb("profess", "professes") + _verb("reassure") + _verb("reminisce") + _verb("affirm")
    + _verb("implore")    # "implored the board to …", as "urged"
    + _verb("emphasise")    # British spelling: "emphasised that …"
    + _verb("opine") + _verb("assure") + _verb("recall") + _verb("insist") + _verb("chime") + _verb("interject") + _verb("retort") + _verb("snap", past="snapped", ing="snapping")
))

# What someone spoke of or pointed to as evidence: "spoke about the need for reform", "pointed to the polls"
# ("talked" is a cue of its own, which reads "talked about" already). The object of the preposition is reported.
# The base form too, after "to" or a modal: "came on the show to talk about the levy", "will speak of her plan".
TOPIC_PHRASES: list[str] = [v + " " + p for v in ("spoke", "speaks", "speaking", "spoken", "talks", "talking",
                                                                     "speak", "talk")
                            for p in ("about", "of")] + ["pointed to", "points to", "point to", "pointing to"]

# Verbs of choice that report a stance only with a share of those polled as subject ("40 percent would choose
# Ruiz", "a third picked the levy", "most approve of the plan"); elsewhere "chose a car" reports nothing
# ("55 percent named the economy as their top worry": naming is a poll's answer, in the past tense too)
SHARE_CHOICE_VERBS: list[str] = ["choose", "chooses", "pick", "picks", "named", "would back",
                                 "will back", "approve of", "approves of", "approved of", "disapprove of",
                                 "disapproves of", "disapproved of"]

# Base forms that are verbs of stance only straight after an infinitive's "to" ("continued to attack the plan",
# "sought to tie Vale to the scandal", "was the first to address the cuts"): elsewhere they are nouns or broad
# verbs as often ("the attack", "a tie vote", "the address"). "back", "embrace", "link", "cast", "push" and
# "respond" were tried the same way and reported as much that no one marks as a stance.
STANCE_AFTER_TO: list[str] = ["attack", "tie", "address"]

# Verbs of stance and intention: PolNeAR-style attribution counts "wants", "supports", "plans" too.
STANCE_VERBS: list[str] = sorted(set(
    _verb("want") + _verb("plan", past="planned", ing="planning") + _verb("seek", past="sought")
    + ["support", "supports", "supported", "supporting"] + ["backs", "backed", "backing"] + _verb("oppose") + _verb("endorse") + _verb("reject")
    + _verb("dismiss", "dismisses") + _verb("question") + _verb("defend") + ["attacked"]
    # participles only, which report a stance after a comma ("…, painting the plan as a tax", "…, comparing him
    # to a clerk", "…, quoting the memo"; the finite forms are as often no report: "attacks" a noun, "delivered" a
    # package, "paints" a wall). Not "advising": "is advising the campaign" is a job as often as advice
    + ["attacking", "painting", "comparing", "contrasting", "quoting", "alluding", "embracing",
       "promoting", "delivering"]
    # setting out a plan or an idea as good: "promoted the levy as a fix", "promotes a four-day week"
    + _verb("promote")
    + _verb("blast") + _verb("slam", past="slammed", ing="slamming") + _verb("decline") + _verb("refuse")
    + _verb("offer") + _verb("cite") + _verb("express", "expresses") + ["know", "knows"]
    + _verb("consider") + _verb("feel", past="felt") + _verb("doubt") + _verb("wonder")
    + _verb("recognize") + _verb("realize") + _verb("decide") + _verb("intend") + _verb("request")
    + _verb("recommend") + _verb("advocate") + _verb("favor") + _verb("prefer", past="preferred", ing="preferring")
    + _verb("highlight") + _verb("mock") + _verb("ridicule") + _verb("challenge") + _verb("dispute")
    + _verb("contradict") + _verb("applaud") + _verb("welcome") + _verb("condemn") + _verb("denounce")
    + _verb("decry", "decries", "decried") + _verb("regret", past="regretted", ing="regretting")
    + _verb("celebrate") + _verb("tout") + _verb("hail") + _verb("credit") + _verb("acknowledge")
    + ["talked"] + _verb("refer", past="referred", ing="referring")
    + _verb("comment") + _verb("assess", "assesses")
    + _verb("insist") + _verb("imply", "implies", "implied") + _verb("guess", "guesses")
    + _verb("acknowledge") + _verb("bemoan") + _verb("lambast") + _verb("fault") + _verb("thank")
    + _verb("congratulate") + _verb("apologize") + _verb("promise") + _verb("pledge") + _verb("vow")
    + _verb("hope") + _verb("fear") + _verb("expect") + _verb("believe") + _verb("suspect")
    + _verb("assume") + _verb("reckon") + _verb("anticipate") + _verb("envision")
    + _verb("envisage") + _verb("foresee", past="foresaw") + _verb("forecast", past="forecast")
    + ["see", "sees", "view", "views", "viewed"]   # not "saw": mostly a sighting
    + _verb("understand", past="understood")     # what one understood: "understood the risk"
    + ["would like", "would love"]     # a wish: "would like to see the toll cut"
    + _verb("project") + _verb("calculate") + _verb("conclude") + _verb("determine") + _verb("judge")
    + ["railed", "rails", "railing"] + _verb("voice") + _verb("reference") + _verb("liken") + _verb("portray")
    + _verb("herald") + _verb("characterize") + _verb("depict")     # "heralded the deal as a “breakthrough”"
    + _verb("order") + _verb("discuss", "discusses") + _verb("encourage") + _verb("assail") + _verb("deride")
    + _verb("rebuke") + _verb("articulate") + _verb("label") + _verb("dub", past="dubbed", ing="dubbing")
    + _verb("chide")    # "chided the board for …"
    # reproof and scorn, said of someone or something: "chastised the board", "excoriated the ruling"
    + _verb("chastise") + _verb("excoriate") + _verb("castigate") + _verb("scold")
    + _verb("disparage") + _verb("vilify", "vilifies", "vilified") + _verb("lampoon")
    + ["taunted", "taunting"] + _verb("laud")      # not "taunts": the noun more often
    + _verb("criticise")    # British spelling; "criticize" takes its object as a verb of speech (_OBJECT_OK)
    + _verb("downplay") + _verb("spurn") + _verb("disavow") + _verb("repudiate")
    + _verb("debunk") + _verb("rebut", past="rebutted", ing="rebutting")
    + ["bashed", "bashing"]    # not "bash": a party more often
    + ["ruled"] + _verb("deem") + _verb("champion") + _verb("invoke") + _verb("side") + _verb("list")
    # phrasal verbs whose object is the plan set out, the side pressed for or the one attacked: "laid out a plan",
    # "pushed for a recount", "lashed out at the board", "went after Ruiz", "took aim at the levy"
    + ["laid out", "lays out", "laying out", "pushed for", "pushes for", "pushing for", "lashed out at",
       "lashes out at", "lashing out at", "went after", "goes after", "took aim at", "takes aim at", "taking aim at"]
    # a position kept or pressed against someone: "took issue with the count", "doubled down on his remarks",
    # "pushed back on the plan", "came out against the levy", "knocked Ruiz on trade"
    + ["took issue with", "takes issue with", "taking issue with", "doubled down on", "doubles down on",
       "doubling down on", "pushed back on", "pushed back against", "pushes back on", "pushing back on",
       "pushing back against", "came out against", "came out for", "came out in favor of",
       "comes out against", "spoke out against", "speaks out against", "speaking out against", "knocked"]
    # a vote is a stance taken on the record: "voted for Ruiz", "would vote against the levy"
    + [v + " " + p for v in ("vote", "votes", "voted", "voting") for p in ("for", "against")]
    # who one says one is or sides with: "identify as independents", "identified themselves as teachers"
    + _verb("identify", "identifies", "identified")
    # misgivings voiced about a thing: "raised questions about the deal", "is raising concerns about the toll",
    # "raised doubts about her plan"; the thing doubted is reported
    + [v + " " + n + " about" for v in ("raise", "raises", "raised", "raising")
       for n in ("questions", "concerns", "doubts", "new questions", "new concerns", "serious questions",
                 "serious concerns", "serious doubts")]
    + TOPIC_PHRASES
    + SHARE_CHOICE_VERBS
    + STANCE_AFTER_TO
))

# Verbs that introduce reported speech with a "that"-clause or bare clause after them.
# (A subset: "call", "praise" etc. take an object, not a clause.)
CLAUSE_VERBS: set[str] = set(SPEECH_VERBS) - set(
    _verb("call") + _verb("praise") + _verb("blame") + _verb("describe") + _verb("accuse")
    + _verb("criticize") + _verb("demand") + _verb("propose") + _verb("post")
    + _verb("point") + _verb("yell") + _verb("shout") + _verb("whisper") + _verb("scream")
    + _verb("sigh") + _verb("chime") + _verb("interject") + _verb("continue") + _verb("snap", past="snapped", ing="snapping")
    + _verb("ask")
    # a manner of speaking that attributes a quote ("“We won,” she beamed") and takes no clause: "beamed as they
    # took the stage" says how they looked
    + ["beamed", "boomed", "gushed", "cheered"]
)



HONORIFICS: dict[str, str | None] = {
    "Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Mme": "f", "Sir": "m", "Dame": "f", "Lord": "m", "Lady": "f",
    "Dr": None, "Prof": None, "Sen": None, "Rep": None, "Gov": None, "Gen": None, "Lt": None,
    "Col": None, "Capt": None, "Adm": None, "Sgt": None, "Rev": None, "Pres": None, "Amb": None,
    "Cmdr": None, "Maj": None, "Supt": None, "Insp": None, "Det": None, "Judge": None, "Del": None, "Sec": None,
    "Atty": None,
}

# Title heads: the noun that makes "X Y Z Name" a role + name ("Pentagon spokesman John Kirby").
TITLE_HEADS: set[str] = {
    "president", "vice", "secretary", "minister", "chancellor", "senator", "sen", "representative", "rep",
    "congressman", "congresswoman", "governor", "gov", "mayor", "spokesman", "spokeswoman", "spokesperson",
    "director", "chief", "head", "chairman", "chairwoman", "chair", "ceo", "ambassador", "general", "gen",
    "commander", "adviser", "advisor", "aide", "analyst", "economist", "professor", "candidate", "leader",
    "official", "attorney", "lawyer", "judge", "justice", "speaker", "strategist", "pollster", "founder",
    "executive", "officer", "correspondent", "reporter", "envoy", "negotiator", "deputy", "premier", "king",
    "queen", "prince", "princess", "pope", "cardinal", "bishop", "rabbi", "imam", "chief", "coach", "manager",
    "captain", "capt", "colonel", "col", "lieutenant", "lt", "sergeant", "sgt", "admiral", "adm", "prosecutor",
    "sheriff", "commissioner", "councilman", "councilwoman", "councillor", "councilor", "lawmaker", "legislator",
    "delegate", "administrator", "superintendent", "inspector", "detective", "dean", "provost", "principal",
    "alderman", "alderwoman", "moderator", "co-moderator", "recorder",
    # local offices ("Councilmember Dana Pryce", "Assemblywoman Rita Vale", "county supervisor Tom Bell")
    "councilmember", "assemblyman", "assemblywoman", "assemblymember", "selectman", "selectwoman",
    "supervisor", "regent", "freeholder",
    "treasurer", "auditor", "comptroller", "clerk", "author", "writer", "columnist", "editor", "host",
    "anchor", "commentator", "researcher", "scientist", "scholar", "historian", "expert", "activist",
    "organizer", "consultant", "partner", "president-elect", "nominee", "hopeful", "frontrunner",
    "front-runner", "contender", "challenger", "incumbent", "whip", "counsel", "solicitor", "magistrate",
    "owner", "publisher", "producer", "director-general", "secretary-general", "undersecretary", "attaché",
    "physician", "doctor", "nurse", "surgeon", "economist", "engineer", "architect", "designer", "actor",
    "actress", "singer", "rapper", "comedian", "star", "player", "striker", "quarterback", "pitcher",
    "forward", "goalkeeper", "midfielder", "defender", "champion", "rep.", "sen.", "gov.", "moderator",
    "panelist", "lobbyist", "donor", "fundraiser", "surrogate", "operative", "spokesman", "chairperson",
} | {
    # what local news calls the people it quotes ("harbor master Tom Bell", "Jo Grant, a ferry pilot,");
    # occupations that are also common names ("Baker", "Hunter", "Mason") are in PERSON_NOUNS instead, so
    # that "Hunter Biden" keeps his first name
    "master", "harbormaster", "harbourmaster", "headmaster", "headmistress", "headteacher", "postmaster",
    "chef", "pilot", "sailor", "fisherman", "fisherwoman", "dockworker", "longshoreman", "firefighter",
    "lifeguard", "paramedic", "ranger", "soldier", "trooper", "constable", "shopkeeper", "storekeeper", "grocer",
    "waiter", "waitress", "bartender", "barista", "cashier", "mechanic", "electrician", "plumber", "builder",
    "contractor", "landlord", "landlady", "tenant", "homeowner", "rancher", "grower", "winemaker", "miner",
    "trucker", "janitor", "caretaker", "veterinarian", "dentist", "pharmacist", "therapist", "psychologist",
    "psychiatrist", "midwife", "coroner", "pathologist", "librarian", "curator", "archivist", "lecturer",
    "tutor", "pupil", "referee", "umpire", "athlete", "swimmer", "cyclist", "climber", "musician", "artist",
    "sculptor", "photographer", "poet", "novelist", "playwright", "dancer", "drummer", "guitarist", "composer",
    "broadcaster", "meteorologist", "forecaster", "geologist", "biologist", "ecologist", "ornithologist",
    "astronomer", "physicist", "chemist", "technician", "programmer", "shareholder", "landowner", "broker",
    "accountant", "barrister", "paralegal", "mediator", "planner", "surveyor", "campaigner", "organiser",
    "chaplain", "vicar", "trustee", "warden", "ombudsman", "regulator", "graduate", "intern",
    "apprentice", "trainee", "carer", "caregiver", "nanny", "housekeeper", "chauffeur", "courier", "postman",
    "postwoman", "farmhand", "beekeeper", "fishmonger", "florist", "jeweller", "jeweler", "hairdresser", "stylist",
    "skipper", "deckhand", "crewman", "boatman", "ferryman", "gp", "practitioner", "physiotherapist", "welder",
    "teacher", "farmer", "student", "priest", "volunteer", "banker", "trader", "carpenter", "driver",
} | {
    # what a match report calls the people it quotes ("Harlow boss Martina Keel", "the winger said")
    "boss", "winger", "full-back", "fullback", "centre-back", "center-back", "playmaker", "keeper", "goalie",
    "batsman", "batter", "bowler", "jockey", "sprinter", "boxer", "wrestler", "golfer", "gymnast", "skier",
    "physio", "linesman", "teammate", "team-mate", "debutant",
}

# Nouns a description ("the president", "the Ukrainian leader") may end with, and roles each can stand for.
DESCRIPTION_SYNONYMS: dict[str, tuple[str, ...]] = {
    "leader": ("president", "prime minister", "chancellor", "leader", "premier", "king", "chairman", "head"),
    "president": ("president",), "minister": ("minister",), "secretary": ("secretary",),
    "spokesman": ("spokesman", "spokesperson"), "spokeswoman": ("spokeswoman", "spokesperson"),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson"), "senator": ("senator", "sen"),
    "governor": ("governor", "gov"), "mayor": ("mayor",), "chancellor": ("chancellor",),
    "diplomat": ("secretary", "ambassador", "minister", "envoy", "diplomat"),
    "official": ("official", "secretary", "minister", "spokesman", "spokeswoman", "director", "chief", "deputy"),
    "candidate": ("candidate", "nominee", "hopeful", "frontrunner", "front-runner"),
    "congressman": ("congressman", "representative", "rep"), "congresswoman": ("congresswoman", "representative", "rep"),
    "lawmaker": ("senator", "sen", "representative", "rep", "congressman", "congresswoman", "lawmaker", "legislator"),
    "billionaire": ("billionaire", "businessman", "mogul", "developer"),
    "businessman": ("billionaire", "businessman", "mogul", "developer", "executive", "ceo"),
    "chairman": ("chairman", "chair"), "chief": ("chief", "director", "head", "ceo"),
    "envoy": ("envoy", "ambassador"), "general": ("general", "gen", "commander"),
    "coach": ("coach", "manager"), "manager": ("manager", "coach"), "judge": ("judge", "justice"),
    "prosecutor": ("prosecutor", "attorney"), "justice": ("justice", "judge"),
    # ranks the article may have written abbreviated before the name ("Adm. Harry Vell", "Army Capt. Ana Ruiz")
    "admiral": ("admiral", "adm."), "colonel": ("colonel", "col."), "captain": ("captain", "capt."),
    "sergeant": ("sergeant", "sgt."), "lieutenant": ("lieutenant", "lt."), "commander": ("commander", "cmdr."),
}

PRONOUN_GENDER: dict[str, str | None] = {"he": "m", "she": "f", "they": None, "it": None, "i": None, "we": None}

# Speakers that are groups of people rather than one person or body.
GROUP_HEADS: set[str] = {
    "officials", "analysts", "experts", "critics", "lawmakers", "democrats", "republicans", "residents",
    "sources", "people", "voters", "leaders", "negotiators", "diplomats", "observers", "economists",
    "scientists", "researchers", "activists", "witnesses", "investigators", "prosecutors", "authorities",
    "aides", "advisers", "advisors", "supporters", "opponents", "members", "protesters", "protestors",
    "workers", "doctors", "teachers", "parents", "students", "officers", "police", "historians", "polls",
    "surveys", "senators", "representatives", "strategists", "conservatives", "liberals", "progressives",
    "insiders", "allies", "donors", "observers", "delegates", "organizers", "spokesmen", "executives",
    "staff", "staffers", "campaigns", "countries", "nations", "governments", "states", "others", "many",
    "some", "most", "both", "fans", "percent", "majority", "plurality", "half", "third", "quarter",
    "candidates", "delegates", "respondents", "participants", "outlets", "media", "reports", "reporters",
    "journalists", "commentators", "pundits", "lawyers", "attorneys", "senators", "governors", "mayors",
    "ministers", "diplomats", "economists", "forecasters", "scholars", "clerics", "bishops", "judges", "americans", "republicans", "democrats", "players", "farmers", "owners", "veterans", "americans", "europeans",
    # a generation named as a group ("Millennials say …"; "boomers" ends as people's nouns do). ("associates"
    # is left out: it is also a verb, "Vale associates with …")
    "millennials",
    # the people around someone ("Friends of Ana Vale say …", "the family of the victim said …")
    "friends", "relatives", "family", "families", "colleagues", "backers", "loyalists",
    "admirers",
}

# Heads that make a capitalised name (or description) an organisation.
ORG_HEADS: set[str] = {
    "kremlin", "pentagon", "house", "ministry", "department", "agency", "committee", "council", "campaign",
    "government", "administration", "police", "company", "corporation", "corp", "inc", "group", "party",
    "commission", "office", "bureau", "court", "union", "association", "institute", "foundation",
    "university", "center", "centre", "board", "service", "services", "army", "navy", "force", "military",
    "bank", "fund", "organization", "organisation", "times", "post", "news", "press", "journal", "network",
    "cnn", "nbc", "cbs", "abc", "fox", "msnbc", "reuters", "bloomberg", "nato", "un", "u.n.", "eu", "fbi",
    "cia", "nsa", "irs", "epa", "fda", "cdc", "imf", "opec", "congress", "senate", "parliament",
    "duma", "cabinet", "authority", "authorities", "program", "programme", "tribunal", "federation",
    "alliance", "coalition", "secretariat", "embassy", "consulate", "club", "team", "league", "statement",
    "report", "study", "poll", "survey", "magazine", "newspaper", "channel", "tv", "radio", "website",
    "firm", "airline", "airlines", "railway", "port", "hospital", "school", "church", "council",
    "guard", "patrol", "watch", "project", "lab", "laboratory", "observatory", "clinic", "county", "city",
    "state", "republic", "kingdom", "delegation", "prosecutor's", "cabinet",
    # publications: "the Palo Alto Weekly" is no person
    "weekly", "daily", "tribune", "herald", "gazette", "chronicle", "examiner", "telegraph", "courier", "bulletin",
    "review", "monitor", "observer", "inquirer", "sentinel", "dispatch", "register", "standard",
    # institutions: "Westchester Community College" is no person either
    "college", "academy", "seminary", "library", "museum", "society", "caucus", "pac", "studio", "studios",
    "llc", "ltd", "plc", "realty", "holdings", "enterprises", "industries", "ventures",
}

# The last word of a company's name, capitalised ("Harbor Freight Lines", "Vela Systems"); in lower case most
# are things ("the front lines", "health insurance"), so they are no heads of ORG_HEADS.
COMPANY_HEADS: set[str] = {
    "lines", "airways", "motors", "systems", "technologies", "partners", "brands", "pharmaceuticals",
    "networks", "communications", "solutions", "foods", "laboratories", "insurance", "petroleum", "devices",
}

# The words that end a company's name and say it is one ("Varda Holdings", "the Orvald Group", "Acme Corp."),
# so that the story's later "Varda said" and "the company said" are the company, not a person called Varda.
COMPANY_NAME_ENDS: set[str] = {w.capitalize() for w in COMPANY_HEADS} | {
    "Inc", "Corp", "Co", "LLC", "Ltd", "PLC", "Plc", "Holdings", "Industries", "Enterprises", "Ventures", "Group",
    "Company", "Corporation",
}

# The last word of a firm of the money trade, whose analysts a business story quotes ("Farid Qureshi of Tallis
# Research", "Ana Lind of Harlow Securities"): a body after "of" a name, though not one a later "the company"
# means (an institute's name ends so too: "the Institute for Policy Research")
FIRM_NAME_ENDS: set[str] = {"Research", "Securities", "Capital", "Analytics", "Advisors", "Advisers", "Investments"}

# What a story calls a company it has named, with "the": "the company said", "the German chipmaker said".
COMPANY_NOUNS: set[str] = {
    "company", "firm", "corporation", "conglomerate", "chipmaker", "carmaker", "automaker", "drugmaker",
    "planemaker", "retailer", "lender", "insurer", "airline", "manufacturer", "startup",
}
ORG_HEADS |= COMPANY_NOUNS

# What a market story measures of a company, which says nothing: "Shares of Kestrel Systems fell …, blaming …"
# is the company's blaming, not its shares'.
MEASURED_NOUNS = {"shares", "stocks", "stock", "prices", "price", "sales", "profits", "profit", "revenue", "revenues",
                  "earnings", "orders", "exports", "imports", "bonds", "yields", "costs", "output"}

# Capitalised words that start a sentence or a name-like run without being part of a name.
NOT_NAME: set[str] = {
    "The", "A", "An", "But", "And", "Or", "If", "When", "While", "As", "In", "On", "At", "For", "From",
    "To", "Of", "By", "With", "After", "Before", "Since", "Despite", "During", "This", "That", "These",
    "Those", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Its",
    "There", "Here", "Still", "Yet", "So", "Then", "Now", "Meanwhile", "However", "Even", "Also", "Some",
    "Many", "Most", "All", "Both", "Each", "Every", "Other", "Another", "Several", "No", "Not", "One",
    "Two", "Three", "Four", "Five", "What", "Who", "Why", "How", "Where", "Which", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
    "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Asked", "According", "Under",
    "Over", "About", "Against", "Among", "Between", "Through", "Without", "Within", "Although", "Though",
    "Because", "Unless", "Until", "Whether", "Instead", "Indeed", "Yes", "Well", "Oh", "Like",
    "Just", "Only", "Perhaps", "Maybe", "Later", "Earlier", "Today", "Tonight", "Yesterday", "Tomorrow",
    "Last", "Next", "First", "Second", "Finally", "Once", "Such", "Mr", "Mrs", "Ms", "Dr",
    # sentence openers that are capitalised only because they open it
    "Amid", "Around", "Across", "Beyond", "Following", "Near", "Along", "Toward", "Towards", "Upon",
    "Partial", "Full", "Update", "Updated", "Watch", "Read", "Related", "Exclusive", "Breaking", "Photo",
    "Video", "Editor", "Note", "Opinion", "Analysis", "Commentary", "Nor", "Neither", "Either", "Every",
    "Everyone", "Everybody", "Nobody", "Somebody", "Someone", "Anyone", "Few", "Much", "More", "Less",
    "Hours", "Days", "Weeks", "Months", "Years", "Minutes", "Moments", "Appearing", "Speaking", "Writing",
    "Responding", "Answering", "Testifying", "Addressing", "Talking", "Campaigning", "Reacting", "Citing",
    "Standing", "Sitting", "Referring", "Explaining", "Pressed", "Reached", "Interviewed", "Questioned",
    # a question or a condition opening a sentence or a headline ("Does Rubio Have a Path?", "Given Ruiz’s lead")
    "Does", "Did", "Do", "Is", "Was", "Were", "Are", "Has", "Have", "Had", "Can", "Could", "Should", "Would",
    "Shall", "Might", "Must", "Given", "Absent", "Barring", "Unlike",
    # sentence adverbs ("Nevertheless, the count …", "Outside, protesters chanted …")
    "Outside", "Inside", "Abroad", "Overseas", "Elsewhere", "Nearby", "Afterward", "Afterwards", "Nevertheless",
    "Nonetheless", "Regardless", "Likewise", "Similarly", "Essentially", "Ultimately", "Eventually",
    "Apparently", "Clearly", "Obviously", "Unfortunately", "Fortunately", "Interestingly", "Ironically",
    "Separately", "Additionally", "Moreover", "Furthermore", "Overall", "Otherwise", "Besides", "Thus", "Hence",
    "Therefore", "Consequently", "Accordingly", "Notably", "Specifically", "Initially", "Originally",
    "Currently", "Recently", "Previously", "Publicly", "Privately", "Basically", "Frankly", "Honestly",
}

# The words that put a verb in time to come ("will", "won't", "was expected to", "plans to", "'ll"), as a
# regex fragment: a day after them is the day of what is to come, not of the saying, which both the
# reader of a report's trailing time (attribution) and the dating of a quote (dates) need to know.
# ("could" and "might" are not here: "the remarks could fuel doubts about his claim on Tuesday" still
# dates the claim.)
FUTURE_VERB = (r"(?:(?<!\p{L})(?:will|would|shall|won['’]t|going\s+to|plans?\s+to|planned\s+to"
               # ("rain was still expected on Friday", "the vote is due on Tuesday", "is set to")
               r"|(?:is|are|was|were)\s+set\s+to|(?:is|are|was|were)\s+(?:(?:still|now|also)\s+)?(?:expected|due|scheduled))"
               r"(?!\p{L})|['’]ll\b)")

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
              "sept": 9, "oct": 10, "nov": 11, "dec": 12}

# Words that end a sentence-final abbreviation without ending the sentence ("Mr. Blinken").
ABBREVIATIONS: set[str] = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "adm",
    "sgt", "rev", "prof", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m",
    "ft", "mt", "ave", "blvd", "dept", "univ", "assn", "bros", "pres", "amb", "cmdr", "maj", "supt",
    "det", "insp", "del", "sec", "atty", "approx", "est", "fig", "op", "vol", "pp", "ariz", "calif", "colo",
    "conn", "fla",
    "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
    "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "n.y", "n.j", "r", "d",
    # the rest of the news agencies' state abbreviations ("Concord, N.H.", "Little Rock, Ark.")
    "ala", "ark", "n.h", "n.m", "n.c", "n.d", "r.i", "s.c", "s.d", "w.va",
}

# Nouns for one person that a description may end with ("a friend", "the ad's narrator").
PERSON_NOUNS: set[str] = {
    "friend", "rival", "narrator", "voter", "resident", "supporter", "staffer", "aide", "member", "worker", "mother",
    "father", "wife", "husband", "son", "daughter", "brother", "sister", "owner", "student", "teacher",
    "veteran", "woman", "man", "person", "source", "official", "spokesperson", "representative", "lawyer",
    "attorney", "neighbor", "neighbour", "colleague", "adviser", "advisor", "insider", "donor", "critic",
    "fan", "citizen", "democrat", "republican", "independent", "conservative", "liberal", "progressive",
    "libertarian", "user", "reader", "caller", "listener", "viewer", "commenter", "poster", "farmer", "nurse", "driver", "mayor", "officer", "witness", "victim", "survivor",
    "volunteer", "organizer", "employee", "operative", "strategist", "consultant", "biographer", "historian",
    "economist", "analyst", "observer", "expert", "professor", "scientist", "researcher", "doctor",
    "physician", "pastor", "priest", "activist", "protester", "candidate", "nominee", "politician",
    "billionaire", "businessman", "businesswoman", "entrepreneur", "investor", "executive", "retiree",
    "immigrant", "refugee", "parent", "grandmother", "grandfather", "child", "teenager", "girl", "boy",
    "widow", "widower", "orphan",
    "partner", "fellow", "chief", "boss", "governor", "senator", "congressman", "congresswoman", "judge",
    "juror", "defendant", "plaintiff", "prosecutor", "detective", "sheriff", "deputy", "agent", "diplomat", "ambassador", "envoy",
    "announcer", "journalist", "pundit", "blogger", "interviewer", "presenter", "preacher", "celebrity",
    # occupations that are also names, so no title before a name (see TITLE_HEADS)
    "baker", "butcher", "cook", "carpenter", "porter", "tailor", "mason", "hunter", "fisher", "miller", "turner",
    "cooper", "shepherd", "steward", "weaver", "potter", "gardener", "brewer", "barber", "painter", "banker",
    "guard", "marshal", "trader", "deacon",
}
DETERMINERS: set[str] = {"the", "a", "an", "one", "his", "her", "their", "its", "our", "my", "your", "some",
                         "several", "many", "most", "two", "three", "four", "five", "another", "other",
                         "both", "all", "few", "these", "those", "this", "that"}

# Places that speak as bodies ("Russia said Tuesday …"), never as a person.
PLACES: set[str] = {
    "russia", "ukraine", "china", "iran", "iraq", "syria", "israel", "turkey", "germany", "france", "britain",
    "england", "scotland", "ireland", "japan", "india", "pakistan", "afghanistan", "mexico", "canada",
    "brazil", "argentina", "italy", "spain", "poland", "greece", "egypt", "libya", "yemen", "lebanon",
    "jordan", "qatar", "cuba", "venezuela", "colombia", "nigeria", "kenya", "ethiopia", "australia",
    "korea", "taiwan", "vietnam", "indonesia", "philippines", "thailand", "belgium", "netherlands",
    "sweden", "norway", "denmark", "finland", "austria", "switzerland", "hungary", "romania", "serbia",
    "moscow", "kyiv", "kiev", "beijing", "tehran", "washington", "london", "paris", "berlin", "tokyo",
    "brussels", "jerusalem", "ankara", "damascus", "baghdad", "america", "europe", "africa", "asia",
    "texas", "california", "florida", "ohio", "iowa", "virginia", "michigan", "pennsylvania", "georgia",
    "arizona", "nevada", "wisconsin", "minnesota", "colorado", "utah", "oregon", "alabama", "kentucky",
    "tennessee", "missouri", "indiana", "illinois", "massachusetts", "maryland", "carolina", "hampshire",
    "alaska", "connecticut", "delaware", "hawaii", "idaho", "maine", "montana", "dakota", "vermont", "wyoming",
    "york", "jersey", "louisiana", "mississippi", "oklahoma", "kansas", "nebraska", "arkansas", "chicago",
    "boston", "seattle", "miami", "atlanta", "denver", "dallas", "houston", "philadelphia", "detroit",
    # the last word of places of two words ("United States", "Los Angeles", "Hong Kong")
    "states", "emirates", "angeles", "francisco", "diego", "vegas", "orleans", "zealand", "arabia", "kong",
    "lanka", "rico", "salvador", "aviv", "delhi", "lauderdale",
}

# The last word of the name of a street, a square or a stretch of land ("Harbor Street", "Alder Park", "Pine
# Valley", "Gull Island"): no surname, so two capitalised words ending in one are a place, not a person. (Not
# "Hall", "Hill", "Lane", "Bay" or "Banks": they are surnames as often as places.)
PLACE_HEADS: set[str] = {
    "street", "avenue", "road", "boulevard", "square", "plaza", "park", "valley", "beach", "island", "heights",
    "airport", "hook",
}

# Common first names by gender: a "she" should not resolve to Mark, nor a "he" to Brigid.
FEMALE_NAMES: set[str] = set("""
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra
Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra
Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren
Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison
Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly
Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Hillary Hilary Nikki Condoleezza
Elena Sonia Ruth Nancy Kamala Elizabeth Tulsi Carly Michele Kellyanne Huma Donna Debbie Jill Melania Ivanka
Chelsea Sarah Loretta Janet Susan Samantha Valerie Madeleine Nina Lena Helena Ana Rita Laura Maya Ines Sofia
Claire Louise Fiona Julia Irene Anne Jane Kate Katie Megyn Rosie Oprah Ellen Nora Brigid Eva Greta Angela
Theresa Marine Christine Ursula Jacinda Mia Zoe Chloe Ella Lily Leah Hailey Paige Tara Tina Wendy Joni Cindy
Phyllis Arianna Gretchen Peggy Marsha Nikki Barbra Meryl Marcia Bonnie Gwen Gwendolyn Jeanne Jeanette
Joanne Joanna Johanna Josephine Juanita Kristen Kirsten Kristin Krista Kathy Cathy Kim Lorraine Lynn Lynne
Marianne Maureen Mildred Molly Monica Muriel Naomi Nell Noreen Norma Paula Pauline Priscilla Rhonda
Roberta Rosa Rosemary Roxanne Sally Sheila Shelby Sherry Stacy Stacey Sue Suzanne Sylvia Tammy Tanya Tiffany
Trisha Vanessa Vera Veronica Vicki Vivian Wanda Yolanda Yvonne Alicia Allison Alyssa Anita Annette Audrey
Beth Betsy Bridget Brooke Caitlin Carla Carmen Caroline Cassandra Colleen Connie Courtney Dana
Darlene Deirdre Delia Dianne Dolores Edith Eileen Elaine Eleanor Ellie Erica Erin Esther Felicia
Gail Geraldine Hayley Ingrid Jackie Jenna Jenny Jessie Kara Karin Katrina
Kendra Kerry Kristina Latoya Leslie Liz Lucy Mackenzie Mandy Marcy Margo Marjorie Marlene Meghan Melinda
Miranda Nadia Nadine Natasha Olga Patsy Rosalind Sabrina Selena Serena Shannon Sonya Stella Svetlana
Tatiana Tracy Valentina Yulia Irina Ludmila Marina Aisha Fatima Leila Layla Mariam Miriam Yasmin Priya
Sunita Indira Benazir Yoko Keiko Gabriela Lucia Isabel Beatriz Luisa Alejandra Marisol Rocio
Francesca Giulia Chiara Simone Sylvie Brigitte Hanna Ingeborg Annalena Petra Birgit Agnieszka Beata Ilhan
Alexandria Rashida Ayanna Pramila Tammy Stacey Debbie Jeanne Heidi Lily
Maggie Cecile Kelsey Gina Patty Patti Marla Ivana Neera Lindsay Jennie Becky Kristy Tamara Jodi Mallory Mara
Melanie Margot Maxine Roseanne Rosalyn Sonja Stacie Terri Trudy Wilma Bernadette Brianna Carrie Christy Cristina
Elisabeth Elise Eliza Jasmine Jocelyn Katharine Kristine Lara Lydia Madeline Marcella Margarita Melody Meredith
Michaela Rachael Renee Rochelle Tamika Tessa Valeria Yvette Gabrielle Kristi Jillian Janine Elisa Aimee Annie
Gillian Lorna Susie Tess Zeynep Ghazala Cecilia Dolly Gayle Harriet Ida Joanie Josie Judi Karla Lacey Lana Leanne
Lola Lorena Mabel Marcie Marguerite Marian Maribel Marisa Marta Mavis Millie Minnie Nellie Pam Penelope Rena Rhoda
Rosalie Sadie Selma Shari Sherri Sheryl Suzy Tammie Thelma Tonya Trina Velma Vickie Viola Wendi Yasmine Zelda Anya
Annika Astrid Ilse Katja Liesl Margit Monika Ulrike Birgitta Britta Elin Freya Hedda Helga Inga Kerstin Lotte
Maren Sigrid Solveig Anais Amelie Camille Celine Chantal Colette Delphine Elodie Genevieve Isabelle Juliette Laure
Lucie Margaux Martine Mathilde Nathalie Segolene Virginie Ayesha Farah Huda Rania Samira Zainab Zahra Shirin Golda
Tzipi Ayelet Shira Rina Akiko
""".split())
MALE_NAMES: set[str] = set("""
James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan
Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander
Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan
Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse
Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph
Eugene Russell Bobby Mason Philip Louis Barack Bernie Bernard Ted Marco Jeb Ben Chris Mike Mitt Rand Newt
Rick Lindsey Bill Hillary' Joe Tim Tom Bob Jim Dick Reince Corey Sean Jared Rudy Rudolph Vladimir Dmitry
Volodymyr Antony Emmanuel Boris Olaf Xi Kim Angela' Recep Benjamin Bibi Justin Narendra Omar Ivo Tomas Ben
Harry Steve Dave Greg Jeff Pete Doug Ron Don Al Fred Ed Hank Kurt Karl Hans Jean-Claude Pierre Francois
Juan Carlos Luis Miguel Jorge Pedro Pablo Diego Marcus Malcolm Martin Jimmy Reggie Hakeem Chuck Mitch
Lamar Orrin Elijah Cory Beto Julian Pete Amy' Kirsten' Sherrod Ted Jon Dan Matt Nick Sam Ian Colin Neil
Mikhail Sergei Sergey Alexei Alexey Andrei Andrey Dmitri Igor Ivan Nikolai Oleg Pavel Viktor Yuri Yevgeny
Petro Vitali Vitaly Taras Lech Jaroslaw Viktor Gerhard Helmut Wolfgang Heinz Jurgen Klaus Horst
Nicolas Jacques Francois Emmanuel Matteo Silvio Giuseppe Giovanni Paolo Sergio Mario
Enrique Felipe Andres Manuel Rafael Ricardo Fernando Alejandro Alberto Antonio Eduardo Francisco Javier
Hugo Mauricio Nicolas Evo Fidel Raul Ernesto Hassan Hussein Ali Ahmed Mohammed Muhammad Mahmoud Abdullah
Bashar Hosni Recep Ehud Yitzhak Ariel Shimon Naftali Yair Benny Avigdor Moshe Shinzo Yoshihide Fumio Jinping
Shinzo Narendra Rahul Imran Nawaz Ashraf Hamid Abdul Rodrigo Joko Kofi
Jacob Cyril Thabo Robert Uhuru Olusegun Muhammadu Goodluck Paul Yoweri Abiy Ashton Clint Cody
Conor Darren Derek Devin Dustin Evan Floyd Glenn Gordon Herbert Howard Isaac
Ivan Jay Jerome Joel Johnny Kenny Leon Leonard Lloyd Luke Marvin Maurice Melvin Mitchell Morris
Neal Norman Oscar Otis Owen Perry Phil Randall Rodney Ruben Shane Stanley
Stuart Todd Travis Trevor Troy Vernon Warren Wesley Wilbur Wyatt Zach Brent Brett Byron
Calvin Clarence Clayton Clifford Clyde Curtis Darrell Darryl Dwight Elliott Everett
Francis Franklin Garrett Gilbert Gus Harvey Hubert Irving Jesus Julius Kent Lyndon
Milton Nathaniel Oliver Orlando Ralph Reuben Roland Roscoe Sidney Ulysses Vance Willard
Woodrow Dwight Ronald Jimmy Gerald Rand Mick Mitch Newt Kevin Deval Cory Jeh Reince Sebastian
Boris Keir Rishi Tony Gordon Nigel Jeremy Ed Sadiq Hamish Malcolm Scott Julius
Elon Mark Jeff Warren Sundar Satya Tim Larry Sergey Jack Evan Reid Ari Rahm Denis Deval Gavin Jerry
Josh Jake Ken Marc Charlie Craig Hugh Rob Barry Trey Brad Andy Geoff Sheldon Marty Rupert Nate Lester Lou Bradley
Bret Stan Eli Abraham Eddie Duncan Russ Terence Terrence Brendan Simon Victor Herman Glen Marcel Xavier Ross Arturo
Federico Antonin Robby Dante Alfonso Lionel Ahmad Tariq Cliff Ernie Phillip Jamal Tyrone Darnell Dominic Damian
Adrian Theodore Teddy Freddie Freddy Joey Jeffery Hector Ramon Roberto Salvador Gustavo Mohamed Mohammad Khalid
Yusuf Ibrahim Mustafa Seth Mathew Kirk Elliot Alec Bernardo Reza Jarrett Gerard Garry Denny Donny Ricky Timmy
Tommy Danny Mickey Ronnie Sammy Lyle Lenny Bart Wally Alfred Edwin Edmund Percy Reginald Roderick Barney Conrad
Emil Ernst Fritz Gunter Gunther Hermann Otto Rolf Sven Lars Nils Magnus Anders Henrik Jens Jorgen Stefan Stephan
Tobias Lukas Matthias Jakob Johann Johannes Sebastien Thierry Laurent Olivier Philippe Didier Alain Gilles
Guillaume Yves Luc Benoit Ahmet Mehmet Hakan Emre Kemal Yigal Avi Amir Yossi Eitan Uri Ravi Arjun Vijay Sanjay
Rajiv Anil Amit Suresh Ramesh Hiroshi Takeshi Kenji Satoshi
""".split()) - {"Hillary'", "Angela'", "Amy'", "Kirsten'"}
GIVEN_NAMES: set[str] = MALE_NAMES | FEMALE_NAMES
# endings of plural nouns for people: "demonstrators", "workers", "residents", "activists", "historians"
PEOPLE_ENDINGS = ("ers", "ists", "ants", "ents", "ians", "ors", "ees", "ives", "ans", "ics", "ies")
# Indefinite pronouns for people: a subject of its own ("Someone called it a “…”", "Everyone says …"), unlike
# "something" or "everything", which name no speaker
INDEFINITE_PEOPLE = {"someone", "somebody", "everyone", "everybody", "anyone", "anybody", "nobody"}

# Adjectives that report a stance after "is"/"was": "was critical of", "is confident that".
STANCE_ADJECTIVES: list[str] = [
    "critical of", "skeptical of", "skeptical about", "sceptical of", "confident that", "concerned about",
    "concerned that", "worried about", "worried that", "optimistic about", "optimistic that", "hopeful that",
    "convinced that", "aware that", "opposed to", "supportive of", "angry about", "angry that", "upset about",
    "upset that", "proud of", "wary of", "afraid that", "adamant that", "certain that", "sure that",
    "unhappy with", "pleased with", "frustrated with", "frustrated by", "disappointed in", "disappointed that",
    "dismissive of", "fond of", "eager to", "determined to", "reluctant to", "willing to", "unwilling to",
    "open to", "in favor of", "against",
    "frustrated that", "fearful that", "skeptical that", "unaware that", "insistent that", "doubtful that",
    # a feeling about a thing or a person, with the preposition it takes: "is confident in the board", "was
    # troubled by the deal", "were not satisfied with the answer"
    "aware of", "confident in", "confident about", "nervous about", "enamored of", "impressed by", "angered by",
    "hopeful about", "cynical about", "pessimistic about", "excited about", "enthusiastic about", "happy with",
    "satisfied with", "comfortable with", "uncomfortable with", "troubled by", "alarmed by", "encouraged by",
    "disturbed by", "interested in", "critical about", "worried by", "concerned by",
]

# Nouns of saying or believing whose that-clause is what was said or held: "his suggestion that …",
# "complaints that …". (Not "the fact", "the idea", "the notion", "no doubt": the writer's own words
# far more often than anyone's report; nor "allegations", "accusations": mostly a charge the article
# weighs, such as a lawsuit's, rather than words it reports. One person's "accusation", "statement",
# "comments" or "remarks" that … are words said, often quoted in part.)
REPORT_NOUNS: list[str] = [
    "suggestion", "suggestions", "complaint", "complaints", "claim", "claims", "assertion", "assertions",
    "belief", "charge", "charges", "assurance", "assurances", "acknowledgment", "acknowledgement",
    "assumption", "fear", "fears", "insistence", "concern", "concerns",
    "argument", "arguments", "warning", "warnings", "promise", "promises", "hopes", "rumor", "rumors",
    "rumours", "speculation", "conclusion", "admission", "contention",
    "view", "position", "message",
    "prediction", "predictions", "doubts", "insinuation", "pledge", "vow", "statement", "comments", "remarks",
    "accusation",
]

# nouns of censure, with the preposition that names whom or what: "his attacks on the mayor", "Ruiz's criticism
# of the levy"; the one the possessive names holds the stance, and its object is reported. (Not "attack on":
# one attack is as often an assault, "an attack on the base", as words.)
CENSURE_NOUN_PHRASES: list[str] = [
    "attacks on", "criticism of", "criticisms of", "condemnation of", "denunciation of",
    # the stances taken the other way: "her embrace of the plan", "Ruiz's endorsement of Bell"; and a promise's
    # infinitive, which the report opens with its "to" ("his promise to cut fares")
    "embrace of", "endorsement of", "promise to", "promises to", "pledge to",
]

# verbs that report words whoever the subject is; other cues ("added up", "shows") need a known speaker
SAYING_VERBS = {"said", "says", "say", "told", "tells", "tell", "argued", "argues", "argue", "insisted", "insists",
                "insist", "contended", "contends", "contend", "claimed", "claims", "claim", "warned", "warns", "warn",
                "acknowledged", "acknowledges", "acknowledge", "predicted", "predicts", "predict", "explained",
                "explains", "explain", "noted", "notes", "note", "believe", "believes", "believed", "think", "thinks",
                "thought", "complained", "complain", "complains", "stressed", "conceded", "concede", "admitted",
                "admit", "admits", "maintained", "maintain", "maintains"}
# "add to" means "increase" ("adding to her lead"), not "say in addition": what follows reports nothing
ADD_FORMS = {"add", "adds", "added", "adding"}
# particles that make a cue verb another verb: "showed up at the fair", "called off the strike", "add up to"
PHRASAL_PARTICLES = {"up", "off"}
# "called into the morning show": to call into a programme is to phone it, not to name or summon anyone
CALL_FORMS = {"call", "calls", "called", "calling"}
# whom one tells, when nothing follows but where or when: "…, she told a council committee Tuesday", "he told the
# court in his filing" (what was told came before the verb, or in a quote after it)
AUDIENCE_NOUNS = ["panel", "committee", "subcommittee", "court", "judge", "jury", "audience", "crowd", "crowds",
                  "advisers", "advisors", "aides", "staff", "reporters", "journalists", "supporters", "donors",
                  "delegates", "lawmakers", "legislators", "senators", "members", "students", "congregation",
                  "gathering", "rally", "hearing", "colleagues", "allies", "friends", "voters"]
# "seeking a fifth term", "as she seeks the White House": to seek an office is to run for it, not to ask for
# anything in words
SEEK_FORMS = {"seek", "seeks", "sought", "seeking"}
OFFICE_NOUNS = ["nomination", "nominations", "term", "seat", "office", "presidency", "reelection", "re-election",
                "governorship", "mayoralty", "chairmanship", "White House", "post"]
# verbs of saying whose "of X" / "about X" names a topic ("…, she said of the plan."), not the words said
TOPIC_VERBS = {"said", "says", "say", "wrote", "writes", "write", "added", "adds", "noted", "notes", "explained",
               "explains"}
# past participles not in -ed, for phrases such as "notes penciled along the edges", "the path taken by others"
IRREGULAR_PARTICIPLES = {"written", "taken", "given", "shown", "known", "seen", "made", "held", "sent", "drawn",
                         "done", "chosen", "driven", "spoken", "thrown", "hidden", "broken", "forgotten", "brought",
                         "caught", "built", "kept", "left", "paid", "put", "read", "set", "told", "won", "worn"}
# documents, polls and studies report too: "exit polls showed that …", "the report found …"
EVIDENCE_VERBS = {"show", "shows", "showed", "shown", "found", "finds", "suggest", "suggests", "suggested", "indicate",
                  "indicates", "indicated", "reveal", "reveals", "revealed", "confirm", "confirms", "confirmed"}
# "his new book, “…”", "the commentary “…”": what follows the name of a kind of work is its title
WORK_NOUNS = {"book", "film", "movie", "song", "album", "novel", "memoir", "documentary", "play", "series", "show",
              "episode", "poem", "article", "essay", "column", "commentary", "op-ed", "editorial", "headline",
              "hashtag", "podcast", "musical", "opera", "sitcom", "program", "programme", "exhibition", "exhibit"}
# works one writes whose name as the object of "write" says who wrote them, not what they say ("wrote a children's
# book", "wrote his dissertation on …"); what they say comes in a clause or a participle ("a letter asking …")
WRITTEN_WORKS = ["book", "books", "letter", "letters", "dissertation", "thesis", "introduction", "foreword", "preface",
                 "novel", "novels", "biography", "screenplay", "cookbook"]
# what documents are called when they speak ("the report found", "according to exit polls")
SOURCE_NOUNS = {
    "poll", "polls", "polling", "survey", "surveys", "report", "reports", "study", "studies", "data", "documents",
    "records", "files", "analysis", "research", "results", "figures", "numbers", "video", "footage", "emails",
    "review", "audit", "investigation", "census", "statistics", "estimates", "filings", "average", "averages",
    "tally", "tallies"}

# Languages, and the words for a kind of speech, that introduce what a phrase means: "Latin for “…”",
# "slang for “…”". The quoted words after them are a gloss, not anyone's words.
GLOSS_WORDS: set[str] = {
    "latin", "greek", "french", "spanish", "german", "italian", "portuguese", "russian", "arabic", "hebrew",
    "yiddish", "chinese", "mandarin", "cantonese", "japanese", "korean", "hindi", "urdu", "persian", "farsi",
    "turkish", "dutch", "swedish", "polish", "ukrainian", "vietnamese", "tagalog", "swahili", "gaelic", "welsh",
    "slang", "shorthand", "jargon", "code", "euphemism", "parlance",
}
