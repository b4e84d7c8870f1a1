"""Cross-article merge (being split into modules; see :mod:`summarizer.merge.clustering`)."""

from summarizer.merge.clustering import Era, estimate_year, merge, syndication_groups

__all__ = ["Era", "estimate_year", "merge", "syndication_groups"]
