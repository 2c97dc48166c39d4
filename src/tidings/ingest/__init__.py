"""Ingest: turn files, folders, JSONL lines and standard input into :class:`Document` records."""

from tidings.ingest.readers import iter_documents, read_path

__all__ = ["iter_documents", "read_path"]
