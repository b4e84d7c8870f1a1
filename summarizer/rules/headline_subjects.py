"""A headline's bare subjects: "Teen fatally shot ...", "HPD: Teen fatally shot ...", a list ("Man, woman
shot in Southwest Philadelphia") and a next clause's own subject ("Man dead, woman hurt", "...; passenger,
passerby wounded"). Headlines drop articles and verbs, so :mod:`summarizer.rules.victims` reads their
subjects with these patterns rather than with a sentence's.
"""

from __future__ import annotations

import re

from summarizer.rules.lexicon import AGE_DIGITS, PEOPLE_PLURAL_PATTERN, PERSON_PATTERN
from summarizer.rules.victim_claims import COUNT_WORD, part_size

#: A capitalised word naming a headline's subject ("Raleigh", "IMPD"): not an article, a possessive
#: or an ordinal ("Second victim dies" is the story's own second death).
_HEADLINE_NAME = (r"(?:(?!(?:the|a|an|his|her|their|its|this|that|another|one|other|first|second|third|fourth|fifth)\s)"
                  r"(?-i:[A-Z][\w.'’-]+)\s+)")
#: A headline's bare subject, after an optional source tag: "Teen fatally shot ...", "HPD: Teen
#: fatally shot ...", "Police: 10-Year-Old Boy Accidentally Shot Himself", "Girl, 17, who was shot dead ...",
#: "Raleigh man killed ...", "St. Louis teen shot ...".
#: What may open a headline before its subject: a source tag ("HPD: "), or who names the victims ("Police
#: identify officer wounded, man killed in shootout").
_HEADLINE_OPENING = (r"(?:[a-z][\w.&' -]{0,30}:\s+"
                     r"|(?:[\w.'-]+\s+){1,3}?(?:identify|identifies|names?|release\s+names?\s+of)\s+)?")
HEADLINE_SUBJECT = re.compile(
    rf"^{_HEADLINE_OPENING}(?P<who>{_HEADLINE_NAME}{{0,2}}?(?:{AGE_DIGITS}\s+)?{PERSON_PATTERN}"
    rf"(?:,\s\d{{1,3}},)?)(?=\s)", re.IGNORECASE)
#: One item of a headline's bare list: "woman", "2 kids".
_HEADLINE_ITEM = rf"(?:{PERSON_PATTERN}|{COUNT_WORD}\s+(?:[\w-]+\s+)?{PEOPLE_PLURAL_PATTERN})"
#: A headline's next clause with a bare subject of its own: "Man dead, woman hurt in shooting", "Gunman
#: killed by officer after opening fire at club; woman dead, 5 hurt", "Bystander killed, carjacking suspect
#: wounded in shootout".
HEADLINE_NEXT = re.compile(
    rf"[,;]\s+(?P<who>(?:{AGE_DIGITS}\s+)?(?-i:[a-z][a-z-]+\s+){{0,2}}?{PERSON_PATTERN}"
    # ... and a list of its own: "Man killed in parked car; passenger, passerby wounded"
    rf"(?:,\s+{_HEADLINE_ITEM})*(?:,?\s+and\s+{_HEADLINE_ITEM})?)(?=\s)", re.IGNORECASE)
#: A headline's bare list: "Man, woman shot in Southwest Philadelphia", "Mother, daughter shot",
#: "Woman, 2 kids hurt in shooting", "Teen girl, 2 men wounded in drive-by".
HEADLINE_LIST = re.compile(
    rf"^{_HEADLINE_OPENING}"
    rf"(?P<who>(?:[\w-]+\s+)?{PERSON_PATTERN}(?:,\s+{_HEADLINE_ITEM})+(?:,?\s+and\s+{_HEADLINE_ITEM})?)(?=\s)",
    re.IGNORECASE)


def headline_list_size(subject: re.Match[str]) -> int:
    """People in a headline's list (:data:`HEADLINE_LIST`, :data:`HEADLINE_NEXT`): each bare person one,
    each counted group its count ("Woman, 2 kids" is 3)."""
    return sum(part_size(item) or 1 for item in re.split(r",?\s+and\s+|,\s+", subject.group("who")))
