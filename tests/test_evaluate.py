"""The own-corpus scorer: which emitted events count as one act, and what P/R/F1 come out."""

import pytest

from tidings.evaluate import score_documents
from tidings.record import Actor, Event


def _event(source: Actor, target: Actor, date: str, event_type: str = "CONSULT") -> Event:
    return Event("e", "d", event_type, None, "040", 1.0, 1, source, target, date, "day", "text",
                 None, "asserted", None, "s", (0, 1), "consult.meet/active", 1.0)


IRN_GOV = Actor("Raisi", country="IRN", agent="GOV")
IRN = Actor("Iran", country="IRN")
VEN_GOV = Actor("Maduro", country="VEN", agent="GOV")
GOLD = {"event": "CONSULT", "source": "IRN GOV", "target": "VEN GOV"}


@pytest.mark.parametrize(("gold", "emitted", "tp_fp_fn"), [
    # the same act told twice in one article is one act
    ([GOLD], [_event(IRN_GOV, VEN_GOV, "2022-06-11"), _event(IRN_GOV, VEN_GOV, "2022-06-11")], (1, 0, 0)),
    # the same dyad meeting again on another day is a second act, as the gold lists it twice
    ([GOLD, GOLD], [_event(IRN_GOV, VEN_GOV, "2022-06-11"), _event(IRN_GOV, VEN_GOV, "2022-06-13")], (2, 0, 0)),
    # ... and a second act the gold does not list is a false positive
    ([GOLD], [_event(IRN_GOV, VEN_GOV, "2022-06-11"), _event(IRN_GOV, VEN_GOV, "2022-06-13")], (1, 1, 0)),
    # a wrong sector is a miss and a false positive
    ([GOLD], [_event(IRN, VEN_GOV, "2022-06-11")], (0, 1, 1)),
])
def test_acts_are_counted_by_key_and_date(gold, emitted, tp_fp_fn):
    score = score_documents([(gold, emitted)])
    assert (score.tp, score.fp, score.fn) == tp_fp_fn


def test_comparing_by_country_never_merges_two_acts():
    gold = [GOLD, {"event": "CONSULT", "source": "IRN -", "target": "VEN GOV"}]
    emitted = [_event(IRN_GOV, VEN_GOV, "2022-06-11"), _event(IRN, VEN_GOV, "2022-06-11")]
    full, country = score_documents([(gold, emitted)]), score_documents([(gold, emitted)], "country")
    assert (full.tp, country.tp) == (2, 2)
    assert country.f1 >= full.f1
