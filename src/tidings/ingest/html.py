"""HTML articles: main text and metadata through trafilatura."""

from __future__ import annotations

import trafilatura

from tidings.errors import InputError
from tidings.ingest.text import text_metadata
from tidings.record import Document
from tidings.timeplace.dates import normalize_date


def _extract(html: str, origin: str):  # noqa: ANN202 - trafilatura's Document type
    try:
        return trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                           favor_precision=True, as_dict=False)
    except Exception as exc:  # trafilatura raises many lxml errors on broken markup
        raise InputError(f"cannot parse HTML ({type(exc).__name__})", path=origin) from None


def read_html(html: str, origin: str) -> Document:
    """Main text, title, date, author and site name of an HTML page."""
    from tidings.ingest.readers import content_id

    result = _extract(html, origin)
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise InputError("no article text found in HTML", path=origin)
    date = normalize_date(result.date) if result.date else None
    found = text_metadata(text)
    metadata = found["metadata"] if date is None else \
        {k: v for k, v in found["metadata"].items() if k != "dateline_day"}
    return Document(doc_id=content_id(text), text=text, origin=origin, title=result.title,
                    date=date or found["date"], date_source="metadata" if date else found["date_source"],
                    url=result.url, source=result.sitename or found["source"], author=result.author,
                    metadata=metadata)
