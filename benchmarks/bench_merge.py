"""Throughput and scaling of :func:`summarizer.merge.merge` on synthetic records.

Run: ``.venv/bin/python benchmarks/bench_merge.py [sizes...]`` (default 1000 10000 100000).

Each synthetic event has a place, a date over five years, two or three actors (invented people
and a country capital), and three to seven records spread over articles of one to three records
each. The pools of places (real cities, then invented towns) and people grow with the number
of events, so the density of look-alike events per place and week stays constant and the
growth ratio measures the algorithm, not a more crowded world (with fixed pools, 100k records
put about two same-city events in every week, which no merger can tell apart). Reports vary the way real ones do: a fifth are undated (a weekday
phrase only), people are named by surname alone in some, times come in different zones,
death tolls differ. Building the records is not timed; the merge is (gazetteer index warmed).

Besides records/s, the script prints the growth of the run time from 10k to 100k records (10.0
is linear) and B-cubed precision/recall of the clusters against the generated events, as a
sanity check that speed did not come from merging everything or nothing.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from collections import Counter, defaultdict

from summarizer.merge import merge
from summarizer.rules.gazetteer import warm_up
from summarizer.models.schemas import Actor, CasualtyClaim, EventDate, EventRecord, EventTime, Location, Provenance

SEED = 20230920
CITIES = [
    ("Kyiv", "UA"), ("Kharkiv", "UA"), ("Odesa", "UA"), ("Stepanakert", "AZ"), ("Baku", "AZ"), ("Yerevan", "AM"),
    ("Gaza", "PS"), ("Beirut", "LB"), ("Damascus", "SY"), ("Aleppo", "SY"), ("Baghdad", "IQ"), ("Mosul", "IQ"),
    ("Kabul", "AF"), ("Kandahar", "AF"), ("Karachi", "PK"), ("Lahore", "PK"), ("Khartoum", "SD"), ("Juba", "SS"),
    ("Mogadishu", "SO"), ("Nairobi", "KE"), ("Lagos", "NG"), ("Maiduguri", "NG"), ("Bamako", "ML"), ("Goma", "CD"),
    ("Kinshasa", "CD"), ("Tripoli", "LY"), ("Benghazi", "LY"), ("Sanaa", "YE"), ("Aden", "YE"), ("Caracas", "VE"),
    ("Bogota", "CO"), ("Medellin", "CO"), ("Mexico City", "MX"), ("Culiacan", "MX"), ("Manila", "PH"),
    ("Yangon", "MM"), ("Dhaka", "BD"), ("Athens", "GR"), ("Paris", "FR"), ("Istanbul", "TR"), ("Tehran", "IR"),
    ("Jakarta", "ID"), ("Bangkok", "TH"), ("Addis Ababa", "ET"), ("Tigray", "ET"), ("Port-au-Prince", "HT"),
]
SYLLABLES = ["ka", "lo", "mi", "ra", "sen", "to", "vi", "dar", "nu", "bel", "sha", "ko", "ren", "za", "tu", "mar"]
FIRST = ["Amir", "Olena", "Tariq", "Maria", "Kofi", "Lena", "Ravi", "Sofia", "Omar", "Ines", "Yusuf", "Nadia",
         "Pavel", "Aisha", "Diego", "Hana", "Ivan", "Leila", "Mateo", "Zara"]
LAST = ["Kovalenko", "Haddad", "Mensah", "Petrova", "Rahman", "Okafor", "Silva", "Nakamura", "Farouk", "Novak",
        "Castillo", "Abebe", "Demir", "Karimi", "Lindqvist", "Mwangi", "Osei", "Quispe", "Saleh", "Tanaka"]
TYPES = [("ASSAULT", "shelling", "shelled"), ("ASSAULT", "airstrike", "bombed"), ("PROTEST", "riot", "rioted in"),
         ("AGREE", "ceasefire", "agreed a ceasefire in"), ("COERCE", "arrests", "arrested people in"),
         ("DISASTER", "flood", "was hit by floods in"), ("CONSULT", "talks", "held talks in")]
ZONES = [("UTC", 0), ("America/New_York", -4), ("Asia/Dubai", 4)]
NOW = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def _provenance(article: str, published: dt.datetime | None) -> Provenance:
    return Provenance(article_id=article, published_at=published, model="bench", prompt_name="bench",
                      prompt_version="1", prompt_hash="bench", extracted_at=NOW)


def _pools(n_events: int, rng: random.Random) -> tuple[list[tuple[str, str]], list[str]]:
    """Places and people, about one place per 20 events and one surname per 25 events."""
    places = CITIES + [(f"{rng.choice(SYLLABLES).title()}{rng.choice(SYLLABLES)}{rng.choice(SYLLABLES)} {k}",
                        rng.choice(CITIES)[1]) for k in range(max(0, n_events // 20 - len(CITIES)))]
    surnames = LAST + ["".join(rng.choice(SYLLABLES) for _ in range(3)).title() + f"{k}"
                       for k in range(max(0, n_events // 25 - len(LAST)))]
    return places, [f"{f} {last}" for last in surnames for f in rng.sample(FIRST, 4)]


def synthetic(n_records: int, rng: random.Random) -> tuple[list[EventRecord], dict[str, int]]:
    """About ``n_records`` records and the true event of each record id."""
    places, people = _pools(n_records // 5, rng)
    records: list[EventRecord] = []
    truth: dict[str, int] = {}
    event = 0
    while len(records) < n_records:
        city, cc = rng.choice(places)
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365))
        actors = rng.sample(people, rng.randint(1, 2)) + [rng.choice(CITIES)[0]]
        etype, mode, verb = rng.choice(TYPES)
        toll = rng.randint(1, 300)
        utc = dt.datetime.combine(day, dt.time(rng.randrange(24)), tzinfo=dt.UTC)
        k = rng.randint(3, 7)
        article, in_article = None, 0
        for i in range(k):
            if article is None or in_article >= rng.randint(1, 3):
                article, in_article = f"e{event}-a{i}", 0
                published = dt.datetime.combine(day + dt.timedelta(days=rng.randint(0, 2)), dt.time(12),
                                                tzinfo=dt.UTC) if rng.random() < 0.8 else None
            in_article += 1
            dated = published is not None
            names = [a.split()[-1] if rng.random() < 0.3 else a for a in actors]
            zone, offset = rng.choice(ZONES)
            local = (utc + dt.timedelta(hours=offset)).time()
            claim = toll + rng.choice([0, 0, rng.randint(-5, 20)])
            rid = f"{article}-r{in_article}"
            records.append(EventRecord(
                record_id=rid, event_type=etype, mode=mode,
                summary=f"{names[0]} said forces {verb} {city}, leaving {claim} dead",
                date=EventDate(text="on " + day.strftime("%A"), value=day if dated else None,
                               precision="weekday", resolved=dated),
                time=EventTime(text=f"{local:%H:%M} {zone}", local_time=local, timezone=zone,
                               utc=utc if dated else None, utc_time=utc.time()),
                location=Location(name=city, country_code=cc),
                actors=[Actor(name=a, role="initiator") for a in names],
                casualties=[CasualtyClaim(kind="killed", text=str(claim), low=claim, best=claim, high=claim,
                                          qualifier="exact", claimed_by=names[0])],
                provenance=_provenance(article, published),
            ))
            truth[rid] = event
        event += 1
    return records, truth


def bcubed(events: list[list[str]], truth: dict[str, int]) -> tuple[float, float]:
    """B-cubed precision and recall of predicted clusters against the true events."""
    true_size = Counter(truth.values())
    precision = recall = 0.0
    for members in events:
        counts = Counter(truth[r] for r in members)
        for r in members:
            same = counts[truth[r]]
            precision += same / len(members)
            recall += same / true_size[truth[r]]
    return precision / len(truth), recall / len(truth)


def main(sizes: list[int]) -> None:
    warm_up()
    rng = random.Random(SEED)
    timings: dict[int, float] = {}
    print(f"{'records':>8} {'events':>7} {'seconds':>8} {'records/s':>10} {'B3 prec':>8} {'B3 rec':>7}")
    for n in sizes:
        records, truth = synthetic(n, rng)
        start = time.perf_counter()
        summary = merge(records, generated_at=NOW)
        seconds = time.perf_counter() - start
        timings[n] = seconds
        p, r = bcubed([e.record_ids for e in summary.events], truth)
        print(f"{len(records):>8} {len(summary.events):>7} {seconds:>8.2f} {len(records) / seconds:>10.0f} "
              f"{p:>8.3f} {r:>7.3f}", flush=True)
    ratios = defaultdict(list)
    for a in sizes:
        for b in sizes:
            if b == 10 * a:
                ratios[a].append(timings[b] / timings[a])
    for a, values in ratios.items():
        print(f"growth {a} -> {10 * a} records: x{values[0]:.1f} time (x10.0 is linear)")


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [1_000, 10_000, 100_000])
