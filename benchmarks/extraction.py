"""Extraction benchmark on HELD-OUT templates through the full OCR path.

Documents come from ``benchmarks/heldout_templates.py`` (written apart from the development
templates and never read by the extractor's authors), rendered by ``sample_scans.synth`` at
200 dpi, then run through the real pipeline stages (clean → Tesseract → layout → spaCy fields
→ classifier) twice: as clean scans and with one random degradation per page. Prints JSON
with precision, recall and F1 per field and the contract-type accuracy for each set, plus a
text-only baseline (ground-truth text, no OCR) that separates extraction errors from OCR errors.

    python -m benchmarks.extraction [--docs 40] [--seed 7] [--out benchmarks/out/extraction.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from benchmarks.heldout_templates import heldout_documents  # noqa: E402
from benchmarks.scoring import Scorer  # noqa: E402
from contracts_core.record import PageInfo, Source  # noqa: E402
from contracts_core.settings import Settings  # noqa: E402
from extractors.layout import pages_from_texts  # noqa: E402
from extractors.pipeline import assemble_record, process_page  # noqa: E402
from sample_scans import synth  # noqa: E402

DEGRADATIONS = ("skew", "rot90", "rot180", "rot270", "lighting", "noise", "blur", "jpeg",
                "seal", "photo")


def _bgr(img) -> np.ndarray:  # noqa: ANN001 - PIL image
    return cv2.cvtColor(np.asarray(img.convert("RGB")), cv2.COLOR_RGB2BGR)


def _run_pages(images: list[np.ndarray], settings: Settings, workers: int) -> list[PageInfo]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda a: process_page(a[1], a[0] + 1, settings),
                                enumerate(images)))
    return [r.info for r in results]


def run(docs: int, seed: int, workers: int) -> dict:
    settings = Settings(s3_endpoint=None, es_url=None)
    rng = np.random.default_rng(seed)
    scorers = {"text_only": Scorer(), "clean": Scorer(), "degraded": Scorer()}
    degradations: dict[str, int] = {}
    started = time.time()
    for i, (lines, truth) in enumerate(heldout_documents(seed, docs)):
        name = f"heldout-{i:03d}-{truth['language']}-{truth['contract_type']}"
        rendered = synth.render_document(lines, lang=truth["language"], rng=rng, dpi=200)
        source = Source(file_name=name)

        from extractors.fields import extract_fields
        from classifiers.contract_type import classify
        from contracts_core.record import Record

        pages_text = pages_from_texts(rendered.texts)
        text = "\n\n".join(rendered.texts)
        scorers["text_only"].add(name, Record(
            sha256=name, source=source, text=text,
            contract_type=classify(text, language=truth["language"]),
            fields=extract_fields(pages_text, language=truth["language"])), truth)

        clean = [_bgr(img) for img in rendered.images]
        scorers["clean"].add(name, _record(name, source, clean, settings, workers), truth)

        degraded = []
        for img in rendered.images:
            kind = DEGRADATIONS[int(rng.integers(len(DEGRADATIONS)))]
            out, _ = synth.degrade(img, kind, rng)
            degraded.append(_bgr(out))
            degradations[kind] = degradations.get(kind, 0) + 1
        scorers["degraded"].add(name, _record(name, source, degraded, settings, workers), truth)
        print(f"{i + 1}/{docs} {name}", file=sys.stderr)
    return {
        "benchmark": "extraction",
        "templates": "benchmarks/heldout_templates.py (held out)",
        "documents": docs,
        "seed": seed,
        "dpi": 200,
        "degradations_applied": degradations,
        "seconds": round(time.time() - started, 1),
        **{k: v.summary() for k, v in scorers.items()},
        "errors": {k: v.errors for k, v in scorers.items() if k != "text_only"},
    }


def _record(name: str, source: Source, images: list[np.ndarray], settings: Settings,
            workers: int):
    from contracts_core.errors import PermanentError

    try:
        return assemble_record(name, source, _run_pages(images, settings, workers), settings)
    except PermanentError:
        return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    result = run(args.docs, args.seed, args.workers)
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    summary = {k: v for k, v in result.items() if k != "errors"}
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
