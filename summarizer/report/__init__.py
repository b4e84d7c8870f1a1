"""Reports for people: Markdown for records and summaries, and a self-contained HTML summary.

:mod:`.words` holds what both formats say (event types in words, UTC and local times, the top
line of each count, the ledger rules); :mod:`.markdown` and :mod:`.html` only lay it out.
"""

from summarizer.report.html import summary_html
from summarizer.report.markdown import event_markdown, record_markdown, records_markdown, summary_markdown

__all__ = ["event_markdown", "record_markdown", "records_markdown", "summary_html", "summary_markdown"]
