"""The Arrow schema of the event record, used for Parquet output."""

from __future__ import annotations

import pyarrow as pa

_ACTOR = pa.struct([("text", pa.string()), ("name", pa.string()), ("country", pa.string()),
                    ("agent", pa.string()), ("org", pa.string()), ("code", pa.string())])

ARROW_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("doc_id", pa.string()), ("event_type", pa.string()),
    ("mode", pa.string()), ("cameo", pa.string()), ("goldstein", pa.float64()),
    ("quad_class", pa.int8()), ("source", _ACTOR), ("target", _ACTOR), ("date", pa.string()),
    ("date_precision", pa.string()), ("date_source", pa.string()),
    ("location", pa.struct([("name", pa.string()), ("country", pa.string()),
                            ("lat", pa.float64()), ("lon", pa.float64())])),
    ("factuality", pa.string()),
    ("attribution", pa.struct([("reporter", pa.string()), ("speaker", pa.string())])),
    ("sentence", pa.string()), ("span", pa.list_(pa.int32())), ("rule", pa.string()),
    ("confidence", pa.float64()),
])
