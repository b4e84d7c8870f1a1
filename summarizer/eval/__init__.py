"""Evaluation against gold that lives outside the repository (incident-level news gold)."""
