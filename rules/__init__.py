"""factlint's built-in rule pack, installed as `checker.rules` and registered through the
entry-point group `factlint.rules` exactly like a third-party pack."""
