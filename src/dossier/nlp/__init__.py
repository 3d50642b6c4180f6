"""Per-article language analysis: entities, time expressions, event mentions."""

from dossier.nlp.analyse import analyse, analyse_doc
from dossier.nlp.model import load

__all__ = ["analyse", "analyse_doc", "load"]
