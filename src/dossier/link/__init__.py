"""Cross-article linking: stories, merged events, disagreements."""

from dossier.link.linker import Linker

__all__ = ["Linker"]
