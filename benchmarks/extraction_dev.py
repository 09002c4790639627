"""Development extraction benchmark: text-only scoring (ground-truth page text, no OCR) on the
development corpora (``sample_scans/templates.py``, ``templates_varied.py``, ``templates_more.py``
and ``templates_fresh.py``, ``templates_wild.py``, ``templates_office.py``), over several seeds;
optionally a small OCR run.

Documents are laid out by :func:`sample_scans.synth.render_document` so that paragraphs wrap
and pages break as on paper; the text-only path feeds the drawn text through
:func:`extractors.layout.pages_from_texts` (synthetic Tesseract-like words).

With ``--written`` it scores only the contracts written out by hand in ``sample_scans/written``.

    python -m benchmarks.extraction_dev [--seeds 3] [--docs 60] [--ocr 0] [--errors 20] [--written]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterator

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import numpy as np  # noqa: E402

from benchmarks.scoring import FIELDS, Scorer  # noqa: E402
from classifiers.contract_type import classify  # noqa: E402
from contracts_core.record import Record, Source  # noqa: E402
from extractors.fields import extract_fields  # noqa: E402
from extractors.layout import pages_from_texts  # noqa: E402
from sample_scans import (  # noqa: E402
    synth,
    templates,
    templates_counter,
    templates_fresh,
    templates_more,
    templates_office,
    templates_varied,
    templates_wild,
)

CORPORA: dict[str, Callable[[np.random.Generator], Any]] = {
    "templates": templates.random_contract,
    "varied": templates_varied.random_contract,
    "more": templates_more.random_contract,
    "fresh": templates_fresh.random_contract,  # layouts the others lack: tables, covers, letterheads
    "wild": templates_wild.random_contract,  # UK/US drafting, credit codes, info tables, letters, POs, distractor numbers
    "office": templates_office.random_contract,  # generic titles, letters, deeds, IOUs, schedules, two signing dates
    "counter": templates_counter.random_contract,  # model texts, roles after names, agents, sign-only parties, schedule totals
}


def documents(corpus: str, seed: int, n: int) -> Iterator[tuple[list[str], dict]]:
    rng = np.random.default_rng(seed)
    make = CORPORA[corpus]
    for _ in range(n):
        filled = make(rng)
        yield filled.lines, filled.truth


def text_record(name: str, texts: list[str], language: str | None) -> Record:
    text = "\n\n".join(texts)
    return Record(sha256=name, source=Source(file_name=name), text=text,
                  contract_type=classify(text, language=language),
                  fields=extract_fields(pages_from_texts(texts), language=language))


def run_text(corpus: str, seeds: list[int], n: int, dpi: int = 100) -> Scorer:
    scorer = Scorer()
    for seed in seeds:
        rng = np.random.default_rng(10_000 + seed)
        for i, (lines, truth) in enumerate(documents(corpus, seed, n)):
            name = f"{corpus}-s{seed}-{i:03d}-{truth['language']}-{truth['contract_type']}"
            rendered = synth.render_document(lines, lang=truth["language"], rng=rng, dpi=dpi)
            scorer.add(name, text_record(name, rendered.texts, None), truth)
    return scorer


def run_ocr(corpus: str, seed: int, n: int, degrade: bool) -> Scorer:
    import cv2

    from contracts_core.settings import Settings
    from extractors.pipeline import assemble_record, process_page

    settings = Settings(s3_endpoint=None, es_url=None)
    rng = np.random.default_rng(20_000 + seed)
    scorer = Scorer()
    kinds = ("skew", "lighting", "noise", "blur", "jpeg", "seal", "photo")
    for i, (lines, truth) in enumerate(documents(corpus, seed, n)):
        name = f"ocr-{corpus}-s{seed}-{i:03d}-{truth['language']}-{truth['contract_type']}"
        rendered = synth.render_document(lines, lang=truth["language"], rng=rng, dpi=200)
        infos = []
        for p, img in enumerate(rendered.images):
            if degrade:
                img, _ = synth.degrade(img, kinds[int(rng.integers(len(kinds)))], rng)
            bgr = cv2.cvtColor(np.asarray(img.convert("RGB")), cv2.COLOR_RGB2BGR)
            infos.append(process_page(bgr, p + 1, settings).info)
        scorer.add(name, assemble_record(name, Source(file_name=name), infos, settings), truth)
        print(f"  ocr {i + 1}/{n} {name}", file=sys.stderr)
    return scorer


WRITTEN = Path(__file__).resolve().parents[1] / "sample_scans" / "written"


def run_written() -> dict[str, Scorer]:
    """Text-only scores of the contracts written out by hand apart from the extractor
    (``sample_scans/written/{zh,en}.jsonl``: page texts and ground truth, one per line)."""
    out: dict[str, Scorer] = {}
    for path in sorted(WRITTEN.glob("*.jsonl")):
        scorer = Scorer()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            truth = {**doc["truth"], "language": doc["language"], "contract_type": doc["contract_type"]}
            scorer.add(doc["id"], text_record(doc["id"], doc["pages"], None), truth)
        out[path.stem] = scorer
    return out


def report(title: str, scorer: Scorer, errors: int) -> dict:
    s = scorer.summary()
    print(f"\n== {title}: {s['documents']} docs, type accuracy {s['type_accuracy']:.3f}")
    for f in FIELDS:
        c = s["fields"][f]
        print(f"   {f:15s} P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}")
    if errors:
        by_field = Counter(e["field"] for e in scorer.errors)
        print("   errors by field:", dict(by_field))
        for e in scorer.errors[:errors]:
            print("   ", json.dumps(e, ensure_ascii=False))
    return s


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--docs", type=int, default=60, help="documents per corpus and seed")
    ap.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    ap.add_argument("--ocr", type=int, default=0, help="documents for a small OCR run (0: none)")
    ap.add_argument("--degrade", action="store_true", help="degrade the OCR pages")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per set")
    ap.add_argument("--written", action="store_true",
                    help="only the hand-written contracts of sample_scans/written")
    args = ap.parse_args(argv)
    if args.written:
        for name, scorer in run_written().items():
            report(f"text-only written {name}", scorer, args.errors)
        return 0
    seeds = list(range(1, args.seeds + 1))
    corpora = list(CORPORA) if args.corpus == "all" else [args.corpus]
    for corpus in corpora:
        report(f"text-only {corpus}", run_text(corpus, seeds, args.docs), args.errors)
    if args.ocr:
        for corpus in corpora:
            report(f"OCR {'degraded' if args.degrade else 'clean'} {corpus}",
                   run_ocr(corpus, 99, args.ocr, args.degrade), args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
