"""When and where an event happened: the date and place of the predicate's own clause.

``event_date`` looks for a date expression in the clause of the event, then in the clauses that
embed it, then in the clause of its reporting verb ("..., the ministry said on Tuesday"), and
only then takes the sentence's single date; "the same day" shifts the last day named in the
document. ``event_place`` locates the clause through the gazetteer, preferring the document's
countries for ambiguous names. Both are plain functions of a predicate token, so they serve the
event stage and the date and place tables alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from spacy.tokens import Token

from tidings.events.factuality import accused_act, is_future
from tidings.events.syntax import clause_tokens
from tidings.nlp.tree import clause_head, tree_distance
from tidings.record import Location
from tidings.timeplace.dateline import dateline_length
from tidings.timeplace.dates import count_of, find_dates, shift_anaphoric
from tidings.timeplace.places import Gazetteer, load_gazetteer, locate, place_of_sentence

__all__ = ["carried_date", "event_date", "event_place", "governors", "When"]

#: (date, precision, date_source), all None when nothing is known.
When = tuple[str | None, str | None, str | None]


def governors(verb: Token, depth: int = 2) -> list[Token]:
    """The verbs whose clause embeds ``verb`` ("responded the same day by suspending"), up to
    ``depth`` levels, through adverbial, prepositional and open complements."""
    out, node = [], verb
    for _ in range(depth):
        if node.dep_ not in ("advcl", "pcomp", "xcomp", "conj", "acl") or node.head.i == node.i:
            break
        node = node.head if node.head.pos_ in ("VERB", "AUX") else node.head.head
        if node.pos_ not in ("VERB", "AUX"):
            break
        out.append(node)
    return out


def _clauses(predicate: Token, report_verb: Token | None) -> list[tuple[Token, bool]]:
    """The clauses searched for a date, in order, each with its tense (future or not)."""
    head, future = clause_head(predicate), is_future(predicate)
    heads = [(head, future)]
    heads += [(c, future) for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if accused_act(head):
        return heads  # "accused the police on Thursday of killing": not the accusation's day
    heads += [(g, False) for g in governors(head)]
    if report_verb is None and head.dep_ == "ccomp" and head.head.pos_ == "VERB":
        report_verb = head.head  # "warned that day that Iran would respond": the warning's day
    if report_verb is not None:
        heads.append((report_verb, False))
    return heads


_FRONTED = ("after", "following", "before", "since", "until", "prior to", "in the wake of")


def _rank(span, head: Token) -> int:  # noqa: ANN001 - a spaCy Span
    """How far a date stands from the event: tree distance to its verb, and far for a date in
    a fronted subordinate phrase ("After the referendum on March 16, Putin signed …")."""
    sent = span.sent
    lead = sent.text.lower()
    comma = next((t.i for t in sent if t.text == ","), None)
    fronted = lead.startswith(_FRONTED) and comma is not None and span.end <= comma and head.i > comma
    return tree_distance(span.root, head) + (100 if fronted else 0)


def _in_relative_clause(span) -> bool:  # noqa: ANN001 - a spaCy Span
    """True for a date inside a relative clause ("Gaddafi, who fled Tripoli in August, …")."""
    node = span.root
    while node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def event_date(predicate: Token, pub: str | None, report_verb: Token | None = None,
               previous: str | None = None) -> When:
    """(date, precision, date_source) of the event at ``predicate``: a date of its own clause
    (or of an embedding, coordinated or reporting clause), else the sentence's only date
    outside relative clauses, else the publication date (source "publication"). An act an
    accusation alleges has only a day of its own clause, else none."""
    sent = predicate.sent
    heads = _clauses(predicate, report_verb)
    found: dict[tuple[int, bool], list] = {}
    for head, future in heads:  # a continued quotation's report verb is in the sentence before
        where = head.sent
        key = (where.start, future)
        if key not in found:
            skip = dateline_length(where.text)  # "CARACAS, June 12 (Reuters) - …" dates the story
            found[key] = [m for m in find_dates(where.text, pub, future) if m.start >= skip]
        ids = {t.i for t in clause_tokens(head)}
        spans = [(m, where.char_span(m.start, m.end, alignment_mode="expand")) for m in found[key]]
        inside = [(m, span) for m, span in spans if span is not None and any(t.i in ids for t in span)]
        for m, _ in sorted(inside, key=lambda pair: _rank(pair[1], head)):
            if m.kind == "point" and m.date:
                shift = _offset(heads[0][0]) if head is not heads[0][0] and m.precision == "day" else 0
                return _shifted(m.date, shift), m.precision, "text"
            if m.kind == "anaphoric" and previous:
                return shift_anaphoric(m.text, previous), "day", "text"
    if accused_act(heads[0][0]):
        return None, None, None  # an alleged act the text gives no day of its own
    points: dict[tuple[str, str], bool] = {}  # (date, precision) → only inside relative clauses
    for m in found[(sent.start, heads[0][1])]:
        span = sent.char_span(m.start, m.end, alignment_mode="expand")
        if m.kind == "point" and m.date:
            relative = span is not None and _in_relative_clause(span)
            points[(m.date, m.precision)] = points.get((m.date, m.precision), True) and relative
    main = [p for p, relative in points.items() if not relative]  # "Gaddafi, who fled in August, …"
    for candidates in (list(points), main):
        if len(candidates) == 1:
            return candidates[0][0], candidates[0][1], "text"
    return (pub, "day", "publication") if pub else (None, None, None)


_UNIT_DAYS = {"day": 1, "week": 7}


def _offset(clause: Token) -> int:
    """Days from the governing clause's date to this clause's: "cut ties on January 3, a day
    after protesters stormed the embassy" → -1; "three days before Iran seized the tanker" → +3."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if clause.dep_ != "advcl" or not marks & {"after", "before"}:
        return 0
    for unit in (c for c in clause.children if c.dep_ == "npadvmod"):
        days = _UNIT_DAYS.get(unit.lemma_.lower())
        count = next((c.lower_ for c in unit.children if c.dep_ in ("det", "nummod")), None)
        number = count_of(count) if count else None
        if days and number:
            return -days * number if "after" in marks else days * number
    return 0


def _shifted(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat() if days else day


def carried_date(predicate: Token, when: When, memory) -> When:  # noqa: ANN001 - actors.coref.DocMemory
    """The day of the sentence before, for a past-tense event that refers back to that
    sentence's event ("ELN fighters killed nine soldiers … on March 29. Petro condemned the
    attack.", "… On Monday, Lula held talks with Fernández. The two leaders signed …") in a
    sentence of the same paragraph with no date expression of its own."""
    sent = predicate.sent
    if when[2] != "publication" or memory.last_date is None or sent.start == 0:
        return when
    previous = sent.doc[sent.start - 1].sent
    between = sent.doc.text[previous.end_char: sent.start_char]
    if previous.start_char != memory.last_date_sentence or "\n\n" in between.replace("\r", ""):
        return when
    if clause_head(predicate).tag_ != "VBD" or find_dates(sent.text, None):
        return when
    return memory.last_date, "day", "text"


def event_place(predicate: Token, countries: Iterable[str] = (), gazetteer: Gazetteer | None = None,
                actors: Iterable[str] = (), sentence: bool = True) -> Location | None:
    """The place named in the clause of the event at ``predicate`` (else the sentence's one
    place), resolved with ``countries`` (the document's) and, more weakly, the ``actors``'
    countries for ambiguous names. ``sentence=False`` keeps to the event's own clauses."""
    gaz, countries, actors = gazetteer or load_gazetteer(), set(countries), set(actors)
    head = clause_head(predicate)
    for clause in (head, *governors(head)):  # "stormed the embassy in Quito and arrested …"
        found = locate(clause_tokens(clause), countries, gaz, actors)
        if found is not None:
            return found
    return place_of_sentence(list(predicate.sent), countries, gaz, actors) if sentence else None
