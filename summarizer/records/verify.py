"""Cross-check every extracted value against deterministic extractions from the same article.

Each field of each record gets a verdict with the evidence spans behind it:

* ``supported``: the rules found the value in the article (numbers with the same range, a date
  phrase that resolves to the same day, a verbatim quote, an actor or place under any alias).
* ``contradicted``: the article says something else in the very place the model points to (the
  evidence sentence gives different numbers; a quote that exists only in altered form).
* ``unsupported``: the article does not contain the value at all.

Nothing is changed silently. The policy decides what happens to values that are not supported:
``flag`` (default) keeps them with their verdicts, ``drop`` removes them and lists what was
removed, ``reask`` (in :class:`summarizer.Summarizer`) sends the findings back to the model once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.ingest.document import Document
from summarizer.models.fieldpath import FieldPath
from summarizer.records.locate import locate
from summarizer.rules import find_attributions, find_numbers, find_times, same_entity
from summarizer.rules.spans import make_span
from summarizer.models.schemas import (
    EventDate,
    EventRecord,
    EventTime,
    ExtractedEvents,
    FieldCheck,
    Policy,
    Span,
    Verification,
)


def _sentence_around(sentences: Sequence[Span], span: Span | None) -> Span | None:
    """The sentence that contains ``span``: claims are judged in their own context."""
    if span is None:
        return None
    return next((s for s in sentences if s.start <= span.start < max(s.end, s.start + 1)), None)


class _Checker:
    """Collects the checks of one record against what the rules found in its article."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.article = document.article
        self.numbers = document.numbers
        self.sentences = document.all_sentences
        self.places = document.places
        self.checks: list[FieldCheck] = []

    def add(self, field: str, value: object, verdict: str, reason: str, spans: list[Span] | None = None) -> None:
        self.checks.append(FieldCheck(field=field, value=str(value), verdict=verdict, reason=reason,
                                      spans=spans or []))

    def mentions(self, name: str) -> list[Span]:
        """Where a name (or an alias or a misspelling of it) occurs in the article."""
        hit = locate(name, self.article.text)
        if hit.span is not None and hit.match != "fuzzy":
            return [hit.span]
        spans = []
        for match in re.finditer(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", self.article.text):
            if same_entity(name, match.group()):
                spans.append(make_span(self.article.text, match.start(), match.end()))
        spans.extend(span for span, place in self.places if same_entity(name, place.name))
        return spans[:5]

    def number(self, field: str, text: str, low: int | None, high: int | None, near: Span | None) -> None:
        if low is None and high is None:  # "as many as four" has only a high bound, and is a number
            self.add(field, text, "unsupported", "not a number the rules can read")
            return
        same = [n for n in self.numbers if (n.count.low, n.count.high) == (low, high)]
        sentence = _sentence_around(self.sentences, near)
        if same:
            in_sentence = [n for n in same if sentence and sentence.start <= n.span.start < sentence.end]
            chosen = in_sentence or same
            where = "in the evidence sentence" if in_sentence else "in the article"
            self.add(field, text, "supported", f"rules read the same range {where}",
                     [n.span for n in chosen[:3]])
            return
        others = [n for n in self.numbers if sentence and sentence.start <= n.span.start < sentence.end]
        if others:
            said = ", ".join(f"“{n.span.text}”" for n in others[:3])
            self.add(field, text, "contradicted", f"the evidence sentence says {said}",
                     [n.span for n in others[:3]])
        else:
            self.add(field, text, "unsupported", "no such number in the article")


def _phrase_check(checker: _Checker, field: str, phrase: str, body: str, near: int | None) -> Span | None:
    """Locate a date or time phrase in the article body; record why when it is not there."""
    hit = locate(phrase, body, near=near)
    if hit.span is not None:
        return make_span(checker.article.text, hit.span.start, hit.span.end)
    if locate(phrase, checker.article.text).span is not None:
        checker.add(field, phrase, "unsupported", "only in the publication dateline, not about the event")
    else:
        checker.add(field, phrase, "unsupported", f"{field} phrase not in the article")
    return None


def _check_date(checker: _Checker, date: EventDate, body: str, near: int | None) -> None:
    """The date phrase in the body, else a body phrase that resolves to the same day.

    Models often copy the dateline ("20/09/2023") for an event the body dates "on Wednesday".
    The phrase is no evidence, but the day is, and ``policy="drop"`` must keep a supported day:
    it is what the weekdays of the other articles in a merged story resolve against.
    """
    text = date.text or ""
    hit = locate(text, body, near=near)
    if hit.span is not None:
        resolved = f"resolves to {date.value}" if date.value else "unresolved (no publication date)"
        span = make_span(checker.article.text, hit.span.start, hit.span.end)
        checker.add("date", text, "supported", f"date phrase found; {resolved}", [span])
        return
    same_day = [m.span for m in checker.document.body_dates if date.precision == "day" and date.value is not None
                and m.value == date.value and m.precision in ("day", "weekday", "relative")]
    if same_day:
        same_day.sort(key=lambda s: abs(s.start - near) if near is not None else s.start)
        checker.add("date", text, "supported", f"the article's “{same_day[0].text}” resolves to the same day, "
                    f"{date.value}", [make_span(checker.article.text, s.start, s.end) for s in same_day[:3]])
        return
    _phrase_check(checker, "date", text, body, near)  # records why the phrase is no evidence


def _check_time(checker: _Checker, time: EventTime, body: str, near: int | None) -> None:
    span = _phrase_check(checker, "time", time.text or "", body, near)
    if span is None:
        return
    found = find_times(span.text, local_tz=time.timezone)
    if found and time.utc_time is not None and all(m.utc_time not in (None, time.utc_time) for m in found):
        checker.add("time", time.text, "contradicted", "the rules read a different UTC time", [span])
    else:
        checker.add("time", time.text, "supported", "time phrase found in the article body", [span])


def check_record(record: EventRecord, document: Document) -> list[FieldCheck]:
    """All field checks for one record against its article's :class:`Document` (pure)."""
    checker = _Checker(document)
    evidence = record.evidence[0] if record.evidence else None
    anchor = evidence.span if evidence else None
    if evidence is not None:
        verdict = "supported" if evidence.match in ("exact", "normalized") else "unsupported"
        reason = {"exact": "quoted verbatim", "normalized": "verbatim up to quote marks and spacing",
                  "fuzzy": "only an approximate match: not verbatim", "not_found": "not in the article"}[evidence.match]
        checker.add("evidence", evidence.quote, verdict, reason, [evidence.span] if evidence.span else [])
    for mention in find_numbers(record.summary):
        checker.number("summary.numbers", mention.span.text, mention.count.low, mention.count.high, anchor)
    for i, claim in enumerate(record.casualties):
        near = claim.evidence.span if claim.evidence and claim.evidence.span else anchor
        clause = next((v for v in document.victims if near == v.number.span and v.kind == claim.kind
                       and (v.number.count.low, v.number.count.high) == (claim.low, claim.high)), None)
        if clause is not None:  # "a man was shot and killed", "5 shot, 1 killed": a count with no numeral
            reason = f"the rules count {claim.low} {claim.kind}, one by one" if clause.parts else \
                f"the rules read {claim.low} {claim.kind} in this clause"
            checker.add(str(FieldPath("casualties", i, "count")), claim.text, "supported", reason,
                        list(clause.parts) or [clause.number.span])
        else:
            checker.number(str(FieldPath("casualties", i, "count")), claim.text, claim.low, claim.high, near)
        if claim.claimed_by:
            _check_source(checker, str(FieldPath("casualties", i, "claimed_by")), claim.claimed_by, near)
    body = document.body
    anchor_at = anchor.start if anchor else None
    if record.date.text:
        _check_date(checker, record.date, body, anchor_at)
    if record.time.text:
        _check_time(checker, record.time, body, anchor_at)
    if record.location.name:
        spans = checker.mentions(record.location.name)
        checker.add("location", record.location.name, "supported" if spans else "unsupported",
                    "place named in the article" if spans else "place not named in the article", spans)
    for i, actor in enumerate(record.actors):
        spans = checker.mentions(actor.name)
        checker.add(str(FieldPath("actors", i)), actor.name, "supported" if spans else "unsupported",
                    "named in the article (alias-aware)" if spans else "not named in the article", spans)
    for i, statement in enumerate(record.statements):
        ev = statement.evidence
        verdict = {"exact": "supported", "normalized": "supported", "fuzzy": "contradicted"}.get(ev.match, "unsupported")
        reason = {"fuzzy": "the article has an altered version of this quote",
                  "not_found": "quote not in the article"}.get(ev.match, "verbatim quote")
        checker.add(str(FieldPath("statements", i, "quote")), statement.quote, verdict, reason,
                    [ev.span] if ev.span else [])
    return checker.checks


def _check_source(checker: _Checker, field: str, source: str, near: Span | None) -> None:
    """A claim's source must be named in its sentence, directly or as an attribution cue."""
    sentence = _sentence_around(checker.sentences, near)
    spans = checker.mentions(source)
    if sentence is not None:
        local = [s for s in spans if sentence.start <= s.start < sentence.end]
        cues = [a for a in find_attributions(sentence.text) if same_entity(source, a.source)]
        if local or cues:
            checker.add(field, source, "supported", "source named where the claim is made", local or spans)
            return
    checker.add(field, source, "supported" if spans else "unsupported",
                "source named elsewhere in the article" if spans else "source not named in the article", spans)


#: The fields ``policy="drop"`` removes (or empties) when they are not supported; the summary and
#: the evidence quote stay, flagged, because a record without them says nothing.
_DROPPABLE = frozenset({"date", "time", "location", "casualties", "actors", "statements"})


def _drop(record: EventRecord, checks: list[FieldCheck]) -> tuple[EventRecord, list[str]]:
    """Remove values that are not supported; report every removal by field name."""
    bad = {c.field for c in checks if c.verdict != "supported"}
    update: dict[str, object] = {}
    keep_claims = [c for i, c in enumerate(record.casualties) if str(FieldPath("casualties", i, "count")) not in bad]
    if len(keep_claims) != len(record.casualties):
        update["casualties"] = keep_claims
    keep_actors = [a for i, a in enumerate(record.actors) if str(FieldPath("actors", i)) not in bad]
    if len(keep_actors) != len(record.actors):
        update["actors"] = keep_actors
    keep_statements = [s for i, s in enumerate(record.statements)
                       if str(FieldPath("statements", i, "quote")) not in bad]
    if len(keep_statements) != len(record.statements):
        update["statements"] = keep_statements
    for field in ("date", "time", "location"):
        if field in bad:
            update[field] = type(getattr(record, field))()
    dropped = sorted(f for f in bad if (path := FieldPath.parse(f)) is not None and path.field in _DROPPABLE)
    return record.model_copy(update=update), dropped


def verify(document: Document, records: list[EventRecord], policy: Policy = Policy.FLAG) -> list[EventRecord]:
    """Attach a :class:`Verification` to every record; with ``drop``, also remove what failed.

    ``document`` is the records' article, analysed once (``summarizer.ingest.document.analyse``).
    """
    verified = []
    for record in records:
        checks = check_record(record, document)
        dropped: list[str] = []
        if policy == "drop":
            record, dropped = _drop(record, checks)
        score = sum(c.verdict == "supported" for c in checks) / len(checks) if checks else 0.0
        verification = Verification(checks=checks, support_score=round(score, 3), policy=policy, dropped=dropped)
        verified.append(record.model_copy(update={"verification": verification}))
    return verified


def reask_feedback(extracted: ExtractedEvents, records: list[EventRecord]) -> list[dict[str, str]]:
    """The follow-up turn for ``policy="reask"``: the model's answer, then what failed and why.

    Empty when every value is supported, so a clean answer never costs a second call.
    """
    problems = [
        f"- event {i + 1}, {check.field} = {check.value!r}: {check.verdict} ({check.reason})"
        for i, record in enumerate(records) if record.verification
        for check in record.verification.checks if check.verdict != "supported"
    ]
    if not problems:
        return []
    return [
        {"role": "assistant", "content": extracted.model_dump_json()},
        {"role": "user", "content": "A check against the article found these problems:\n" + "\n".join(problems)
         + "\nAnswer again with the same JSON format. Copy text exactly from the article, "
           "and use null or [] for anything the article does not say."},
    ]
