"""The data contracts every stage passes on: the event record and per-article result
(``schemas``), the merged summary (``summary``), typed field paths (``fieldpath``) and the JSON
Schema export (``schema_files``). Pure pydantic models; nothing here imports a later stage."""
