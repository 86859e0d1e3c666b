"""Rules: spelling (being written)."""
