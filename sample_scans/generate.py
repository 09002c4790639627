"""Generate the ``sample_scans/`` corpus: realistic contract scans plus ground truth.

    python -m sample_scans.generate [--out sample_scans] [--seed 20261123]

Deterministic: the same seed writes the same files. Each document ``NAME.ext`` gets
``NAME.truth.json`` (format in ``sample_scans/README.md``).
"""

from __future__ import annotations

import argparse
import json
import zlib
from datetime import datetime, timedelta
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np
from PIL import Image

from sample_scans import synth
from sample_scans.templates import EN_BOILER, ZH_BOILER, Filled, _renumber, _renumber_en, make_contract

DEFAULT_SEED = 20261123
DPI = 200


@dataclass
class Spec:
    name: str
    ctype: str
    lang: str
    fmt: str  # pdf | tiff | jpg | png
    page_degradations: list[str] = field(default_factory=list)  # applied to every page, in order
    seal: bool = False
    blank_page: bool = False
    single_page: bool = False
    overrides: dict[str, Any] = field(default_factory=dict)
    tiff_compression: str = "tiff_deflate"
    quality: int = 55


SPECS: list[Spec] = [
    Spec("zh_sales_seal", "sales", "zh", "pdf", ["noise"], seal=True,
         overrides={"party_a": "苏州华信精密机械有限公司"}),
    Spec("en_service_scan", "service", "en", "pdf", ["skew", "noise", "jpeg"]),
    Spec("zh_lease_clean", "lease", "zh", "tiff"),
    Spec("en_lease_uneven", "lease", "en", "tiff", ["lighting", "blur"], tiff_compression="jpeg"),
    Spec("zh_nda_photo", "nda", "zh", "jpg", ["photo"], single_page=True),
    Spec("en_nda_skewed", "nda", "en", "png", ["skew"], single_page=True),
    Spec("zh_employment_rot90", "employment", "zh", "pdf", ["rot90"]),
    Spec("en_loan_blank_page", "loan", "en", "pdf", ["noise"], blank_page=True),
    Spec("zh_loan_noisy", "loan", "zh", "tiff", ["noise", "saltpepper"], tiff_compression="jpeg",
         overrides={"party_c": "南京华信融资担保有限公司"}),
    Spec("en_license_uneven", "license", "en", "pdf", ["lighting"]),
    Spec("zh_license_skewed", "license", "zh", "pdf", ["skew"]),
    Spec("zh_purchase_lowq", "purchase", "zh", "pdf", ["blur", "jpeg"], quality=35),
    Spec("en_purchase_distinct", "purchase", "en", "tiff",
         overrides={"party_b": "Quillfeather Orbital Dynamics GmbH"}),
    Spec("zh_framework_photo", "framework", "zh", "jpg", ["photo"], seal=True, single_page=True),
    Spec("en_sales_rot270", "sales", "en", "pdf", ["rot270"]),
    Spec("zh_service_seal_uneven", "service", "zh", "png", ["lighting"], seal=True, single_page=True),
    Spec("zh_supplementary_scan", "supplementary", "zh", "jpg", ["noise"], single_page=True),
    Spec("en_framework_clean", "framework", "en", "pdf"),
    Spec("en_employment_blur", "employment", "en", "tiff", ["blur"]),
    Spec("en_supplementary_saltpepper", "supplementary", "en", "png", ["saltpepper"],
         single_page=True),
]

_BOILER_HEADS = {h for h, _ in ZH_BOILER[:-1]} | {h for h, _ in EN_BOILER[:-1]}


def _drop_one_boiler(lines: list[str], lang: str) -> list[str] | None:
    """Remove the last optional boilerplate clause (heading + body); None if none is left."""
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        if ln.startswith("## ") and ln.split(" ", 2)[-1] in _BOILER_HEADS:
            out = lines[:i] + lines[i + 2:]
            return _renumber(out, 1) if lang == "zh" else _renumber_en(out, 1)
    return None


def _fit_one_page(filled: Filled, lang: str, rng: np.random.Generator) -> tuple[list[str], synth.RenderedDoc]:
    lines = filled.lines
    while True:
        state = rng.bit_generator.state
        doc = synth.render_document(lines, lang=lang, rng=rng, dpi=DPI)
        if len(doc.images) == 1:
            return lines, doc
        shorter = _drop_one_boiler(lines, lang)
        if shorter is None:
            raise RuntimeError("contract does not fit on one page")
        lines = shorter
        rng.bit_generator.state = state


def _insert_blank(lines: list[str], rng: np.random.Generator) -> list[str]:
    heads = [i for i, ln in enumerate(lines) if ln.startswith("## ")]
    at = heads[len(heads) // 2 + int(rng.integers(0, 2))]
    return lines[:at] + ["@@BLANK"] + lines[at:]


def _seal_center(doc: synth.RenderedDoc, lang: str) -> tuple[int, tuple[int, int]]:
    needles = ["甲方（盖章）", "出租方（盖章）", "甲方："] if lang == "zh" else ["SELLER:", "PARTY A:"]
    for needle in needles:
        hit = doc.find_line(needle)
        if hit:
            page, line = hit
            x, y, w, h = line.bbox
            width = doc.images[page].width
            cx = x + min(w, width * 0.42) * 0.62
            return page, (round(cx), round(y + h * 0.6))
    raise LookupError("no signature line for the seal")


def build(spec: Spec, rng: np.random.Generator, out: Path) -> dict[str, Any]:
    filled = make_contract(spec.ctype, spec.lang, rng, **spec.overrides)
    lines = filled.lines
    if spec.blank_page:
        lines = _insert_blank(lines, rng)
    if spec.single_page:
        lines, doc = _fit_one_page(Filled(lines, filled.truth), spec.lang, rng)
    else:
        doc = synth.render_document(lines, lang=spec.lang, rng=rng, dpi=DPI)
    pages = list(doc.images)
    applied: list[dict[str, Any]] = []
    if spec.seal:
        p, center = _seal_center(doc, spec.lang)
        pages[p], params = synth.degrade(pages[p], "seal", rng,
                                         {"text": filled.seal_text, "center": list(center)})
        applied.append({"kind": "seal", "page": p + 1, "params": params})
    rotation = 0
    for kind in spec.page_degradations:
        for i in range(len(pages)):
            pages[i], params = synth.degrade(pages[i], kind, rng)
            applied.append({"kind": kind, "page": i + 1, "params": params})
        if kind.startswith("rot"):
            rotation = int(kind[3:])

    grayscale = not spec.seal and "photo" not in spec.page_degradations
    path = out / f"{spec.name}.{spec.fmt}"
    if spec.fmt == "pdf":
        scanned = datetime.fromisoformat(filled.truth["signed_date"]) + timedelta(days=3, hours=10)
        synth.save_pdf(pages, path, dpi=DPI, quality=spec.quality, grayscale=grayscale,
                       created=scanned)
    elif spec.fmt == "tiff":
        synth.save_tiff(pages, path, dpi=DPI, compression=spec.tiff_compression,
                        grayscale=grayscale, quality=spec.quality)
    elif spec.fmt == "jpg":
        synth.save_jpeg(pages[0], path, dpi=DPI, quality=70, grayscale=grayscale)
    elif spec.fmt == "png":
        synth.save_png(pages[0], path, dpi=DPI, grayscale=grayscale)
    else:
        raise ValueError(spec.fmt)

    truth: dict[str, Any] = {"file": path.name}
    truth.update(filled.truth)
    truth.update({
        "pages": len(pages),
        "blank_pages": doc.blank_pages,
        "rotation": rotation,
        "seal": spec.seal,
        "dpi": DPI,
        "degradations": applied,
        "text": doc.texts,
    })
    (out / f"{spec.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return truth


def generate(out: Path, seed: int = DEFAULT_SEED,
             specs: list[Spec] | None = None,
             progress: Callable[[str], None] | None = None) -> list[dict[str, Any]]:
    """Write every spec's document and truth into ``out``; one child RNG per document, so a
    document does not change when another one is added or edited."""
    out.mkdir(parents=True, exist_ok=True)
    specs = SPECS if specs is None else specs
    truths = []
    for spec in specs:
        rng = np.random.default_rng([seed, zlib.crc32(spec.name.encode())])
        truths.append(build(spec, rng, out))
        if progress:
            progress(spec.name)
    return truths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    Image.MAX_IMAGE_PIXELS = None
    truths = generate(args.out, args.seed, progress=lambda n: print("wrote", n, flush=True))
    total = sum(f.stat().st_size for f in args.out.iterdir() if f.is_file())
    print(json.dumps({"documents": len(truths), "bytes": total}))


if __name__ == "__main__":
    main()
