"""Actor resolution: spellings, titles and metonymy to canonical actors with codes."""

from dossier.resolve.kb import KnowledgeBase, load_kb, normalise_name
from dossier.resolve.resolver import Resolver

__all__ = ["Resolver", "KnowledgeBase", "load_kb", "normalise_name"]
