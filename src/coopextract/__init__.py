"""coopextract: press articles about space cooperation → normalised event tables."""

__version__ = "0.1.0"
