"""Strip web boilerplate from scraped article text while keeping offsets traceable.

Scraped news arrives with site chrome around the story: share widgets,
"Also read:" links, newsletter forms, teaser blocks ("You May Also Like" +
truncated snippets ending in "..."), disclaimers and copyright lines. They
mislead extraction (a teaser about a Japanese earthquake is not part of an
article about Karabakh), so ``clean`` drops whole lines that match:

* video-player and app prompts ("Please enable Javascript to watch this video", "Download the
  ... app");
* navigation/share widgets ("Share This", "Pin It on Pinterest", "leave a
  reply:", "Connect with us", "Hi, what are you looking for?", "News · Sports · Weather", ...) and short
  all-caps labels ("READ MORE", "NEWSLETTER SUBSCRIPTION");
* link lines ("Also read: ...", "Related: ...") and "Categories:/Tags:" lines;
* teaser blocks: a teaser header ("You May Also Like", "Editor's Pick",
  "Related", "Most read", "More Local News", ...) followed by snippets ending in an
  ellipsis or by a list of two or more bare headlines (no closing punctuation) - the block
  ends at the first line that is neither, so a headline placed right after an "Editor's Pick"
  label survives;
  two or more adjacent ellipsis snippets are a teaser block even without a header;
* newsletter sign-up text (two or more sign-up markers, or one in a short line);
* text addressed to a language model rather than the reader ("Ignore previous
  instructions and output ...", "SYSTEM:", "you are now in developer mode"):
  a possible prompt injection, removed and reported;
* photo captions and credits: a line that is a parenthetical alone ("(Photo: Courtesy of family)"),
  one under a caption's label ("PHOTO: Officers at the scene early Sunday."), or names and a date
  before one ("Jeffrey Doe, August 10, 2016 (County Sheriff's Office)"): a
  caption's date is when the photo was taken, not when the story happened;
* disclaimers, copyright lines, syndication trailers ("This post appeared
  first on ..."), and "Source: X" trailers (provenance metadata rather than
  story text; they remain available in ``removed``).

Everything else - headline, datelines, subheadings, body - is kept verbatim,
so every kept character maps back to the original (``to_original``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from pydantic import BaseModel

from summarizer.rules.spans import Span, make_span

#: What a site puts before links to its other stories, as a header line or before a link on its line.
_TEASER_WORDS = (
    r"you\s+(?:may|might)\s+also\s+like|editor['’]?s\s+picks?"
    r"|related(?:\s+(?:articles?|posts?|stories|story|news|content|coverage|links?|videos?|headlines))?"
    r"|recommended(?:\s+for\s+you)?|more\s+(?:from\s+\S+|(?:local\s+|top\s+)?(?:stories|news|headlines))"
    r"|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|top\s+stories|don['’]t\s+miss|must\s+read"
    r"|read\s+more|see\s+also|also\s+read|read\s+also")
_TEASER_HEADER = re.compile(
    rf"(?:{_TEASER_WORDS}|popular(?:\s+posts)?|recent(?:ly)?(?:\s+posts)?|latest(?:\s+news)?)\s*:?",
    re.IGNORECASE,
)
#: A link with its label on one line ("Trending Now: Three killed in Indiana crash", and in capitals "MORE: 2
#: shot, 1 fatally, in Newburg", "ALSO: ..."); not "Latest:", which an updated story puts before its own news.
_LINK_LINE = re.compile(rf"(?:{_TEASER_WORDS}|watch|listen|(?-i:MORE|ALSO))\s*[:|]\s*\S", re.IGNORECASE)
_WIDGET = re.compile(
    r"(?:share(?:\s+(?:this|on\s+\w+|article|story))?|tweet|pin\s+it(?:\s+on\s+pinterest)?|email|print|whatsapp"
    r"|facebook|twitter|linkedin|telegram|copy\s+link|connect\s+with\s+us|follow\s+us(?:\s+on\s+.*)?"
    r"|hi,?\s+what\s+are\s+you\s+looking\s+for\??|search(?:\s+for)?|menu|home|skip\s+to(?:\s+main)?\s+content"
    r"|leave\s+a\s+(?:reply|comment)|comments?|\d+\s+comments?|add\s+(?:a\s+)?comment|newsletter(?:\s+(?:subscription|sign[- ]?up))?"
    r"|subscribe(?:\s+now)?|sign\s+up|advertisement|sponsored(?:\s+content)?|loading|close)\s*[:.!…]*",
    re.IGNORECASE,
)
#: A navigation bar: short capitalised items between middle dots ("Public Works Updates · A Most Livable City").
_NAV_ITEM = r"[A-Z][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*){0,4}"
_NAV_BAR = re.compile(rf"{_NAV_ITEM}(?:\s*[·•]\s*{_NAV_ITEM})+")
#: Video-player and app prompts that open a line ("Please enable Javascript to watch this video").
_PLAYER = re.compile(
    r"(?:please\s+enable\s+javascript|skip\s+ad\b|ad\s+loading|download\s+(?:the|our)\s+[\w ]{1,30}?\s*app\b"
    r"|buy\s+photo\b|watch\s+for\s+updates\b|click\s+here\s+to\s+(?:watch|download|subscribe))",
    re.IGNORECASE,
)
#: Text addressed to the model, not the reader: dropped before extraction, listed in ``removed``.
INJECTION = "possible prompt injection"
_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|your\s+)?"
    r"(?:previous|prior|above|earlier|preceding|system|original)\s+(?:instructions|rules|prompts?|directions|messages)"
    r"|\byou\s+are\s+now\s+(?:in\s+)?(?:developer|dan|jailbreak|unrestricted)\b"
    r"|^\s*(?:system|assistant|developer)\s*(?:prompt)?\s*:"
    r"|\b(?:new|updated)\s+instructions\s*:"
    r"|\boutput\s+only\s+[{\[]",
    re.IGNORECASE,
)
_CATEGORY = re.compile(r"(?:categories|category|tags?|filed\s+under|topics)\s*:", re.IGNORECASE)
_DISCLAIMER = re.compile(r"disclaimer\s*:", re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:copyright\b|©|\(c\)\s*\d{4})|.*\ball\s+rights\s+reserved\b", re.IGNORECASE)
_SYNDICATION = re.compile(
    r"this\s+(?:post|article|story)\s+(?:(?:first\s+)?appeared|was\s+(?:first\s+|originally\s+)?published)",
    re.IGNORECASE,
)
_SOURCE_TRAILER = re.compile(r"(?:source(?:\s+from)?|sources|via)\s*:\s*\S", re.IGNORECASE)
_SIGNUP_MARKERS = re.compile(
    r"newsletter|\bsubscrib|\bsign\s+up\b|\bopt(?:ing)?[- ]?(?:in|out)\b|your\s+email|email\s+address"
    r"|receive\s+(?:free|emails|our|the\s+latest)|hate\s+spam|enter\s+your\s+(?:email|information|details)"
    r"|privacy\s+is\s+protected",
    re.IGNORECASE,
)
_ALL_CAPS_LABEL = re.compile(r"[A-Z][A-Z'’&-]*(?:\s+[A-Z][A-Z'’&-]*){0,3}")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*$")
#: A headline in a list under a teaser header ("More Local News" / "Man killed in Beltzhoover
#: shooting"): short, and no sentence's closing punctuation.
_HEADLINE_ITEM = re.compile(r".{3,120}(?<![.!?\"'”’):])")
#: A photo caption or credit line: a parenthetical alone ("(Aaron Max/Staff)", "(Photo: Courtesy of
#: family)"), or names and a date before a credit ("Jeffrey Doe, August 10, 2016 (County Sheriff's Office)").
_CAPTION = re.compile(r"(?:(?:[A-Z][\w'’.-]*|\d{1,4}|of|and|the),?\s+)*\([^()\n]{2,80}\)")
_MAX_CAPTION_LINE = 150
#: A caption under its label: "PHOTO: Officers investigate the scene early Sunday. (Staff photo)".
_CAPTION_LABEL = re.compile(r"(?:photos?|image|caption)\s*:\s", re.IGNORECASE)
_MAX_LABELLED_CAPTION_LINE = 300
#: A dateline on a line of its own keeps its wire or station credit: "CHICAGO (CBS)".
_DATELINE_CREDIT = re.compile(r".+\([A-Z0-9&-]{2,8}\)")
_LINE = re.compile(r"[^\n]+")

_SHORT_SOURCE_LINE = 100
_SHORT_SIGNUP_LINE = 60
_MAX_SIGNUP_LINE = 400
_MAX_COPYRIGHT_LINE = 200


class CleanedText(BaseModel):
    """Cleaned article text plus the mapping back to the original string.

    ``segments`` are ``(clean_start, orig_start, length)`` runs copied
    verbatim from the original; kept runs are joined by a blank line.
    """

    text: str
    segments: list[tuple[int, int, int]]
    removed: list[tuple[Span, str]]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` slice of ``text`` to offsets in the original string.

        Offsets that fall in a synthetic separator snap to the nearest kept
        text (start forwards, end backwards).
        """
        if not self.segments:
            return 0, 0
        return self._map(start, forward=True), max(self._map(end, forward=False), self._map(start, forward=True))

    def _map(self, offset: int, *, forward: bool) -> int:
        starts = [seg[0] for seg in self.segments]
        i = bisect_right(starts, offset if forward else offset - 1) - 1
        if i < 0:
            return self.segments[0][1]
        clean_start, orig_start, length = self.segments[i]
        inside = offset - clean_start
        if forward and inside >= length:
            return self.segments[i + 1][1] if i + 1 < len(self.segments) else orig_start + length
        return orig_start + min(max(inside, 0), length)


#: A page's own timestamp before a date or clock time: "Posted 5:42 AM, July 11, 2016, by Web Staff", "By
#: Ellen Hart, Staff Writer | Posted November 14, 2017", "Updated: 9:04 AM EDT Jul 5, 2017", "Updated July 5,
#: 2017 at 8:40 AM". It dates the page, never what the story tells (the story names its own day: "went off
#: Sunday evening"), though a small model takes it for the event's where the byline line stands in the lede.
#: Only page furniture: the stamp opens its line or follows a bar ("A message posted Monday" is news).
_STAMP = re.compile(r"(?:^|[|•·]\s*)(?:first\s+|last\s+)?(?:posted|updated|published)\s*:?\s*(?:on\s+)?"
                    r"(?:\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?,?\s*)?"
                    r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s*(?:\d{4})?,?\s*(?:at\s+)?)?$",
                    re.IGNORECASE | re.MULTILINE)


def page_stamp(text: str, span: Span) -> bool:
    """``span`` (a date or clock time) is the page's timestamp (:data:`_STAMP`). Where the article's
    publication date is known it adds nothing; where it is not, it is the best anchor there is."""
    return _STAMP.search(text, max(0, span.start - 40), span.start) is not None


def _labelled_caption(line: str) -> bool:
    """A whole line under a caption's label (:data:`_CAPTION_LABEL`); not a sentence, since a scraped
    page may run its caption and the story's first sentence together on one long line."""
    return bool(_CAPTION_LABEL.match(line.strip())) and len(line.strip()) <= _MAX_LABELLED_CAPTION_LINE


def is_caption(line: str) -> bool:
    """A photo caption or credit (see :data:`_CAPTION`), on a line or a sentence of its own."""
    line = line.strip()
    return line.endswith(")") and len(line) <= _MAX_CAPTION_LINE and bool(_CAPTION.fullmatch(line)) \
        and not _DATELINE_CREDIT.fullmatch(line)


def _classify(line: str) -> str | None:
    """Removal reason for a single stripped line, or None to keep it (teasers handled separately)."""
    checks: list[tuple[bool, str]] = [
        (bool(_INJECTION.search(line)), INJECTION),
        (bool(_LINK_LINE.match(line)), "teaser link"),
        (bool(_WIDGET.fullmatch(line)) or ("·" in line or "•" in line) and bool(_NAV_BAR.fullmatch(line)),
         "share/navigation widget"),
        (bool(_PLAYER.match(line)), "video player or app prompt"),
        (bool(_CATEGORY.match(line)), "category/tag line"),
        (bool(_DISCLAIMER.match(line)), "disclaimer"),
        (len(line) <= _MAX_COPYRIGHT_LINE and bool(_COPYRIGHT.match(line)), "copyright"),
        (bool(_SYNDICATION.match(line)), "syndication trailer"),
        (len(line) <= _SHORT_SOURCE_LINE and bool(_SOURCE_TRAILER.match(line)), "source trailer"),
        (bool(_ALL_CAPS_LABEL.fullmatch(line)) and len(line) >= 3, "all-caps widget label"),
        (is_caption(line) or _labelled_caption(line), "photo caption or credit"),
    ]
    for hit, reason in checks:
        if hit:
            return reason
    markers = {m.group().lower() for m in _SIGNUP_MARKERS.finditer(line)}
    if len(line) <= _MAX_SIGNUP_LINE and (len(markers) >= 2 or (markers and len(line) <= _SHORT_SIGNUP_LINE)):
        return "newsletter sign-up"
    return None


def _reasons(lines: list[str]) -> list[str | None]:
    """Removal reason per line: single-line rules, then teaser blocks."""
    reasons = [_classify(line) for line in lines]
    headers = [bool(_TEASER_HEADER.fullmatch(line)) for line in lines]
    snippets = [bool(_ELLIPSIS_END.search(line)) for line in lines]
    bare = [bool(_HEADLINE_ITEM.fullmatch(line.strip())) and not header for line, header in zip(lines, headers)]
    # two or more bare headlines in a row: one alone after a label is the story's own headline
    headline_list = [bare[i] and (i > 0 and bare[i - 1] or i + 1 < len(lines) and bare[i + 1])
                     for i in range(len(lines))]
    in_block = False
    for i, line in enumerate(lines):
        if headers[i]:
            reasons[i], in_block = reasons[i] or "teaser header", True
        elif snippets[i] and (in_block or (i > 0 and snippets[i - 1]) or (i + 1 < len(lines) and snippets[i + 1])):
            reasons[i], in_block = reasons[i] or "teaser snippet", True
        elif in_block and headline_list[i]:
            reasons[i] = reasons[i] or "teaser headline"
        elif reasons[i] is None:
            in_block = False
    return reasons


def clean(text: str) -> CleanedText:
    """Drop boilerplate lines (see module docstring) and keep a map back to ``text``.

    The pipeline calls it once per article, in ``ingest.document.analyse``; every later stage
    reads the result from the :class:`~summarizer.ingest.document.Document`.
    """
    blocks = []
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            blocks.append((m.start() + lead, m.start() + lead + len(stripped)))
    reasons = _reasons([text[s:e] for s, e in blocks])

    removed: list[tuple[Span, str]] = []
    runs: list[tuple[int, int]] = []
    for (start, end), reason in zip(blocks, reasons, strict=True):
        if reason is not None:
            removed.append((make_span(text, start, end), reason))
        elif runs and not _removed_between(removed, runs[-1][1], start):
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))

    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    cursor = 0
    for start, end in runs:
        if parts:
            parts.append("\n\n")
            cursor += 2
        parts.append(text[start:end])
        segments.append((cursor, start, end - start))
        cursor += end - start
    return CleanedText(text="".join(parts), segments=segments, removed=removed)


def _removed_between(removed: list[tuple[Span, str]], start: int, end: int) -> bool:
    """True when the last removed block lies between two kept offsets (so the run must break)."""
    return bool(removed) and start <= removed[-1][0].start < end


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """Main text and metadata of an HTML page via trafilatura.

    The headline (metadata title) is put on the first line when the
    extracted body does not already start with it, matching the plain-text
    article layout. trafilatura is imported here because it is only needed
    for HTML input and is comparatively slow to import.
    """
    import trafilatura

    body = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=False) or ""
    meta = trafilatura.extract_metadata(html)
    info: dict[str, Any] = {}
    if meta is not None:
        info = {key: getattr(meta, key, None) for key in ("title", "author", "date", "sitename", "url", "description")}
    title = info.get("title")
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}" if body else title
    return body, info
