"""NLP: the spaCy pipeline, loaded once per process and shared by every stage."""

from tidings.nlp.pipeline import load_nlp, parse_documents

__all__ = ["load_nlp", "parse_documents"]
