"""A tiny third-party rule pack, as an outside author would write it."""
from checker.findings import Severity
from checker.registry import Example, Rule


class NoLoremIpsum(Rule):
    """## What it does
    Flags placeholder text ("lorem ipsum") left in an article.
    ## Why is this bad?
    Placeholder copy published by mistake.
    ## Example
    Lorem ipsum dolor sit amet.
    """

    id = "tiny-lorem"
    summary = "Placeholder text left in the article."
    severity = Severity.ERROR
    bad = [Example("Lorem ipsum dolor sit amet.", flag="Lorem ipsum")]
    good = [Example("The minister spoke on Monday.")]

    def check(self, doc):
        index = doc.text.lower().find("lorem ipsum")
        if index >= 0:
            yield self.finding(doc, index, index + len("lorem ipsum"), "placeholder text 'lorem ipsum' left in the article")
