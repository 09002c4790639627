"""The bad-input corpus, made on the spot (nothing is downloaded), and small good documents.

Each maker writes one file and returns its path; :data:`EXPECTED` says how each bad file must
end (the error kind it is quarantined with, or ``None`` when it is in fact readable and must be
archived). :func:`small_doc` renders a short one-page contract whose text is unique per seed, so
OCR stays quick while every document has its own SHA-256."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Callable

import numpy as np
import pikepdf
from PIL import Image

from sample_scans import synth

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_scans"

_ZH_NAMES = ("华信科技有限公司", "东方物流股份有限公司", "宏达建材有限公司", "安泰医疗器械有限公司",
             "明远软件有限公司", "金桥贸易有限公司", "远航船舶有限公司", "青松食品有限公司")
_EN_NAMES = ("Quillfeather Trading Ltd.", "Northwind Logistics Inc.", "Bluestone Materials Co.",
             "Harbor Medical Supplies LLC", "Silverline Software Ltd.", "Oakridge Foods Inc.")


def _lines(seed: int) -> tuple[list[str], str]:
    rng = np.random.default_rng(seed)
    if seed % 2 == 0:
        a, b = rng.choice(len(_ZH_NAMES), 2, replace=False)
        lines = ["销售合同", f">> 合同编号：XS-{seed:06d}",
                 f"甲方：{_ZH_NAMES[a]}", f"乙方：{_ZH_NAMES[b]}",
                 f"合同总金额为人民币{int(rng.integers(1, 999)) * 1000:,}元，签订日期2025年"
                 f"{int(rng.integers(1, 13))}月{int(rng.integers(1, 28))}日。"]
        return lines, "zh"
    a, b = rng.choice(len(_EN_NAMES), 2, replace=False)
    lines = ["SERVICE AGREEMENT", f">> Contract No. SA-{seed:06d}",
             f"Party A: {_EN_NAMES[a]}", f"Party B: {_EN_NAMES[b]}",
             f"The total price is USD {int(rng.integers(1, 999)) * 100:,}.00, signed on "
             f"{int(rng.integers(1, 28))} March 2025."]
    return lines, "en"


def small_page(seed: int, dpi: int = 200) -> Image.Image:
    """A short contract (title, number, parties, amount) cropped to the text: quick to OCR."""
    lines, lang = _lines(seed)
    doc = synth.render_document(lines, lang=lang, rng=np.random.default_rng(seed), dpi=dpi)
    page = doc.images[0]
    bottom = max(ln.bbox[1] + ln.bbox[3] for ln in doc.lines[0] if ln.kind != "footer"
                 and not ln.text.startswith(("第", "Page")))
    return page.crop((0, 0, page.width, min(page.height, bottom + dpi // 2)))


def small_doc(path: Path, seed: int, dpi: int = 200) -> Path:
    """A one-page PNG contract with content unique to ``seed``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    synth.save_png(small_page(seed, dpi), path, dpi=dpi)
    return path


# --- the bad files ---------------------------------------------------------------------------
def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _good_pdf_bytes(seed: int = 7) -> bytes:
    buf = io.BytesIO()
    small_page(seed).convert("RGB").save(buf, "PDF", resolution=200.0)
    return buf.getvalue()


def truncated_pdf(path: Path) -> Path:
    """A real PDF cut off in the middle of its page image (no xref, no trailer)."""
    data = _good_pdf_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def corrupt_pdf(path: Path) -> Path:
    """A PDF header followed by garbage."""
    rng = np.random.default_rng(1)
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rng.bytes(20_000))
    return path


def encrypted_pdf(path: Path) -> Path:
    with pikepdf.open(io.BytesIO(_good_pdf_bytes())) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="secret-user", owner="secret-owner",
                                                     R=6))
    return path


def many_pages_pdf(path: Path, pages: int = 5000) -> Path:
    """Thousands of tiny empty pages (small file, huge page count)."""
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page(page_size=(72, 72))
    pdf.save(path)
    return path


def dpi2400_png(path: Path) -> Path:
    """An A4 page at 2400 dpi (19848×28056 pixels), bi-level so the file stays small; the
    header alone says it would decode to ~557 megapixels."""
    w, h = round(8.27 * 2400), round(11.69 * 2400)
    _write_png_rows(path, w, h, bit_depth=1, dpi=2400)
    return path


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def _write_png_rows(path: Path, w: int, h: int, *, bit_depth: int, dpi: int) -> None:
    """A white grayscale PNG written row by row (never the whole image in memory)."""
    ppm = round(dpi / 0.0254)
    row = b"\x00" + b"\xff" * ((w * bit_depth + 7) // 8)
    comp = zlib.compressobj(9)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(_png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, bit_depth, 0, 0, 0, 0)))
        f.write(_png_chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1)))
        out = bytearray()
        for _ in range(h):
            out += comp.compress(row)
            if len(out) > 1 << 20:
                f.write(_png_chunk(b"IDAT", bytes(out)))
                out.clear()
        out += comp.flush()
        f.write(_png_chunk(b"IDAT", bytes(out)))
        f.write(_png_chunk(b"IEND", b""))


def png_bomb(path: Path) -> Path:
    """A PNG whose header claims 100000×100000 pixels (10 gigapixels) with a few bytes of data."""
    ihdr = _png_chunk(b"IHDR", struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0))
    idat = _png_chunk(b"IDAT", zlib.compress(b"\x00" * 4096))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + ihdr + idat + _png_chunk(b"IEND", b""))
    return path


def png_named_pdf(path: Path) -> Path:
    """A readable contract page saved as PNG but named ``.pdf``: read by its content."""
    synth.save_png(small_page(11), path, dpi=200)
    return path


def text_named_jpg(path: Path) -> Path:
    path.write_text("This is not a picture, just a note.\n合同扫描件稍后补交。\n", encoding="utf-8")
    return path


def zip_file(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("contract.txt", "Party A and Party B agree.")
    return path


def svg_file(path: Path) -> Path:
    path.write_text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" '
                    'height="600"><text x="10" y="40">Contract</text></svg>\n', encoding="utf-8")
    return path


def text_file(path: Path) -> Path:
    path.write_text("甲方：华信科技有限公司\n乙方：东方物流股份有限公司\n" * 20, encoding="utf-8")
    return path


def photo_no_text(path: Path) -> Path:
    """A photo-like picture: smooth colour gradients, soft blobs and sensor noise; no text."""
    rng = np.random.default_rng(5)
    h, w = 1200, 1600
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    img = np.stack([90 + 100 * x / w, 120 + 80 * y / h, 160 - 60 * (x + y) / (w + h)], axis=-1)
    for _ in range(6):
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(80, 300)
        blob = np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * r * r))[..., None]
        img = img * (1 - 0.5 * blob) + rng.uniform(0, 255, 3) * 0.5 * blob
    img += rng.normal(0, 6, img.shape)
    Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).save(path, "JPEG", quality=85)
    return path


def blank_scan_tiff(path: Path, pages: int = 3) -> Path:
    """A multi-page scan of empty sheets: paper tone, faint noise, a few specks."""
    rng = np.random.default_rng(9)
    frames = []
    for _ in range(pages):
        arr = np.clip(rng.normal(243, 3, (1654, 1169)), 0, 255).astype(np.uint8)
        for _ in range(5):
            yy, xx = rng.integers(0, 1650), rng.integers(0, 1165)
            arr[yy:yy + 2, xx:xx + 2] = 60
        frames.append(Image.fromarray(arr))
    frames[0].save(path, "TIFF", save_all=True, append_images=frames[1:],
                   compression="tiff_deflate", dpi=(200, 200))
    return path


# name -> (maker, file name, expected error kind or None for "archived")
CORPUS: dict[str, tuple[Callable[[Path], Path], str, str | None]] = {
    "empty": (empty, "empty.pdf", "empty_file"),
    "truncated": (truncated_pdf, "truncated.pdf", "corrupt_file"),
    "corrupt": (corrupt_pdf, "corrupt.pdf", "corrupt_file"),
    "encrypted": (encrypted_pdf, "encrypted.pdf", "encrypted_pdf"),
    "many_pages": (many_pages_pdf, "many_pages.pdf", "too_large"),
    "dpi2400": (dpi2400_png, "a4_2400dpi.png", "too_large"),
    "bomb": (png_bomb, "bomb.png", "too_large"),
    "png_named_pdf": (png_named_pdf, "really_a_png.pdf", None),
    "text_named_jpg": (text_named_jpg, "note.jpg", "unsupported_format"),
    "zip": (zip_file, "bundle.zip", "unsupported_format"),
    "svg": (svg_file, "drawing.svg", "unsupported_format"),
    "text": (text_file, "contract.txt", "unsupported_format"),
    "photo": (photo_no_text, "holiday.jpg", "no_readable_page"),
    "blank": (blank_scan_tiff, "blank_scan.tiff", "no_readable_page"),
}

# quick to refuse: never reach OCR (for the property test's mixes)
FAST_BAD = ("empty", "truncated", "corrupt", "encrypted", "many_pages", "bomb",
            "text_named_jpg", "zip", "svg", "text")


def make(name: str, folder: Path) -> Path:
    maker, file_name, _ = CORPUS[name]
    folder.mkdir(parents=True, exist_ok=True)
    return maker(folder / file_name)


def make_all(folder: Path, names: tuple[str, ...] | None = None) -> dict[str, Path]:
    return {n: make(n, folder) for n in (names or tuple(CORPUS))}


# --- running an ingest the way an operator does (a separate process) ---------------------------
_MEASURED_CLI = """
import resource, sys
from flows.cli import app
try:
    app(sys.argv[1:])
finally:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    sys.stderr.write(f"\\nMAXRSS_KB {own} {kids}\\n")
"""


def prefect_api_env() -> dict[str, str]:
    """PREFECT_API_URL of the server the tests run (inside ``prefect_server``), for children."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    return {"PREFECT_API_URL": url} if url else {}


def cli_ingest_command(paths: list[Path], *, station: str, batch: str) -> list[str]:
    import sys

    return [sys.executable, "-c", _MEASURED_CLI, "ingest", *map(str, paths), "--json",
            "--station", station, "--batch", batch]


def child_env(contracts_env: dict[str, str]) -> dict[str, str]:
    """This process's environment without any CONTRACTS_* variable, plus ``contracts_env``."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTRACTS_")}
    env.update(prefect_api_env())
    env.update({"OMP_THREAD_LIMIT": "1", "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"})
    env.update(contracts_env)
    return env


def parse_outcomes(stdout: str) -> list[dict]:
    import json

    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def parse_maxrss_mb(stderr: str) -> tuple[float, float]:
    """(the ingest process's peak RSS, its largest child's peak RSS) in MB."""
    for line in reversed(stderr.splitlines()):
        if line.startswith("MAXRSS_KB "):
            own, kids = line.split()[1:3]
            return int(own) / 1024, int(kids) / 1024
    raise AssertionError("the ingest process did not report its peak memory:\n" + stderr[-3000:])
