"""Reading the package's YAML data files with libyaml's parser when PyYAML was built with it.

``yaml.safe_load`` parses in pure Python: the knowledge base and the rule files took about 1.5 s of every
process's start (a CLI call, each worker, the first resolve of an ingest). ``CSafeLoader`` builds the same
Python objects with the same safe constructors and resolvers, parsed in C; the pure-Python loader stays the
fallback where PyYAML has no libyaml."""
from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 -- a safe loader (C or Python)
