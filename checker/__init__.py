"""factlint: a fact-consistency checker for news articles."""
__version__ = "0.1.0"

__all__ = ["check_text", "check_paths", "__version__"]


def __getattr__(name: str):
    """`from checker import check_text` imports the API (and the engine) on first use only,
    so that `import checker` stays as cheap as the CLI's start-up needs."""
    if name in ("check_text", "check_paths"):
        from checker import api

        return getattr(api, name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")
