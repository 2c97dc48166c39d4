"""Actor tables and resolution: country, sector, organisation and dated roles."""

import pytest

from tidings.actors import ActorResolver, load_kb
from tidings.actors.kb import build_kb, shipped_tables
from tidings.actors.tables import HEADERS
from tidings.errors import DataError
from tidings.nlp import load_nlp

# phrase (the whole text is the mention), date, expected (country, agent)
CASES = [
    ("Iranian warships", "2021-06-09", ("IRN", "MIL")),
    ("four Iranians", "2021-09-07", ("IRN", None)),
    ("an Iranian-American journalist", "2021-09-07", ("USA", "MED")),
    ("Tehran", "2021-09-07", ("IRN", "GOV")),
    ("the State Department", "2021-09-07", ("USA", "GOV")),
    ("the Pentagon", "2021-09-07", ("USA", "MIL")),
    ("the Kremlin", "2021-09-07", ("RUS", "GOV")),
    ("Ebrahim Raisi", "2020-05-01", ("IRN", "JUD")),
    ("Ebrahim Raisi", "2023-05-01", ("IRN", "GOV")),
    ("Iran's foreign minister", "2023-05-01", ("IRN", "GOV")),
    ("Amnesty International", "2023-05-01", (None, "NGO")),
    ("Hezbollah", "2023-05-01", ("LBN", "REB")),
    ("Venezuelan police", "2023-05-01", ("VEN", "COP")),
    ("the U.S. Navy", "2023-05-01", ("USA", "MIL")),
    ("Reuters", "2023-05-01", ("GBR", "MED")),
    ("the Taliban", "2019-06-01", ("AFG", "REB")),
    ("the Taliban", "2023-06-01", ("AFG", "GOV")),
    ("a court in Ecuador", "2023-06-01", ("ECU", "JUD")),  # a sector noun placed in a country
    ("riot police in Nairobi", "2023-06-01", ("KEN", "COP")),
    ("Russian soldiers in Syria", "2023-06-01", ("RUS", "MIL")),  # the nationality wins over the place
    ("the Polish head of state", "2023-06-01", ("POL", "GOV")),  # a title continued by "of"
    ("Al Shabaab", "2023-06-01", ("SOM", "REB")),  # shipped as "al-Shabaab"
    ("the West Bengal government", "2023-06-01", ("IND", "GOV")),  # a region names the country
    ("a Kansas woman", "2023-06-01", ("USA", "CVL")),
    ("the Punjab government", "2023-06-01", (None, "GOV")),  # a region of two countries names neither
]


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_kb())


def test_a_sector_word_inside_a_name_is_no_sector(resolver):
    actor = resolver.resolve(_root(load_nlp()("the West Bank cities")), "2023-06-01", loose=True)
    assert (actor.country, actor.agent) == ("PSE", None)  # the "Bank" of "West Bank" is no bank


def _root(doc):
    return next(t for t in doc if t.head.i == t.i)


@pytest.mark.parametrize(("phrase", "date", "expected"), CASES)
def test_resolution(resolver, phrase, date, expected):
    actor = resolver.resolve(_root(load_nlp()(phrase)), date)
    assert actor is not None and (actor.country, actor.agent) == expected


def test_organisation_codes(resolver):
    actor = resolver.resolve(_root(load_nlp()("ALBA")), "2021-08-04")
    assert (actor.org, actor.agent, actor.code) == ("ALBA", "IGO", "IGOALBA")


def test_acronyms_match_only_in_capitals(resolver):
    assert resolver.resolve(_root(load_nlp()("us")), "2021-08-04") is None


def test_shipped_tables_load_with_every_kind():
    assert set(shipped_tables()) == set(HEADERS)
    kb = load_kb()
    assert len(kb.country_names) >= 249 and len(kb.sectors) > 300


@pytest.mark.parametrize(("name", "text"), [
    ("countries.csv", "iso3,name,short_names,former_names,demonyms,capitals\nIRN,Iran,,,,\nXX,Nowhere,,,,\n"),
    ("breakaways.csv", "name,aliases,demonyms,capitals,country,start,end\nAbkhazia,,,,GEO,1992,\nNowhere,,,,XX,,\n"),
])
def test_bad_table_names_file_and_line(tmp_path, name, text):
    bad = tmp_path / name
    bad.write_text(text)
    with pytest.raises(DataError) as caught:
        build_kb({name: bad}, load_nlp().tokenizer)
    assert caught.value.line == 3 and "alpha-3" in caught.value.reason


def test_bad_header(tmp_path):
    bad = tmp_path / "media.csv"
    bad.write_text("outlet,country\nReuters,GBR\n")
    with pytest.raises(DataError, match="header"):
        build_kb({"media.csv": bad}, load_nlp().tokenizer)


@pytest.mark.parametrize("phrase", ["Latin American leaders", "African countries", "Middle Eastern states"])
def test_regions_are_not_countries(resolver, phrase):
    actor = resolver.resolve(_root(load_nlp()(phrase)), "2023-05-01", loose=True)
    assert actor is None or actor.country is None


def test_coordinated_countries_give_one_actor_each(resolver):
    doc = load_nlp()("the governments of Brazil, Colombia and Mexico")
    actors = resolver.resolve_all(doc[1], "2024-08-01")
    assert [(a.country, a.agent) for a in actors] == [("BRA", "GOV"), ("COL", "GOV"), ("MEX", "GOV")]


def test_a_pronoun_for_an_unnamed_group_carries_its_words(code_sentence):
    events = code_sentence("Striking teachers said they would not end the strike until the government raises their pay.",
                           "2023-03-01")
    refusal = next(e for e in events if e.event_type == "REJECT")
    assert (refusal.source.text, refusal.source.name, refusal.source.agent) == ("they", "Striking teachers", "EDU")


def test_a_pronoun_for_a_national_body_carries_its_words_not_the_country(code_sentence):
    events = code_sentence("The Israeli military said it struck Hamas targets in Gaza overnight.", "2023-10-10")
    strike = next(e for e in events if e.event_type == "ASSAULT")
    assert (strike.source.text, strike.source.name, strike.source.code) == ("it", "The Israeli military", "ISRMIL")


def test_a_noun_owned_by_a_pronoun_is_named_by_the_state_or_the_named_owner(code_sentence):
    events = code_sentence("Turkish officials said their forces attacked Kurdish militants in Syria.", "2019-10-10")
    assert [(e.source.name, e.source.code) for e in events if e.event_type == "ASSAULT"] == [("Turkey", "TURMIL")]
    events = code_sentence("Hezbollah said its fighters attacked an Israeli army post.", "2023-10-10")
    assert [(e.source.name, e.source.code) for e in events if e.event_type == "ASSAULT"] == [("Hezbollah", "LBNREB")]


def test_a_group_of_states_keeps_its_words_uncoded(code_sentence):
    events = code_sentence("Western countries imposed sanctions on Russia after it invaded Ukraine.", "2022-03-01")
    sanction = next(e for e in events if e.event_type == "SANCTION")
    assert (sanction.source.name, sanction.source.code, sanction.target.code) == ("Western countries", None, "RUS")


@pytest.mark.parametrize("phrase", ["the two countries", "both nations", "these states"])
def test_states_named_before_are_no_group(resolver, phrase):
    assert resolver.resolve(_root(load_nlp()(phrase)), "2023-05-01", loose=True) is None


def test_an_ex_the_parser_split_off_keeps_the_nationality(code_sentence):
    events = code_sentence("Haitian police arrested Colombian ex-soldiers suspected of killing the president.",
                           "2021-07-10")
    arrest = next(e for e in events if e.event_type == "COERCE")
    assert (arrest.target.text, arrest.target.code) == ("Colombian ex - soldiers", "COLELI")


def test_named_examples_stand_for_a_generic_noun(resolver):
    doc = load_nlp()("Russia sold weapons to countries such as Iran and Syria.")
    actors = resolver.resolve_all(doc[4], "2015-01-01", loose=True)
    assert [a.code for a in actors] == ["IRN", "SYR"]


def test_a_title_takes_the_name_in_apposition(code_sentence):
    events = code_sentence("Iran's ambassador to Venezuela, Hojjatollah Soltani, met his Cuban counterpart, "
                           "Jorge Alberto Bolanos, in Caracas.", "2021-08-20")
    meeting = next(e for e in events if e.event_type == "CONSULT")
    assert (meeting.source.name, meeting.source.code) == ("Hojjatollah Soltani", "IRNGOV")
    assert (meeting.target.name, meeting.target.code) == ("Jorge Alberto Bolanos", "CUBGOV")


def test_each_country_of_a_coordinated_phrase_keeps_its_own_words(code_sentence):
    events = code_sentence("Nigerian and British armed forces held a joint exercise in Kaduna.", "2023-02-01")
    texts = {(e.source.text, e.target.text) for e in events if e.target is not None}
    assert ("Nigerian armed forces", "British armed forces") in texts


def test_his_country_is_the_state_of_the_titled_speaker(code_sentence):
    events = code_sentence("Turkey's president said his country would begin a military operation against "
                           "Kurdish militants in Syria.", "2019-10-01")
    assert events and {e.source.code for e in events} == {"TUR"}, [(e.source.text, e.source.code) for e in events]
