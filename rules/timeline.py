"""Rules: timeline (being written)."""
