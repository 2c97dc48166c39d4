"""Write sample.json: a small dump in the Wikidata JSON dump format, for the import tests.

The entities are written for the tests: class and property ids (Q5 human, Q484652 international
organization, P39 position held, P298 ISO 3166-1 alpha-3 …) are Wikidata's, the item ids of
people, positions and organisations are made up (Q9000xx). Run: python make_sample.py
"""

import json
from pathlib import Path


def item(qid, label, claims=None, aliases=()):
    return {"type": "item", "id": qid, "labels": {"en": {"language": "en", "value": label}},
            "aliases": {"en": [{"language": "en", "value": a} for a in aliases]}, "claims": claims or {}}


def ref(prop, qid, qualifiers=None):
    snak = {"snaktype": "value", "property": prop,
            "datavalue": {"type": "wikibase-entityid", "value": {"entity-type": "item", "id": qid}}}
    claim = {"mainsnak": snak, "type": "statement", "rank": "normal"}
    if qualifiers:
        claim["qualifiers"] = qualifiers
    return claim


def text(prop, value):
    return {"mainsnak": {"snaktype": "value", "property": prop,
                         "datavalue": {"type": "string", "value": value}}, "type": "statement"}


def when(prop, day, precision=11):
    day = (day + "-00-00")[:10] if len(day) < 10 else day  # dumps write 2024-03-00 for a month
    return {prop: [{"snaktype": "value", "property": prop, "datavalue": {"type": "time", "value": {
        "time": f"+{day}T00:00:00Z", "precision": precision, "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}}}]}


def held(position, start=None, end=None, precision=11):
    qualifiers = {}
    if start:
        qualifiers.update(when("P580", start, precision))
    if end:
        qualifiers.update(when("P582", end, precision))
    return ref("P39", position, qualifiers)


COUNTRIES = [("Q900001", "Iran", "IRN"), ("Q900002", "Venezuela", "VEN"), ("Q900003", "Peru", "PER")]
ENTITIES = [item(q, name, {"P298": [text("P298", iso)]}) for q, name, iso in COUNTRIES] + [
    item("Q900010", "President of Iran", {"P17": [ref("P17", "Q900001")]}),
    item("Q900011", "Chief Justice of Iran", {"P17": [ref("P17", "Q900001")]}),
    item("Q900012", "member of the National Assembly of Venezuela", {"P1001": [ref("P1001", "Q900002")]}),
    item("Q900013", "Minister of Foreign Affairs of Peru", {"P17": [ref("P17", "Q900003")]}),
    item("Q900014", "Secretary General of the Organization of American States"),
    item("Q900015", "honorary chairman of a football club"),
    item("Q900100", "Ebrahim Raisi", {"P31": [ref("P31", "Q5")], "P27": [ref("P27", "Q900001")],
                                      "P39": [held("Q900011", "2019-03-07", "2021-07-01"),
                                              held("Q900010", "2021-08-03", "2024-05-19")]},
         aliases=["Raisi"]),
    item("Q900101", "Marta Villalobos", {"P31": [ref("P31", "Q5")], "P27": [ref("P27", "Q900002")],
                                         "P39": [held("Q900012", "2016-01-05", "2021-01-05"),
                                                 held("Q900015", "2010", None, precision=9)]},
         aliases=["Villalobos"]),
    item("Q900102", "Julio Arana Soto", {"P31": [ref("P31", "Q5")], "P27": [ref("P27", "Q900003")],
                                         "P39": [held("Q900013", "2024-03", None, precision=10),
                                                 held("Q900014", "2026-01-01")]}),
    item("Q900103", "Person Without Positions", {"P31": [ref("P31", "Q5")], "P27": [ref("P27", "Q900003")]}),
    item("Q900200", "Andean Community", {"P31": [ref("P31", "Q484652")], "P1813": [
        {"mainsnak": {"snaktype": "value", "property": "P1813", "datavalue": {
            "type": "monolingualtext", "value": {"text": "CAN", "language": "en"}}}}]},
         aliases=["Comunidad Andina"]),
    item("Q900201", "Movimiento Patria Nueva", {"P31": [ref("P31", "Q7278")], "P17": [ref("P17", "Q900002")]}),
    item("Q900202", "Agencia Andina de Noticias", {"P31": [ref("P31", "Q1193236")], "P17": [ref("P17", "Q900003")]}),
]


def main() -> None:
    lines = [json.dumps(e, ensure_ascii=False) for e in ENTITIES]
    lines.insert(8, '{"type": "item", "id": "Q900999", "labels": ')  # a truncated line, as in a broken dump
    Path(__file__).with_name("sample.json").write_text("[\n" + ",\n".join(lines) + "\n]\n", encoding="utf-8")


if __name__ == "__main__":
    main()
