"""Shared analyses, each computed once per document on first use (see Document.analysis)."""
