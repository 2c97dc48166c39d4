"""The public interface: what ``import tidings`` promises."""

import tidings
from tidings.errors import DataError, InputError, StoreError, TidingsError, UsageError


def test_all_names_exist():
    for name in tidings.__all__:
        assert hasattr(tidings, name), name


def test_public_functions_and_records():
    assert set(tidings.__all__) >= {"code", "code_text", "actor", "events", "dyads", "serialize", "Event",
                                    "Actor", "Document", "TidingsError"}


def test_exception_tree():
    for cls in (InputError, DataError, StoreError, UsageError):
        assert issubclass(cls, TidingsError)
    error = InputError("empty document", path="a.txt", line=3)
    assert error.one_line() == "a.txt:3: empty document [E100]"
    assert UsageError("x").exit_status == 2


def test_code_text_from_python():
    events = tidings.code_text("Iran's foreign minister met Venezuela's president in Caracas.",
                               date="2022-06-11")
    assert [(e.event_type, e.source.code, e.target.code) for e in events] == [("CONSULT", "IRNGOV", "VENGOV")]
    assert events[0].location.country == "VEN"
