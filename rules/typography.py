"""Rules: typography (being written)."""
