"""The seed article of the brief (outside the repository): its dated events keep their dates.

Skipped when ``../shared`` is absent; the product never needs it.
"""

import pytest
from conftest import SHARED

import tidings

SEED = SHARED / "seed" / "iran-latin-america-2021-09-07.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not present")

# A phrase of the sentence, and the date its events must carry.
DATED = [
    ("met with Sacha Llorenti", "2021-08-04"),
    ("On August 11, the organization", "2021-08-11"),
    ("Reuters reported on July 14", "2021-07-14"),
    ("took a last-minute turn", "2021-06-09"),
    ("Both vessels had to dock", "2021-07-24"),
    ("We hope that Iran seizes", "2021-08-05"),
]


@pytest.fixture(scope="module")
def seed_events():
    return [e for doc in tidings.code([str(SEED)]) for e in doc.events]


def test_seed_publication_date_comes_from_its_byline(seed_events):
    doc = next(iter(tidings.code([str(SEED)])))
    assert (doc.date, doc.date_source) == ("2021-09-07", "dateline")


@pytest.mark.parametrize(("phrase", "day"), DATED)
def test_seed_events_have_their_dates(seed_events, phrase, day):
    found = [e for e in seed_events if phrase in e.sentence]
    assert found, f"no event coded in the sentence with {phrase!r}"
    assert all(e.date == day and e.date_source == "text" for e in found), [(e.event_type, e.date) for e in found]


def test_seed_warships_dock_in_russia(seed_events):
    dock = [e for e in seed_events if "Both vessels" in e.sentence]
    assert dock[0].source.code == "IRNMIL" and dock[0].location.country == "RUS"
