"""General actor rules: origin ("from"), outside nouns, bare legislatures, breakaway regions and
sponsors; the rules file and the breakaway table are validated when loaded."""

from pathlib import Path

import pytest

import tidings
from tidings.actors.rules import load_rules, read_rules
from tidings.errors import DataError

RULES = Path(tidings.__file__).parent / "actors" / "data" / "rules.yaml"

# phrase, date, context (or None), expected "<country> <sector>"
CASES = [
    # "from" + a country, capital, breakaway region or known city sets a group's country
    ("exiled dissidents from Egypt", "2019-03-02", None, "EGY OPP"),
    ("refugees from Syria", "2016-04-11", "Greek police moved refugees from Syria to a camp near Athens.", "SYR REF"),
    ("a delegation from Japan", "2019-05-20", "A delegation from Japan arrived in Beijing on Monday.", "JPN GOV"),
    ("students from Gaza", "2018-01-01", None, "PSE EDU"),
    ("refugees from Abkhazia", "2012-01-01", None, "GEO REF"),
    ("Egyptian doctors from Cairo", "2019-03-02", None, "EGY HLH"),
    ("officials from the State Department", "2021-03-02", None, "USA GOV"),
    ("fighters from Hezbollah", "2018-01-01", None, "LBN REB"),
    # opponents, critics and supporters keep their sector; the country comes from what they oppose
    ("opponents of the Maldives government", "2018-02-05", None, "MDV OPP"),
    ("critics of the Kremlin", "2020-08-20", None, "RUS OPP"),
    ("Kremlin critics", "2020-08-20", None, "RUS OPP"),
    ("supporters of Imran Khan", "2023-05-10", None, "PAK CVL"),
    ("Trump supporters", "2021-01-06", None, "USA CVL"),
    ("Egyptian critics of the government", "2019-03-02", None, "EGY OPP"),
    ("Iran's opponents", "2020-01-01", None, "- OPP"),
    # bare Congress, and House next to Senate
    ("Congress", "2020-01-08", "Congress urged the president to act on Iran.", "USA LEG"),
    ("Congress", "2020-09-18", "Peruvian President Martin Vizcarra survived an impeachment vote in Congress on Friday. "
                              "Lawmakers in Lima said Congress would investigate the contracts.", "PER LEG"),
    ("a congressman", "2020-09-18", "In Lima, a congressman accused the Peruvian president of lying.", "PER LEG"),
    ("Senate", "2021-03-05", "House and Senate negotiators met on Friday to settle the Iran sanctions bill.", "USA LEG"),
    ("House", "2021-03-05", "House and Senate negotiators met on Friday to settle the Iran sanctions bill.", "USA LEG"),
    ("Congress", "2019-05-23", "In Delhi, Congress conceded defeat as Modi's party swept the vote.", "IND PTY"),
    ("the Trinamool Congress government", "2021-05-03", None, "- GOV"),
    # breakaway regions: the recognised state, with the separatist authorities as REB
    ("Abkhazia", "2010-01-01", "Abkhazia accused Georgia of violating the ceasefire.", "GEO REB"),
    ("South Ossetian authorities", "2010-01-01", None, "GEO REB"),
    ("the separatist authorities in Abkhazia", "2010-01-01", None, "GEO REB"),
    ("Transnistrian officials", "2020-01-01", None, "MDA REB"),
    ("Tiraspol", "2020-01-01", "Tiraspol and Chisinau agreed to resume talks.", "MDA REB"),
    ("Karabakh separatists", "2020-10-01", None, "AZE REB"),
    ("Armenian separatists in Karabakh", "2023-09-19", None, "AZE REB"),
    ("Karabakh officials", "2024-06-01", None, "AZE GOV"),  # after the separatist republic was dissolved
    ("Turkish Cypriots", "2022-01-01", None, "CYP -"),
    ("Somaliland's president", "2020-01-01", None, "SOM REB"),
    ("the Donetsk People's Republic", "2016-01-01", None, "UKR REB"),
    ("Russian troops in South Ossetia", "2010-01-01", None, "RUS MIL"),
    # sponsors and targets of "pro-", "anti-", "-backed" are not the actor's country
    ("pro-Russian separatists", "2015-01-01", None, "- REB"),
    ("Iran-backed militias", "2020-01-01", None, "- REB"),
    ("anti-American protesters", "2012-09-14", None, "- CVL"),
    ("Pro-government militias", "2018-01-01", None, "- REB"),
    ("pro-Russian separatists in Donbas", "2015-01-01", None, "UKR REB"),
    # a city or region after "in" that the gazetteer places in one country
    ("a court in Lyon", "2018-01-01", None, "FRA JUD"),
    ("police in Bavaria", "2018-01-01", None, "DEU COP"),
]


@pytest.mark.parametrize(("phrase", "date", "context", "expected"), CASES)
def test_rule(phrase, date, context, expected):
    found = tidings.actor(phrase, date, context)
    assert f"{found['country'] or '-'} {found['agent'] or '-'}" == expected


def test_the_two_chambers_are_two_actors(code_sentence):
    events = code_sentence("The Democratic House and the Republican Senate failed to reach agreement.", "2019-03-01")
    sides = [(e.source.code, e.source.name, e.target.name) for e in events if e.target is not None]
    assert sides and all(code == "USALEG" and source != target for code, source, target in sides)


def test_shipped_rules_load():
    rules = load_rules()
    assert {"USA", "PER", "PHL"} <= rules.congress.countries and rules.congress.default == "USA"
    assert "opponent" in rules.outside_of and "backed" in rules.sponsor_after


def test_bad_rules_name_the_file(tmp_path):
    bad = tmp_path / "rules.yaml"
    bad.write_text(RULES.read_text(encoding="utf-8").replace("    - PER  #", "    - XXP  #"), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_rules(bad, frozenset(load_rules().congress.countries | {"IND", "AUS", "BHS", "BLZ", "BRB", "CAN",
                                                                      "JAM", "LBR", "MYS", "NGA", "TTO"}))
    assert "XXP" in caught.value.reason and "rules.yaml" in str(caught.value)
