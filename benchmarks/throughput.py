"""Throughput and memory: the full pipeline against Tesseract alone, on the same pages.

    python -m benchmarks.throughput [--pages 50] [--big 200] [--out benchmarks/out/throughput.json]

Pages: every page of sample_scans/ loaded at the OCR resolution, cycled, each stamped with a
unique tag (so no two pages share a SHA-256 and none is skipped as a duplicate) and written as
a one-page JPEG at ``ocr_dpi``. Then, on the first ``--pages`` of them:

* raw Tesseract (``tesseract <page> stdout -l <lang> --psm 3 tsv``: what ``image_to_data``
  runs), one process at a time and two at a time;
* the full pipeline (``ingest_batch`` on embedded backends in a temporary data folder) with
  ``CONTRACTS_PAGE_WORKERS=1`` and ``=2``, each in a fresh process so its peak RSS is its own;
* the pipeline with two workers on ``--big`` pages, for memory growth with batch size.

CPU seconds include child processes (Tesseract, poppler). A Prefect server is started once for
the pipeline runs; its own CPU is not counted (it is shared by every flow in production).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_scans"
TARGETS = {"cpu_ratio_max": 1.15, "speedup_min": 1.8, "rss_mb_max": 1536, "rss_growth_max": 1.10}


def _cpu() -> float:
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def make_pages(folder: Path, count: int) -> list[Path]:
    """``count`` unique one-page JPEGs at the OCR resolution, from the sample scans' pages."""
    import cv2

    from contracts_core.settings import Settings
    from extractors.loading import load_page, open_document

    settings = Settings(data_dir=folder / "unused")
    sources = sorted(p for p in SAMPLES.iterdir()
                     if p.suffix.lower() in (".pdf", ".png", ".jpg", ".tiff"))
    folder.mkdir(parents=True, exist_ok=True)
    pages: list[Path] = []
    n = 0
    while len(pages) < count:
        for src in sources:
            info = open_document(src, settings)
            for i in range(info.page_count):
                if len(pages) >= count:
                    return pages
                img = load_page(src, info, i, settings)
                h = img.shape[0]
                cv2.putText(img, f"bench {n:05d}", (40, h - 40), cv2.FONT_HERSHEY_SIMPLEX, 1.0,
                            (0, 0, 0), 2)
                out = folder / f"page-{n:05d}.jpg"
                cv2.imwrite(str(out), img, [cv2.IMWRITE_JPEG_QUALITY, 90])
                # keep the resolution in the file, as a scanner does
                from PIL import Image

                with Image.open(out) as im:
                    im.save(out, "JPEG", quality=95, dpi=(settings.ocr_dpi, settings.ocr_dpi))
                pages.append(out)
                n += 1
    return pages


def raw_tesseract(pages: list[Path], workers: int, lang: str) -> dict:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    from contracts_core.settings import Settings
    from extractors.ocr import tessdata_dir

    folder = tessdata_dir(lang, Settings().tessdata_dir)  # the models the pipeline uses
    models = ["--tessdata-dir", str(folder)] if folder else []

    def one(page: Path) -> None:
        subprocess.run(["tesseract", str(page), "stdout", "-l", lang, "--psm", "3", *models, "tsv"],
                       check=True, capture_output=True, env=env)

    cpu0, t0 = _cpu(), time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(one, pages))
    wall, cpu = time.perf_counter() - t0, _cpu() - cpu0
    return {"workers": workers, "pages": len(pages), "wall_s": round(wall, 2),
            "pages_per_s": round(len(pages) / wall, 4), "cpu_s_per_page": round(cpu / len(pages), 3)}


def _child(pages_dir: Path, count: int, workers: int) -> None:
    """Runs in a fresh process: ingest ``count`` pages with ``workers`` page workers."""
    data = Path(tempfile.mkdtemp(prefix="bench-data-"))
    os.environ.update({"CONTRACTS_DATA_DIR": str(data), "CONTRACTS_PAGE_WORKERS": str(workers),
                       "OMP_THREAD_LIMIT": "1", "PREFECT_LOGGING_LEVEL": "WARNING"})
    for var in ("CONTRACTS_S3_ENDPOINT", "CONTRACTS_ES_URL"):
        os.environ.pop(var, None)
    from flows.ingest import ingest_batch

    pages = sorted(pages_dir.glob("page-*.jpg"))[:count]
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu0, t0 = _cpu(), time.perf_counter()
    profile = os.environ.get("BENCH_PROFILE")
    if profile:
        import cProfile

        prof = cProfile.Profile()
        results = prof.runcall(ingest_batch, [str(p) for p in pages], station="bench", batch="b")
        prof.dump_stats(profile)
    else:
        results = ingest_batch([str(p) for p in pages], station="bench", batch="bench")
    wall, cpu = time.perf_counter() - t0, _cpu() - cpu0
    statuses: dict[str, int] = {}
    for r in results:
        k = r["status"].split(" ")[0]
        statuses[k] = statuses.get(k, 0) + 1
    shutil.rmtree(data, ignore_errors=True)
    print(json.dumps({
        "workers": workers, "pages": len(pages), "wall_s": round(wall, 2),
        "pages_per_s": round(len(pages) / wall, 4), "cpu_s_per_page": round(cpu / len(pages), 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rss_after_imports_mb": round(rss_before, 1),
        "peak_child_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "statuses": statuses}))


def pipeline(pages_dir: Path, count: int, workers: int, env: dict[str, str]) -> dict:
    proc = subprocess.run([sys.executable, "-m", "benchmarks.throughput", "--child",
                           str(pages_dir), str(count), str(workers)],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"pipeline run failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return json.loads(lines[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=50)
    ap.add_argument("--big", type=int, default=200)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "throughput.json")
    ap.add_argument("--work", type=Path, default=None, help="keep the pages here")
    ap.add_argument("--child", nargs=3, metavar=("DIR", "COUNT", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(Path(args.child[0]), int(args.child[1]), int(args.child[2]))
        return

    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    from contracts_core.settings import Settings

    lang = Settings().ocr_lang
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-pages-"))
    started = time.time()
    pages = make_pages(work, max(args.pages, args.big))
    small = pages[: args.pages]
    out: dict = {"lang": lang, "pages": args.pages, "big": args.big,
                 "cpu_count": os.cpu_count(), "load_avg_at_start": os.getloadavg()}
    out["raw_tesseract_1"] = raw_tesseract(small, 1, lang)
    out["raw_tesseract_2"] = raw_tesseract(small, 2, lang)
    with prefect_test_harness(server_startup_timeout=120):
        env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "PYTHONPATH": str(ROOT)}
        out["pipeline_1"] = pipeline(work, args.pages, 1, env)
        out["pipeline_2"] = pipeline(work, args.pages, 2, env)
        out["pipeline_2_big"] = pipeline(work, args.big, 2, env)
    raw1, raw2 = out["raw_tesseract_1"], out["raw_tesseract_2"]
    p1, p2, big = out["pipeline_1"], out["pipeline_2"], out["pipeline_2_big"]
    summary = {
        "pipeline_cpu_ratio_to_tesseract": round(p1["cpu_s_per_page"] / raw1["cpu_s_per_page"], 3),
        "pipeline_pages_per_s_ratio_to_tesseract_2": round(p2["pages_per_s"] / raw2["pages_per_s"], 3),
        "tesseract_speedup_2_over_1": round(raw2["pages_per_s"] / raw1["pages_per_s"], 3),
        "pipeline_speedup_2_over_1": round(p2["pages_per_s"] / p1["pages_per_s"], 3),
        "peak_rss_mb_small": p2["peak_rss_mb"], "peak_rss_mb_big": big["peak_rss_mb"],
        "rss_growth_big_over_small": round(big["peak_rss_mb"] / p2["peak_rss_mb"], 3),
    }
    summary["targets"] = TARGETS
    summary["meets"] = {
        "cpu_ratio": summary["pipeline_cpu_ratio_to_tesseract"] <= TARGETS["cpu_ratio_max"],
        "speedup": summary["pipeline_speedup_2_over_1"] >= TARGETS["speedup_min"],
        "rss": max(p1["peak_rss_mb"], p2["peak_rss_mb"], big["peak_rss_mb"]) <= TARGETS["rss_mb_max"],
        "rss_growth": summary["rss_growth_big_over_small"] <= TARGETS["rss_growth_max"],
    }
    out["summary"] = summary
    out["elapsed_s"] = round(time.time() - started, 1)
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2), encoding="utf-8")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
