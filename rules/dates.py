"""Rules: dates (being written)."""
