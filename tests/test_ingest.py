"""Reading every input kind into documents; bad input becomes an error item, never an exception."""

import json

import pytest
from conftest import EXAMPLES

from tidings.errors import InputError
from tidings.ingest import iter_documents, read_path
from tidings.ingest.readers import content_id


def _docs(path):
    return list(read_path(str(path)))


def test_text_file_headline_byline_and_dateline():
    [doc] = _docs(EXAMPLES / "saudi-iran-beijing-2023-03-10.txt")
    assert doc.date == "2023-03-10" and doc.date_source == "dateline"
    assert doc.title and doc.author
    assert doc.doc_id == content_id(doc.text)


def test_html_main_text_and_metadata():
    [doc] = _docs(EXAMPLES / "black-sea-grain-deal-2022-07-23.html")
    assert doc.date == "2022-07-23"
    assert doc.title
    assert "cookie" not in doc.text.lower()


def test_jsonl_fields_and_metadata(tmp_path):
    path = tmp_path / "in.jsonl"
    rows = [{"id": "a1", "text": "Iran met Venezuela.", "date": "2022-06-11", "lang": "en"},
            {"text": "Russia met China.", "source": "wire"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    first, second = _docs(path)
    assert (first.doc_id, first.date, first.metadata) == ("a1", "2022-06-11", {"lang": "en"})
    assert second.doc_id == content_id("Russia met China.") and second.source == "wire"


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty document"), (b"   \n\n", "empty document"),
    (b"\x00\x01\x02binary", "binary file"), (b"caf\xe9 au lait", "not valid UTF-8"),
])
def test_bad_files(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [item] = _docs(path)
    assert isinstance(item, InputError) and reason in item.reason and item.path == str(path)


def test_broken_jsonl_line_among_good_ones(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "1", "text": "Iran met Iraq."}\n{"id": 2, "text": \n{"text": ""}\n'
                    '{"id": "4", "text": "Iraq met Iran.", "date": "not a date"}\n["list"]\n'
                    '{"id": "6", "text": "Cuba met Peru."}\n')
    items = _docs(path)
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.line for e in errors] == [2, 3, 4, 5]
    assert [d.doc_id for d in items if not isinstance(d, InputError)] == ["1", "6"]


def test_folders_are_recursive_and_skip_other_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_text("Iran met Iraq.")
    (tmp_path / "a" / "notes.csv").write_text("x,y")
    assert [d.text for d in _docs(tmp_path)] == ["Iran met Iraq."]


def test_missing_path_and_default_date(tmp_path):
    [missing] = list(iter_documents([str(tmp_path / "nope.txt")]))
    assert isinstance(missing, InputError) and "no such file" in missing.reason
    (tmp_path / "x.txt").write_text("Iran met Iraq on Monday.")
    [doc] = list(iter_documents([str(tmp_path / "x.txt")], default_date="2024-01-10"))
    assert (doc.date, doc.date_source) == ("2024-01-10", "option")


def test_undated_text_has_no_date(tmp_path):
    (tmp_path / "x.txt").write_text("Iran met Iraq on Monday.")
    [doc] = _docs(tmp_path / "x.txt")
    assert doc.date is None
