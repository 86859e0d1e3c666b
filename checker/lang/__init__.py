"""Language knowledge: detection, Arabic and English specifics."""
