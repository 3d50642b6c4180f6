"""Ingest: read any input format, clean it, date it, and recognise copies."""

from dossier.ingest.build import article_id, build_article, content_hash
from dossier.ingest.raw import IngestError, RawDocument
from dossier.ingest.sources import read_inputs

__all__ = ["read_inputs", "build_article", "article_id", "content_hash", "RawDocument", "IngestError"]
