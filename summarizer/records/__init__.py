"""Stage 3, records: the model's values are normalised (``normalize``: counts, dates, UTC times,
places via ``locate``) and every field is checked against the rule-based mentions in the
article (``verify``); unsupported values are flagged, dropped or re-asked, never passed on
silently."""
