"""Shared word lists and small calendar and clock facts.

Several rules need the same facts: the number words, the weekday and month names, the
capitalised words that are never part of a name, how a 12-hour clock reading becomes a
24-hour one. Each is defined once here, so the rules agree
(before, copies drifted: one clock rule read "13 p.m." as 13:00, the other rejected it).
Callers compose what they need, e.g. ``{**INDEFINITE_ONE, **SMALL_NUMBER_WORDS}`` for
"a week ago" as well as "three weeks ago".
"""

from __future__ import annotations

#: English cardinal number words below a hundred that are written as one word.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
#: "one" to "ten": the numbers news copy spells out for small spans of time.
SMALL_NUMBER_WORDS: dict[str, int] = {word: n for word, n in NUMBER_WORDS.items() if 1 <= n <= 10}
#: The indefinite article read as the number one ("a week ago", "a year after").
INDEFINITE_ONE: dict[str, int] = {"a": 1, "an": 1}

#: Weekday names, Monday first (index = ``date.weekday()``).
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The weekday names as one regex alternation.
WEEKDAY_PATTERN = "(?:" + "|".join(WEEKDAYS) + ")"
#: The ordinals news copy uses to tell one more person ("a second man", "the fifth victim") -> the count
#: that person brings the story to. One list, so every rule reads the same ordinals.
ORDINALS: dict[str, int] = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
#: :data:`ORDINALS` as one regex alternation.
ORDINAL_PATTERN = "(?:" + "|".join(ORDINALS) + ")"
#: A generation after a name, as written: "Anthony Reid Jr.", "Carl Smith III".
NAME_SUFFIXES: tuple[str, ...] = ("Jr.", "Sr.", "III", "II", "IV")
#: A news agency's or station's tag after a dateline: "(AP)", "(KMOV.com)", "(KPHO/KTVK)".
AGENCY_TAG = r"\([A-Za-z0-9 .&'/-]{2,24}\)"
#: Month names, January first (index + 1 = month number).
MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December")
#: Abbreviated month names (without the dot) -> month number; "May" needs none.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sept": 9, "Sep": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
}
#: Month names and abbreviations, lower-cased -> month number.
MONTH_NUMBERS: dict[str, int] = {
    **{name.lower(): number for number, name in enumerate(MONTHS, 1)},
    **{abbreviation.lower(): number for abbreviation, number in MONTH_ABBREVIATIONS.items()},
}

#: Capitalised words that stand next to a name without being part of it: sentence openers,
#: function words, dates and numbers ("On Monday Nikol Pashinyan", "Three Armenian soldiers").
EDGE_WORDS: frozenset[str] = frozenset(
    [
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "After", "Before", "During", "Under",
        "Earlier", "Later", "Following", "As", "While", "For", "From", "With", "Without", "This", "That",
        "These", "Those", "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Its", "Our", "Some",
        "Many", "Several", "Few", "Others", "Other", "Also", "However", "Meanwhile", "Furthermore",
        "Moreover", "Although", "Despite", "Since", "When", "Where", "What", "Who", "Why", "How", "If",
        "Let", "Such", "Both", "All", "Each", "Any", "No", "Not", "Yes", "Today", "Yesterday", "Tomorrow",
        "Mr", "Mrs", "Ms", "Dr", "Thousands", "Hundreds", "Dozens", "Over", "Through", "Against",
        "Among", "To", "By", "Of", "Then", "There", "Here", "Now", "Just", "Only", "Even",
        *WEEKDAYS, *MONTHS, *(word.capitalize() for word in SMALL_NUMBER_WORDS),
    ]
)


#: Plural nouns for people, as casualty counts and victim groups name them ("three teens were
#: shot", "15 soldiers killed", "two men and a woman"). One list, so the count rules and the victim
#: rules agree on who counts as people.
PEOPLE_PLURAL: tuple[str, ...] = (
    "people", "persons", "civilians", "soldiers", "troops", "servicemen", "servicemembers", "residents",
    "fighters", "militants", "children", "kids", "women", "men", "boys", "girls", "teens", "teenagers",
    "males", "females", "juveniles", "adults", "youths", "minors", "individuals", "officers", "deputies",
    "agents", "policemen", "passengers", "drivers", "motorists", "pedestrians", "bystanders",
    "customers", "shoppers", "workers", "employees", "staff", "students", "villagers", "protesters",
    "demonstrators", "victims", "peacekeepers", "others", "miners", "crew members", "crew", "patients",
    "migrants", "pilgrims", "tourists", "journalists", "guards", "prisoners", "inmates", "rescuers",
    "firefighters", "family members", "relatives", "siblings", "brothers", "sisters", "friends",
    "worshippers", "hostages", "sailors", "pilots", "refugees", "partygoers", "passersby", "spectators",
    "cyclists", "occupants", "riders", "paramedics", "detectives", "patrons", "guests", "visitors",
    "attendees", "fans", "onlookers", "diners", "neighbors", "neighbours", "classmates", "coworkers",
    "co-workers", "roommates", "cousins", "sons", "daughters", "parents", "members", "supervisors", "managers",
    "bartenders",
)
#: An age in digits as an adjective, hyphenated or not: "a 17-year-old", "a 17 year old man".
AGE_DIGITS = r"\d{1,3}[- ]year[- ]old"
#: :data:`PEOPLE_PLURAL` as a regular-expression alternation (longest first: "crew members" before "crew"),
#: and an age in the plural.
PEOPLE_PLURAL_PATTERN = ("(?:" + "|".join(sorted(PEOPLE_PLURAL, key=len, reverse=True)).replace(" ", r"\s+")
                         + r"|\d{1,3}[- ]year[- ]olds)")  # "two 17-year-olds"

#: Relatives by marriage: one person each, not the "son" of "son-in-law".
IN_LAWS: tuple[str, ...] = tuple(f"{kin}-in-law" for kin in ("son", "daughter", "brother", "sister", "mother", "father"))
#: Singular nouns for one person, as victim clauses name them ("a 17-year-old girl", "an officer").
PERSON_NOUNS: tuple[str, ...] = (
    "man", "woman", "boy", "girl", "teen", "teenager", "person", "child", "toddler", "infant", "baby", "victim",
    "officer", "deputy", "trooper", "student", "driver", "passenger", "resident", "mother", "father", "son",
    "daughter", "brother", "sister", "husband", "wife", "grandmother", "grandfather", "suspect", "gunman",
    "shooter", "bystander", "pedestrian", "customer", "clerk", "guard", "worker", "employee", "youth",
    "juvenile", "male", "female", "soldier", "civilian", "motorist", "neighbor", "neighbour", "relative",
    "friend", "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "boyfriend",
    "girlfriend", "roommate", "homeowner", "tenant", "owner", "cashier", "bouncer", "patron", "teacher",
    "nurse", "firefighter", "agent", "mom", "dad", "stepfather", "stepmother", "stepson", "stepdaughter",
    "fiance", "fiancee", "passerby", "passer-by", "rider", "occupant", "landlord", "cyclist", "jogger",
    "shopper", "spectator", "partygoer", "worshipper", "inmate", "prisoner", "hostage", "journalist",
    "reporter", "photographer", "paramedic", "detective", "sergeant", "pastor", "priest", "robber", "intruder",
    "burglar", "attacker", "assailant", "carjacker", "hunter", "supervisor", "manager", "coworker", "co-worker",
    "bartender", "waitress", "waiter", "attendant", "barber", "classmate", "coach", "caregiver", "babysitter",
    *IN_LAWS,
)
#: The nouns for whoever did the shooting: a role a story keeps apart from its victims.
SUSPECT_NOUNS: tuple[str, ...] = ("suspect", "gunman", "shooter", "attacker", "assailant", "robber", "intruder",
                                  "burglar", "carjacker")
#: :data:`PERSON_NOUNS` as an alternation, longest first ("girlfriend", not "girl" of it).
PERSON_PATTERN = "(?:" + "|".join(sorted(PERSON_NOUNS, key=len, reverse=True)) + ")"
#: Ranks before a name ("Sgt. Lee Jundt"): part of how the text names a person, not the name.
RANKS: tuple[str, ...] = ("Sgt", "Sergeant", "Officer", "Deputy", "Trooper", "Detective", "Det", "Cpl", "Corporal",
                          "Lt", "Lieutenant", "Capt", "Captain")

#: Taken to a hospital as a patient ("rushed to a local hospital"), not for a check-up: a person
#: alive and hurt, for the count rules and the victim rules alike.
#: After "hit"/"struck": by a car, not by gunfire ("was hit by a car while fleeing").
NOT_BY_GUNFIRE = (r"(?!\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
                  r"(?:car|vehicle|truck|suv|van|bus|train|motorcycle|driver)\b)")
#: After "hurt"/"injured": in a fall, a stampede or a crash, not by gunfire ("was hurt when she fell
#: while running from the gunfire", "injured in the stampede that followed", "hurt as people ran from
#: the gunfire", "hurt when their SUV crashed"), unless a gun is what fell ("injured when her gun fell
#: from her purse and fired"). So are those knocked down as a crowd ran ("were hurt when
#: they were knocked to the ground as the crowd ran").
HURT_OTHERWISE = (r"(?!(?![^.;]{0,80}?\b(?:gun|handgun|pistol|rifle|shotgun|weapon|firearm|discharged|went\s+off)\b)"
                  r"[^.;]{0,40}?\b(?:fell|falling|tripped|trampled|stampede|jumped|jumping|fled|fleeing|knocked|pushed"
                  r"|shoved|(?:ran|running)\s+(?:from|away)|crash|crashed|crashing|collision|wreck|wrecked"
                  r"|rush|(?:get|getting)\s+away|escap(?:e|ed|ing))\b)")
#: A hospital visit that is no wound: "for evaluation", "for smoke inhalation", "as a precaution".
_NOT_WOUNDED = (r"(?!\s+(?:for\s+(?:evaluation|observation|a\s+mental|smoke|shock|anxiety|chest\s+pains)"
                r"|as\s+a\s+precaution))")
HOSPITAL_TRIP = (r"(?:taken|rushed|transported|transferred|airlifted|flown|driven)\s+to\s+(?:an?\s+|the\s+)?"
                 rf"(?:[\w'·-]+\.?\s+){{0,6}}?(?:hospitals?|medical\s+center|trauma\s+center|(?-i:Health))\b{_NOT_WOUNDED}")

#: Arriving at a hospital on one's own or being treated there ("showed up at a hospital", "walked
#: into St. Mary's Hospital", "drove himself to the hospital", "was dropped off at a hospital", "is
#: being treated at a local hospital"): in a shooting story, a victim alive and hurt. A name's dot
#: may stand as "·" here, as :mod:`~summarizer.rules.predicates` hides it ("St· Mary's").
HOSPITAL_ARRIVAL = (r"(?:showed\s+up|turned\s+up|arrived|walked|drove\s+(?:himself|herself|themselves)"
                    r"|took\s+(?:himself|herself|themselves)|(?:was|were)\s+(?:dropped\s+off|treated)"
                    r"|(?:is|are|was|were)\s+being\s+treated)"
                    r"\s+(?:at|to|into|in)\s+(?:an?\s+|the\s+)?(?:[\w.'’·-]+\s+){0,3}?"
                    rf"(?:hospitals?|medical\s+center|emergency\s+room)\b{_NOT_WOUNDED}")

#: A patient's condition as hospitals report it ("in critical condition", "in serious but stable
#: condition"): someone alive and hurt.
#: A hospital named as a place of its own, with the wound one came with: "arrived at Palmetto Health
#: Richland a short time later with a gunshot wound" (a name need not say "hospital").
ARRIVED_WOUNDED = (r"(?:showed\s+up|turned\s+up|arrived|walked\s+in(?:to)?)\s+(?:at|in|into)?\s*(?:the\s+)?"
                   r"(?:(?-i:[A-Z][\w.'’·-]*)\s+){1,5}(?:[\w-]+\s+){0,5}?with\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:gunshot|bullet|graze)\s+wounds?\b")

#: What gunfire did to someone, as a participle: "was shot", "was hit", "was grazed".
GUNFIRE_VERBS = r"shot|hit|struck|wounded|grazed"

#: Where a bullet struck someone, after who it struck: "striking a man in the chest and a girl in the leg".
WHERE_HIT = (r"\s+in\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:head|face|neck|chest|back|stomach|abdomen|side|"
             r"shoulders?|arms?|hands?|wrists?|fingers?|legs?|thighs?|knees?|feet|foot|ankles?|hips?|buttocks|groin|"
             r"torso|jaw|eye|cheek|elbows?|calf|shin)\b")

#: A condition someone hurt is said to be in: "in critical condition", "fighting for his life".
HOSPITAL_CONDITION = (r"(?:in\s+(?:critical|serious|stable|fair|grave|good)(?:\s+but\s+stable)?\s+condition"
                      r"|fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves)|clinging\s+to\s+life)")
#: Degrees of harm that a negation qualifies without undoing it: "was not seriously hurt" is hurt.
HARM_DEGREES = r"seriously|critically|badly|severely|gravely|life"
#: A verb that says someone was unhurt: "were not hurt", "wasn't injured" (not "was not seriously
#: hurt": hurt all the same).
NOT_HURT = (r"(?:(?:were|was|are|is)\s+(?:not|never)|weren['’]t|wasn['’]t|aren['’]t|isn['’]t)\s+"
            rf"(?!(?:{HARM_DEGREES})\b)(?:\w+\s+)?(?:hurt|injured|wounded|hit|struck|shot|harmed)\b")
#: A bullet armour stopped: "One bullet struck Deputy Quist in the chest, but his ballistic vest stopped it".
VEST_STOPPED = (r"\bbut\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:vest|body\s+armou?r)\s+"
                r"(?:stopped|caught|absorbed|deflected)\b")
#: A patient in a hospital ("Two men are in the hospital"), not a place near one ("in the hospital
#: parking lot").
IN_HOSPITAL = r"in\s+(?:the\s+)?hospital\b(?!\s+(?:parking|lot|lobby|garage|grounds|security|staff|officials))"

#: The legal steps that follow a crime, as verbs in any inflection ("arrested", "charges",
#: "indicted"): the people they act on are suspects, not casualties, and a story led by one is a
#: follow-up to the happening it is about.
LEGAL_STEP_VERBS = (r"arrest(?:ed|ing|s)?|charg(?:ed|ing|es)|indict(?:ed|ing|s)?|arraign(?:ed|ing|s)?|"
                    r"convict(?:ed|ing|s)?|sentenc(?:ed|ing|es)|booked|jailed")

#: Last words of a street or road name ("South Lowe Avenue", "Hospital Drive", "San Antonio St"):
#: an address, never an actor.
STREET_SUFFIXES: frozenset[str] = frozenset([
    "Street", "Streets", "St", "Avenue", "Avenues", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Dr",
    "Lane", "Ln", "Way", "Place", "Pl", "Court", "Ct", "Parkway", "Pkwy", "Highway", "Hwy", "Freeway",
    "Expressway", "Terrace", "Circle", "Trail", "Pike", "Turnpike", "Alley", "Square", "Plaza",
])
#: :data:`STREET_SUFFIXES` as one regex alternation, longest first ("Streets" before "St").
STREET_SUFFIX_PATTERN = "|".join(sorted(STREET_SUFFIXES, key=len, reverse=True))
#: What follows a house number that looks like a year: "the 2000 block of", "at 1925 Elm Street",
#: "1901 N. Main St.". A number before it is an address, not the year of another incident.
HOUSE_NUMBER_AFTER = (r"\s+(?:block\b|(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?"
                      rf"(?:[A-Z][\w'-]*\s+|\d{{1,3}}(?:st|nd|rd|th)\s+){{1,3}}(?:{STREET_SUFFIX_PATTERN})\b)")
#: The plural street words that name two streets at once: "near Pasadena and King avenues".
PLURAL_STREET_PATTERN = "streets|avenues|roads|boulevards|drives|lanes"
#: Words of a named institution, site furniture or place ("Grady Memorial Hospital", "Preble County
#: Sheriff", "Violent Crime Unit", "File Photo", "West Side"): a name holding one is no person, so
#: no actor a local story's happening can be told apart by (countries and known organisations are
#: looked up first).
NOT_PERSON_WORDS: frozenset[str] = frozenset([
    "hospital", "medical", "center", "centre", "clinic", "school", "schools", "elementary", "academy", "college",
    "county", "police", "sheriff", "department", "dept", "office", "station", "unit", "district", "precinct",
    "division", "bureau", "patrol", "jail", "news", "staff", "image", "photo", "photos", "story", "caption",
    "reserved", "rights", "shooting", "apartments", "apartment", "church", "convention", "stoppers", "motel",
    "hotel", "store", "side", "end", "area",
    # businesses and housing ("Creole Belle Lounge", "Happy Village", "Mission Falls")
    "village", "falls", "heights", "gardens", "manor", "towers", "homes", "estates", "courts", "mall", "market",
    "club", "nightclub", "lounge", "bar", "grill", "cafe", "restaurant", "tavern", "pub", "inn", "liquor", "mart",
    "subway", "university", "library", "museum", "stadium", "arena", "airport",
    # a headline's casualty words ("Officer Shot In Face")
    "shot", "killed", "dead", "wounded", "injured", "slain", "homicide", "murder", "gunfire",
])
#: City police forces a local story may name only by acronym ("IMPD officers responded ..."), each
#: with its city and state. Only acronyms that name one force: "HPD" (Houston, Honolulu) and
#: "CPD" (Chicago, Columbus, Cleveland) do not.
POLICE_ACRONYMS: dict[str, tuple[str, str]] = {
    "NYPD": ("New York City", "NY"), "LAPD": ("Los Angeles", "CA"), "SFPD": ("San Francisco", "CA"),
    "IMPD": ("Indianapolis", "IN"), "CMPD": ("Charlotte", "NC"), "LVMPD": ("Las Vegas", "NV"),
    "SAPD": ("San Antonio", "TX"), "KCPD": ("Kansas City", "MO"), "MNPD": ("Nashville", "TN"),
    "LMPD": ("Louisville", "KY"), "FWPD": ("Fort Worth", "TX"), "SLMPD": ("St. Louis", "MO"),
}
#: Makes of car, which a story names before the model ("a Dodge Charger", "a silver Ford Explorer").
VEHICLE_MAKES: frozenset[str] = frozenset([
    "Dodge", "Ford", "Chevy", "Chevrolet", "Toyota", "Honda", "Nissan", "Jeep", "Buick", "Cadillac", "Chrysler",
    "Hyundai", "Kia", "BMW", "Mercedes", "Lexus", "Pontiac", "GMC", "Mazda", "Subaru", "Volkswagen", "Audi",
    "Infiniti", "Acura", "Lincoln", "Mercury", "Oldsmobile", "Saturn", "Tesla", "Volvo", "Mitsubishi",
])
#: Verbs of saying, which a Title Case headline capitalises ("Police Say Man Was Shot").
SPEECH_VERBS: frozenset[str] = frozenset(["Say", "Says", "Said", "Tell", "Tells", "Told", "Report", "Reports"])

def clock_hour(hour: int, ampm: str) -> int | None:
    """The 24-hour hour of a clock reading; ``ampm`` is "" or starts with "a"/"p" (any case).

    With am/pm the hour must be 1-12 ("12 a.m." is 0, "12 p.m." is 12); "13 p.m." or
    "0 a.m." is not a time and gives None. Without am/pm the hour is returned as it is.
    """
    marker = ampm[:1].lower()
    if not marker:
        return hour
    if not 1 <= hour <= 12:
        return None
    if marker == "p":
        return hour if hour == 12 else hour + 12
    return 0 if hour == 12 else hour


#: AP-style state abbreviations (AP Stylebook), the form US newspapers write in datelines.
AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS", "Ky.": "KY", "La.": "LA",
    "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT",
    "Neb.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC",
    "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD",
    "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV",
    "Wis.": "WI", "Wyo.": "WY", "D.C.": "DC",
}

#: Relatives, as a story names them by the possessive ("his wife", "their son").
KIN_NOUNS = frozenset(["wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "girlfriend",
                       "boyfriend", "fiance", "fiancee", "grandmother", "grandfather", "grandson", "granddaughter",
                       "stepfather", "stepmother", "stepson", "stepdaughter", "mom", "dad", "uncle", "aunt",
                       "nephew", "niece", "cousin", *IN_LAWS])
#: The relatives as an alternation, longest first ("son-in-law", not its "son").
KIN_ALTERNATIVES = "|".join(sorted(KIN_NOUNS, key=len, reverse=True))
#: One relative by the possessive, one word between at most ("their adult son"): the noun is group ``noun``.
KIN_NAMED = rf"\b(?:his|her|their)\s+(?:[a-z-]+\s+)?(?P<noun>{KIN_ALTERNATIVES})\b"
#: A relative after a first one, sharing its possessive: "his wife and (adult) son".
BARE_KIN = (r"(?i:(?:adult|grown|teenage|teen|young|infant|baby|elderly|[a-z0-9]+-year-old)\s+)?"
            rf"(?i:{KIN_ALTERNATIVES})")

#: What separates the items of a list of people: "a man, a woman and a teen", "his wife, and son".
LIST_SEPARATOR = r",\s+and\s+|,\s+|\s+and\s+"
