"""Throughput and peak memory: bare spaCy ``nlp.pipe`` against ``tidings code``, one process each.

    .venv/bin/python benchmarks/throughput.py [--corpus FILE.jsonl] [--repeat N]

The corpus is a JSONL file of documents (``text`` field). By default it is built from the public
benchmark sets in ../shared/benchmarks (CASE 2021 and PLOVER training sentences); without them,
the bundled examples are repeated. Both measurements run in fresh child processes, one after the
other on the same corpus, and each reports its own peak resident memory; spaCy loading is
excluded from the timed part of both.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks"
SETS = ("case2021_task2_finegrained", "plv_train")


def build_corpus(path: Path, repeat: int) -> None:
    """Write the benchmark corpus: the public sets when present, else the examples."""
    texts = []
    for name in SETS:
        source = SHARED / name / "records.jsonl"
        if source.exists():
            texts += [json.loads(line)["text"] for line in source.open()]
    if not texts:
        import tidings

        texts = [d.text for d in tidings.ingest.iter_documents([str(ROOT / "examples")])]
    with path.open("w") as out:
        for r in range(repeat):
            for i, text in enumerate(texts):
                out.write(json.dumps({"id": f"b{r}-{i}", "text": text, "date": "2021-09-07"}) + "\n")


def _measure_spacy(corpus: Path) -> dict:
    from tidings.nlp import load_nlp

    nlp = load_nlp()
    texts = [json.loads(line)["text"] for line in corpus.open()]
    start = time.perf_counter()
    docs = sentences = 0
    for doc in nlp.pipe(texts, batch_size=32):
        docs += 1
        sentences += sum(1 for _ in doc.sents)
    return {"docs": docs, "sentences": sentences, "seconds": time.perf_counter() - start}


def _measure_tidings(corpus: Path) -> dict:
    import tidings
    from tidings.events import EventStage
    from tidings.nlp import load_nlp

    load_nlp()
    stage = EventStage()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        docs = events = 0
        for doc in tidings.code([str(corpus)], db=Path(tmp) / "b.duckdb", stage=stage):
            docs += 1
            events += len(doc.events)
        seconds = time.perf_counter() - start
    return {"docs": docs, "events": events, "seconds": seconds}


def child(mode: str, corpus: Path) -> None:
    result = _measure_spacy(corpus) if mode == "spacy" else _measure_tidings(corpus)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def run(mode: str, corpus: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, "--corpus", str(corpus)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="JSONL corpus (default: built from the benchmark sets)")
    parser.add_argument("--repeat", type=int, default=1, help="repeat the default corpus N times")
    parser.add_argument("--child", choices=("spacy", "tidings"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.corpus)
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "corpus.jsonl"
        if args.corpus is None:
            build_corpus(corpus, args.repeat)
        spacy_run = run("spacy", corpus)
        tidings_run = run("tidings", corpus)
    sentences = spacy_run["sentences"]
    print(f"corpus: {spacy_run['docs']} documents, {sentences} sentences")
    print("| pipeline | docs/s | sentences/s | peak memory (MB) |\n|---|---|---|---|")
    for name, r in (("spaCy nlp.pipe", spacy_run), ("tidings code", tidings_run)):
        print(f"| {name} | {r['docs'] / r['seconds']:.1f} | {sentences / r['seconds']:.1f} | {r['peak_rss_mb']:.0f} |")
    print(f"tidings code / bare spaCy time ratio: {tidings_run['seconds'] / spacy_run['seconds']:.2f} "
          f"({tidings_run['events']} events)")


if __name__ == "__main__":
    main()
