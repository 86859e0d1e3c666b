"""Rules: names (being written)."""
