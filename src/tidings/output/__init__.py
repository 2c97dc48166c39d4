"""Output: serialising events to table, JSONL, CSV, Parquet, PLOVER JSON and GDELT-style TSV."""

from tidings.output.serialize import plover_record, serialize, gdelt_row

__all__ = ["serialize", "plover_record", "gdelt_row"]
