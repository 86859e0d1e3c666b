"""Rules: facts (being written)."""
