"""factlint: a fact-consistency checker for news articles."""
__version__ = "0.1.0"

__all__ = ["check_text", "check_paths", "__version__"]


def _find_rules_in_checkout() -> None:
    """In a source checkout, rules/ stands beside checker/ (pyproject maps it to checker.rules
    when installing). When this very folder is the one imported (`python -m checker` run in the
    checkout), let `checker.rules` be found there too. Installed, checker/rules exists and
    nothing changes."""
    import os

    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    if not os.path.isdir(os.path.join(here, "rules")) and os.path.isfile(os.path.join(root, "rules", "__init__.py")):
        __path__.append(root)  # noqa: F821 - a package's __path__


_find_rules_in_checkout()


def __getattr__(name: str):
    """`from checker import check_text` imports the API (and the engine) on first use only,
    so that `import checker` stays as cheap as the CLI's start-up needs."""
    if name in ("check_text", "check_paths"):
        from checker import api

        return getattr(api, name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")
