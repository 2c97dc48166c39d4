"""The event lexicon: every entry is valid data and fires on its own example sentence."""

from pathlib import Path

import pytest
import yaml

from tidings.codes import PLOVER_TYPES, cameo_code
from tidings.errors import DataError
from tidings.events.lexicon import StrictBoolLoader, load_lexicon, parse_lexicon, read_lexicon

KNOWN_MISSES = yaml.safe_load((Path(__file__).parent / "data" / "lexicon_known_misses.yaml").read_text()) or {}
LEXICON = load_lexicon()


def test_lexicon_covers_every_plover_type_and_cameo_root():
    assert {p.event for p in LEXICON.patterns} == set(PLOVER_TYPES)
    assert {p.cameo[:2] for p in LEXICON.patterns} == {f"{i:02d}" for i in range(1, 21)}
    assert len(LEXICON.patterns) >= 300


def test_every_entry_has_valid_codes():
    for p in LEXICON.patterns:
        assert cameo_code(p.cameo) is not None, p.id
        assert p.id.startswith(p.event.lower() + "."), p.id
        assert p.target and p.example, p.id


def test_known_misses_name_real_entries():
    ids = {p.id for p in LEXICON.patterns}
    assert set(KNOWN_MISSES) <= ids


@pytest.mark.parametrize("pattern", LEXICON.patterns, ids=lambda p: p.id)
def test_entry_fires_on_its_example(pattern, code_sentence, request):
    if pattern.id in KNOWN_MISSES:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_MISSES[pattern.id], strict=True))
    rules = {e.rule.split("/")[0] for e in code_sentence(pattern.example)}
    assert pattern.id in rules


@pytest.mark.parametrize(("entry", "message"), [
    ({"id": "x.y", "verb": "meet", "cameo": "999", "event": "CONSULT"}, "not a CAMEO code"),
    ({"id": "x.y", "verb": "meet", "cameo": "040", "event": "GREET"}, "not a PLOVER type"),
    ({"id": "x.y", "verb": "meet", "noun": "meeting", "cameo": "040", "event": "CONSULT"}, "exactly one"),
    ({"id": "x.y", "verb": "meet", "cameo": "040", "event": "CONSULT", "mode": "arrest"}, "not a mode"),
    ({"id": "x.y", "verb": "meet", "cameo": "040", "event": "CONSULT", "colour": 1}, "unknown keys"),
    ({"id": "x.y", "verb": "meet", "cameo": "040", "event": "CONSULT", "unless_modifier": ["rescue"]}, "needs an object"),
    ({"id": "x.y", "noun": "meeting", "cameo": "040", "event": "CONSULT", "unless_object": ["virus"]}, "needs a verb"),
    ({"id": "x.y", "verb": "deploy", "cameo": "154", "event": "MOBILIZE", "ergative": True}, "ergative needs"),
])
def test_invalid_entries_are_refused(entry, message):
    with pytest.raises(DataError, match=message):
        parse_lexicon([entry], "test.yaml")


def test_duplicate_ids_are_refused():
    entry = {"id": "consult.meet", "verb": "meet", "cameo": "040", "event": "CONSULT"}
    with pytest.raises(DataError, match="duplicate"):
        parse_lexicon([entry, entry], "test.yaml")


def test_prepositions_on_and_off_stay_words(tmp_path):
    path = tmp_path / "lex.yaml"
    path.write_text('- {id: sanction.x, noun: sanction, target: [on, off], cameo: "163", event: SANCTION}\n')
    assert read_lexicon(path).patterns[0].target == ("on", "off")
    assert yaml.load("[on, yes, true]", Loader=StrictBoolLoader) == ["on", "yes", True]


def test_unreadable_lexicon(tmp_path):
    with pytest.raises(DataError, match="cannot read"):
        read_lexicon(tmp_path / "missing.yaml")


def test_a_folder_is_read_in_name_order_and_ids_stay_unique_across_files(tmp_path):
    (tmp_path / "01-a.yaml").write_text('- {id: consult.x, verb: meet, cameo: "040", event: CONSULT}\n')
    (tmp_path / "02-b.yaml").write_text('- {id: consult.y, verb: visit, cameo: "042", event: CONSULT}\n')
    assert [p.id for p in read_lexicon(tmp_path).patterns] == ["consult.x", "consult.y"]
    (tmp_path / "03-c.yaml").write_text('- {id: consult.x, verb: talk, cameo: "040", event: CONSULT}\n')
    with pytest.raises(DataError, match=r"03-c\.yaml.*duplicate|duplicate.*03-c\.yaml"):
        read_lexicon(tmp_path)


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Beijing told Washington to stop arming Taiwan.", True),
    ("The minister told reporters that talks would resume.", False),  # "to_clause": no to-clause, no demand
    ("Germany returned dozens of looted bronze sculptures to Nigeria.", True),
    ("The minister returned to Kabul on Monday.", False),  # "transitive": no object, no return
])
def test_to_clause_and_transitive_keys(code_sentence, sentence, fires):
    rules = {e.rule.split("/")[0] for e in code_sentence(sentence, "2024-03-15")}
    assert bool(rules & {"request.tell", "retreat.return"}) == fires, rules


@pytest.mark.parametrize(("sentence", "rules"), [
    ("The Turkish navy launched a search operation off the coast of Izmir.", set()),  # "unless_modifier"
    ("The Turkish army launched a military operation against Kurdish militants in Iraq.", {"assault.launch_attack"}),
])
def test_unless_modifier_key(code_sentence, sentence, rules):
    assert {e.rule.split("/")[0] for e in code_sentence(sentence, "2022-04-18")} == rules


@pytest.mark.parametrize(("sentence", "rules"), [
    ("Brazilian firefighters battled the blaze in the Pantanal.", set()),  # "unless_object"
    ("Brazil vowed to fight against corruption.", set()),
    ("Congolese troops battled M23 rebels near Goma.", {"assault.battle"}),
])
def test_unless_object_key(code_sentence, sentence, rules):
    assert {e.rule.split("/")[0] for e in code_sentence(sentence, "2020-09-10")} == rules
