"""dossier: raw news articles in; source-attributed events, stories and disagreements out."""

__version__ = "0.1.0"
