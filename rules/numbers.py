"""Rules: numbers (being written)."""
