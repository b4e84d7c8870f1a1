"""Counts that are no casualties: wounds and bullets, a crowd, shots heard, people told unhurt, hurt
otherwise than by gunfire, or a total of both kinds (:mod:`summarizer.rules.casualties` reads a count's
clause against these before it takes it for the killed or the injured)."""

from __future__ import annotations

import re

from summarizer.rules.lexicon import HURT_OTHERWISE, NOT_HURT, PEOPLE_PLURAL_PATTERN

#: Counted nouns that are wounds or shots, not people: "one gunshot wound", "one of the bullets", "One
#: bullet struck Deputy Quist in the chest".
NOT_PEOPLE = re.compile(r"^(?:of\s+(?:the|those|these|his|her|their)\s+)?(?:[\w-]+\s+)?"
                        r"(?:wounds?|injur(?:y|ies)|shots|rounds?|bullets?|times)\b", re.IGNORECASE)
#: A crowd, told by what it did: "as more than 200 people remembered Khalil Broussard, the 17-year-old
#: shot to death", "About 50 mourners gathered where the boy was killed": the count is of those present.
CROWD = re.compile(rf"^(?:(?:more|other|local|young)\s+)?(?:{PEOPLE_PLURAL_PATTERN}|mourners|residents|"
                   r"neighbors|neighbours|classmates|students|supporters|relatives|marchers)\s+(?:\w+ly\s+)?"
                   r"(?:gathered|attended|remembered|mourned|marched|rallied|prayed|packed|filled|lined|sang|"
                   r"honou?red|turned\s+out|paid\s+tribute|held\s+(?:a\s+)?(?:vigil|candles|signs))\b"
                   # (not "4 people gathered outside were shot": a participle, the count's verb to come)
                   r"(?![^.;]*\b(?:were|was|are)\s+(?:\w+\s+)?(?:shot|hit|struck|wounded|injured|killed|hurt)\b)",
                   re.IGNORECASE)
#: Shots heard or fired, not people: "Officers heard one more shot", "fired one shot, hitting him".
HEARD_OR_FIRED = re.compile(r"\b(?:heard|hear|hears|fired|fire|fires|firing)\s+(?:at\s+least\s+|about\s+)?$",
                            re.IGNORECASE)
#: People the count's own verb says were unhurt: "two children were not hurt", "Two young children in the
#: home were not hurt", "Two other children, ages 6 and 2, were not hurt", "Two customers who were in the
#: store were not hurt", "her two children were inside the apartment and were not hurt", "her two
#: children escaped out a back door and were not hurt", "weren't injured"
#: (not "were not seriously hurt": hurt all the same).
NOT_A_WOUND = r"(?:(?!shot|hit|struck|wounded|grazed|injured|hurt)[^,.;])"
UNHURT = re.compile(rf"^(?:(?!(?:was|were|is|are|and|but|or)\b)[\w-]+(?:,\s[^,.;]{{1,30}},)?\s+){{1,7}}?"
                    rf"(?:(?:who|that)\s[^.;]{{1,50}}?\s|(?:was|were|ran|hid|\w+ed)\b{NOT_A_WOUND}{{0,40}}?\sand\s)?"
                    rf"{NOT_HURT}",
                    re.IGNORECASE)
#: People the rest of the sentence says were not shot: "Two other shoppers were hurt as people ran, but
#: neither was shot", "... were treated for injuries suffered while fleeing and were not struck by gunfire".
NOT_SHOT = re.compile(r"\b(?:neither|none)\s+(?:of\s+them\s+)?(?:was|were)\s+(?:shot|struck\s+by\s+gunfire)\b"
                      r"|\b(?:was|were)\s+not\s+(?:shot|(?:struck|hit)\s+by\s+(?:gunfire|bullets?))\b", re.IGNORECASE)
#: A total of both kinds: "eight people were killed or wounded", "left eight people wounded or dead".
EITHER_KIND = re.compile(r"^(?:(?!\b(?:and|but|while)\b)[^.;]){0,40}?\b(?:killed|dead|wounded|injured|hurt)\s+or\s+"
                         r"(?:killed|dead|wounded|injured|hurt)\b", re.IGNORECASE)
#: A count no one of whom the verb befell: "None of the seven victims died".
NONE_OF = re.compile(r"\b(?:none|neither|no\s+one)\s+of\s+(?:the\s+|those\s+)?$", re.IGNORECASE)
#: ... unless what befell none of them is death: "None of the seven victims died" (seven hurt).
NONE_DIED = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:has\s+|have\s+)?(?:died|(?:was|were)\s+(?:killed|fatally))\b",
                       re.IGNORECASE)
#: People hurt otherwise than by gunfire, by their count's own verb: "Two other shoppers were hurt as
#: people ran from the gunfire", "suffered minor injuries in the rush to get away" (the double negative of
#: :data:`HURT_OTHERWISE` asks for its cause).
HURT_FLEEING = re.compile(rf"^(?:(?!(?:and|but|or)\b)[\w-]+\s+){{1,7}}?(?:(?:was|were)\s+(?:hurt|injured)"
                          rf"|suffered\s+(?:[\w-]+\s+){{0,2}}?injur(?:y|ies))\b"
                          rf"(?!{HURT_OTHERWISE})", re.IGNORECASE)
#: People who hurt themselves, which no bullet does: "One of the officers hurt his knee when he fell while
#: climbing a fence", "Two others broke their wrists" (a bullet's is told "was shot in the knee").
HURT_ONESELF = re.compile(r"^(?:(?!(?:and|but|or)\b)[\w-]+\s+){1,7}?(?:hurt|injured|broke|sprained|twisted|bruised)"
                          r"\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:knee|ankle|wrist|leg|arm|back|hand|foot|feet|"
                          r"head|shoulder|collarbone|rib)s?\b", re.IGNORECASE)
