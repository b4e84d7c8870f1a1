"""Evaluation, not needed at run time: gold files (``gold``), scoring records and clusters
against them (``events``, run by ``events_run``), incident-level news gold (``incidents``,
``incidents_run``) and the cassette recorder/replayer that makes evaluations repeatable offline
(``cassettes``, which needs vcrpy: ``pip install 'summarizer[eval]'``)."""
