"""Stage 1, ingest: inputs become :class:`~summarizer.ingest.articles.Article` objects (files,
URLs' HTML, JSONL, stdin), their text is cleaned of site furniture (``clean``), and each article
is analysed once into a :class:`~summarizer.ingest.document.Document` (sentences and rule
mentions) that the later stages read."""
